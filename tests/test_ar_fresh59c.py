"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 59,
fresh59c).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "voice", "content_end"),
    [
        (
            "تطلق البلدية الشهر المقبل حملة لتنظيف الشواطئ. ووفقا لعمر الحربي مدير إدارة "
            "البيئة بالبلدية، فإن الحملة تشمل ثلاثة شواطئ رئيسية في المدينة.",
            "عمر الحربي",
            "ثلاثة شواطئ رئيسية في المدينة",
        ),
        (
            "افتتح النادي مقره الجديد أمس. وبحسب عمر السالم المتحدث باسم النادي فإن المقر "
            "يضم ملعبين وصالة للتدريب.",
            "عمر السالم",
            "يضم ملعبين وصالة للتدريب",
        ),
    ],
)
def test_a_given_name_that_is_also_a_measure_with_a_post_is_a_voice(read, text, voice, content_end):
    """ "ووفقا لعمر فلان مدير …، فإن …": the name عمر ("age") with a post after it speaks."""
    by_age = "يتناول المريض الدواء يوميا. وحسب عمر الطفل، فإن الجرعة تختلف من حالة إلى أخرى."
    assert read(by_age).attributions == ()  # by the child's age: no one speaks
    found = read(text).attributions
    assert [a.source.name for a in found] == [voice]
    assert found[0].content.endswith(content_end)


def test_the_agency_is_the_body_last_named_agency_not_the_wire(read):
    """ "وأعلنت الوكالة الاتحادية للنقل … وأشارت الوكالة": the body, not the wire."""
    text = (
        "ذكر مكتب الإحصاء أن الصادرات تراجعت في الربع الثاني، وفقا لوكالة الأنباء الألمانية. "
        "وأعلنت الوكالة الاتحادية للنقل أن عدد الرحلات الجوية ارتفع بنسبة 3 في المائة. "
        "وأشارت الوكالة إلى أن عدد المسافرين بلغ أربعة ملايين مسافر في الشهر الماضي."
    )
    found = read(text).attributions
    assert [a.source.name for a in found][-2:] == ["الوكالة الاتحادية للنقل"] * 2
    assert found[-1].content.endswith("أربعة ملايين مسافر في الشهر الماضي")
