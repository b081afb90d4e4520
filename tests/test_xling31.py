"""Issue 13, round 31: one story told in Arabic and English by many outlets.

A commander's unannounced trip abroad, reported first by one paper citing informed sources,
relayed by wires and papers in both languages, denied by his spokesman and commented on by
officials. Each test pins one general cause of statements of one claim left apart (or kept
apart rightly) on such a story.

Every example is made up.
"""

from __future__ import annotations

import pytest

from tracker import corroborate
from tracker.corroborate import Decision, Side, judge_pair, match_key, semantic_links
from tracker.models import Stance


def _judge(first: str, second: str):
    """What judge_pair decides about two asserted statements of two articles."""
    a = match_key("a1.a1", "a1", first, Stance.ASSERTS)
    b = match_key("a2.a1", "a2", second, Stance.ASSERTS)
    return judge_pair(Side.across(a, first), Side.across(b, second))


_TALKS = "قائد القوات البحرية سالم الفضلي أجرى مباحثات مع ضباط إيطاليين في روما يوم الخميس"


@pytest.mark.parametrize(
    "refusing",
    [
        "قائد القوات البحرية سالم الفضلي أجرى مباحثات مع ضباط إيطاليين في روما يوم الخميس،"
        " لكنه رفض الإدلاء بتفاصيل",
        "قائد القوات البحرية سالم الفضلي أجرى مباحثات مع ضباط إيطاليين في روما يوم الخميس،"
        " ورفض الكشف عن مضمونها",
    ],
)
def test_what_a_voice_refused_to_tell_is_a_detail_of_what_it_told(refusing):
    """ "…، لكنه رفض الإدلاء بتفاصيل" closes a statement of the talks with what was not told:
    the refusal ("رفض" negates what it governs) is about the details, which the other outlet's
    statement of the same talks says nothing of, so the two are one claim."""
    found = _judge(_TALKS, refusing)
    assert found is not None
    assert found.tier == "confirmed"


def test_a_refusal_of_what_the_other_statement_tells_keeps_them_apart():
    """ "رفض … إجراء مباحثات" refuses the very talks the other statement says took place
    (no telling withheld): opposed, never one claim."""
    refusing = "قائد القوات البحرية سالم الفضلي رفض إجراء مباحثات مع ضباط إيطاليين في روما"
    found = _judge(_TALKS, refusing)
    assert found is None or found.tier != "confirmed"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("طلب القائد تزويد قواته باثني عشر زورقا للدوريات", ("12",)),
        ("تضم المنطقة اثنتي عشرة مدرسة جديدة", ("12",)),
        ("بلغ عدد الزوارق مئة واثني عشر زورقا", ("112",)),
        ("أثنى القائد على جهود خفر السواحل في المنطقة", ()),
    ],
)
def test_the_teens_unit_after_a_preposition_is_read_with_its_ten(text, numbers):
    """ "باثني عشر زورقا" is twelve boats, as "12 زورقا" is (not ten: "عشر" read alone), and
    "أثنى", which folds as "اثني", is no number when no ten follows it."""
    assert match_key("s", "a", text, Stance.ASSERTS).numbers == numbers


def test_embeddings_read_a_claim_without_what_its_voice_refused_to_tell(monkeypatch):
    """The sentence encoder is given an Arabic statement of talks without its closing refusal
    ("، لكنه رفض الإدلاء بتفاصيل"), as the English statement of the talks has none: withheld
    details are no part of the claim, and they lower the pair's cosine below the bar."""
    arabic = _TALKS + "، لكنه رفض الإدلاء بتفاصيل"
    english = "Naval commander Salem al-Fadhli held talks with Italian officers in Rome"
    read: list[str] = []

    def similarities(texts, pairs):
        read.extend(texts)
        return [0.9 for _ in pairs]

    monkeypatch.setattr(corroborate, "similarities", similarities)
    a = Side.across(match_key("a1.a1", "a1", arabic, Stance.ASSERTS), arabic, semantic=True)
    b = Side.across(match_key("a2.a1", "a2", english, Stance.ASSERTS), english, semantic=True)
    confirmed, _ = semantic_links([(a, b, Decision("semantic", 0.0, "Rome", False))])
    assert read == [_TALKS, english]
    assert confirmed
