"""Words of opposite meaning: two statements differing by one pair say different things (pure).

"ارتفاع عائدات السياحة" and "انخفاض عائدات السياحة" share every other word; token overlap
links them, so the pair is a guard, like numbers and negation. Pairs are compared by stem
(``morph.stem``), so inflected forms count too.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import cast

from .. import lang
from ..text import normalize
from .morph import stem

#: Pairs of words of opposite meaning, from every language package (``Words.antonyms``).
PAIRS = tuple(pair for code in lang.codes() for pair in lang.get(code).words.antonyms)


@cache
def _opposites() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for pair in PAIRS:
        first, second = (stem(normalize(w)) for w in pair)
        if first != second:
            out.setdefault(first, set()).add(second)
            out.setdefault(second, set()).add(first)
    return {k: frozenset(v) for k, v in out.items()}


_KEYS: dict[str, str] = {}


def _key(word: str) -> str:
    """The antonym-table stem a word or stem stands for, or ""; cached per word."""
    found = _KEYS.get(word)
    if found is None:
        opposites = _opposites()
        found = word if word in opposites else stem(word)
        if found not in opposites:
            found = ""
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        _KEYS[word] = found
    return found


_OF: dict[frozenset[str] | tuple[str, ...], frozenset[str]] = {}
_NONE: frozenset[str] = frozenset()


def _keys_of(words: Iterable[str]) -> frozenset[str]:
    """The antonym-table stems among a statement's words, cached per statement."""
    key = words if isinstance(words, tuple | frozenset) else tuple(words)
    found = _OF.get(key)
    if found is None:
        if len(_OF) > 1_000_000:
            _OF.clear()
        # The words' table stems from the per-word cache in one C loop; a word it lacks, one by
        # one. Most statements hold none: they share one empty set.
        known: set[str | None] = set(map(_KEYS.get, key))
        if None in known:
            known = set(map(_key, key))
        known.discard("")
        found = _OF[key] = frozenset(cast(set[str], known)) if known else _NONE
    return found


def opposed(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when one statement holds a word and the other only its opposite.

    Takes words or stems (each is looked up as it is and by its stem).
    """
    mine = _keys_of(a)
    if not mine:
        return False
    theirs = _keys_of(b)
    if not theirs:
        return False
    opposites = _opposites()
    return any(
        not (opposites[s] & mine) and (opposites[s] & theirs) and s not in theirs for s in mine
    )
