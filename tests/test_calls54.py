"""A call is the caller's own position: two voices making one call confirm no fact
(``corroborate._expressing``: a content opening with a noun of necessity or importance, or
laying a duty on others)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link20 import _record, _report, _shared_status

from tracker.corroborate import _obliging, _own_position
from tracker.models import Status


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "وأكد الخبير التربوي الدكتور سالم الفارس أهمية إحضار المرشحين بطاقة الأحوال"
            " وشهادة التخرج وكشف الدرجات عند المقابلة الشخصية في مقر الإدارة.",
            "وذكر المستشار التعليمي ماجد الحربي أن المرشحين مطالبون بإحضار بطاقة الأحوال وشهادة"
            " التخرج وكشف الدرجات إلى مقر الإدارة يوم المقابلة الشخصية.",
        ),
        (
            "وقال الخبير التربوي الدكتور سالم الفارس إن على جميع المرشحين زيارة موقع الإدارة"
            " الإلكتروني لقراءة الشروط وقائمة الأوراق اللازمة ليوم المقابلة الشخصية.",
            "وأوضح المستشار التعليمي ماجد الحربي أن المرشحين سيجدون الشروط وقائمة الأوراق"
            " اللازمة ليوم المقابلة الشخصية على موقع الإدارة الإلكتروني.",
        ),
    ],
)
def test_a_call_is_no_second_origin(tmp_path: Path, first, second) -> None:
    """One adviser's call ("أهمية إحضار …", "على جميع المرشحين …") and another's account of
    the same rule: the call is its maker's position, no second origin; single-sourced."""
    report = _report(tmp_path, _record("alyaum", first), _record("alriyadh", second))
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_two_men_telling_one_fact_still_corroborate(tmp_path: Path) -> None:
    """The same two men telling a fact in the same words are two origins."""
    report = _report(
        tmp_path,
        _record(
            "alyaum",
            "وقال الخبير التربوي الدكتور سالم الفارس إن المدارس الجديدة استقبلت"
            " أربعة آلاف طالب في أسبوعها الأول.",
        ),
        _record(
            "alriyadh",
            "وأوضح المستشار التعليمي ماجد الحربي أن المدارس الجديدة في المحافظة استقبلت"
            " في أسبوعها الأول أربعة آلاف طالب.",
        ),
    )
    assert _shared_status(report) is Status.CORROBORATED


@pytest.mark.parametrize(
    ("content", "position"),
    [
        ("إدانة الهجوم على القافلة", True),
        ("إدانتها للهجوم على القافلة", True),
        ("ضرورة الالتزام بالمواعيد", True),
        ("اجتماع الوزراء انتهى باتفاق", False),
    ],
)
def test_a_noun_of_position_is_read_with_or_without_a_pronoun(content, position) -> None:
    """ "إدانة" with no pronoun ends, folded, in the letter of one: it is still the noun."""
    assert _own_position(content) is position


@pytest.mark.parametrize(
    ("content", "duty"),
    [
        ("على جميع المرشحين الدخول على الموقع", True),
        ("يجب على المستثمرين تجديد التراخيص", True),
        ("على الحدود الشمالية قتل ثلاثة جنود", False),
    ],
)
def test_a_duty_laid_on_others_is_a_call(content, duty) -> None:
    assert _obliging(content) is duty
