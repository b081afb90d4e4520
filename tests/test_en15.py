"""English reporting patterns from issue 12's train-gap round (PolNeAR train errors read, dev
only measured): made-up sentences only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "Omar Nasser asked of the council in March, when the vote on the toll was near.",
        "Omar Nasser asked rhetorically, shaking his head at the crowd by the river.",
        "Omar Nasser asked as the farmers filed out of the hall after the long meeting.",
    ],
)
def test_a_long_credit_line_after_a_question_credits_the_question(read_en, line):
    """ "“…?” X asked of the council in March, when …": the question before a long credit
    line is what was asked, not the topic or setting after the cue."""
    result = read_en("“Who will pay for the new bridge?” " + line + "\n")
    asked = [a for a in result.attributions if a.cue == "asked"]
    assert [a.content for a in asked] == ["“Who will pay for the new bridge?”"]
    assert asked[0].source is not None
    assert asked[0].source.name == "Omar Nasser"


def test_a_long_credit_line_with_its_own_clause_keeps_it(read_en):
    """ "“…?” X asked the council whether …": what follows the cue is a question of its own."""
    result = read_en(
        "“Who will pay for the new bridge?” Omar Nasser asked the council whether the toll "
        "would rise before the harvest, as the farmers feared.\n"
    )
    asked = [a for a in result.attributions if a.cue == "asked"]
    assert len(asked) == 1
    assert "toll would rise" in asked[0].content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Lina Haddad endorsed Omar Nasser in early March at a rally by the river.", "Omar Nasser"),
        ("Omar Nasser has backed the new levy since last week.", "the new levy"),
        ("Omar Nasser opposed the toll during the long debate on Monday.", "the toll"),
        ("Lina Haddad supports the dam on Tuesday.", "the dam"),
    ],
)
def test_what_is_backed_ends_before_when(read_en, sentence, content):
    """ "X endorsed Y in early March …": the one endorsed, backed, supported or opposed is the
    content, not the time or occasion after it."""
    (found,) = read_en(sentence + "\n").attributions
    assert found.content == content


def test_a_time_inside_quotation_marks_stays_in_what_is_backed(read_en):
    """ "backed the plan to “close the mill after the harvest”": the time word is quoted."""
    (found,) = read_en(
        "Omar Nasser backed the plan to “close the mill after the harvest” for good.\n"
    ).attributions
    assert found.content.startswith("the plan to “close the mill after the harvest”")


def test_speakers_in_capitals_of_a_transcript_are_voices(read_en):
    """ "NASSER: …" / "HADDAD: …" lines after the story's opening: each name in capitals
    before a colon is the voice of its line, not a dateline cut off."""
    result = read_en(
        "The mayor spoke to a local station about the dam on Friday.\n\n"
        "NASSER: Do you think the dam will hold this winter?\n\n"
        "HADDAD: Well, I think the old dam is weak and the council knows it.\n"
    )
    turns = [(a.source.name, a.content) for a in result.attributions if a.cue == ":"]
    assert turns == [
        ("NASSER", "Do you think the dam will hold this winter?"),
        ("HADDAD", "Well, I think the old dam is weak and the council knows it"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "RIVERTON: The council said on Monday that the dam would reopen.\n\n"
        "HADDAD: The mayor did not comment on the dam or the toll.\n",
        "The mayor did not comment.\n\n"
        "RIVERTON: The council said on Monday that the dam would reopen.\n",
    ],
)
def test_a_place_in_capitals_opening_a_story_stays_a_dateline(read_en, text):
    """ "RIVERTON: The council said …" opening the story, or a lone such line, is a dateline:
    the council is the voice, the place none."""
    result = read_en(text)
    said = [a for a in result.attributions if a.cue == "said"]
    assert [(a.source.name, a.content) for a in said] == [
        ("The council", "that the dam would reopen")
    ]
    assert all(a.source.name != "RIVERTON" for a in result.attributions)


def test_paper_says_in_a_headline_is_the_outlet_the_story_names(read_en):
    """ "…, paper says" heading a story is the outlet named as a voice below it ("the Gulf
    Mirror newspaper reported"), not a voice of its own that names no one."""
    result = read_en(
        "Mayor made secret trip to the capital, paper says\n\n"
        "Riverton's mayor secretly visited the capital last week and met two ministers, the "
        "Gulf Mirror newspaper reported on Sunday, citing people close to him.\n"
    )
    voices = [a.source.name for a in result.attributions]
    assert voices[0] == voices[1]
    assert "Gulf Mirror" in voices[0]
