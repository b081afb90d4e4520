"""Issue 13, round 28: false corroborations read claim by claim in two windows of three days.

Each test pins one general cause of a claim called corroborated when one origin stands behind
it, or of the voice misread that made it so.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report, _shared_status

from tracker.models import Status


def test_two_notables_condemning_one_attack_corroborate_nothing(tmp_path: Path) -> None:
    """ "هذا الاعتداء الجبان لن يثني …" said by two notables in two papers: two judgments of
    one attack, each its speaker's own, not one claim confirmed by two origins."""
    report = _report(
        tmp_path,
        _record(
            "alriyadh",
            "وأضاف رئيس غرفة الوادي التجارية سالم بن علي الفارس أن هذا الاعتداء الجبان على"
            " حراس المنشآت لن يثني عزيمة أبناء الوطن عن حماية مكتسباته وصون وحدته.",
        ),
        _record(
            "okaz",
            "وأكد عضو المجلس البلدي في الساحل خالد بن سعد العمري أن عزيمة أبناء الوطن في صون"
            " مكتسباته لن يثنيها الاعتداء الجبان الذي طال حراس المنشآت.",
        ),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert claims
    assert claims[0].status is Status.SINGLE_SOURCED
    assert "very words" not in claims[0].explanation
    assert "feeling or position" in claims[0].explanation


def test_a_man_named_bare_before_his_office_is_that_official(tmp_path: Path) -> None:
    """ "نفى الكعبي …" before "وأكد وزير التعليم سالم الكعبي …": one man, his ministry's
    official in every attribution, so his ministry's spokesman in another paper is no second
    origin."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "الرياض: خلال اجتماع يرأسه وزير التعليم الدكتور سالم بن علي الكعبي اليوم مع مديري"
            " الإدارات، أكد الكعبي أن المعلم الذي يتغيب عن موعد المقابلة دون عذر مقبول يعد"
            " متنازلا عن وظيفته. وأوضح وزير التعليم الدكتور سالم الكعبي في خطاب له أن اللقاء"
            " يهدف لمتابعة الاستعداد للعام الجديد.",
        ),
        _record(
            "alweeam",
            "الرياض: أوضح المتحدث باسم وزارة التعليم خالد العمري أن المعلم المتغيب"
            " دون عذر مقبول عن المقابلة في موعدها المحدد يعد متنازلا عن التعيين.",
        ),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert claims
    assert claims[0].status is Status.SINGLE_SOURCED
    assert "very words" not in claims[0].explanation


def test_two_voices_on_two_states_news_in_one_article_are_two_claims(read) -> None:
    """A wire's round-up, "أعلن مجلس الإفتاء الأعلى في الأردن أن الجمعة أول أيام العيد في
    الأردن" beside the same of Tunisia by another body: two states' own news, not one claim
    corroborated."""
    result = read(
        "عمان - وكالات: أعلن مجلس الإفتاء الأعلى الأردني أن غدا الجمعة أول أيام عيد الفطر"
        " في الأردن. كما ذكرت لجنة الأهلة الوطنية التونسية أن مفتي الديار التونسية أعلن"
        " الليلة أن غدا الجمعة غرة شوال وأول أيام عيد الفطر."
    )
    assert len(result.attributions) == 2
    assert all(c.status is not Status.CORROBORATED for c in result.claims)


def test_a_wire_telling_what_a_site_is_cited_for_restates_it(tmp_path: Path) -> None:
    """ "أشار موقع الساحل الرياضي إلى أن قيمة اللاعب بلغت …" in one paper and a wire's
    dispatch telling the same values in its own voice: the wire restates the site's figures,
    one origin, not two."""
    report = _report(
        tmp_path,
        _record(
            "aawsat",
            "وأشار موقع الساحل الرياضي المتخصص إلى أن القيمة السوقية للمدافع سالم الفارس"
            " بلغت 640 ألف جنيه إسترليني ليحل رابعا بين زملائه في الفريق.",
        ),
        _record(
            "aleqtisadiya",
            "الرياض (د ب أ): حل المدافع سالم الفارس رابعا بين زملائه في الفريق بعدما بلغت"
            " قيمته السوقية 640 ألف جنيه إسترليني.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_paper_retelling_a_report_is_no_origin_for_the_unnamed_it_adds(
    tmp_path: Path,
) -> None:
    """ "ذكرت صحيفة الأفق أن متشددين يخططون …" and, in the same article, "وقال متشددون إن
    …": the publisher counted for those unnamed men retells the paper's report, so with the
    paper's report in another outlet the claim has one origin, the paper."""
    report = _report(
        tmp_path,
        _record(
            "3alyoum",
            "كشفت صحيفة الأفق الأسبوعية أن متشددين يخططون لاستهداف موكب الملكة خلال"
            " احتفالات عيد الاستقلال في العاصمة الأسبوع المقبل.",
        ),
        _record(
            "aawsat",
            "ذكرت صحيفة الأفق الأسبوعية أن الشرطة رفعت حالة التأهب في العاصمة تحسبا لأي هجوم"
            " خلال احتفالات عيد الاستقلال. وقال متشددون في رسائل متبادلة إن موكب الملكة في"
            " احتفالات عيد الاستقلال بالعاصمة الأسبوع المقبل سيكون هدفا لهجومهم.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED
