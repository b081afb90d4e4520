"""English reporting patterns from issue 12's train-gap round (PolNeAR train errors read, dev
only measured): made-up sentences only."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(read_en):
    """English articles here (the shared fixture is in conftest)."""
    return read_en


@pytest.mark.parametrize(
    "line",
    [
        "Omar Nasser asked of the council in March, when the vote on the toll was near.",
        "Omar Nasser asked rhetorically, shaking his head at the crowd by the river.",
        "Omar Nasser asked as the farmers filed out of the hall after the long meeting.",
    ],
)
def test_a_long_credit_line_after_a_question_credits_the_question(read, line):
    """ "“…?” X asked of the council in March, when …": the question before a long credit
    line is what was asked, not the topic or setting after the cue."""
    result = read("“Who will pay for the new bridge?” " + line + "\n")
    asked = [a for a in result.attributions if a.cue == "asked"]
    assert [a.content for a in asked] == ["“Who will pay for the new bridge?”"]
    assert asked[0].source is not None
    assert asked[0].source.name == "Omar Nasser"


def test_a_long_credit_line_with_its_own_clause_keeps_it(read):
    """ "“…?” X asked the council whether …": what follows the cue is a question of its own."""
    result = read(
        "“Who will pay for the new bridge?” Omar Nasser asked the council whether the toll "
        "would rise before the harvest, as the farmers feared.\n"
    )
    asked = [a for a in result.attributions if a.cue == "asked"]
    assert len(asked) == 1
    assert "toll would rise" in asked[0].content
