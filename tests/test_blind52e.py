"""Arabic cues read on a blind set of unseen articles (round 52, blind52e).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_report_of_an_event_after_an(read):
    """ "وذكرت وكالات الأنباء عن وصول السفينة …": after ذكر, عن with an event noun opens what
    was reported; "ذكرت الصحيفة عن مصادر مطلعة أن …" names a voice, and the content still
    follows the complementiser."""
    result = read(
        "وذكرت وكالات الأنباء العالمية عن وصول سفينة محملة بعشرين ألف طن من الأرز إلى ميناء"
        " الريان أمس.\n"
        "وذكرت صحيفة الفجر عن مصادر مطلعة أن شحنة ثانية ستصل الأسبوع المقبل."
    )
    first, second = result.attributions
    assert first.source.name == "وكالات الأنباء العالمية"
    assert first.content.startswith("وصول سفينة محملة بعشرين ألف طن")
    assert second.content == "شحنة ثانية ستصل الأسبوع المقبل"
    assert not any("وصول سفينة" in s.content for s in result.statements)


def test_an_offer_put_out_is_an_event_announced(read):
    """ "وأعلنت الهيئة طرح منافسة …", "عن طرح …": putting out a tender or an offer is what the
    voice announces, as "أعلنت الهيئة فتح …" is."""
    result = read(
        "وأعلنت هيئة الموانئ طرح منافسة عامة لتشغيل رصيف الحاويات الجديد في ميناء الريان.\n"
        "وذكرت وكالات الأنباء عن طرح الهيئة منافسة ثانية لشراء ثلاث رافعات."
    )
    announced, reported = result.attributions
    assert announced.source.name == "هيئة الموانئ"
    assert announced.content.startswith("طرح منافسة عامة لتشغيل رصيف الحاويات")
    assert reported.content.startswith("طرح الهيئة منافسة ثانية")
