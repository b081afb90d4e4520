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
    first = next(a for a in result.attributions if a.cue == "said")
    assert first.content == "“The dam leaks,”"


def test_a_sentence_closing_on_a_quotation_after_a_non_speech_cue_stays_apart(read_en):
    """Only a speech cue's quotation goes on: after "X backed the levy" a sentence ending in a
    quotation is not added to what was backed."""
    result = read_en(
        "Omar Nasser backed the levy in March. Its critics call it “a tax on bread.”\n"
    )
    backed = [a for a in result.attributions if a.cue == "backed"]
    assert backed
    assert "bread" not in backed[0].content
