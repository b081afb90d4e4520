"""The memoised and indexed word kinship of linking answers as the plain tests do."""

from __future__ import annotations

from itertools import combinations

from tracker.link import morph
from tracker.link.substitution import _kin, _kin_unmemoised

# Made-up folded words: forms of one word (زار / زياره, مشروع / مشاريع, تراجع / يتراجع),
# spellings (امريكيه / اميركيه) and near words that are other words (ترتيب / ترغيب).
WORDS = [
    "زار",
    "زياره",
    "مشروع",
    "مشاريع",
    "تراجع",
    "يتراجع",
    "امريكيه",
    "اميركيه",
    "عمل",
    "عملاء",
    "ترتيب",
    "ترغيب",
    "visited",
    "visit",
    "factory",
]


def test_related_memo_answers_as_the_tests_both_ways() -> None:
    for a in WORDS:
        for b in WORDS:
            assert morph.related(a, b) == morph._related(a, b) == morph._related(b, a)


def test_related_sees_forms_and_not_other_words() -> None:
    assert morph.related("مشروع", "مشاريع")
    assert morph.related("تراجع", "يتراجع")
    assert morph.related("امريكيه", "اميركيه")
    assert not morph.related("ترتيب", "ترغيب")
    assert not morph.related("عمل", "عملاء")


def test_has_form_in_is_any_related() -> None:
    for size in (1, 2, 3):
        for theirs in combinations(WORDS, size):
            index = morph.forms_index(theirs)
            for word in WORDS:
                expected = any(morph._related(word, o) for o in theirs)
                assert morph.has_form_in(word, theirs, index) == expected, (word, theirs)


def test_has_form_in_finds_a_form_among_others() -> None:
    theirs = ("افتتاح", "مشاريع", "جديده")
    index = morph.forms_index(theirs)
    assert morph.has_form_in("مشروع", theirs, index)
    assert not morph.has_form_in("ترغيب", theirs, index)


def test_kin_memo_answers_as_the_tests() -> None:
    for a in WORDS:
        for b in WORDS:
            assert _kin(a, b) == _kin_unmemoised(a, b)
