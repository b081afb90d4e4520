"""The English extractor's fast readings give what their plain forms give (pure)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.lang.en.rules import (
    _COMMA,
    _COMMA_OR_SEMICOLON,
    _CREDIT_MARK,
    _MARK,
    _NAME_PAIR,
    _PLAIN_CREDIT_MARKS,
    _PLAIN_MARKS,
    _PLAIN_OPENINGS,
    _QUOTE_MARK,
    _WORD,
    _has_mark,
    _mark_tokens,
    _regex_tokens,
    _tokens,
)
from tracker.text import OPENING_QUOTES, split_sentences

#: Words, marks and spaces of English news text, with any Unicode between them.
TEXTS = st.lists(
    st.one_of(
        st.sampled_from((" ", "  ", "\n", "\t", "\u00a0", ",", ".", ":", "'", "''", "’", "-", "—")),
        st.sampled_from(("“", "”", '"', "(", ")", "‘", "«", "»", "[", "]", "?", "!", "″", "„")),
        st.sampled_from(("said", "Hamdan", "U.S.", "al-Wadi", "don't", "4.5", "Omar", "Gov.")),
        st.text(max_size=3),
    ),
    max_size=40,
).map("".join)
FUZZ = settings(derandomize=True, database=None, max_examples=400, deadline=None)
#: The word regex without possessive runs, and the name pairs looked for at every word start.
PLAIN_WORD = re.compile(r"''|(?:[\w’-]|'(?!'))+(?:\.\w+|(?<=\d),\d+)*|[^\w\s]")
PLAIN_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(OPENING_QUOTES))) + "]|''")
PLAIN_NAME_PAIR = re.compile(r"\b(?=([A-Z][a-z]+)(?: [A-Z]\.)? ((?:al-|el-)?[A-Z][\w'’-]+))")


@FUZZ
@given(TEXTS, st.integers(0, 5), st.integers(0, 5))
def test_tokens_read_piece_by_piece_are_the_regex_tokens(text, skip, cut):
    """Reading a sentence by its spaces gives the regex's tokens, with the same offsets."""
    start, end = min(skip, len(text)), max(min(skip, len(text)), len(text) - cut)
    assert _tokens(text, start, end) == _regex_tokens(text, start, end)


@FUZZ
@given(TEXTS)
def test_possessive_word_regex_reads_as_the_plain_one(text):
    """The possessive runs change the speed of the word regex, not what it reads."""
    assert _WORD.findall(text) == PLAIN_WORD.findall(text)


@FUZZ
@given(TEXTS)
def test_name_pairs_are_found_where_the_plain_pattern_finds_them(text):
    """Matching the first name from its capital finds the pairs at the same offsets."""
    fast = [(m.start(), m.groups()) for m in _NAME_PAIR.finditer(text)]
    assert fast == [(m.start(), m.groups()) for m in PLAIN_NAME_PAIR.finditer(text)]


@FUZZ
@given(TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_mark_tokens_are_those_a_loop_over_the_tokens_finds(text, a, b):
    """The comma (and semicolon) tokens found by the regex and bisection are those found by
    reading every token of the stretch, in order; a comma inside a token ("1,000") is none."""
    tokens = _regex_tokens(text, 0, len(text))
    start, end = min(a, b), max(a, b)
    for pattern, marks in ((_COMMA, {","}), (_COMMA_OR_SEMICOLON, {",", ";"})):
        loop = [n for n, (w, s, _) in enumerate(tokens) if w in marks and start <= s < end]
        assert list(_mark_tokens(text, tokens, pattern, start, end)) == loop


def test_tokens_of_a_plain_sentence():
    """A word with a comma after it is two tokens; a dotted abbreviation stays one."""
    text = "Hamdan said, in the U.S. capital: no."
    assert [t[0] for t in _tokens(text, 0, len(text))] == [
        *("Hamdan", "said", ",", "in", "the", "U.S", ".", "capital", ":", "no", "."),
    ]


@FUZZ
@given(TEXTS, st.integers(0, 5), st.integers(0, 5))
def test_quote_mark_is_found_where_the_plain_pattern_finds_it(text, skip, cut):
    """The first opening mark (or '') is found at the same offset as by the plain pattern."""
    start, end = min(skip, len(text)), max(0, len(text) - cut)
    fast, plain = _QUOTE_MARK.search(text, start, end), PLAIN_QUOTE_MARK.search(text, start, end)
    assert (fast and fast.start()) == (plain and plain.start())


def test_dc_does_not_end_a_sentence():
    """ "Washington, D.C. said …": the abbreviation's full stop does not split the sentence."""
    text = "Lina Haddad of Washington, D.C. said the mill would reopen."
    assert [(s.start, s.end) for s in split_sentences(text)] == [(0, len(text))]


#: Each mark pattern with the ASCII strings it finds (see _has_mark).
MARK_PATTERNS = (
    (_QUOTE_MARK, _PLAIN_OPENINGS),
    (_CREDIT_MARK, _PLAIN_CREDIT_MARKS),
    (_MARK, _PLAIN_MARKS),
)


#: Texts of the marks themselves, most of them all ASCII, and the texts above.
MARKED = st.one_of(
    st.lists(
        st.sampled_from(("--", "-", ":", "''", "'", '"', " ", "Hamdan", "—", "“")), max_size=9
    ).map("".join),
    TEXTS,
)


@FUZZ
@given(MARKED, st.integers(0, 5), st.integers(0, 5))
def test_a_mark_is_found_where_its_pattern_finds_one(text, skip, cut):
    """Looking for the ASCII marks alone in an ASCII span answers as each pattern does."""
    start, end = min(skip, len(text)), max(min(skip, len(text)), len(text) - cut)
    for pattern, plain in MARK_PATTERNS:
        expected = pattern.search(text, start, end) is not None
        assert _has_mark(text, start, end, pattern, plain) is expected
