"""The text layer: folding, sentences, quotes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker.text import fold, mixed_quote_spans, normalize, quote_spans, split_sentences, tokenize


def test_fold_strips_tashkeel_tatweel_and_unifies_letters():
    """Folding removes diacritics and tatweel and unifies alef, ya and ta marbuta."""
    assert fold("أَفَادَتْ") == "افادت"
    assert fold("قالـــت") == "قالت"
    assert fold("إلى مستشفى المدينة") == "الي مستشفي المدينه"


@given(st.text())
def test_normalize_is_idempotent(text):
    """Normalising twice changes nothing."""
    assert normalize(normalize(text)) == normalize(text)


def test_sentences_do_not_split_at_comma_abbreviation_or_decimal():
    """، د. and 3.5 never end a sentence; . ! ؟ do."""
    text = "قال د. أحمد الخطيب، المتحدث باسم الهيئة، إن الاجتماع أجل 3.5 ساعات! هل هذا صحيح؟ نعم."
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == [
        "قال د. أحمد الخطيب، المتحدث باسم الهيئة، إن الاجتماع أجل 3.5 ساعات!",
        "هل هذا صحيح؟",
        "نعم.",
    ]


def test_sentences_do_not_split_inside_quotes():
    """A full stop inside a quotation does not end the sentence."""
    text = "وقال: «الوضع مستقر. لا داعي للقلق» ثم غادر. وانتهى الأمر."
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == ["وقال: «الوضع مستقر. لا داعي للقلق» ثم غادر.", "وانتهى الأمر."]


def test_quote_spans_pair_every_style():
    """« », “ ” and straight quotes pair; an unmatched mark is ignored."""
    text = 'أ «ب» ج “د” هـ "و" ز «ح'
    spans = [(text[a + 1 : b]) for a, b in quote_spans(text, 0, len(text))]
    assert spans == ["ب", "د", "و"]


def test_tokens_carry_offsets_into_the_original():
    """Every token's offsets slice the original text back to it."""
    text = "وقالَ المتحدثُ: «نعم»"
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))


def test_double_primes_pair_as_a_quotation():
    """″ … ″ (double primes, as some papers write quotation marks) pair like straight quotes."""
    text = "قال الحارس ″أغلقنا الباب. ولن نفتحه″ ثم مضى. وسكت الجميع."
    spans = [text[a + 1 : b] for a, b in quote_spans(text, 0, len(text))]
    assert spans == ["أغلقنا الباب. ولن نفتحه"]
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == ["قال الحارس ″أغلقنا الباب. ولن نفتحه″ ثم مضى.", "وسكت الجميع."]


def test_doubled_apostrophes_hold_the_sentence_open():
    """'' … '' (two apostrophes for quotation marks) is a quotation a full stop cannot end."""
    text = "قال الحارس ''أغلقنا الباب. ولن نفتحه'' ثم مضى. وسكت الجميع."
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == ["قال الحارس ''أغلقنا الباب. ولن نفتحه'' ثم مضى.", "وسكت الجميع."]


def test_an_opening_quote_closed_by_a_double_prime_is_a_quotation():
    """“ … ″ (mismatched marks, as some papers print them) still hold a sentence open."""
    text = "قال الحارس “أغلقنا الباب. ولن نفتحه″ ثم مضى. وسكت الجميع."
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == ["قال الحارس “أغلقنا الباب. ولن نفتحه″ ثم مضى.", "وسكت الجميع."]
    spans = [text[a + 1 : b] for a, b in mixed_quote_spans(text, 0, len(text))]
    assert spans == ["أغلقنا الباب. ولن نفتحه"]
    assert quote_spans(text, 0, len(text)) == []  # each mark pairs with its own kind only


@given(st.lists(st.sampled_from(("“", "″", "”", "«", "»", '"', "''", "أ", " ", "."))).map("".join))
def test_mixed_quote_spans_are_ordered_and_disjoint(text):
    """Mixed pairs fill only the stretches between the strict ones."""
    end = -1
    for a, b in mixed_quote_spans(text, 0, len(text)):
        assert end < a < b < len(text)
        end = b
