"""Issue 13, round 28: recall of links across articles. Digits in groups of three are one
number whichever mark groups them ("18,430,512" / "18.430.512").

Every example is made up.
"""

from __future__ import annotations

import pytest

from tracker.corroborate import Side, judge_pair, match_key
from tracker.models import Stance


def _side(n: int, text: str, stance: Stance | None = None) -> Side:
    key = match_key(f"a{n}.s1", f"a{n}", text, stance)
    return Side(key, text)


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
