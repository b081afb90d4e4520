"""Issue 13, round 45: false corroborations read claim by claim over the whole corpus.

Each test pins one general cause of linking that made a claim corroborated when its
statements stand on one origin, or are not one claim. Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report, _shared_status

from tracker.link.reuse import printed_alike
from tracker.models import Status

#: One sentence two desks both print from one dispatch, each with a first word of its own.
_MESSAGE = (
    " في رسالة مسجلة بثها أنصاره مساء الأحد على مواقع التواصل أن أسرة الرئيس الراحل لن"
    " تبايع أحدا قبل انعقاد المجلس."
)


def test_unnamed_sources_of_a_paper_printing_runs_of_a_dispatch_are_its_voice(
    tmp_path: Path,
) -> None:
    """A paper that keeps a long run of another article's words, and credits "مصدر مطلع"
    with what that article has a channel say, in other words, reworded that dispatch: one
    origin, the channel, not the channel and the paper."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "وأفادت قناة الساحل الفضائية بأن الأمين العام للحزب سالم الفارس طلب عقد اجتماع"
            " عاجل لقادة الحزب في العاصمة لبحث اختيار رئيس جديد خلفا للرئيس الراحل."
            " وأضاف الفارس" + _MESSAGE,
        ),
        _record(
            "okaz",
            "وذكر مصدر مطلع أن سالم الفارس الأمين العام للحزب دعا إلى اجتماع عاجل لقادة"
            " الحزب بالعاصمة للنظر في اختيار رئيس جديد يخلف الرئيس الراحل. وقال الفارس" + _MESSAGE,
        ),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 2 and "اجتماع" in c.text]
    assert len(claims) == 1
    assert claims[0].status is Status.SINGLE_SOURCED
    assert "rewords a dispatch" in claims[0].explanation


def test_two_papers_sources_with_no_run_of_words_alike_stay_two(tmp_path: Path) -> None:
    """Two papers whose unnamed sources say one thing, each article worded on its own (no
    long run of words alike), are two origins."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "وأفادت قناة الساحل الفضائية بأن الأمين العام للحزب سالم الفارس طلب عقد اجتماع"
            " عاجل لقادة الحزب في العاصمة لبحث اختيار رئيس جديد خلفا للرئيس الراحل.",
        ),
        _record(
            "okaz",
            "وذكر مصدر مطلع أن سالم الفارس الأمين العام للحزب دعا إلى اجتماع عاجل لقادة"
            " الحزب بالعاصمة للنظر في اختيار رئيس جديد يخلف الرئيس الراحل.",
        ),
    )
    assert _shared_status(report) is Status.CORROBORATED


def test_a_name_and_office_printed_alike_is_no_run_of_a_dispatch() -> None:
    """A minister's name and office, or a body's full name, both reporters print alike: too
    short a run to show one took the other's dispatch."""
    assert not printed_alike(
        "قال وزير الخارجية الأمريكي جون ميلر ونظيره الروسي سيرغي بتروف إنهما اتفقا",
        "التقى وزير الخارجية الأمريكي جون ميلر ونظيره الروسي سيرغي بتروف أمس",
    )


def _article_claims(tmp_path: Path, content: str) -> list[tuple[int, Status]]:
    """(statements, status) of each claim of one made-up article stated more than once."""
    report = _report(tmp_path, _record("alriyadh", content))
    return [
        (len(c.attributions) + len(c.statements), c.status)
        for c in report.results[0].claims
        if len(c.attributions) + len(c.statements) > 1
    ]


def test_two_officials_judging_one_decision_by_its_long_title_are_two_claims(
    tmp_path: Path,
) -> None:
    """Two officials of one article each saying his own thing of one decision, named both
    times by its long title, share words through the title alone: two judgments, not one
    claim corroborated."""
    claims = _article_claims(
        tmp_path,
        "أشاد عدد من المختصين بقرار معالي وزير السياحة والتراث بتشكيل لجنة عليا لتطوير"
        " المهرجانات الصيفية في منطقة الساحل. وأوضح المهندس سالم بن علي الفارس المدير"
        " التنفيذي لبرنامج الوادي للسياحة أن قرار معالي وزير السياحة والتراث بتشكيل لجنة"
        " عليا لتطوير المهرجانات الصيفية في منطقة الساحل يعد نقلة نوعية تتيح للقطاع الخاص"
        " المشاركة في صناعة الترفيه. وبين خالد بن سعد العمري رئيس اللجنة الوطنية"
        " للمهرجانات بمجلس الغرف أن قرار معالي وزير السياحة والتراث بتشكيل لجنة عليا"
        " لتطوير المهرجانات الصيفية في منطقة الساحل يأتي ضمن رؤية البرنامج الوطني"
        " وإنجازاته.",
    )
    assert Status.CORROBORATED not in {status for _, status in claims}


def test_two_officials_saying_one_sentence_one_at_more_length_stay_one_claim(
    tmp_path: Path,
) -> None:
    """Two officials of one article saying one thing, one adding a detail after it, or
    telling its parts at more length, are one claim corroborated."""
    assert _article_claims(
        tmp_path,
        "وقال وزير النقل سامي بن خالد الحداد إن الجسر الجديد سيفتح غدا أمام حركة الشاحنات"
        " القادمة من الشمال. وأكد مدير إدارة الطرق خالد بن سعد العمري أن الجسر الجديد سيفتح"
        " غدا أمام حركة الشاحنات القادمة من الشمال بعد اكتمال أعمال الصيانة في مساراته.",
    ) == [(2, Status.CORROBORATED)]


def test_a_short_comment_after_one_statement_keeps_it_one_claim(tmp_path: Path) -> None:
    """A company and its chairman saying one thing, each with a comment of a few words after
    it ("وهو ما تحتاجه البلاد حاليا"), say one claim: the comment is no claim of its own."""
    claims = _article_claims(
        tmp_path,
        "أكدت شركة موانئ الساحل العالمية أن افتتاح الميناء الجديد في مدينة الساحل سيدعم"
        " نمو اقتصاد منطقة الوادي الشمالية ويرفع عدد السفن القادمة إليه. وأكد رئيس شركة"
        " موانئ الساحل العالمية سالم بن علي الفارس أن افتتاح الميناء الجديد في مدينة"
        " الساحل سيدعم نمو اقتصاد منطقة الوادي الشمالية، وهو ما تحتاجه البلاد حاليا.",
    )
    assert [n for n, _ in claims] == [2]


def test_two_denials_of_one_report_in_other_words_stay_one_claim(tmp_path: Path) -> None:
    """A father and an uncle each denying one rumour, each adding words of his own, deny one
    claim: the report a denial names is its claim, not a subject it says another thing of."""
    claims = _article_claims(
        tmp_path,
        "ونفى سالم بن علي الفارس والد الطالب ما تردد عن قيام ابنه بتعديل رغبات القبول في"
        " الجامعة بسبب رفضه عمل شقيقته ممرضة في المستشفى العام. ونفى خالد بن سعد العمري"
        " خال الطالب ما تردد عن قيام ابن شقيقته بتعديل رغبات القبول في الجامعة لأن العائلة"
        " كلها تفخر بعمل ابنتها في التمريض منذ سنوات.",
    )
    assert [n for n, _ in claims] == [2]
