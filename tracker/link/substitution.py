"""One word put in another's place: statements alike but for it say different things (pure).

"ارتفاع أسعار القمح في أسواق الوادي" and "ارتفاع أسعار الشعير في أسواق الوادي" share every
word but one, at the same place: token overlap links them, yet they are two claims. An outlet
rewording a claim changes its order, adds and drops words; a statement that keeps every word of
another in its place and changes one (a crop, a city, a victim, a verb) states a different
fact. So when every word two statements do not share stands, in order, where the other has one
word of its own, the two are not confirmed as one claim.

Words are compared by stem and by kinship (``_kin``: "أمريكية" / "أميركية", "مليون" /
"ملايين", "أنقذني" / "أنقذها"): only a word with no relative on the other side counts as put
in another's place.
Nor do words a desk puts for one another when it rewords (``INTERCHANGEABLE``: "قرابة" /
"زهاء", "المقبل" / "القادم", "هام" / "مهم"), nor two short words apart only in their vowel
letters ("عصا" / "عصي", "بدأ" / "بدء").
Numbers are left out ("عشرة" and "10" are one number; numbers that differ are a guard of their
own), and so are statements of more than ``MOST_WORDS`` content words: a long statement printed
again with a word changed ("العام المقبل" / "العام القادم") is an editor's copy of one claim.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from ..lang import content_words
from .morph import consonants, related, stem
from .numbers import is_number_word, number_forms

#: Content words of the shorter statement beyond which a swapped word is an editor's change.
MOST_WORDS = 12


def swapped(a: str, b: str) -> tuple[str, str] | None:
    """The first (word of ``a``, word of ``b``) put in each other's place, or None when the
    two statements differ otherwise too, or not at all (see the module docstring)."""
    first, second = _words(a), _words(b)
    if min(len(first), len(second)) > MOST_WORDS:
        return None
    matcher = SequenceMatcher(None, [stem(w) for w in first], [stem(w) for w in second], False)
    places = [
        (i1, j1)
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op == "replace" and i2 - i1 == 1 and j2 - j1 == 1
    ]
    # Each word of its own must stand in such a place: a word of one side elsewhere with no
    # relative on the other settles it (most pairs), before every word's relatives are read.
    if not places or _one_unplaced(first, second, {i for i, _ in places}):
        return None
    if _one_unplaced(second, first, {j for _, j in places}):
        return None
    own_a = _unrelated(first, second)
    if not own_a:
        return None
    own_b = _unrelated(second, first)
    if not own_b:
        return None
    swaps = [
        (first[i1], second[j1]) for i1, j1 in places if first[i1] in own_a and second[j1] in own_b
    ]
    if swaps and own_a <= {x for x, _ in swaps} and own_b <= {y for _, y in swaps}:
        return swaps[0]
    return None


#: _words' answers by statement text: a statement is compared with each of its neighbours.
_WORDS: dict[str, list[str]] = {}


@lru_cache(maxsize=65_536)
def short_enough(vocabulary: tuple[str, ...]) -> bool:
    """Whether a statement's unique content words (``MatchKey.vocabulary``), numbers left out,
    are few enough for a swapped word to make another claim: when neither statement's are,
    ``swapped`` is None, and the caller need not ask. Kept per vocabulary: a statement is
    judged with each of its neighbours."""
    if len(vocabulary) <= MOST_WORDS:
        return True
    # A word of letters alone holds no digit (most words: no step per character), and only
    # a word of ``number_forms`` may spell a number.
    plain = sum(1 for w in vocabulary if w.isalpha() or not any(c.isdigit() for c in w))
    forms = number_forms()
    spelled = sum(1 for w in vocabulary if w in forms and is_number_word(w))
    return plain - spelled <= MOST_WORDS


def _words(text: str) -> list[str]:
    """The content words of a statement in order, numbers left out."""
    found = _WORDS.get(text)
    if found is None:
        if len(_WORDS) > 100_000:
            _WORDS.clear()
        words = content_words(text)
        found = _WORDS[text] = [
            w for w in words if not any(c.isdigit() for c in w) and not is_number_word(w)
        ]
    return found


def _one_unplaced(words: list[str], others: list[str], placed: set[int]) -> bool:
    """True when a word of ``words`` found at no index of ``placed`` has no relative among
    ``others``: it is one of ``_unrelated``'s words, and no swap holds it."""
    theirs = {stem(w) for w in others}
    at = {w for n, w in enumerate(words) if n in placed}
    return any(
        stem(w) not in theirs and not any(_kin(w, o) for o in others)
        for w in dict.fromkeys(words)
        if w not in at
    )


def _unrelated(words: list[str], others: list[str]) -> set[str]:
    """The words with no relative among ``others`` (``_kin``)."""
    theirs = {stem(w) for w in others}
    return {w for w in words if stem(w) not in theirs and not any(_kin(w, o) for o in others)}


#: Letters two words opening alike share to be one word with other endings ("انقذني" /
#: "انقذها": a pronoun the stemmer leaves on), and letters of a word another holds.
SAME_OPENING = 4
HELD = 3
#: A word's first letter that ``lang.content_words`` may have dropped as a conjunction.
LOST = "و"
#: Letters that open a verb for one person or another ("يلقى" / "تلقى" / "نلقى").
PERSONS = frozenset("يتنا")


#: ``_kin`` answers by word pair (pure; a corpus asks it of the same pairs again and again),
#: emptied when it holds ``_KIN_LIMIT`` pairs.
_KIN: dict[tuple[str, str], bool] = {}
_KIN_LIMIT = 500_000


def _kin(a: str, b: str) -> bool:
    """True when two words may be one word: forms of it (``morph.related``, also with a first
    و given back), one verb for another person, one inside the other, opening with the same
    letters, or of one three-letter root ("مليون" / "ملايين").
    Looser than ``related``, which links: here a word taken for another's kin only spares a
    pair from this guard."""
    found = _KIN.get((a, b))
    if found is None:
        if len(_KIN) >= _KIN_LIMIT:
            _KIN.clear()
        found = _KIN[a, b] = _kin_unmemoised(a, b)
    return found


def _kin_unmemoised(a: str, b: str) -> bool:
    """``_kin`` without the memo. The tests on letters alone come first: they cost far less
    than ``related`` (stems, and a ratio for long words), and any one true settles it."""
    if min(len(a), len(b)) >= HELD and (a in b or b in a):
        return True
    if len(a) == len(b) > HELD and a[1:] == b[1:] and {a[0], b[0]} <= PERSONS:
        return True  # one verb for another person ("يلقى" / "تلقى")
    if min(len(a), len(b)) >= SAME_OPENING and a[:SAME_OPENING] == b[:SAME_OPENING]:
        return True
    root = consonants(a)
    if len(root) >= HELD and root == consonants(b):
        return True
    # Forms of one word, also with the word's own first letter that was read as a
    # conjunction given back ("وجود" → "جود").
    if related(a, b) or related(LOST + a, b) or related(a, LOST + b):
        return True
    return _interchangeable(a, b) or _vowels_apart(a, b)


#: Folded words a desk puts for one another when it rewords a statement, each group one
#: meaning ("قرابة 24 ألف" / "زهاء 24 ألف", "العام المقبل" / "العام القادم", "يعتبر" /
#: "يعد", "سيعتبر" / "سيعد", "مقتل 9 مدنيين" / "استشهاد 9 مدنيين", "بل" / "لكن", "على حد
#: قوله" / "بحسب قوله"): one for the other changes no fact, unlike a crop or a city for
#: another.
INTERCHANGEABLE: tuple[frozenset[str], ...] = (
    frozenset({"قرابه", "زهاء", "نحو", "حوالي"}),
    frozenset({"يعتبر", "تعتبر", "يعد", "تعد", "سيعتبر", "ستعتبر", "سيعد", "ستعد"}),
    frozenset({"مقبل", "مقبله", "قادم", "قادمه"}),
    frozenset({"جاري", "جاريه", "حالي", "حاليه"}),
    frozenset({"كافه", "جميع", "مختلف"}),
    frozenset({"هام", "هاما", "هامه", "مهم", "مهما", "مهمه"}),
    frozenset({"يجري", "تجري", "يتم", "تتم"}),
    frozenset({"مقتل", "استشهاد"}),
    frozenset({"بل", "لكن"}),
    frozenset({"حد", "حسب", "بحسب"}),
)
_GROUP_OF = {word: n for n, group in enumerate(INTERCHANGEABLE) for word in group}
#: Clitics a word of those groups may carry ("ليتم", "وقرابة").
_CLITICS = "وفلب"


def _interchangeable(a: str, b: str) -> bool:
    """True when two words are of one group of ``INTERCHANGEABLE``, a clitic aside."""
    one, other = _group(a), _group(b)
    return one is not None and one == other


def _group(word: str) -> int | None:
    found = _GROUP_OF.get(word)
    if found is None and len(word) > 3 and word[0] in _CLITICS:
        found = _GROUP_OF.get(word[1:])
    return found


#: Letters that write a vowel or a hamza: "عصي" / "عصا" and "بدأ" / "بدء" are one word.
VOWELS = frozenset("اويىءئؤ")


#: Letters of the longest word ``_vowels_apart`` reads: in longer ones a vowel letter tells
#: names apart ("سعد" / "سعيد", "سالم" / "سليم"), so they are left to the guard.
VOWELS_WORD = 3


def _vowels_apart(a: str, b: str) -> bool:
    """True when two short words differ only in letters of ``VOWELS`` and keep two other
    letters, in order (``consonants`` leaves some of these in; here all are set aside)."""
    if max(len(a), len(b)) > VOWELS_WORD:
        return False
    bare_a = "".join(c for c in a if c not in VOWELS)
    return len(bare_a) >= 2 and bare_a == "".join(c for c in b if c not in VOWELS)
