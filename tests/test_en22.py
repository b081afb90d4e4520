"""English reporting patterns from issue 12, round 22 (PolNeAR train read by pattern, dev only
measured): made-up sentences only."""

from __future__ import annotations

import pytest


def _read(read_en, text: str, cue: str) -> list[tuple[str, str]]:
    """The content and voice of each attribution with the cue ``cue``."""
    return [(a.content, a.source.name) for a in read_en(text + "\n").attributions if a.cue == cue]


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "Omar Nasser made clear that the toll would stay in place.",
            "Omar Nasser",
            "that the toll would stay in place",
        ),
        (
            "Layla Haddad has made it clear she will not back the new levy.",
            "Layla Haddad",
            "she will not back the new levy",
        ),
        (
            "The mayor made it plain on Tuesday that the canal would reopen in May.",
            "The mayor",
            "that the canal would reopen in May",
        ),
    ],
)
def test_made_clear_states_a_view(read_en, text, voice, content):
    """ "made (it) clear that …" states what follows as "said" does: the content starts past
    "it clear", the voice is the subject of "made"."""
    assert _read(read_en, text, "made") == [(content, voice)]


@pytest.mark.parametrize(
    "text",
    [
        "Layla Haddad made the case for a new dam at the mill.",
        "Omar Nasser made a clear choice between the two pumps.",
    ],
)
def test_made_without_clear_is_no_cue(read_en, text):
    """ "made the case", "made a clear choice" state nothing by "made"."""
    assert _read(read_en, text, "made") == []


@pytest.mark.parametrize(
    ("text", "cue", "voice", "content"),
    [
        (
            "Omar Nasser is confident that the dam will hold through the spring.",
            "confident",
            "Omar Nasser",
            "that the dam will hold through the spring",
        ),
        (
            "Layla Haddad was adamant that the levy must go before the harvest.",
            "adamant",
            "Layla Haddad",
            "that the levy must go before the harvest",
        ),
        (
            "The growers are deeply skeptical of the new owners of the mill.",
            "skeptical",
            "The growers",
            "the new owners of the mill",
        ),
        (
            "The mayor is concerned about the cost of the canal repair.",
            "concerned",
            "The mayor",
            "the cost of the canal repair",
        ),
    ],
)
def test_a_view_held_after_a_copula(read_en, text, cue, voice, content):
    """An adjective of a view after "is"/"was"/"are" ("confident that …", "skeptical of …") is
    the subject's stance, read like "believes that …"."""
    assert _read(read_en, text, cue) == [(content, voice)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A confident Omar Nasser walked into the council hall on Monday.", "confident"),
        ("Layla Haddad is certain to win the seat on the valley board.", "certain"),
        ("Omar Nasser is not confident that the dam will hold.", "confident"),
    ],
)
def test_an_adjective_without_a_held_view(read_en, text, cue):
    """No copula before it ("a confident Nasser"), an infinitive after it (the writer's forecast)
    or a negation ("is not confident that …", no assertion) gives no attribution."""
    assert _read(read_en, text, cue) == []


def test_pushed_for_is_a_stand(read_en):
    """ "pushed for a new vote" is a stand like "called for"; the thing pushed for is the
    content, past "for"."""
    text = "The growers have pushed for a new vote on the canal toll."
    assert _read(read_en, text, "pushed") == [("a new vote on the canal toll", "The growers")]


def test_pushing_a_thing_is_an_act(read_en):
    """ "pushed the cart" or "pushed back the vote" is an act, no stand."""
    text = "Omar Nasser pushed back the vote on the canal to May."
    assert _read(read_en, text, "pushed") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The sudden attacks in Riverton left the growers shaken for weeks.", "attacks"),
        ("The Riverton attack now counts as the worst in the valley's history.", "attack"),
        ("The bombing attack at the mill was the third one in a month.", "attack"),
        ("Police said the deadly attack was planned for weeks.", "attack"),
    ],
)
def test_an_attack_after_an_article_is_an_event(read_en, text, cue):
    """ "the sudden attacks", "The Riverton attack", "the bombing attack at the mill" name a
    violent event (an article, then modifiers, then no target after it): no voice attacks."""
    assert _read(read_en, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "voice", "content"),
    [
        ("Nasser attacks the mayor over the canal toll.", "attacks", "Nasser", "the mayor"),
        ("The growers attack the plan as unfair.", "attack", "The growers", "the plan"),
    ],
)
def test_an_attack_with_a_target_stays_a_stance(read_en, text, cue, voice, content):
    """A subject and a target keep "attack" a verb of stance."""
    assert [(c.split(" over ")[0].split(" as ")[0], v) for c, v in _read(read_en, text, cue)] == [
        (content, voice)
    ]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "The toll will rise by a third next year, according to a report the council "
            "released Monday.",
            "a report the council",
        ),
        (
            "Nasser leads the valley race with 40 percent, according to a poll released Sunday.",
            "a poll",
        ),
    ],
)
def test_the_day_a_report_came_out_is_no_voice(read_en, text, voice):
    """ "according to a poll released Sunday": the poll is the voice, not "Sunday"."""
    assert [v for _, v in _read(read_en, text, "according to")] == [voice]


@pytest.mark.parametrize(
    "text",
    [
        "Layla Haddad told the growers before her long speech.",
        "Omar Nasser told his closest aides in the valley.",
    ],
)
def test_told_with_only_a_listener_says_nothing(read_en, text):
    """ "told his closest aides" names who was told, not what: no content to credit."""
    assert _read(read_en, text, "told") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Layla Haddad told the growers the toll would rise.", "the growers the toll would rise"),
        (
            "Omar Nasser told a very different story at the mill.",
            "a very different story at the mill",
        ),
        ("Layla Haddad told them about the new levy.", "the new levy"),
    ],
)
def test_told_with_something_said(read_en, text, content):
    """A clause, a story told or a topic after "told" keeps the content."""
    assert [c for c, _ in _read(read_en, text, "told")] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Layla Haddad believes the old pumps are fine, but that the canal needs a new gate.",
            "believes",
            "the old pumps are fine, but that the canal needs a new gate",
        ),
        (
            "Omar Nasser is promising not just a new pump, but the whole canal and a new mill.",
            "promising",
            "not just a new pump, but the whole canal and a new mill",
        ),
    ],
)
def test_but_that_and_not_only_but_go_on(read_en, text, cue, content):
    """ ", but that …" (a second clause of the same view) and "not just …, but …" (one pair)
    keep the content whole after any cue."""
    assert [c for c, _ in _read(read_en, text, cue)] == [content]


def test_but_with_a_new_subject_still_ends_the_content(read_en):
    """ ", but the growers were unhappy" is the writer's next clause, not what was praised."""
    text = "Layla Haddad praised the new mill, but the growers were unhappy."
    assert [c for c, _ in _read(read_en, text, "praised")] == ["the new mill"]


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "The toll was never made public, according to Mr. Nasser.",
            "Nasser",
            "The toll was never made public",
        ),
        (
            "According to Sen. Haddad, the toll will rise in the spring.",
            "Haddad",
            "the toll will rise in the spring",
        ),
        (
            "At the heart of the quarrel was the toll, according to Omar B. Nasser, a miller.",
            "Omar B. Nasser",
            "At the heart of the quarrel was the toll",
        ),
    ],
)
def test_according_to_a_title_or_an_initial(read_en, text, voice, content):
    """The period of "Mr.", "Sen." or a middle initial ends no "according to" voice."""
    found = [(v, c) for c, v in _read(read_en, text, "according to")]
    found += [(v, c) for c, v in _read(read_en, text, "According to")]
    assert found == [(voice, content)]


@pytest.mark.parametrize(
    ("text", "cue", "voice"),
    [
        (
            "“The gates are rusted,” a mill worker, who farms near the canal, said.",
            "said",
            "a mill worker",
        ),
        (
            "“The guards are tired,” a valley source, who was not cleared to speak, told the "
            "Riverton Courier.",
            "told",
            "a valley source",
        ),
    ],
)
def test_a_common_noun_voice_before_a_relative_aside(read_en, text, cue, voice):
    """Right after a quotation, "a mill worker" is the voice, not an aside to skip: the
    ", who …," clause after it is the aside (and the one told is never the voice)."""
    assert [v for _, v in _read(read_en, text, cue)] == [voice]


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "The gates are rusted, a mill worker, who farms near the canal, said.",
            "a mill worker",
            "The gates are rusted",
        ),
        (
            "The toll will rise, two growers, who asked not to be named, said on Monday.",
            "two growers",
            "The toll will rise",
        ),
    ],
)
def test_an_indefinite_voice_before_its_who_clause(read_en, text, voice, content):
    """ "…, a mill worker, who farms near the canal, said": the phrase a "who" aside follows is
    its antecedent, the voice (only an aside after it is skipped)."""
    assert [(v, c) for c, v in _read(read_en, text, "said")] == [(voice, content)]
