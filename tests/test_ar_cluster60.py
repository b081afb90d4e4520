"""Patterns the open story set of round 60 (cluster60) showed judged wrong.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest
from conftest import corpus_claim_with, dated_story

from tracker.link.denials import denies_in_content
from tracker.models import Status

#: A report called untrue by words that name nothing of it, then the voice's reasons.
_REASONS = (
    "ما ذكر غير صحيح لعدة أسباب، أبرزها أن المصنع كان مغلقا طوال يوم الحادث",
    "هذا الخبر غير صحيح لأن الوزير لم يغادر العاصمة منذ بداية الشهر",
)
#: A report named by its own words, or called untrue with no reasons after.
_DENIALS = (
    "ما ذكر عن إغلاق المصنع غير صحيح لأن العمال كانوا في أماكنهم",
    "ما ذكر غير صحيح",
    "لا صحة لما ذكر لأن المصنع كان مغلقا",
    "ما ذكر غير صحيح، وسنلاحق من نشره",
)


@pytest.mark.parametrize("content", _REASONS)
def test_the_reasons_after_a_bare_report_called_untrue_are_no_denial(content):
    """ "ما ذكر غير صحيح لعدة أسباب، أبرزها …" says the reasons; a named report stays denied."""
    assert not denies_in_content(content)
    assert all(denies_in_content(denial) for denial in _DENIALS)


def test_a_bodys_reasons_told_by_two_papers_are_one_uncontested_origin(tmp_path):
    """Two papers print the same body's reasons for calling a report untrue, one through its
    spokesman: the reasons are the body's claim, single-sourced, and nobody contests them."""
    report = dated_story(
        tmp_path,
        (
            "b1",
            "sabq",
            "وأوضحت إدارة التعليم بمنطقة الجوف أن ما ذكر غير صحيح لعدة أسباب، أبرزها أن"
            " المدرسة الشمالية كانت مغلقة لأعمال الصيانة طوال الأسبوع الماضي.",
        ),
        (
            "b2",
            "alweeam",
            "وأوضح المتحدث باسم إدارة التعليم بمنطقة الجوف أن ما ذكر غير صحيح لعدة أسباب"
            " أبرزها أن المدرسة الشمالية كانت مغلقة لأعمال الصيانة طوال الأسبوع الماضي.",
        ),
    )
    claim = corpus_claim_with(report, "مغلقة لأعمال الصيانة")
    assert not claim.contested
    assert claim.status is Status.SINGLE_SOURCED


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "قال المدير التنفيذي لمهرجان الصيف 2031 في أبها إن الفعاليات تبدأ الأسبوع المقبل.",
            "المدير التنفيذي لمهرجان الصيف",
        ),
        (
            "وقال رئيس اللجنة المنظمة لبطولة الخليج 29 إن الملاعب أصبحت جاهزة للمباريات.",
            "رئيس اللجنة المنظمة لبطولة الخليج",
        ),
        (
            "وقال المحلل السياسي وعضو تحالف 8 أيار زاهي قندلفت إن الحكومة ستسقط قريبا.",
            "زاهي قندلفت",
        ),
    ],
)
def test_a_year_or_date_after_a_title_is_no_name(read, text, speaker):
    """ "قال المدير التنفيذي لمهرجان الصيف 2031 …": the year is the event's, the office speaks."""
    (said,) = read(text).attributions
    assert said.source.name.startswith(speaker)
