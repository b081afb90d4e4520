"""Voice names that are no one's name: a noun of saying before its holder, a body's
complement in ل after a title (round 53).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest

from tracker.models import SourceKind


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("وترجح تعليقات كارلوس مندير أن النادي لن يبيع اللاعب هذا الصيف.", "كارلوس مندير"),
        ("وبحسب تعبير سالم الحربي فإن الشركة ستطلق الجهاز الجديد في الخريف.", "سالم الحربي"),
        ("وهو رقم كبير جدا بحسب تصوّر ماريو لافاز، فإن الحكومة أخطأت.", "ماريو لافاز"),
        ("هذه الأموال كبيرة بحسب تصوّر لافازين، فإن الحكومة ستطبع عملة جديدة.", "لافازين"),
    ],
)
def test_a_noun_of_saying_is_no_part_of_its_holders_name(read, sentence, voice):
    """ "وترجح تعليقات فلان أن …", "بحسب تعبير فلان": whose comments or words they are is the
    voice, not a man called "تعليقات فلان"; a name in ل after them keeps its ل."""
    found = read(sentence).attributions
    assert found
    assert {a.source.name for a in found} == {voice}


def test_the_holder_of_the_words_is_one_voice_with_him_speaking(read):
    """The holder named through his comments and then by his surname alone is one voice."""
    result = read(
        "وترجح تعليقات كارلوس مندير أن النادي لن يبيع اللاعب هذا الصيف."
        " وقال مندير إن الفريق يحتاج إلى كل لاعبيه."
    )
    assert [a.source.name for a in result.attributions] == ["كارلوس مندير", "كارلوس مندير"]


def test_in_the_words_of_an_official_is_the_official(read):
    """ "حسب تعبير السفير …": the ambassador, by his title, not a man called "تعبير"; "قول
    الله" (a verse recalled) stays no voice."""
    (said,) = read(
        "وهي خطوة تبدو متأخرة حسب تعبير السفير الغاني لدى الاتحاد الأفريقي."
    ).attributions
    assert said.source.name == "السفير الغاني لدى الاتحاد الأفريقي"
    assert said.source.kind is SourceKind.OFFICIAL
    (told,) = read("وبحسب قول المشرفين فإن الرحلة تأخرت ساعتين.").attributions
    assert told.source.name == "المشرفين"
    assert told.source.kind is SourceKind.ANONYMOUS
    assert not read("سادسا: تذكر قول الله تعالى في كتابه.").attributions  # a verse, no voice
    (bare,) = read("وانتشر الخبر كالنار في الهشيم، حسب تعبير هارلو.").attributions
    assert bare.source.name == "هارلو"  # a bare name after the noun of saying speaks


def test_a_market_a_title_is_over_is_no_name(read):
    """ "المدير التنفيذي لسوق فلان": the market in ل and its name are whose director he is;
    the unnamed director speaks, not a man called "لسوق فلان"."""
    (said,) = read(
        "وأفاد المدير التنفيذي لسوق وردان أن جناح الحرف اليدوية يضم أربعين محلا."
    ).attributions
    assert said.source.name == "المدير التنفيذي لسوق وردان"
    assert said.source.kind is SourceKind.OFFICIAL
    (named,) = read(
        "وأوضح المدير التنفيذي لسوق وردان سالم الحربي أن الجناح يضم أربعين محلا."
    ).attributions
    assert named.source.name == "سالم الحربي"  # his own name after the market's is his


def test_what_is_expected_is_no_holder(read):
    """ "وتشير توقعات المحللين إلى …": the analysts' forecast is theirs; "وحسب توقعات زيادة
    الطلب …" (what is expected) names no one."""
    (said,) = read("وتشير توقعات المحللين إلى أن الأسعار ستنخفض هذا العام.").attributions
    assert said.source.name == "المحللين"
    assert said.source.kind is SourceKind.ANONYMOUS
    result = read("وحسب توقعات زيادة الاستهلاك للمياه فإن الحاجة ستتضاعف خلال عشر سنوات.")
    assert all(a.source.name != "زيادة الاستهلاك" for a in result.attributions)


def test_a_region_between_two_titles_is_no_name(read):
    """ "أمير منطقة الساحل رئيس اللجنة …": the region the first title governs is no name;
    the unnamed official speaks, and a name after a later title is still his."""
    (said,) = read(
        "وقال سمو أمير منطقة الساحل رئيس اللجنة العليا لمهرجان الواحة: إن المهرجان يكبر كل عام."
    ).attributions
    assert said.source.name == "أمير منطقة الساحل رئيس اللجنة العليا لمهرجان الواحة"
    assert said.source.kind is SourceKind.OFFICIAL
    (named,) = read(
        "وأوضح أمين محافظة الساحل المهندس سالم المخرج أن الحديقة الجديدة تضم أربعة ملاعب."
    ).attributions
    assert named.source.name == "سالم المخرج"


def test_the_one_a_letter_addresses_is_no_voice(read):
    """ "أن أعرب لفخامتكم عن …": the honorific in ل with "your" is whom the writer thanks,
    never a man called "لفخامتكم"."""
    result = read(
        "وبعث الأمير سالم برقية إلى الرئيس جاء فيها: أود في ختام زيارتي أن"
        " أعرب لفخامتكم عن شكري العميق على كرم الضيافة طوال أيامها."
    )
    assert all(a.source.name != "لفخامتكم" for a in result.attributions)


def test_must_opens_what_is_said_and_names_no_one(read):
    """ "وقال يجب أن …": the impersonal "must" opens his words; no man called "يجب" speaks."""
    result = read(
        "وتحدث الدكتور سالم الحربي في ندوته عن كتابة الرواية، وقال يجب أن يقرأ"
        " الكاتب كثيرا قبل أن يكتب."
    )
    assert all(a.source.name != "يجب" for a in result.attributions)
