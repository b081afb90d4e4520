"""Issue 13, round 26: recall of links across articles. A number word reads as no count of
its own where it only orders or multiplies: a ten after an ordinal behind a clitic
("والثانية عشرة"), a thousand after digits ("74.3 ألف"). An outlet's own sentence that
another prints cut short is one text, but not the tail of a span that runs on over others;
and a span cut in one article joins no third article's statement of what was cut.

Every example is made up.
"""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, kept_apart, match_key
from tracker.models import Stance


def _side(n: int, text: str, stance: Stance | None = Stance.ASSERTS) -> Side:
    return Side(match_key(f"a{n}.a1", f"a{n}", text, stance), text)


_GRADES = (
    "رقى مجلس إدارة هيئة الموانئ 4 موظفين إلى المرتبتين الثالثة عشرة والثانية عشرة بفرعها الشمالي"
)
_GRADE = (
    "رقى مجلس إدارة هيئة الموانئ 4 موظفين بفرعها الشمالي إلى المرتبتين الثالثة عشرة والثانية عشرة"
)


def test_a_ten_after_an_ordinal_behind_a_clitic_is_no_count() -> None:
    """ "والثانية عشرة" is the twelfth, as "الثالثة عشرة" is the thirteenth: no 10."""
    assert _side(0, _GRADES).key.numbers == ("4",)


def test_ordinal_teens_do_not_part_two_retellings() -> None:
    """One promotion told by two outlets, each giving its count in digits, links."""
    other = "رقى مجلس إدارة هيئة الموانئ 4 موظفين بفرعها الشمالي إلى المرتبة الثالثة عشرة"
    found = judge_pair(_side(0, _GRADES), _side(1, other))
    assert found is not None
    assert found.tier == "confirmed"


def test_a_thousand_after_digits_multiplies_them() -> None:
    """ "74.3 ألف عملية" and "74.3 آلاف عملية" give one number, and link."""
    first = _side(0, "سجل وسطاء السوق المالية يوم الأحد قرابة 74.3 ألف عملية تداول", None)
    second = _side(1, "سجل وسطاء السوق المالية يوم الأحد قرابة 74.3 آلاف عملية تداول", None)
    assert first.key.numbers == second.key.numbers == ("74300",)
    found = judge_pair(first, second)
    assert found is not None
    assert found.tier == "confirmed"


def test_a_thousand_alone_still_counts() -> None:
    """ "ألف حاج" is a thousand pilgrims, and "وصل 20 ألف حاج" is not "وصل ألف حاج"."""
    assert _side(0, "وصل ألف حاج إلى المدينة أمس").key.numbers == ("1000",)
    assert (
        judge_pair(
            _side(0, "وصل 20 ألف حاج إلى المدينة المنورة أمس عبر مطارها الدولي"),
            _side(1, "وصل ألف حاج إلى المدينة المنورة أمس عبر مطارها الدولي"),
        )
        is None
    )


_FIRE = "وعندما وصلت فرق الدفاع المدني إلى موقع الحريق كان المستودع الشرقي مغمورا بدخان كثيف"
_FIRE_ON = (
    _FIRE + "، وأخلت الفرق العمال من المباني المجاورة ونقلت عشرين شخصا إلى مكان آمن، وتبحث"
    " الشرطة عن أسباب الحادث بالتعاون مع إدارة المنطقة الصناعية وشركة الكهرباء، فيما أغلقت"
    " البلدية الطريق الدائري القريب ساعات طويلة حتى انتهاء أعمال التبريد وإزالة الركام"
)


def test_an_own_sentence_cut_short_is_the_same_text() -> None:
    """An outlet's own sentence printed in full by one and cut short by another links."""
    found = judge_pair(_side(0, _FIRE, None), _side(1, _FIRE_ON, None))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("same text")


def test_an_own_sentence_inside_a_run_on_span_is_not_cut_short() -> None:
    """What an outlet's own span says after other claims is not that span cut short: it is
    one run of the span's clauses, linked as such (``_in_window``), which ``kept_apart``
    weighs below a link to a span whole."""
    tail = "وأخلت الفرق العمال من المباني المجاورة ونقلت عشرين شخصا إلى مكان آمن"
    found = judge_pair(_side(0, tail, None), _side(1, _FIRE_ON, None))
    assert found is not None
    assert found.why.startswith("same text in a longer statement")


_FLIGHT = "تهرب أعداد كبيرة من سكان القرى الجبلية بسبب الجفاف والفقر المتزايد في الإقليم"
_CALL = "دعت الحكومتان الدول المجاورة إلى المساعدة في مواجهة أزمة النازحين على الحدود الشمالية"


def test_a_span_cut_in_one_article_joins_no_third_one_to_what_was_cut() -> None:
    """A span told apart in one article keeps its first claim, and links to what it said
    after it nowhere else: the two claims do not become one through a third article."""
    span = f"{_FLIGHT}، فيما {_CALL}"
    texts = {
        "ax.s1": _FLIGHT,
        "ax.s2": _CALL,
        "as.s1": span,
        "ay.s1": _CALL.replace("الحكومتان", "الحكومتان أمس"),
    }
    claim_of = {"ax.s1": "ax.c1", "ax.s2": "ax.c2", "as.s1": "as.c1", "ay.s1": "ay.c1"}
    sides = {i: Side(match_key(i, i.split(".")[0], t, None), t) for i, t in texts.items()}
    pairs = [
        ("ax.s1", "as.s1", 100.0, "same text"),
        ("ax.s2", "as.s1", 90.0, "same words"),
        ("as.s1", "ay.s1", 90.0, "same words"),
        ("ax.s2", "ay.s1", 95.0, "same words"),
    ]
    kept = kept_apart(pairs, claim_of, sides)
    assert [p[:2] for p in kept] == [("ax.s1", "as.s1"), ("ax.s2", "ay.s1")]


def test_at_least_is_no_negation() -> None:
    """ "ما لا يقل عن 30 مسلحا" is "30 مسلحا على الأقل": one count, linked."""
    first = _side(0, "قتل ما لا يقل عن 30 مسلحا في غارات جوية على معسكرات الحركة قرب الوادي")
    second = _side(1, "قتل 30 مسلحا على الأقل في غارات جوية على معسكرات الحركة قرب الوادي")
    assert not first.key.negated
    found = judge_pair(first, second)
    assert found is not None
    assert found.tier == "confirmed"


def test_no_fewer_than_is_no_negation() -> None:
    """ "no fewer than 30 fighters" and "at least 30 fighters" state one count."""
    first = _side(0, "Air strikes killed no fewer than 30 fighters near the valley camps")
    second = _side(1, "Air strikes killed at least 30 fighters near the valley camps")
    assert not first.key.negated
    found = judge_pair(first, second)
    assert found is not None
    assert found.tier == "confirmed"


def test_a_negated_event_still_negates() -> None:
    """ "لم يقتل أحد" still negates: only a bound of a count is read as none."""
    assert _side(0, "لم يقتل أحد في الغارات الجوية على معسكرات الحركة قرب الوادي").key.negated
