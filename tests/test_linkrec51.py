"""One count told by two outlets, one of them adding how part of it falls ("…، بينهم 18 في
العاصمة"): the breakdown is no count of its own, so the two are one claim. Another total, a
part as large as the whole, numbers added without a word of breakdown, another place or a
negation keep them apart. Every example is made up."""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.numbers import a_breakdown
from tracker.models import Stance

# The count as one wire tells it.
TOTAL = "توفي 27 مسنا وأصيب 64 آخرون بضربات الشمس خلال موجة الحر التي تشهدها ولاية الشمال"
# The same count as another wire tells it, with how part of it falls.
BROKEN = (
    "توفي 27 مسنا وأصيب 64 آخرون بضربات الشمس خلال موجة الحر، منهم 18 متوفى و35 مصابا في"
    " مدينة الميناء"
)


def _said(item: str, text: str, stance: Stance = Stance.ASSERTS) -> Side:
    """What a voice said, as judged across articles."""
    return Side.across(match_key(item, item.split(".")[0], text, stance), text)


def _tier(one: str, other: str, stance: Stance = Stance.ASSERTS) -> str | None:
    """The tier judge_pair gives two things voices said, or None."""
    found = judge_pair(_said("a1.a1", one), _said("a2.a1", other, stance))
    return None if found is None else found.tier


def test_a_count_with_its_breakdown_is_the_count_told_without_it() -> None:
    """ "توفي 27 … وأصيب 64 …، منهم 18 متوفى و35 مصابا في مدينة الميناء" tells the count
    "توفي 27 … وأصيب 64 …" tells: a confirmed link."""
    assert _tier(TOTAL, BROKEN) == "confirmed"
    assert _tier(BROKEN, TOTAL) == "confirmed"


def test_the_breakdown_joins_two_outlets_mentions_into_one_claim(tmp_path: Path) -> None:
    """Two papers relaying one ministry's count, one with the capital's share of it: one
    claim across the two articles, with one origin."""
    one = _record("alriyadh", "قالت وزارة الصحة في ولاية الشمال إنه " + TOTAL + ".")
    two = _record("aljazirah", "وقالت وزارة الصحة في ولاية الشمال إنه " + BROKEN + ".")
    claims = [c for c in _report(tmp_path, one, two).corpus_claims if len(c.articles) == 2]
    assert len(claims) == 1
    assert len(claims[0].origins) == 1


def test_a_breakdown_is_told_after_its_word_and_below_the_whole() -> None:
    """A breakdown's numbers follow "بينهم"/"منهم" after the count and are smaller than it;
    a number added with "و", or a part as large as the whole, is a count of its own."""
    assert a_breakdown("توفي 30 شخصا، بينهم 12 في العاصمة", ["12"], ["30"])
    assert a_breakdown("اعتقل 40 متظاهرا ومنهم 9 طلاب", ["9"], ["40"])
    assert not a_breakdown("توفي 30 شخصا و12 في العاصمة", ["12"], ["30"])
    assert not a_breakdown("توفي 30 شخصا، بينهم 45 في العاصمة", ["45"], ["30"])
    assert not a_breakdown("بينهم 12 في العاصمة من أصل 30 شخصا", ["12"], ["30"])


def test_another_total_beside_a_breakdown_stays_apart() -> None:
    """28 dead beside 27 dead with a breakdown: two counts, never confirmed."""
    assert _tier(TOTAL.replace("27", "28"), BROKEN) != "confirmed"


def test_numbers_added_without_a_breakdown_word_stay_apart() -> None:
    """ "…، و18 متوفى و35 مصابا …" adds counts of its own: not confirmed."""
    assert _tier(TOTAL, BROKEN.replace("، منهم 18", "، و18")) != "confirmed"


def test_a_breakdown_in_another_country_stays_apart() -> None:
    """The same count told of one country, and with a breakdown in another: not confirmed."""
    one = TOTAL.replace("ولاية الشمال", "النرويج")
    other = BROKEN.replace("مدينة الميناء", "السويد")
    assert _tier(one, other) != "confirmed"


def test_a_negated_count_beside_a_breakdown_stays_apart() -> None:
    """ "لم يسجل أن توفي 27 …" says what the other tells did not happen: not confirmed."""
    assert _tier("لم يسجل أن " + TOTAL, BROKEN) != "confirmed"


# One shelling as two wires word it, a word of one put in place of the other's.
KILLED = "أسفر القصف عن مقتل 9 مدنيين وجرح خمسة آخرين في بلدة التلال صباح اليوم"


def test_words_a_desk_swaps_keep_one_claim() -> None:
    """ "مقتل" / "استشهاد", "على حد قوله" / "بحسب قوله", "سيعتبر" / "يعد", "بل" / "لكن" put
    for one another in statements alike otherwise: confirmed links."""
    assert _tier(KILLED, KILLED.replace("مقتل", "استشهاد")) == "confirmed"
    said = "الموسم المقبل سيشهد منافسة أقوى بين فرق الدوري على حد قوله"
    assert _tier(said, said.replace("على حد", "بحسب")) == "confirmed"
    rule = "من لم يراجع مكتب التوظيف خلال المهلة المحددة سيعتبر ذلك تنازلا عن طلبه"
    assert _tier(rule, rule.replace("سيعتبر", "يعد")) == "confirmed"
    plain = "ليس المهم عدد الأهداف بل المهم أن يفوز الفريق في مباراته الأخيرة"
    assert _tier(plain, plain.replace("بل المهم", "ولكن المهم")) == "confirmed"


def test_another_victim_count_or_country_beside_a_desk_swap_stays_apart() -> None:
    """Soldiers for civilians with the same word, 8 for 9, or another country beside
    "استشهاد" for "مقتل": two claims, not confirmed."""
    martyred = KILLED.replace("مقتل", "استشهاد")
    assert _tier(martyred.replace("مدنيين", "جنود"), martyred) != "confirmed"
    assert _tier(KILLED.replace("9", "8"), martyred) != "confirmed"
    one = KILLED.replace("في بلدة التلال", "في النرويج")
    assert _tier(one, martyred.replace("في بلدة التلال", "في السويد")) != "confirmed"
