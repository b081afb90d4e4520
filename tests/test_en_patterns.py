"""English reporting patterns, one made-up sentence or two per test."""

from __future__ import annotations

import pytest

from tracker.models import QuoteKind, SourceKind


@pytest.fixture(scope="module")
def read(read_en):
    """English articles here (the shared fixture is in conftest)."""
    return read_en


def test_inverted_cue_with_a_long_appositive(read):
    """ "“…,” said X, a title with a clause." gives X and the quotation before the cue."""
    result = read(
        "“The harvest came early this year,” said Lina Haddad, a farmer who has worked "
        "the valley for thirty years.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Lina Haddad"
    assert att.content == "“The harvest came early this year,”"


def test_quotation_interrupted_by_its_attribution_is_one_content(read):
    """ "“A,” X said. “B.”" in one paragraph is one quotation from X, running to B's end."""
    result = read(
        "“Prices have doubled since spring,” Omar Nasser said. “Nobody can buy bread now.”\n\n"
        "“We will protest on Friday.”\n"
    )
    first, second = result.attributions
    assert first.content.startswith("“Prices have doubled")
    assert first.content.endswith("buy bread now.”")
    assert second.source.name == "Omar Nasser"
    assert second.content.startswith("“We will protest")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested four men at the market on Sunday.",
        "Parliament approved the water budget after a long night.",
        "Jordan reopened the northern crossing to lorries.",
        "Diplomatic ties between the two kingdoms were cut in 2009.",
    ],
)
def test_acts_of_places_and_bodies_are_not_speech(read, sentence):
    """A capitalised subject and an -ed act verb is an event, not an attribution."""
    assert read(sentence + "\n").attributions == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Hamdan faces a vote on the water budget next week.",
        "Lina Haddad uses the old road to reach the mill.",
    ],
)
def test_a_person_in_the_present_describes_no_stance(read, sentence):
    """ "X faces …", "X uses …": a present act verb after a name is description, not a stance
    (a past act is read: "X mocked …")."""
    assert read(sentence + "\n").attributions == ()


def test_a_surname_named_in_full_before_can_act(read):
    """ "Lina Haddad …" then "Haddad mocked …": a person's stance is an attribution."""
    result = read(
        "Lina Haddad has farmed in the valley for years.\n\n"
        "Haddad mocked the plan to dam the river as a gift to builders.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Lina Haddad"
    assert att.cue == "mocked"


@pytest.mark.parametrize(
    "line",
    [
        "READ ALSO: Queues grow at the river crossing",
        "READ: Five questions about the new dam",
        "WATCH: The flood reaches the old bridge",
    ],
)
def test_link_lines_are_page_chrome(read, line):
    """ "READ ALSO: …" and "READ: …" lines of a page are neither voices nor content."""
    assert read(line + "\n").attributions == ()


def test_this_and_both_alone_are_not_voices(read):
    """ "This …" and "Both …" opening a sentence are not read as the one who speaks."""
    result = read(
        "This prompted the mayor to close the market, the council said.\n\n"
        "Both warned that the river would rise again.\n"
    )
    assert {a.source.name for a in result.attributions} <= {"the council", "council"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "On its own account, Syrian President Karim Asad said the army would withdraw.",
            "Karim Asad",
        ),
        (
            "On this occasion, Deputy Foreign Minister Samir Badr said the embassy would reopen.",
            "Samir Badr",
        ),
    ],
)
def test_an_aside_before_the_voice(read, sentence, name):
    """ "On its own account, <title> X said …": the voice is X and the content follows the cue."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.name == name
    assert att.content.endswith(("withdraw", "reopen"))


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Damascus said the talks with the envoy would resume next week.", "state:SY"),
        ("Ankara denied that its troops had crossed the river.", "state:TR"),
    ],
)
def test_a_place_as_the_voice_is_its_government(read, sentence, group):
    """ "Damascus said …" is the Syrian government (group state:SY), not a person."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.kind is SourceKind.GOVERNMENT_BODY
    assert att.source.group == group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Gulf Mirror newspaper reported that the talks had stalled. The newspaper said it "
            "had obtained information that the envoy would resign.\n",
            "Gulf Mirror newspaper",
        ),
        (
            "The Levant Times reported on Monday that the dam was finished.\n\n"
            "The daily revealed that the contract had been signed in May.\n",
            "Levant Times",
        ),
        (
            "Sputnik said the convoy had arrived. The news agency added that two trucks were "
            "turned back at the gate.\n",
            "sputnik",
        ),
        (
            "Sputnik reported that the dam had cracked.\n\n"
            "The agency said it had obtained information that the valley would be evacuated.\n",
            "sputnik",
        ),
    ],
)
def test_the_newspaper_and_the_agency_are_the_outlet_named_before(read, text, expected):
    """ "The newspaper said it had obtained information that …" is the outlet named before."""
    first, second = read(text).attributions
    assert second.source.id == first.source.id
    assert expected in (first.source.id, first.source.name)
    assert second.content.startswith(("it had obtained", "that the contract", "that two trucks"))


def test_told_an_outlet_gives_a_chain(read):
    """ "A source told Sputnik: “…”": Sputnik carries the source; the content follows the colon."""
    result = read("A military source told Sputnik: “The army has pulled back from the hills.”\n")
    (att,) = result.attributions
    assert next(v.id for v in att.chain) == "sputnik"
    assert att.chain[-1].kind is SourceKind.ANONYMOUS
    assert att.content.startswith("“The army")


def test_surname_alone_takes_the_full_name_in_another_spelling(read):
    """ "Walid al-Muallem met …" then "al-Moallem said …" is the same person, named in full."""
    result = read(
        "Foreign Minister Walid al-Muallem met the envoy on Monday.\n\n"
        "al-Moallem said the meeting had been positive.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Walid al-Muallem"


@pytest.mark.parametrize(
    ("scholarly", "news"),
    [
        ("Salim Ḥaddād", "Salim Haddad"),
        ("Fayṣal al-Miqdād", "Faisal al-Mekdad"),
        ("Khalil Ḥamdān", "Khalil Hamdan"),
    ],
)
def test_scholarly_and_news_spellings_are_one_voice(read, scholarly, news):
    """A name in scholarly transliteration and in news spelling is one source."""
    result = read(
        f"{scholarly} said the army would hold the coast road.\n\n"
        f"{news} said the port would stay open.\n"
    )
    first, second = result.attributions
    assert first.source.id == second.source.id


def test_scholarly_outlet_name_finds_the_registry_entry(read):
    """ "aš-Šarq al-Awsaṭ reported …" is the registry's Asharq Al-Awsat."""
    (att,) = read("The daily aš-Šarq al-Awsaṭ reported that the envoy had resigned.\n").attributions
    assert att.source.id == "asharq-al-awsat"


def test_cue_words_inside_a_long_quotation_are_the_speakers(read):
    """ "X told Y: “A. I think B. We know C.”" is one quotation; "think"/"know" are X's words."""
    result = read(
        "Omar Nasser told Sputnik: “The river is rising fast. I think the bridge will close. "
        "We know the farmers are ready.”\n"
    )
    (att,) = result.attributions
    assert att.content.startswith("“The river")
    assert att.content.endswith("ready.”")


def test_according_to_a_voice_with_a_relative_clause(read):
    """ "…, according to a survey that shows …": the voice is "a survey", content before it."""
    result = read(
        "Most farmers will plant wheat again, according to a survey that shows rising prices "
        "across the northern valleys and the coast.\n"
    )
    (att,) = result.attributions
    assert att.content == "Most farmers will plant wheat again"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The mayor admitted that the old bridge had been closed too late.", "admitted"),
        ("“The water will be clean by June,” the engineer continued.", "continued"),
        ("The report concluded that the dam had cracked in two places.", "concluded"),
    ],
)
def test_more_reporting_verbs(read, sentence, cue):
    """admit (admitted), continue and conclude report speech like say."""
    (att,) = read(sentence + "\n").attributions
    assert att.cue == cue


def test_declining_to_comment_is_reported(read):
    """ "X declined to comment": a refusal the reporter records, with X as its voice."""
    result = read("A spokesman for the Al-Wadi mill declined to comment on the sale.\n")
    (att,) = result.attributions
    assert att.cue == "declined"
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.content == "to comment on the sale"


def test_continued_to_is_not_speech(read):
    """ "Prices continued to rise" asserts nothing."""
    assert read("Prices continued to rise across the valley in May.\n").attributions == ()


def test_asked_whether_is_a_question_and_the_answer_is_read_too(read):
    """ "Asked whether …, X said: …" gives the unnamed question and X's answer."""
    result = read("Asked whether the dam was safe, the engineer said it would hold for years.\n")
    question, answer = result.attributions
    assert question.content == "whether the dam was safe"
    assert question.source.kind is SourceKind.ANONYMOUS
    assert answer.content == "it would hold for years"


def test_a_long_voice_phrase_keeps_its_head(read):
    """ "A study of … by … noted that …": the voice is "A study", the content follows "that"."""
    result = read(
        "A study of river levels across the northern valley by two universities and the water "
        "board noted that the floods were getting worse every spring.\n"
    )
    (att,) = result.attributions
    assert att.source.name.startswith("A study")
    assert att.content == "that the floods were getting worse every spring"


def test_read_as_a_surname_is_a_voice(read):
    """Only capitalised "READ" is page chrome; the surname Read speaks."""
    (att,) = read("“The harvest will be late this year,” Read said.\n").attributions
    assert att.source.name == "Read"


def test_inverted_cue_with_a_long_title(read):
    """ "“…,” said <institution> <title> <name>." takes the long voice after the cue."""
    result = read(
        "“The river has never been this low,” said Northern Valley University hydrologist "
        "Lina Haddad.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Lina Haddad"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The governor spoke about the drought at the market on Monday.", "spoke"),
        ("The minister referred to the dam as the valley's last hope.", "referred"),
        ("The mayor appeared to blame the water board for the delay.", "appeared"),
    ],
)
def test_speaking_referring_and_appearing_are_cues(read, sentence, cue):
    """speak (spoke), refer (referred), talk, discuss, offer, appear and seem are cues."""
    (att,) = read(sentence + "\n").attributions
    assert att.cue == cue


def test_a_stance_verb_may_take_a_short_object(read):
    """ "The council denied the charges": a stance whose content is its object alone."""
    (att,) = read("The water council denied the charges.\n").attributions
    assert att.content == "the charges"


def test_a_speech_verb_needs_a_clause(read):
    """ "The mayor said no." is too short to be a claim."""
    assert read("The mayor said no.\n").attributions == ()


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "″"), ("''", "''"), ("‘", "’"), ("«", "»"), ("“", "”")],
)
def test_every_kind_of_quotation_mark(read, opening, closing):
    """“…″, ''…'', ‘…’ and «…» quote like “…”: the quotation, and a floating one after it."""
    result = read(
        f"{opening}The river will rise again by Friday,{closing} Omar Hamdan said.\n\n"
        f"{opening}I think the bridge will close.{closing}\n"
    )
    first, second = result.attributions
    assert first.content == f"{opening}The river will rise again by Friday,{closing}"
    assert second.content == f"{opening}I think the bridge will close.{closing}"
    assert first.source.name == second.source.name == "Omar Hamdan"
    assert first.quote is second.quote is QuoteKind.DIRECT


def test_a_quotation_interrupted_by_its_attribution_in_mixed_marks(read):
    """ "“A,″ X said. “B.″" is one quotation from X, as with “…”."""
    result = read("“The river will rise,″ Omar Hamdan said. “The bridge will close.″\n")
    (att,) = result.attributions
    assert att.content.endswith("close.″")


@pytest.mark.parametrize(
    "sentence",
    [
        "The water plan is worrying, Lina Haddad said.",
        "In all, though, the farmers are doing what they can to find more wells, Lina Haddad said.",
    ],
)
def test_said_is_read_before_a_stance_word_in_its_content(read, sentence):
    """ "…is worrying, X said": "said" takes the sentence, not the stance word in its content."""
    (att,) = read(sentence + "\n").attributions
    assert att.cue == "said"
    assert att.source.name == "Lina Haddad"
    assert att.content == sentence.removesuffix(", Lina Haddad said.")


def test_a_cue_word_inside_the_voice_is_not_a_cue(read):
    """ "A source familiar with X's thinking said, “…”": "thinking" is part of the voice."""
    (att,) = read(
        "A source familiar with Haddad's thinking said, “She will try to win the farmers back.”\n"
    ).attributions
    assert att.cue == "said"
    assert att.content.startswith("“She will try")


def test_a_voice_set_off_by_commas_inside_the_content(read):
    """ "A, she said, b …": the clause runs on past the cue, so the whole sentence is content."""
    result = read(
        "Lina Haddad said the river was low.\n\n"
        "Many of the wells, she said, have dried up since the spring.\n"
    )
    _, second = result.attributions
    assert second.content == "Many of the wells, she said, have dried up since the spring"
    assert second.source.name == "Lina Haddad"


def test_a_participle_after_the_voice_ends_the_content(read):
    """ "A, X said, adding that B": A is X's; B is X's too, by the participle."""
    first, second = read(
        "The river is low, Omar Hamdan said, adding that the wells were dry.\n"
    ).attributions
    assert (first.content, first.source.name) == ("The river is low", "Omar Hamdan")
    assert (second.content, second.source.name) == ("that the wells were dry", "Omar Hamdan")


def test_a_party_tag_between_the_name_and_the_cue(read):
    """ "X (R-Fla.) said": the bracketed tag neither ends the sentence nor hides the voice."""
    (att,) = read("Sen. Omar Hamdan (D-N.Y.) said the dam would hold for years.\n").attributions
    assert att.source.name == "Omar Hamdan"
    assert att.content == "the dam would hold for years"


def test_a_comma_inside_the_quotation_is_the_speakers(read):
    """ "X said, “In many ways, the river is like a thief.”": not cut at "the river is like"."""
    (att,) = read("Omar Hamdan said, “In many ways, the river is like a thief.”\n").attributions
    assert att.content == "“In many ways, the river is like a thief.”"


def test_a_setting_before_the_quotation(read):
    """ "X told reporters in Riverton last week, “…”": the content is the quotation."""
    (att,) = read(
        "Omar Hamdan told reporters in Riverton last week, “The dam will fail.”\n"
    ).attributions
    assert att.content == "“The dam will fail.”"


def test_said_of_after_a_pronoun_is_not_the_voice(read):
    """ "“…,” she said of the claim": "of the claim" is what she spoke about, not who spoke."""
    result = read(
        "Lina Haddad said the river was low.\n\n“She just made it up,” she said of the claim.\n"
    )
    assert result.attributions[-1].source.name == "Lina Haddad"


def test_an_opening_noun_phrase_is_the_participles_voice(read):
    """ "The water ministry issued a statement, saying …": the voice is the ministry."""
    (att,) = read(
        "The water ministry issued a statement, saying the border would reopen on Monday.\n"
    ).attributions
    assert att.source.name.lower().endswith("water ministry")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Omar Hamdan said the wells were dry; the council disagreed.", "the wells were dry"),
        (
            "Omar Hamdan said the wells were dry, but for the farmers it is the price that hurts.",
            "the wells were dry",
        ),
        (
            "Omar Hamdan denied the claims, pointing to the rainfall records of the valley.",
            "the claims",
        ),
    ],
)
def test_the_content_ends_where_the_reported_clause_ends(read, sentence, content):
    """At a semicolon, ", but …" and ", -ing …" the writer's own clause begins."""
    att = read(sentence + "\n").attributions[0]
    assert att.content == content


def test_a_quotation_ending_a_sentence_ends_it(read):
    """ "… “a disaster.” He added, “…”": the full stop inside the marks ends the sentence."""
    first, second = read(
        "Omar Hamdan said the plan was “a disaster for the valley.” He added, “We will fight.”\n"
    ).attributions
    assert first.content == "the plan was “a disaster for the valley.”"
    assert second.content == "“We will fight.”"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council kept the mayor's promise to the farmers on Monday.",
        "Hamdan won the district by four points in the spring vote.",
        "Do you support the new dam on the river?",
    ],
)
def test_nouns_and_questions_are_not_attributions(read, sentence):
    """A cue word after a possessive or a number is a noun; "Do you support …?" asks."""
    assert read(sentence + "\n").attributions == ()


def test_he_is_contracted_is_not_a_possessive(read):
    """ "he's predicted …" is "he has predicted": still a cue."""
    result = read("Omar Hamdan spoke on Monday.\n\nAnd he's predicted a dry summer.\n")
    assert [a.cue for a in result.attributions][-1] == "predicted"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The river could matter more than the road for the valley, said farm strategist "
            "Omar Hamdan.",
            "Omar Hamdan",
        ),
        ("The mill will close by June, said one former executive who asked not to be named.", ""),
    ],
)
def test_said_then_the_voice_after_a_long_content(read, sentence, name):
    """ "…, said X" and "…, said one … who …": the voice follows the cue, the content precedes."""
    (att,) = read(sentence + "\n").attributions
    assert att.content == sentence.split(", said")[0]
    assert name in att.source.name


def test_the_appositive_voice_before_a_clause(read):
    """ "X, Y, said the mill would close": Y speaks; what follows is a clause, not a voice."""
    (att,) = read(
        "The group's chief executive, Lina Haddad, said the mill would close.\n"
    ).attributions
    assert att.source.name == "Lina Haddad"
    assert att.content == "the mill would close"


def test_a_titled_name_without_its_home(read):
    """ "Gov. Omar Hamdan of Riverton said …" is Omar Hamdan, not Riverton."""
    (att,) = read("Gov. Omar Hamdan of Riverton said the farmers deserved better.\n").attributions
    assert att.source.name == "Omar Hamdan"


def test_a_headline_in_title_case(read):
    """ "Omar Hamdan Says The Dam Will Never Be Finished": a headline reports speech too."""
    (att,) = read("Omar Hamdan Says The Dam Will Never Be Finished.\n").attributions
    assert att.source.name == "Omar Hamdan"
    assert att.content == "The Dam Will Never Be Finished"


def test_when_asked_inside_the_sentence(read):
    """ "The engineer, when asked about the dam, responded that …": the question is unnamed."""
    result = read("The engineer, when asked about the dam, responded that it would hold.\n")
    question, answer = result.attributions
    assert question.content == "about the dam"
    assert question.source.kind is SourceKind.ANONYMOUS
    assert answer.source.name == "The engineer"


def test_told_an_outlet_at_the_end(read):
    """ "…, a mill official told the Valley Times.": the content is before, not the outlet."""
    (att,) = read(
        "The mill will close in June, a mill official told the Valley Times.\n"
    ).attributions
    assert att.content == "The mill will close in June"


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Hamdan told the Valley Times the mill would close.",
        "Omar Hamdan told the Valley Times on Monday that the mill would close.",
    ],
)
def test_the_one_told_is_not_the_content(read, sentence):
    """ "X told <outlet> (…) that …": the content starts after the one told."""
    (att,) = read(sentence + "\n").attributions
    assert att.content.endswith("the mill would close")
    assert "Valley Times" not in att.content


def test_a_long_setting_before_that(read):
    """ "X said Thursday during a taping of …, New York, that …": the content starts at "that"."""
    (att,) = read(
        "Omar Hamdan said Thursday during a taping of a town hall in Riverton, Valley County, "
        "that the dam is wrong for the farmers.\n"
    ).attributions
    assert att.content == "that the dam is wrong for the farmers"


def test_two_apostrophes_before_a_cue(read):
    """ "''A! B!'' the note says.": '' is a quotation mark, not part of the first word."""
    (att,) = read("''Omar, you are late! And the farm is lost!'' the note says.\n").attributions
    assert att.content == "''Omar, you are late! And the farm is lost!''"
    assert att.source.name == "the note"


@pytest.mark.parametrize(
    ("sentence", "voice", "content"),
    [
        (
            "The dam was praised by Omar Nasser, who said last week that it would last a century.",
            "Omar Nasser",
            "that it would last a century",
        ),
        (
            "Mayor Lina Haddad, who said the bridge would close in May, walked out early.",
            "Lina Haddad",
            "the bridge would close in May",
        ),
        (
            "The plan was opposed by the farmers' union, which says the river is too low.",
            "the farmers' union",
            "the river is too low",
        ),
        # An opener before "X told <outlet> that …": what was told follows the one told.
        (
            "At the time, Omar Hamdan told the Valley Times that the plan was good for farmers.",
            "Omar Hamdan",
            "that the plan was good for farmers",
        ),
        (
            "Another ally, Minister Omar Hamdan, told the Valley Times that the plan was good.",
            "Omar Hamdan",
            "that the plan was good",
        ),
        # A place or time after the cue is no content.
        (
            "The dam is too small, Omar Hamdan said at a rally in Riverton.",
            "Omar Hamdan",
            "The dam is too small",
        ),
        (
            "Omar Hamdan said in Riverton that the dam was too small.",
            "Omar Hamdan",
            "that the dam was too small",
        ),
        (
            "Omar Hamdan said last week that the dam was too small.",
            "Omar Hamdan",
            "that the dam was too small",
        ),
        # "X did Y and said …": X is the voice, not the clause before "and".
        (
            "Omar Hamdan visited the dam on Monday and said the walls were cracked.",
            "Omar Hamdan",
            "the walls were cracked",
        ),
        (
            "Omar Hamdan, a former mill owner, toured the dam and said the walls were cracked.",
            "Omar Hamdan",
            "the walls were cracked",
        ),
        # "points out that …" and "spoke about …" report.
        ("Omar Nasser points out that the dam is old.", "Omar Nasser", "that the dam is old"),
        (
            "Omar Nasser spoke at length about the drought in the valley.",
            "Omar Nasser",
            "the drought in the valley",
        ),
    ],
)
def test_the_voice_and_content_around_the_cue(read, sentence, voice, content):
    """ "X, who said …": X is the voice, and the clause ends where the sentence's own verb
    resumes; openers, settings and a first act joined by "and" are neither voice nor content.
    (A passive "was praised by X" is X's view of the subject: see the passive test.)"""
    found = read(sentence + "\n").attributions
    (att,) = [a for a in found if f"{a.cue} by " not in sentence]
    assert att.source.name == voice
    assert att.content == content


def test_the_relative_clause_of_an_inverted_voice_is_no_new_voice(read):
    """ "“A,” said a farmer who backs X. “B.”": one quotation from the farmer, running to B."""
    result = read("“We need rain,” said a farmer who backs Hamdan. “The wells are dry.”\n")
    (att,) = result.attributions
    assert att.source.name == "a farmer"
    assert att.content.startswith("“We need rain,”")
    assert att.content.endswith("“The wells are dry.”")


def test_a_quotation_resumes_after_the_voices_own_aside(read):
    """ "“A,” X said, pointing to …. “B.”": B continues X's quotation, not the aside's."""
    result = read(
        "“The mill was busy once,” Omar Nasser said, pointing to the empty yard. "
        "“Now it is closed.”\n"
    )
    said = next(a for a in result.attributions if a.cue == "said")
    assert said.content.endswith("“Now it is closed.”")
    assert all(not a.content.endswith("closed.”") for a in result.attributions if a is not said)


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey carries an error margin of four percentage points.",
        "Farmers in the Western states are angry about the drought.",
        "Omar Nasser spoke to reporters at the market on Sunday.",
        "Omar Nasser found himself in a long quarrel with the council.",
        "Omar Nasser found a way to bring the plan before the council.",
    ],
)
def test_nouns_and_speech_events_are_not_attributions(read, sentence):
    """ "points" and "states" are nouns without "out"/"to" or "that"; "spoke to X" says nothing,
    nor does "found himself …" or "found a way …"."""
    assert read(sentence + "\n").attributions == ()


def test_according_to_set_off_inside_the_clause(read):
    """ "A, according to X, b": the whole clause is the content."""
    result = read("The new dam, according to the engineers, will hold until the floods.\n")
    (att,) = result.attributions
    assert att.source.name == "the engineers"
    assert att.content == "The new dam, according to the engineers, will hold until the floods"


def test_a_credit_line_after_a_quoted_question(read):
    """ "“A?” X said." splits after "?”": the short credit line takes the quotation before it,
    and the last speaker's quotation stops where theirs ended."""
    result = read("“We need rain,” said Omar Nasser. “Who pays for the dam?” Lina Haddad said.\n")
    first, second = result.attributions
    assert (first.source.name, first.content) == ("Omar Nasser", "“We need rain,”")
    assert (second.source.name, second.content) == ("Lina Haddad", "“Who pays for the dam?”")


def test_will_before_a_surname_is_a_first_name(read):
    """ "Chairman Will Haddad said …": a capitalised "Will" inside the voice is no auxiliary."""
    (att,) = read("County Chairman Will Haddad said the bridge would reopen in May.\n").attributions
    assert att.source.name == "Will Haddad"


def test_a_middle_initial_does_not_end_the_sentence(read):
    """ "“A,” said Omar H. Nasser, a lawyer. “B.”": "H." is an initial; B continues A."""
    result = read("“Farms are adapting,” said Omar H. Nasser, a lawyer. “Costs are high.”\n")
    (att,) = result.attributions
    assert att.source.name == "Omar H. Nasser"
    assert att.content.endswith("“Costs are high.”")


def test_a_speakers_turn_in_a_transcript_runs_to_the_paragraph_end(read):
    """ "Name: A. B." opening a paragraph is one answer; a quotation after the colon ends it."""
    result = read(
        "The two spoke on the radio.\n\n"
        "Lina Haddad: Well, the river is lower than I have ever seen. The wells are dry.\n\n"
        "Omar Nasser: “The dam is old.” The mayor left soon after.\n"
    )
    first, second = result.attributions
    assert first.source.name == "Lina Haddad"
    assert first.content.startswith("Well, the river")
    assert first.content.endswith("The wells are dry")
    assert (second.source.name, second.content) == ("Omar Nasser", "“The dam is old.”")


def test_a_quotation_in_the_writers_clause_after_the_cue_is_not_the_speakers(read):
    """ "“A,” X said, after Y called it “B.”": the content is A; "“A,” X said, “B.”" runs on."""
    first = read("“I never said that,” Omar Nasser said, after the mayor called it “a folly.”\n")
    assert first.attributions[0].content == "“I never said that,”"
    second = read("“The dam is old,” said Omar Nasser, “and it will fail.”\n")
    assert second.attributions[0].content.endswith("“and it will fail.”")


def test_a_setting_then_a_participle_after_the_cue(read):
    """ "A, X said Tuesday in Riverton, noting B": A is X's, and so is B (not "Tuesday")."""
    result = read(
        "The plan is a folly, Omar Nasser said Tuesday in Riverton, noting the dam is too old.\n"
    )
    said, noting = result.attributions
    assert (said.source.name, said.content) == ("Omar Nasser", "The plan is a folly")
    assert (noting.source.name, noting.content) == ("Omar Nasser", "the dam is too old")


def test_a_phrase_before_a_comma_is_not_between_voice_and_cue(read):
    """ "…, from both towns, farmers said": the phrase belongs to the clause before the comma."""
    result = read(
        "The new tax has hurt growers in the valley from both towns, local farmers said.\n\n"
        "Also on Friday, Haddad said the mill would stay shut until spring.\n"
    )
    first, second = result.attributions
    assert first.source.name == "local farmers"
    assert first.content == "The new tax has hurt growers in the valley from both towns"
    assert second.source.name == "Haddad"
    assert second.content == "the mill would stay shut until spring"


@pytest.mark.parametrize(
    ("sentence", "cues", "contents"),
    [
        (
            "On Monday, Lina Haddad praised the new mill and warned that the river was low.",
            ["praised", "warned"],
            ["the new mill", "that the river was low"],
        ),
        (
            "Omar Nasser backed the plan for the dam, saying it would save the farms.",
            ["backed", "saying"],
            ["the plan for the dam", "it would save the farms"],
        ),
        (
            "Council member Omar Nasser criticized the mayor but said he would stay.",
            ["criticized", "said"],
            ["the mayor", "he would stay"],
        ),
    ],
)
def test_a_voice_with_two_joined_verbs_makes_two_attributions(read, sentence, cues, contents):
    """ "X praised A and warned B", "X backed A, saying B": each verb reports for X."""
    result = read(sentence + "\n")
    assert [a.cue for a in result.attributions] == cues
    assert [a.content for a in result.attributions] == contents
    assert {a.source.name for a in result.attributions} == {
        "Lina Haddad" if "Lina" in sentence else "Omar Nasser"
    }


def test_and_before_a_noun_does_not_end_the_content(read):
    """ "… jobs and support for farmers": a bare verb form after "and" is a noun here."""
    result = read("Lina Haddad said the plan would bring jobs and support for farmers.\n")
    (att,) = result.attributions
    assert att.content == "the plan would bring jobs and support for farmers"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Lina Haddad assailed the council for closing the old bridge.", "assailed"),
        ("Omar Nasser pleaded with the governor to keep the mill open.", "pleaded"),
        ("The farmers' union portrayed the new tax as a burden on growers.", "portrayed"),
        ("Lina Haddad assured voters that the dam would be finished by June.", "assured"),
        ("Omar Nasser thanked the volunteers who rebuilt the river wall.", "thanked"),
        ("Lina Haddad bemoaned the slow pace of the bridge repairs.", "bemoaned"),
        ("Omar Nasser voiced doubts about the new toll on the river.", "voiced"),
        ("Lina Haddad mused that the mill might close before spring.", "mused"),
        ("Omar Nasser likened the new toll to a tax on bread.", "likened"),
        ("Lina Haddad speculated that the council would delay the vote.", "speculated"),
        ("Omar Nasser dubbed the bridge plan a gift to the builders.", "dubbed"),
    ],
)
def test_more_reporting_and_stance_verbs(read, sentence, cue):
    """Verbs of stance and speech beyond "say": assail, plead, portray, assure, thank, bemoan,
    voice, muse, liken, speculate, dub."""
    (att,) = read(sentence + "\n").attributions
    assert att.cue == cue
    assert sentence.startswith(att.source.name)
    assert att.content
    assert att.content in sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge was rebuilt thanks to a grant from the valley fund.",
        "It was a challenging week for the farmers of the valley.",
    ],
)
def test_thanks_to_and_challenging_are_not_cues(read, sentence):
    """ "thanks to" is a cause and "challenging" an adjective: no attribution."""
    assert read(sentence + "\n").attributions == ()


@pytest.mark.parametrize(
    ("sentence", "voice", "content"),
    [
        (
            "The new toll was sharply criticized by the Riverton Farmers Union.",
            "Riverton",
            "The new toll",
        ),
        ("The dam plan has been praised by engineers and by growers.", "engineers", "The dam plan"),
        ("The dam was praised by Omar Nasser, who said it was safe.", "Omar Nasser", "The dam"),
    ],
)
def test_passive_cue_with_by_gives_the_agent_as_voice(read, voice, sentence, content):
    """ "A was criticized by X": X holds the view, about A."""
    found = read(sentence + "\n").attributions
    (att,) = [a for a in found if f"{a.cue} by " in sentence]
    assert voice in att.source.name
    assert att.content == content


@pytest.mark.parametrize(
    "sentence",
    [
        "Lina Haddad was criticized by rivals for skipping the river towns in her tour.",
        "Omar Nasser was asked by a reporter whether the mill would close.",
        "Lina Haddad, who was backed by the union, said the toll would go.",
    ],
)
def test_passive_by_leaves_other_readings(read, sentence):
    """A reason after the agent, a question, or a relative clause: the subject is no content."""
    for att in read(sentence + "\n").attributions:
        assert att.content not in {"Lina Haddad", "Omar Nasser", "who"}


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "Yet three-quarters of the farmers said the toll was too high.",
            "three-quarters of the farmers",
        ),
        ("But 55 percent of all growers say the dam should wait.", "55 percent of all growers"),
    ],
)
def test_a_share_of_a_group_polled_is_a_voice(read, sentence, voice):
    """ "three-quarters of the farmers said …": a share of a group, in lower case, speaks."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.name == voice
    assert att.source.kind is SourceKind.ANONYMOUS


def test_a_lower_case_clause_is_still_no_voice(read):
    """ "most of the water from the dam …" before a cue word is a clause, not a share polled."""
    result = read("Most of the water from the dam will be sent down the valley, engineers said.\n")
    (att,) = result.attributions
    assert att.source.name == "engineers"


def test_a_pronoun_clause_after_the_cue_is_the_content(read):
    """ "…, where he says he can win …": what follows the cue is the claim, not a voice "he"."""
    result = read(
        "Omar Nasser said the vote was close.\n\n"
        "Nasser has spent the week in Riverton, where he says he will win if the weather holds.\n"
    )
    second = result.attributions[-1]
    assert second.cue == "says"
    assert second.source.name == "Omar Nasser"
    assert second.content == "he will win if the weather holds"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Omar Nasser, who sat on the council for years, told the Valley Times, "
            "“Of the three, I trust the mayor most.”",
            "“Of the three, I trust the mayor most.”",
        ),
        (
            "Omar Nasser, the acting chairman, told the Valley Times simply, “We lost.”",
            "“We lost.”",
        ),
    ],
)
def test_told_an_outlet_then_a_quotation(read, sentence, content):
    """ "X, …, told Y, “…”": "told" does not invert, so Y is the one told and X the voice; a
    short quotation is still content."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.name == "Omar Nasser"
    assert att.content == content


def test_an_opening_clause_before_a_joined_voice(read):
    """ "Asked about A, X shook her head and said …": X is the voice, not "Asked"."""
    result = read("Asked about the toll, Lina Haddad shook her head and said, “No.”\n")
    last = result.attributions[-1]
    assert last.source.name == "Lina Haddad"
    assert last.content == "“No.”"


@pytest.mark.parametrize(
    ("sentence", "voice", "content"),
    [
        (
            "The donor list, which the campaign says holds two million names, is a prize.",
            "the campaign",
            "holds two million names",
        ),
        ("The town is tired of what Omar Nasser called “a folly.”", "Omar Nasser", "“a folly.”"),
        (
            "He worked for a charity that prosecutors said was a front for smugglers.",
            "prosecutors",
            "was a front for smugglers",
        ),
    ],
)
def test_a_voice_inside_a_relative_clause(read, sentence, voice, content):
    """ "which X says …", "what X called …", "that X said …": X speaks, the rest is the claim."""
    found = read(sentence + "\n").attributions
    (att,) = [a for a in found if a.source.name == voice]
    assert att.content == content


def test_a_pronoun_voice_before_the_cue_takes_the_claim_after(read):
    """ "When …, he says not much, …": "he" is the voice, what follows "says" the claim."""
    result = read(
        "Omar Nasser said the mill was busy.\n\n"
        "When the harvest ends, he says not much changes for the mill workers.\n"
    )
    last = result.attributions[-1]
    assert last.source.name == "Omar Nasser"
    assert last.content == "not much changes for the mill workers"


@pytest.mark.parametrize(
    "credit",
    ["Lina Haddad asked the farmers.", "Lina Haddad asked, looking pleased."],
)
def test_a_credit_line_with_the_one_asked_or_an_aside(read, credit):
    """ "“…?” X asked the farmers." and "“…?” X asked, looking pleased.": the question is X's."""
    (att,) = read(f"“Who will pay for the new dam?” {credit}\n").attributions
    assert att.source.name == "Lina Haddad"
    assert att.content == "“Who will pay for the new dam?”"


def test_according_to_before_a_new_clause_is_not_set_off(read):
    """ "A, according to X, although …": A is the content, not the whole sentence."""
    result = read(
        "The number of towns with a dam has doubled, according to the Valley Institute, "
        "although few of the dams are new.\n"
    )
    (att,) = result.attributions
    assert att.content == "The number of towns with a dam has doubled"


def test_a_preposition_after_the_cue_belongs_to_the_cue(read):
    """ "complained about the toll": the claim is about "the toll", not "about the toll"."""
    (att,) = read("Lina Haddad complained about the new toll on the river bridge.\n").attributions
    assert att.content == "the new toll on the river bridge"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The old mill on the river is reportedly for sale.",
            "The old mill on the river is reportedly for sale",
        ),
        (
            "Last spring, the council had reportedly spent two million on the bridge.",
            "the council had reportedly spent two million on the bridge",
        ),
    ],
)
def test_reportedly_is_a_claim_of_no_one_named(read, sentence, content):
    """ "A is reportedly B": the clause is reported, by no one named."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.id == "unattributed"
    assert att.content == content


def test_reportedly_before_a_cue_leaves_the_voice(read):
    """ "X reportedly said …": X is the voice of what was said."""
    (att,) = read("Omar Nasser reportedly said that the mill was for sale.\n").attributions
    assert att.source.name == "Omar Nasser"


@pytest.mark.parametrize(
    ("sentence", "voice", "content"),
    [
        (
            "Omar Nasser, a farmer who once ran “The Valley Show,” who later worked for the "
            "mayor, said his boss was always kind.",
            "Omar Nasser",
            "his boss was always kind",
        ),
        (
            "A former council candidate -- Omar Nasser, who lost the last vote -- said the "
            "mayor offered no changes.",
            "A former council candidate",
            "the mayor offered no changes",
        ),
    ],
)
def test_a_clause_after_the_cue_is_no_inverted_voice(read, sentence, voice, content):
    """ "X, a long aside, said his boss was kind": "his boss was kind" has its own verb, so it
    is the claim, and the voice is the name opening the sentence."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.name == voice
    assert att.content == content


def test_asked_with_a_setting_before_the_question(read):
    """ "Asked during a debate in May why …, X said …": the question after the setting."""
    result = read(
        "Asked during a debate in May why he trailed among farmers, Omar Nasser said he "
        "would gain ground.\n"
    )
    question, answer = result.attributions
    assert question.content == "why he trailed among farmers"
    assert answer.source.name == "Omar Nasser"


def test_the_noun_voice_is_no_cue(read):
    """ "the voice of the farmers": a noun after an article, not the verb "voice"."""
    assert read("The voice of the farmers was loud at the fair.\n").attributions == ()


def test_nouns_of_comment_are_no_cues(read):
    """ "a comment on the toll", "with regard to": nouns, not the verbs "comment", "regard"."""
    assert read("A comment on the toll came up with regard to the bridge.\n").attributions == ()


def test_a_speech_verb_in_the_relative_clause_of_an_inverted_voice(read):
    """ "“…,” said X, who said …": X's second claim is read; a stance there is not ("…,” said a
    farmer who backs Hamdan")."""
    result = read(
        "“The mill will close in June,” said Lina Haddad, who said the workers would be paid.\n"
    )
    first, second = result.attributions
    assert first.content == "“The mill will close in June,”"
    assert second.source.name == "Lina Haddad"
    assert second.content == "the workers would be paid"
    (att,) = read("“The mill is safe,” said a farmer who backs Omar Hamdan.\n").attributions
    assert att.content == "“The mill is safe,”"


def test_a_trailing_according_to_relays_the_whole_clause(read):
    """ "X told aides that …, according to Y": Y is the voice the writer cites, and what X told
    is part of Y's account, not a second attribution."""
    result = read(
        "Omar Hamdan told aides that the mill would close, according to a guest at the meeting.\n"
    )
    (att,) = result.attributions
    assert att.cue == "according to"
    assert att.source.name == "a guest at the meeting"
    assert att.content == "Omar Hamdan told aides that the mill would close"


def test_a_noun_after_a_comma_does_not_cut_the_content(read):
    """ "X said that A, and the broad support for B, were …": "support" is a noun there, not
    the cue of a new voice, so the content runs on to the end of the clause."""
    result = read(
        "Omar Hamdan said that the old dam, and the broad support for it among farmers, were "
        "reasons to wait.\n"
    )
    (att,) = result.attributions
    assert att.content == (
        "that the old dam, and the broad support for it among farmers, were reasons to wait"
    )


def test_a_verb_after_an_aside_makes_the_words_after_the_cue_a_clause(read):
    """ "X, Y, said the member who …, Z, should …": what follows the cue is the subject of
    "should", a claim, not an inverted voice ("…, said the member")."""
    result = read(
        "The mill manager, Omar Hamdan, said the board member who replaced him, Lina Haddad, "
        "should be fired over the missing grain.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Omar Hamdan"
    assert att.content == (
        "the board member who replaced him, Lina Haddad, should be fired over the missing grain"
    )


def test_a_first_pronoun_voice_is_the_person_named_before(read):
    """With no speaker before it, "she said" stands for the person the narrative last named."""
    result = read("Lina Haddad is the mayor of Riverton.\n\n“The mill stays open,” she said.\n")
    (att,) = result.attributions
    assert att.source.name == "Lina Haddad"
    assert att.content == "“The mill stays open,”"


def test_an_aside_after_that_does_not_end_the_content(read):
    """ "X said that, during …, Y was …": the aside opens the reported clause; the content is not
    cut down to "that"."""
    result = read(
        "People close to the mill said that, during the long drought, Omar Hamdan was also "
        "selling grain abroad.\n"
    )
    (att,) = result.attributions
    assert att.content == "that, during the long drought, Omar Hamdan was also selling grain abroad"


def test_a_trailing_when_asked_is_a_question_of_its_own(read):
    """ "X said … when asked about …": the question is asked by no one named, and X's content
    ends before "when"."""
    result = read("Omar Hamdan said the dam would hold when asked about the floods in Riverton.\n")
    said, asked = result.attributions
    assert said.source.name == "Omar Hamdan"
    assert said.content == "the dam would hold"
    assert asked.cue == "asked"
    assert asked.content == "about the floods in Riverton"


def test_an_opening_in_a_poll_cites_the_poll(read):
    """ "In a … poll, …": the poll is the voice of the clause after the comma; "In an interview,
    X said …" is a setting of X's claim."""
    (att,) = read("In a new Al-Wadi poll, most farmers backed the dam plan.\n").attributions
    assert att.cue == "In"
    assert att.source.name.endswith("Al-Wadi poll")
    assert att.content == "most farmers backed the dam plan"
    (said,) = read("In an interview, Omar Hamdan said the dam would hold.\n").attributions
    assert said.source.name == "Omar Hamdan"


def test_a_markup_tag_is_no_cue(read):
    """A tag left in the page text ("<tweet …>…</tweet>") names no act of speech."""
    result = read(
        "Omar Hamdan is the mayor of Riverton.\n\n"
        '<tweet id="10" author="@hamdan" datetime="2020-05-01">The dam is safe and the river is '
        "low</tweet>.\n"
    )
    assert all(a.cue != "tweet" for a in result.attributions)


@pytest.mark.parametrize(
    "line",
    [
        "BREAKING: Omar Hamdan steps down as mayor of Riverton after the flood.",
        "Correction: An earlier version of this story misstated the height of the dam.",
        "11:40 am: The water board meets again to vote on the dam plan.",
    ],
)
def test_a_page_label_or_a_time_before_a_colon_is_no_speaker(read, line):
    """ "BREAKING: …", "Correction: …", "11:40 am: …" label a line; "Name: claim" is a speaker."""
    result = read("Omar Hamdan is the mayor of Riverton.\n\n" + line + "\n")
    assert all(a.cue != ":" for a in result.attributions)


def test_a_curly_quotation_closed_by_a_straight_mark(read):
    """ "“A," X said. "B.”": the straight marks of a line with curly ones pair as curly ones,
    so the cue between the two quotations is read, not swallowed by one long quotation."""
    result = read(
        "Omar Nasser toured the valley on Sunday.\n\n"
        '“Our roads are crumbling," he said. "Families sit in the dark all winter.”\n'
    )
    last = result.attributions[-1]
    assert last.source.name == "Omar Nasser"
    assert (
        last.content == '“Our roads are crumbling," he said. "Families sit in the dark all winter.”'
    )


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        (
            "Lina Haddad: the old mill will open again by spring.",
            "the old mill will open again by spring",
        ),
        ("Lina Haddad vows to reopen the old mill.", "to reopen the old mill"),
    ],
)
def test_a_headline_is_read_as_a_sentence(read, headline, content):
    """The line before the body reports as a sentence does: "X: claim", "X vows to …"."""
    result = read(headline + "\n\nThe river rose by a metre over the weekend.\n")
    (att,) = result.attributions
    assert att.source.name == "Lina Haddad"
    assert att.content == content


@pytest.mark.parametrize(
    ("sentence", "voice", "content"),
    [
        (
            "As reported by the Valley Times, the mill closed its gates in May.",
            "Valley Times",
            "the mill closed its gates in May",
        ),
        (
            "As first reported in the Riverton Post on Monday, the council will vote on the dam.",
            "Riverton Post",
            "the council will vote on the dam",
        ),
    ],
)
def test_a_fronted_as_reported_by_credits_the_rest(read, sentence, voice, content):
    """ "As reported by X, A": X reports A, as with "According to X, A"."""
    (att,) = read("Valley news.\n\n" + sentence + "\n").attributions
    assert att.source.name == voice
    assert att.content == content


def test_a_title_case_headline_reports_with_a_stance_verb(read):
    """ "X Praises Y" in a headline in title case: the capitalised verb is read as a cue."""
    result = read(
        "Riverton Mayor Lina Haddad Praises The New Plan For The Old Mill\n\n"
        "The river rose by a metre over the weekend.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Lina Haddad"
    assert att.content == "The New Plan For The Old Mill"


@pytest.mark.parametrize(
    ("line", "voice", "content"),
    [
        (
            "Valley Times: the mill will close by the end of the year.",
            "Valley Times",
            "the mill will close by the end of the year",
        ),
        (
            "Lina Haddad On The Dam: ‘It Will Hold For Many Years.’",
            "Lina Haddad",
            "‘It Will Hold For Many Years.’",
        ),
    ],
)
def test_a_name_colon_line_credits_a_paper_or_a_speaker_on_a_topic(read, line, voice, content):
    """ "Paper: claim" credits the paper; in "X On Y: claim" the speaker is X, Y the topic."""
    (att,) = read(line + "\n\nThe river rose by a metre.\n").attributions
    assert att.source.name == voice
    assert att.content == content


@pytest.mark.parametrize(
    "sentence",
    [
        "Haddad served on the water board for a decade.",
        "Haddad traveled to the northern valley by train.",
        "Haddad earned a degree in engineering abroad.",
    ],
)
def test_acts_of_serving_moving_and_earning_are_not_stances(read, sentence):
    """A person's act ("served", "traveled", "earned") is what they did, not what they hold."""
    result = read("Lina Haddad grew up near the mill.\n\n" + sentence + "\n")
    assert result.attributions == ()


def test_a_need_is_not_a_stance(read):
    """ "X needs N votes to win": a requirement the writer counts, not X's claim or belief."""
    result = read(
        "Omar Nasser leads the count.\n\nNasser needs forty more votes to win the seat.\n"
    )
    assert result.attributions == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The terrorist attacks in the capital shook the markets for a week.",
        "Omar Nasser spoke after a deadly attack on the northern checkpoint.",
    ],
)
def test_an_attack_of_violence_is_not_a_verbal_attack(read, sentence):
    """ "terrorist attacks", "a deadly attack": an act of violence, not a stance against someone."""
    assert read("Valley news.\n\n" + sentence + "\n").attributions == ()


def test_figure_reports_only_as_a_verb(read):
    """ "a polarizing figure" is a noun; "he figures that …" reports what he reckons."""
    result = read(
        "Omar Nasser is a polarizing figure among the party figures of the valley.\n\n"
        "Nasser figures that the mill will reopen by spring.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Omar Nasser"
    assert att.content == "that the mill will reopen by spring"


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Nasser is like his father in many ways.",
        "Much like the last race, the count went on until dawn.",
    ],
)
def test_like_after_be_or_much_is_a_comparison(read, sentence):
    """ "is like", "much like": a comparison, not a liking reported."""
    assert read("Valley news.\n\n" + sentence + "\n").attributions == ()


@pytest.mark.parametrize(
    "line",
    [
        "Editor’s Note: The following is the second part of a series on the old mill.",
        "Remember: the river flooded the lower fields twice in one decade.",
        "About 10:30 p.m., the lights went out across the whole valley.",
    ],
)
def test_a_page_label_or_a_clock_time_before_a_colon_is_no_speaker(read, line):
    """ "Editor’s Note:", "Remember:" label the page; "About 10:30" is a time, not a voice."""
    assert read("Valley news.\n\n" + line + "\n").attributions == ()


def test_whom_before_a_voice_and_a_naming_verb(read):
    """ "…, whom X called “…”": X is the voice and the quoted name the content."""
    result = read(
        "Valley news.\n\nMuch of the anger fell on the mayor, whom Omar Nasser on Wednesday "
        "called “a reckless man.”\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Omar Nasser"
    assert att.content == "“a reckless man.”"


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "Indeed, farmers in the valley say the dam has dried their wells.",
            "farmers in the valley",
        ),
        ("Still, owners of the old mills say the wells have run dry.", "owners of the old mills"),
    ],
)
def test_a_lower_case_group_with_its_place_after_an_opener(read, sentence, voice):
    """ "Indeed, farmers in the valley say …": a plural noun and its tie is a voice."""
    (att,) = read("Valley news.\n\n" + sentence + "\n").attributions
    assert att.source.name == voice


def test_a_lower_case_phrase_with_a_verb_is_no_group(read):
    """ "the rains in the valley came late" holds a verb: the voice is the traders after it."""
    (att,) = read(
        "Valley news.\n\nStill, the rains in the valley came late, and traders say the grain "
        "will be scarce.\n"
    ).attributions
    assert att.source.name == "traders"


@pytest.mark.parametrize(
    ("sentence", "voice", "content"),
    [
        ("“Water for all!” the banner read.", "the banner", "“Water for all!”"),
        (
            "“We will not move,” reads a letter from the farmers.",
            "a letter from the farmers",
            "“We will not move,”",
        ),
    ],
)
def test_a_sign_or_a_letter_reads_a_quotation(read, sentence, voice, content):
    """ "“…,” the banner read": "read" reports what a text says when a quotation is beside it."""
    (att,) = read("Valley news.\n\n" + sentence + "\n").attributions
    assert att.source.name == voice
    assert att.content == content


@pytest.mark.parametrize(
    "sentence",
    ["Omar Nasser read the report twice before the vote.", "The farmers read about the dam."],
)
def test_reading_without_a_quotation_is_no_claim(read, sentence):
    """ "Nasser read the report": reading a text reports nothing without a quotation."""
    assert read("Valley news.\n\n" + sentence + "\n").attributions == ()


def test_a_clause_of_the_writer_before_a_subject_pronoun_is_no_voice(read):
    """ "The council delayed the vote because she said …": the voice is "she", not the clause."""
    result = read(
        "Valley news.\n\nLina Haddad said the vote was close. The council delayed the vote "
        "because she said the papers were late.\n"
    )
    _, second = result.attributions
    assert second.content == "the papers were late"
    assert second.source.name == "Lina Haddad"


def test_that_and_a_noun_is_a_voice_named_before(read):
    """ "That person said …": a demonstrative and a noun is a voice, not a relative clause."""
    _, second = read(
        "Valley news.\n\nA source close to the mayor said the talks had stalled. That person "
        "said the council had hampered the plan.\n"
    ).attributions
    assert second.source.name == "That person"
    assert second.content == "the council had hampered the plan"


@pytest.mark.parametrize(
    ("sentence", "voice", "content"),
    [
        (
            "Mayor Ann Pelt has yet to say whether the bridge will reopen.",
            "Ann Pelt",
            "whether the bridge will reopen",
        ),
        (
            "The water company is likely to announce that prices will rise.",
            "The water company",
            "that prices will rise",
        ),
        (
            "The Reyes family have largely decided not to respond to the charges.",
            "The Reyes family",
            "the charges",
        ),
    ],
)
def test_a_verb_chain_before_an_infinitive_cue_is_not_in_the_voice(read, sentence, voice, content):
    """ "X has yet to say …": the voice is the subject before the chain, not "X has yet to"."""
    (att,) = read("Valley news.\n\n" + sentence + "\n").attributions
    assert att.source.name == voice
    assert att.content == content


def test_a_pronoun_before_a_verb_chain_is_the_person_named_before(read):
    """ "X walked in. He went on to say …": the first pronoun voice is X, past the chain."""
    (att,) = read(
        "Valley news.\n\nTom Reyes walked onto the stage. He went on to say that the plan was "
        "dead.\n"
    ).attributions
    assert att.source.name == "Tom Reyes"
    assert att.content == "that the plan was dead"


def test_asked_by_someone_names_the_one_who_asks(read):
    """ "Asked by X about …, Y said": the question is X's, the answer Y's."""
    asked, answer = read(
        "Valley news.\n\nAsked by Lina Haddad about the strike, Mayor Ann Pelt said the buses "
        "would run.\n"
    ).attributions
    assert (asked.source.name, asked.content) == ("Lina Haddad", "about the strike")
    assert (answer.source.name, answer.content) == ("Ann Pelt", "the buses would run")


def test_a_participle_after_an_opening_setting_takes_the_subject_after_it(read):
    """ "In X, Y reacted to Z, saying …": the participle's voice is Y, not the setting."""
    (saying,) = read(
        "Valley news.\n\nIn a statement on Monday, Mayor Ann Pelt reacted to the ruling, saying "
        "the bridge would reopen.\n"
    ).attributions
    assert saying.cue == "saying"
    assert (saying.source.name, saying.content) == ("Ann Pelt", "the bridge would reopen")


def test_a_stance_object_ends_before_the_writers_relative_clause(read):
    """ "X praised the mill, which …": the relative clause after a stance's object is the
    writer's aside; a speech verb's content keeps its own ("said the mill, which …, would")."""
    praised = read("Lina Haddad praised the new mill, which opened in May.\n")
    (att,) = praised.attributions
    assert att.content == "the new mill"
    said = read("Omar Hamdan said the mill, which opened in May, would close.\n")
    (att,) = said.attributions
    assert att.content == "the mill, which opened in May, would close"


@pytest.mark.parametrize(
    "sentence",
    [
        "While Hamdan says the dam is safe, the river keeps rising.",
        "Although Hamdan says the dam is safe, the river keeps rising.",
    ],
)
def test_a_cue_in_an_opening_subordinate_clause_ends_at_its_comma(read, sentence):
    """ "While X says A, B": A is the voice's, the main clause B the writer's; the opener is
    no first name ("While Hamdan" is Omar Hamdan)."""
    (att,) = read("Omar Hamdan spoke on Monday.\n\n" + sentence + "\n").attributions
    assert att.source.name == "Omar Hamdan"
    assert att.content == "the dam is safe"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Omar Hamdan called for a recount of the ballots.", "a recount of the ballots"),
        ("Lina Haddad referred to the flood of the old mill.", "the flood of the old mill"),
        ("Omar Hamdan voted for the new bridge toll.", "the new bridge toll"),
    ],
)
def test_a_verbs_own_preposition_is_not_content(read, sentence, content):
    """ "called for X", "referred to X", "voted for X": the preposition belongs to the cue."""
    (att,) = read(sentence + "\n").attributions
    assert att.content == content


@pytest.mark.parametrize(
    ("sentence", "voice", "content"),
    [
        (
            "Omar Hamdan's claim that the dam leaked was denied.",
            "Omar Hamdan",
            "that the dam leaked was denied",
        ),
        ("Omar Hamdan kept up his attacks on the mayor.", "Omar Hamdan", "the mayor"),
        ("The council met after Lina Haddad’s call for a recount.", "Lina Haddad", "a recount"),
        ("Omar Hamdan's refusal to testify angered the court.", "Omar Hamdan", "to testify"),
    ],
)
def test_a_noun_of_speech_after_its_holders_possessive(read, sentence, voice, content):
    """ "X's claim that …", "his attacks on Y", "X's refusal to …": the holder is the voice, the
    clause, infinitive or object after the noun is the content."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.name == voice
    assert att.content == content


@pytest.mark.parametrize(
    "sentence",
    [
        "His plan is simple.",
        "The town recovered after its attack on the valley failed.",
        "The river's flow of water slowed.",
    ],
)
def test_an_owned_noun_without_content_or_a_violent_attack_is_no_cue(read, sentence):
    """A noun cue with nothing after it, an armed attack, or a noun that is no speech gives
    no attribution."""
    assert read("Lina Haddad said the mill was old.\n\n" + sentence + "\n").attributions[1:] == ()


def test_a_line_with_its_own_clause_does_not_credit_the_quotation_before(read):
    """ "“A.” / The plan is bold, X said.": the line's clause is X's content; the quotation
    before stays with its own speaker (a credit line is a voice and a cue alone)."""
    result = read(
        "“We will build the dam before the rains,” Omar Hamdan said.\n\n"
        "“It will cost less than the old one.”\n\n"
        "The plan is bold and costly, Lina Haddad said.\n"
    )
    *_, quoted, own = result.attributions
    assert quoted.source.name == "Omar Hamdan"
    assert own.source.name == "Lina Haddad"
    assert own.content == "The plan is bold and costly"


def test_pronouns_before_any_named_voice_stand_for_the_people_named(read):
    """A pronoun cue before any named voice ("they plan to run") does not leave the next
    pronoun ("She says …") without a speaker: each stands for the person named before it."""
    result = read(
        "Campaigns differ, but rarely have the rivals - and the kind of races they plan to "
        "run - been as unlike as those of Lina Haddad and Omar Hamdan.\n\n"
        "Her speeches are careful. She says he is unfit to be mayor.\n"
    )
    (att,) = result.attributions
    assert att.source.name in {"Lina Haddad", "Omar Hamdan"}
    assert att.content == "he is unfit to be mayor"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Lina Haddad said the mill would close in June, despite the new orders.",
            "the mill would close in June",
        ),
        (
            "Omar Hamdan said the toll would pay for the bridge, which opened in 1990.",
            "the toll would pay for the bridge",
        ),
        (
            "Lina Haddad said the mill would close in June, a blow to the valley.",
            "the mill would close in June",
        ),
    ],
)
def test_a_speech_content_ends_before_a_closing_aside(read, sentence, content):
    """ "X said A, despite B" / "X said A, which B": the last comma opens the writer's aside."""
    (att,) = read(sentence + "\n").attributions
    assert att.content == content


def test_a_quotation_after_adding_goes_on_from_adding(read):
    """ "“A,” X said, adding that B. “C.”": C is what "adding" goes on to say, not more of A."""
    result = read(
        "“The wells are dry,” Hamdan said, adding that the rain came late this year. "
        "“We wait for the autumn.”\n"
    )
    said, adding = result.attributions
    assert said.content == "“The wells are dry,”"
    assert adding.cue == "adding"
    assert adding.content == "that the rain came late this year. “We wait for the autumn.”"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The farmers' union endorsed Haddad.", "endorsed", "Haddad"),
        ("Two council members openly opposed Selim.", "opposed", "Selim"),
    ],
)
def test_a_name_alone_is_a_stance_verbs_object(read, sentence, cue, content):
    """ "X endorsed Name.": a one-word object that is a name is the stance's content."""
    (att,) = read(sentence + "\n").attributions
    assert (att.cue, att.content) == (cue, content)


def test_a_lower_case_word_alone_is_no_stance_object(read):
    """ "They felt betrayed.": one lower-case word after a stance verb is no content."""
    assert read("The farmers felt betrayed.\n").attributions == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Diaz, the head of the farmers' union, said of the mayor: “He is a farmer at heart.”",
        "Omar Diaz, who was in Riverton, said in a farm weekly: “He is a farmer at heart.”",
    ],
)
def test_a_setting_after_said_opens_no_inverted_voice(read, sentence):
    """ "X, aside, said of Y: “…”": the voice is X and the content the quotation after the colon."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.name == "Omar Diaz"
    assert att.content == "“He is a farmer at heart.”"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Hamdan praised Selim, who built the mill, as a friend of the valley.",
            "Selim, who built the mill, as a friend of the valley",
        ),
        ("Hamdan endorsed Selim, a farmer from Riverton.", "Selim"),
    ],
)
def test_a_who_clause_stays_in_a_stance_object(read, sentence, content):
    """ "X praised Y, who …, as …": the "who" clause describes the object; "a …" is an aside."""
    (att,) = read(sentence + "\n").attributions
    assert att.content == content


@pytest.mark.parametrize(
    "credit",
    ["Hamdan said to a crowd of about 300.", "Hamdan said of the new bridge over the river."],
)
def test_a_credit_line_with_a_topic_credits_the_question_before(read, credit):
    """ "“Q?” X said to/of …": the line credits the question; what follows the cue is no claim."""
    (att,) = read("“Who will pay for the dam?” " + credit + "\n").attributions
    assert att.content == "“Who will pay for the dam?”"
    assert att.source.name == "Hamdan"


def test_citing_after_an_act_is_the_actors_own_reason(read):
    """ "X did Y, citing Z" with no speech verb: X gives Z as a reason (an attribution)."""
    (att,) = read("The mill owners ended the talks, citing the price of water.\n").attributions
    assert (att.cue, att.source.name) == ("citing", "The mill owners")
    assert att.content == "the price of water"


def test_citing_after_a_speech_verb_relays_a_voice(read):
    """ "X said Y, citing Z": Z is a voice further in, not a claim of its own."""
    (att,) = read("The mayor said the dam was safe, citing the engineers.\n").attributions
    assert (att.cue, att.content) == ("said", "the dam was safe")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Turnout, according to the county clerk, fell by half.",
            "Turnout, according to the county clerk, fell by half",
        ),
        ("Now, according to the county clerk, turnout fell.", "turnout fell"),
    ],
)
def test_one_word_subject_around_according_to(read, sentence, content):
    """ "A, according to X, b": one word before the phrase is a subject, unless it links back."""
    (att,) = read(sentence + "\n").attributions
    assert att.content == content


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "When asked which road mattered most, most farmers chose the river road.",
            "which road mattered most",
        ),
        ("When asked whom she backed, Ms. Haddad smiled.", "whom she backed"),
    ],
)
def test_when_asked_which_or_whom(read, sentence, question):
    """ "When asked which/whom …, …": the question is asked by no one named."""
    (asked,) = (a for a in read(sentence + "\n").attributions if a.cue == "asked")
    assert asked.content == question
    assert asked.source.id == "unattributed"


@pytest.mark.parametrize(
    "sentence",
    ["“The wells are dry,” said Will Haddad, a farmer.", "Will Haddad said the wells were dry."],
)
def test_will_opening_a_name_is_no_auxiliary(read, sentence):
    """ "said Will Haddad" / "Will Haddad said": a capitalised "Will" before a name is a name."""
    (att,) = read(sentence + "\n").attributions
    assert att.source.name == "Will Haddad"
