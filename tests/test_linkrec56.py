"""Counts and the bar that merges retellings of one count (corroborate._same_count).

A count spelled out in words is not read as the same count as digits: on the whole corpus that
linked "eleven killed among one side" with "11 killed among the other" (round 56, reverted).
"""

from __future__ import annotations

from dataclasses import replace

from tracker.corroborate import DEFAULT, Side, judge_pair, match_key
from tracker.models import Stance

# Made-up reports of one ferry sinking, told in other words by two outlets.
_DIGITS = "غرق 43 راكبا على الأقل حين انقلبت عبارة خشبية قرب جزيرة نائية فجر اليوم"
_RESCUED = "انقلبت عبارة متهالكة قبالة جزيرة نائية وتمكن الغواصون من إنقاذ ثلاثة وأربعين راكبا"
_CARS = "انقلبت عبارة متهالكة قبالة جزيرة نائية ما أدى إلى غرق ثلاث وأربعين سيارة على الأقل"
_OTHER = "انقلبت عبارة متهالكة قبالة جزيرة نائية ما أدى إلى غرق أربعة وثلاثين راكبا على الأقل"


def _side(n: int, text: str) -> Side:
    return Side(match_key(f"a{n}.a1", f"a{n}", text, Stance.ASSERTS), text)


def test_a_spelled_count_of_other_people_or_things_stays_apart() -> None:
    """The same count spelled out of the rescued, or of cars, or another count, is no link."""
    for other in (_RESCUED, _CARS, _OTHER):
        found = judge_pair(_side(0, _DIGITS), _side(1, other))
        assert found is None or found.tier != "confirmed", other


def test_a_bar_above_every_score_merges_no_same_count() -> None:
    """With a confirm bar of 101 ("never") two retellings of one count are not merged."""
    never = replace(DEFAULT, confirm_ratio=101.0)
    found = judge_pair(_side(0, _DIGITS), _side(1, _DIGITS.replace("فجر اليوم", "")), never)
    assert found is None or found.tier != "confirmed"


def test_one_count_of_two_sides_spelled_and_in_digits_stays_apart() -> None:
    """ "أحد عشر قتيلا في صفوف الجيش" and "11 قتيلا في صفوف المتمردين": the same count of the
    dead of two other sides is no claim told twice."""
    army = "أفادت مصادر ميدانية بسقوط أحد عشر قتيلا في صفوف الجيش خلال المعارك قرب السد"
    rebels = "أفادت مصادر ميدانية بسقوط 11 قتيلا في صفوف المتمردين خلال المعارك قرب السد"
    found = judge_pair(_side(0, army), _side(1, rebels))
    assert found is None or found.tier != "confirmed"
