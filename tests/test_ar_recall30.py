"""Arabic reports missed on SaudiNewsNet days (issue 11, round 30, recall).

Patterns an earlier round saw but left alone, each counted over the 31,030 records first;
developed on 2015-07-23 and 2015-08-06 and on the records holding the pattern, then read on
2015-08-10. Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_what_came_in_a_record_is_its_issuers(read):
    """ "أصدرت الهيئة بيانا جاء فيه: …", "ألقى الوزير كلمة، جاء فيها …", "بيانا صادرا عن X
    جاء فيه", "وصدر عن X بيان جاء فيه", "تغريدة للكاتب X، جاء فيها": what came in the record
    is the words of whoever issued or wrote it, as "قالت فيه" is; a record with no author
    named gives no voice."""
    result = read(
        "وأصدرت هيئة الموانئ بيانا جاء فيه: إن الرصيف الجديد سيفتح الشهر المقبل. "
        "وألقى المحافظ سعود الخالدي كلمة، جاء فيها أن الطريق الساحلي سيكتمل قريبا. "
        'وتداول مغردون بيانا صادرا عن رابطة الصيادين جاء فيه: "لن نبحر قبل الاتفاق". '
        "وصدر عن مكتب العمدة بيان جاء فيه أن السوق سيغلق يوم الجمعة. "
        'ونشرت الصفحة تغريدة للكاتب نادر الفيفي، جاء فيها: "المدينة تستحق الأفضل". '
        "وذكرت قناة الساحل في خبر جاء فيه: إن الأسعار سترتفع. "
        "وقرأ القاضي المادة التي جاء فيها أن الغرامة تتضاعف."
    )
    assert _voices(result) == [
        "هيئة الموانئ",
        "سعود الخالدي",
        "رابطة الصيادين",
        "مكتب العمدة",
        "نادر الفيفي",
        "الساحل",
    ]
    assert _contents(result) == [
        "الرصيف الجديد سيفتح الشهر المقبل",
        "الطريق الساحلي سيكتمل قريبا",
        "لن نبحر قبل الاتفاق",
        "السوق سيغلق يوم الجمعة",
        "المدينة تستحق الأفضل",
        "الأسعار سترتفع",
    ]
