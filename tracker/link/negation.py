"""A negation the negating particles miss: "without" before what did not happen (pure).

"انفجار في سوق الوادي دون سقوط ضحايا" says no one died, "انفجار في سوق الوادي وسقوط ضحايا"
that some did: the two share nearly every word, so two statements of which only one says
"without" are not confirmed as one claim across articles. Within an article "without" is often
a detail ("بطاقة تمكنه من السحب دون الحاجة لمراجعة المكتب"), so it is no negation of the
whole statement (``MatchKey.negated``). Before a number it means "below" ("تراجع سعر القمح
دون 300 دولار"), and negates nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import fold, words_of
from .numbers import spelled_numbers

#: Folded forms of "without", with a conjunction or preposition before them.
WITHOUT = frozenset({"دون", "بدون", "ودون", "وبدون", "without"})

#: says_without's answers by statement text: the store asks again for each new neighbour.
_SAYS: dict[str, bool] = {}


def says_without(text: str) -> bool:
    """True when a statement holds a "without" that is not "below" a number."""
    found = _SAYS.get(text)
    if found is None:
        if len(_SAYS) > 100_000:
            _SAYS.clear()
        found = _SAYS[text] = without(words_of(fold(text)))
    return found


def without(words: Sequence[str]) -> bool:
    """True when a statement's folded words (``text.words_of``) hold a "without" that is not
    "below" a number (see the module docstring)."""
    if WITHOUT.isdisjoint(words):
        return False
    for n, word in enumerate(words):
        if word not in WITHOUT:
            continue
        after = words[n + 1] if n + 1 < len(words) else ""
        if not (any(c.isdigit() for c in after) or spelled_numbers([after])):
            return True
    return False
