"""Cross-article link recall: a statement printed as one clause run of a longer one.

Every example is made up.
"""

from __future__ import annotations

from test_link28 import _confirmed as _judged
from test_link28 import _side

from tracker.corroborate import WINDOW_WHY, Side, judge_pair, kept_apart, match_key
from tracker.link.windows import clauses, window
from tracker.models import Stance

#: One desk prints the dispatch's two sentences apart; another runs them into one.
_OPENING = (
    "وصوت برلمان الوادي فجر الخميس بأغلبية 160 نائبا على قانون لإصلاح القطاع المصرفي وتعديل "
    "قواعد الإقراض للشركات الصغيرة والمتوسطة في المدن الساحلية، بعد جلسة طويلة شهدت انسحاب "
    "نواب المعارضة من القاعة احتجاجا على رفض مقترحاتهم بشأن ديون المزارعين"
)
_CLOSING = "وكان البرلمان أقر الأسبوع الماضي إصلاحات في قطاعي الضرائب والتقاعد رغم اعتراض النقابات"
_RUN_ON = f"{_OPENING}، {_CLOSING}"


def _confirmed(one: str, other: str, stance: Stance | None = None) -> bool:
    """Two made-up statements of two articles, both own-voice or both a voice's, link."""
    return _judged(_side(0, one, stance), _side(1, other, stance))


def test_a_sentence_run_on_after_another_links() -> None:
    """An outlet's own sentence printed after a comma in another outlet's longer sentence is
    that sentence: one claim, though the longer gives a count the shorter does not."""
    assert _confirmed(_CLOSING, _RUN_ON)
    assert _confirmed(_RUN_ON, _CLOSING)
    assert not _confirmed(_OPENING.replace("160", "150"), _RUN_ON)
    found = judge_pair(_side(0, _CLOSING), _side(1, _RUN_ON))
    assert found is not None
    assert found.why.startswith(WINDOW_WHY)


#: A spokesman quoted on the opening figures by one paper, and at more length by another.
_SHORT_QUOTE = (
    "مطارات الهضبة سجلت نموا في أعداد المسافرين إذ بلغ عددهم 2.418.300 مسافر حتى نهاية يونيو "
    "بزيادة 6.4% مقارنة بالفترة نفسها من العام الماضي"
)
_LONG_QUOTE = (
    f"{_SHORT_QUOTE}، فيما بلغ عدد ركاب الرحلات الدولية 611.050 راكبا بزيادة 12.2% عن الفترة نفسها"
)


def test_a_quote_cut_short_before_more_figures_links() -> None:
    """What a voice said, printed to its opening clauses by one paper and with more figures
    by another, is one claim: the figures the shorter does not give are in other clauses."""
    assert _confirmed(_SHORT_QUOTE, _LONG_QUOTE, Stance.ASSERTS)


def test_the_run_keeps_its_numbers_and_negation() -> None:
    """The clauses that print the shorter one must give its numbers and its negation: "في
    ثلاثة قطاعات" is not "في قطاعين", and "لم يقر" does not print "أقر"."""
    counted = _CLOSING.replace("في قطاعي", "في ثلاثة قطاعات هي")
    assert _confirmed(counted, f"{_OPENING}، {counted}")
    assert not _confirmed(counted, f"{_OPENING}، {counted.replace('ثلاثة', 'أربعة')}")
    denied = "وكان البرلمان لم يقر الأسبوع الماضي إصلاحات في قطاعي الضرائب والتقاعد"
    assert not _confirmed(_CLOSING, f"{_OPENING}، {denied} رغم اعتراض النقابات")


def test_a_piece_of_a_long_clause_is_no_run() -> None:
    """A sentence that is only a piece of a much longer clause of the other (no clause mark
    around it) is left to the other tiers, which keep the two apart; set off by commas, the
    same sentence is a run of its own."""
    rest = (
        "التي دعت إلى إضراب عام في الموانئ والمصانع والمدارس خلال الشهر المقبل احتجاجا على "
        "خفض المعاشات ورفع سن التقاعد وتجميد الأجور في القطاع العام"
    )
    assert not _confirmed(_CLOSING, f"{_OPENING}، {_CLOSING} {rest}")
    assert _confirmed(_CLOSING, f"{_OPENING}، {_CLOSING}، {rest}")


def test_clauses_end_at_marks_outside_numbers() -> None:
    """A clause ends at a comma or a full stop, not at one inside "2.418.300" or "6,4"."""
    text = "بلغ العدد 2.418.300 مسافر، بزيادة 6,4 في المئة. وارتفع الطلب"
    assert [text[s:e].strip() for s, e in clauses(text)] == [
        "بلغ العدد 2.418.300 مسافر",
        "بزيادة 6,4 في المئة",
        "وارتفع الطلب",
    ]
    assert window(_side(0, _CLOSING).grams, _RUN_ON) == _CLOSING


def test_a_span_over_two_claims_joins_only_one() -> None:
    """A run-on span linked to the second sentence by its run, and linked whole to a
    statement that does not print that sentence, joins no second claim through the run."""
    span, closing, other = _side(0, _RUN_ON), _side(1, _CLOSING), _side(2, _OPENING)
    sides = {s.key.id: s for s in (span, closing, other)}
    claim_of = {"a0.s1": "a0.c1", "a1.s1": "a1.c1", "a2.s1": "a2.c1"}
    pairs = [
        ("a0.s1", "a1.s1", 100.0, f"{WINDOW_WHY} ضراىب (100)"),
        ("a0.s1", "a2.s1", 95.0, "same words برلمان (95)"),
    ]
    assert kept_apart(pairs, claim_of, sides) == [pairs[1]]


#: Made-up: one grant told in digits and in words, and one park's area in two units' styles.
_GRANT = "وقد دفعت بلدية الساحل تعويضات بقيمة {} دولار لأصحاب المزارع المتضررة في العام 2012"
_PARK = "تم إنشاء حديقة حي الروابي بمساحة 4310 {} وتشمل ممرات للمشاة وملاعب للأطفال ومسطحات خضراء"


def test_a_thousand_after_a_number_in_words_is_read_as_after_digits() -> None:
    """ "عشرين ألف دولار" is read as "20 ألف دولار" is: one claim; "ثلاثين ألف" is another
    figure."""
    assert _confirmed(_GRANT.format("عشرين ألف"), _GRANT.format("20 ألف"))
    assert not _confirmed(_GRANT.format("ثلاثين ألف"), _GRANT.format("20 ألف"))


def test_a_power_glued_to_a_unit_is_no_number() -> None:
    """ "4310 م٢" is 4310 square metres, as "4310 متر مربع" is: the ٢ is no figure of the
    statement; "4130 م٢" is another area."""
    assert _side(0, _PARK.format("م٢")).key.numbers == ("4310",)
    assert _confirmed(_PARK.format("م٢"), _PARK.format("متر مربع"))
    assert not _confirmed(_PARK.format("م٢").replace("4310", "4130"), _PARK.format("متر مربع"))


def test_a_run_joins_no_two_claims_of_one_article_through_a_copy() -> None:
    """One outlet prints two sentences apart; a second runs them into one span, linked whole
    to the first sentence; a third prints a longer span, linked whole to the second's. Its run
    that prints the second sentence would join the two claims the first outlet keeps apart."""
    texts = {
        "az.s1": _OPENING,
        "az.s2": _CLOSING,
        "ap.s1": _RUN_ON,
        "aq.s1": f"وفي الوادي، {_RUN_ON}، وسط انتشار أمني كثيف حول مبنى البرلمان",
    }
    sides = {i: Side.across(match_key(i, i[:2], t, None), t) for i, t in texts.items()}
    claim_of = {"az.s1": "az.c1", "az.s2": "az.c2", "ap.s1": "ap.c1", "aq.s1": "aq.c1"}
    pairs = [
        ("az.s1", "ap.s1", 96.0, "same words برلمان (96)"),
        ("ap.s1", "aq.s1", 100.0, "same words برلمان (100)"),
        ("az.s2", "aq.s1", 100.0, f"{WINDOW_WHY} ضراىب (100)"),
    ]
    assert kept_apart(pairs, claim_of, sides) == pairs[:2]
