"""One text credited to two officials: a release each outlet gives to its own region's man.

Every example is made up.
"""

from __future__ import annotations

from dataclasses import replace

from test_corroborate import _said

from tracker.corroborate import _same_words_in_order, explain, standing
from tracker.models import Source, SourceKind, Status

#: The release as one paper prints it, with a phrase of its own put in.
_LONGER = (
    "يتعين على المتقدمين الجدد والراغبين كذلك من القادمين إلى تعليم الوادي حجز موعد "
    "المقابلة الشخصية من خلال الرابط المخصص على موقع الإدارة"
)
#: The release as another paper prints it: the phrase left out, one word added.
_SHORTER = (
    "يتعين على المتقدمين الجدد حجز موعد المقابلة الشخصية من خلال الرابط التالي "
    "المخصص على موقع الإدارة"
)


def test_one_release_with_a_phrase_put_in_is_one_text() -> None:
    """The shorter content's words stand in the longer in one order but for one: the two
    directors quoted are one text, hence one origin, and the explanation says so."""
    first = Source("f", "سالم الفارس", SourceKind.OFFICIAL, descriptor="مدير تعليم الوادي")
    second = Source("s", "خالد العمري", SourceKind.OFFICIAL, descriptor="مدير تعليم الساحل")
    atts = [
        replace(_said(1, first), content=_LONGER),
        replace(_said(2, second, "y"), content=_SHORTER),
    ]
    judged = standing(atts, [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert "quoted in the very words of" in explain(judged, atts, [])


def test_the_same_fact_in_other_words_still_corroborates() -> None:
    """Two directors telling the same step in words of their own (another order, other
    words) are two voices: the test asks for the words in one order, not the same words.
    (Told as a fact: a duty laid on the applicants, "يتعين على المتقدمين …", is each
    director's call, which confirms no other's: see test_calls54.)"""
    first = Source("f", "سالم الفارس", SourceKind.OFFICIAL, descriptor="مدير تعليم الوادي")
    second = Source("s", "خالد العمري", SourceKind.OFFICIAL, descriptor="مدير تعليم الساحل")
    told = (
        "المتقدمون الجدد والراغبون كذلك من القادمين إلى تعليم الوادي يحجزون موعد المقابلة "
        "الشخصية من خلال الرابط المخصص على موقع الإدارة"
    )
    own = (
        "كل متقدم جديد يدخل موقع الإدارة ويختار موعدا لمقابلته الشخصية عبر الرابط "
        "المخصص لذلك قبل نهاية الأسبوع"
    )
    atts = [
        replace(_said(1, first), content=told),
        replace(_said(2, second, "y"), content=own),
    ]
    assert standing(atts, [], {}).status is Status.CORROBORATED


def test_words_in_order_needs_a_long_shorter_content() -> None:
    """Under twelve words, words in one order prove nothing: short statements of one fact
    are often worded alike by two speakers."""
    assert _same_words_in_order(_LONGER, _SHORTER)
    assert not _same_words_in_order(
        "الجسر سيفتح غدا أمام الشاحنات القادمة من الشمال",
        "الجسر سيفتح غدا أمام حركة الشاحنات القادمة من الشمال",
    )


def test_a_retelling_that_counts_the_wounded_is_not_the_count_of_the_dead() -> None:
    """ "عدد القتلى ارتفع إلى نحو 120 شخص … شمال مدينة بنغازي" and "أكثر من 120 شخص آخرين
    أصيبوا في القصف … شمال مدينة بنغازي": one number, one place, words enough alike for a
    fact retold with details of its own, but the dead of one are the wounded of the other."""
    from tracker.corroborate import Side, judge_pair, match_key
    from tracker.models import Stance

    def said(item: str, text: str) -> Side:
        return Side.across(match_key(item, item.split(".")[0], text, Stance.ASSERTS), text)

    dead = (
        "عدد القتلى ارتفع إلى نحو 120 شخص، بينهم أطفال ونساء، نتيجة وفاة بعض الجرحى الذين"
        " تعرضوا لإصابات «خطيرة» جراء القصف العشوائي الذي استهدف منطقة بئر سالم، شمال مدينة"
        " بنغازي"
    )
    wounded = "أكثر من 120 شخص آخرين أصيبوا في القصف الذي تعرضت له ضاحية بئر سالم شمال مدينة بنغازي"
    found = judge_pair(said("a1.a1", dead), said("a2.a1", wounded))
    assert found is None or found.tier != "confirmed"
    killed = "ارتفع عدد القتلى إلى 120 شخص في القصف الذي تعرضت له ضاحية بئر سالم شمال بنغازي"
    told = judge_pair(said("a1.a1", dead), said("a2.a1", killed))
    assert told is not None
    assert told.tier == "confirmed"


def test_an_unnamed_voice_reading_a_bodys_statement_speaks_for_the_body(read) -> None:
    """ "وأضاف المسؤول الأمني، في بيان صادر عن وزارة الداخلية، إن …": the words are the
    ministry's statement, whoever read it out, so the ministry is the voice, and another
    paper quoting the ministry is no second origin. A voice named in full, or tied to a
    body by its own name, keeps its words."""

    def voices(text: str) -> list[str]:
        return [a.source.name for a in read(text).attributions]

    assert voices(
        "صرح مسؤول المركز الإعلامي للهيئة بأن عبوة انفجرت صباح اليوم في الميدان. وأضاف"
        " المسؤول الأمني، في بيان صادر عن وزارة الداخلية، إن الانفجار أسفر عن إصابة ثلاثة"
        " من رجال المرور."
    ) == ["مسؤول المركز الإعلامي للهيئة", "وزارة الداخلية"]
    assert voices(
        "وقال مصدر أمني، في بيان أصدرته وزارة الداخلية، إن الانفجار أسفر عن إصابة ثلاثة."
    ) == ["وزارة الداخلية"]
    assert voices(
        "وقال مصدر في الشرطة، في بيان صادر عن وزارة الداخلية، إن الانفجار أسفر عن إصابة ثلاثة."
    ) == ["مصدر في الشرطة"]
    assert voices(
        "وقال وزير الصحة سالم الفارس، في بيان صادر عن الوزارة، إن الحالات ارتفعت إلى عشر."
    ) == ["سالم الفارس"]


def test_a_count_qualified_as_more_than_is_still_the_same_count() -> None:
    """ "أكثر من 31 شخصا قتلوا … في انفجار هز بلدة الوادي بجنوب ليبيا" and "انفجارا في بلدة
    الوادي بجنوب ليبيا أسفر عن مقتل 31 شخصا": "more than" only qualifies the count, so the
    two say the same of it, and the fact retold with details of its own still links."""
    from tracker.corroborate import Side, judge_pair, match_key
    from tracker.models import Stance

    def said(item: str, text: str) -> Side:
        return Side.across(match_key(item, item.split(".")[0], text, Stance.ASSERTS), text)

    told = (
        "أكثر من 31 شخصا قتلوا كما أصيب العشرات في انفجار هز بلدة الوادي بجنوب ليبيا قرب"
        " الحدود مع تونس اليوم الاثنين"
    )
    first = (
        "انفجارا في بلدة الوادي بجنوب ليبيا قرب الحدود مع تونس أسفر عن مقتل 31 شخصا وإصابة"
        " نحو 90 يعالجون في مستشفيات محلية"
    )
    found = judge_pair(said("a1.a1", first), said("a2.a1", told))
    assert found is not None
    assert found.tier == "confirmed"
