"""One word put in another's place: statements alike but for it say different things (pure).

"ارتفاع أسعار القمح في أسواق الوادي" and "ارتفاع أسعار الشعير في أسواق الوادي" share every
word but one, at the same place: token overlap links them, yet they are two claims. An outlet
rewording a claim changes its order, adds and drops words; a statement that keeps every word of
another in its place and changes one (a crop, a city, a victim, a verb) states a different
fact. So when every word two statements do not share stands, in order, where the other has one
word of its own, the two are not confirmed as one claim.

Words are compared by stem (``morph.stem``), and two words one spelling apart ("أمريكية" /
"أميركية"), one inside the other ("فرنسا" / "فرنسية"), opening with the same four letters
("أنقذني" / "أنقذها") or with the same consonants (a broken plural: "مليون" / "ملايين") are
one word: only a word with no relative on the other side counts as put in another's place.
Numbers are left out ("عشرة" and "10" are one number; numbers that differ are a guard of their
own), and so are statements of more than ``MOST_WORDS`` content words: a long statement printed
again with a word changed ("العام المقبل" / "العام القادم") is an editor's copy of one claim.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from rapidfuzz import fuzz

from ..lang import content_words
from .morph import stem
from .numbers import spelled_numbers

#: Content words of the shorter statement beyond which a swapped word is an editor's change.
MOST_WORDS = 12
#: rapidfuzz ratio from which two words are spellings of one word.
SPELLING_RATIO = 80
#: Shortest word that counts as holding another ("فرنسا" in "فرنسيه").
HOLDS_LETTERS = 3
#: Letters two words opening alike share at least to be one word with other endings
#: ("انقذني" / "انقذها": a pronoun the stemmer leaves on).
SAME_OPENING = 4


def swapped(a: str, b: str) -> tuple[str, str] | None:
    """The first (word of ``a``, word of ``b``) put in each other's place, or None when the
    two statements differ otherwise too, or not at all (see the module docstring)."""
    first, second = _words(a), _words(b)
    if min(len(first), len(second)) > MOST_WORDS:
        return None
    own_a, own_b = _unrelated(first, second), _unrelated(second, first)
    if not own_a or not own_b:
        return None
    matcher = SequenceMatcher(None, [stem(w) for w in first], [stem(w) for w in second], False)
    swaps = [
        (first[i1], second[j1])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op == "replace" and i2 - i1 == 1 and j2 - j1 == 1
        if first[i1] in own_a and second[j1] in own_b
    ]
    if swaps and own_a <= {x for x, _ in swaps} and own_b <= {y for _, y in swaps}:
        return swaps[0]
    return None


def _words(text: str) -> list[str]:
    """The content words of a statement in order, numbers left out."""
    words = content_words(text)
    return [w for w in words if not any(c.isdigit() for c in w) and not spelled_numbers([w])]


def _unrelated(words: list[str], others: list[str]) -> set[str]:
    """The words with no relative among ``others``: no shared stem, spelling or containment."""
    theirs = {stem(w) for w in others}
    return {w for w in words if stem(w) not in theirs and not any(_kin(w, o) for o in others)}


def _kin(a: str, b: str) -> bool:
    """True when two words are one word spelled otherwise, or one holds the other."""
    if min(len(a), len(b)) >= HOLDS_LETTERS and (a in b or b in a):
        return True
    if a[:SAME_OPENING] == b[:SAME_OPENING] and min(len(a), len(b)) >= SAME_OPENING:
        return True
    if fuzz.ratio(a, b) >= SPELLING_RATIO:
        return True
    consonants = _consonants(a)
    return len(consonants) >= HOLDS_LETTERS and consonants == _consonants(b)


#: Long vowels and the hamza's seats, which a broken plural moves ("مليون" / "ملايين").
_VOWELS = str.maketrans("", "", "اويىء")


def _consonants(word: str) -> str:
    """A word's letters without long vowels: the root a broken plural keeps."""
    return word.translate(_VOWELS)
