"""The text layer: folding, sentences, quotes."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tracker.text import (
    _TOKEN,
    _UNEVEN,
    _WORD,
    first_norm,
    fold,
    folded_head,
    in_folded_head,
    mixed_quote_spans,
    normal_words,
    normalize,
    quote_spans,
    split_sentences,
    tokenize,
)


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


def _plain_tokens(text: str) -> list[tuple[str, int, int, str, bool]]:
    """The tokens as the token pattern reads them, each folded on its own."""
    return [
        (m.group(), m.start(), m.end(), fold(m.group()), _WORD.fullmatch(m.group()) is not None)
        for m in _TOKEN.finditer(text)
    ]


def test_tokens_fold_as_words_read_alone():
    """Words take their folded forms from the text's normalized words; where a chunk of letters
    folds to nothing (a lone tatweel) or to two words (İ), each token is still folded alone."""
    for text in (
        "قالَ حمدان،   لـ«الوادي» إن الوضع مستقر جداً.",
        "وقال ـ حمدان: ـــ «لا» İzmir ISTANBUL",
        "الوادي\tحمدان\n\n  «نعم»  ",
        "قال حمدان ـ، ثم ـــ. نعم، الوادي.",
    ):
        assert [tuple(t) for t in tokenize(text)] == _plain_tokens(text)
        assert [tuple(t) for t in tokenize(text, 3, len(text) - 2)] == [
            (w, a + 3, b + 3, n, is_word) for w, a, b, n, is_word in _plain_tokens(text[3:-2])
        ]


@given(st.text(alphabet="قال حمدن ـ\u06e5\u0130Iiَ،«».:)؛\n\t0١_-"))
def test_tokens_equal_the_plain_pattern(text):
    """Tokenising by chunks and normalized words gives what the token pattern gives."""
    assert [tuple(t) for t in tokenize(text)] == _plain_tokens(text)


@given(st.text(alphabet="قال حمدن ـ\u06e5\u0130Iiَ،«».:)؛\n\t0١_-?!“”(\"'"))
def test_normal_words_equal_the_word_pattern(text):
    """Reading words chunk by chunk (a chunk with marks around a word stripped of them) gives
    the runs of word characters of the folded text."""
    assert list(normal_words(text)) == re.findall(r"\w+", fold(text))


def test_uneven_letters_are_all_listed():
    """Every letter or digit that does not fold to exactly one word is one _UNEVEN watches."""
    word = re.compile(r"\w+")
    for code in range(0x110000):
        char = chr(code)
        if char.isalnum() and not word.fullmatch(fold(char)):
            assert _UNEVEN.search(char) or _UNEVEN.search(f" {char} "), hex(code)


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


def test_no_punctuation_mark_folds_to_a_word_character():
    """A mark the token pattern reads alone (neither a word character nor white space) folds to
    no word character, so a word with marks around it ("«الوزير»،") holds one normalized word."""
    word = re.compile(r"\w")
    for code in range(0x110000):
        char = chr(code)
        if not _WORD.fullmatch(char) and not char.isspace():
            assert not word.search(fold(char)), hex(code)


def test_folded_head_is_the_fold_of_the_head():
    """The head of a text folds as it would alone, with or without marks in it."""
    for text in ("أكد الوزير إلى", "أكَّد الوزيرُ إلى", "وقالـت مصادر", "ΟΔΟΣ ΑΣ İzmir"):
        for size in (0, 3, 5, 9, 40):
            assert folded_head(text, size) == fold(text[:size]), (text, size)


def test_in_folded_head_finds_each_word_before_the_place():
    """Each word before a place, folded on its own, is found in the fold of the text up to it;
    a word written only after it is not."""
    texts = ("وقال مدير المستشفى إن", "وقالَ مُديرُ المستشفى إن", "وقالـت مديرة «الدار»: نعم")
    for text in (*texts, "ΑΣ'Α رئيس", "İzmir ΟΔΟΣ رئيس"):
        for size in range(len(text) + 1):
            for token in tokenize(text, 0, size):
                assert in_folded_head(fold(token.text), text, size), (text, size, token)
    assert not in_folded_head("مستشفي", "وقال مدير المستشفى إن", 9)
    # A capital sigma folds by the letters after it ("ΑΣ" alone ends in ς, "ΑΣ'Α" holds σ).
    assert in_folded_head(fold("ΑΣ"), "ΑΣ'Α", 4)


def test_first_norm_is_the_first_token_folded():
    """The first token of a span, folded, is read as tokenize reads it."""
    text = "قال.  وأنَّ الوزير «أكد»"
    assert first_norm(text, 4, len(text)) == "وان"
    assert first_norm(text, 4, len(text)) == tokenize(text, 4, len(text))[0].norm
    assert first_norm(text, 19, len(text)) == "«"
    assert first_norm(text, 4, 6) is None


def test_lone_apostrophes_open_nothing_and_pairs_do_not_overlap():
    """A lone apostrophe is no quotation mark; three in a row are a pair and a lone one."""
    text = "It's late. He said ''Stay. Now'' and left. Don't go."
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == ["It's late.", "He said ''Stay. Now'' and left.", "Don't go."]
    text = "'''Yes. No'' he said. Fine."
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == ["'''Yes. No'' he said.", "Fine."]
