"""False corroborations of the whole corpus, round two: two clubs' different notices that
share only the call hung on each after a participle ("…، داعيا …") are two claims; a body's
own act told by one of its voices and retold by another is one origin. Every example is made
up."""

from __future__ import annotations

from pathlib import Path

from test_bg46 import _side
from test_link20 import _record, _report, _shared_status

from tracker.corroborate import judge_pair
from tracker.link.background import main_part
from tracker.link.independence import own_body_told
from tracker.models import Source, SourceKind, Status

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


def test_a_body_act_told_by_its_unit_head_and_retold_by_a_coordinator_is_one_origin(
    tmp_path: Path,
) -> None:
    """A municipality's unit head tells its course; a committee's coordinator in another paper
    tells it as "الأمانة أقامت …", the body's own act: one origin. A man of no such body
    telling the same of his own institute stays a second origin."""
    head = _record(
        "alyaum",
        "وأوضح مدير وحدة التدريب بأمانة محافظة الوادي سالم بن علي الفارس أن الدورة التي تستمر"
        " خمسة أيام تشمل شرحا نظريا وتطبيقا عمليا على تسجيل طلبات الرخص التجارية بإشراف خبراء"
        " من الإدارة العامة للرخص.",
    )
    coordinator = _record(
        "okaz",
        "وأشار خالد العمري منسق لجنة الرخص المحلية إلى أن الأمانة أقامت دورة من خمسة أيام جمعت"
        " بين الشرح النظري والتطبيق العملي لتسجيل طلبات الرخص التجارية تحت إشراف خبراء الإدارة"
        " العامة للرخص.",
    )
    assert _shared_status(_report(tmp_path, head, coordinator)) is Status.SINGLE_SOURCED
    trainer = _record(
        "okaz",
        "وأشار خالد العمري مدير معهد الساحل للتدريب إلى أن المعهد شارك في تقديم دورة من خمسة"
        " أيام جمعت بين الشرح النظري والتطبيق العملي لتسجيل طلبات الرخص التجارية تحت إشراف"
        " خبراء الإدارة العامة للرخص.",
    )
    assert _shared_status(_report(tmp_path, head, trainer)) is Status.CORROBORATED


def test_a_side_act_told_by_its_sources_and_by_its_commander_is_one_origin(
    tmp_path: Path,
) -> None:
    """Sources in an armed side say it let 40 fishermen go; a commander in another paper says
    "الكتائب أفرجت عن …": the side's own act told twice, one origin."""
    sources = _record(
        "aawsat",
        "وعلمت الصحيفة من مصادر في الكتائب الأهلية أن 40 صيادا احتجزوا خلال اشتباكات الميناء"
        " أفرج عنهم مساء الثلاثاء بعد وساطة من شيوخ القبائل.",
    )
    commander = _record(
        "alwatan",
        "وقال قائد القطاع الساحلي العقيد سالم الفارس إن الكتائب أفرجت عن 40 صيادا احتجزوا خلال"
        " اشتباكات الميناء بعد وساطة من شيوخ القبائل.",
    )
    assert _shared_status(_report(tmp_path, sources, commander)) is Status.SINGLE_SOURCED


def test_a_document_names_no_body_a_content_opens_with() -> None:
    # A firm's words opening with "التقديرات" beside a voice that is the estimates themselves
    # (a document): the firm tells no act of a body the document speaks from.
    said = "التقديرات المبدئية تشير إلى احتياطيات تصل إلى 12 مليار متر مكعب في حقل الهضبة"
    estimates = Source(id="v-1", name="التقديرات الأولية", kind=SourceKind.DOCUMENT)
    assert not own_body_told(said, estimates)
    team = Source(id="v-2", name="مدير فريق التقديرات بالهيئة", kind=SourceKind.OFFICIAL)
    assert own_body_told("الهيئة أعلنت " + said, team)
