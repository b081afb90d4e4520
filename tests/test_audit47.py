"""False corroborations of the whole corpus, round two: two clubs' different notices that
share only the call hung on each after a participle ("…، داعيا …") are two claims. Every
example is made up."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.background import main_part


def _side(item: str, text: str) -> Side:
    return Side.across(match_key(item, item.split(".")[0], text, None), text)


# One club's notice: what a runner must bring, then a call to register on a site.
BRING = (
    "ضرورة إحضار المتسابق شهادة طبية حديثة وصورة الهوية، داعيا جميع الراغبين في المشاركة إلى"
    " تعبئة نموذج التسجيل في سباق الضاحية عبر الموقع الإلكتروني لنادي الساحل قبل نهاية الأسبوع"
)
# Another club's notice: its own fitness tests, then the same call.
INTERVIEWS = (
    "اختبارات اللياقة تبدأ السبت المقبل في ملعب النادي الشرقي، داعيا جميع الراغبين في المشاركة"
    " إلى تعبئة نموذج التسجيل في سباق الضاحية عبر الموقع الإلكتروني لنادي الساحل قبل نهاية"
    " الأسبوع"
)
# A paper's rewording of the first club's notice, the call kept.
BRING_AGAIN = (
    "ضرورة أن يحضر المتسابق شهادة طبية حديثة، داعيا الراغبين في المشاركة إلى تعبئة نموذج"
    " التسجيل عبر الموقع الإلكتروني لنادي الساحل"
)
# The call alone, printed as its own sentence.
CALL = (
    "داعيا جميع الراغبين في المشاركة إلى تعبئة نموذج التسجيل في سباق الضاحية عبر الموقع"
    " الإلكتروني لنادي الساحل قبل نهاية الأسبوع"
)


def test_main_part_ends_at_a_participle_of_saying() -> None:
    """A participle of saying or calling after a mark opens a second statement to the end."""
    main = main_part(BRING)
    assert main is not None
    assert "شهاده" in main
    assert "نموذج" not in main
    # Within a clause, in its accusative form, it opens one too; its feminine may be an
    # adjective ("أنباء غير مؤكدة"), and at the statement's start it is the statement itself.
    inside = main_part("اختبارات اللياقة تبدأ السبت في ملعب النادي داعيا الراغبين إلى التسجيل")
    assert inside is not None
    assert "الراغبين" not in inside
    assert main_part("تحدثت أنباء غير مؤكدة عن نقل السباق إلى ملعب النادي الشرقي") is None
    assert main_part(CALL) is None


def test_two_notices_sharing_only_their_call_are_not_linked() -> None:
    """Two clubs' different notices with one call after each are two claims; a rewording of
    one notice, and its call printed alone, still join it."""
    found = judge_pair(_side("a1.a1", INTERVIEWS), _side("a2.a1", BRING))
    assert found is None or found.tier != "confirmed"
    # A rewording of one notice, and the call printed alone, still join it.
    again = judge_pair(_side("a1.a1", BRING), _side("a2.a1", BRING_AGAIN))
    assert again is not None
    assert again.tier == "confirmed"
    call = judge_pair(_side("a1.a1", BRING), _side("a2.s1", CALL))
    assert call is not None
    assert call.tier == "confirmed"
