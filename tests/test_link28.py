"""Issue 13, round 28: recall of links across articles. Digits in groups of three are one
number whichever mark groups them ("18,430,512" / "18.430.512"), and "فقد" opening a clause
before a verb is the particle "so … has", not the verb "lost" that the antonym guard reads
(across articles; within one, such a sentence goes on with another claim). Unnamed media
sources ("مصادر إعلامية") name no one: an outlet citing them is no second origin.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link20 import _record, _report

from tracker.corroborate import Side, judge_pair, match_key, same_claim
from tracker.models import Stance, Status


def _side(n: int, text: str, stance: Stance | None = None) -> Side:
    key = match_key(f"a{n}.s1", f"a{n}", text, stance)
    return Side.across(key, text)


def _confirmed(first: Side, second: Side) -> bool:
    found = judge_pair(first, second)
    return found is not None and found.tier == "confirmed"


_COST = "وفي منطقة الوادي اعتمدت الأمانة ترسية مشروع تصريف مياه الأمطار بحي الساحل بتكلفة {} ريالا"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("18,430,512", ("18430512",)),
        ("18.430.512", ("18430512",)),
        ("18،430،512", ("18430512",)),
        ("18٬430٬512", ("18430512",)),
        ("9,381.01", ("9381.01",)),
        ("66.000", ("66000",)),
        ("0.125", ("0.125",)),
        ("1.5", ("1.5",)),
    ],
)
def test_digits_in_groups_of_three_are_one_number(written: str, read: tuple[str, ...]) -> None:
    """A number grouped by thousands is one number, a fraction after a zero stays a fraction."""
    assert _side(0, _COST.format(written)).key.numbers == read


def test_a_date_with_full_stops_is_no_grouped_number() -> None:
    """Groups of two digits or four are no thousands: "22.07.2015" is read as before."""
    assert _side(0, "صدر القرار في 22.07.2015").key.numbers == ("2015", "22.07")


@pytest.mark.parametrize("other", ["18.430.512", "18،430،512"])
def test_one_cost_grouped_with_another_mark_links(other: str) -> None:
    """Two outlets printing one cost, one with commas and one with full stops, say one thing."""
    assert _confirmed(_side(0, _COST.format("18,430,512")), _side(1, _COST.format(other)))


def test_two_costs_grouped_alike_stay_apart() -> None:
    """Two different costs are two claims, however they are grouped."""
    assert not _confirmed(
        _side(0, _COST.format("18,430,512")), _side(1, _COST.format("18.430.612"))
    )


_OUTPUT = "رفعت شركة الساحل للحديد إنتاجها الشهري من مصنعها الشمالي بنسبة كبيرة خلال يوليو"


@pytest.mark.parametrize(
    "opening", ["وبحسب بيان الشركة، فقد ", "فقد ", "وأضاف التقرير: فقد ", "«فقد "]
)
def test_so_has_opening_a_clause_is_no_loss(opening: str) -> None:
    """ "…، فقد رفعت الشركة …" links with "رفعت الشركة …": the particle negates nothing."""
    assert _confirmed(_side(0, opening + _OUTPUT), _side(1, _OUTPUT))


def test_a_voice_saying_so_has_links_with_an_outlets_own_sentence() -> None:
    """A quote opening with the particle and an outlet's own print of it are one text."""
    quote = _side(0, "فقد " + _OUTPUT, Stance.ASSERTS)
    assert _confirmed(quote, _side(1, "و" + _OUTPUT))


@pytest.mark.parametrize(
    "text",
    [
        "فقد الجيش السيطرة على مطار الوادي الشمالي بعد معارك عنيفة مع المسلحين",
        "وقال القائد، فقد 12 جنديا حياتهم في المعارك",
        "فقد اثنا عشر جنديا حياتهم في المعارك",
        "وكان قد فقد حياته في المعارك",
    ],
)
def test_lost_before_a_noun_or_a_count_is_kept(text: str) -> None:
    """ "فقد" before a word behind the article or a number, or inside a clause, is "lost"."""
    assert "فقد" in _side(0, text).key.vocabulary


def test_within_an_article_so_has_still_parts_two_sentences() -> None:
    """In one article a sentence opening with "فقد" goes on with another claim: kept apart."""
    first = match_key("a0.s1", "a0", _OUTPUT, None)
    second = match_key("a0.s2", "a0", "وبحسب بيان الشركة، فقد " + _OUTPUT, None)
    assert not same_claim(first, second)


def test_lost_still_parts_two_claims() -> None:
    """ "فقد الجيش السيطرة" and "بسط الجيش السيطرة" are two claims, as before."""
    lost = "فقد الجيش السيطرة على مطار الوادي الشمالي بعد معارك عنيفة مع المسلحين"
    held = "الجيش السيطرة على مطار الوادي الشمالي بعد معارك عنيفة مع المسلحين"
    assert not _confirmed(_side(0, lost), _side(1, held))


_DEAL = "توصل نادي الساحل ونادي الوادي إلى اتفاق نهائي بشأن صفقة انتقال المهاجم بقيمة 41 مليون يورو"
# The same deal in another outlet's words (no copy of the first text).
_DEAL_AGAIN = (
    "صفقة انتقال المهاجم بين الوادي والساحل بلغت 41 مليون يورو بعد اتفاق نهائي بين الناديين"
)


def _deal_status(tmp_path: Path, second: str) -> Status:
    """Status of the corpus claim a radio's deal report and another outlet's share."""
    first = f"وقالت إذاعة الشمال الرياضية إنه {_DEAL}."
    report = _report(tmp_path, _record("okaz", first), _record("alyaum", second))
    shared = [c for c in report.corpus_claims if len(c.attributions) == 2]
    assert len(shared) == 1
    return shared[0].status


@pytest.mark.parametrize("voice", ["مصادر إعلامية فرنسية وإسبانية", "مصادر صحفية", "مصادر إعلامية"])
def test_unnamed_media_sources_are_no_second_origin(tmp_path: Path, voice: str) -> None:
    """An outlet telling a deal "according to media sources" most likely passes on the report
    a named medium made: no second origin, as "the leaks" are none."""
    second = f"وبحسب {voice}، فإن {_DEAL_AGAIN}."
    assert _deal_status(tmp_path, second) is Status.SINGLE_SOURCED


def test_an_unnamed_official_still_corroborates_a_medium(tmp_path: Path) -> None:
    """Unnamed sources that are no media's ("مصادر في نادي الساحل") still count."""
    second = f"وقالت مصادر مطلعة في نادي الساحل إن {_DEAL_AGAIN}."
    assert _deal_status(tmp_path, second) is Status.CORROBORATED


_CALLS = "الغرفة التجارية تطالب وزارة النقل بخفض رسوم الشحن في ميناء الساحل الشمالي"


@pytest.mark.parametrize("keeps_on", ["لا تنفك", "لم تنفك", "لا تفتأ"])
def test_keeps_on_negates_nothing(keeps_on: str) -> None:
    """ "لا تنفك الغرفة تطالب …" (keeps on calling) says what "الغرفة تطالب …" says."""
    first = _side(0, f"{keeps_on} {_CALLS}")
    assert not first.key.negated
    assert _confirmed(first, _side(1, _CALLS))


def test_a_call_negated_still_negates() -> None:
    """ "لا تطالب الغرفة …" says the chamber makes no such call: still apart."""
    text = "لا تطالب الغرفة التجارية وزارة النقل بخفض رسوم الشحن في ميناء الساحل الشمالي"
    assert _side(0, text).key.negated
    assert not _confirmed(_side(0, text), _side(1, _CALLS))
