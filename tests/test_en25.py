"""English reporting patterns from issue 12, round 25 (PolNeAR train read by pattern, dev only
measured): made-up sentences only."""

from __future__ import annotations

import pytest


def _read(read_en, text: str) -> list[tuple[str, str, str]]:
    """The cue, voice and content of each attribution."""
    return [(a.cue, a.source.name, a.content) for a in read_en(text + "\n").attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The onetime secretary of state made $9 million from 40 talks in 2014,"
            " according to the Daily Ledger.",
            "The onetime secretary of state made $9 million from 40 talks in 2014",
        ),
        (
            "Morrow must beat the forecasts in big states like Ohio to win the race,"
            " according to the Daily Ledger.",
            "Morrow must beat the forecasts in big states like Ohio to win the race",
        ),
    ],
)
def test_credit_keeps_a_clause_whose_cue_word_is_a_noun(read_en, text, content):
    """A cue word that is a noun there ("secretary of state", "states like") speaks for no one
    before "according to": the outlet's credit keeps the whole clause."""
    assert _read(read_en, text) == [("according to", "Daily Ledger", content)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Dwight Marlow took the floor to argue that the mayor had lied.", "Dwight Marlow"),
        ("The council on Monday used its meeting to warn that the dam could fail.", "The council"),
        (
            "Mayor Ann Pelt went off script on Friday to boast that jobless claims had dropped.",
            "Ann Pelt",
        ),
    ],
)
def test_voice_ends_before_the_verb_leading_to_an_infinitive_cue(read_en, text, voice):
    """ "X took the floor to argue …": the voice is X, not the clause up to "to"."""
    assert [v for _, v, _ in _read(read_en, text)] == [voice]


def test_the_object_of_forced_keeps_the_phrase(read_en):
    """ "The vote forced the mayor to admit …" gives the vote no voice of its own (the one
    forced admits, and no subject before "forced" is taken for the voice)."""
    found = _read(read_en, "The vote on Monday forced Mayor Ann Pelt to admit that the dam leaked.")
    assert all(v != "The vote" for _, v, _ in found)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Taxes will rise next year, Finance Minister Omar Haddad told a parliamentary"
            " committee on Wednesday.",
            "Omar Haddad",
        ),
        ("Taxes will rise next year, Omar Haddad told a news conference.", "Omar Haddad"),
        (
            "Lina Haddad spoke in Dayton. The road ahead is hard, she told a cheering crowd.",
            "Lina Haddad",
        ),
    ],
)
def test_told_with_only_its_listener_after_says_what_came_before(read_en, text, voice):
    """ "…, X told a committee on Wednesday.": with only the one told after "told", what was
    told is the clause before it."""
    found = _read(read_en, text)
    assert [(cue, v) for cue, v, _ in found] == [("told", voice)]
    assert found[0][2] in {"Taxes will rise next year", "The road ahead is hard"}


def test_told_with_what_was_told_after_keeps_it(read_en):
    """ "X told the parliament the tax would rise": what was told follows the listener."""
    found = _read(read_en, "On Monday, Omar Haddad told the parliament the tax would rise.")
    assert [c for _, _, c in found] == ["the parliament the tax would rise"]


@pytest.mark.parametrize(
    "text",
    [
        "Spokesman Faisal Nour told a news conference in Riyadh that the strike was legal.",
        '"We are ready," Spokesman Faisal Nour told a press briefing on Monday.',
    ],
)
def test_a_news_conference_carries_nothing(read_en, text):
    """ "told a news conference": an occasion for the press, not an outlet in the chain."""
    [found] = read_en(text + "\n").attributions
    assert [c.name for c in found.chain] == ["Faisal Nour"]


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        (
            "The interior ministry said in a statement carried by the state news agency that"
            " four suspects had been held.",
            "state news agency",
        ),
        (
            "Omar Haddad wrote in a guest column in Sunday's Valley Times that the levy was"
            " unfair.",
            None,
        ),
    ],
)
def test_a_long_setting_before_that_is_no_content(read_en, text, carrier):
    """ "said in a statement carried by the state news agency that …": a setting of nine words
    before "that" is passed over, and an outlet carrying the words is in the chain."""
    [found] = read_en(text + "\n").attributions
    assert found.content.startswith("that ")
    assert (found.chain[0].name if len(found.chain) > 1 else None) == carrier


def test_an_infinitive_ends_the_setting(read_en):
    """ "agreed on a panel to study the rules that …": "that" opens a relative clause there."""
    [found] = read_en(
        "The two camps agreed on a panel to study the rules that could curb the delegates.\n"
    ).attributions
    assert not found.content.startswith("that ")


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        (
            "Four suspects had been held, the interior ministry said in a statement carried by"
            " the state news agency.",
            "state news agency",
        ),
        (
            "Four suspects had been held, the bureau said in a statement published on its website.",
            None,
        ),
    ],
)
def test_a_statement_carried_by_an_outlet_ends_the_sentence(read_en, text, carrier):
    """ "…, X said in a statement carried by the state news agency.": the content is before the
    cue, and the agency carried it."""
    [found] = read_en(text + "\n").attributions
    assert found.content == "Four suspects had been held"
    assert (found.chain[0].name if len(found.chain) > 1 else None) == carrier


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            "Citing unnamed officials, the Valley Times reported that the envoy would visit.",
            ["Valley Times", "unnamed officials"],
        ),
        (
            "In a statement carried by the state news agency, the ministry said four were held.",
            ["state news agency", "the ministry"],
        ),
        ("Citing an unfounded theory, the mayor accused the baker of theft.", ["the mayor"]),
        ("The mayor, citing low turnout, said the vote would be rerun.", ["The mayor"]),
    ],
)
def test_opening_relays_and_grounds(read_en, text, chain):
    """ "Citing unnamed officials, X reported …" relays them; "In a statement carried by the
    state news agency, X said …" names the carrier; an indefinite thing cited ("an unfounded
    theory", "low turnout") is the voice's grounds, no voice."""
    [found] = read_en(text + "\n").attributions
    assert [c.name for c in found.chain] == chain


@pytest.mark.parametrize(
    ("text", "descriptor"),
    [
        (
            "Omar Nasser, a spokesman for the United Nations, said the talks had failed.",
            "a spokesman for the United Nations",
        ),
        (
            "A spokesman for the Syrian Foreign Ministry, Omar Nasser, said the talks had failed.",
            "A spokesman for the Syrian Foreign Ministry",
        ),
        ("The talks had failed, said Omar Nasser, a U.N. spokesman.", "a U.N. spokesman"),
        ("In his bid for mayor, Omar Nasser said the talks had failed.", ""),
        ("Omar Nasser, Lina Haddad and the minister said the talks had failed.", ""),
    ],
)
def test_an_office_set_off_by_commas_describes_the_voice(read_en, text, descriptor):
    """ "X, a spokesman for Y, said …" (and the office before the name, or after an inverted
    cue) gives X the office as descriptor, as "Y spokesman X" does; a setting or another
    voice between commas is no office."""
    [found] = read_en(text + "\n").attributions
    assert found.source.descriptor == descriptor or found.source.name != "Omar Nasser"


@pytest.mark.parametrize(
    "spokesman",
    [
        "A spokesman for the United Nations, Omar Nasser, said",
        "Omar Nasser, a spokesman for the Syrian Foreign Ministry, said",
    ],
)
def test_a_body_and_its_spokesman_are_one_origin(read_en, spokesman):
    """A body's spokesman named with his office between commas and the body itself are one
    origin: their like claims are not corroborated."""
    body = "The United Nations" if "United" in spokesman else "The Syrian Foreign Ministry"
    first = read_en(
        f"{spokesman} the peace talks in Geneva had collapsed on Tuesday after both"
        " delegations walked out.\n"
    )
    second = read_en(
        f"{body} said on Wednesday that Geneva peace negotiations collapsed after the two"
        " delegations walked out, the Daily Ledger reported.\n"
    )
    groups = {a.source.group for r in (first, second) for a in r.attributions}
    assert len(groups) == 1


def test_the_head_of_a_named_body_is_no_state_official(read_en):
    """ "president of Valley Action for Workers of America": a title over a body named in
    capitals speaks for that body, not for the state its name holds ("president of the
    United States" still does)."""
    [ngo] = read_en(
        "Omar Nasser, president of Valley Action for Workers of America, said the vote failed.\n"
    ).attributions
    [state] = read_en(
        "Omar Nasser, president of the United States, insisted the vote failed.\n"
    ).attributions
    assert not ngo.source.group.startswith("state:")
    assert state.source.group == "state:US"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Omar Nasser told reporters the talks had collapsed.", ["the talks had collapsed"]),
        ("Omar Nasser told reporters on Monday.", []),
    ],
)
def test_told_reporters_and_a_clause_without_that(read_en, text, content):
    """ "X told reporters the talks had collapsed": a clause after the one told is what was
    told, though short and without "that"; "told reporters on Monday" tells nothing."""
    assert [c for _, _, c in _read(read_en, text)] == content


@pytest.mark.parametrize(
    "text",
    [
        "Britain will send more troops to the region, Anna Cole said, as pressure grew on her.",
        "Britain will send more troops to the region, Prime Minister Anna Cole said on Tuesday,"
        " as pressure grew on her.",
    ],
)
def test_the_writers_as_clause_after_the_voice_is_no_content(read_en, text):
    """ "…, X said (on Tuesday), as pressure grew …": the writer's clause after the voice
    ends the content before the voice."""
    said = [c for cue, _, c in _read(read_en, text) if cue == "said"]
    assert said == ["Britain will send more troops to the region"]


def test_a_quoted_while_clause_stays_the_speakers(read_en):
    """ "…, Bob said, while others “did not want to help”": a quotation after "while" keeps
    the clause in the speaker's words."""
    text = 'One man offered help, Bob Marlow said, while others "did not want to help us."'
    [said] = [c for cue, _, c in _read(read_en, text) if cue == "said"]
    assert said.endswith('help us."')


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Anna Cole met the council. Cole's office said the bridge would stay closed.",
        "Anna Cole's lawyer said the charges against the mayor were false.",
        "Anna Cole’s campaign said the poll was wrong.",
    ],
)
def test_a_persons_office_speaks_as_the_person(read_en, text):
    """ "Cole's office said …", "Anna Cole's lawyer said …": the voice is the one spoken for,
    so the office and the person are one origin."""
    names = [v for _, v, _ in _read(read_en, text)]
    assert names == ["Anna Cole"]


def test_an_outlets_lawyers_stay_the_outlets(read_en):
    """ "Reuters' lawyers said …": a body the registry knows is no person spoken for."""
    [found] = read_en("Reuters' lawyers said the charges were false.\n").attributions
    assert found.source.kind.value == "agency"


def test_an_occasion_after_the_interrupting_voice_is_no_content(read_en):
    """ "…, officials said, before the driver was shot": "before"/"after" after the voice
    open the writer's clause too (one list with the credit line's), not the speaker's."""
    text = (
        "A truck hit a crowd in the square, killing ten people, officials said, before the"
        " driver was shot."
    )
    said = [c for cue, _, c in _read(read_en, text) if cue == "said"]
    assert said == ["A truck hit a crowd in the square, killing ten people"]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            "Prime Minister Omar Haddad told state television the army had withdrawn.",
            ["state television", "Omar Haddad"],
        ),
        (
            "Omar Haddad told conservative radio host Sam Pell that the army had withdrawn.",
            None,
        ),
    ],
)
def test_a_medium_told_in_lower_case_carries_the_words(read_en, text, chain):
    """ "X told state television the army had withdrawn": the medium told, in lower case, is
    passed over to the clause and carries it; "told radio host Y" names no medium told."""
    [found] = read_en(text + "\n").attributions
    assert found.content.endswith("the army had withdrawn")
    assert not found.content.startswith(("state", "host"))
    assert chain is None or [c.name for c in found.chain] == chain


def test_a_wires_credit_line_is_no_attribution(read_en):
    """ "(Reporting by X; Additional reporting by Y; Writing by Z)": who wrote the story, no
    voice of a claim."""
    text = (
        "Omar Haddad said the talks had failed.\n\n(Reporting by Sam Pell; Additional"
        " reporting by Lina Ortiz in Cairo; Writing by Tom Reid; Editing by Ann Cole)"
    )
    assert [(cue, v) for cue, v, _ in _read(read_en, text)] == [("said", "Omar Haddad")]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "The Valley-led coalition fighting in the north said it had downed a drone.",
            "The Valley-led coalition",
        ),
        ("A court filing said the mill had closed.", "A court filing"),
    ],
)
def test_a_participle_describing_a_body_ends_its_voice(read_en, text, voice):
    """ "the coalition fighting in the north said …": the body ends before the participle
    describing it ("a court filing" is a noun, no participle)."""
    assert [v for _, v, _ in _read(read_en, text)] == [voice]
