"""Shortcuts taken for English extraction speed give what the plain forms give."""

from __future__ import annotations

import hashlib

from tracker.corroborate import _normal_words, fingerprints
from tracker.models import Article
from tracker.names import skeleton
from tracker.sources import _officials_of, _public_body, _telling_sounds
from tracker.text import split_sentences


def _per_sentence(article: Article) -> tuple[str, ...]:
    """Fingerprints read sentence by sentence, the way they were read before the byte table."""
    own = set()
    for sentence in split_sentences(article.text):
        count, joined = _normal_words(article.text[sentence.start : sentence.end])
        if count >= 8:
            own.add(hashlib.sha1(joined).hexdigest()[:16])
    return tuple(sorted(own))


def test_fingerprints_read_once_match_the_sentence_reading():
    """A text ASCII once its curly quotes and dashes are spaces, and one that is not (é), give
    the fingerprints of their sentences read one by one."""
    plain = (
        "The river council met on Monday to weigh the cost of the new weir by the mill.\n"
        "“We cannot pay for it this year,” the treasurer told the members — twice.\n"
        "Residents of the lower valley said the water had risen past the old stone marker."
    )
    accented = plain.replace("treasurer", "trésorier")
    for text in (plain, accented):
        article = Article(id="a1", path="a1.txt", text=text, language="en")
        assert fingerprints(article) == _per_sentence(article)
        assert fingerprints(article)  # (long sentences were read)


def test_telling_sounds_drop_a_skeleton_too_short_to_tell():
    """A name's skeleton words are kept only when each has three consonants or more."""
    assert _telling_sounds("Walid al-Muallem") == frozenset(skeleton("Walid al-Muallem").split())
    assert _telling_sounds("Walid al-Muallem")
    assert _telling_sounds("Omar Li") == frozenset()  # "l" sounds like too many names


def test_ascii_names_are_no_arabic_public_body_nor_plural_officials():
    """An English name is never a public body nor unnamed officials in the construct plural;
    the Arabic forms still are."""
    assert not _public_body("General Authority for Ports")
    assert not _officials_of("officials of the port authority")
    assert _public_body("الهيئة العامة للموانئ")
    assert _officials_of("مديرو المدارس")
