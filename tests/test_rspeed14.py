"""Linking speed (rspeed14): the stems of a corpus's words worked out at once read as before."""

from __future__ import annotations

from tracker import lang
from tracker.link import morph


def test_stem_each_keeps_each_words_own_stem() -> None:
    # Made-up words: a visit and its verb, a plural, an English word.
    words = ["زياره", "زار", "مشاريع", "visited", "زياره"]
    morph._CACHE.clear()
    morph.stem_each(words)
    assert all(morph._CACHE[w] == lang.stem(w) for w in words)
    assert morph.stems(words) == tuple(sorted({lang.stem(w) for w in words}))


def test_stems_without_stem_each_are_the_same() -> None:
    words = ("اعلن", "الوزير", "زار", "announced")
    morph._CACHE.clear()
    cold = morph.stems(words)
    morph._CACHE.clear()
    morph.stem_each(words)
    assert morph.stems(words) == cold
