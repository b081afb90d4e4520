"""Arabic: the cue lexicon, voice reading and reporting-pattern rules, and word lists."""

from __future__ import annotations

import re

from ..base import Package, deferred
from .morph import stem
from .words import WORDS, content_word

LANGUAGE = Package(
    code="ar",
    letters=re.compile("[\u0621-\u064a]"),
    words=WORDS,
    extractor=deferred(f"{__name__}.rules", "extract_sentences"),
    keyer=content_word,
    stemmer=stem,
)
