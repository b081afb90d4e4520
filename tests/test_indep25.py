"""Issue 13, round 25: false corroborations read claim by claim in two windows of three days.

Each test pins one general cause: a credit read as a voice where nobody speaks ("بحسب سعر
الخام", "وفق المقرر لها", "وفقا لتصريح فلان" read as "تصريح"), a participle given to the speaker
before a clause that names another ("…، فيما أشاد فلان بـ…، موضحا") and a content run over "، من
جهته قال فلان".

Every example is made up.
"""

from __future__ import annotations

import pytest


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_a_credit_to_someones_statement_names_him(read):
    """ "وفقا لتصريح رئيس النقابة": the voice is the one whose statement it is, not "تصريح",
    and "بحسب تصريح لخبير" is the expert's, without the ل."""
    result = read(
        "وبلغ عدد المفصولين مئتين وعشرة هذا الصيف، وفقا لتصريح رئيس نقابة المعلمين الوطنية."
    )
    assert _voices(result) == ["رئيس نقابة المعلمين الوطنية"]
    result = read("وتراجعت المبيعات في الربع الأخير بنسبة كبيرة، بحسب تصريح لخبير مالي.")
    assert _voices(result) == ["خبير مالي"]


@pytest.mark.parametrize(
    "text",
    [
        "بينما يبلغ متوسط كلفة إنتاج الطن بحسب سعر الخام الذي يدفعه المصنع نحو أربعين دينارا.",
        "وتختار الأسر نوع السكن بحسب حجم العائلة ودخلها في كل مدينة من مدن الساحل.",
        "وبحث المدير سبل سير الدراسة وفق المقرر لها وسط أجواء هادئة، عبر خطة تشمل المدارس البعيدة.",
    ],
)
def test_a_measure_or_a_plan_after_a_credit_word_is_no_voice(read, text):
    """ "بحسب سعر الخام", "بحسب حجم العائلة", "وفق المقرر لها": a price, a size or what was
    planned is what things go by; nobody speaks."""
    assert _voices(read(text)) == []


def test_a_participle_after_a_clause_naming_another_person_is_his(read):
    """ "…، فيما أشاد خالد المنصوري بالعروض، موضحا أن": the man who praised explains, not the
    speaker before "فيما"."""
    result = read(
        "وأكد سالم الفارس أن المهرجان حقق نجاحا كبيرا من ناحية الحضور، فيما أشاد خالد"
        " المنصوري بعروض الحدائق العامة، موضحا أن الأسر تفضل الحدائق في المساء بسبب الحر."
    )
    assert _voices(result) == ["سالم الفارس", "خالد المنصوري"]
    assert "المنصوري" not in result.attributions[0].content


def test_a_participle_after_a_clause_naming_no_one_stays_with_the_speaker(read):
    """ "…، فيما سيتم منح التأشيرة …، مشيرة": no one is named after the verb, so the
    participle is still the ministry's."""
    result = read(
        "أعلنت وزارة الداخلية أنها اعتمدت رسوما جديدة للتأشيرة، فيما سيتم منح التأشيرة خلال"
        " خمسة أيام، مشيرة إلى أن الرسوم ستطبق مطلع الشهر المقبل."
    )
    assert _voices(result) == ["وزارة الداخلية", "وزارة الداخلية"]


def test_on_his_part_after_a_comma_opens_another_speakers_clause(read):
    """ "…، من جهته قال الرئيس فلان: …": the content before ends at "من جهته", and the
    president's words that follow are his own three attributions."""
    result = read(
        "وحذرت السفارة من أن هذه الندوة قد تكون هدفا محتملا، من جهته قال الرئيس الغاني كوفي"
        " منسا: إن تنظيم هذه الندوة يقدم صورة أخرى للقارة، وأكد أن «هذا الحديث عن فشل"
        " القارة خاطئ»، وأضاف: «أظهروا أن القارة جاهزة للعمل»."
    )
    assert _voices(result) == ["السفارة", "كوفي منسا", "كوفي منسا", "كوفي منسا"]
    assert result.attributions[0].content.endswith("هدفا محتملا")
