"""English reporting patterns from issue 12's round on PolNeAR train: made-up sentences only."""

from __future__ import annotations

import pytest

from tracker.models import SourceKind


@pytest.fixture(scope="module")
def read(read_en):
    """English articles here (the shared fixture is in conftest)."""
    return read_en


def test_a_participle_after_an_inverted_cue_takes_its_voice(read):
    """ "“A,” said X, adding that B": B is X's, as the voice after "said" is the participle's."""
    first, second = read(
        "“It is not new here,” said Omar Selim, adding that the valley had floods before.\n"
    ).attributions
    assert (first.content, first.source.name) == ("“It is not new here,”", "Omar Selim")
    assert second.cue == "adding"
    assert (second.content, second.source.name) == (
        "that the valley had floods before",
        "Omar Selim",
    )


def test_a_participle_after_another_speech_verb_takes_its_voice(read):
    """ "“A,” X added, noting that B": "added" is a speech cue like "said", so B is X's."""
    result = read(
        "Rania Aziz spoke in Riverton on Monday.\n\n"
        "“The mill is old,” Aziz added, noting that it opened in 1950.\n"
    )
    noting = [a for a in result.attributions if a.cue == "noting"]
    expected = [("that it opened in 1950", "Rania Aziz")]
    assert [(a.content, a.source.name) for a in noting] == expected


def test_a_contracted_relative_is_not_an_acronym(read):
    """ "X, who’d endorsed Y, …": the voice is X, never the body whose acronym "WHO" spells."""
    result = read(
        "Rania Aziz, who’d previously endorsed Omar Selim, backed the dam on Monday.\n\n"
        "The plan was drafted by Omar Nasser, who's argued that the river is too low.\n"
    )
    voices = [(a.cue, a.source.name, a.content) for a in result.attributions]
    assert voices == [
        ("endorsed", "Rania Aziz", "Omar Selim"),
        ("backed", "Rania Aziz", "the dam"),  # the -ed verb after the aside's comma
        ("argued", "Omar Nasser", "that the river is too low"),
    ]


def test_an_attack_named_by_place_or_date_is_an_event(read):
    """ "the Riverton attack", "the 2019 attack": a violent event, not a voice attacking."""
    result = read(
        "Questions remain about the Riverton attack on the mill, including who paid for it.\n\n"
        "The night of the 2019 attack on the depot, two guards were on duty.\n\n"
        "Hamdan attacks Selim on the toll.\n"
    )
    assert [(a.cue, a.source.name) for a in result.attributions] == [("attacks", "Hamdan")]


def test_you_know_is_a_filler(read):
    """ "And you know, …": a filler; nothing known is reported."""
    result = read("And you know, ladies and gentlemen, we built this valley together.\n")
    assert result.attributions == ()


def test_a_poll_closing_the_clause_is_its_voice(read):
    """ "X leads Y by nine points in the latest Valley Times poll": the poll reports the lead."""
    (att,) = read(
        "Omar Haddad leads Rania Selim by nine points in the latest Valley Times poll.\n"
    ).attributions
    assert att.content == "Omar Haddad leads Rania Selim by nine points"
    assert att.source.name == "latest Valley Times poll"


def test_a_clause_set_in_a_poll_is_no_finding(read):
    """A clause with no lead or share before "in the polls", or "in which …": no poll finding."""
    result = read(
        "While Selim trails in the north, the campaign is spending the day in the polls.\n\n"
        "It was a race in which the polls moved every week by ten points.\n"
    )
    assert result.attributions == ()


def test_as_x_put_it_credits_the_words_beside_it(read):
    """ "As X, a title, put it, “…”" and "…, as Y put it.": the words beside the phrase."""
    result = read(
        "As Rania Aziz, the head of the farmers' union, put it, “The river decides, not the "
        "council.”\n\n"
        "The dam is a promise kept, as Omar Hamdan put it.\n\n"
        "Nobody put it on the agenda, as far as anyone knows.\n"
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("put it", "Rania Aziz", "“The river decides, not the council.”"),
        ("put it", "Omar Hamdan", "The dam is a promise kept"),
    ]


def test_a_poll_without_a_cue_word_is_still_read(read):
    """A sentence whose only mark is "… in the latest poll" is not skipped before reading."""
    text = "Rania Selim is ahead by four points in a new Riverton Daily poll.\n"
    (att,) = read(text).attributions
    assert att.content == "Rania Selim is ahead by four points"


def test_a_subject_raised_by_is_expected_to_is_no_voice(read):
    """ "The bridge is expected to open": nobody named expects it; the bridge is no speaker."""
    result = read(
        "The new bridge is expected to open in May.\n\n"
        "The levy will fund the mill, which is expected to open in May, and the school.\n\n"
        "Haddad is moving to Riverton but is expected to keep his seat on the council.\n"
    )
    assert [(a.content, a.source.kind) for a in result.attributions] == [
        ("The new bridge is expected to open in May", SourceKind.ANONYMOUS),
        ("which is expected to open in May", SourceKind.ANONYMOUS),
        (
            "Haddad is moving to Riverton but is expected to keep his seat on the council",
            SourceKind.ANONYMOUS,
        ),
    ]


def test_a_passive_aside_after_the_subject_credits_the_subject(read):
    """ "The law, opposed by the farmers, never came into force": the farmers oppose the law."""
    (att,) = read("The toll law, opposed by the farmers, never came into force.\n").attributions
    assert (att.cue, att.source.name, att.content) == ("opposed", "the farmers", "The toll law")


def test_an_occasion_or_audience_after_the_cue_leaves_the_content_before(read):
    """ "A, she said after meeting …" / "A, X declared to a cheering crowd …": A is the content."""
    result = read(
        "Rania Aziz spoke in Riverton.\n\n"
        "The dam is safe, she said after meeting the engineers on Monday.\n\n"
        "Guns are a danger to the valley, Selim proclaimed to a cheering crowd at the fair.\n"
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("Rania Aziz", "The dam is safe"),
        ("Selim", "Guns are a danger to the valley"),
    ]


def test_a_bloc_vote_is_no_voter(read):
    """ "the Riverton vote will be counted": a place's ballots; "Farmers vote for Haddad" votes."""
    result = read(
        "About a third of the Riverton vote will be counted before Friday.\n\n"
        "Farmers vote for Haddad in every election.\n"
    )
    assert [(a.cue, a.source.name) for a in result.attributions] == [("vote", "Farmers")]


def test_a_one_word_answer_is_a_content(read):
    """ "Asked about the dam, most farmers said yes.": the answer is what they said."""
    result = read("Asked about the dam, most farmers said yes.\n")
    said = [(a.source.name, a.content) for a in result.attributions if a.cue == "said"]
    assert said == [("most farmers", "yes")]
