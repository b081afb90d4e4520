"""English as web pages and wires tell a regional story: asides, carriers and pronouns that were
read wrong (issue 12). Every example is made up."""

from __future__ import annotations

import pytest

from tracker.models import Stance


@pytest.fixture(scope="module")
def read(read_en):
    return read_en


def chains(result) -> list[list[str]]:
    return [[c.name for c in a.chain] for a in result.attributions]


def test_informed_sources_are_cited_not_informing(read):
    """ "citing informed diplomatic sources": an adjective, not the verb "inform"; the paper
    reported, relaying the sources."""
    result = read(
        "Talks\n\nThe daily Al-Wadi, citing informed diplomatic sources, reported on Thursday "
        "that the delegation met officials at a hotel."
    )
    [att] = result.attributions
    assert att.cue == "reported"
    assert [c.name for c in att.chain] == ["daily Al-Wadi", "informed diplomatic sources"]


def test_the_verb_inform_still_reports(read):
    """ "The ministry informed the council that …" is a report by the ministry."""
    result = read("Roads\n\nThe ministry informed the council that the road would close on Monday.")
    [att] = result.attributions
    assert att.cue == "informed"
    assert att.source.name == "The ministry"


def test_a_lower_case_adjective_names_no_registry_outlet(read):
    """ "The independent daily Al-Wadi" is not the newspaper The Independent; "The Independent"
    written as a name still is."""
    adjective = read(
        "Talks\n\nThe independent daily Al-Wadi reported on Thursday that the delegation left."
    )
    assert chains(adjective) == [["independent daily Al-Wadi"]]
    name = read("Talks\n\nThe Independent reported on Thursday that the delegation left.")
    assert name.attributions[0].source.name_en == "The Independent"


def test_the_outlet_told_after_a_quotation_carries_it(read):
    """ "“…,” a ministry source told the Valley Times.": the paper carried the words; "told
    reporters" names no carrier."""
    result = read(
        "Talks\n\n“These reports are baseless,” a ministry source told the Valley Times.\n\n"
        "The road is open, a police officer told the Valley Times.\n\n"
        "“The road is open,” the minister told reporters."
    )
    assert chains(result) == [
        ["Valley Times", "a ministry source"],
        ["Valley Times", "a police officer"],
        ["the minister"],
    ]


def test_speaking_on_condition_of_anonymity_says_nothing(read):
    """ "…, speaking on condition of anonymity." tells how the source spoke: no second claim."""
    result = read(
        "Talks\n\n“These reports are baseless,” a ministry source told the Valley Times, "
        "speaking on condition of anonymity."
    )
    assert [a.cue for a in result.attributions] == ["told"]


def test_they_in_a_relative_clause_are_the_group_named_before(read):
    """ "Activists shared photographs which they said showed …": the activists, not the last
    speaker; with no group named in the sentence, no voice is guessed."""
    result = read(
        "Talks\n\nA ministry source said the reports were baseless.\n\n"
        "Activists shared photographs which they said showed the delegation at the airport.\n\n"
        "The army released pictures which they said showed the tunnel."
    )
    voices = [(a.source.name, a.content) for a in result.attributions]
    assert voices == [
        ("A ministry source", "the reports"),  # (a denial: what is called baseless)
        ("Activists", "showed the delegation at the airport"),
    ]


def test_according_to_a_voice_described_after_it_ends_the_content(read):
    """ "…, according to the Valley Monitor, a Selim-based group.": the description belongs to
    the voice; the content is the clause before the credit."""
    result = read(
        "Strikes\n\nAt least 12 civilians were killed in strikes on Port Selim on Monday, "
        "according to the Valley Monitor, a Selim-based rights group."
    )
    [att] = result.attributions
    assert att.content == "At least 12 civilians were killed in strikes on Port Selim on Monday"


def test_a_rebel_groups_spokesman_speaks_for_no_state(read):
    """ "A spokesman for the rebel Valley Army" under a Beirut dateline is no official of the
    state of the dateline, nor one group with the state's army."""
    result = read(
        "Strikes\n\nBEIRUT (Reuters) - A spokesman for the rebel Valley Army told Reuters that "
        "the strikes hit a market.\n\nThe Lebanese army said it had targeted gunmen."
    )
    groups = [a.source.independence_group for a in result.attributions]
    assert groups[1] == "state:LB"
    assert not groups[0].startswith("state:")


def test_a_papers_title_makes_it_an_outlet_the_daily_refers_to(read):
    """ "The Gulf Mirror reported …. The daily said …": a title ending in "Mirror" names a
    newspaper, and "the daily" is that paper, not an outlet named earlier."""
    result = read(
        "Envoy\n\nA military source told Sputnik the attack was repelled.\n\n"
        "The Gulf Mirror reported that the envoy left. The daily said he would return."
    )
    assert [[c.name for c in a.chain] for a in result.attributions][1:] == [
        ["Gulf Mirror"],
        ["Gulf Mirror"],
    ]


def test_a_speech_credited_to_an_agency_is_carried_by_it(read):
    """ "The coalition said it had downed three drones, according to the Valley News Agency.": the
    coalition speaks, the agency carried it; a plain credit stays the agency's own."""
    result = read(
        "Drones\n\nThe coalition said it had downed three drones, according to the Valley News "
        "Agency.\n\nAt least 12 people were killed, according to the Valley News Agency."
    )
    first, second = result.attributions
    assert [c.name for c in first.chain] == ["Valley News Agency", "The coalition"]
    assert first.content == "it had downed three drones"
    assert first.source.kind.value == "government-body"
    assert [c.name for c in second.chain] == ["Valley News Agency"]
    assert second.content == "At least 12 people were killed"


def test_a_trailing_credit_with_an_adjective_in_its_setting(read):
    """ "…, the group's spokesman Omar Saleh said in a televised statement.": the setting's
    "televised" is an adjective, so the clause before is the spokesman's, "claimed" and all."""
    result = read(
        "Drones\n\nThe rebels claimed responsibility for the attack, the group's military "
        "spokesman Omar Saleh said in a televised statement."
    )
    [att] = result.attributions
    assert att.source.name == "Omar Saleh"
    assert att.content == "The rebels claimed responsibility for the attack"


def test_movements_outside_any_state_are_registry_organisations(read):
    """ "Hezbollah said …", "The Houthis said …": organisations of their own (one origin each,
    never a person named Hezbollah), from the registry."""
    result = read(
        "Talks\n\nHezbollah said in a statement that it had received the proposal.\n\n"
        "The Houthis said they fired three missiles at the port."
    )
    assert [(a.source.id, a.source.kind.value) for a in result.attributions] == [
        ("hezbollah", "organization"),
        ("houthis", "organization"),
    ]


def test_remarks_carried_by_state_media_are_a_setting(read):
    """ "said in remarks carried by state media that …": "remarks" and "state" are nouns of the
    setting there; state media carried the words, and the content starts after "that"."""
    result = read(
        "Talks\n\nThe foreign minister said in remarks carried by state media that talks would "
        "resume next week."
    )
    [att] = result.attributions
    assert [c.name for c in att.chain] == ["state media", "The foreign minister"]
    assert att.content == "that talks would resume next week"


def test_a_labelled_title_line_is_the_headline_and_its_label_no_voice(read):
    """A text file saved as "Title: …" / "Publisher: …" lines: the headline is read without
    its label ("Title" is nobody), and the other labelled lines are no headline."""
    result = read(
        "Title: Mayor made secret trip to the capital, paper says\n"
        "Publisher: Bayside Courier\nDate: 2025-11-03\n\n"
        "Riverton's mayor secretly visited the capital last week and met two ministers, the "
        "Gulf Mirror newspaper reported on Sunday, citing people close to him.\n"
    )
    voices = [a.source.name for a in result.attributions]
    assert "Title" not in voices
    assert "Publisher" not in voices
    assert voices[0] == voices[1]
    assert "Gulf Mirror" in voices[0]
    assert result.article.publisher == "Bayside Courier"


def test_an_unnamed_official_of_a_named_state_speaks_for_that_state(read):
    """ "A Jordanian official" speaks for Jordan's government, as "مسؤول أردني" does; the head
    of an English phrase comes last, after its adjectives. Unnamed sources of no state count
    with the outlet that cites them."""
    result = read(
        "A Jordanian official, speaking on condition of anonymity, confirmed the visit took "
        "place. Two people close to the commander said he stayed for three days.\n"
    )
    groups = [a.origin.group for a in result.attributions]
    assert groups[0] == "state:JO"
    assert groups[1] != "state:JO"


@pytest.mark.parametrize(
    "sentence",
    [
        "Darwish's spokesman, Omar Mabrouk, said the reports were baseless.",
        "Omar Mabrouk dismissed the reports as fabricated.",
        "Omar Mabrouk said the report was untrue.",
    ],
)
def test_calling_the_report_untrue_denies_it(read, sentence):
    """ "said the reports were baseless" denies what was reported, as "denied the report"
    does; the content is what is denied."""
    result = read(
        "Eastern commander Salem Darwish secretly visited Amman last week, the Al-Wadi "
        f"newspaper reported on Monday, citing informed sources.\n{sentence}\n"
    )
    last = result.attributions[-1]
    assert last.stance is Stance.DENIES
    assert last.content.lower().startswith("the report")
    assert len(last.content.split()) == 2


def test_a_report_called_untrue_with_more_said_stays_an_assertion(read):
    """ "the report was untrue and that …" says more than a denial: left as asserted."""
    result = read("Omar Mabrouk said the report was untrue and that Darwish would sue the paper.\n")
    assert result.attributions[0].stance is Stance.ASSERTS
