"""Issue 13, round 46: false corroborations read claim by claim over the whole corpus.

Each test pins one general cause that made a claim corroborated when its statements stand
on one origin, or are not one claim. Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

from test_indep45a import _article_claims
from test_link20 import _record, _report

from tracker.models import Status


def test_a_body_joined_to_the_press_in_one_voice_is_no_second_origin(tmp_path: Path) -> None:
    """ "كشفت الشرطة وصحف محلية أن …" is two voices told as one, no one can say which said
    what: beside a named man saying the same, it is no second origin (the police's named
    spokesman is)."""
    claims = _article_claims(
        tmp_path,
        "كشفت الشرطة وصحف محلية أن الحريق اندلع في مستودع الأخشاب بسبب تماس كهربائي في لوحة"
        " التوزيع الرئيسية. وقال خالد العمري مدير شركة الساحل للتأمين إن الحريق اندلع في"
        " مستودع الأخشاب بسبب تماس كهربائي في لوحة التوزيع.",
    )
    assert claims == [(2, Status.SINGLE_SOURCED)]
    alone = _article_claims(
        tmp_path,
        "وقال سامي بن خالد الحداد المتحدث باسم شرطة منطقة الوادي إن الحريق اندلع في مستودع"
        " الأخشاب بسبب تماس كهربائي في لوحة التوزيع الرئيسية. وقال خالد العمري مدير شركة"
        " الساحل للتأمين إن الحريق اندلع في مستودع الأخشاب بسبب تماس كهربائي في لوحة التوزيع.",
    )
    assert alone == [(2, Status.CORROBORATED)]  # the police's spokesman alone is a voice


def test_two_parties_each_saying_a_thing_of_itself_are_two_claims(tmp_path: Path) -> None:
    """Two parties' officials each saying the government asked *them* for no names ("لم تطلب
    منهم") tell two things of two selves, however alike their words: no corroboration."""
    claims = _article_claims(
        tmp_path,
        "وأكد سالم الفارس المتحدث باسم حزب الوادي أن رئاسة الوزراء لم تطلب منهم تقديم أسماء"
        " لشغل أحد الحقائب الوزارية المزمع تغييرها، كما أنهم لم يقدموا أسماء للوزارة. وأشار"
        " خالد العمري نائب رئيس حزب الساحل إلى أن الحكومة لم تطلب منهم أسماء لشغل أي من"
        " الحقائب الوزارية.",
    )
    assert Status.CORROBORATED not in {status for _, status in claims}


def test_residents_and_a_force_in_one_article_stay_two_claims_across_copies(
    tmp_path: Path,
) -> None:
    """Residents telling of fighting for an airfield and a force announcing positions it took are
    two claims in the article that prints both: a loose match of their words there must not
    join them, or a wire's copies of the residents' words elsewhere make the wire and the
    force two origins of one claim."""
    residents = (
        "قال مواطنون إن قوات موالية للحكومة تخوض معارك مع المسلحين من أجل السيطرة على"
        " مطار عسكري كبير إلى الشمال من مدينة الساحل منذ فجر اليوم الأحد، قبل ساعات من موعد"
        " سريان هدنة إنسانية أعلنها الوسطاء."
    )
    report = _report(
        tmp_path,
        _record(
            "aawsat",
            residents + " وسيطر المسلحون على المطار معظم الأشهر الماضية. وعلى صعيد متصل،"
            " أعلنت القوات الموالية للحكومة أنها استعادت مساء السبت السيطرة على عدد من"
            " مواقع المسلحين في شمال مدينة الساحل، وذلك قبل إعلان الوسطاء هدنة إنسانية"
            " جديدة من خمسة أيام.",
        ),
        _record("alweeam", residents.replace("،", ""), author="الساحل - رويترز"),
    )
    shared = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert shared
    assert Status.CORROBORATED not in {c.status for c in shared}


def test_two_papers_citing_a_findings_makers_by_two_words_are_one_origin(
    tmp_path: Path,
) -> None:
    """ "ويقول العلماء" in one paper and "ويقول المطورون" in another, of one device, tied to no
    body: the makers of one finding, most likely passed on from one release, so the two
    papers are one origin, not two finding the same people."""
    report = _report(
        tmp_path,
        _record(
            "aawsat",
            "ابتكر فريق من جامعة الساحل بلاطة أرضية صغيرة تحول وقع الأقدام إلى كهرباء. ويقول"
            " العلماء إن هذه البلاطة يمكن استخدامها أيضا لإنارة الممرات والأنفاق مثل محطات"
            " القطارات والمطارات وغيرها من الأماكن التي تحتوي على ممرات للمشاة.",
        ),
        _record(
            "3alyoum",
            "طور مهندسون شبان بلاطة تولد الكهرباء من خطوات المارة. ويقول المطورون إنه يمكن"
            " استخدامها لإنارة الممرات والأنفاق مثل المحطات والمطارات وغيرها من الأماكن من"
            " خلال ممرات للمشاة.",
        ),
    )
    shared = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert [c.status for c in shared] == [Status.SINGLE_SOURCED]


def test_an_official_and_the_authorities_one_copy_ties_to_one_state_are_one_origin(
    tmp_path: Path,
) -> None:
    """One wire's dispatch, printed by three papers, in which "the local authorities" give a
    toll and a district governor's deputy repeats it: the copy whose credit names the
    country reads both as that state's voices, so across the copies, where the others name
    no country, the two still count once, not as two origins."""
    dispatch = (
        "غرق تسعة صيادين على الأقل {} في عاصفة ضربت قاربهم قبالة ميناء في ولاية الوادي شرق"
        " العاصمة، حيث تهب العواصف منذ أيام، كما أعلنت السلطات المحلية. وقال سالم عمر الفارس"
        " أمين حاكم منطقة الوادي إن عاصفة ضربت قارب صيد قبالة الميناء، مضيفا أن الأمواج"
        " أغرقت القارب بالكامل، وغرق تسعة صيادين. وأكد المتحدث باسم حكومة الولاية هذه"
        " الحصيلة."
    )
    report = _report(
        tmp_path,
        _record("alyaum", dispatch.format("صباح أمس"), author="ا ف ب - مدينة الوادي «موريتانيا»"),
        _record("okaz", dispatch.format("أمس"), author="أ ف ب (مدينة الوادي)"),
        _record("aljazirah", dispatch.format("صباح الاثنين"), author="مدينة الوادي - أ ف ب"),
    )
    toll = [c for c in report.corpus_claims if "السلطات المحلية" in c.explanation]
    assert [c.status for c in toll] == [Status.SINGLE_SOURCED]
    assert "count as one" in toll[0].explanation
