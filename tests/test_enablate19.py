"""English rules weighed in the issue-12 ablation (a rule must hold on train, not one dev
article): made-up sentences only."""

from __future__ import annotations


def test_a_name_after_a_quotation_and_a_dash_is_not_its_voice(read_en):
    """ "“…” — Name" closing a paragraph is read as no attribution: the name after the dash
    is most often the writer signing off, not the one who said the quotation."""
    text = (
        "The harbour board met on Monday.\n\n"
        "“The ferry will run twice a day from June, and the fares will stay as they are.”"
        " — Lena Brookes\n"
    )
    found = read_en(text).attributions
    assert [a for a in found if "Brookes" in a.source.name] == []


def test_a_speaker_turn_still_credits_its_line(read_en):
    """A line opening "Name: claim" still credits the claim to the name (the headline and
    speaker-turn half of the credit rule is kept)."""
    text = "Farid Haddad: The new dam will hold through the spring floods.\n"
    found = [(a.content, a.source.name) for a in read_en(text).attributions]
    assert found == [("The new dam will hold through the spring floods", "Farid Haddad")]
