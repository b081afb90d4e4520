"""English reporting patterns from issue 12 (PolNeAR train read by pattern, dev only measured):
made-up sentences only."""

from __future__ import annotations

import pytest


def _contents(read_en, text: str, cue: str) -> list[str]:
    return [a.content for a in read_en(text + "\n").attributions if a.cue == cue]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Omar Nasser said the old well was deep, but that the pump needed repairs.",
            "the old well was deep, but that the pump needed repairs",
        ),
        (
            "Omar Nasser said he backed the new toll, but kept the old gate open for farmers.",
            "he backed the new toll, but kept the old gate open for farmers",
        ),
        (
            "Omar Nasser said the bridge would reopen, though not before the harvest.",
            "the bridge would reopen, though not before the harvest",
        ),
    ],
)
def test_a_speech_clause_goes_on_past_but_without_a_new_subject(read_en, text, content):
    """ "X said A, but that B" / "…, but kept …" / "…, though not …": with no new subject
    after the contrast word, the second half is still what X said."""
    assert _contents(read_en, text, "said") == [content]


def test_a_contrast_with_its_own_subject_ends_the_speech_content(read_en):
    """ "X said A, but the council disagreed": a new subject after "but" opens the writer's
    own clause, which stays out of what X said."""
    found = _contents(
        read_en, "Omar Nasser said the old well was deep, but the council disagreed.", "said"
    )
    assert found == ["the old well was deep"]
