"""What every language's extractor shares: lead-ins that hand the next paragraph over."""

from __future__ import annotations

from ..models import QuoteKind
from ..text import OPENING_QUOTES, QUOTE_PAIRS, Sentence, trim_span


def colon_paragraph(text: str, nxt: Sentence) -> tuple[int, int, QuoteKind]:
    """The paragraph after a colon lead-in is the content; direct if wholly quoted.

    "وقال الوزير:" / "The minister said:" followed by a paragraph of its own.
    """
    start, end = trim_span(text, nxt.start, nxt.end)
    if text[start] in OPENING_QUOTES:
        close = text.rfind(QUOTE_PAIRS[text[start]], start + 1, end + 1)
        if close > start:
            return start + 1, close, QuoteKind.DIRECT
    return start, end, QuoteKind.INDIRECT
