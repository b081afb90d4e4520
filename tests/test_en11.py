"""English reporting patterns of issue 12: made-up sentences that pin each general rule."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(read_en):
    """English articles here (the shared fixture is in conftest)."""
    return read_en


def test_number_with_thousands_commas_stays_in_the_content(read):
    """ "X said that 12,500 …": the commas of a number end no clause."""
    (att,) = read("Lina Haddad said that 12,500 families would get water by June.\n").attributions
    assert att.source.name == "Lina Haddad"
    assert att.content == "that 12,500 families would get water by June"


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Nasser appeared on television in Riverton on Monday.",
        "The governor appeared at the mill with two farmers on Sunday.",
        "Omar Nasser appeared before the water committee for an hour.",
    ],
)
def test_an_appearance_in_a_place_is_not_speech(read, sentence):
    """ "appeared on/at/before …" is a visit, not a voice's claim."""
    assert read(sentence + "\n").attributions == ()


def test_appeared_to_still_reports_a_view(read):
    """ "X appeared to …" keeps its reading (the rule above needs a place word after it)."""
    result = read("Lina Haddad appeared to accept the new water quota.\n")
    assert [a.cue for a in result.attributions] == ["appeared"]


def test_so_called_names_a_thing(read):
    """ "the so called river tax" gives a name, not a call by anyone."""
    assert read("Farmers resent the so called river tax on the valley.\n").attributions == ()


def test_called_for_is_still_a_demand(read):
    """ "X called for …" stays an attribution (only "so called" is a name)."""
    result = read("Omar Nasser called for a new well in the northern valley.\n")
    assert [a.cue for a in result.attributions] == ["called"]


def test_a_count_of_pledged_delegates_is_not_a_pledge(read):
    """ "won 30 pledged delegates": a participle between a number and its noun reports nothing."""
    assert read("Lina Haddad won 30 pledged delegates in the valley.\n").attributions == ()


def test_wire_dateline_is_no_voice(read):
    """ "RIVERTON (Reuters) - X said …": X is the voice; the agency stays in the chain."""
    result = read(
        "Dam holds after storm\n\n"
        "RIVERTON (Reuters) - Omar Nasser said on Monday that the dam was safe.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Omar Nasser"
    assert att.content == "that the dam was safe"
    assert [voice.name for voice in att.chain][-1] == "Omar Nasser"


@pytest.mark.parametrize(
    "sentence",
    [
        "A drone attack on the depot near Riverton killed two guards.",
        "Two rocket attacks hit the northern valley overnight.",
        "Three terrorism attacks shook the capital in May.",
    ],
)
def test_an_armed_attack_is_an_act_not_a_stance(read, sentence):
    """ "a drone attack", "rocket attacks": the noun of violence is no voice attacking in words."""
    assert read(sentence + "\n").attributions == ()


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("Lina Haddad, 58, told reporters that the dam was safe.", "Lina Haddad"),
        ("“We will stay,” Omar Nasser, 71, said on Monday.", "Omar Nasser"),
    ],
)
def test_an_age_after_the_name_is_not_the_voice(read, sentence, voice):
    """ "X, 58, said": the age set off by commas is stepped over to the name."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.name == voice


def test_setting_after_a_speech_cue_leaves_the_content_before(read):
    """ "…, she said in a recorded message to the assembly": the clause before is the content."""
    result = read(
        "Lina Haddad visited the mill. Farmers had earned every drop, she said in a video "
        "message to the council.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Lina Haddad"
    assert att.content == "Farmers had earned every drop"


def test_a_setting_after_the_cue_is_not_the_voice(read):
    """ "…, he said Wednesday on Valley Radio": the pronoun's person speaks, not the setting."""
    result = read(
        "Omar Nasser visited the mill. The plan was never popular, he said Wednesday on "
        "Valley Radio.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Omar Nasser"
    assert att.content == "The plan was never popular"


def test_time_of_day_after_the_day_is_not_content(read):
    """ "said Tuesday night that …": the time of day is stepped over with the day."""
    (att,) = read("Lina Haddad said Tuesday night that the wells were dry.\n").attributions
    assert att.content == "that the wells were dry"
