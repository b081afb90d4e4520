"""Words of opposite meaning: two statements differing by one pair say different things (pure).

"ارتفاع عائدات السياحة" and "انخفاض عائدات السياحة" share every other word; token overlap
links them, so the pair is a guard, like numbers and negation. Pairs are compared by stem
(``morph.stem``), so inflected forms count too, and closed over (the opposite of an opposite
is a synonym). A word paired with itself ("فشل فشل", "fails fails") negates the event it
governs: "القوات تعترض الصاروخ" and "القوات تفشل في اعتراض الصاروخ" say opposite things, so a
statement holding such a word and one holding none are opposed.

A stem is a root many words share, and some adjectives' roots are those of common nouns:
"أجنبي" (foreign) and "جنوب" (south) or "جانب" (side), "محلي" (local) and "محاولة" (attempt).
Such words (``Words.antonyms_by_form``) are read only in their own forms, the word with a
short ending (``form_of``): "قوات التحالف العربي" and "مدن الجنوب" oppose nothing. Where two
statements are scored on their stems, their words are weighed for opposites
(``corroborate.score``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import cast

from .. import lang
from ..text import fold, normalize, words_of
from .morph import stem
from .negation import TEXTS_KEPT

#: Pairs of words of opposite meaning, from every language package (``Words.antonyms``).
PAIRS = tuple(pair for code in lang.codes() for pair in lang.get(code).words.antonyms)
#: Words of ``PAIRS`` read only in their own forms, not by stem (``Words.antonyms_by_form``).
BY_FORM = frozenset(word for code in lang.codes() for word in lang.get(code).words.antonyms_by_form)
#: Letters a form adds at most to a word of ``BY_FORM`` ("محلي" → "محليين").
FORM_ENDING = 2


@cache
def _opposites() -> dict[str, frozenset[str]]:
    """Each stem → the stems of opposite meaning, closed over the pairs.

    The opposite of an opposite is a synonym: "يرتفع يهبط" and "يهبط يصعد" make يرتفع and
    يصعد one side, opposed to every word of the other side. Pairs whose words join in a ring
    that is not two-sided (a stem that is its own opposite's opposite) keep only their own pairs.
    """
    direct: dict[str, set[str]] = {}
    for first, second in _stemmed_pairs():
        if first != second:
            direct.setdefault(first, set()).add(second)
            direct.setdefault(second, set()).add(first)
    out = {k: set(v) for k, v in direct.items()}
    side: dict[str, bool] = {}
    for start in sorted(direct):
        if start not in side:
            _close(start, direct, side, out)
    return {k: frozenset(v) for k, v in out.items()}


def _pair_key(word: str) -> str:
    """A pair word's stem, read as statements' words are (``lang.content_words``: "الإلغاء"
    and "إلغاء" are both "غاء" there)."""
    found = lang.content_words(word)
    return stem(found[0] if found else normalize(word))


def _form_key(word: str) -> str:
    """A by-form word's key (``BY_FORM``): the word as statements' words are read, not its
    stem."""
    found = lang.content_words(word)
    return found[0] if found else normalize(word)


def _key_of_pair_word(word: str) -> str:
    """A pair word's key: its stem, or the word itself when it is read by form."""
    return _form_key(word) if word in BY_FORM else _pair_key(word)


@cache
def _stemmed_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((_key_of_pair_word(a), _key_of_pair_word(b)) for a, b in PAIRS)


@cache
def _by_form() -> tuple[str, ...]:
    """The keys of the words read by form, longest first."""
    return tuple(sorted({_form_key(w) for w in BY_FORM}, key=lambda k: (-len(k), k)))


def form_of(word: str) -> str:
    """The word read by form (``Words.antonyms_by_form``) that ``word``, a folded content
    word, is a form of, or "": that word itself, or it with an ending of ``FORM_ENDING``
    letters at most ("محلية", "محليين", "أجنبيات"). "جنوب", "جانب" and "محاولة" share a
    stem with "أجنبي" or "محلي" and are none of their forms."""
    return next(
        (k for k in _by_form() if word.startswith(k) and len(word) - len(k) <= FORM_ENDING),
        "",
    )


@cache
def _negators() -> frozenset[str]:
    """Stems of the words paired with themselves: words negating what they govern."""
    return frozenset(a for a, b in _stemmed_pairs() if a == b)


def _close(
    start: str, direct: dict[str, set[str]], side: dict[str, bool], out: dict[str, set[str]]
) -> None:
    """Give the two sides of ``start``'s group of pairs every word of the other side."""
    side[start] = True
    group, todo, two_sided = [start], [start], True
    while todo:
        word = todo.pop()
        for other in sorted(direct[word]):
            if other not in side:
                side[other] = not side[word]
                group.append(other)
                todo.append(other)
            elif side[other] == side[word]:
                two_sided = False
    if two_sided:
        for word in group:
            out[word] = {other for other in group if side[other] != side[word]}


_KEYS: dict[str, str] = {}


def _key(word: str) -> str:
    """The antonym-table stem a word or stem stands for (or the word read by form it is a
    form of, ``form_of``), or ""; cached per word."""
    found = _KEYS.get(word)
    if found is None:
        opposites, negators = _opposites(), _negators()
        found = word if word in opposites or word in negators else stem(word)
        if found not in opposites and found not in negators:
            found = form_of(word)
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        _KEYS[word] = found
    return found


#: A statement's antonym-table stems, every opposite of them, whether one negates, and
#: whether most of its words are Arabic (negating words are compared within one language).
_Entry = tuple[frozenset[str], frozenset[str], bool, bool]
_OF: dict[frozenset[str] | tuple[str, ...], _Entry] = {}
_NONE: frozenset[str] = frozenset()


def _keys_of(words: Iterable[str]) -> _Entry:
    """What opposed needs of a statement's words, cached per statement: most pairs of
    statements share no opposite, and one set test says so."""
    key = words if isinstance(words, (tuple, frozenset)) else tuple(words)
    found = _OF.get(key)
    if found is None:
        if len(_OF) > 1_000_000:
            _OF.clear()
        # The words' table stems from the per-word cache in one C loop; the words it lacks
        # (a set difference, in C) one by one. Most statements hold none: they share one
        # empty set.
        known: set[str | None] = set(map(_KEYS.get, key))
        if None in known:
            known.discard(None)
            known.update(map(_key, set(key).difference(_KEYS)))
        known.discard("")
        keys = frozenset(cast(set[str], known)) if known else _NONE
        opposites = _opposites()
        reach = frozenset().union(*(opposites.get(k, ()) for k in keys)) if keys else _NONE
        arabic = 2 * sum(1 for w in key if "\u0621" <= w[:1] <= "\u064a") > len(key)
        found = _OF[key] = (keys, reach, not keys.isdisjoint(_negators()), arabic)
    return found


def opposed(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when one statement holds a word and the other only its opposite, or one holds a
    negating word and the other, in the same language, none.

    Takes words or stems (each is looked up as it is and by its stem).
    """
    mine, reach, negates, arabic = _keys_of(a)
    theirs, _, they_negate, they_arabic = _keys_of(b)
    if negates != they_negate and arabic == they_arabic:
        return True
    if not mine or not theirs or reach.isdisjoint(theirs):
        return False
    opposites = _opposites()
    return any(
        s in opposites and not (opposites[s] & mine) and (opposites[s] & theirs) and s not in theirs
        for s in mine
    )


#: Content words after a negating word read for what it refuses ("رفض الإدلاء بتفاصيل":
#: الإدلاء, تفاصيل), as ``negation.governed`` reads a particle's.
REFUSED_WORDS = 2
REFUSED_SPAN = 3


@cache
def _telling() -> frozenset[str]:
    """``Words.withheld_telling`` of every language, as content words."""
    return frozenset(lang.content_words(sorted(lang.union("withheld_telling"))))


@lru_cache(maxsize=TEXTS_KEPT)
def refused_telling(text: str) -> tuple[str, ...]:
    """The content words of each refusal to tell in a statement: a negating word (one paired
    with itself, "رفض", "refused") and the first ``REFUSED_WORDS`` of the ``REFUSED_SPAN``
    words after it, when one of these names telling (``Words.withheld_telling``): "…، لكنه
    رفض الإدلاء بتفاصيل" gives رفض, ادلاء, تفاصيل; "لم يفقد وعيه" and "إلغاء المخصصات" give
    nothing (what they negate is an event, not what a voice would not tell). Kept by text:
    a statement is weighed against each of its candidates across a corpus."""
    negators, telling = _negators(), _telling()
    words = words_of(fold(text))
    if negators.isdisjoint(map(_key, lang.content_words(words))):
        return ()  # no negating word (most statements): the words need not be read one by one
    out: list[str] = []
    for n, word in enumerate(words):
        found = lang.content_words([word])
        if found and _key(found[0]) in negators:
            governed = lang.content_words(words[n + 1 : n + 1 + REFUSED_SPAN])[:REFUSED_WORDS]
            if not telling.isdisjoint(governed):
                out += found + governed
    return tuple(out)


#: Marks that end the clause before a refusal ("…، لكنه رفض …").
_CLAUSE_MARKS = ("،", ",")


def without_refusal(text: str) -> str:
    """A statement without the clause in which its voice refuses to tell
    (``refused_telling``), from the comma before it: "أجرى الوزير محادثات في أنقرة، لكنه رفض
    الإدلاء بتفاصيل" → "أجرى الوزير محادثات في أنقرة". What a voice withheld is no part of
    its claim, and a sentence embedding reads the claim closer to a translation without it.
    The text as it is when it holds no such clause, or nothing before it."""
    if not refused_telling(text):
        return text
    negators, telling = _negators(), _telling()
    tokens = text.split()
    for n, token in enumerate(tokens):
        found = lang.content_words(words_of(fold(token)))
        if not found or _key(found[0]) not in negators:
            continue
        after = words_of(fold(" ".join(tokens[n + 1 : n + 1 + REFUSED_SPAN])))
        if telling.isdisjoint(lang.content_words(after)[:REFUSED_WORDS]):
            continue
        kept = tokens[:n]
        while kept and not lang.content_words(words_of(fold(kept[-1]))):
            kept.pop()  # "… in Rome but refused to comment": the conjunction goes too
        head = " ".join(kept)
        cut = max(head.rfind(mark) for mark in _CLAUSE_MARKS)
        head = head[:cut] if cut > 0 else head
        return head.rstrip(" ،,") or text
    return text
