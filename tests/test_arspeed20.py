"""Shortcuts taken for speed in quotation finding and source resolution: each gives the answer
the long way gives. Every example is made up."""

from __future__ import annotations

from itertools import pairwise

import pytest

from tracker.text import fold, normal_words, normalize, quote_spans, tokenize

_TEXTS = [
    "قال مدير الميناء، المهندس سالم: «سنوسع الرصيف» ــ وأضاف أنَّ العمل يبدأ غداً.",
    "أعلنت هيئة النقل (الهيئة) أن الطريق مغلق... حتى إشعار آخر؛ والتحويلة جاهزة!",
    "The port authority said: “the pier opens in May” — its chief added.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_word_is_in_the_normalized_text_exactly_when_in_its_fold(text):
    """The resolver asks the fold of the article before normalizing it: for a word of word
    characters only, the two answer alike (each word and a piece of one are in both; a word
    made of two neighbours across a mark or a space is in neither)."""
    words = normal_words(text)
    pieces = {*words, *(w[1:] for w in words if len(w) > 1), *(w[:-1] for w in words)}
    across = {a + b for a, b in pairwise(words)}
    for word in pieces | across:
        if word:
            assert (word in normalize(text)) == (word in fold(text)), word


@pytest.mark.parametrize(
    "text",
    [
        "قال المدير إن الرصيف سيتسع.",  # no mark at all
        "قال المدير إن الرصيف «سيتسع» قريبا.",  # « … »
        'قال المدير إن الرصيف "سيتسع" قريبا.',  # straight quotes
        "قال المدير “سيتسع الرصيف” قريبا.",  # curly quotes
        "قال المدير إن الرصيف سيتسع» قريبا.",  # a closing mark alone: no quotation
    ],
)
def test_quote_spans_of_a_sentence_with_or_without_an_opening_mark(text):
    """A sentence with no opening mark has no quotation; one with a pair has that pair, as
    the marks read one by one give."""
    spans = quote_spans(text, 0, len(text))
    tokens = tokenize(text)
    opened = [t.start for t in tokens if t.text in '«"“']
    if not opened:
        assert spans == []
    else:
        assert [a for a, _ in spans] == opened[:1]
        assert text[spans[0][1]] in '»"”'
