"""Arabic patterns a fresh unseen pool showed missing (round 58, fresh58c).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("وقال 64 في المائة من المزارعين إن المحصول تحسن.", "64 في المائة من المزارعين"),
        ("وأفاد 38% من التجار أن المبيعات تراجعت خلال الصيف.", "38% من التجار"),
        ("وقال نحو 70 بالمئة من الطلاب إن الاختبارات كانت سهلة.", "نحو 70 بالمئة من الطلاب"),
        ("وأكد 120 من أصحاب المحلات أن الإيجارات ارتفعت.", "120 من أصحاب المحلات"),
    ],
)
def test_a_share_of_a_group_speaks(read, sentence, voice):
    """ "وقال 64 في المائة من المزارعين إن …": a figure or share of a group, as surveys report
    it, is the voice of the verb before it (its figure and sign stop no phrase)."""
    found = [(a.source.name, a.cue) for a in read(sentence).attributions]
    assert found == [(voice, sentence.split()[0][1:])]


def test_a_later_verb_with_no_subject_never_goes_on_from_a_share(read):
    """ "قال 40 في المائة من … إن …، في حين قال (30 %) إن …": the second share stands where
    no voice is read; the verb is not the first share's, so it is left out."""
    text = (
        "وأظهر المسح نتائج لافتة. وقال 40 في المائة من الموظفين إن رواتبهم كافية، "
        "في حين قال (30 %) إن رواتبهم لا تكفي."
    )
    found = [(a.source.name, a.content) for a in read(text).attributions]
    assert found == [("40 في المائة من الموظفين", "رواتبهم كافية")]


def test_a_post_after_the_name_of_one_met_with_names_him(read):
    """ "بحث الوزير مع الدكتور فلان الأمين العام لـX …" then "وأكد الأمين العام لـX أن …": the
    post set after the name of the one met (no comma) is his, so the post that speaks later
    is that man."""
    text = (
        "وبحث وزير الزراعة مع الدكتور هاني الفارس الأمين العام لاتحاد المزارعين خطة الموسم. "
        "وأكد الأمين العام لاتحاد المزارعين أن الخطة ستخفض تكلفة الري."
    )
    found = [(a.source.name, a.content) for a in read(text).attributions]
    assert found == [("هاني الفارس", "الخطة ستخفض تكلفة الري")]
