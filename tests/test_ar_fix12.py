"""Arabic reporting patterns seen on real news and read wrong before (issue 11, round 12).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tracker import analyse_article
from tracker.models import ArticleResult
from tracker.readers import parse_article


@pytest.fixture(scope="module")
def read(registry):
    """Analyse a short Arabic text (after a headline) published by a paper with no wire."""

    def run(text: str) -> ArticleResult:
        article = parse_article("خبر اليوم\n\n" + text, "t.json", publisher="okaz", language="ar")
        return analyse_article(article, registry)

    return run


def only(result: ArticleResult) -> tuple[str, list[str], str]:
    """The voice, chain and content of the article's one attribution."""
    assert len(result.attributions) == 1
    a = result.attributions[0]
    return a.source.name, [c.name for c in a.chain], a.content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "ونقلت وكالة الأنباء الأردنية ما قاله الوزير سالم الهاشمي إن المصنع سيفتح غدا.",
            "المصنع سيفتح غدا",
        ),
        (
            "ونقلت وكالة الأنباء الأردنية ما قاله الوزير سالم الهاشمي: «المصنع سيفتح غدا».",
            "المصنع سيفتح غدا",
        ),
        (
            "ونقلت وكالة الأنباء الأردنية ما صرح به الوزير سالم الهاشمي من أن المصنع سيفتح غدا.",
            "المصنع سيفتح غدا",
        ),
    ],
)
def test_an_agency_relaying_what_a_voice_said_puts_both_in_the_chain(read, text, content):
    """ "نقلت الوكالة ما قاله الوزير إن …": the agency relays the minister, not its own voice."""
    voice, chain, said = only(read(text))
    assert voice == "وكالة الأنباء الأردنية"
    assert chain == ["وكالة الأنباء الأردنية", "سالم الهاشمي"]
    assert said == content


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("أعلنت جماعة النسر مسؤوليتها عن التفجير قرب الجسر.", "جماعة النسر"),
        ("وأعلنت حركة الفجر مسؤوليتها عن الهجوم على القافلة.", "حركة الفجر"),
    ],
)
def test_a_claim_of_responsibility_is_the_groups_and_its_content(read, text, group):
    """ "أعلنت جماعة X مسؤوليتها عن …": the group speaks; "مسؤوليتها عن …" is what it claims."""
    voice, _, said = only(read(text))
    assert voice == group
    assert said.startswith("مسؤوليتها عن")


def test_a_time_word_after_a_trailing_cue_leaves_the_clause_before_as_content(read):
    """ "…، حسبما أفادت الشرطة، الخميس.": the clause before is the content, not "الخميس"."""
    result = read("وأصيب أربعة عمال في حريق بمستودع قرب الميناء، حسبما أفادت الشرطة، الخميس.")
    voice, _, said = only(result)
    assert voice == "الشرطة"
    assert "حريق بمستودع قرب الميناء" in said


@pytest.mark.parametrize(
    "text",
    [
        "وأصدرت الهيئة تقريرا عن المياه. ونشر حديثا أن نصف الآبار جفت.",
        "وقال الوزير سالم الهاشمي إن المصنع سيفتح غدا. ونشر حديثا أن نصف الآبار جفت.",
    ],
)
def test_recently_after_a_verb_is_no_voice(read, text):
    """ "ونشر حديثا أن …": حديثا is "recently", never the one who published."""
    assert all(a.source.name != "حديثا" for a in read(text).attributions)


def test_a_quoted_name_after_a_title_is_the_titled_person(read):
    """ "وقال مدير الإعلام بالهيئة «سالم الهاشمي» إن …": the quoted name is the speaker's."""
    result = read("وقال مدير الإعلام بهيئة المياه «سالم الهاشمي» إن الخزان سيفتح غدا.")
    voice, _, said = only(result)
    assert voice == "سالم الهاشمي"
    assert result.attributions[0].source.descriptor == "مدير الإعلام بهيئة المياه"
    assert said == "الخزان سيفتح غدا"


@pytest.mark.parametrize(
    "text",
    [
        "أضافت شركة «نجمة» خاصية جديدة إلى تطبيقها تحمل اسم «شارك الآن».",
        "وأضافت شركة «نجمة» خاصية جديدة إلى تطبيقها، وهي: مشاركة الصور بسهولة.",
    ],
)
def test_a_company_adding_a_feature_says_nothing(read, text):
    """ "أضافت شركة «نجمة» خاصية جديدة": added a thing; the feature's name is no one's words."""
    assert read(text).attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        "وأضافت شركة «نجمة» للطيران أن الرحلات ستبدأ غدا.",
        "وأضاف الوزير سالم الهاشمي مبتسما: «المصنع سيفتح غدا».",
        "وأضاف «الهاشمي» في تغريدة له على حسابه أن العمال سيعودون قريبا.",
    ],
)
def test_added_words_after_a_quoted_name_or_a_manner_are_still_reported(read, text):
    """ "شركة «نجمة» للطيران أن …", "مبتسما: …", "«فلان» في تغريدة": the name goes on, the
    manner and the occasion are no object."""
    assert len(read(text).attributions) == 1


def test_two_groups_each_claiming_responsibility_confirm_nothing_of_each_other(read):
    """ "أعلنت جماعة النسر مسؤوليتها عن الهجوم" in one paper and "أعلن تنظيم الفجر مسؤوليته عن
    الهجوم" in another: each claim of responsibility is the group's own; no corroboration."""
    from tracker.corroborate import standing
    from tracker.models import Status

    one = read("أعلنت جماعة النسر مسؤوليتها عن الهجوم.").attributions
    other = read("وأعلن تنظيم الفجر مسؤوليته عن الهجوم.").attributions
    assert [a.content for a in (*one, *other)] == ["مسؤوليتها عن الهجوم", "مسؤوليته عن الهجوم"]
    other = tuple(replace(a, article="y", id="y.a1") for a in other)
    assert standing([*one, *other], [], {}).status is Status.SINGLE_SOURCED


def test_added_in_a_statement_with_no_subject_is_the_speaker_before(read):
    """ "وأضافت في بيان: «…»": the occasion is no object; the company speaks again."""
    text = "وقالت شركة نجمة إن المصنع سيفتح غدا. وأضافت في بيان: «المصنع سيضم ألف عامل»."
    assert [a.cue for a in read(text).attributions] == ["قالت", "أضافت"]


def test_recently_inside_a_title_stays_in_it(read):
    """ "مدير الهيئة المعين حديثا فلان": "recently appointed" is part of his title."""
    result = read("واعترف مدير الهيئة المعين حديثا سالم الهاشمي بوجود نقص في المياه.")
    voice, _, _ = only(result)
    assert voice == "سالم الهاشمي"
    assert result.attributions[0].source.descriptor == "مدير الهيئة المعين حديثا"
