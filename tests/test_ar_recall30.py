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


def test_a_plural_participle_after_an_unnamed_groups_act(read):
    """ "وانتقد ناشطون القرار، مؤكدين أن …", "وطالب أهالي الحي بـ…، مشيرين إلى أن …",
    "واستبشر عدد من الصيادين …، مؤكدين أن …": a plural participle after an act that is no
    cue speaks for the unnamed group that did it (its name ends before the object, a
    preposition or where they spoke); a noun opening the sentence gives no group."""
    result = read(
        "وانتقد ناشطون محليون قرار البلدية، مؤكدين أن الرسوم مرتفعة جدا. "
        "وطالب أهالي حي الريان بإصلاح الطريق، مشيرين إلى أن الحفر تسبب الحوادث. "
        "واستبشر عدد من الصيادين بالقرار، مؤكدين أن البحر للجميع. "
        "وأثنى شهود عيان في حديث للإذاعة على الطيار، لافتين إلى أنه لم تقع إصابات. "
        "المباراة انتهت بالتعادل، مؤكدين أن الفريقين قدما مستوى جيدا."
    )
    assert _voices(result)[:4] == [
        "ناشطون محليون",
        "أهالي حي الريان",
        "عدد من الصيادين",
        "شهود عيان",
    ]
    assert _contents(result)[:4] == [
        "الرسوم مرتفعة جدا",
        "الحفر تسبب الحوادث",
        "البحر للجميع",
        "لم تقع إصابات",
    ]
    assert all(a.source.name != "المباراة" for a in result.attributions)


def test_a_strict_cue_then_the_medium_told_then_the_content(read):
    """ "وتابع لـ«الساحل» أن …", "وتابع لصحيفة «الساحل»: «…»": a strict cue with no subject
    ("تابع" is also "followed") reports when a medium marked as one stands between it and its
    words; the speaker is the one before and the medium carried his words."""
    result = read(
        "قال مدير المرفأ سامي العنزي إن العمل مستمر. "
        "وتابع لـ«الساحل» أن الرصيف سيكتمل قبل الشتاء. "
        "وتابع لصحيفة «الساحل»: «لن نرفع الرسوم هذا العام»."
    )
    assert _voices(result) == ["سامي العنزي"] * 3
    assert _contents(result)[1:] == ["الرصيف سيكتمل قبل الشتاء", "لن نرفع الرسوم هذا العام"]
    assert [[m.name for m in a.chain] for a in result.attributions][1:] == [
        ["الساحل", "سامي العنزي"]
    ] * 2


def test_a_relay_whose_content_is_the_relayed_voices_stance(read):
    """ "ونقل موقع الساحل عن سكان الحي قلقهم من …", "ونقلت الإذاعة عن مسؤولين في الوزارة
    استعدادهم لـ…": a relay's content may be the relayed voice's stance or act with his or
    their pronoun; it ends the voice's name and opens the content (not before "قوله")."""
    result = read(
        "ونقل موقع الساحل عن سكان حي الورود قلقهم من انتشار الكلاب الضالة. "
        "ونقلت إذاعة الساحل أمس عن مسؤولين في وزارة النقل استعدادهم لفتح الطريق. "
        "ونقلت صحيفة الساحل عن رئيس لجنة تطويرها قوله إن الميناء سيتوسع."
    )
    assert [[m.name for m in a.chain] for a in result.attributions] == [
        ["الساحل", "سكان حي الورود"],
        ["الساحل", "مسؤولين في وزارة النقل"],
        ["الساحل", "رئيس لجنة تطويرها"],
    ]
    assert _contents(result) == [
        "قلقهم من انتشار الكلاب الضالة",
        "استعدادهم لفتح الطريق",
        "الميناء سيتوسع",
    ]
