"""English reporting patterns from issue 12 (PolNeAR train read by pattern, dev only measured):
made-up sentences only."""

from __future__ import annotations

import pytest


def _contents(read_en, text: str, cue: str) -> list[str]:
    return [a.content for a in read_en(text + "\n").attributions if a.cue == cue]


def _read(read_en, text: str, cue: str) -> list[tuple[str, str]]:
    """The content and voice of each attribution with the cue ``cue``."""
    return [(a.content, a.source.name) for a in read_en(text + "\n").attributions if a.cue == cue]


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


def test_citing_the_grounds_is_a_content_of_the_speaker(read_en):
    """ "“…,” X said, citing low wages and …": the grounds cited are X's own content, not a
    further voice in X's chain."""
    result = read_en("“The valley is angry,” Omar Nasser said, citing low wages and poor roads.\n")
    citing = [a for a in result.attributions if a.cue == "citing"]
    assert [a.content for a in citing] == ["low wages and poor roads"]
    assert citing[0].source.name == "Omar Nasser"
    said = [a for a in result.attributions if a.cue == "said"]
    assert [v.name for v in said[0].chain] == ["Omar Nasser"]


def test_citing_a_voice_still_relays_it(read_en):
    """ "X said …, citing officials in Riverton": the officials stay a voice further in the
    chain, and "citing" gives no content of its own."""
    result = read_en("Omar Nasser said the mill would close, citing officials in Riverton.\n")
    assert [a.cue for a in result.attributions] == ["said"]
    assert "officials in Riverton" in [v.name for v in result.attributions[0].chain]


def test_a_participle_after_a_quoted_phrase_with_its_comma_inside(read_en):
    """ "X defended “village values,” saying …": the comma inside the closing quotation mark
    still sets off the participle, whose voice is the sentence's subject."""
    text = "Omar Nasser gave a defense of “village values,” saying the valley fed the country."
    assert _read(read_en, text, "saying") == [("the valley fed the country", "Omar Nasser")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Omar Nasser praised the growers, stating there was no better wheat in the valley.",
            "stating",
            "there was no better wheat in the valley",
        ),
        (
            "Omar Nasser spoke for an hour, backing the new canal to the eastern farms.",
            "backing",
            "the new canal to the eastern farms",
        ),
    ],
)
def test_a_participle_of_a_noun_like_cue_after_a_comma_is_a_verb(read_en, text, cue, content):
    """ "…, stating …" / "…, backing …": a cue that is also a noun ("the state", "the
    backing") is a verb when it follows a comma as a participle of the subject."""
    assert _read(read_en, text, cue) == [(content, "Omar Nasser")]


def test_a_long_told_line_after_a_quoted_question_credits_the_question(read_en):
    """ "“…?” X told the local radio in an interview on Monday.": past the one told, only a
    setting follows, so the line credits the question before it."""
    text = (
        "“Who will buy the wheat now, who knows?” Omar Nasser told the local radio station in "
        "an interview on Monday."
    )
    found = _read(read_en, text, "told")
    assert found == [("“Who will buy the wheat now, who knows?”", "Omar Nasser")]


def test_a_told_line_with_a_clause_of_its_own_keeps_it(read_en):
    """ "“…?” X told the radio he would sell the farm.": the line reports a clause of its
    own, which stays its content."""
    text = "“Who will buy wheat now?” Omar Nasser told the radio station he would sell the farm."
    found = _contents(read_en, text, "told")
    assert [c.endswith("he would sell the farm") for c in found] == [True]


def test_the_voice_stands_before_a_pair_of_dashes_closing_at_the_cue(read_en):
    """ "Growers in both valleys — from Riverton to the coast — said …": the words between
    the dashes describe the voice, which is the phrase before the first dash."""
    text = "Growers in both valleys — from Riverton to the coast — said the rain came too late."
    assert _read(read_en, text, "said") == [("the rain came too late", "Growers in both valleys")]


def test_a_quotation_after_a_quoted_show_title_goes_on_with_the_speaker(read_en):
    """ "“A,” X said on “Valley Morning.” “B.”": no sentence break is read between the two
    quotation marks, and B is the speaker's next sentence, so the content runs on to it."""
    quoted = "“The bridge is old,” Omar Nasser said on “Valley Morning.” “The ferry is better.”"
    assert _contents(read_en, "The farm report.\n\n" + quoted, "said") == [quoted]


def test_a_quoted_title_ending_the_credit_adds_nothing(read_en):
    """ "“A,” X said on “Valley Morning.”": with no quotation after the title, the content is
    the opening quotation alone."""
    text = "The farm report.\n\n“The bridge is old,” Omar Nasser said on the show “Valley Morning.”"
    assert _contents(read_en, text, "said") == ["“The bridge is old,”"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The new dam seemed to calm the growers in the lower valley.",
            "seemed",
            "The new dam seemed to calm the growers in the lower valley",
        ),
        (
            "Omar Nasser appears uneasy about the vote on the canal.",
            "appears",
            "Omar Nasser appears uneasy about the vote on the canal",
        ),
    ],
)
def test_what_seems_so_keeps_its_subject(read_en, text, cue, content):
    """ "X seemed to …" / "X appears uneasy …": the content is the whole clause that seems so,
    its subject included."""
    assert _contents(read_en, text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Omar Nasser called the new toll “a theft” in a statement on Friday.",
            "called",
            "the new toll “a theft”",
        ),
        (
            "Omar Nasser said the mill would close in an interview with the valley radio.",
            "said",
            "the mill would close",
        ),
    ],
)
def test_the_occasion_after_the_content_is_not_said(read_en, text, cue, content):
    """ "X called Y “Z” in a statement on Friday": the occasion closing the sentence says
    where the words were given, not what was said."""
    assert _contents(read_en, text, cue) == [content]


def test_an_occasion_inside_a_quotation_stays(read_en):
    """ "X said, “…in a statement…”": words inside the quotation are the speaker's own."""
    found = _contents(
        read_en, "Omar Nasser said the council “hid the cost in a statement nobody read.”", "said"
    )
    assert found == ["the council “hid the cost in a statement nobody read.”"]


def test_an_occasion_before_that_opens_what_was_said(read_en):
    """ "X voiced doubt in an interview that …": the clause after the occasion is what was
    said, so the occasion does not end the content."""
    found = _contents(
        read_en,
        "Omar Nasser voiced doubt in an interview that the canal would be finished by spring.",
        "voiced",
    )
    assert len(found) == 1
    assert found[0].endswith("the canal would be finished by spring")


def test_what_the_voice_was_doing_meanwhile_is_not_its_content(read_en):
    """ "X praised the growers as he toured the mill": the "as he …" clause is the writer's
    account of the moment, not what was praised."""
    text = "Omar Nasser praised the growers of the valley as he toured the old mill."
    assert _contents(read_en, text, "praised") == ["the growers of the valley"]


def test_an_as_aside_inside_the_content_stays(read_en):
    """ "X said the council, as he had done before, would close the road": an "as he …"
    aside set off by commas sits inside the content."""
    text = "Omar Nasser said the council, as he had done in May, would close the road."
    assert _contents(read_en, text, "said") == [text[17:-1]]
