"""The English light stemmer: a plural or tense ending off (pure): visited → visit."""

from __future__ import annotations

#: Endings removed, longest first; one is removed, leaving four letters or more.
SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "ed", "ly", "es", "s")


def stem(word: str) -> str:
    """The matching stem of one folded English (or other Latin-script) content word."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
