"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 60,
fresh60a).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "first", "voice", "content"),
    [
        (
            "تحدث الخبير عن مشروع الميناء، إذ أوضح المهندس سالم الراشد أن الرصيف سيفتتح في الربيع.",
            "مشروع الميناء",
            "سالم الراشد",
            "الرصيف سيفتتح في الربيع",
        ),
        (
            "وكشف التقرير عن تراجع المبيعات؛ إذ تقول الغرفة التجارية إن الطلب انخفض عشرة بالمئة.",
            "تراجع المبيعات",
            "الغرفة التجارية",
            "الطلب انخفض عشرة بالمئة",
        ),
    ],
)
def test_as_then_a_voice_opens_a_clause_of_its_own(read, text, first, voice, content):
    """ "…، إذ أشار الوزير أن …": after a comma, "إذ", a verb and its subject open a claim."""
    (told,) = read(
        "وقال المشتري: سلمت الطرد للشركة، إذ لاحظت الفرق في الوزن وعند فتحه في البيت وجدت أنه ناقص."
    ).attributions
    assert "الفرق في الوزن" in told.content  # no "أن" near the verb: the account runs on
    found = read(text).attributions
    assert found[0].content == first
    assert [(a.source.name, a.content) for a in found[1:]] == [(voice, content)]


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "وقال المدرب للصحفيين في المطار صباح اليوم قبل رحلة الفريق إلى العاصمة في بطولة "
            "الصيف الودية «اللاعبون في حالة جيدة ونحن جاهزون للمباراة».",
            "المدرب",
            "اللاعبون في حالة جيدة ونحن جاهزون للمباراة",
        ),
        (
            "وقال الوزير في مؤتمر صحفي في العاصمة قبل أن يتوجه إلى الميناء الجنوبي لتفقد "
            "الأرصفة الجديدة برفقة المحافظ وقائد الحرس مساء أمس «العمل في الرصيف الشمالي "
            "سينتهي خلال شهرين».",
            "الوزير",
            "العمل في الرصيف الشمالي سينتهي خلال شهرين",
        ),
    ],
)
def test_a_long_lead_of_whom_and_where_then_a_quotation(read, text, voice, content):
    """ "وقال فلان للصحفيين في … قبل … «…»": past a long lead told where or to whom, his words."""
    lead = "وقال الوزير للصحفيين في المطار صباح اليوم قبل رحلة الوفد إلى العاصمة"
    titled = read(f"{lead} عن كتابه الصادر حديثا بعنوان «رحلة طويلة في صحراء الشمال البعيد».")
    assert titled.attributions == ()  # a title, not his words
    joined = read(f"{lead}، وكذلك عن زيارته للمعرض الدولي «الزوار كثيرون والإقبال كبير جدا».")
    assert joined.attributions == ()  # "، وكذلك": another clause joined on
    (found,) = read(text).attributions
    assert found.source.name == voice
    assert found.content == content
