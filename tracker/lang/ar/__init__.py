"""Arabic: the cue lexicon, voice reading and reporting-pattern rules, and word lists."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...models import RawAttribution
from ...text import Sentence
from ..base import Known, Words
from .rules import extract_sentences
from .words import WORDS, content_word


@dataclass(frozen=True, slots=True)
class Arabic:
    """The Arabic language package."""

    code: str = "ar"
    letters: re.Pattern[str] = re.compile("[\u0621-\u064a]")
    words: Words = WORDS

    def extract(
        self, text: str, sentences: Sequence[Sentence], known: Known
    ) -> list[RawAttribution]:
        """Find the attributions of Arabic sentences, in text order."""
        return extract_sentences(text, sentences, known)

    def content_word(self, word: str) -> str:
        """The matching key of one folded Arabic word, or "" for a function word."""
        return content_word(word)


LANGUAGE = Arabic()
