"""Linking rules of issue 13: a reprint with one count updated (corroborate._updated_figure),
a report called untrue after it is named (link.denials), a span over two claims
another article keeps apart (corroborate.kept_apart)."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, kept_apart, match_key
from tracker.link.denials import denies_in_content
from tracker.models import Stance

# Made-up wire sentence about an oil price, printed twice by two outlets.
_MORNING = (
    "قال متعاملون إن سعر الخام هبط صوب 61 دولارا للبرميل في تعاملات اليوم مسجلا أدنى مستوى منذ مارس"
)
_NOON = _MORNING.replace("61", "62")
_TENFOLD = _MORNING.replace("61", "610")
_RETOLD = "تراجع الخام في تعاملات اليوم إلى 62 دولارا للبرميل وهو الأدنى له منذ مارس بحسب متعاملين"


def _side(n: int, text: str, stance: Stance | None = Stance.ASSERTS) -> Side:
    return Side(match_key(f"a{n}.a1", f"a{n}", text, stance), text)


def test_reprint_with_a_count_updated_a_little_links() -> None:
    """The same sentence with 61 and then 62 dollars is one claim, and says why."""
    found = judge_pair(_side(0, _MORNING), _side(1, _NOON))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("same text, figure 61 / 62")


def test_reprint_with_another_magnitude_stays_apart() -> None:
    """61 and 610 are not one figure updated, however alike the rest of the text."""
    found = judge_pair(_side(0, _MORNING), _side(1, _TENFOLD))
    assert found is None or found.tier != "confirmed"


def test_retelling_with_a_count_updated_stays_apart() -> None:
    """Other words around a nearby count are no reprint: the figures still keep them apart."""
    found = judge_pair(_side(0, _MORNING), _side(1, _RETOLD))
    assert found is None or found.tier != "confirmed"


def test_years_are_not_figures_to_update() -> None:
    """A text dated 2014 and the same text dated 2015 tell two things."""
    first = "أعلنت الشركة أنها أغلقت مصنعها في المدينة الصناعية عام 2014 بعد خسائر متتالية"
    second = first.replace("2014", "2015")
    found = judge_pair(_side(0, first), _side(1, second))
    assert found is None or found.tier != "confirmed"


def test_reprint_of_an_own_voice_sentence_and_a_quote_stays_apart() -> None:
    """Only two statements of one kind (two quotes, or two own-voice sentences) are compared."""
    found = judge_pair(_side(0, _MORNING), _side(1, _NOON, None))
    assert found is None or found.tier != "confirmed"


def test_a_year_before_the_range_of_years_is_no_figure_to_update() -> None:
    """'Since 1870' and 'since 1878' date the record, they count nothing: apart."""
    first = "أعلن المرصد أن شهر يوليو كان الأعلى حرارة منذ أن بدأ رصد الطقس في عام 1870"
    second = first.replace("1870", "1878")
    found = judge_pair(_side(0, first), _side(1, second))
    assert found is None or found.tier != "confirmed"


def test_report_called_untrue_after_naming_it_is_a_denial() -> None:
    """'What was circulated about X, untrue' denies X, the phrase coming after the report."""
    circulated = (
        "ما يتردد في مواقع التواصل الاجتماعي عن زيادة رسوم العبور في الميناء الجنوبي "
        "اعتبارا من الشهر المقبل، غير صحيح"
    )
    assert denies_in_content(circulated)


def test_untrue_in_a_clause_not_naming_a_report_is_no_denial() -> None:
    """A content that names no report, or says 'incorrectly', does not deny."""
    no_report = (
        "سيتم تشغيل المحطة الجديدة في الحي الشمالي خلال الشهر المقبل بعد اكتمال الاختبارات، "
        "غير صحيح أن التأخير سببه التمويل"
    )
    manner = (
        "الأخبار الاقتصادية تنشر يوميا في الصحف المحلية والمواقع الرسمية للوزارات والهيئات، "
        "بشكل غير صحيح أحيانا"
    )
    assert not denies_in_content(no_report)
    assert not denies_in_content(manner)


# Made-up: one outlet prints the closure and the union's demand as two sentences (two claims),
# another runs them into one span, a third says the closure twice.
_CLOSURE = "قال المتحدث إن مصنع الإسمنت في الوادي سيغلق أبوابه نهاية الشهر الجاري"
_DEMAND = "وكانت نقابة العمال في الوادي طالبت بزيادة أجور عمال مصنع الإسمنت"
_SPAN = (
    "مصنع الإسمنت في الوادي سيغلق أبوابه نهاية الشهر الجاري، وكانت نقابة العمال في الوادي "
    "طالبت بزيادة أجور عمال مصنع الإسمنت"
)


def _sides(texts: dict[str, str]) -> dict[str, Side]:
    return {i: Side(match_key(i, i.split(".")[0], t, Stance.ASSERTS), t) for i, t in texts.items()}


def test_span_over_two_claims_of_another_article_joins_the_one_it_says_first() -> None:
    """A span matching two claims another article keeps apart keeps only its link to the
    claim it opens with, whatever the scores."""
    sides = _sides({"b.a1": _SPAN, "a.a1": _CLOSURE, "a.a2": _DEMAND})
    claim_of = {"b.a1": "b.c1", "a.a1": "a.c1", "a.a2": "a.c2"}
    pairs = [("a.a1", "b.a1", 85.0, "x"), ("a.a2", "b.a1", 95.0, "y")]
    assert kept_apart(pairs, claim_of, sides) == [pairs[0]]


def test_links_into_one_claim_or_a_thing_said_twice_all_stay() -> None:
    """Links into statements of one claim, or into an article's repeat of one sentence, stay."""
    again = _CLOSURE.replace("قال المتحدث إن ", "وأكد أن ")
    sides = _sides({"b.a1": _SPAN, "a.a1": _CLOSURE, "a.a2": again})
    pairs = [("a.a1", "b.a1", 85.0, "x"), ("a.a2", "b.a1", 95.0, "y")]
    assert kept_apart(pairs, {"b.a1": "b.c1", "a.a1": "a.c1", "a.a2": "a.c1"}, sides) == pairs
    assert kept_apart(pairs, {"b.a1": "b.c1", "a.a1": "a.c1", "a.a2": "a.c2"}, sides) == pairs
