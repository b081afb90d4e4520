"""A count spelled out in words read where it stands (``link.numbers._places``): what it
counts, for linking a retelling that writes the count in digits (corroborate._same_count)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import chain

from tracker.corroborate import DEFAULT, Side, candidates, count_keys, judge_pair, match_key
from tracker.link.numbers import counted, frame, percentage
from tracker.models import Stance

# Made-up reports of one ferry sinking, told in other words by two outlets.
_DIGITS = "غرق 43 راكبا على الأقل حين انقلبت عبارة خشبية قرب جزيرة نائية فجر اليوم"
_SPELLED = "انقلبت عبارة متهالكة قبالة جزيرة نائية ما أدى إلى غرق ثلاثة وأربعين راكبا على الأقل"
_RESCUED = "انقلبت عبارة متهالكة قبالة جزيرة نائية وتمكن الغواصون من إنقاذ ثلاثة وأربعين راكبا"
_CARS = "انقلبت عبارة متهالكة قبالة جزيرة نائية ما أدى إلى غرق ثلاث وأربعين سيارة على الأقل"
_OTHER = "انقلبت عبارة متهالكة قبالة جزيرة نائية ما أدى إلى غرق أربعة وثلاثين راكبا على الأقل"


def _side(n: int, text: str) -> Side:
    return Side(match_key(f"a{n}.a1", f"a{n}", text, Stance.ASSERTS), text)


def test_a_spelled_count_names_what_it_counts() -> None:
    """The words after a spelled-out count are what it counts, as after digits."""
    assert counted(_SPELLED, "43")[:1] == counted(_DIGITS, "43")[:1]
    assert "غرق" in frame(_SPELLED, "43")


def test_a_count_in_digits_and_in_words_links_a_retelling() -> None:
    """ "غرق 43 راكبا" and "غرق ثلاثة وأربعين راكبا", told in other words, are one claim."""
    found = judge_pair(_side(0, _DIGITS), _side(1, _SPELLED))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("same count 43")


def test_a_spelled_count_is_blocked_on_with_the_digits() -> None:
    """A retelling spelling the count finds the one writing it in digits as a candidate."""
    sides = [_side(0, _DIGITS), _side(1, _SPELLED)]
    assert count_keys(sides[0].key, _DIGITS) == count_keys(sides[1].key, _SPELLED)
    items = [side.key for side in sides]
    df = Counter(chain.from_iterable(item.vocabulary for item in items))
    assert 1 in candidates(items, DEFAULT, df, sides)[0]


def test_a_spelled_count_of_other_people_or_things_stays_apart() -> None:
    """The same count spelled out of the rescued, or of cars, or another count, is no link."""
    for other in (_RESCUED, _CARS, _OTHER):
        found = judge_pair(_side(0, _DIGITS), _side(1, other))
        assert found is None or found.tier != "confirmed", other


def test_a_spelled_share_counts_nothing() -> None:
    """ "خمسة عشر في المئة" is a share, as "15 في المئة" is: no count of anything."""
    assert percentage("سترفع الشركة رسوم الشحن بنسبة خمسة عشر في المئة", "15")
    assert not percentage("غرق خمسة عشر راكبا", "15")


def test_a_bar_above_every_score_merges_no_same_count() -> None:
    """With a confirm bar of 101 ("never") two retellings of one count are not merged."""
    never = replace(DEFAULT, confirm_ratio=101.0)
    found = judge_pair(_side(0, _DIGITS), _side(1, _DIGITS.replace("فجر اليوم", "")), never)
    assert found is None or found.tier != "confirmed"
