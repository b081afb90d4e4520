"""Issue 13, round 28: recall of links across articles. Digits in groups of three are one
number whichever mark groups them ("18,430,512" / "18.430.512"), and "فقد" opening a clause
before a verb is the particle "so … has", not the verb "lost" that the antonym guard reads
(across articles; within one, such a sentence goes on with another claim).

Every example is made up.
"""

from __future__ import annotations

import pytest

from tracker.corroborate import Side, judge_pair, match_key, same_claim
from tracker.models import Stance


def _side(n: int, text: str, stance: Stance | None = None) -> Side:
    key = match_key(f"a{n}.s1", f"a{n}", text, stance)
    return Side.across(key, text)


def _confirmed(first: Side, second: Side) -> bool:
    found = judge_pair(first, second)
    return found is not None and found.tier == "confirmed"


_COST = "وفي منطقة الوادي اعتمدت الأمانة ترسية مشروع تصريف مياه الأمطار بحي الساحل بتكلفة {} ريالا"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("18,430,512", ("18430512",)),
        ("18.430.512", ("18430512",)),
        ("18،430،512", ("18430512",)),
        ("18٬430٬512", ("18430512",)),
        ("9,381.01", ("9381.01",)),
        ("66.000", ("66000",)),
        ("0.125", ("0.125",)),
        ("1.5", ("1.5",)),
    ],
)
def test_digits_in_groups_of_three_are_one_number(written: str, read: tuple[str, ...]) -> None:
    """A number grouped by thousands is one number, a fraction after a zero stays a fraction."""
    assert _side(0, _COST.format(written)).key.numbers == read


def test_a_date_with_full_stops_is_no_grouped_number() -> None:
    """Groups of two digits or four are no thousands: "22.07.2015" is read as before."""
    assert _side(0, "صدر القرار في 22.07.2015").key.numbers == ("2015", "22.07")


@pytest.mark.parametrize("other", ["18.430.512", "18،430،512"])
def test_one_cost_grouped_with_another_mark_links(other: str) -> None:
    """Two outlets printing one cost, one with commas and one with full stops, say one thing."""
    assert _confirmed(_side(0, _COST.format("18,430,512")), _side(1, _COST.format(other)))


def test_two_costs_grouped_alike_stay_apart() -> None:
    """Two different costs are two claims, however they are grouped."""
    assert not _confirmed(
        _side(0, _COST.format("18,430,512")), _side(1, _COST.format("18.430.612"))
    )


_OUTPUT = "رفعت شركة الساحل للحديد إنتاجها الشهري من مصنعها الشمالي بنسبة كبيرة خلال يوليو"


@pytest.mark.parametrize(
    "opening", ["وبحسب بيان الشركة، فقد ", "فقد ", "وأضاف التقرير: فقد ", "«فقد "]
)
def test_so_has_opening_a_clause_is_no_loss(opening: str) -> None:
    """ "…، فقد رفعت الشركة …" links with "رفعت الشركة …": the particle negates nothing."""
    assert _confirmed(_side(0, opening + _OUTPUT), _side(1, _OUTPUT))


def test_a_voice_saying_so_has_links_with_an_outlets_own_sentence() -> None:
    """A quote opening with the particle and an outlet's own print of it are one text."""
    quote = _side(0, "فقد " + _OUTPUT, Stance.ASSERTS)
    assert _confirmed(quote, _side(1, "و" + _OUTPUT))


@pytest.mark.parametrize(
    "text",
    [
        "فقد الجيش السيطرة على مطار الوادي الشمالي بعد معارك عنيفة مع المسلحين",
        "وقال القائد، فقد 12 جنديا حياتهم في المعارك",
        "فقد اثنا عشر جنديا حياتهم في المعارك",
        "وكان قد فقد حياته في المعارك",
    ],
)
def test_lost_before_a_noun_or_a_count_is_kept(text: str) -> None:
    """ "فقد" before a word behind the article or a number, or inside a clause, is "lost"."""
    assert "فقد" in _side(0, text).key.vocabulary


def test_within_an_article_so_has_still_parts_two_sentences() -> None:
    """In one article a sentence opening with "فقد" goes on with another claim: kept apart."""
    first = match_key("a0.s1", "a0", _OUTPUT, None)
    second = match_key("a0.s2", "a0", "وبحسب بيان الشركة، فقد " + _OUTPUT, None)
    assert not same_claim(first, second)


def test_lost_still_parts_two_claims() -> None:
    """ "فقد الجيش السيطرة" and "بسط الجيش السيطرة" are two claims, as before."""
    lost = "فقد الجيش السيطرة على مطار الوادي الشمالي بعد معارك عنيفة مع المسلحين"
    held = "الجيش السيطرة على مطار الوادي الشمالي بعد معارك عنيفة مع المسلحين"
    assert not _confirmed(_side(0, lost), _side(1, held))
