"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 58,
fresh58d).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "وفي دراسة نشرتها مجلة طبية، ووجد الباحثون أن تناول القهوة باعتدال يقلل خطر "
            "الإصابة بالمرض بنحو 20 بالمئة.",
            "الباحثون",
            "تناول القهوة باعتدال يقلل خطر الإصابة بالمرض بنحو 20 بالمئة",
        ),
        (
            "ووجدت دراسة حديثة أن الأطفال الذين ينامون مبكرا يحققون نتائج أفضل في المدرسة.",
            "دراسة حديثة",
            "الأطفال الذين ينامون مبكرا يحققون نتائج أفضل في المدرسة",
        ),
        (
            "ونقل المصاب إلى المستشفى، وهناك وجد الأطباء أنه كان يعاني من نزيف داخلي حاد.",
            "الأطباء",
            "كان يعاني من نزيف داخلي حاد",
        ),
    ],
)
def test_what_researchers_or_a_study_found_is_their_claim(read, text, voice, content):
    """ "ووجد الباحثون أن …", "ووجدت دراسة أن …": a finding, reported with its finder named."""
    found = [(a.source.name, a.content) for a in read(text).attributions]
    assert found == [(voice, content)]


def test_found_needs_its_finder_named_after_it(read):
    """ "ووجد الباحثون أن …" is read, while "بعدما وجد سندا في …" (it found support) and
    "ووجد أن …" with no finder after it open no finding of their own."""
    text = (
        "وصعد سعر الذهب بعدما وجد سندا قويا في إشارات على أن الطلب سيرتفع.\n"
        "وقال المهاجم إنه اختار العودة إلى ناديه الأول، ووجد أن البقاء في المدينة أفضل "
        "لأسرته.\n"
        "وفي المختبر وجد الباحثون أن العينات تحمل آثارا للمعدن.\n"
    )
    found = [(a.source.name, a.content) for a in read(text).attributions]
    assert found == [
        ("المهاجم", "اختار العودة إلى ناديه الأول، ووجد أن البقاء في المدينة أفضل لأسرته"),
        ("الباحثون", "العينات تحمل آثارا للمعدن"),
    ]


def test_a_stray_closing_mark_among_seven_straight_marks_opens_nothing(read):
    """A straight mark glued to a word and a full stop with no quotation open ("… الموسم".
    ولفت …") is a closing mark left unpaired, also in a paragraph of seven such marks: the
    cues after it are read."""
    text = (
        'وقال المدرب نبيل الحارثي -مدرب فريق الشباب-: "نحتاج إلى لاعبين أصحاب خبرة"، '
        'مضيفا أن الفريق خسر ثلاثة من نجومه قبل بداية الموسم". ولفت إلى أن الإدارة وعدت '
        "بصفقتين جديدتين، موضحا أن التدريبات تبدأ الأسبوع المقبل، مبينا أن مدربا سابقا "
        'كتب عن النادي مقالا جاء فيه: "إنه ناد عريق". وأضاف الحارثي أن الملعب "جاهز تماما" '
        "للمباريات."
    )
    found = [(a.cue, a.content) for a in read(text).attributions]
    assert ("مضيفا", "الفريق خسر ثلاثة من نجومه قبل بداية الموسم") in found
    assert ("لفت", "الإدارة وعدت بصفقتين جديدتين") in found
    assert ("موضحا", "التدريبات تبدأ الأسبوع المقبل") in found


def test_lay_people_named_again_with_the_article_are_the_group_named_before(read):
    """ "وقال الشهود" after "أفاد شهود عيان" is those witnesses, not a new voice, even with
    other unnamed sources quoted between them."""
    text = (
        "وأفاد شهود عيان بسقوط قذيفة على سوق المدينة صباح أمس. وقالت مصادر أمنية إن القذيفة "
        "أطلقت من الجبل. وقال الشهود إن ثلاثة باعة أصيبوا بجروح طفيفة."
    )
    found = [(a.source.name, a.content) for a in read(text).attributions]
    assert found[-1] == ("شهود عيان", "ثلاثة باعة أصيبوا بجروح طفيفة")
    assert len({a.source.id for a in read(text).attributions}) == 2
