"""Issue 13, round 45: one story told in Arabic and English by many outlets.

A commander's unannounced trip abroad, reported first by one paper citing informed sources,
relayed by wires and papers in both languages, denied by his spokesman and commented on by
officials. Each test pins one general cause of statements of one claim left apart (or kept
apart rightly) on such a story.

Every example is made up.
"""

from __future__ import annotations

import pytest

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.antonyms import refused_telling, without_refusal
from tracker.models import Stance


def _sides(first: str, second: str, *, semantic: bool = False) -> tuple[Side, Side]:
    """Two asserted statements of two articles as judge_pair reads them."""
    a = match_key("a1.a1", "a1", first, Stance.ASSERTS)
    b = match_key("a2.a1", "a2", second, Stance.ASSERTS)
    return Side.across(a, first, semantic=semantic), Side.across(b, second, semantic=semantic)


_MET = "Admiral Karim Haddou met naval officers in Lisbon on Tuesday"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (_MET + ", but gave no further details", _MET),
        (_MET + ", without giving further details", _MET),
        (
            "الأميرال كريم حدو التقى ضباطا في البحرية بلشبونة الثلاثاء، من دون أن يعطي تفاصيل",
            "الأميرال كريم حدو التقى ضباطا في البحرية بلشبونة الثلاثاء",
        ),
    ],
)
def test_a_particle_refusing_details_closes_no_claim(text, told):
    """ "…, but gave no further details" and "من دون أن يعطي تفاصيل" withhold details as
    "رفض الإدلاء بتفاصيل" does, with a particle: what the sentence encoder reads is the
    claim before them."""
    assert refused_telling(text)
    assert without_refusal(text) == told


def test_an_event_a_particle_negates_is_no_refusal():
    """ "لم يلتق الأميرال أي ضابط" negates the meeting itself: no telling is withheld."""
    assert not refused_telling("لم يلتق الأميرال كريم حدو أي ضابط في لشبونة")


def test_a_refusal_by_a_particle_does_not_negate_the_claim_across_languages():
    """An English wire's "…, but gave no further details" after the meeting, and an Arabic
    paper's statement of that meeting, are left to the embeddings (sharing the place): the
    "no" is about the details, not the meeting, so the negation guard does not part them."""
    english = _MET + ", but gave no further details"
    arabic = "الأميرال كريم حدو التقى ضباطا في البحرية البرتغالية في لشبونة يوم الثلاثاء"
    found = judge_pair(*_sides(english, arabic, semantic=True))
    assert found is not None
    assert found.tier == "semantic"


def test_a_particle_refusing_what_the_other_tells_keeps_them_apart():
    """ "did not give details of the meeting" beside a statement telling its details: the
    other names what was withheld, so the negation still tells them apart."""
    refusing = "Admiral Karim Haddou gave no details of his meeting with naval officers in Lisbon"
    telling = "Admiral Karim Haddou gave details of his meeting with naval officers in Lisbon"
    found = judge_pair(*_sides(refusing, telling))
    assert found is None or found.tier != "confirmed"


def test_a_rewording_sharing_some_words_is_left_to_the_embeddings():
    """ "held talks with … officers in Lisbon on Tuesday" and "had met … officers in Lisbon
    earlier this week" match as word sets but share under half their words: a rewording,
    which the embeddings judge (on a story), not two headlines one altered word apart."""
    first = "Admiral Karim Haddou held talks with Portuguese naval officers in Lisbon on Tuesday"
    second = "that Haddou had met Portuguese navy officers in Lisbon earlier this week"
    found = judge_pair(*_sides(first, second, semantic=True))
    assert found is not None
    assert found.tier == "semantic"


def test_one_word_altered_is_not_left_to_the_embeddings():
    """Two statements one word apart share most of their words: an embedding scores them
    alike whatever the word, so they stay a suggestion of the words alone."""
    first = "the farm ministry raised the price of wheat"
    second = "the farm ministry raised the price of barley"
    found = judge_pair(*_sides(first, second, semantic=True))
    assert found is None or found.tier not in ("semantic", "confirmed")
