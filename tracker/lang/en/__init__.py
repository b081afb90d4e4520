"""English: reporting and mental-state cues in three orders, quotes, and word lists."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...models import RawAttribution
from ...text import Sentence
from ..base import Known, Words
from .rules import extract_english
from .words import WORDS, content_word


@dataclass(frozen=True, slots=True)
class English:
    """The English language package."""

    code: str = "en"
    letters: re.Pattern[str] = re.compile("[A-Za-z]")
    words: Words = WORDS

    def extract(
        self, text: str, sentences: Sequence[Sentence], known: Known
    ) -> list[RawAttribution]:
        """Find the attributions of English sentences, in text order."""
        return extract_english(text, sentences, known)

    def content_word(self, word: str) -> str:
        """The matching key of one folded English word, or "" for a function word."""
        return content_word(word)


LANGUAGE = English()
