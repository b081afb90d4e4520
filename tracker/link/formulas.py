"""Statements that share little but a stock prayer or condolence (pure).

"وتقدم المجلس بخالص العزاء لأسرة الفقيد سائلا الله أن يتغمده بواسع رحمته ويسكنه فسيح جناته"
and "وبعث الأمير برقية عزاء لذوي ضحايا الحريق داعيا الله أن يتغمدهم بواسع رحمته ويسكنهم فسيح
جناته" share a dozen words, all of the prayer papers print under any death: two condolences
on two deaths, from two voices, not one claim. Told apart as ``link.background`` tells a
shared background clause: the words of the prayer (``Words.prayer_words``) left out, what else
each says must be alike for the two to be one.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from ..lang import content_words, union

#: Prayer words two statements share at least for the prayer to be what links them.
PRAYER_SHARED = 3
#: Words besides the prayer a statement must say for it to tell anything of its own.
OWN_WORDS = 2
#: The share of the shorter one's other words the other must hold to be one claim.
OWN_SHARE = 0.5


@cache
def prayer_keys() -> frozenset[str]:
    """The prayer words as statements' vocabularies hold them (``lang.content_words``)."""
    return frozenset(key for word in union("prayer_words") for key in content_words(word))


def prayer_only(mine: Collection[str], theirs: Collection[str]) -> bool:
    """True when two statements' content words (``MatchKey.vocabulary``) share
    ``PRAYER_SHARED`` prayer words and little else: one of them says nothing but the prayer
    (fewer than ``OWN_WORDS`` other words), or fewer than ``OWN_SHARE`` of the shorter one's
    other words are the other's. Two that say the same other words are one condolence.

    >>> prayer_only("تقدم مجلس عزاء اسره يتغمده واسع رحمته".split(),
    ...             "بعث امير عزاء ذوي ضحايا حريق يتغمده واسع رحمته".split())
    True
    >>> prayer_only("تقدم مجلس عزاء اسره يتغمده واسع رحمته".split(),
    ...             "تقدم مجلس عزاء اسره يتغمده واسع رحمته".split())
    False
    """
    prayer = prayer_keys()
    one, other = set(mine), set(theirs)
    if len(one & other & prayer) < PRAYER_SHARED:
        return False
    rest_one, rest_other = one - prayer, other - prayer
    if rest_one and rest_one == rest_other:
        return False  # one condolence printed twice, whatever else it says
    shorter = min(len(rest_one), len(rest_other))
    if shorter < OWN_WORDS:
        return True
    return len(rest_one & rest_other) < OWN_SHARE * shorter
