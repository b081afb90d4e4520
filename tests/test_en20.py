"""English reporting patterns from issue 12, round 20 (PolNeAR train read by pattern, dev only
measured): made-up sentences only."""

from __future__ import annotations

import pytest


def _read(read_en, text: str, cue: str) -> list[tuple[str, str]]:
    """The content and voice of each attribution with the cue ``cue``."""
    return [(a.content, a.source.name) for a in read_en(text + "\n").attributions if a.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mill owner, Omar Nasser, stated that the river had never run so low.",
            "stated",
            "that the river had never run so low",
        ),
        (
            "Omar Nasser, the owner of the mill, questioned the price of the new pumps.",
            "questioned",
            "the price of the new pumps",
        ),
        (
            "Omar Nasser, who runs the mill, commented that the canal was late.",
            "commented",
            "that the canal was late",
        ),
    ],
)
def test_a_past_form_of_a_noun_like_cue_after_an_aside_is_a_verb(read_en, text, cue, content):
    """ "X, the owner, stated …": a cue that is also a noun ("the state") is the subject's verb
    in its -ed form after the comma that closes an aside about the subject."""
    assert _read(read_en, text, cue) == [(content, "Omar Nasser")]


def test_a_past_participle_before_by_after_a_comma_stays_no_cue(read_en):
    """ "The canal, backed by the growers, …": an -ed form before "by" is passive, no stance."""
    text = "The new canal, backed by the growers in the valley, opened in May."
    assert _read(read_en, text, "backed") == []
