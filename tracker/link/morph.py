"""Light stems for claim matching, each word stemmed by its own language, and word kinship (pure).

The stemmers live in the language packages (``lang.ar.morph``: affixes off, then a consonant
skeleton, زياره → زر; ``lang.en.morph``: visited → visit); this module caches them. Where a
light stemmer leaves two forms of one word apart (تراجع / يتراجع, مليون / ملايين), ``related``
still tells they are one word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from .. import lang

_ARABIC = re.compile("[\u0621-\u064a]")
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 1_000_000


def stem(word: str) -> str:
    """The matching stem of one folded content word (see the module docstring)."""
    found = _CACHE.get(word)
    if found is None:
        if len(_CACHE) > _CACHE_LIMIT:
            _CACHE.clear()
        found = _CACHE[word] = lang.stem(word)
    return found


def stem_each(words: Iterable[str]) -> None:
    """Work out and keep the stem of each word at once: ``stems`` then reads every statement
    of a corpus from the cache without a Python call per word (a corpus's statements hold
    far fewer distinct words than words: 135,000 against 7,700,000 in SaudiNewsNet)."""
    for word in words:
        if word not in _CACHE:
            stem(word)


def known_stems(words: Iterable[str]) -> dict[str, str]:
    """The stems kept of these words (``stem_each``), to be kept by another process too."""
    cache = _CACHE
    return {word: cache[word] for word in words if word in cache}


def keep_stems(found: dict[str, str]) -> None:
    """Keep stems worked out elsewhere (``known_stems`` of a forked process)."""
    if len(_CACHE) > _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE.update(found)


def arabic_script(text: str) -> bool:
    """True when a text's first letters are Arabic (for telling the languages of a pair)."""
    return bool(_ARABIC.search(text[:80]))


def stems(words: Iterable[str]) -> tuple[str, ...]:
    """Sorted unique stems of content words."""
    listed = words if isinstance(words, (tuple, list)) else list(words)
    try:
        # Called for every statement of a corpus: when each word's stem is known already,
        # the cache is read without a Python call per word.
        found = set(map(_CACHE.__getitem__, listed))
    except KeyError:
        found = {stem(word) for word in listed}
    return tuple(sorted(found))


#: Letters of the shorter of two words one holds, at least, and letters the other adds at most
#: ("تراجع" in "يتراجع"; not "عمل" in "عملاء").
HELD_LETTERS = 4
ADDED_LETTERS = 2
#: Letters two words' consonants hold at least to be one word ("مشروع" / "مشاريع"): three
#: would make one word of a root's many ("عمل" / "عملاء").
ROOT_LETTERS = 4
#: rapidfuzz ratio from which two words of ``SPELLED_LETTERS`` or more are one word spelled
#: otherwise ("امريكيه" / "اميركيه"; shorter words one letter apart are other words:
#: "ترتيب" / "ترغيب").
SPELLING_RATIO = 80
SPELLED_LETTERS = 6
#: Long vowels and the hamza's seats, which a broken plural moves.
_VOWELS = str.maketrans("", "", "اويىء")


#: ``related`` answers by word pair (it is pure and symmetric; linking a large corpus asks it
#: millions of times of far fewer pairs), emptied when it holds ``_RELATED_LIMIT`` pairs.
_RELATED: dict[tuple[str, str], bool] = {}
_RELATED_LIMIT = 1_000_000


def related(a: str, b: str) -> bool:
    """True when two folded words are one word in other forms: the same stem, one inside the
    other with a prefix or suffix of two letters at most, the same four consonants or more, or
    (long words) one spelling apart."""
    pair = (a, b) if a <= b else (b, a)
    found = _RELATED.get(pair)
    if found is None:
        if len(_RELATED) >= _RELATED_LIMIT:
            _RELATED.clear()
        found = _RELATED[pair] = _related(a, b)
    return found


def _related(a: str, b: str) -> bool:
    """``related`` without the memo."""
    if stem(a) == stem(b):
        return True
    root = consonants(a)
    if len(root) >= ROOT_LETTERS and root == consonants(b):
        return True
    return _spelled_alike(a, b)


def forms_index(words: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of ``words`` and their consonants of ``ROOT_LETTERS`` or more, for
    ``has_form_in``."""
    listed = list(words)
    roots = (consonants(w) for w in listed)
    return frozenset(stem(w) for w in listed), frozenset(r for r in roots if len(r) >= ROOT_LETTERS)


def has_form_in(
    word: str, words: Sequence[str], index: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """``any(related(word, w) for w in words)``, ``index`` being ``forms_index(words)``: the
    stem and consonant tests by set lookup, only the others word by word."""
    own_stems, roots = index
    if stem(word) in own_stems:
        return True
    root = consonants(word)
    if len(root) >= ROOT_LETTERS and root in roots:
        return True
    # _spelled_alike asks the shorter word for _FEWEST_SPELLED letters at least: the words
    # shorter than that are not asked (a statement's word is asked of many others).
    if len(word) < _FEWEST_SPELLED:
        return False
    return any(_spelled_alike(word, w) for w in words if len(w) >= _FEWEST_SPELLED)


#: Letters of the shorter word below which ``_spelled_alike`` is always False.
_FEWEST_SPELLED = min(HELD_LETTERS, SPELLED_LETTERS)


def _spelled_alike(a: str, b: str) -> bool:
    """The tests of ``related`` other than stems and consonants: one word inside the other with
    a short prefix or suffix, or (long words) one spelling apart."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= HELD_LETTERS and len(long) - len(short) <= ADDED_LETTERS and short in long:
        return True
    return len(short) >= SPELLED_LETTERS and fuzz.ratio(a, b) >= SPELLING_RATIO


def consonants(word: str) -> str:
    """A word's letters without long vowels and hamza seats: what a broken plural keeps."""
    return word.translate(_VOWELS)


def related_words(mine: Sequence[str], theirs: Sequence[str]) -> tuple[str, ...]:
    """``theirs`` with each word a form of one of ``mine`` (``related``) written as that one,
    sorted and unique: so the words of two statements compare as the same words."""
    by_stem = {stem(w): w for w in reversed(mine)}  # the first word of a stem wins
    out = set()
    for word in theirs:
        found = by_stem.get(stem(word))
        out.add(found or next((w for w in mine if related(w, word)), word))
    return tuple(sorted(out))


#: The prefix of a noun of the event or place made from a verb ("مقتل" from "قتل").
_MIM = "م"


def event_noun(a: str, b: str) -> bool:
    """True when one folded word is the other's verb with the event-noun prefix م ("مقتل" /
    "قتل"): the same stem once the prefix is off, of three letters or more. Not part of
    ``related``: "مكتب" / "كتب" are two words, so only a test that already holds a count,
    its noun and its place (``corroborate._same_count``) asks."""
    return any(
        noun.startswith(_MIM) and len(noun) > 3 and stem(noun[1:]) == stem(verb)
        for noun, verb in ((a, b), (b, a))
    )
