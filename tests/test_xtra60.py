"""Extras that match no statement of any voice: words that report nothing (round 60).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _read_out(result):
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_a_verbal_noun_after_from_reports_nothing(read):
    """ "تمكنت الشرطة من كشف ملابسات الحادث …": the verbal noun after "من" tells what the
    police managed to do; its object is no voice and nothing after it is said."""
    result = read(
        "وجاءت الخطوة بعد أسبوعين من تمكن الشرطة من كشف ملابسات الحريق في المستودع الكبير "
        "الذي أسفر عن خسائر قدرت بمليوني ريال."
    )
    assert _read_out(result) == []


def test_whoever_says_is_no_voice_named_after_it(read):
    """ "أما من يرى أن …" (whoever thinks) names no voice, while "أول من كشف عن …" (the
    first who revealed) still reports the one named before the superlative."""
    result = read(
        "وقال الكاتب سليم العمري إن الأسواق هادئة هذا الأسبوع. أما من يرى أن الأسعار "
        "سترتفع فعليه أن ينتظر نهاية الموسم. وكانت وكالة رويترز أول من كشف عن خطة إغلاق "
        "المصنع القديم."
    )
    assert all("سترتفع" not in a.content for a in result.attributions)
    assert {a.source.name for a in result.attributions} == {"سليم العمري", "رويترز"}


def test_because_opens_no_words_said(read):
    """ "نقل العامل … إلى المستشفى لأن …": "لأن" gives a cause, so the one carried is no
    voice and the cause is no statement of his."""
    result = read(
        "وتوقف العرض بعد الحادث ونقل العامل الذي أصيب في ساقه من الورشة إلى المستشفى بسيارة "
        "خاصة لأن سيارات الإسعاف لم تصل في الوقت المحدد."
    )
    assert _read_out(result) == []


def test_an_order_followed_is_no_voice(read):
    """ "مرتبة بحسب الأحرف الأبجدية": the letters of the alphabet are an order the list
    follows, no voice, as a price or a rule after "بحسب" is."""
    result = read(
        "وتضم القائمة أسماء الفائزين مرتبة بحسب الأحرف الأبجدية، وقد نشرتها اللجنة أمس. "
        "وتتم الترقية في الإدارة حسب الأقدمية وليس الجدارة."
    )
    assert _read_out(result) == []


def test_a_topic_disclosed_before_saying(read):
    """ "أفصحت فلانة عن مشاريعها، قائلة: «…»": what she disclosed, right before "saying"
    and her words, is only their topic, as after "تحدث عن", no claim of its own."""
    result = read(
        "وأفصحت رائدة الأعمال منى الصالح عن مشاريعها القادمة، قائلة: «سأفتح فرعا ثانيا "
        "للمخبز في الخبر قبل نهاية العام»."
    )
    assert [a.cue for a in result.attributions] == ["قائلة"]
