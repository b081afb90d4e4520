"""Cross-article link recall: one figure written two ways still links."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.numbers import written_numbers
from tracker.models import Stance
from tracker.text import fold

#: Made-up: one figure of a port's traffic, its fraction after a comma in one print.
_COMMA = "بلغ عدد الحاويات المناولة في ميناء الساحل خلال العام 4,7 ملايين حاوية"
_POINT = "بلغ عدد الحاويات المناولة في ميناء الساحل خلال العام 4.7 مليون حاوية"
_OTHER = "بلغ عدد الحاويات المناولة في ميناء الساحل خلال العام 4.8 مليون حاوية"


def _own(n: int, text: str) -> Side:
    return Side.across(match_key(f"a{n}.a1", f"a{n}", text, Stance.ASSERTS), text)


def test_fraction_after_a_comma_is_the_same_number() -> None:
    """ "4,7" and "4.7" are one figure: two prints of it are one claim."""
    assert written_numbers(fold(_COMMA)) == ["4.7"]
    found = judge_pair(_own(0, _COMMA), _own(1, _POINT))
    assert found is not None
    assert found.tier == "confirmed"


def test_fraction_after_a_comma_still_guards() -> None:
    """ "4,7" and "4.8" are two figures: never one claim."""
    found = judge_pair(_own(0, _COMMA), _own(1, _OTHER))
    assert found is None or found.tier != "confirmed"
