"""A complaint told, not the thing complained of (pure).

"نفت إدارة المصنع إصابة عامل بحروق في الحريق" denies the injury; "رفع شقيق العامل شكوى عن
إصابته بحروق في الحريق، فشكلت الإدارة لجنة" tells that a complaint was made and what was done
with it. The second holds the words of the first as what the complaint is about: it is the story
of the complaint, which the denier itself often tells, not a telling of what is denied. A denial
and such a statement are two claims.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lang import content_words, union
from ..text import fold, words_of
from .morph import related, stem

#: Complaints, reports to the authorities and lawsuits (every language's
#: ``Words.complaint_nouns``), as matching keys.
COMPLAINTS = union("complaint_nouns")
#: Fewest of the denial's words the complaint's object holds.
COMPLAINED_WORDS = 2


def complaint_about(denied: Sequence[str], text: str) -> bool:
    """True when ``text`` tells of a complaint and holds a denial's ``denied`` words after it:
    at least ``COMPLAINED_WORDS`` of them there, and at most one only before it (who complained
    may be named by a word of what is denied: "تقدم شقيق العامل بشكوى حول إصابة العامل").

    >>> complaint_about(("اصابه", "عامل", "حريق"), "تقدم شقيق العامل بشكوى حول اصابته في الحريق")
    True
    >>> complaint_about(("اصابه", "عامل", "حريق"), "اصيب العامل في الحريق")
    False
    """
    words = words_of(fold(text))
    at = next((i for i, w in enumerate(words) if COMPLAINTS.intersection(content_words([w]))), None)
    if at is None:
        return False
    by_stem = {stem(w): w for w in denied}

    def named(found: list[str]) -> set[str]:
        # The denial's words of which ``found`` holds a form.
        out = set()
        for word in found:
            word_of = by_stem.get(stem(word)) or next((d for d in denied if related(d, word)), None)
            if word_of is not None:
                out.add(word_of)
        return out

    after = named(content_words(words[at + 1 :]))
    return len(after) >= COMPLAINED_WORDS and len(named(content_words(words[:at])) - after) <= 1
