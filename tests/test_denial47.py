"""A denial of one or two words links across articles only to a claim it anchors in."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, kept_apart, match_key
from tracker.models import Stance


def _side(item: str, text: str, stance: Stance | None = Stance.ASSERTS) -> Side:
    return Side.across(match_key(item, item.split(".")[0], text, stance), text)


def _confirmed(a: Side, b: Side) -> bool:
    found = judge_pair(a, b)
    return found is not None and found.tier == "confirmed"


#: A two-word denial ("نفى المدرب وجود أي عرض جديد") and two unrelated claims holding its words.
_DENIAL = "وجود أي عرض جديد"
_CLUB = "اللاعب تلقى عرض جديد من ناد في الدرجة الأولى قبل بداية الموسم"
_PORT = "المصنع قدم عرض جديد للعمال يرفع أجورهم خلال الربع المقبل من العام"


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


def test_short_denial_joins_one_claim_never_two_unrelated() -> None:
    """A short denial linked to two claims of other articles that nothing else joins keeps
    neither link; linked to one claim, printed in two articles, it keeps both."""
    texts = {
        "a.a1": ("أنه تقدم لوظيفة المشرف الفني", Stance.DENIES),
        "b.a1": ("المهندس تقدم لوظيفة المشرف الفني في البلدية قبل شهرين", Stance.ASSERTS),
        "c.s1": ("يشترط فيمن تقدم لوظيفة المشرف الفني خبرة خمس سنوات", None),
        "d.a1": ("المهندس تقدم لوظيفة المشرف الفني في البلدية قبل شهرين", Stance.ASSERTS),
    }
    sides = {i: Side(match_key(i, i[0], t, s), t) for i, (t, s) in texts.items()}
    claim_of = {i: f"{i[0]}.c1" for i in texts}
    bridge = [("a.a1", "b.a1", 100.0, "x"), ("a.a1", "c.s1", 100.0, "x")]
    assert kept_apart(bridge, claim_of, sides) == []
    one = [("a.a1", "b.a1", 100.0, "x"), ("a.a1", "d.a1", 100.0, "x"), ("b.a1", "d.a1", 100.0, "x")]
    assert kept_apart(one, claim_of, sides) == one
