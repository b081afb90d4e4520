"""Arabic and English text layer: normalisation for matching, tokens, sentences, quotes (pure).

Normalisation is only ever used to *compare* text; every span the tool reports indexes the
original text, so tokens and sentences carry offsets into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from .models import slot_init

#: Tashkeel, Quranic marks and tatweel, as (first, last) character ranges.
_DIACRITIC_RANGES = (
    ("\u0610", "\u061a"),
    ("\u064b", "\u065f"),
    ("\u0670", "\u0670"),
    ("\u06d6", "\u06ed"),
    ("\u0640", "\u0640"),
)
_DIACRITICS = re.compile("[" + "".join(f"{a}-{b}" for a, b in _DIACRITIC_RANGES) + "]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
    }
)
#: A word once punctuation is dropped: every character is a word character, white space or
#: punctuation, so the words are the runs of word characters.
_WORD_RUN = re.compile(r"\w+")

#: Word characters plus the Arabic combining marks that \w does not cover.
#: The Arabic combining marks that \w does not cover.
_COMBINING = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+")
_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+|[^\w\s]")

#: Opening mark → closing mark. The straight quote and the double prime (″ … ″, as some papers
#: write quotation marks) close themselves.
QUOTE_PAIRS = {"«": "»", "“": "”", "‘": "’", '"': '"', "„": "“", "‹": "›", "″": "″"}
#: An opening mark some papers close with another mark: “ … ″. Read as a quotation when its
#: own closing mark never comes (see ``mixed_quote_spans``).
MIXED_CLOSES = {"“": "″"}
OPENING_QUOTES = frozenset(QUOTE_PAIRS)
CLOSING_QUOTES = frozenset(QUOTE_PAIRS.values())
#: The opening marks, the most common in news text first (« and " in Arabic pages).
_OPENING_ORDER = ("«", '"', *sorted(OPENING_QUOTES - {"«", '"'}))


#: str.replace per letter, skipped when the letter is absent, is several times faster than
#: str.translate with a mapping for these few letters (measured on news text).
_FOLD_PAIRS = tuple((chr(code), letter) for code, letter in _FOLD.items())


#: Folds and normalized keys kept: a sentence is folded when cues are looked for and again when
#: it is fingerprinted, and names are normalized again and again while sources are resolved.
_FOLD_CACHE_SIZE = 4096


@lru_cache(maxsize=_FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """Fold a string for matching: no tashkeel/tatweel, one alef, ى→ي, ة→ه, lower case."""
    return _fold(text)


#: The whole fold as one table (marks and tatweel deleted): for a short text such as a word, one
#: str.translate pass is faster than the pattern and the per-letter replacements, which win on
#: sentences (translate looks every character up in the mapping).
_FOLD_ALL = {
    **_FOLD,
    **{code: None for a, b in _DIACRITIC_RANGES for code in range(ord(a), ord(b) + 1)},
}
#: Texts shorter than this are folded with _FOLD_ALL (measured: the two ways cost the same
#: at about 30 characters).
_SHORT_FOLD = 24
#: The folds of short texts met (words and names), as _fold finds them; cleared when full.
_SHORT_FOLDS: dict[str, str] = {}
_SHORT_FOLDS_LIMIT = 50_000


def _fold(text: str) -> str:
    """``fold`` without its cache, for callers that keep their own (see ``tokenize``)."""
    if text.isascii():
        return text.lower()  # no ASCII character is a mark or a letter folding changes
    if len(text) < _SHORT_FOLD:
        # Kept per word: translate looks every character up in a dict of ints, which costs
        # more than the lookup of the word, and the words of news text recur.
        short = _SHORT_FOLDS.get(text)
        if short is None:
            short = text.translate(_FOLD_ALL).lower()
            if len(_SHORT_FOLDS) >= _SHORT_FOLDS_LIMIT:
                _SHORT_FOLDS.clear()
            _SHORT_FOLDS[text] = short
        return short
    text = _DIACRITICS.sub("", text)
    for letter, replacement in _FOLD_PAIRS:
        if letter in text:
            text = text.replace(letter, replacement)
    return text.lower()


@lru_cache(maxsize=_FOLD_CACHE_SIZE)
def normalize(text: str) -> str:
    """Fold and drop punctuation, collapsing white space: the key used to compare names."""
    return " ".join(normal_words(text))


@lru_cache(maxsize=_FOLD_CACHE_SIZE)
def normal_words(text: str) -> tuple[str, ...]:
    """The words of ``normalize(text)``, for a caller that wants them apart (no split)."""
    return _word_runs(fold(text))


def _word_runs(folded: str) -> tuple[str, ...]:
    """``_WORD_RUN.findall(folded)``. Text that is ASCII once its curly quotes and dashes are
    spaces (most English) is read by one byte table; other text chunk by chunk: no word
    character is white space, and a chunk that is all letters and digits (most chunks;
    ``str.isalnum`` is the pattern's test of a word character, bar "_") is one word as it
    stands, with no pattern run over it (measured: a tenth faster on news sentences)."""
    if folded.isalnum():
        return (folded,)  # one word, as names and tokens often are
    plain = ascii_marks_spaced(folded)
    if plain is not None:
        # ASCII once its curly quotes and dashes are spaces (most English text): every other
        # character made a space by one byte table, and the words split off at once.
        return tuple(plain.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())
    words: list[str] = []
    for chunk in folded.split():
        if chunk.isalnum():
            words.append(chunk)
            continue
        # Most other chunks are one word with marks around it ("الوزير،", "«واس»"): stripped
        # of the common marks (none a word character) it is that word as it stands.
        stripped = chunk.strip(_COMMON_MARKS)
        if stripped.isalnum():
            words.append(stripped)
        else:
            words += _WORD_RUN.findall(chunk)
    return tuple(words)


#: Marks of English text outside ASCII (curly quotes, dashes, ellipsis, no-break space); none
#: is a word character, so each may become a space before the words are read.
_LATIN_MARKS = ("’", "“", "”", "\u00a0", "—", "‘", "–", "…", "―")


def latin_marks_spaced(text: str) -> str:
    """The text with each of _LATIN_MARKS made a space: its words are the same."""
    for mark in _LATIN_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text


_LATIN_MARK_SET = frozenset(_LATIN_MARKS)


def ascii_marks_spaced(text: str) -> str | None:
    """``latin_marks_spaced(text)`` when that is ASCII (most English text), else None.

    A text whose first character is neither ASCII nor one of _LATIN_MARKS (most Arabic
    sentences open with a letter or «) stays non-ASCII whatever the marks become, so it is
    answered without the nine scans of latin_marks_spaced.
    """
    if text.isascii():
        return text
    first = text[0]  # not empty: an empty text is ASCII
    if not first.isascii() and first not in _LATIN_MARK_SET:
        return None
    plain = latin_marks_spaced(text)
    return plain if plain.isascii() else None


#: An ASCII byte to itself if it is a word character (\w), else to a space.
_ASCII_WORDS = bytes(
    code if chr(code).isascii() and (chr(code).isalnum() or chr(code) == "_") else ord(" ")
    for code in range(256)
)
#: Punctuation marks often written against a word; none is a word character.
_COMMON_MARKS = '،.:,؛»«)("”“!؟?-'


def folded_head(text: str, size: int) -> str:
    """``fold(text[:size])``, cut from the (kept) fold of the whole text when no character of
    the head is one that folding drops or widens (marks, tatweel, İ) or one whose case depends
    on what follows it (Σ): every other character folds to one character of its own."""
    if _DIACRITICS.search(text, 0, size) or text.find("\u0130", 0, size) != -1:
        return fold(text[:size])
    if text.find("\u03a3", 0, size) != -1:
        return fold(text[:size])
    return fold(text)[:size]


def in_folded_head(part: str, text: str, size: int) -> bool:
    """Whether ``part`` may stand in the fold of some stretch of text[:size] (a word's, say):
    it is in ``folded_head(text, size)``, or the head holds a capital sigma. Folding maps each
    character on its own but that one (its small form depends on the letters after it), so a
    stretch's fold is part of the head's. False lets a caller skip reading the head word by
    word."""
    return text.find("\u03a3", 0, size) != -1 or part in folded_head(text, size)


def first_norm(text: str, start: int, end: int) -> str | None:
    """The folded form of the first token of text[start:end] (``tokenize(text, start,
    end)[0].norm``, read without the others), or None when it has none."""
    found = _TOKEN.search(text, start, end)
    return None if found is None else fold(found.group())


def words_of(folded: str) -> list[str]:
    """The words of a folded text, punctuation dropped."""
    return _WORD_RUN.findall(folded)


class Token(NamedTuple):
    """A word or punctuation mark with its offsets and folded form.

    A NamedTuple rather than a frozen dataclass: millions are made per corpus run, and tuple
    construction is several times cheaper.
    """

    text: str
    start: int
    end: int
    norm: str
    #: True for words (letters or digits), False for punctuation.
    is_word: bool = True


_new_token = tuple.__new__

#: A token of a white-space separated chunk: (text, start, end, norm, is_word), offsets into
#: the chunk.
_Piece = tuple[str, int, int, str, bool]
#: The tokens of each distinct chunk that is not one word of letters and digits ("الوزير،" →
#: "الوزير" and "،"; "أيضاً"), with how many words ``normal_words`` reads in it.
_SPLIT_CACHE: dict[str, tuple[tuple[_Piece, ...], int]] = {}
_SPLIT_CACHE_LIMIT = 50_000
#: Characters that break "a chunk of letters and digits folds to one word of normal_words":
#: İ lowers to i and a combining dot; a chunk of tatweels (or the small waw and yeh) folds to
#: nothing (``test_text`` checks this list against every code point).
_UNEVEN = re.compile(r"\u0130|(?<!\S)[\u0640\u06e5\u06e6]+(?!\S)")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split text[start:end] into word and punctuation tokens with offsets into ``text``.

    No token holds white space, so the tokens are those of each white-space separated chunk.
    A chunk of letters and digits (most of them) is one word, and its folded form is the next
    word of the text's ``normal_words`` (cached: the Arabic cue prefilter has read them), so
    no token is looked up or folded on its own. Other chunks are split once per distinct chunk
    (see ``_pieces``). Either way no pattern runs over known text.
    """
    part = text[start:end]
    chunks = part.split()
    words = normal_words(part)
    # No tatweel, small waw or small yeh (most sentences): no letter may fold to nothing.
    plain = "\u0640" not in part and "\u06e5" not in part and "\u06e6" not in part
    even = "\u0130" not in part if plain else _even(part)
    if not even or " ".join(chunks) != part:
        return _tokens_apart(text, start, part, chunks, words)
    # With single spaces only (most sentences) each chunk starts one past the end of the one
    # before.
    k = 0
    split = _SPLIT_CACHE.get
    out: list[Token] = []
    append = out.append
    pos = start
    for chunk in chunks:
        if chunk.isalnum():
            stop = pos + len(chunk)
            append(_new_token(Token, (chunk, pos, stop, words[k], True)))
            k += 1
            pos = stop + 1
        elif chunk[-1] in _TRAILING_MARKS and chunk[:-1].isalnum() and plain:
            # A word and the mark after it ("الوزير،", "أمس."), most other chunks: the word
            # is the next of normal_words, as a whole chunk of letters is, and the mark one
            # token (what _pieces reads, without looking the chunk up). Not when a letter may
            # fold to nothing ("ـ،": see _UNEVEN).
            stop = pos + len(chunk) - 1
            append(_new_token(Token, (chunk[:-1], pos, stop, words[k], True)))
            mark = chunk[-1]
            append(_new_token(Token, (mark, stop, stop + 1, _TRAILING_MARKS[mark], False)))
            k += 1
            pos = stop + 2
        else:
            pieces, runs = split(chunk) or _pieces(chunk)
            for word, a, b, norm, is_word in pieces:
                append(_new_token(Token, (word, pos + a, pos + b, norm, is_word)))
            k += runs
            pos += len(chunk) + 1
    return out


#: Marks that often close a word ("الوزير،", "أمس.", "«نعم»"), with their folded forms. None is
#: a word character, white space or a combining mark (which _WRAPPED would read as part of the
#: word).
_TRAILING_MARKS = {mark: mark for mark in '،.:,؛»)؟!"”'}


def _tokens_apart(
    text: str, start: int, part: str, chunks: list[str], words: tuple[str, ...]
) -> list[Token]:
    """``tokenize`` of a text with other white space than single spaces between its chunks,
    or where a chunk of letters may fold to other than one word (see ``_even``): then every
    chunk is split as a chunk with marks is."""
    even = _even(part)
    k = 0
    out: list[Token] = []
    pos = start
    for chunk in chunks:
        # Only white space lies between pos and the chunk, so its first occurrence is it.
        pos = text.find(chunk, pos)
        stop = pos + len(chunk)
        if even and chunk.isalnum():
            out.append(_new_token(Token, (chunk, pos, stop, words[k], True)))
            k += 1
        else:
            pieces, runs = _SPLIT_CACHE.get(chunk) or _pieces(chunk)
            for word, a, b, norm, is_word in pieces:
                out.append(_new_token(Token, (word, pos + a, pos + b, norm, is_word)))
            k += runs
        pos = stop
    return out


def _even(text: str) -> bool:
    """True when every chunk of letters and digits in the text folds to one word (see
    ``_UNEVEN``); the characters are looked for before the pattern, which is slower."""
    if "\u0640" in text or "\u0130" in text or "\u06e5" in text or "\u06e6" in text:
        return _UNEVEN.search(text) is None
    return True


def _pieces(chunk: str) -> tuple[tuple[_Piece, ...], int]:
    """The tokens of one chunk without white space, and how many words normal_words reads in
    it (kept)."""
    hit = _wrapped_word(chunk)
    if hit is None:
        found = []
        for m in _TOKEN.finditer(chunk):
            word = m.group()
            found.append((word, m.start(), m.end(), _fold(word), _WORD.fullmatch(word) is not None))
        hit = (tuple(found), len(_WORD_RUN.findall(_fold(chunk))))
    if len(_SPLIT_CACHE) >= _SPLIT_CACHE_LIMIT:
        _SPLIT_CACHE.clear()
    _SPLIT_CACHE[chunk] = hit
    return hit


#: A chunk that is one word with punctuation marks around it ("الوزير،", "«واس»", "أيضاً."):
#: most chunks that are not all letters and digits.
_WRAPPED = re.compile(rf"([^\w\s{_COMBINING}]*)([\w{_COMBINING}]+)([^\w\s{_COMBINING}]*)")
#: The folded form of each punctuation mark met (a mark's token norm).
_MARK_NORMS: dict[str, str] = {}


def _wrapped_word(chunk: str) -> tuple[tuple[_Piece, ...], int] | None:
    """``_pieces`` of a chunk that is one word with marks around it, read by one match: the
    marks one token each, and the word, which normal_words reads as one word when it folds to
    letters and digits (no mark folds to a word character: ``test_text`` checks every code
    point). None for any other chunk."""
    m = _WRAPPED.fullmatch(chunk)
    if m is None:
        return None
    lead, word, trail = m.groups()
    norm = _fold(word)
    if not norm.isalnum():
        return None  # "_", "İ", or a word of tatweels: read as before
    start = len(lead)
    stop = start + len(word)
    if not lead and not trail:
        return ((word, start, stop, norm, True),), 1
    found = _mark_pieces(lead, 0) if lead else []
    found.append((word, start, stop, norm, True))
    if trail:
        found += _mark_pieces(trail, stop)
    return tuple(found), 1


def _mark_pieces(marks: str, at: int) -> list[_Piece]:
    """A token for each punctuation mark of a run that starts at offset ``at`` of its chunk."""
    norms = _MARK_NORMS
    return [(c, k, k + 1, norms.get(c) or _mark_norm(c), False) for k, c in enumerate(marks, at)]


def _mark_norm(mark: str) -> str:
    """The folded form of a punctuation mark (kept)."""
    norm = _MARK_NORMS[mark] = _fold(mark)
    return norm


@slot_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span of the original text."""

    start: int
    end: int
    #: Index of the paragraph (block of text between blank-line or line breaks) it sits in.
    paragraph: int


@cache
def _abbreviation_backwards() -> re.Pattern[str]:
    """An abbreviation just before a full stop (a lone Arabic letter or a language's list, after
    white space, "(", "«", '"' or the "-" of a party tag: "(R-Fla.)"), read backwards.

    It matches the reversed text before the stop: maybe a line end, the abbreviation reversed,
    then what stands before it or the start. (For speed: one match at the stop, where the
    pattern read forwards is searched for at every character before it.)
    """
    from .lang import union  # the language packages import this module

    words = sorted(union("abbreviations"), key=lambda w: (-len(w), w))
    alternatives = "|".join(["[\u0621-\u064a]", *(re.escape(w[::-1]) for w in words)])
    return re.compile(rf"\n?(?:{alternatives})(?:[\s(«\"-]|\Z)")


_TERMINATORS = ".!?؟"


def paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each non-blank line of text from ``start`` on."""
    pos = start
    for line in text[start:].split("\n"):
        end = pos + len(line)
        left = pos + (len(line) - len(line.lstrip()))
        right = pos + len(line.rstrip())
        if right > left:
            yield left, right
        pos = end + 1


#: One character class, which the pattern engine scans for far faster than an alternation: a
#: lone apostrophe is skipped where it is met, and two make one mark (see split_sentences).
_SPECIAL = re.compile(r"[.!?؟«»“”\"‘’„‹›″'\u00a0]")
#: Two apostrophes, as some papers write quotation marks: '' … '' pair like " … ".
_DOUBLED = "''"


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split text into sentences at . ! ? ؟ and line ends, never at ، nor inside quotes.

    Abbreviations ("د.", "Dr.") and decimals ("3.5") do not end a sentence.
    """
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text, start)):
        depth: list[str] = []
        s_start = p_start
        resume = p_start
        # A mark opens a quotation only if its closing mark follows in the paragraph: the last
        # closing mark of each kind, found once, answers that for every opening in O(1).
        last_close: dict[str, int] = {}
        # Where the pair of apostrophes last read ends: pairs are read left to right and do not
        # overlap (three apostrophes are a pair and a lone one).
        pair_end = p_start
        # How many of each straight mark the paragraph holds, counted when first asked: with
        # one, three or five, a mark shaped like a closing one, with none open, is surely left
        # unpaired (with an even number, an opening the paper left unclosed may be its partner;
        # with many, which one is astray is guesswork); with an odd number, one opened may be
        # left unclosed before a lead-in's own quotation.
        counts: dict[str, int] = {}
        # Where the outermost quotation open now was opened.
        opened = p_start
        for match in _SPECIAL.finditer(text, p_start, p_end):
            i = match.start()
            ch = match.group()
            if ch == "'":
                if i < pair_end or i + 1 >= p_end or text[i + 1] != "'":
                    continue
                ch = _DOUBLED
                pair_end = i + 2
            if i < resume:
                continue
            if ch == _NBSP:
                if not depth and _flattened_break(text, i, p_start, p_end):
                    s_start = resume = _end_at(sentences, text, s_start, i - 1, p_end, number)
                continue
            if (
                len(depth) == 1
                and ch == '"' == depth[-1]
                and _marks(counts, text, ch, p_start, p_end) % 2
            ):
                stop = _unclosed_before_lead(text, opened, i)
                if stop is None:
                    stop = _unclosed_before_opening(text, opened, i)
                if stop is not None:
                    # "وقال فلان "… أمس.   وأضاف: "…"": the paper left the first quotation
                    # unclosed; it ends at its full stop, and the mark after the lead opens.
                    depth.pop()
                    s_start = resume = _end_at(sentences, text, s_start, stop, p_end, number)
            if ch == _DOUBLED:
                if depth and depth[-1] == _DOUBLED:
                    depth.pop()
                    if not depth and _quotation_ends_sentence(text, i, p_end):
                        s_start = resume = _end_at(sentences, text, s_start, i + 2, p_end, number)
                elif not depth:
                    if _DOUBLED not in last_close:
                        last_close[_DOUBLED] = text.rfind(_DOUBLED, p_start, p_end)
                    if last_close[_DOUBLED] > i + 1:
                        depth.append(_DOUBLED)
                continue
            if depth and (ch == depth[-1] or _turned_close(text, i, p_end, depth[-1])):
                depth.pop()
                if not depth and _quotation_ends_sentence(text, i, p_end):
                    s_start = resume = _end_at(sentences, text, s_start, i + 1, p_end, number)
            elif ch in OPENING_QUOTES and (ch != QUOTE_PAIRS[ch] or not depth or depth[-1] != ch):
                if not depth and ch == QUOTE_PAIRS[ch] and _stray_close(text, i, p_start, p_end):
                    if _marks(counts, text, ch, p_start, p_end) in _FEW_ODD:
                        continue
                closing = QUOTE_PAIRS[ch]
                if closing not in last_close:
                    last_close[closing] = text.rfind(closing, p_start, p_end)
                if last_close[closing] <= i and ch in MIXED_CLOSES:
                    closing = MIXED_CLOSES[ch]  # “ … ″
                    if closing not in last_close:
                        last_close[closing] = text.rfind(closing, p_start, p_end)
                if last_close[closing] > i:
                    opened = i if not depth else opened
                    depth.append(closing)
            elif ch in _TERMINATORS and not depth and _ends_sentence(text, i, p_end):
                j = i + 1
                while j < p_end and (text[j] in _TERMINATORS or text[j] in CLOSING_QUOTES):
                    j += 1
                sentences.append(Sentence(s_start, j, number))
                while j < p_end and text[j].isspace():
                    j += 1
                s_start = resume = j
        if p_end > s_start:
            sentences.append(Sentence(s_start, p_end, number))
    return sentences


#: The no-break space some pages leave where a paragraph break was (" \u00a0 ").
_NBSP = "\u00a0"


def _flattened_break(text: str, i: int, start: int, end: int) -> bool:
    """ "… من خلال الرابط: http://… \u00a0 وأكد المدير …": a space, no-break spaces and a space
    between a word and a word in و stand where the page had a paragraph break, with no full
    stop before it (a link, a heading, a line of verse): the sentence ends there. Only the
    first no-break space of the run is read, and the word after must open with و, as the next
    paragraph's first sentence does ("وأكد", "وقال")."""
    if i - 1 <= start or text[i - 1] != " " or text[i - 2].isspace():
        return False
    j = i
    while j < end and text[j] == _NBSP:
        j += 1
    return j + 1 < end and text[j] == " " and text[j + 1] == "و"


def _marks(counts: dict[str, int], text: str, mark: str, start: int, end: int) -> int:
    """How many times ``mark`` stands in text[start:end], counted once per paragraph."""
    found = counts.get(mark)
    if found is None:
        found = counts[mark] = text.count(mark, start, end)
    return found


#: Most words of a lead-in before its colon that may reopen a quotation ("وأضاف قائلا:").
MAX_REOPENING_LEAD_WORDS = 4
#: A stop and the spaces after it, inside a straight quotation: where a lead-in may begin.
_STOP_THEN_SPACE = re.compile(r"[.!?؟]\s+")


def _unclosed_before_lead(text: str, opened: int, i: int) -> int | None:
    """The end of a quotation opened by a straight mark at ``opened`` that the paper left
    unclosed, when the straight mark at i, which would close it, opens the quotation of a
    new lead-in instead: it follows a colon and is glued to the next word, and the colon
    closes a short lead-in joined by و/ف after a full stop ("… أمس.   وأضاف: "…"), in a
    paragraph with an odd number of straight marks. Returns the offset after the quotation's
    first full stop (where the paper most likely meant it to end; the sentences after it up
    to the lead-in are the writer's), else None."""
    k = i - 1
    while k > opened and text[k].isspace():
        k -= 1
    if text[k] != ":" or i + 1 >= len(text) or not text[i + 1].isalnum():
        return None
    stops = list(_STOP_THEN_SPACE.finditer(text, opened + 1, k))
    if not stops:
        return None
    lead = text[stops[-1].end() : k].split()
    if not lead or len(lead) > MAX_REOPENING_LEAD_WORDS or lead[0][:1] not in "وف":
        return None
    return stops[0].start() + 1


def _unclosed_before_opening(text: str, opened: int, i: int) -> int | None:
    """The end of a quotation opened by a straight mark at ``opened`` that the paper left
    unclosed, when the straight mark at i, which would close it, is shaped as an opening one
    (a word and white space before it, a letter glued after it) and a sentence of the writer,
    opening with و/ف after a full stop, lies between them ("… لافتا إلى أن "… أمس. وفي سياق
    آخر، أعلن … أن "…""), in a paragraph with an odd number of straight marks. Not after a
    full stop ('… ثانية. "ويمثل …': the quotation goes on, each paragraph opened anew).
    Returns the offset after the quotation's first full stop, else None."""
    if not text[i - 1].isspace() or i + 1 >= len(text) or not text[i + 1].isalpha():
        return None
    k = i - 1
    while k > opened and text[k].isspace():
        k -= 1
    if not text[k].isalnum():
        return None
    stop = _STOP_THEN_SPACE.search(text, opened + 1, k)
    if stop is None or text[stop.end()] not in "وف":
        return None
    return stop.start() + 1


def _end_at(
    sentences: list[Sentence], text: str, start: int, end: int, p_end: int, number: int
) -> int:
    """Close the sentence start..end and return where the next one starts, past the spaces."""
    sentences.append(Sentence(start, end, number))
    while end < p_end and text[end].isspace():
        end += 1
    return end


#: How many straight marks of one kind a paragraph may hold for one of them to be read as a
#: closing mark left unpaired (see _stray_close): a long paragraph of quotes and the words
#: between them may hold seven or nine ("…: "…"، مضيفا أن … الموسم". ولفت إلى …").
_FEW_ODD = frozenset((1, 3, 5, 7, 9))


def _stray_close(text: str, i: int, start: int, end: int) -> bool:
    """A straight mark at i shaped like a closing one at the end of a sentence, glued to the
    word before it and to its full stop: "… مساء أمس". وأضاف: "…"". With no quotation open and
    an odd number of such marks up to nine in the paragraph, it is a closing mark whose opening
    the paper left out: it opens nothing, or the quotation it would open swallows the sentences
    up to the next straight mark."""
    if i <= start:
        return False
    before = text[i - 1]
    after = text[i + 1] if i + 1 < end else "."
    if before in _TERMINATORS:
        return after.isspace() or after == "."  # «… أمس." وأضاف»
    return before.isalnum() and after in _TERMINATORS  # «… أمس". وأضاف»


#: Opening marks a paper may type the wrong way round where the quotation closes, with their
#: closing marks: «الدعم 2 « وأن … (for «الدعم 2» وأن …).
_TURNED = {"«": "»"}


def _turned_close(text: str, i: int, end: int, closing: str) -> bool:
    """The opening mark at i stands where a quotation it would open cannot start, after a
    word and before white space («… 2 « وأن …), while one it belongs to is open: it closes
    that one, turned the wrong way round."""
    if _TURNED.get(text[i]) != closing or i + 1 >= end or not text[i + 1].isspace():
        return False
    before = text[:i].rstrip()
    return bool(before) and before[-1].isalnum()


def _quotation_ends_sentence(text: str, i: int, end: int) -> bool:
    """A closing mark at i after . ! ? or ؟ and before a capital or an Arabic letter (Arabic
    has no capitals): “… woman.” He adds …, «… المدينة.» وأضاف …"""
    j = i + 1 if text[i] != "'" else i + 2
    if not (i > 0 and text[i - 1] in _TERMINATORS and j + 1 < end and text[j] == " "):
        return False
    return text[j + 1].isupper() or "\u0621" <= text[j + 1] <= "\u064a"


def _ends_sentence(text: str, i: int, end: int) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < end else " "
    if ch == "." and _inside_short_brackets(text, i, end):
        return False
    if ch == "." and nxt.isdigit() and i > 0 and text[i - 1].isdigit():
        return False
    if ch == "." and not nxt.isspace() and nxt not in CLOSING_QUOTES and nxt not in "()":
        return _glued_arabic_stop(text, i, end)
    if ch == "." and _name_initial(text, i, end):
        return False
    return not (ch == "." and _abbreviation_backwards().match(text[max(0, i - 8) : i][::-1]))


#: The two words before a full stop, and the word after it: "… لورا إيه. كولانجيلو".
_WORD_BEFORE_STOP = re.compile(r"(\S+)\s+(\S+)$")
_WORD_AFTER_STOP = re.compile(r"\s(\w+)")  # (the name, without a comma after it)
#: How far back the two words before a full stop are looked for.
MAX_INITIAL_LOOKBACK = 40
#: Most letters of a Latin letter's name as written ("دبليو").
MAX_INITIAL_LETTERS = 5


def _name_initial(text: str, i: int, end: int) -> bool:
    """The full stop at i closes a Latin letter's name spelled as a name's initial: "جورج
    دبليو. بوش". The word before the letter is no letter's name ("بي بي سي." closes a channel's
    name and may end the sentence), and a name follows on the same line, not a conjunction's
    opening ("… إيه. وقال …")."""
    from .lang import union  # the language packages import this module

    initials = union("name_initials")
    space = text.rfind(" ", max(0, i - MAX_INITIAL_LETTERS - 1), i)
    if space < 0 or fold(text[space + 1 : i]) not in initials:
        return False  # (most full stops: no letter's name right before)
    before = _WORD_BEFORE_STOP.search(text, max(0, i - MAX_INITIAL_LOOKBACK), i)
    after = _WORD_AFTER_STOP.match(text, i + 1, end)
    if before is None or after is None or "\n" in text[before.start(2) : after.end()]:
        return False
    previous, following = fold(before.group(1)), fold(after.group(1))
    return (
        previous not in initials
        and previous.isalpha()
        and following.isalpha()
        and following not in initials
        and following[:1] not in "وف"
    )


def _inside_short_brackets(text: str, i: int, end: int) -> bool:
    """The full stop at i stands inside a short bracket, "(إف. بي. آي)": an abbreviation's
    dots, no end of a sentence."""
    opening = text.rfind("(", max(0, i - MAX_BRACKETED_ABBREVIATION), i)
    if opening < 0 or ")" in text[opening:i]:
        return False
    return ")" in text[i : min(end, i + MAX_BRACKETED_ABBREVIATION)]


#: Most characters on either side of a full stop in a bracketed abbreviation ("(إف.بي. أي.)").
MAX_BRACKETED_ABBREVIATION = 12

#: An Arabic word of three letters or more ending right before a full stop, and one starting
#: right after it: "…بمراحل مختلفة.وكشف الأمين …" (the scraped text lost the space). Shorter
#: pieces are abbreviations ("إي.بي.إس", "م.سالم").
_GLUED_BEFORE = re.compile("[\u0621-\u064a]{3}$")
_GLUED_AFTER = re.compile("[\u0621-\u064a]{3}")
#: A credit glued after the stop trails the sentence before it: "…الموسم الماضي.وفقا لرويترز".
_GLUED_CREDIT = re.compile(r"[وف]?(?:وفقا|وفقاً|وفق|بحسب|حسب|حسبما|نقلا|نقلاً|طبقا|طبقاً)[\sل]")


#: Two-letter words that open a sentence, glued after a full stop: "…المحددة.من جانبه أشار
#: …", "….ثم ألقى …". None is the name of a Latin letter ("في" is V, "إن" is N), which an
#: abbreviation's pieces are ("إتش.دي").
_GLUED_SHORT_OPENING = re.compile(r"(?:من|ثم|كل|لا|لم|لن|ما|قد|تم)\s")


def _glued_arabic_stop(text: str, i: int, end: int) -> bool:
    """A full stop at i glued to the Arabic words on both sides ends the sentence, also after
    a quotation's closing mark: "… الفوضى».وتابع: …"."""
    if _GLUED_BEFORE.search(text, max(0, i - 3), i) is None and not _closed_glued(text, i):
        return False
    after = _GLUED_AFTER.match(text, i + 1, end) is not None
    after = after or _GLUED_SHORT_OPENING.match(text, i + 1, end) is not None
    return after and _GLUED_CREDIT.match(text, i + 1, end) is None


def _closed_glued(text: str, i: int) -> bool:
    """A closing quotation mark right before the full stop at i, glued to Arabic words."""
    return (
        i > 0
        and text[i - 1] in _GLUED_CLOSES
        and bool(_GLUED_BEFORE.search(text, max(0, i - 4), i - 1))
    )


#: Closing marks a glued full stop may follow: "».", "”.", '".'.
_GLUED_CLOSES = frozenset('»”"')


_QUOTE_MARK = re.compile('[«»“”‘’"„‹›″]')


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return (open, close) offsets of the outermost quotations between start and end.

    ``open`` indexes the opening mark and ``close`` the closing mark; unmatched marks are
    ignored, and a straight quote pairs with the next straight quote.
    """
    # '' … '' (two apostrophes, as some papers write quotation marks) pair like " … ".
    spans = _straight_pairs(text, "''", start, end)
    if spans:
        return spans
    part = text[start:end]
    if part.isascii():
        # The only mark ASCII has is the straight quote: found by str.find, where the regex
        # would test every character against the curly marks.
        return _straight_pairs(text, '"', start, end)
    # Most sentences hold no opening mark, so no quotation: a few substring tests answer that
    # faster than the pattern's pass over every character.
    for opening in _OPENING_ORDER:
        if opening in part:
            break
    else:
        return spans
    resume = start
    closes: dict[int, int] | None = None
    # The marks are found once: _paired_closes reads the same ones.
    marks = [match.start() for match in _QUOTE_MARK.finditer(text, start, end)]
    for i in marks:
        ch = text[i]
        if i < resume or ch not in OPENING_QUOTES:
            continue
        closing = QUOTE_PAIRS[ch]
        if ch == closing:
            j = text.find(closing, i + 1, end)
        else:
            if closes is None:
                closes = _paired_closes(text, marks)
            j = closes.get(i, -1)
        if j != -1:
            spans.append((i, j))
            resume = j + 1
    return spans


def _straight_pairs(text: str, mark: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotations between start and end opened and closed by one
    straight ``mark`` (" or ''), each paired with the next (close is the mark's last character)."""
    spans: list[tuple[int, int]] = []
    tail = len(mark) - 1
    opening = text.find(mark, start, end)
    while opening != -1:
        closing = text.find(mark, opening + len(mark), end)
        if closing == -1:
            break
        spans.append((opening, closing + tail))
        opening = text.find(mark, closing + len(mark), end)
    return spans


def mixed_quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``quote_spans`` plus the quotations opened by one mark and closed by another (“ … ″)
    in the stretches between them: each opening is paired with the next such closing mark."""
    spans = quote_spans(text, start, end)
    # A loop, not any() over a generator: this runs for every sentence read.
    for opening in MIXED_CLOSES:
        if text.find(opening, start, end) != -1:
            break
    else:
        return spans
    out: list[tuple[int, int]] = []
    gap = start
    for a, b in [*spans, (end, end)]:
        while gap < a:
            found = [(text.find(o, gap, a), c) for o, c in MIXED_CLOSES.items()]
            found = [(i, c) for i, c in found if i != -1]
            if not found:
                break
            i, closing = min(found)
            j = text.find(closing, i + 1, a)
            if j == -1:
                break
            out.append((i, j))
            gap = j + 1
        if a < end:
            out.append((a, b))
        gap = max(gap, b + 1)
    return out


#: For each mark, the pairs (opening, closing) it opens or closes; straight quotes, which close
#: themselves, are paired by the next one instead.
_ROLES = {
    mark: tuple(
        (opening, closing)
        for opening, closing in QUOTE_PAIRS.items()
        if opening != closing and mark in (opening, closing)
    )
    for mark in OPENING_QUOTES | CLOSING_QUOTES
}


def _paired_closes(text: str, marks: list[int]) -> dict[int, int]:
    """Map each opening mark to the closing mark that matches it, given the offsets of the
    quotation marks of a stretch of text, in order.

    One pass with a stack per kind of pair: a closing mark closes the latest open mark of its
    kind, so nested pairs of one kind (« « » ») match as they nest. Each mark is looked at
    once, however many openings are never closed.
    """
    stacks: dict[str, list[int]] = {opening: [] for opening in QUOTE_PAIRS}
    closes: dict[int, int] = {}
    for i in marks:
        ch = text[i]
        for opening, closing in _ROLES[ch]:
            if ch == closing and stacks[opening]:
                closes[stacks[opening].pop()] = i
            elif ch == opening:
                stacks[opening].append(i)
    return closes


#: Characters of the text that decide its script: the head of a body is plenty.
SCRIPT_SAMPLE = 2000


#: White space and clause punctuation trimmed off both ends of a span (and a full stop off its end).
_JUNK = " \t\n\r،,؛;:-–—"
_TRAILING_JUNK = _JUNK + "."


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding white space and clause punctuation."""
    junk = _JUNK
    while start < end and text[start] in junk:
        start += 1
    junk = _TRAILING_JUNK
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def last_lines(text: str, start: int, count: int) -> Iterator[str]:
    """The last ``count`` lines of ``text`` that are not blank, from the last one up, stripped;
    only lines after offset ``start`` (a page's footer and credits are looked for there)."""
    end, seen = len(text), 0
    while end > start and seen < count:
        line_start = max(start, text.rfind("\n", start, end) + 1)
        line = text[line_start:end].strip()
        end = line_start - 1
        if line:
            seen += 1
            yield line
