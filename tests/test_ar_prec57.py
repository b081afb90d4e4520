"""Arabic attributions read wrong on SaudiNewsNet days sampled at random (round 57, prec57).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "ويعتبر المهاجم نادر السالمي من أمهر لاعبي الفريق إلا أن إصابته أبعدته عن المباريات.",
        "وبلغ عدد ساعات التطوع في المدينة ألف ساعة، وهذا يعتبر مؤشر طيب حيث ان العمل التطوعي "
        "يعكس وعي المجتمع.",
        "وتعتبر الخطوة بداية جديدة لأنها تفتح باب الاستثمار أمام الشركات الصغيرة.",
        "وتعتبر هذه الخطة الأساس الذي ينبغي أن تبنى عليه قرارات المجلس المقبلة.",
    ],
)
def test_is_considered_with_another_clauses_that_is_no_voice(read, text):
    """ "ويعتبر X من أمهر … إلا أن …": the present of اعتبر before a complementiser that
    another word governs ("إلا أن", "حيث ان", "ينبغي أن") or that gives a cause ("لأنها") is
    "is considered"; no one speaks. With its own complementiser after the subject ("ويعتبر
    الخبير فلان أن …") it still reports what he considers."""
    considers = "ويعتبر الخبير المالي ماجد الراشد أن أسعار الأسهم سترتفع.\n"
    found = [(a.source.name, a.content) for a in read(considers + text).attributions]
    assert found == [("ماجد الراشد", "أسعار الأسهم سترتفع")]


_BEFORE = "وقال المشرف على الحديقة سامي الدوسري إن الزوار كثر هذا العام.\n"


@pytest.mark.parametrize(
    ("topic", "voice"),
    [
        ("أما الأردني مازن العتوم فقال", "مازن العتوم"),
        ("أما الطفل خالد الرميح فيرى", "خالد الرميح"),
        ("أما مازن العتوم - 40 عاما - فيقول", "مازن العتوم"),
        ("أما «مازن العتوم» فقال", "مازن العتوم"),
    ],
)
def test_a_topic_after_amma_names_the_voice_not_the_speaker_before(read, topic, voice):
    """ "أما الأردني فلان فقال …", "أما فلان - 40 عاما - فيقول …", "أما «فلان» فقال …": the
    name set up by أما speaks, after a word with the article that describes him, before an
    aside in dashes, or in quotation marks; not the speaker of the sentence before."""
    text = _BEFORE + topic + " إن المرافق تحتاج إلى صيانة عاجلة.\n"
    voices = [a.source.name for a in read(text).attributions]
    assert voices == ["سامي الدوسري", voice]


def test_a_given_name_is_not_another_given_name_spelt_otherwise(read):
    """ "حسن" after "حسين الفلاني": two given names the lexicon knows, sharing a skeleton of
    consonants, are two men, not two spellings of one name."""
    text = (
        "وقال التاجر حسين الغامدي إن البيع كان ضعيفا في الأسبوع الأول.\n"
        "أما السيد حسن فيقول: «الإقبال تحسن بعد العيد».\n"
    )
    first, second = read(text).attributions
    assert first.source.name == "حسين الغامدي"
    assert second.source.name == "حسن"
    assert second.source.id != first.source.id
