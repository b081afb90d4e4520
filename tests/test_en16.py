"""English reporting patterns from issue 12's generalisation round (PolNeAR train errors read by
pattern, dev only measured): made-up sentences only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "paragraph",
    [
        "Still, the toll is “far too high,” Omar Nasser said from the market. “Farmers will go "
        "broke. They cannot pay it.”",
        "Still, the toll is ''far too high,'' Omar Nasser said from the market. ''Farmers will go "
        "broke. They cannot pay it.''",
        'Omar Nasser said the toll was "far too high." "Farmers will go broke. '
        'They cannot pay it."',
    ],
)
def test_a_quotation_after_a_content_ending_in_quotes_goes_on_with_it(read_en, paragraph):
    """ "The toll is “far too high,” X said. “Farmers …”": a quoted sentence after a content that
    ends on a quotation, in the same paragraph, is more of the same voice's words."""
    (found,) = read_en(paragraph + "\n").attributions
    assert found.source is not None
    assert found.source.name == "Omar Nasser"
    assert found.content.startswith(("Still, the toll", "the toll"))
    assert found.content.rstrip("”'\"").endswith("They cannot pay it.")


def test_a_paraphrase_without_quotation_marks_does_not_take_the_next_quotation(read_en):
    """ "X said the toll was too high. “…”": with no quotation closing the content the rule above
    does not apply (the quoted sentence is read as before, on its own)."""
    result = read_en(
        "Omar Nasser said the toll was too high.\n\n“Farmers will go broke,” Lina Haddad said.\n"
    )
    said = [a for a in result.attributions if a.cue == "said"]
    assert [a.content for a in said] == ["the toll was too high", "“Farmers will go broke,”"]


def test_a_lead_in_then_a_closing_quotation_goes_on_with_the_quotation_before(read_en):
    """ "“…,” said X, a farmer. Unless it is mended soon, “…”": a sentence with no cue of its own
    that ends in a quotation continues the quotation credited just before it."""
    (found,) = read_en(
        "“The dam leaks,” said Omar Nasser, a farmer who lives below it. Unless it is mended "
        "soon, “the fields will flood by spring.”\n"
    ).attributions
    assert found.content.startswith("“The dam leaks,”")
    assert found.content.endswith("“the fields will flood by spring.”")


def test_a_quotation_in_a_new_paragraph_is_not_glued_to_the_last_one(read_en):
    """The continuation stops at a paragraph break: a new paragraph's lead-in and quotation are
    not added to the quotation before it."""
    result = read_en(
        "“The dam leaks,” said Omar Nasser, a farmer who lives below it.\n\n"
        "Unless it is mended soon, the report warned, “the fields will flood by spring.”\n"
    )
    assert [a.content for a in result.attributions if a.cue == "said"][:1] == ["“The dam leaks,”"]


def test_a_sentence_closing_on_a_quotation_after_a_non_speech_cue_stays_apart(read_en):
    """Only a speech cue's quotation goes on: after "X backed the levy" a sentence ending in a
    quotation is not added to what was backed."""
    result = read_en(
        "Omar Nasser backed the levy in March. Its critics call it “a tax on bread.”\n"
    )
    backed = [a for a in result.attributions if a.cue == "backed"]
    assert backed
    assert "bread" not in backed[0].content


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "The old mill passed to a Riverton firm in 1998, according to the county's land "
            "records.",
            "the county's land records",
        ),
        (
            "On Sunday the mayor trailed in the hill wards but led by the river, according to "
            "early and partial returns.",
            "early and partial returns",
        ),
        (
            "Farmers spent nine hours a week at the market, according to recent data from the "
            "farm board.",
            "recent data from the farm board",
        ),
    ],
)
def test_according_to_a_record_credits_the_record(read_en, sentence, voice):
    """ "…, according to the county's land records.": a lower-case record or count is the voice
    of "according to", read as a document (no person's own account)."""
    (found,) = read_en(sentence + "\n").attributions
    assert found.cue == "according to"
    assert found.source is not None
    assert found.source.name.lower() == voice.lower()
    assert found.source.kind == "document"
    assert found.content == sentence.split(", according to")[0]


def test_according_to_a_lower_case_clause_is_no_record(read_en):
    """A lower-case phrase with a verb after "according to" is no record: nothing is credited."""
    result = read_en("The toll rose, according to what the farmers were told by the board.\n")
    assert not [a for a in result.attributions if a.cue == "according to"]


def test_a_credit_line_with_the_writers_clause_credits_the_cry_before_it(read_en):
    """ "“…!” X said as she opened the fair.": the clause after "as" is the writer's scene, the
    cry before the credit line is what was said."""
    (found,) = read_en(
        "“We will keep the mill open for all of you!” Mayor Lina Haddad said as she opened the "
        "fair.\n"
    ).attributions
    assert found.content == "“We will keep the mill open for all of you!”"
    assert found.source is not None
    assert found.source.name == "Lina Haddad"


def test_a_credit_line_whose_clause_says_something_keeps_it(read_en):
    """ "… asked as she opened the fair that …": a complementizer shows a content of its own."""
    result = read_en(
        "“Will it stay open?” Mayor Lina Haddad asked as she opened the fair that the mill close "
        "for good.\n"
    )
    ends = [a.content.endswith("that the mill close for good") for a in result.attributions]
    assert ends == [True]


@pytest.mark.parametrize("opener", ["However", "Still", "Instead"])
def test_a_participle_after_a_linking_word_and_a_pronoun_has_its_voice(read_en, opener):
    """ "However, he went easy on the judge, calling him …": the linking word and its comma
    open the sentence, the pronoun after them is the participle's voice (the last speaker)."""
    result = read_en(
        f"Omar Nasser said the clerk is a liar. {opener}, he went easy on the judge, calling "
        "him “a fair man.”\n"
    )
    calling = [a for a in result.attributions if a.cue == "calling"]
    assert [a.content for a in calling] == ["him “a fair man.”"]
    assert calling[0].source is not None
    assert calling[0].source.name == "Omar Nasser"


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        pytest.param(
            "Omar Nasser said the toll was “far too high.” By noon a sign on the old bridge bore "
            "the words “the bread tax.”",
            "the toll was “far too high.”",
            id="a paraphrase ending in quotes takes no cue-less sentence after it",
        ),
        pytest.param(
            "“Even the mayor's files were opened by outsiders,” the council report said, "
            "referring to the old mayor, Lina Haddad.",
            "“Even the mayor's files were opened by outsiders,”",
            id="a report noun before the cue does not block the quotation",
        ),
    ],
)
def test_said_keeps_to_its_own_words(read_en, paragraph, content):
    """After a paraphrase ending in a quotation, a sentence with no cue that ends in quotes is
    not glued to it (the writer may be speaking); in "“…,” the council report said, referring
    to …" the noun "report" is no cue crediting the quotation first."""
    result = read_en(paragraph + "\n")
    assert [a.content for a in result.attributions if a.cue == "said"] == [content]


def test_a_prepositional_aside_after_the_setting_leaves_the_content_before(read_en):
    """ "…, X declared in an interview on Monday, in the latest round of …": the aside after the
    setting is the writer's; the content is before the cue."""
    (found,) = read_en(
        'The new toll would "ruin every small farm in the valley," Lina Haddad declared in an '
        "interview on Monday, in the latest round of a long feud over the bridge.\n"
    ).attributions
    assert found.content.startswith("The new toll would")
    assert "feud" not in found.content


@pytest.mark.parametrize(
    ("line", "cue"), [("tweeted, quoting", "tweeted"), ("posted, citing", "posted")]
)
def test_a_credit_line_that_posts_credits_its_poster(read_en, line, cue):
    """ "“…!” X tweeted, quoting the engineer's report.": the posting verb credits the cry
    before the line; "report" further on is neither the cue nor part of the voice."""
    verb, participle = line.split(", ")
    (found,) = read_en(
        "“The dam is old and the council knows it. Not safe!” Omar Nasser "
        f"{verb}, {participle} the engineer’s report.\n"
    ).attributions
    assert found.cue == cue
    assert found.source is not None
    assert found.source.name == "Omar Nasser"
    assert found.content == "“The dam is old and the council knows it. Not safe!”"


def test_a_second_speech_cue_after_a_credited_quotation_has_its_own_content(read_en):
    """ "“…,” X said on the radio, but he said …": the first cue credits the opening
    quotation, the second has the clause after it."""
    result = read_en(
        "Omar Nasser spoke on Monday. “Old bridges are one thing,” Nasser said on the radio, but "
        "he said the questions now concern floods from forty years ago.\n"
    )
    said = [a for a in result.attributions if a.cue == "said"]
    assert [a.content for a in said] == [
        "“Old bridges are one thing,”",
        "the questions now concern floods from forty years ago",
    ]


def test_a_quoted_show_title_in_the_setting_leaves_the_content_before(read_en):
    """ "…, X said Wednesday on WXYZ's “Morning Farm Hour.”": a quoted title of capitalised
    words is part of the setting, not a content after the cue."""
    (found,) = read_en(
        "The old mill was up for sale, Omar Nasser said Wednesday on WXYZ’s “Morning Farm Hour.”\n"
    ).attributions
    assert found.content == "The old mill was up for sale"


def test_a_quoted_claim_after_the_cue_is_no_title(read_en):
    """A quotation in lower case after the cue is a claim, not a title: it stays the content."""
    (found,) = read_en(
        "Omar Nasser said on Wednesday the old mill was “a total failure.”\n"
    ).attributions
    assert "a total failure" in found.content


def test_a_content_ending_in_quotes_before_the_voice_and_a_participle(read_en):
    """ "The mayor will play the “farm card,” X said, adding that …": the comma inside the
    closing quotation sets the voice off; the content is before it, the participle its own."""
    result = read_en(
        "The mayor will play the “farm card,” Omar Nasser said, adding that voters should "
        "judge her record.\n"
    )
    by_cue = {a.cue: a.content for a in result.attributions}
    assert by_cue["said"] == "The mayor will play the “farm card,”"
    assert by_cue["adding"] == "that voters should judge her record"
