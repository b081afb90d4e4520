"""Two doers of one act (pure).

"وأنفق النادي الأول نحو 40 مليونا لتعزيز صفوفه" and "وأنفق مدرب الفريق الآخر نحو 40 مليونا
لتعزيز صفوفه" share their act (the verb and its sum) and nearly every word, yet tell of two
spenders: a claim each. A clause that opens with a verb (after its particles: "وقد", "إذ")
and gives a number names its doer in the words between the two, before any function word
("أنفق سعيد نحو 40"; "أنفق 40 مليونا" names none; definite nouns alone, "أنفق النادي", may
be any doer's other name and are not read). Two statements with a clause each of one
verb and one number, each naming a doer of whom the other says no word in any form
(``morph.related``), tell of two doers, whatever kind each is: a club and a man, two bodies,
two men. Doers sharing a word may be one ("بلدية المدينة مؤخرا" and "بلدية المدينة أخيرا"),
and one doer named twice in other words ("المدرب سعيد" and "سعيد") is one doer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..lang import union
from ..text import fold, words_of
from .morph import related

#: Marks that end a clause: a doer is read within one. A dash between spaces opens or closes
#: an aside ("أصدر - حفظه الله - أمرا"), whose words are no doer.
_MARKS = re.compile(r"[،,؛;:.!?؟()«»\"]|\s[-–—]+\s")
#: Function words (``Words.stopwords``): one ends a doer, and one opening a clause is a
#: particle before its verb ("قد", "كما").
_STOPWORDS = union("stopwords")
#: Particles before a clause's verb that are no stopword (``Words.act_leads``: "إذ", "فقد"),
#: and the words that open a clause like a conjunction (``Words.clause_openers``: "بينما").
_LEADS = union("act_leads") | union("clause_openers")
#: Nouns of time (``Words.time_units``: "يوم أمس"): one after the verb ends its doer.
_TIMES = union("time_units")
#: The ending of an Arabic adverb in the accusative ("مؤخرا", "رسميا"): no subject's, so one
#: ends a doer (a name so ending, "روسيا", is then not read: two doers are not told apart).
_ADVERB_END = "ا"
#: Words that qualify a count ("نحو", "يقارب", ``Words.count_qualifiers``): one ends a doer.
_QUALIFIERS = union("count_qualifiers")
#: Letters of a conjunction joined to a word ("وأنفق", "فقد").
_JOINED = "وف"
#: The article: a word behind it is no verb.
_ARTICLE = "ال"
#: Letters of a verb at least.
_VERB_LETTERS = 3
#: Endings of a folded noun no verb has: the feminine "ة" (folded "ه").
_NOUN_ENDS = ("ه",)
#: The ending of a feminine plural ("صادرات"); a verb of four letters or fewer may end so
#: ("بات").
_PLURAL_END = "ات"
#: Letters of a word at least that may be spelt with one letter apart.
_SPELT_LETTERS = 4
#: The first two digits of a year.
_CENTURIES = ("19", "20")
#: Words of a doer read at most: enough to find one of them in the other statement.
_DOER_WORDS = 4


def _bare(word: str) -> str:
    """A folded word without a conjunction joined to it ("وأنفق" → "أنفق")."""
    return word[1:] if len(word) > _VERB_LETTERS and word[0] in _JOINED else word


def _function_word(word: str) -> bool:
    """True for a function word, alone or with a conjunction joined to it ("ففي", "وقد")."""
    return word in _STOPWORDS or (word[:1] in _JOINED and word[1:] in _STOPWORDS)


def _lead(word: str) -> bool:
    """True for a particle that may open a clause before its verb ("فقد", "إذ", "كما")."""
    return _function_word(word) or word in _LEADS


def _ends_doer(word: str) -> bool:
    """True for a word no doer's name holds: a function word, a count's qualifier, a noun of
    time, an adverb."""
    return (
        _function_word(word)
        or word in _QUALIFIERS
        or word in _TIMES
        or (not word.isascii() and word.endswith(_ADVERB_END))
    )


def _plain(word: str) -> str:
    """A folded word without its conjunction and article ("والنادي" → "نادي")."""
    word = _bare(word)
    kept = len(word) - len(_ARTICLE) >= _VERB_LETTERS
    return word[len(_ARTICLE) :] if kept and word.startswith(_ARTICLE) else word


def _same_word(a: str, b: str) -> bool:
    """True when two folded words are one in any form (``morph.related``), one but for the
    article ("عام" and "العام"), or a longer name spelt with one letter apart (a foreign name's
    "ج" and "غ")."""
    if related(a, b) or _plain(a) == _plain(b):
        return True
    return min(len(a), len(b)) >= _SPELT_LETTERS and Levenshtein.distance(a, b) <= 1


def _year(number: str) -> bool:
    """True for a number read as a year ("2011"): it dates a clause, no act's count."""
    return len(number) == 4 and number[:2] in _CENTURIES


@lru_cache(maxsize=65_536)
def acts(text: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Each clause of a statement that opens with a verb and gives a number: the verb (bare),
    the first number, and the doer's words between them (``_DOER_WORDS`` at most, none when
    a function word or the number follows the verb)."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for clause in _MARKS.split(fold(text)):
        words = words_of(clause)
        at = next((i for i, w in enumerate(words) if w.isdigit() and not _year(w)), None)
        if at is None:
            continue
        start = 0
        while start < at and _lead(words[start]):
            start += 1
        if start >= at:
            continue
        verb = _bare(words[start])
        if _ends_doer(words[start]) or not _verb_like(verb):
            continue
        doer: list[str] = []
        for word in words[start + 1 : at]:
            if _ends_doer(word) or len(doer) == _DOER_WORDS:
                break
            doer.append(word)
        # Definite nouns alone ("المتمردون", "المملكة") may be another name of any doer: a
        # doer is read when it holds a name or a head noun without the article ("المدرب
        # سعيد", "أمانة المنطقة").
        if any(not _bare(word).startswith(_ARTICLE) for word in doer):
            out.append((verb, words[at], tuple(doer)))
    return tuple(out)


def _verb_like(word: str) -> bool:
    """True for a bare folded word that may be a verb: no article, none of a noun's endings
    (the feminine "ة", folded "ه": "بقيمة"; a plural's "ات": "صادرات")."""
    return (
        len(word) >= _VERB_LETTERS
        and word.isalpha()
        and not word.startswith(_ARTICLE)
        and not word.endswith(_NOUN_ENDS)
        and not (len(word) > _VERB_LETTERS + 1 and word.endswith(_PLURAL_END))
    )


def _names_any(doer: tuple[str, ...], text: str) -> bool:
    """True when a statement says a word of a doer, in any form."""
    theirs = words_of(fold(text))
    return any(_same_word(word, other) for word in doer for other in theirs)


def doers_apart(mine: str, theirs: str) -> bool:
    """True when two statements tell one act (the same verb before the same number) of two
    doers: each names one, and neither says a word of the other's (see the module)."""
    a, b = acts(mine), acts(theirs)
    if not a or not b:
        return False
    for verb, number, doer in a:
        for other_verb, other_number, other_doer in b:
            if verb != other_verb or number != other_number:
                continue
            # A doer's word either statement says of the other is no second doer: one body
            # told with another adverb after it ("أغلقت البلدية مؤخرا" / "… أخيرا"), one man
            # by his title and by his name.
            if not _names_any(doer, theirs) and not _names_any(other_doer, mine):
                return True
    return False
