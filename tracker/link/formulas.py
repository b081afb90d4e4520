"""Statements that share little but a stock prayer, a condolence or a verse (pure).

"وتقدم المجلس بخالص العزاء لأسرة الفقيد سائلا الله أن يتغمده بواسع رحمته ويسكنه فسيح جناته"
and "وبعث الأمير برقية عزاء لذوي ضحايا الحريق داعيا الله أن يتغمدهم بواسع رحمته ويسكنهم فسيح
جناته" share a dozen words, all of the prayer papers print under any death: two condolences
on two deaths, from two voices, not one claim. Told apart as ``link.background`` tells a
shared background clause: the words of the prayer (``Words.prayer_words``) left out, what else
each says must be alike for the two to be one. So too two voices citing one verse of
scripture ("قال تعالى: (…)", ``scripture_only``): the verse is no claim of either.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache, lru_cache

from ..lang import content_words, union
from ..text import fold

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
    return _little_else(one - prayer, other - prayer)


def _little_else(rest_one: set[str], rest_other: set[str]) -> bool:
    """True when two statements' words besides a formula are not alike: one says fewer than
    ``OWN_WORDS`` of them, or the other holds fewer than ``OWN_SHARE`` of the shorter one's
    (the same words in both are one statement printed twice)."""
    if rest_one and rest_one == rest_other:
        return False  # one condolence printed twice, whatever else it says
    shorter = min(len(rest_one), len(rest_other))
    if shorter < OWN_WORDS:
        return True
    return len(rest_one & rest_other) < OWN_SHARE * shorter


#: Verse words two statements share at least for the verse to be what links them.
VERSE_SHARED = 4
#: The brackets that hold a verse wherever they stand (braces and double brackets are
#: quote marks to some papers: only after a lead word are they a verse's).
_VERSE_MARKS = re.compile(r"﴿[^﴾]*﴾?")
#: A verse after a lead word (``Words.scripture_leads``): the opening bracket or quote
#: within this many characters of the lead, the verse up to its close (or the text's end).
LEAD_REACH = 12
_QUOTES = {"(": ")", "{": "}", "«": "»", '"': '"', "“": "”", "[": "]"}
_OPENERS = frozenset(_QUOTES)
_WORD = re.compile(r"\w+")


def verses(text: str) -> str:
    """The text of the verses a statement cites, joined: what stands in ﴿…﴾, or in the
    brackets, braces or quotes right after a lead word ("قال تعالى: (…)").

    >>> verses("وقال تعالى: (ولا تيأسوا من روح الله) صدق الله العظيم")
    'ولا تيأسوا من روح الله'
    >>> verses("قال الوزير (في مؤتمر صحفي) إن المشروع اكتمل")
    ''
    """
    if "﴿" not in text and _OPENERS.isdisjoint(text):
        return ""  # no bracket a verse could stand in (most statements): no word to read
    found = [m.group().strip("﴿﴾ ") for m in _VERSE_MARKS.finditer(text)]
    leads = union("scripture_leads")
    for word in _WORD.finditer(text):
        if fold(word.group()) not in leads:
            continue
        ahead = text[word.end() : word.end() + LEAD_REACH]
        at = next((n for n, c in enumerate(ahead) if c in _QUOTES), None)
        if at is None:
            continue
        start = word.end() + at + 1
        close = text.find(_QUOTES[ahead[at]], start)
        found.append(text[start : close if close >= 0 else len(text)].strip("({ "))
    return " ".join(f for f in found if f)


#: Statement texts whose cited words are kept: a statement is weighed against each of its
#: candidates across a corpus.
TEXTS_KEPT = 65_536


@lru_cache(maxsize=TEXTS_KEPT)
def cited_words(text: str) -> frozenset[str]:
    """The content words of the verses a statement cites (``verses``), kept by text."""
    return frozenset(content_words(verses(text)))


def scripture_only(
    mine: Collection[str], theirs: Collection[str], my_text: str, their_text: str
) -> bool:
    """True when two statements (content words and text) share ``VERSE_SHARED`` words of the
    verses they cite (``verses``) and little else (as ``prayer_only`` weighs it): two voices
    citing one verse, each to its own end."""
    cited = cited_words(my_text) | cited_words(their_text)
    if len(cited) < VERSE_SHARED:
        return False  # most statements cite no verse: the words need not be compared
    one, other = set(mine), set(theirs)
    if len(one & other & cited) < VERSE_SHARED:
        return False
    return _little_else(one - cited, other - cited)
