"""English reporting patterns from issue 12, round 20 (PolNeAR train read by pattern, dev only
measured): made-up sentences only."""

from __future__ import annotations

import pytest


def _read(read_en, text: str, cue: str) -> list[tuple[str, str]]:
    """The content and voice of each attribution with the cue ``cue``."""
    return [(a.content, a.source.name) for a in read_en(text + "\n").attributions if a.cue == cue]


def _voiced(read_en, text: str, cue: str) -> list[tuple[str, str]]:
    """The voice and content of each attribution with the cue ``cue``."""
    return [(voice, content) for content, voice in _read(read_en, text, cue)]


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


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Omar Nasser won the vote in Riverton, adding to his lead over the mayor.", "adding"),
        ("The new toll adds to the strain on the growers in the valley.", "adds"),
        ("Omar Nasser maintained a wide lead over the mayor in the last count.", "maintained"),
        ("The council maintains the old canal with money from the toll.", "maintains"),
    ],
)
def test_a_sum_grown_or_a_thing_kept_is_no_claim(read_en, text, cue):
    """ "adding to his lead" (a sum grows) and "maintained a wide lead" (a thing kept) are
    acts, not words added or a stand maintained."""
    assert _read(read_en, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Omar Nasser maintained that the canal was safe for the winter.",
            "maintained",
            "that the canal was safe for the winter",
        ),
        (
            "Omar Nasser maintained his innocence throughout the long trial.",
            "maintained",
            "his innocence throughout the long trial",
        ),
    ],
)
def test_a_stand_maintained_is_still_asserted(read_en, text, cue, content):
    """ "maintained that …" and "maintained his innocence" keep the stand as content."""
    assert _read(read_en, text, cue) == [(content, "Omar Nasser")]


@pytest.mark.parametrize(
    ("text", "cue", "voice", "content"),
    [
        (
            "The growers hailed the decision as a victory for the valley.",
            "hailed",
            "The growers",
            "the decision as a victory for the valley",
        ),
        (
            "Local papers dubbed the canal “the river of gold.”",
            "dubbed",
            "Local papers",
            "the canal “the river of gold.”",
        ),
        (
            "The ministry projected that the harvest would double.",
            "projected",
            "The ministry",
            "that the harvest would double",
        ),
        (
            "The council listed the dam as its first priority.",
            "listed",
            "The council",
            "the dam as its first priority",
        ),
        (
            "The ministry reaffirmed that the canal would open in May.",
            "reaffirmed",
            "The ministry",
            "that the canal would open in May",
        ),
        (
            "The growers disputed the figures from the council.",
            "disputed",
            "The growers",
            "the figures from the council",
        ),
        (
            "The council guaranteed that every farm would get water.",
            "guaranteed",
            "The council",
            "that every farm would get water",
        ),
    ],
)
def test_lexicon_cues_are_read_after_any_subject(read_en, text, cue, voice, content):
    """Verbs given their forms in the lexicon (hail, dub, project, list, voice, answer,
    champion, brag, spar, rebut) and reaffirm, dispute, guarantee are cues after any
    subject, not only after a name."""
    assert _voiced(read_en, text, cue) == [(voice, content)]


@pytest.mark.parametrize(
    ("text", "cue", "voice", "content"),
    [
        (
            "Most growers backed the new toll on the canal.",
            "backed",
            "Most growers",
            "the new toll on the canal",
        ),
        (
            "Many voters questioned the price of the new pumps.",
            "questioned",
            "Many voters",
            "the price of the new pumps",
        ),
    ],
)
def test_a_past_form_of_a_noun_like_cue_after_a_plural_noun_is_a_verb(
    read_en, text, cue, voice, content
):
    """ "most growers backed …": the -ed form of a noun-like cue after a plural noun is the
    verb of that noun, as it is after "a resident" or "the council"."""
    assert _voiced(read_en, text, cue) == [(voice, content)]


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "Omar Nasser praised the growers, while saying that the canal was late.",
            "Omar Nasser",
            "that the canal was late",
        ),
        (
            "Omar Nasser was wrong in saying that the canal would open in May.",
            "Omar Nasser",
            "that the canal would open in May",
        ),
        (
            "The mayor renewed his feud with the council by writing that the dam was unsafe.",
            "The mayor",
            "that the dam was unsafe",
        ),
    ],
)
def test_a_speech_participle_after_a_tie_word_has_the_subject_as_voice(
    read_en, text, voice, content
):
    """ "…, while saying …", "was wrong in saying …", "by writing …": the participle after a
    tie word reports for the sentence's subject, as "…, saying …" does."""
    found = [(a.source.name, a.content) for a in read_en(text + "\n").attributions]
    assert (voice, content) in found


def test_a_noun_after_in_stays_no_cue(read_en):
    """ "in talks": only a speech verb's -ing form after "in" or "by" is read as speech."""
    text = "The council is in talks with the growers about the new canal."
    assert len(read_en(text + "\n").attributions) == 0
