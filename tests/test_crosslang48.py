"""Round 48: Arabic↔English statements that share no transliterable name.

An Arabic and an English statement of one claim often share only a body ("الشرطة" / "the
police"), a city, a weekday or a month: words of the bilingual term list (data/terms.toml),
which let the embeddings judge the pair. Statements naming different days, months or cities
stay apart, numbers and negation still guard, and a body named in both languages is one
origin, not two.

Every example is made up.
"""

from __future__ import annotations

from tracker.corroborate import (
    DEFAULT,
    Side,
    _by_terms,
    _common_anchors,
    _speaker_only,
    judge_pair,
    match_key,
    speaker_named,
)
from tracker.link.anchors import anchors, terms, terms_apart
from tracker.link.independence import why_same
from tracker.models import Source, SourceKind, Stance

_AR = "قالت الشرطة إن المعبر الحدودي سيعاد فتحه يوم الأحد أمام المسافرين"
_EN = "the police said the border crossing will reopen to travellers on Sunday"


def _judge(first: str, second: str):
    """What judge_pair decides about two asserted statements of two articles, embeddings on."""
    a = match_key("a1.a1", "a1", first, Stance.ASSERTS)
    b = match_key("a2.a1", "a2", second, Stance.ASSERTS)
    return judge_pair(Side.across(a, first, semantic=True), Side.across(b, second, semantic=True))


def _not_by_embeddings(first: str, second: str) -> bool:
    """True when the two statements are not linked by their embeddings (``_judge``)."""
    found = _judge(first, second)
    return found is None or found.tier != "semantic"


def test_terms_read_bodies_days_and_months_in_both_languages():
    """Clitics come off the Arabic word ("وللحكومة"), case does not matter in English."""
    assert {k for k, _ in terms("وأعلنت وزارة الصحة وللحكومة في 3 مايو الخميس")} == {
        "body:health-ministry",
        "body:government",
        "month:may",
        "day:thursday",
    }
    assert {k for k, _ in terms("The Health Ministry and the Government on Thursday, May 3")} == {
        "body:health-ministry",
        "body:government",
        "month:may",
        "day:thursday",
    }


def test_a_month_name_that_is_a_common_word_needs_a_number():
    """ "مارس الضغط" is a verb, "May" a modal; next to a number each is the month."""
    assert terms("مارس الضغط على الجميع") == []
    assert terms("we may reopen it") == []
    assert {k for k, _ in terms("في 5 مارس")} == {"month:march"}


def test_a_body_and_a_day_let_the_embeddings_judge_an_arabic_and_an_english_statement():
    found = _judge(_AR, _EN)
    assert found is not None
    assert found.tier == "semantic"
    assert not found.one_language


def test_another_day_keeps_them_apart():
    other = "the police said the border crossing will reopen to travellers on Tuesday"
    assert terms_apart(anchors(_AR), anchors(other))
    assert _not_by_embeddings(_AR, other)


def test_another_city_keeps_them_apart():
    ar = "قالت الشرطة إن المعبر سيعاد فتحه في حلب"
    en = "the police said the crossing will reopen in Mosul"
    assert terms_apart(anchors(ar), anchors(en))
    assert _not_by_embeddings(ar, en)


def test_another_number_keeps_them_apart():
    ar = "قالت الشرطة إن 40 مسافرا عبروا المعبر يوم الأحد"
    en = "the police said 70 travellers crossed on Sunday"
    assert "t:day:sunday" in anchors(ar).keys() & anchors(en).keys()
    assert _not_by_embeddings(ar, en)


def test_a_negated_statement_keeps_them_apart():
    ar = "قالت الشرطة إن المعبر لن يفتح يوم الأحد"
    en = "the police said the crossing will open on Sunday"
    assert "t:body:police" in anchors(ar).keys() & anchors(en).keys()
    assert _not_by_embeddings(ar, en)


def test_within_one_language_terms_add_no_anchor():
    """Two English statements sharing only "the government" are not sent to the embeddings:
    words and stems judge a pair in one language."""
    first, second = "the government approved the budget", "the government rejected a quota"
    assert "t:body:government" in anchors(first).keys() & anchors(second).keys()
    assert _not_by_embeddings(first, second)


def test_statements_sharing_one_term_are_blocked_together_across_languages():
    """Blocking on two anchors misses a pair whose only common anchor is one term."""
    keys = [("n:abc", "n:def", "n:ghi", "n:jkl", "t:body:government"), ("t:body:government",)]
    assert _by_terms(keys, DEFAULT) == [{1}, {0}]


def test_a_body_named_in_two_languages_is_one_origin():
    ar = Source("v-1", "نقابة عمال الموانئ", SourceKind.ORGANIZATION)
    en = Source("p-2", "The dock workers' union", SourceKind.PERSON)
    assert why_same(ar, en) == "one body named in two languages"
    other = Source("v-3", "وزارة الصحة", SourceKind.ORGANIZATION)
    assert why_same(other, en) == ""


def test_a_voice_known_by_its_body_anchors_what_it_said_in_both_languages():
    """ "مصدر في وزارة الصحة" and "a source at the Health Ministry" name no person, but one
    body: what each is quoted saying may be judged by embeddings, at the cross-language bar."""
    assert speaker_named("مصدر في وزارة الصحة", SourceKind.ANONYMOUS) is not None
    assert speaker_named("مصادر مطلعة", SourceKind.ANONYMOUS) is None
    ar = "اللقاحات الجديدة ستصل إلى المستشفيات خلال أسابيع قليلة"
    en = "the new vaccines will reach hospitals within a few weeks"
    a = Side.across(match_key("a1.a1", "a1", ar, Stance.ASSERTS), ar, semantic=True)
    b = Side.across(match_key("a2.a1", "a2", en, Stance.ASSERTS), en, semantic=True)
    a.speaker = speaker_named("مصدر في وزارة الصحة", SourceKind.ANONYMOUS)
    b.speaker = speaker_named("a source at the Health Ministry", SourceKind.ANONYMOUS)
    found = judge_pair(a, b)
    assert found is not None
    assert found.tier == "semantic"
    assert _speaker_only(a, b)


def test_a_voice_of_another_body_adds_no_common_anchor():
    ar = "اللقاحات الجديدة ستصل إلى المستشفيات خلال أسابيع قليلة"
    en = "the new vaccines will reach hospitals within a few weeks"
    a = Side.across(match_key("a1.a1", "a1", ar, Stance.ASSERTS), ar, semantic=True)
    b = Side.across(match_key("a2.a1", "a2", en, Stance.ASSERTS), en, semantic=True)
    a.speaker = speaker_named("مصدر في وزارة الصحة", SourceKind.ANONYMOUS)
    b.speaker = speaker_named("a source at the Finance Ministry", SourceKind.ANONYMOUS)
    assert {"n:@t:body:health-ministry"} <= a.mark.keys()
    assert {"n:@t:body:finance-ministry"} <= b.mark.keys()
    found = judge_pair(a, b)
    assert found is None or found.tier != "semantic"


def test_bodies_of_two_countries_are_two_voices():
    ar = Source("v-1", "وزارة الصحة السورية", SourceKind.ORGANIZATION)
    en = Source("v-2", "the Lebanese Health Ministry", SourceKind.ORGANIZATION)
    assert why_same(ar, en) == ""
    same = Source("v-3", "the Syrian Health Ministry", SourceKind.ORGANIZATION)
    assert why_same(ar, same) == "one body named in two languages"


def test_a_voice_known_by_its_body_adds_no_anchor_within_one_language():
    first = "the new vaccines will reach hospitals within a few weeks"
    second = "the old clinics will close before the winter holidays"
    a = Side.across(match_key("a1.a1", "a1", first, Stance.ASSERTS), first, semantic=True)
    b = Side.across(match_key("a2.a1", "a2", second, Stance.ASSERTS), second, semantic=True)
    a.speaker = speaker_named("a source at the Health Ministry", SourceKind.ANONYMOUS)
    b.speaker = speaker_named("an official at the Health Ministry", SourceKind.ANONYMOUS)
    assert {"n:@t:body:health-ministry"} <= a.mark.keys() & b.mark.keys()
    assert _common_anchors(a, b, one_language=True) == ()
