"""Arabic voices read wrong on SaudiNewsNet days sampled at random (round 27, prec27).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال عبد الأحد منصور إن القافلة وصلت إلى المعبر.", "عبد الأحد منصور"),
        ("وأوضح عبد الستار غالب أن القافلة وصلت إلى المعبر.", "عبد الستار غالب"),
        ("وقال عبد الرقيب الوائلي إن القافلة وصلت إلى المعبر.", "عبد الرقيب الوائلي"),
        (
            "وقال مساعد حاكم الولاية عبد الستار كوهزاد إن القافلة وصلت إلى المعبر.",
            "عبد الستار كوهزاد",
        ),
    ],
)
def test_the_word_after_abd_is_his_given_name_not_a_day_noun_or_rank(read, text, name):
    """ "عبد الأحد", "عبد الستار", "عبد الرقيب": a day, a noun and a rank after "عبد" are the
    second half of the given name, so the voice is not "عبد" alone."""
    assert _voices(read(text)) == [name]


@pytest.mark.parametrize(
    ("first", "later"),
    [("ماجد عبد الحافظ", "عبدالحافظ"), ("ماجد عبدالحافظ", "عبد الحافظ")],
)
def test_a_surname_in_abd_is_one_man_written_joined_or_apart(read, first, later):
    """ "ماجد عبد الحافظ … وأوضح عبدالحافظ": the spokesman named before, whichever way the
    given name in "عبد" is spelt, not a second voice with no state."""
    result = read(
        f"وقال {first} المتحدث باسم وزارة الخارجية المصرية إن الجولة ناجحة. "
        f"وأوضح {later} في تصريح أن اللقاءات مثمرة."
    )
    assert [(a.source.name, a.origin.group) for a in result.attributions] == [
        (first, "state:EG"),
        (first, "state:EG"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ولم يحدث أي اتصال مفيد بين الدول التي تساند الفصائل المسلحة في الشمال، "
        "و بين العاصمة أو حلفائها الكبار: الجارة الشرقية والقوة العظمى.",
        "ولم يحدث أي اتصال مفيد بين الدول التي تساند الفصائل المسلحة في الشمال، "
        "وبين العاصمة أو حلفائها الكبار: الجارة الشرقية والقوة العظمى.",
        "وهذا سيزيد التوتر ويثير الفرقة بين سكان المدينة الواحدة وأن الجهات ستتدخل قريبا.",
    ],
)
def test_between_in_the_writers_clause_is_no_verb_of_saying(read, text):
    """ "بين X وبين Y" and "الفرقة بين X وأن …": "between", not "بيّن", so no one is heard."""
    assert _voices(read(text)) == []


def test_a_repeated_verb_bayyana_still_speaks(read):
    """ "وبين الوزير أن … وبين أن …": the verb twice, each time a report of the minister."""
    result = read("وبين الوزير أن المشروع سيكتمل. وبين أن العمال سيعودون قريبا.")
    assert _voices(result) == ["الوزير", "الوزير"]


def test_bayyana_after_a_quote_with_between_inside_still_speaks(read):
    """ "أكد أن «… بين الطرفين …»، وبين أن …": the verb, though "بين" stood before."""
    result = read(
        "وأكد الوزير أن «الحوار بين الطرفين هو الطريق الوحيد»، وبين أن الجولة المقبلة ستعقد قريبا."
    )
    assert _voices(result) == ["الوزير", "الوزير"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكدت الوزارة وفقا لما نشره موقع «الوادي» الإخباري أنها تنوي خفض رسوم الخدمة.",
        "وقالت الوزارة في تقريرها الأخير، وفقا لموقع «الوادي» إنها تنوي خفض رسوم الخدمة.",
        "وقالت الوزارة بحسب صحيفة الوادي إنها تنوي خفض رسوم الخدمة.",
    ],
)
def test_a_credit_to_a_medium_between_the_speaker_and_that_names_who_carried_it(read, sentence):
    """ "وأكدت الوزارة وفقا لما نشره موقع «الوادي» أنها …": the body speaks, the site carried
    it (no dashes around the credit), so the site is no voice of the body's words."""
    result = read("أصدرت وزارة الزراعة تقريرها السنوي أمس. " + sentence, publisher="alriyadh")
    assert [(a.source.name, [c.name for c in a.chain]) for a in result.attributions] == [
        ("وزارة الزراعة", ["الوادي", "وزارة الزراعة"])
    ]


def _groups(result) -> list[tuple[str, str]]:
    return [(a.source.name, a.origin.group) for a in result.attributions]


@pytest.mark.parametrize("place", ["دبي", "الشارقة"])
def test_a_dateline_in_an_emirate_other_than_the_capital_is_the_emirates(read, place):
    """ "دبي: «الوادي»": an official of a local authority under a Dubai or Sharjah dateline is
    the Emirates', not the state of the publisher's home desk."""
    result = read(
        "وأوضح المدير العام في هيئة الموانئ سالم الكعبي أن حركة الشحن ارتفعت خلال الربع الثاني.",
        publisher="aawsat",
        author=f"{place}: «الوادي»",
    )
    assert _groups(result) == [("سالم الكعبي", "state:AE")]


def test_a_surname_without_the_article_takes_the_titled_name_given_with_no_cue(read):
    """ "وقاد رئيس الهيئة الفريق مهند مطير …" … "وقال مطير": the man named in full before,
    though his surname has no article (as "الهاشمي" would)."""
    result = read(
        "وقاد رئيس هيئة الموانئ الفريق مهند مطير، أول سفينة تعبر الممر الجديد. "
        "وقال مطير إن التجربة نجحت تماما."
    )
    assert _voices(result) == ["مهند مطير"]


def test_a_surname_after_the_preposition_ala_takes_no_name_from_it(read):
    """ "لمعت ساعة على معصم نادر كوبريك" … "وقال كوبريك": "على" (folded like the name علي)
    and the noun after it are no part of his name."""
    result = read(
        "ولمعت ساعة ثمينة على معصم نادر كوبريك خلال الحفل. وقال كوبريك إن الساعة هدية من زوجته."
    )
    assert not _voices(result)[0].startswith("على")


def test_a_teams_administrator_after_his_name_is_no_part_of_it(read):
    """ "أبان فلان إداري الفريق أن …": "إداري" is his post, not the last word of his name."""
    result = read("إلى ذلك أبان بدر الفلاني إداري الفريق أن التدريبات تسير كما خطط لها.")
    assert _voices(result) == ["بدر الفلاني"]
