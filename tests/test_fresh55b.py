""" "أمس الأول" (the day before yesterday) after a credit's voice (round 55, fresh55b).

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations

from test_fresh55 import _contents


def test_a_trailing_credit_dated_the_day_before_yesterday_credits_the_clause_before(read):
    """ "…، وفق ما ذكره مصدر في الدفاع المدني أمس الأول الخميس.": the words after the voice only say
    when it spoke; the content is the clause before the cue, never "أمس الأول"."""
    result = read(
        "توفي رجل خمسيني في حادث سير على طريق المدينة الساحلي، وفق ما ذكره مصدر في الدفاع المدني"
        " أمس الأول الخميس."
    )
    assert _contents(result)["مصدر في الدفاع المدني"] == (
        "توفي رجل خمسيني في حادث سير على طريق المدينة الساحلي"
    )

    result = read(
        "وخضع اللاعب لعملية جراحية في الركبة في أحد مستشفيات العاصمة حسب ما أعلن التلفزيون"
        " المحلي أمس الأول."
    )
    content = next(iter(_contents(result).values()))
    assert content == "وخضع اللاعب لعملية جراحية في الركبة في أحد مستشفيات العاصمة"


def test_the_day_before_yesterday_before_a_leading_credits_voice_is_no_part_of_it(read):
    """ "وبحسب ما أعلنت أمس الأول وزارة الصحة فإن …": "الأول" belongs to the time, not to
    the voice named after it."""
    result = read("وبحسب ما أعلنت أمس الأول وزارة الصحة فإن عدد الإصابات ارتفع إلى 300 حالة.")
    assert _contents(result) == {"وزارة الصحة": "عدد الإصابات ارتفع إلى 300 حالة"}


def test_a_writer_with_who_he_is_and_where_he_wrote_before_that(read):
    """ "وكتب فلان في مدونته أن …", "وكتب فريق الباحثين في شركة «…» المتخصصة في … أن …": the
    verb of writing, its subject, then plain words up to "أن" that opens what was written."""
    result = read(
        'وكتب فريق الباحثين في شركة "نجمة" المتخصصة في أمن الشبكات أن الثغرة الجديدة بالغة'
        " الخطورة على المستخدمين."
    )
    assert _contents(result) == {"فريق الباحثين": "الثغرة الجديدة بالغة الخطورة على المستخدمين"}

    result = read(
        "وكتب رئيس الجمعية سالم الفرحان في تقريره السنوي أن عدد الأعضاء تضاعف خلال العام الماضي."
    )
    assert _contents(result) == {"سالم الفرحان": "عدد الأعضاء تضاعف خلال العام الماضي"}
