"""English reporting patterns from issue 12, round 21 (PolNeAR train read by pattern, dev only
measured): made-up sentences only."""

from __future__ import annotations

import pytest


def _read(read_en, text: str, cue: str) -> list[tuple[str, str]]:
    """The content and voice of each attribution with the cue ``cue``."""
    return [(a.content, a.source.name) for a in read_en(text + "\n").attributions if a.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Omar Nasser picked up two seats on the valley council in May.", "picked"),
        ("Omar Nasser tried to calm the growers at the crowded meeting.", "tried"),
        ("Omar Nasser launched his bid for the council at the old mill.", "launched"),
        ("Layla Haddad clinched the last seat on the board in Riverton.", "clinched"),
    ],
)
def test_acts_of_trying_gaining_and_starting_are_no_stance(read_en, text, cue):
    """A person's name before "picked up", "tried to", "launched" or "clinched" is an act,
    not a voice: no content is given to the person."""
    assert _read(read_en, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The growers are trying to find a buyer for the old mill.", "find"),
        ("Omar Nasser has known him for two decades, since the canal opened.", "known"),
        ("Layla Haddad had known Omar Nasser since their school days in Riverton.", "known"),
        ("Omar Nasser was seen leaving the mill late on Tuesday night.", "seen"),
        ("Omar Nasser will challenge the count in court next spring.", "challenge"),
        ("The canal plan drew angry social media posts from the growers.", "posts"),
    ],
)
def test_a_search_an_acquaintance_a_sight_a_contest_and_a_noun_are_no_claim(read_en, text, cue):
    """ "trying to find a buyer" (a search), "has known him for years" (an acquaintance),
    "was seen leaving" (an act watched), "will challenge the count" (a contest to come) and
    "social media posts" (a noun) give no voice anything to hold."""
    assert _read(read_en, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "voice", "content"),
    [
        (
            "The engineers were surprised to find that the dam is sound.",
            "find",
            "The engineers",
            "that the dam is sound",
        ),
        (
            "Layla Haddad has known that the canal would run dry.",
            "known",
            "Layla Haddad",
            "that the canal would run dry",
        ),
        (
            "Omar Nasser is widely seen as the favourite for the council seat.",
            "seen",
            "Omar Nasser",
            "as the favourite for the council seat",
        ),
        (
            "Omar Nasser posted that the canal would open on Friday.",
            "posted",
            "Omar Nasser",
            "that the canal would open on Friday",
        ),
    ],
)
def test_a_finding_a_knowing_a_view_and_a_post_still_report(read_en, text, cue, voice, content):
    """ "to find that …", "has known that …", "is seen as …" and "X posted that …" keep
    their content and voice."""
    assert [(v, c) for c, v in _read(read_en, text, cue)] == [(voice, content)]
