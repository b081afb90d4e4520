"""English content boundaries from issue 12 (PolNeAR train half A read by pattern, half B and dev
only measured): made-up sentences only."""

from __future__ import annotations

import pytest


def _contents(read_en, text: str, cue: str) -> list[str]:
    return [a.content for a in read_en(text + "\n").attributions if a.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Omar Nasser called for a boycott of the fair, and the growers union quickly followed.",
            "called",
            "a boycott of the fair",
        ),
        (
            "Two councillors endorsed the plan, and the mayor signed it on Friday.",
            "endorsed",
            "the plan",
        ),
        (
            "Lina Haddad criticized the new tolls, and several drivers have since stopped using "
            "the road.",
            "criticized",
            "the new tolls",
        ),
    ],
)
def test_a_stance_object_ends_before_the_writers_next_clause_after_and(read_en, text, cue, content):
    """ "X endorsed the plan, and the mayor signed it": the clause after ", and" with its own
    subject and verb is the writer's, not what X endorsed."""
    assert _contents(read_en, text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Omar Nasser praised the pumps, the wells, and the new canal.",
            "the pumps, the wells, and the new canal",
        ),
        (
            "Omar Nasser urged the council to wait, and to plant the seed later.",
            "the council to wait, and to plant the seed later",
        ),
    ],
)
def test_a_list_or_coordinated_complement_after_and_stays_in_the_object(read_en, text, content):
    """A list ("the pumps, the wells, and the canal") has no verb of its own, and a second
    complement ("to wait, and to plant …") coordinates with the first: both stay whole."""
    assert _contents(read_en, text, text.split()[2]) == [content]


def test_a_speech_content_keeps_its_and_clause(read_en):
    """ "X said the pumps failed, and the growers lost their crop": a speech verb's clause runs
    on past ", and" (the voice said both)."""
    found = _contents(
        read_en, "Omar Nasser said the pumps failed, and the growers lost their crop.", "said"
    )
    assert found == ["the pumps failed, and the growers lost their crop"]


def test_a_closing_who_clause_is_the_writers_aside_to_a_stance_object(read_en):
    """ "X thanked Selim, who built the mill": a "who" clause closing the object describes the
    one thanked for the reader; it is not part of what was thanked."""
    found = _contents(read_en, "Omar Nasser thanked Fadi Selim, who built the old mill.", "thanked")
    assert found == ["Fadi Selim"]


def test_a_who_clause_inside_a_stance_object_stays(read_en):
    """ "X praised Selim, who built the mill, as a friend": the object runs past the relative
    clause, so the clause stays in it."""
    found = _contents(
        read_en,
        "Omar Nasser praised Fadi Selim, who built the old mill, as a friend of the valley.",
        "praised",
    )
    assert found == ["Fadi Selim, who built the old mill, as a friend of the valley"]


def test_two_figures_joined_by_while_are_one_finding(read_en):
    """ "The survey showed 40 percent would pay, while 35 percent would leave": the "while" half
    with a figure of its own stays in what the survey showed."""
    found = _contents(
        read_en,
        "The valley survey showed that 40 percent of growers would pay the toll, while 35 percent "
        "would leave the valley.",
        "showed",
    )
    assert found == [
        "that 40 percent of growers would pay the toll, while 35 percent would leave the valley"
    ]


def test_a_while_clause_without_a_figure_is_still_cut(read_en):
    """ "X backed the toll, while others doubted it": with no figure on both sides the "while"
    clause is the writer's contrast, as before."""
    found = _contents(
        read_en, "Omar Nasser backed the new toll, while other growers doubted it.", "backed"
    )
    assert found == ["the new toll"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Omar Nasser praised the new pumps — and the council ordered six more a week later.",
            "praised",
            "the new pumps",
        ),
        (
            "Lina Haddad urged the board to delay the toll — requiring growers to pay only half "
            "this year.",
            "urged",
            "the board to delay the toll",
        ),
    ],
)
def test_a_single_dash_opening_the_writers_next_clause_ends_a_stance_object(
    read_en, text, cue, content
):
    """ "X praised the pumps — and the council ordered more": a dash then a new clause (a
    subject, or the voice's next act in -ing) ends what X praised."""
    assert _contents(read_en, text, cue)[:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lina Haddad urged the board to delay the toll — from May to June — for every grower.",
            "the board to delay the toll — from May to June — for every grower",
        ),
        (
            "Omar Nasser urged the board to delay the toll — and more.",
            "the board to delay the toll — and more",
        ),
    ],
)
def test_a_dash_that_goes_on_with_the_object_stays(read_en, text, content):
    """A pair of dashes around an aside, or a dash before more of the same object, leaves the
    object whole."""
    assert _contents(read_en, text, "urged") == [content]
