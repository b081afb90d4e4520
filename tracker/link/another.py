"""Statements about "another" one of what a statement names (pure).

"انفجرت عبوة ناسفة قرب المحكمة" and "فكك خبراء عبوة أخرى عثر عليها في حقيبة" share their device
and their words, but the second is about a second device: a claim of its own, never the first
one restated. Likewise "وصل الوزير على متن طائرة حكومية" and "وصل مسؤولون على متن طائرة حكومية
ثانية", or "a second bomb was defused" beside "the bomb exploded".
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import chain

from ..lang import content_words, union
from ..text import fold, words_of

#: Words that make what they follow (Arabic) or precede (English) another one ("أخرى",
#: "ثانية", "another", ``Words.another_words``).
_ANOTHER = union("another_words")
#: Words on that side of such a word read as what it qualifies: the noun and one adjective
#: ("طائرة سعودية ثانية", "another homemade bomb").
QUALIFIED = 2
#: Endings of an Arabic adjective of relation ("سعودية", "حكومي"): only after one is the word
#: before it read too ("نادي الساحل لموسم آخر" qualifies the season, not the club).
_NISBA = ("يه", "ي")
#: Fewest letters of such an adjective ("وحتي" is a particle, not one).
NISBA_LETTERS = 5


@lru_cache(maxsize=65_536)
def others(text: str) -> frozenset[str]:
    """The content words a statement calls another one: in Arabic the word before "أخرى"
    or "ثانية" ("عبوة أخرى"), and the one before that after an adjective of relation ("طائرة
    سعودية ثانية"); in English the words after "another" or "second". A word the statement
    says elsewhere too is left out."""
    return frozenset(chain.from_iterable(found for _, found in _others_at(text)))


@lru_cache(maxsize=65_536)
def _others_at(text: str) -> tuple[tuple[tuple[str, str], frozenset[str]], ...]:
    """``others`` by the phrase that says it: each "another" word with the word after it
    (``phrase``), and the content words it calls another one there."""
    words = words_of(fold(text))
    out: list[tuple[tuple[str, str], frozenset[str]]] = []
    said = Counter(content_words(words))
    opening: frozenset[int] | None = None
    for at, word in enumerate(words):
        if word not in _ANOTHER:
            continue
        if word.isascii():
            near = words[at + 1 : at + 1 + QUALIFIED]
        else:
            if opening is None:
                opening = _clause_openings(text, len(words))
            if at in opening:
                continue  # "…، آخر معقل للمسلحين": a phrase of its own, after a mark
            near = words[max(0, at - 1) : at]
            if near and near[0].endswith(_NISBA) and len(near[0]) >= NISBA_LETTERS:
                near = words[max(0, at - QUALIFIED) : at]
        # A word the statement also says on its own is its subject, not only the other one:
        # "نفذ حكم القتل … في جان أقدم على قتل آخر" tells of the killing too.
        found = frozenset(w for w in content_words(near) if said[w] == 1)
        if found:
            after = words[at + 1] if at + 1 < len(words) else ""
            out.append(((word, after), found))
    return tuple(out)


#: Marks that end a clause: an Arabic "another" word right after one opens a phrase of its
#: own ("…، آخر معقل للمسلحين": the last stronghold), and qualifies no word before the mark
#: (an adjective follows its noun with no mark between: "عبوة أخرى").
_MARKS = re.compile(r"[،,؛;:.!?؟()«»\"]")


def _clause_openings(text: str, count: int) -> frozenset[int]:
    """The indices of the words of ``text`` (``words_of`` of its folded form, ``count`` of
    them) that open a clause, right after a mark (``_MARKS``); none when the clauses' words
    do not add up to the text's (a mark inside a number, "6.5")."""
    at, found = 0, set()
    for clause in _MARKS.split(fold(text)):
        words = words_of(clause)
        if words:
            found.add(at)
        at += len(words)
    return frozenset(found) if at == count else frozenset()


def _said_apart(mine: str, theirs: str) -> frozenset[str]:
    """``others`` of ``mine``, but for what an "another" word says in a phrase ``theirs``
    prints too: the same word followed by the same content word ("آخر معاقل", "ثالث أيام
    المعرض"). Two statements printing one phrase read it alike, whatever word stands before it in
    each ("… الحكومية آخر معاقل …" / "… يوم الأحد آخر معاقل …": the last strongholds, no
    other one of the day or of the forces), so the word before it tells them apart no more
    than the phrase does."""
    # The word after must be a content word: "أخرى في …" is no phrase of its own.
    shared = {phrase for phrase in _phrases(theirs) if content_words([phrase[1]])}
    return frozenset(
        chain.from_iterable(found for phrase, found in _others_at(mine) if phrase not in shared)
    )


@lru_cache(maxsize=65_536)
def _phrases(text: str) -> frozenset[tuple[str, str]]:
    """Each "another" word of a statement with the word after it ("" at its end)."""
    words = words_of(fold(text))
    return frozenset(
        (word, words[at + 1] if at + 1 < len(words) else "")
        for at, word in enumerate(words)
        if word in _ANOTHER
    )


def another_apart(
    a_text: str, a_words: tuple[str, ...], b_text: str, b_words: tuple[str, ...]
) -> bool:
    """True when one statement speaks of another one of a thing the other statement names
    (``a_words``/``b_words``: their content words) without calling it another itself: the
    two tell of two things. An "another" word in a phrase both print is read alike in both
    (``_said_apart``)."""
    mine, theirs = others(a_text), others(b_text)
    if not mine and not theirs:
        return False
    if not ((mine - theirs).intersection(b_words) or (theirs - mine).intersection(a_words)):
        return False
    mine, theirs = _said_apart(a_text, b_text), _said_apart(b_text, a_text)
    return bool((mine - theirs).intersection(b_words) or (theirs - mine).intersection(a_words))
