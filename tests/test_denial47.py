"""A denial of one or two words links across articles only to a claim it anchors in."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, match_key
from tracker.models import Stance


def _side(item: str, text: str, stance: Stance | None = Stance.ASSERTS) -> Side:
    return Side.across(match_key(item, item.split(".")[0], text, stance), text)


def _confirmed(a: Side, b: Side) -> bool:
    found = judge_pair(a, b)
    return found is not None and found.tier == "confirmed"


#: A two-word denial ("نفى المدير وجود أي صفقة جديدة") and two unrelated claims holding its words.
_DENIAL = "وجود أي صفقة جديدة"
_CLUB = "النادي يقترب من إتمام صفقة جديدة مع لاعب وسط قبل انطلاق الموسم"
_PORT = "الشركة وقعت صفقة جديدة لتوريد الحبوب إلى الميناء الشمالي خلال الربع المقبل"


def test_short_denial_sharing_only_common_words_links_to_no_claim() -> None:
    """A denial of two common words confirms a link to no claim of another article that only
    holds those words, so it cannot contest, nor join, unrelated claims."""
    denial = _side("a.a1", _DENIAL, Stance.DENIES)
    assert not _confirmed(denial, _side("b.a1", _CLUB))
    assert not _confirmed(_side("c.a1", _PORT), denial)


def test_short_denial_links_by_a_shared_count_not_by_its_words_alone() -> None:
    """A two-word denial giving a count contests the claim of that count; one of two words
    and no count contests no claim of another article that merely holds them."""
    counted = _side("a.a1", "تسريح 300", Stance.DENIES)
    claim = _side("b.a1", "الشركة قررت تسريح 300 موظف من مصانعها بسبب تراجع المبيعات")
    assert _confirmed(counted, claim)
    bare = _side("a.a2", "تسريح العمال", Stance.DENIES)
    other = _side("c.a1", "النقابة حذرت من تسريح العمال في مصانع النسيج بسبب تراجع الطلب")
    assert not _confirmed(bare, other)


def test_short_denial_links_by_a_shared_place_not_by_its_words_alone() -> None:
    """A two-word denial naming a place contests the claim about that place; one of two
    common words contests no claim of another article that merely holds them."""
    placed = _side("a.a1", "قصف دمشق", Stance.DENIES)
    claim = _side("b.a1", "الطائرات واصلت قصف المنشآت في دمشق وريفها منذ صباح أمس")
    assert _confirmed(placed, claim)
    bare = _side("a.a2", "قصف المنشآت", Stance.DENIES)
    other = _side("c.a1", "المدفعية واصلت قصف المنشآت والمنازل في القرى الحدودية منذ أمس")
    assert not _confirmed(bare, other)
