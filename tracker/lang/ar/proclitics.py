"""Arabic proclitics: the one place that strips و/ف, ب/ل/ك and the article from a word (pure).

Every function takes folded text. The rules differ by use, and say so: matching keys drop the
article ("والزياره" → "زياره"); cue and head lookups drop only a conjunction, and only when the
word itself is not a cue or head ("وفق", "وكالة" stay whole); registry keys keep the article
("للأمم" → "الأمم").
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

#: The conjunctions that attach to the next word.
CONJUNCTIONS = "وف"

#: The definite article with the proclitics و/ف/ب/ك/ل in front of it, longest first.
_ARTICLES = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال")

#: Proclitics of a name and what they leave behind, longest first: "والشرق" → "الشرق",
#: "للأمم" → "الأمم", "لوكالة" → "وكالة". Registry keys keep the article.
PROCLITICS = (
    ("وال", "ال"),
    ("بال", "ال"),
    ("فال", "ال"),
    ("لل", "ال"),
    ("ول", ""),
    ("وب", ""),
    ("ب", ""),
    ("ل", ""),
    ("و", ""),
    ("ف", ""),
)
#: Folded words whose answers each word-level test below and in rules/voices keeps: those tests
#: are asked of the same few thousand news words again and again, and a kept answer is one
#: C-level look-up instead of a loop over prefixes or suffixes.
WORD_CACHE_SIZE = 16_384
#: A name stripped of its proclitic keeps at least this many letters.
MIN_NAME_LETTERS = 3


@lru_cache(maxsize=WORD_CACHE_SIZE)
def strip_article(word: str) -> str:
    """Drop the definite article and the proclitics و/ف/ب/ل/ك in front of it.

    "والزياره" → "زياره", "للامم" → "امم"; at least two letters must remain.
    """
    for prefix in _ARTICLES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


def drop_conjunction(
    word: str,
    *,
    keep: Collection[str] = (),
    leaves: Collection[str] | None = None,
    min_length: int = 3,
) -> str:
    """Drop a leading و/ف conjunction: "وقال" → "قال".

    The word stays whole when it is in ``keep`` ("وفق", "وكالة") or shorter than
    ``min_length``; with ``leaves``, the conjunction goes only when what is left is one of them.
    """
    if len(word) < min_length or word[0] not in CONJUNCTIONS or word in keep:
        return word
    if leaves is not None and word[1:] not in leaves:
        return word
    return word[1:]


def name_keys(key: str) -> list[str]:
    """Lookup keys for a normalised name: as written, and without a leading proclitic."""
    keys = [key]
    for clitic, rest in PROCLITICS:
        if key.startswith(clitic) and len(key) - len(clitic) >= MIN_NAME_LETTERS:
            keys.append(rest + key[len(clitic) :])
            break
    return keys
