"""A person named by words that open with no given name is no second origin."""

from __future__ import annotations

import pytest

from tracker import analyse_article
from tracker.corroborate import _weak
from tracker.models import Source, SourceKind, Status
from tracker.readers import parse_article


def _person(name: str, descriptor: str = "") -> Source:
    return Source(id=name, name=name, kind=SourceKind.PERSON, group=name, descriptor=descriptor)


def test_a_sentence_opening_read_as_a_name_is_not_identified():
    # "أثارت نسبة جديدة تؤكد …": a verb and a noun read as the voice of "تؤكد".
    assert _weak(_person("أثارت نسبة جديدة"), one_article=False)


@pytest.mark.parametrize(
    "name", ["سامي الحداد", "عبدالله الفارس", "أبو خالد السالم", "John Marlow"]
)
def test_a_name_opening_with_a_given_name_stays_identified(name):
    assert not _weak(_person(name), one_article=False)


def test_a_title_identifies_a_name_we_do_not_know():
    assert not _weak(_person("زعيبل الهاشمي", "المتحدث باسم البلدية"), one_article=False)


RESIGNATION = (
    "كابول - الوادي\n"
    "أعلن مسؤول كبير في الحركة استقالته من منصبه بعد وفاة قائدها.\n"
    "وقالت مصادر مقربة من نوري، لـ«الوادي»، إن سالم نوري استقال احتجاجا على تعيين"
    " الملا كريم عادل قائدا جديدا للحركة.\n"
    "من جهته، يقول رامي القيسي، خبير الشؤون الإقليمية، لـ«الوادي»، إن استقالة الملا"
    " سالم نوري مؤشر على وجود خلافات داخل الحركة بعد وفاة قائدها.\n"
)


def test_an_expert_on_what_unnamed_sources_told_is_another_claim(registry):
    """The sources tell why he resigned; the expert says what the resignation means. Their
    words are alike, but two voices in one article are one claim only at the confirmed bar."""
    result = analyse_article(parse_article(RESIGNATION, path="resignation.txt"), registry)
    sources = {a.id: a.source.name for a in result.attributions}
    for claim in result.claims:
        names = {sources[i] for i in claim.attributions}
        assert not {"مصادر مقربة من نوري", "رامي القيسي"} <= names
    assert all(c.status is not Status.CORROBORATED for c in result.claims)
