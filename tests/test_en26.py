"""English reporting patterns, round 26 (wire style): made-up sentences only."""

from __future__ import annotations

import pytest

from tracker.models import Stance


@pytest.mark.parametrize("participle", ["saying", "telling the Coast Herald"])
def test_a_denial_of_the_report_then_a_participle_keeps_its_speaker(read_en, participle):
    """ "X, a spokesman for Y, denied the report, saying …": "the report" is the noun
    denied, not the verb "report"; the participle's voice is the sentence's subject, and the
    denial is kept."""
    result = read_en(
        f"Hadi Rahal, a spokesman for the northern brigades, denied the report, {participle}"
        " that the general had not left the capital.\n"
    )
    assert [(a.cue, a.source.name, a.stance) for a in result.attributions] == [
        ("denied", "Hadi Rahal", Stance.DENIES),
        (participle.split()[0], "Hadi Rahal", Stance.ASSERTS),
    ]


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "The dam deal was first reported by the Coast Herald.",
            "Coast Herald",
            "The dam deal",
        ),
        (
            "The new tariff was announced by the trade ministry on Sunday.",
            "the trade ministry",
            "The new tariff",
        ),
        (
            "The ceasefire was confirmed by the northern brigades last week.",
            "the northern brigades",
            "The ceasefire",
        ),
    ],
)
def test_a_passive_report_names_its_voice_after_by(read_en, text, voice, content):
    """ "was first reported by X": an adverb may stand between "was" and the cue; a time after
    the voice ("on Sunday", "last week") is when it spoke, not part of who."""
    result = read_en(text + "\n")
    assert [(a.source.name, a.content) for a in result.attributions] == [(voice, content)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Hamdan's remarks came a day after Jordanian state media reported that the"
            " border had reopened.",
            "Jordanian state media",
        ),
        (
            "The vote was delayed again because the northern delegation said it needed more time.",
            "the northern delegation",
        ),
    ],
)
def test_a_voice_opens_after_a_subordinator_inside_the_sentence(read_en, text, voice):
    """ "… a day after X reported …": X speaks, not the writer's words before "after" (which
    were read as the voice)."""
    result = read_en(text + "\n")
    assert [a.source.name for a in result.attributions] == [voice]
