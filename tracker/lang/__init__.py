"""Language packages, found by code: each brings its extractor and its word lists.

Adding a language is adding a package beside ``ar`` and ``en`` that defines ``LANGUAGE`` (see
``base.Language``) and naming it in ``_PACKAGES``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import import_module
from typing import cast

from ..errors import UsageError
from ..text import SCRIPT_SAMPLE, fold, words_of
from .base import Known, Language, Words

#: Registered language packages, by code. The first is the default for a text with no letters.
_PACKAGES = ("ar", "en")


@cache
def _loaded() -> dict[str, Language]:
    return {code: import_module(f"{__name__}.{code}").LANGUAGE for code in _PACKAGES}


def codes() -> tuple[str, ...]:
    """The codes of the languages tracker reads."""
    return _PACKAGES


def get(code: str) -> Language:
    """The language with this code; a UsageError listing the known codes otherwise."""
    try:
        return _loaded()[code]
    except KeyError:
        known = ", ".join(_PACKAGES)
        raise UsageError(
            f"unknown language {code!r}: tracker reads {known}; pass one of them to --lang"
        ) from None


def detect(text: str) -> str:
    """The code of the language whose letters are most frequent in the head of the text."""
    sample = text[:SCRIPT_SAMPLE]
    # Encoded once for every language (see _letter_count).
    units = sample.encode("utf-16-le", "surrogatepass")
    plane = len(units) == 2 * len(sample)
    counts = []
    for code in _loaded():
        count = _plane_letter_count(code, units) if plane else _letter_count(code, sample)
        if plane and 2 * count > len(sample) and _plane_letters_apart():
            # More than half the sample (most articles: their own script): no other
            # language, whose letters are other characters, has as many; none is counted.
            return code
        counts.append((count, code))
    best = max(count for count, _ in counts)
    return next(code for count, code in counts if count == best)


@cache
def _letter_runs(code: str) -> re.Pattern[str]:
    """Runs of the language's letters (``letters`` matches one letter at a time)."""
    return re.compile(f"(?:{_loaded()[code].letters.pattern})+")


def _letter_count(code: str, sample: str) -> int:
    """How many of the sample's characters are the language's letters.

    Text of the Basic Multilingual Plane is counted on its UTF-16 code units (see
    ``_letter_tables``); other text by deleting whole runs of letters and measuring what is
    left, which is several times faster than listing the letters one by one.
    """
    units = sample.encode("utf-16-le", "surrogatepass")
    if len(units) == 2 * len(sample):  # two bytes a character: no pairs of surrogates
        return _plane_letter_count(code, units)
    return len(sample) - len(_letter_runs(code).sub("", sample))


def _plane_letter_count(code: str, units: bytes) -> int:
    """``_letter_count`` of a sample of the Basic Multilingual Plane, given as its UTF-16
    code units (two bytes a character)."""
    lows, highs = units[0::2], units[1::2]
    count = 0
    for same_high, letter_low in _letter_tables(code):
        mask = int.from_bytes(highs.translate(same_high), "little")
        count += (mask & int.from_bytes(lows.translate(letter_low), "little")).bit_count()
    return count


@cache
def _plane_letters_apart() -> bool:
    """True when no character of the Basic Multilingual Plane is a letter of two languages (read
    off ``_letter_tables``): then one language's letters in more than half a sample outnumber
    every other's."""
    seen: set[int] = set()
    for code in _loaded():
        points = {
            same_high.index(1) << 8 | low
            for same_high, letter_low in _letter_tables(code)
            for low, marked in enumerate(letter_low)
            if marked
        }
        if not seen.isdisjoint(points):
            return False
        seen |= points
    return True


#: The first code point outside the Basic Multilingual Plane (two UTF-16 code units).
_ASTRAL = 0x10000


@cache
def _letter_tables(code: str) -> tuple[tuple[bytes, bytes], ...]:
    """The language's letters in the Basic Multilingual Plane, by high byte of the code point:
    a bytes.translate table that marks that high byte with 1 and one that marks the letters'
    low bytes with 1 (found once, by one scan of the plane with the language's pattern).

    A character is a letter exactly when both its bytes are marked, so AND-ing the two marked
    byte strings of a sample, read as integers, leaves one bit per letter.
    """
    plane = "".join(map(chr, range(_ASTRAL)))
    lows: dict[int, bytearray] = {}
    for match in _letter_runs(code).finditer(plane):
        for point in range(match.start(), match.end()):
            lows.setdefault(point >> 8, bytearray(256))[point & 0xFF] = 1
    return tuple(
        (bytes(1 if b == high else 0 for b in range(256)), bytes(low))
        for high, low in sorted(lows.items())
    )


@cache
def union(field: str) -> frozenset[str]:
    """One word list (a ``Words`` field) over all languages, for text of any language."""
    out: frozenset[str] = frozenset()
    for lang in _loaded().values():
        out |= getattr(lang.words, field)
    return out


def until_hostile(words: Sequence[str]) -> Sequence[str]:
    """The words of a voice's name before an adjective of hostility (``Words.hostile``): in
    "مصادر في القوات المعادية لحركة الساحل" the body named after "المعادية" is the enemy of the one
    the sources are in, not theirs. Folded words in, the same words out."""
    cut = next((n for n, word in enumerate(words) if word in union("hostile")), None)
    return words if cut is None else words[:cut]


@cache
def mapping(field: str) -> Mapping[str, int]:
    """One mapping (a ``Words`` field) merged over all languages, in registration order."""
    out: dict[str, int] = {}
    for lang in _loaded().values():
        out.update(getattr(lang.words, field))
    return out


@cache
def header_labels() -> Mapping[str, str]:
    """Header field labels of all languages, folded → the field ("title", "publisher" …)."""
    out: dict[str, str] = {}
    for lang in _loaded().values():
        out.update(lang.words.header_labels)
    return out


#: A labelled header line ("Title: …", "التاريخ: …"): the label, then the value.
_LABELLED = re.compile(r"\s*([^\W\d][^:\d\n]{0,24}?)\s*[:：]\s*(?=\S)")


def header_field(text: str, start: int = 0) -> tuple[str, int] | None:
    """The field a line opening at ``start`` is labelled with ("Title: …" → "title"), and
    where its value starts; None for a line with no header label."""
    found = _LABELLED.match(text, start)
    if found is None or (field := header_labels().get(fold(found.group(1)))) is None:
        return None
    return field, found.end()


def stem(word: str) -> str:
    """The light stem of one folded word, by the language whose letters it starts with."""
    return _owner(word).stem(word)


@cache
def _formulae() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Set formulae of all languages by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in union("formulae"):
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in out.items()}


def without_formulae(words: list[str]) -> list[str]:
    """Folded words with set formulae left out ("ذكر أن نبي الرحمة صلى الله عليه وسلم" →
    "ذكر أن نبي الرحمة"): a blessing shared by two statements is no sign that they say the
    same thing."""
    formulae = _formulae()
    if formulae.keys().isdisjoint(words):
        return words
    # Only where a formula's first word stands may one start (few places): the words
    # between are copied as they are.
    out: list[str] = []
    done = 0  # the words before this one are read
    for at in [n for n, word in enumerate(words) if word in formulae]:
        if at < done:
            continue  # inside a formula left out
        found = next((f for f in formulae[words[at]] if tuple(words[at : at + len(f)]) == f), None)
        if found is not None:
            out += words[done:at]
            done = at + len(found)
    out += words[done:]
    return out


#: Marks a clause opens after, besides the opening of the statement (``without_particles``).
_CLAUSE_MARKS = '،,:؛;.!؟?«"('


@cache
def _particles() -> re.Pattern[str]:
    """A clause particle of any language (``Words.clause_particles``) opening the text or a
    clause, with the word after it."""
    alternatives = "|".join(sorted(map(re.escape, union("clause_particles")), key=len))
    marks = re.escape(_CLAUSE_MARKS)
    return re.compile(rf"(?:^|(?<=[{marks}]))\s*({alternatives})\s+(\S+)")


def without_particles(folded: str) -> str:
    """A folded text with each clause particle (``Words.clause_particles``) that is one blanked
    out: at the opening of the text or of a clause, before a word that is neither behind an
    article nor a number ("ووفق المسح، فقد ارتفع الانتاج" → "ووفق المسح،      ارتفع الانتاج")."""
    if not any(word in folded for word in union("clause_particles")):
        return folded
    articles, cardinals = union("articles"), mapping("cardinals")

    def blank(found: re.Match[str]) -> str:
        after = found.group(2)
        if any(c.isdigit() for c in after) or after in cardinals:
            return found.group()
        if any(after.startswith(article) for article in articles):
            return found.group()
        start, end = found.span(1)
        offset = found.start()
        text = found.group()
        return text[: start - offset] + " " * (end - start) + text[end - offset :]

    return _particles().sub(blank, folded)


_CONTENT_CACHE: dict[str, str] = {}
_CONTENT_CACHE_LIMIT = 500_000


def content_words(text: str | list[str]) -> list[str]:
    """Folded words without function words, each reduced by its own language: for matching.

    Takes a folded or raw text, or the ``text.words_of`` of a folded text. A word is read by the
    first language whose letters it starts with, else by the last registered one.
    """
    cache = _CONTENT_CACHE
    if len(cache) > _CONTENT_CACHE_LIMIT:
        cache.clear()
    words = words_of(fold(text)) if isinstance(text, str) else text
    # Most statements hold only words met before: their keys are read from the cache and the
    # empty ones dropped in C, with no Python step per word.
    keys = list(map(cache.get, words))
    if None in keys:
        # The words not met before (a set difference over the cache, in C) are read one by
        # one, then all keys are looked up again.
        for word in set(words).difference(cache):
            cache[word] = _owner(word).content_word(word)
        keys = list(map(cache.get, words))
    return list(filter(None, keys))


def content_vocabulary(words: Sequence[str]) -> tuple[str, ...]:
    """``tuple(sorted(set(content_words(words))))``: the distinct content words of folded
    words, sorted (a match key's vocabulary).

    (For speed: the keys go straight into a set, with no list of them built, checked and
    filtered first; a statement's vocabulary is read for every statement of a corpus.)
    """
    cache = _CONTENT_CACHE
    if len(cache) > _CONTENT_CACHE_LIMIT:
        cache.clear()
    keys: set[str | None] = set(map(cache.get, words))
    if None in keys:
        # The words not met before are read and their keys added, the others' kept: the
        # statement's words are not looked up a second time.
        missing = set(words).difference(cache)
        for word in missing:
            cache[word] = _owner(word).content_word(word)
        keys.discard(None)
        keys.update(map(cache.__getitem__, missing))
    keys.discard("")
    return tuple(sorted(cast(set[str], keys)))


def _owner(word: str) -> Language:
    languages = _loaded()
    for lang in languages.values():
        if lang.letters.match(word):
            return lang
    return languages[_PACKAGES[-1]]


__all__ = [
    "Known",
    "Language",
    "Words",
    "codes",
    "content_vocabulary",
    "content_words",
    "detect",
    "get",
    "mapping",
    "stem",
    "union",
]
