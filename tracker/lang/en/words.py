"""English word lists used outside the extractor: matching keys, negation, state titles."""

from __future__ import annotations

from ..base import Words, folded

STOPWORDS = folded(
    """
    the a an of to in on for and or but is are was were be been by with that this it as at from
    has have had he she they his her its their said says not
    """
)


def content_word(word: str) -> str:
    """The matching key of one folded English word, or "" for a function word."""
    if word in STOPWORDS or len(word) < 2:
        return ""
    return word


WORDS = Words(
    stopwords=STOPWORDS,
    negations=folded("not no never"),
    denial_frame=frozenset(),
    source_heads=frozenset(),
    state_titles=folded(
        """
        minister ministry government president spokesman spokeswoman spokesperson ambassador
        army military embassy prime king officials official
        """
    ),
    unnamed="unnamed",
)
