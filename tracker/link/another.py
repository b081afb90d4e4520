"""Statements about "another" one of what a statement names (pure).

"انفجرت عبوة ناسفة قرب المحكمة" and "فكك خبراء عبوة أخرى عثر عليها في حقيبة" share their device
and their words, but the second is about a second device: a claim of its own, never the first
one restated. Likewise "وصل الوزير على متن طائرة حكومية" and "وصل مسؤولون على متن طائرة حكومية
ثانية", or "a second bomb was defused" beside "the bomb exploded".
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

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
    words = words_of(fold(text))
    found: set[str] = set()
    said = Counter(content_words(words))
    for at, word in enumerate(words):
        if word not in _ANOTHER:
            continue
        if word.isascii():
            near = words[at + 1 : at + 1 + QUALIFIED]
        else:
            near = words[max(0, at - 1) : at]
            if near and near[0].endswith(_NISBA) and len(near[0]) >= NISBA_LETTERS:
                near = words[max(0, at - QUALIFIED) : at]
        # A word the statement also says on its own is its subject, not only the other one:
        # "نفذ حكم القتل … في جان أقدم على قتل آخر" tells of the killing too.
        found.update(w for w in content_words(near) if said[w] == 1)
    return frozenset(found)


def another_apart(
    a_text: str, a_words: tuple[str, ...], b_text: str, b_words: tuple[str, ...]
) -> bool:
    """True when one statement speaks of another one of a thing the other statement names
    (``a_words``/``b_words``: their content words) without calling it another itself: the
    two tell of two things."""
    mine, theirs = others(a_text), others(b_text)
    if not mine and not theirs:
        return False
    return bool((mine - theirs).intersection(b_words) or (theirs - mine).intersection(a_words))
