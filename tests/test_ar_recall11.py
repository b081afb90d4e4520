"""Arabic reporting patterns met on unseen news articles (round 11), each on a made-up text."""

from __future__ import annotations

import pytest

from tracker.models import ArticleResult


def _said(result: ArticleResult) -> list[tuple[str, str]]:
    return [(a.source.name, a.content) for a in result.attributions]


@pytest.mark.parametrize("opener", [" فيما", "، وبدوره", "، بينما"])
def test_while_opens_a_second_report(read, opener):
    """ "… فيما أكد فلان أن …", "، وبدوره أكد …": a second voice; the first content ends."""
    result = read(
        f"قال المدرب سامي العلي إن الفريق جاهز للمباراة{opener} أكد اللاعب حمد الحمد "
        "أن المباراة صعبة جدا."
    )
    assert _said(result) == [
        ("سامي العلي", "الفريق جاهز للمباراة"),
        ("حمد الحمد", "المباراة صعبة جدا"),
    ]


@pytest.mark.parametrize(
    "closing",
    ["واختتم العلي حديثه بقوله:", "واختتم حديثه بقوله:", "واختتم سامي العلي كلمته بالقول إن"],
)
def test_closing_his_talk_by_saying_is_the_speaker(read, closing):
    """ "واختتم فلان حديثه بقوله: …": the voice is the man, not "فلان حديثه بقوله"."""
    result = read(f"قال المدرب سامي العلي إن الفريق جاهز. {closing} الفوز قريب جدا.")
    assert _said(result) == [("سامي العلي", "الفريق جاهز"), ("سامي العلي", "الفوز قريب جدا")]


@pytest.mark.parametrize("title", ["د. ", "الدكتور ", ""])
def test_role_holder_after_a_title_and_before_the_verbs_object(read, title):
    """ "أماط رئيس اللجنة د. فلان اللثام عن …" then "وكشف رئيس اللجنة": the holder is فلان, cut
    at the surname the article uses alone, past the title, without the verb's object."""
    result = read(
        f"أماط رئيس لجنة المسابقات {title}عبد الله العلي اللثام عن أسماء الأندية. "
        'وقال "العلي": "الأندية دفعت الرسوم". '
        "وكشف رئيس لجنة المسابقات عن إعطاء 20 موافقة جديدة."
    )
    assert [a.source.name for a in result.attributions] == ["العلي", "عبد الله العلي"]


def test_van_in_a_foreign_name_is_no_complementiser(read):
    """ "يوهان فان دام": "فان" between two name words is "van", not "فإن" opening content."""
    result = read(
        "أشار يوهان فان دام مدرب الفريق ان اللاعب مصاب ولن يشارك غدا. "
        "وقال فان دام بهذا الصدد: «اللاعب لن يلعب غدا»."
    )
    assert _said(result) == [
        ("يوهان فان دام", "اللاعب مصاب ولن يشارك غدا"),
        ("يوهان فان دام", "اللاعب لن يلعب غدا"),
    ]


def test_fa_inna_after_a_phrase_still_opens_content(read):
    """ "وعليه فان نسبة …" after a clause is "فإن" without its hamza, not a name."""
    result = read("وبحسب تقرير حكومي فان نسبة البطالة ارتفعت كثيرا.")
    assert _said(result) == [("تقرير حكومي", "نسبة البطالة ارتفعت كثيرا")]


def test_on_this_occasion_between_voice_and_words(read):
    """ "وقال فلان بهذه المناسبة إن …": the occasion is stepped over, not read into the voice."""
    result = read("وقال سامي العلي بهذه المناسبة إن الفريق جاهز.")
    assert _said(result) == [("سامي العلي", "الفريق جاهز")]


@pytest.mark.parametrize("noun", ["تقارير", "تقارير صحفية"])
def test_reports_then_verb_with_no_relative_pronoun(read, noun):
    """ "جاء القرار بعد تقارير ذكرت أن …": the reports are the voice, not the clause before."""
    result = read(f"جاء القرار بعد أيام من {noun} ذكرت أن الشركة ستغلق مصنعها في المدينة.")
    assert _said(result) == [(noun, "الشركة ستغلق مصنعها في المدينة")]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("مدرب الفريق", "المدرب"),
        ("الدكتور", "الدكتور العلي"),
        ("الخبير العسكري اليمني", "الخبير العسكري"),
    ],
)
def test_person_title_refers_to_the_man_named_with_it(read, first, later):
    """ "قال مدرب الفريق فلان …" then "وقال المدرب": one man, not a second voice."""
    result = read(f"قال {first} سامي العلي إن الفريق جاهز للمباراة. وقال {later} إن الفوز قريب.")
    assert [a.source.name for a in result.attributions] == ["سامي العلي", "سامي العلي"]


def test_person_title_with_another_surname_is_another_man(read):
    """ "الدكتور العمري" after "الدكتور سامي الحربي" is not the man named before."""
    result = read("قال الدكتور سامي الحربي إن الفريق جاهز. وقال الدكتور العمري إن الفوز قريب.")
    assert [a.source.name for a in result.attributions][1] != "سامي الحربي"


def test_person_title_named_nowhere_stays_itself(read):
    """ "وقال اللاعب" with no player named before keeps the title as its voice."""
    result = read("وقال اللاعب لموقع النادي: «أريد أن أساعد الفريق».")
    assert [a.source.name for a in result.attributions] == ["اللاعب"]
