"""Property-based checks of sentence and quotation splitting on arbitrary text (issue 16)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.text import (
    _WORD_RUN,
    CLOSING_QUOTES,
    QUOTE_PAIRS,
    fold,
    normal_words,
    quote_spans,
    split_sentences,
)

#: Quote marks, stops and line breaks dominate, with words and any Unicode between them.
TEXTS = st.lists(
    st.one_of(
        st.sampled_from((*'«»“”‘’"„‹›', ".", "؟", "!", " ", "\n", "\r\n", "''")),
        st.sampled_from(("قال", "said", "3.5", "د.", "\u200f", "\u200b")),
        st.text(max_size=3),
    ),
    max_size=40,
).map("".join)
FUZZ = settings(derandomize=True, database=None, max_examples=300, deadline=None)


@FUZZ
@given(TEXTS)
def test_sentences_are_ordered_disjoint_spans_of_the_text(text):
    """Sentences follow one another inside the text and never overlap."""
    end = 0
    for sentence in split_sentences(text):
        assert end <= sentence.start < sentence.end <= len(text)
        end = sentence.end


@FUZZ
@given(TEXTS)
def test_quotations_pair_an_opening_with_its_own_closing_mark(text):
    """Quotations are ordered and disjoint, and each closes with its opening's mark."""
    end = -1
    for a, b in quote_spans(text, 0, len(text)):
        assert end < a < b < len(text)
        end = b
        if text[a : a + 2] == "''":
            assert text[b - 1 : b + 1] == "''"
        else:
            assert text[b] == QUOTE_PAIRS[text[a]]
            assert text[b] in CLOSING_QUOTES


#: ASCII text with straight quotes and no apostrophes.
ASCII_QUOTED = st.lists(
    st.sampled_from(('"', " ", "said", "Hamdan", ".", ",", "\n", "4.5")), max_size=30
).map("".join)


@FUZZ
@given(ASCII_QUOTED, st.integers(0, 4), st.integers(0, 4))
def test_ascii_quotations_pair_each_straight_quote_with_the_next(text, skip, cut):
    """In ASCII text each straight quote opens a quotation the next one closes, in order."""
    start, end = min(skip, len(text)), max(min(skip, len(text)), len(text) - cut)
    marks = [i for i in range(start, end) if text[i] == '"']
    assert quote_spans(text, start, end) == list(zip(marks[0::2], marks[1::2], strict=False))


def test_an_unclosed_quotation_does_not_join_the_sentences_after_it():
    """A « never closed in its paragraph does not hold the sentence open."""
    text = "قال الوزير «إن الوضع مستقر. وقال المتحدث «لا جديد. ثم غادر."
    assert len(split_sentences(text)) == 3
    assert quote_spans(text, 0, len(text)) == []


def test_nested_quotations_close_at_the_matching_mark():
    """« « » » pairs the outer marks, as they nest."""
    text = "قال «أ «ب» ج» ثم «د"
    assert quote_spans(text, 0, len(text)) == [(4, 12)]


#: Words with marks, digits, "_" and white space of every kind between them.
WORDY = st.lists(
    st.one_of(
        st.sampled_from((" ", "\n", "\t", "\u00a0", "\u3000", ".", "،", "_", "«", "-")),
        st.sampled_from(("قالت", "وأكد", "٣", "ـ", "\u064b", "İstanbul", "x_y", "4.5")),
        st.text(max_size=3),
    ),
    max_size=40,
).map("".join)


@FUZZ
@given(WORDY)
def test_normal_words_are_the_word_runs_of_the_folded_text(text):
    """Reading words chunk by chunk gives the runs of word characters the pattern finds."""
    assert normal_words(text) == tuple(_WORD_RUN.findall(fold(text)))
