"""Arabic reports missed on SaudiNewsNet days (issue 11, round 28, recall).

Found by reading sentences with a reporting word that gave no attribution (2015-07-22 and
2015-08-09), then reading what each new rule changed on whole days. Every example is made up;
each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_time_between_the_subject_and_its_verbal_noun_object(read):
    """ "أعلنت المديرية صباح الاثنين تشغيل …", "أعلن الاتحاد الشهر الماضي إنشاء …": a time
    after the subject's definite name ends it as a comma does, and the derived verbal noun
    after the time is what was announced."""
    result = read(
        "أعلنت الإدارة العامة للتعليم بمنطقة الوادي صباح الاثنين تشغيل المدرسة الجديدة في "
        "حي الروضة. "
        "وأعلن الاتحاد الإقليمي للسباحة الشهر الماضي إنشاء لجنة من تسعة أعضاء."
    )
    assert _voices(result) == [
        "الإدارة العامة للتعليم بمنطقة الوادي",
        "الاتحاد الإقليمي للسباحة",
    ]
    assert _contents(result) == [
        "تشغيل المدرسة الجديدة في حي الروضة",
        "إنشاء لجنة من تسعة أعضاء",
    ]
