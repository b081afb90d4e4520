"""An article credited to two wires: its own words may be either's (wire_credits, standing)."""

from __future__ import annotations

import pytest

from tracker.models import Article, Source, SourceKind, Statement, Status
from tracker.sources import wire_credit, wire_credits


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("القاهرة - د ب أ، واس", ("dpa", "spa")),
        ("الرياض - واس", ("spa",)),
        ("كابول: سالم الهاشمي، أ ف ب", ("afp",)),
        ("محرر الشؤون المحلية", ()),
    ],
)
def test_a_byline_listing_wires_credits_each(registry, author, expected):
    """ "د ب أ، واس" in a byline credits both wires, the first as the voice of the article's
    own words; a byline of one wire credits it alone, after a reporter's name too, and a
    reporter's alone none."""
    article = Article(
        id="t", path="t.json", text="افتتح الميناء رصيفا جديدا.", publisher="okaz", author=author
    )
    assert tuple(s.id for s in wire_credits(article, registry)) == expected
    first = wire_credit(article, registry)
    assert (first.id if first is not None else None) == (expected[0] if expected else None)


_FIRST = Source("w1", "وكالة الأنباء الوطنية", SourceKind.AGENCY, in_registry=True)
_SECOND = Source("w2", "وكالة الخليج", SourceKind.AGENCY, in_registry=True)
_SAID = "افتتحت هيئة الموانئ رصيفا جديدا لسفن الحاويات في ميناء الشمال صباح الأحد"
_TOLD = "بدأ ميناء الشمال الأحد استقبال سفن الحاويات على رصيف جديد افتتحته هيئة الموانئ"


def _stated(*items: tuple[str, Source, tuple[Source, ...], str]) -> list[Statement]:
    return [
        Statement(f"{art}.s1", art, text, 0, len(text), voice, credited=True, also=also)
        for art, voice, also, text in items
    ]


def test_a_wire_credited_beside_the_other_is_no_second_origin():
    """One paper's article credited to one wire tells of a new quay; another's, credited to a
    second wire and the first together, tells it in other words: its words may be the first
    wire's, so the claim has one origin and the explanation says why."""
    from tracker.corroborate import explain, standing

    stated = _stated(("x", _FIRST, (), _SAID), ("y", _SECOND, (_FIRST,), _TOLD))
    judged = standing([], stated, {s.id: s.voice for s in stated})
    assert judged.status is Status.SINGLE_SOURCED
    assert list(judged.asserting) == ["w1"]
    assert "credited together with وكالة الأنباء الوطنية" in explain(judged, [], stated)


def test_a_wire_that_also_states_the_claim_alone_stays_an_origin():
    """The second wire credited alone in a third article tells the claim on its own: the two
    wires corroborate it, whatever the jointly credited article says."""
    from tracker.corroborate import standing

    stated = _stated(
        ("x", _FIRST, (), _SAID), ("y", _SECOND, (_FIRST,), _TOLD), ("z", _SECOND, (), _TOLD)
    )
    judged = standing([], stated, {s.id: s.voice for s in stated})
    assert judged.status is Status.CORROBORATED
    assert sorted(judged.asserting) == ["w1", "w2"]


def test_the_other_wires_are_kept_in_the_store():
    """A statement's other credited wires go into the store's records and come back."""
    from tracker.store.codec import statement_data, statement_from

    kept = {s.id: s for s in (_FIRST, _SECOND)}
    (statement,) = _stated(("y", _SECOND, (_FIRST,), _TOLD))
    data = statement_data(statement, lambda s: s.id)
    assert data["also"] == ["w1"]
    assert statement_from(data, kept.__getitem__) == statement
    (alone,) = _stated(("x", _FIRST, (), _SAID))
    assert "also" not in statement_data(alone, lambda s: s.id)
