"""Arabic reports missed on SaudiNewsNet days (issue 11, round 43, recall).

Patterns read in sentences with a reporting word but no attribution on 2015-07-25 and
2015-07-31, each counted over the 31,030 records first, then read on 2015-08-04. Every
example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_colon_closes_a_long_occasion_before_the_words_said(read):
    """ "وقال الوزير فلان في تصريح صحفي بمناسبة صدور القرار القاضي بتكليف …: «…»": an
    occasion too long for the lead's word-by-word walk ends at a colon as it ends at a comma
    before "أن"; the words after the colon are the voice's (also after an aside between
    commas and an occasion, "وقال فلان، الذي …، بعد حصوله على …: «…»")."""
    result = read(
        "وقال وزير النقل ماجد الحربي في تصريح صحفي بمناسبة صدور القرار القاضي بتكليف "
        "الهيئة العامة للموانئ بإدارة وتشغيل الرصيف الشمالي الجديد: «إن هذا التكليف "
        "يضاعف مسؤوليتنا». "
        "وقال رئيس الرابطة سامي الدوسري، الذي انتخب لدورة ثانية أمس، بعد حصوله على "
        "أربعمئة صوت مقابل مئتين لمنافسه فهد العلي: «سنبدأ بتحديث لائحة العضوية»."
    )
    assert _voices(result) == ["ماجد الحربي", "سامي الدوسري"]
    assert _contents(result) == [
        "إن هذا التكليف يضاعف مسؤوليتنا",
        "سنبدأ بتحديث لائحة العضوية",
    ]
