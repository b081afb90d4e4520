"""What opens with a noun of a call but states something stays (round 57, exhort57).

Every example is made up.
"""

from __future__ import annotations

import pytest

_CALL = "\nوشدد عضو الغرفة ماهر الجهني على أهمية دعم المشاريع الصغيرة.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأوضح رئيس الغرفة التجارية سعد المالكي أن أهمية المعرض تكمن في توفير الوظائف للشباب.",
            ("سعد المالكي", "أهمية المعرض تكمن في توفير الوظائف للشباب"),
        ),
        (
            "وأكد رئيس الغرفة التجارية سعد المالكي على أن المعرض سيفتح أبوابه الأسبوع المقبل.",
            ("سعد المالكي", "المعرض سيفتح أبوابه الأسبوع المقبل"),
        ),
        (
            "وشدد رئيس الغرفة التجارية سعد المالكي على أهمية إيجاد اتفاق مع الموردين يقوم"
            " على خفض الأسعار.",
            ("سعد المالكي", "أهمية إيجاد اتفاق مع الموردين يقوم على خفض الأسعار"),
        ),
        (
            "وقال رئيس الغرفة التجارية سعد المالكي: «ضرورة الحذر لا تعني التوقف عن الاستثمار».",
            ("سعد المالكي", "ضرورة الحذر لا تعني التوقف عن الاستثمار"),
        ),
    ],
)
def test_a_clause_headed_by_a_call_noun_is_kept(read, text, expected):
    """ "أوضح أن أهمية المعرض تكمن في …", "أكد على أن …", a call whose object a verb spells
    out ("أهمية إيجاد اتفاق … يقوم على …"), a quotation «ضرورة … لا تعني …»: these state
    something and stay,
    while the bare call after them ("وشدد على أهمية …") is left out."""
    found = [(a.source.name, a.content) for a in read(text + _CALL).attributions]
    assert found == [expected]
