"""Names in a chain of "بن" read whole (round 53).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("سالم بن سعيد بن حمد", "سالم بن سعيد بن حمد"),
        ("سالم بن سعيد بن راشد الهاشمي", "سالم بن سعيد بن راشد الهاشمي"),
        ("عبد الله بن سعيد بن راشد، رئيس لجنة الألعاب،", "عبد الله بن سعيد بن راشد"),
    ],
)
def test_a_name_of_fathers_is_one_name(read, phrase, name):
    """ "وقال سالم بن سعيد بن حمد إن …": a given name and two fathers' names are one man's
    name (three names, with their links), not "بن سعيد بن حمد" with his given name left as
    a descriptor, nor no voice at all once a family name follows."""
    (said,) = read(f"وقال {phrase} إن الملعب الجديد سيفتتح في الخريف.").attributions
    assert said.source.name == name


def test_a_given_name_in_alif_maqsura_opens_the_name(read):
    """ "الشيخة سلمى بنت حمد الوادي": a given name written with ى ("سلمى", "مصطفى") opens the
    name after an honorific; only "على" (on), which folds like "علي", does not."""
    result = read(
        "وقالت الشيخة سلمى بنت حمد الوادي وزيرة التنمية: «نرى تزايد الطلب على التدريب»."
        " وأكدت أن البرامج ستتوسع."
    )
    assert [a.source.name for a in result.attributions] == [
        "سلمى بنت حمد الوادي",
        "سلمى بنت حمد الوادي",
    ]
    (said,) = read("وأوضح الخبير الاقتصادي مصطفى الوادي أن السندات ستطرح قريبا.").attributions
    assert said.source.name == "مصطفى الوادي"


def test_a_trade_before_a_name_of_fathers_stays_out_of_it(read):
    """ "بائع العطور حامد بن ناصر": the trade before a given name is his descriptor."""
    (said,) = read("ويقول بائع العطور حامد بن ناصر إن الطلب تراجع في هذا الموسم.").attributions
    assert said.source.name == "حامد بن ناصر"


def test_a_given_name_with_the_article_opens_a_name_of_fathers(read):
    """ "الوليد بن سالم الهاشمي": a given name written with the article is the name's first
    word, not a descriptor before "بن سالم الهاشمي"."""
    (said,) = read("وقال الوليد بن سالم الهاشمي إن الزيارات تبدأ في اليوم الثاني.").attributions
    assert said.source.name == "الوليد بن سالم الهاشمي"
