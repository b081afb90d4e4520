"""A person named by words that open with no given name is no second origin."""

from __future__ import annotations

import pytest

from tracker.corroborate import _weak
from tracker.models import Source, SourceKind


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
