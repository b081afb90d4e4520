"""Arabic words read as voices that name no one, and voice names cut wrong (issue 11)."""

from __future__ import annotations

import pytest

from tracker.models import ArticleResult, SourceKind


def voices(result: ArticleResult) -> list[str]:
    """The names of every voice of the article's attributions, in order."""
    return [a.source.name for a in result.attributions if a.source is not None]


LEAD = "وقال الوزير سالم الهاشمي إن المصنع سيفتح غدا. "


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد من جديد أن العمال سيعودون قريبا.",
        "ولفت النظر إلى أن المشروع سيكتمل العام المقبل.",
        "وتابع قوله إن العمال سيعودون قريبا.",
    ],
)
def test_words_after_the_verb_that_name_no_one_leave_the_speaker_named_before(read, sentence):
    """ "وأكد من جديد أن", "ولفت النظر إلى أن", "وتابع قوله إن": the minister speaks again."""
    result = read(LEAD + sentence)
    assert voices(result) == ["سالم الهاشمي", "سالم الهاشمي"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وعقد الوزير اجتماعا أعرب خلاله عن أن الشراكة ستتوسع العام المقبل.",
        "واختتم حديثه بقوله إن العمال سيعودون قريبا.",
        "ونفى رغبة بلاده في استضافة البطولة المقبلة.",
    ],
)
def test_a_preposition_with_its_pronoun_or_the_speakers_own_words_are_no_voice(read, sentence):
    """ "خلاله" (during it), "حديثه بقوله" (his talk), "رغبة بلاده" (his country's wish)."""
    names = voices(read(LEAD + sentence))
    assert not any(n.startswith(("خلال", "حديث", "رغبة", "بقول")) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "استقبل الوزير سالم الهاشمي وفدا تجاريا أكد خلاله أن الشراكة ستتوسع.",
    ],
)
def test_a_verb_before_a_title_and_what_follows_the_name_are_no_part_of_it(read, text):
    """ "استقبل الوزير فلان وفدا تجاريا أكد خلاله أن": the voice is the minister's name alone."""
    assert voices(read(text)) == ["سالم الهاشمي"]


def test_a_name_with_an_honorific_inside_keeps_its_first_word(read):
    """ "يقول ولد الشيخ فلان": "ولد الشيخ" opens a name; the first word is not a verb to drop."""
    result = read("ويقول ولد الشيخ سالم إن المحادثات ستستأنف الأسبوع المقبل.")
    assert voices(result) == ["ولد الشيخ سالم"]


@pytest.mark.parametrize(
    "text",
    [
        "وذكرت المعلومات أن المطر غمر الأحياء الغربية من البلدة القديمة.",
        "وتشير التفاصيل إلى أن راعيا حاول اجتياز السيل مع أغنامه.",
    ],
)
def test_what_the_paper_learnt_is_its_own_voice(read, text):
    """ "وذكرت المعلومات أن", "وتشير التفاصيل إلى أن": no voice called "the information"."""
    assert voices(read(text)) == []


def test_data_with_no_issuer_is_a_document_not_a_person(read):
    """ "وتوقعت البيانات أن …": the data speak as a document, never as a person."""
    result = read("وتوقعت البيانات أن تزداد نسبة المسنين إلى 9% خلال عشر سنوات.")
    (att,) = result.attributions
    assert att.source is not None
    assert att.source.kind is SourceKind.DOCUMENT


@pytest.mark.parametrize(
    "sentence",
    ["وكشف النقاب عن أن العمال سيعودون قريبا.", "ويقول الآن إن العمال سيعودون قريبا."],
)
def test_an_idiom_or_a_time_after_the_verb_leaves_the_speaker_named_before(read, sentence):
    """ "وكشف النقاب عن أن" (unveiled), "ويقول الآن إن": the minister speaks again."""
    assert voices(read(LEAD + sentence)) == ["سالم الهاشمي", "سالم الهاشمي"]


def test_a_body_named_after_a_king_keeps_its_head(read):
    """ "أعلنت مدينة الملك فلان الطبية": the medical city speaks, not a king called فلان."""
    result = read("أعلنت مدينة الملك سالم الطبية أن القبول سيبدأ الأسبوع المقبل.")
    assert all(not n.startswith("سالم") for n in voices(result))


def test_recent_is_not_his_talk(read):
    """ "كشفت دراسة حديثة أن": حديثة (recent) is no "حديثه" (his talk); the study speaks."""
    result = read("كشفت دراسة حديثة أن المشي يوميا يقلل ضغط الدم.")
    assert [a.source.kind for a in result.attributions if a.source] == [SourceKind.DOCUMENT]


def test_a_place_after_a_body_is_no_name(read):
    """ "رئيس اللجنة الزراعية بينبع": the town where the committee sits is not a person."""
    result = read("ولفت رئيس اللجنة الزراعية بينبع إلى أن المحصول وفير هذا الموسم.")
    assert "بينبع" not in voices(result)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وأبلغ كارلوس الصحيفة أن السيارة عادت إليه.", "كارلوس"),
        ("وعلق سالم الهاشمي بقوله إن العمال سيعودون قريبا.", "سالم الهاشمي"),
    ],
)
def test_whom_he_told_and_his_own_words_are_no_part_of_the_name(read, sentence, name):
    """ "وأبلغ فلان الصحيفة أن", "فلان بقوله إن": the name ends before the paper, "بقوله"."""
    assert voices(read(sentence)) == [name]


def test_the_case_is_a_document_not_the_judge(read):
    """ "وتقول القضية إن": the case (a filing) is no judge ("القاضية") named before."""
    result = read("قالت قاضية بريطانية إن الطلب مرفوض. وتقول القضية إن الحيوانات تستحق الحماية.")
    (judge, case) = result.attributions
    assert judge.source is not None
    assert case.source is not None
    assert case.source.id != judge.source.id
    assert case.source.kind is SourceKind.DOCUMENT


def test_was_after_a_title_is_no_name(read):
    """ "فلان، وزير النفط كان قد أشار إلى أن": "كان" (was) is not the minister's name."""
    result = read("سالم العتيبي، وزير النفط كان قد أشار في مقابلة إلى أن الإنتاج سيرتفع.")
    assert "كان" not in voices(result)
    assert voices(result)


def test_a_descriptor_before_the_site_is_not_cut_as_a_name(read):
    """ "فلان مشغل الموقع": "الموقع" after a descriptor is what he runs, not whom he told."""
    result = read("وقال سالم العتيبي مشغل الموقع للصحيفة إن التبرعات وصلت.")
    assert voices(result) != ["سالم العتيبي مشغل"]


def test_and_before_a_body_is_no_letter_of_its_name(read):
    """ "ووزير الخارجية قال إن": the voice is "وزير الخارجية", without the و of the clause."""
    result = read("ووزير الخارجية الأميركي قال إن الاتفاق قريب.")
    assert voices(result) == ["وزير الخارجية الأميركي"]


def test_a_relative_clause_ends_the_voice(read):
    """ "محامي المتهمين اللذين يواجهان الحكم": the lawyer speaks; the clause describes them."""
    result = read("وقال محامي المتهمين اللذين يواجهان الحكم إن القاضي سيحكم غدا.")
    assert voices(result) == ["محامي المتهمين"]


def test_a_preposition_closes_no_name(read):
    """ "ويتفق الخبير فلان مع ما …، مضيفا أن": the name ends before "مع"."""
    result = read("ويتفق الخبير الاقتصادي سالم الهاشمي مع ما قاله زميله، مضيفا أن الأسعار سترتفع.")
    assert voices(result) == ["سالم الهاشمي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأكدت الوكالة أنها قلقة. وقال رئيسها سام بيرنز إن التحقيق سيبدأ.", "سام بيرنز"),
        ("وغاب اللاعب للإصابة بحسب ما كشف مدربه الهولندي رود سميث.", "رود سميث"),
    ],
)
def test_a_title_with_its_pronoun_is_followed_by_the_name(read, text, name):
    """ "رئيسها فلان", "مدربه الهولندي فلان": the name after the title, not the title."""
    assert name in voices(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "فهناك من يقول إن صاحب الفكرة رجل آخر.",
        "لكنه أكد بدلا من ذلك أن التسوية باتت وشيكة.",
        "وهل يقول إن الوجود اختيار.",
    ],
)
def test_there_are_those_and_instead_are_no_names(read, text):
    """ "فهناك من يقول" (some say), "بدلا من ذلك" (instead), "وهل يقول": no voice by those."""
    assert not any(n in {"فهناك", "بدلا", "من", "وهل"} for n in voices(read(text)))


def test_a_word_cut_at_from_is_no_name(read):
    """ "ونحذر أبناءنا من هذه الفئة وأن …": the object before "من" is no voice."""
    result = read("ونحذر أبناءنا من هذه الفئة الضالة وأن الخطر كبير.")
    assert voices(result) == []
