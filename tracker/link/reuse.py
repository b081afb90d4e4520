"""Text reuse: statements that outlets print nearly word for word are copies (pure).

Two statements are copies when most word 4-grams of the shorter are in the longer (after
normalisation), when the shorter (five words or more) is found nearly letter for letter in the
longer (a spelling variant such as أمريكية/اميركية breaks 4-grams, not letters), or, for
statements too short for either, when their words are the same. A copy
never adds an origin: an outlet printing another's text is that text's relay, whether or not it
names where the text came from.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from ..text import normalize

#: Words per shingle, and the share of the shorter statement's shingles the other must hold.
SHINGLE = 4
COPY_SHARE = 0.6
#: rapidfuzz partial ratio of the shorter statement inside the longer that marks a copy.
COPY_RATIO = 90
COPY_MIN_WORDS = 5
#: Statements in one claim compared pairwise at most; beyond, only the first are compared.
MAX_COMPARED = 60


def shingles(text: str) -> frozenset[str]:
    """Word 4-grams of a normalised text (the whole text when it is shorter)."""
    words = normalize(text).split()
    if len(words) <= SHINGLE:
        return frozenset({" ".join(words)})
    return frozenset(" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def is_copy(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when the shingles of two statements show one is a near-verbatim copy."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) >= COPY_SHARE * len(small)


def copy_groups(texts: Sequence[str], articles: Sequence[str]) -> list[int]:
    """For statements of one claim, the index of the copy group each belongs to.

    Statements of one article are not copies of each other (an article repeating itself is
    not a relay); groups are numbered by their first member.
    """
    parent = list(range(len(texts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    grams = [shingles(t) for t in texts[:MAX_COMPARED]]
    plain = [normalize(t) for t in texts[:MAX_COMPARED]]
    for i in range(len(grams)):
        for j in range(i + 1, len(grams)):
            if articles[i] != articles[j] and (
                is_copy(grams[i], grams[j]) or _nearly(plain[i], plain[j])
            ):
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(len(texts))]


def _nearly(a: str, b: str) -> bool:
    """True when the shorter text appears nearly letter for letter in the longer."""
    short = a if len(a) <= len(b) else b
    if len(short.split()) < COPY_MIN_WORDS:
        return False
    return fuzz.partial_ratio(a, b) >= COPY_RATIO
