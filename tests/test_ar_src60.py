"""Arabic voices read wrong where the content was found (round 60, source errors across the
open pools).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "وقال المتحدث باسم الدفاع المدني خالد الحربي إن الفرق أخمدت الحريق. وأكد هذا "
            "المسؤول أن التحقيق في أسبابه بدأ صباح اليوم.",
            "خالد الحربي",
        ),
        (
            "وقال الناطق باسم لجان الأحياء ماجد السالم إن الطرق فتحت أمام السيارات. وأوضح "
            "هذا الناطق باسم اللجان المحلية أن الحافلات ستعود الأسبوع المقبل.",
            "ماجد السالم",
        ),
        (
            "وقالت مديرة المدرسة نورة الغامدي إن الفصول جهزت. وأضافت هذه المسؤولة أن الدوام "
            "يبدأ في الموعد المحدد.",
            "نورة الغامدي",
        ),
    ],
)
def test_a_post_after_a_demonstrative_is_the_speaker_just_heard(read, text, voice):
    """ "وأكد هذا المسؤول أن …" after a named spokesman is that spokesman, not a new post."""
    other = (
        "وقالت مديرة المدرسة نورة الغامدي إن الفصول جهزت. وأكد هذا المسؤول أن الدوام "
        "يبدأ في الموعد المحدد."
    )
    assert read(other).attributions[1].source.name != "نورة الغامدي"  # "هذا": not she
    found = read(text).attributions
    assert [a.source.name for a in found] == [voice, voice]


def test_a_name_no_list_holds_set_off_after_a_post_speaks_before_where(read):
    """ "وقال المدير العام، ماركو بيلوني، في مقر الهيئة، إن …": the man between commas speaks."""
    text = "وقال المدير العام، ماركو بيلوني، في مقر الهيئة، إن المفاوضات ستستأنف الشهر المقبل."
    aside = "وقال الوزير، في تصريح صحفي، إن الخطة جاهزة للتنفيذ."
    assert [a.source.name for a in read(aside).attributions] == ["الوزير"]  # an occasion
    assert [a.source.name for a in read(text).attributions] == ["ماركو بيلوني"]
