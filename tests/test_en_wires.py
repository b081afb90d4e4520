"""English wire-style reporting (issue 12): made-up sentences in the way agencies tell a
regional story, each pinning one general rule."""

from __future__ import annotations

import pytest

from tracker.models import SourceKind, Status


@pytest.fixture(scope="module")
def read(read_en):
    """English articles here (the shared fixture is in conftest)."""
    return read_en


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministry did not confirm that the envoy visited Port Selim on Sunday.",
        "The army has not said whether the strikes killed civilians in the valley.",
        "Officials would not immediately say how many troops were sent to the border.",
        "The agency never reported that the crossing was closed to trucks.",
        "The governor didn't say that the dam would be finished this year.",
        "The minister refused to say whether the talks would resume next week.",
    ],
)
def test_a_negated_or_withheld_cue_asserts_nothing(read, sentence):
    """ "X did not confirm that …": X does not say what follows, so X is no voice of it."""
    assert read(f"{sentence}\n").attributions == ()


def test_one_who_would_not_confirm_is_no_origin_of_the_claim(read):
    """The outlet's report stays single-sourced, tracing to the outlet alone: the ministry that
    did not confirm it neither asserts nor relays it."""
    result = read(
        "Envoy visit\n\nThe Valley Times reported that the envoy visited Port Selim on Sunday.\n\n"
        "The foreign ministry did not confirm that the envoy visited Port Selim on Sunday.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Valley Times"
    (claim,) = [c for c in result.claims if att.id in c.attributions]
    assert claim.status is Status.SINGLE_SOURCED
    assert "ministry" not in claim.explanation


def test_asking_not_to_be_named_is_no_claim(read):
    """ "…, who asked not to be named, said …": only the statement after "said" is a claim."""
    result = read(
        "A senior official, who asked not to be named, said the convoy left at dawn on Friday.\n"
    )
    (att,) = result.attributions
    assert att.content == "the convoy left at dawn on Friday"
    assert att.source.kind is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "According to a diplomat in Port Selim, the talks were arranged by the mediators.",
            "a diplomat in Port Selim",
        ),
        (
            "A local official in Dar Hamra, speaking on condition of anonymity, said residents "
            "heard a loud blast near the airport.",
            "A local official in Dar Hamra",
        ),
        (
            "A source at Wadi Nour base said no one was hurt in the attack on Monday.",
            "A source at Wadi Nour base",
        ),
    ],
)
def test_an_unnamed_voice_at_a_place_is_not_the_place(read, sentence, voice):
    """ "a diplomat in Port Selim": the capitalised words are where the voice is, not its name
    (the city is no person and no official)."""
    (att,) = read(f"{sentence}\n").attributions
    assert att.source.name == voice
    assert att.source.kind is SourceKind.ANONYMOUS


def test_a_name_before_a_place_stays_the_name(read):
    """ "Omar Hamdan in Selim said …": a capitalised voice is a name, the place aside."""
    (att,) = read("Omar Hamdan in Selim said the mill would reopen in May.\n").attributions
    assert att.source.name == "Omar Hamdan"


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman told the Valley Times on Monday that the convoy had turned back.",
        "The spokesman denied the report, telling the Valley Times that the convoy had turned "
        "back.",
        "The spokesman said in an interview with the Valley Times that the convoy had turned back.",
        "The spokesman said in a statement carried by the Valley Times that the convoy had "
        "turned back.",
        "The spokesman said the convoy had turned back, the Valley Times reported on Monday.",
    ],
)
def test_an_outlet_told_or_credited_carries_the_words(read, sentence):
    """The outlet the words were told to, carried by or credited to stands before the voice
    in the chain, and the content is the claim alone (no outlet, no setting)."""
    att = read(f"{sentence}\n").attributions[-1]
    assert [s.name for s in att.chain] == ["Valley Times", "The spokesman"]
    assert att.content.removeprefix("that ") == "the convoy had turned back"


def test_reporters_told_carry_nothing(read):
    """ "told reporters that …": reporters are no outlet, the chain is the voice alone."""
    (att,) = read(
        "The spokesman told reporters in Selim that the convoy had turned back.\n"
    ).attributions
    assert [s.name for s in att.chain] == ["The spokesman"]
    assert att.content == "that the convoy had turned back"


@pytest.mark.parametrize(
    "sentence",
    [
        "The convoy turned back at the border, the Valley Times said, citing two officials.",
        "The convoy turned back at the border, the Valley Times said, quoting two officials.",
    ],
)
def test_a_voice_cited_after_the_credit_stands_further_in(read, sentence):
    """ "…, the Valley Times said, citing two officials": the paper relays the officials."""
    (att,) = read(f"{sentence}\n").attributions
    assert [s.name for s in att.chain] == ["Valley Times", "two officials"]
    assert att.content == "The convoy turned back at the border"


@pytest.mark.parametrize(
    "sentence",
    [
        "“The convoy turned back,” the source was quoted as saying by the Valley Times.",
        "“The convoy turned back,” said the spokesman in an interview with the Valley Times.",
        "“The convoy turned back,” the spokesman said in an interview with the Valley Times.",
    ],
)
def test_an_outlet_after_a_quotation_carries_it(read, sentence):
    """The outlet a quotation was given to or quoted by carries it; the occasion is no part
    of the voice ("said the spokesman in an interview with …" is the spokesman)."""
    (att,) = read(f"{sentence}\n").attributions
    assert att.chain[0].name == "Valley Times"
    assert att.source.name in {"the source", "the spokesman"}


def test_an_outlet_referred_to_after_a_quotation_carries_nothing(read):
    """ "…,” he said, referring to the Valley Times": the paper is what he spoke of."""
    result = read(
        "Omar Hamdan spoke in Selim.\n\n“It is false,” he said, referring to the Valley Times.\n"
    )
    said = next(a for a in result.attributions if a.cue == "said")
    assert [s.name for s in said.chain] == ["Omar Hamdan"]


def test_residents_of_a_place_are_unnamed(read):
    """ "Residents of the Kisweh area": a group of people, no person named Kisweh."""
    (att,) = read("Residents of the Dar Hamra area said they heard six explosions.\n").attributions
    assert att.source.kind is SourceKind.ANONYMOUS


def test_a_clause_ending_in_its_day_is_no_voice(read):
    """ "An official, who asked not to be named, said the convoy left on Friday": Friday is
    when it left, not who said so."""
    result = read(
        "A senior official, who asked not to be named, said the convoy left at dawn on Friday.\n"
    )
    (att,) = result.attributions
    assert att.content == "the convoy left at dawn on Friday"


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The Valley Times quoted the mayor as saying the dam would hold.", "the mayor"),
        (
            "The Valley Times quoted Omar Saleh, the army spokesman, as saying the dam would hold.",
            "Omar Saleh",
        ),
        ("The mayor was quoted by the Valley Times as saying the dam would hold.", "The mayor"),
    ],
)
def test_an_outlet_quoting_a_voice_as_saying_carries_it(read, sentence, voice):
    """ "X quoted Y as saying …" / "Y was quoted by X as saying …": Y said it, X carried it."""
    (att,) = read(f"{sentence}\n").attributions
    assert [s.name for s in att.chain] == ["Valley Times", voice]
    assert att.content == "the dam would hold"


def test_a_lower_case_particle_stays_inside_a_name(read):
    """ "Crown Prince Khalid bin Hamad": the name is the whole run, "bin" included."""
    (att,) = read("Crown Prince Khalid bin Hamad said the port would reopen.\n").attributions
    assert att.source.name == "Khalid bin Hamad"


def test_a_place_and_a_colon_opening_a_story_is_a_dateline(read):
    """ "PORT SELIM: …, the ministry announced": the place is no voice; the ministry is."""
    result = read(
        "Port rules\n\nPORT SELIM: Pilgrims holding any visa may enter the port, the Ministry "
        "of Ports and Harbours announced on Monday.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "the Ministry of Ports and Harbours"
    assert att.source.kind is SourceKind.GOVERNMENT_BODY
    assert att.content == "Pilgrims holding any visa may enter the port"


def test_a_link_line_is_no_dateline(read):
    """ "READ: Minister says …" stays a link line of the page: no attribution."""
    assert read("Port rules\n\nREAD: Minister says the port will reopen\n").attributions == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking to the Valley Times, the minister said the port would reopen.",
        "In an interview with the Valley Times, the minister said the port would reopen.",
    ],
)
def test_an_outlet_spoken_to_in_the_opening_carries_the_words(read, sentence):
    (att,) = read(f"{sentence}\n").attributions
    assert [s.name for s in att.chain] == ["Valley Times", "the minister"]


def test_speaking_to_reporters_carries_nothing(read):
    (att,) = read("Speaking to reporters, the minister said the port would reopen.\n").attributions
    assert [s.name for s in att.chain] == ["the minister"]


def test_a_voice_cited_in_an_aside_stands_further_in(read):
    """ "The Valley Times, citing officials in Selim, reported that …"."""
    (att,) = read(
        "The Valley Times, citing officials in Selim, reported that bookings had doubled.\n"
    ).attributions
    assert [s.name for s in att.chain] == ["Valley Times", "officials in Selim"]
