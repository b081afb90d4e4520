"""Opinion polls: "رأي" after "استطلاع" is the noun of the poll, never the verb "رأى", and a
poll (or several) is a record that speaks."""

from __future__ import annotations


def test_the_opinion_of_a_poll_is_no_verb_of_seeing(read):
    """ "أظهر استطلاع رأي أن …": the poll shows it; "رأي" is no cue and the word before it no
    voice."""
    found = [
        (a.cue, a.source.name, a.content)
        for a in read("وأظهر استطلاع رأي جديد أن ثلثي السكان يؤيدون بناء الجسر.\n").attributions
    ]
    assert found == [("أظهر", "استطلاع رأي جديد", "ثلثي السكان يؤيدون بناء الجسر")]
    seen = read("ورأى الباحث أن السكان يؤيدون بناء الجسر.\n").attributions
    assert [(a.cue, a.source.name) for a in seen] == [("رأى", "الباحث")]


def test_a_poll_that_was_carried_out_gives_no_voice_named_by_its_verb(read):
    """ "وكشفت استطلاعات رأي أجريت الشهر الماضي أن …": the polls are the voice, not the verb
    "أجريت" before a "رأي" read as "he saw"."""
    atts = read(
        "وكشفت استطلاعات رأي أجريت الشهر الماضي أن المرشحة تتقدم بفارق كبير.\n"
    ).attributions
    assert [a.cue for a in atts] == ["كشفت"]
    assert atts[0].source.name.startswith("استطلاعات رأي")
    assert atts[0].content == "المرشحة تتقدم بفارق كبير"


def test_a_poll_named_with_its_plural_is_a_record(read):
    """ "وفقا لأحدث استطلاعات الرأي": the polls are the record the statement is credited to."""
    text = "ويتقدم حزب الوسط في الانتخابات المقبلة، وفقا لأحدث استطلاعات الرأي.\n"
    atts = read(text).attributions
    assert [(a.cue, a.source.name) for a in atts] == [("وفقا", "استطلاعات الرأي")]
    assert "حزب الوسط" in atts[0].content
