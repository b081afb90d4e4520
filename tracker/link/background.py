"""What a statement says outside its background clauses (pure).

Outlets hang the same background on different claims: the venue and day of a match after
one claim and after another ("… كتيبا خاصا بالمباراة التي ستقام يوم الأربعاء على ملعب …"),
the toll of an attack after each claim that follows from it ("… مما أسفر عن مقتل 40
شخصا"), a schedule after the news that it may change ("… تأجيل البطولة والمقرر إقامتها في
…"). Such a clause, opened by a relative pronoun, a clause opener or a participle of plan,
runs to the next comma or the statement's end; what is left is the statement's main part.
Two statements whose main parts share little say different things, however much of the
background they share. So is a second statement of the speaker hung on the first by a
participle of saying or calling after a mark ("…، داعيا الراغبين إلى التسجيل"): it runs
to the statement's end, and two clubs each announcing their own news with the same call after
it say two things.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import content_vocabulary, content_words, union, without_formulae
from ..text import fold, words_of

#: Content words a main part keeps at least for the cut to be trusted: a relative clause may
#: hold the predicate ("الحادث الذي وقع أمس أسفر عن …"), leaving the main part a bare subject.
MAIN_WORDS = 4
#: Marks that end a clause.
_STOPS = frozenset("،,؛;.:!?؟")


@cache
def _openers() -> frozenset[str]:
    return union("relative_pronouns") | _CONSEQUENCE | union("plan_participles")


#: The clause opener that tells a consequence ("… مما أسفر عن مقتل 40 شخصا"); the others
#: ("فيما", "بينما") open another event, which is no background but a claim of its own.
_CONSEQUENCE = frozenset({"مما"})
#: Nouns of time a relative pronoun after them makes a conjunction ("في الوقت الذي …"),
#: opening a clause of its own, no background.
_TIME_HEADS = frozenset({"الوقت", "وقت"})


def _background(words: list[str], opener: str) -> bool:
    """True when a clause (its words after the opener) tells background: a plan, or a dated
    or counted fact (a figure, a month, "الماضي", a verb of what is to come)."""
    if opener in union("plan_participles"):
        return True
    if not words:
        return False
    first = words[0]
    if first[:2] in _TO_COME and len(first) > 3:
        return True
    if first[:1] in union("non_past") or first in union("non_past"):
        # "النفق الذي يربط …", "الطائرات التي تشكل …": a state, told as part of the claim.
        return False
    dating = union("dating")
    return any(any(ch.isdigit() for ch in word) or word in dating for word in words)


#: Words that end a relative clause by opening another ("… التي فرضت على السحب حيث تم …").
_CLAUSE_ENDS = frozenset({"حيث", "حين", "لكن", "ولكن", "كما"})
#: Openings of a verb of what is to come, folded ("ستقام", "سيعقد").
_TO_COME = frozenset({"ست", "سي"})


def _opens(words: list[str], i: int, joined: bool, after_mark: bool) -> bool:
    """True when the opener at ``words[i]`` opens a clause: not at the statement's start,
    not after a noun of time ("في الوقت الذي"), and a participle of plan only after a noun or
    joined by "و" ("… البطولة والمقرر إقامتها", not "وكان من المقرر أن …")."""
    if i == 0:
        return after_mark
    before = words[i - 1]
    if before in _TIME_HEADS:
        return False
    if words[i] in union("plan_participles") and not joined:
        return bool(content_words([before]))
    return True


def main_part(content: str) -> tuple[str, ...] | None:
    """The content words of ``content`` outside its background clauses and before a second
    statement a participle of saying opens (``_says_again``), sorted and unique; None when it
    has neither, () when too little is left outside them to trust."""
    openers, stops, said = _openers(), _clause_stops(), union("said_participles")
    kept: list[str] = []
    cut = False
    for n, piece in enumerate(_pieces(content)):
        words = words_of(fold(piece))
        i = 0
        while i < len(words):
            word = words[i]
            if word in said and _says_again(i, n > 0, word):
                return _main(kept)
            bare = word[1:] if word[:1] == "و" and word[1:] in openers else word
            if bare in openers and _opens(words, i, bare != word, n > 0):
                end = i + 1
                while end < len(words) and words[end] not in stops:
                    end += 1
                if _background(words[i + 1 : end], bare):
                    cut = True
                    i = end
                    continue
            kept.append(word)
            i += 1
    return _main(kept) if cut else None


def _main(kept: list[str]) -> tuple[str, ...]:
    """The sorted content words of what is kept, or () when too few to trust the cut."""
    main = content_vocabulary(without_formulae(kept))
    return main if len(main) >= MAIN_WORDS else ()


def _says_again(i: int, after_mark: bool, word: str) -> bool:
    """True when a participle of saying at ``words[i]`` opens a second statement: after a mark
    ("…، مؤكدا أن …"), or within a clause in its accusative form ("… في ملعب النادي
    داعيا الراغبين …"), whose feminine ("مؤكدة") may be an adjective ("أنباء غير مؤكدة"); never
    the content's first word, which is the statement itself."""
    if i == 0:
        return after_mark
    return word.endswith("ا")


def _pieces(content: str) -> list[str]:
    """The content split at the marks that end a clause."""
    return _SPLIT.split(content)


#: A mark that ends a clause (``_STOPS``), to split at.
_SPLIT = re.compile("[" + re.escape("".join(sorted(_STOPS))) + "]")


@cache
def _clause_stops() -> frozenset[str]:
    """Words that end a background clause: clause openers and ``_CLAUSE_ENDS``."""
    return union("clause_openers") | _CLAUSE_ENDS
