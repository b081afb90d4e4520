"""Arabic reports missed on SaudiNewsNet days (issue 11, round 26, recall).

Found by reading sentences with a reporting word that gave no attribution (2015-07-31 and
2015-08-09), then reading what each new rule changed on whole days. Every example is made up;
each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_pointing_out_with_nabbaha(read):
    """ "ونبّه التقرير إلى أن …", "وينبه الأطباء إلى أن …": نبّه (pointed out) is a cue as أشار
    is; a subject-less verb after it is the same speaker's."""
    result = read(
        "ونبّه تقرير الهيئة إلى أن ديون البلديات ارتفعت إلى 12 مليارا. "
        "وينبه أطباء المستشفى إلى أن موجة الحر تضر بالمسنين. "
        "ونبه الوزير سالم الحربي إلى أنه «... لن نقبل بتأخير الرواتب»، "
        "وقال: «سنراجع العقود كلها»."
    )
    assert _voices(result) == ["الهيئة", "أطباء المستشفى", "سالم الحربي", "سالم الحربي"]
    assert _contents(result) == [
        "ديون البلديات ارتفعت إلى 12 مليارا",
        "موجة الحر تضر بالمسنين",
        "... لن نقبل بتأخير الرواتب",
        "سنراجع العقود كلها",
    ]


def test_no_report_from_alerting_or_taking_notice(read):
    """Guard: "نبّه السائقين إلى خطورة …" alerts people to a danger and "تنبّه الحارس إلى
    الدخان" took notice: neither says a proposition."""
    result = read(
        "ونبه مدير المرور السائقين إلى خطورة الطريق الساحلي. "
        "وتنبه الحارس إلى الدخان فأطلق جرس الإنذار."
    )
    assert _voices(result) == []


def test_a_medium_told_between_two_closing_marks(read):
    """ "قال لـ”الساحل” مصدر …", "وروى المواطن فلان لـ”الساحل” أنه …": papers that write the
    closing mark on both sides of the medium's name tell it as "لـ«الساحل»" does."""
    result = read(
        "قال لـ”الساحل” مصدر مطلع في وزارة النقل، إن الجسر يفتح الشهر المقبل. "
        "وأكد لـ”الساحل” المتحدث الرسمي للبلدية نواف الزهراني أن السوق لم يغلق. "
        "وروى المزارع سالم العتيبي لـ”الساحل” أنه باع محصوله قبل الحصاد."
    )
    assert _voices(result) == ["مصدر مطلع في وزارة النقل", "نواف الزهراني", "سالم العتيبي"]
    assert _contents(result) == [
        "الجسر يفتح الشهر المقبل",
        "السوق لم يغلق",
        "باع محصوله قبل الحصاد",
    ]
    assert [a.chain[0].name for a in result.attributions] == ["الساحل"] * 3
