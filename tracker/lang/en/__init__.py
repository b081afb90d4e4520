"""English: reporting and mental-state cues in three orders, quotes, and word lists."""

from __future__ import annotations

import re

from ..base import Package, deferred
from .morph import stem
from .words import WORDS, content_word

LANGUAGE = Package(
    code="en",
    letters=re.compile("[A-Za-z]"),
    words=WORDS,
    extractor=deferred(f"{__name__}.rules", "extract_english"),
    keyer=content_word,
    stemmer=stem,
    reads_first_line=True,
)
