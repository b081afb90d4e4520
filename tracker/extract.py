"""Attribution finding: from an article's sentences to raw attributions and own-voice statements."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from . import lang
from .lang import Known
from .models import Article, RawAttribution
from .text import Sentence, split_sentences, trim_span

#: A sentence in the publisher's own words shorter than this (in words) is not listed as a claim.
MIN_STATEMENT_WORDS = 6
#: The same for the part of a sentence left over around an attribution ("وعن شكل التنسيق،").
MIN_FRAGMENT_WORDS = 9
#: A whole line of fewer words than this, with no closing mark, is a heading, not a sentence.
_HEADING_WORDS = 7


def body_sentences(article: Article) -> list[Sentence]:
    """Sentences of the article body, without headings (short lines with no full stop)."""
    out = []
    for sentence in split_sentences(article.text, article.body_start):
        if _whole_line(article.text, sentence):
            chunk = article.text[sentence.start : sentence.end]
            # Splitting off seven words is enough to tell whether there are fewer.
            short = len(chunk.split(maxsplit=_HEADING_WORDS - 1)) < _HEADING_WORDS
            # A short line ending in a closing quotation mark (” ″ ’ » '') is speech, not a
            # heading.
            ends = chunk.rstrip()
            if short and ends[-1:] not in '.!?؟:»"”’″' and ends[-2:] != "''":
                continue
        out.append(sentence)
    return out


def _whole_line(text: str, sentence: Sentence) -> bool:
    """True when only spaces and tabs stand between the sentence and the ends of its line."""
    # Walk over the blanks beside the sentence rather than strip a copy of the text before and
    # after it: copies would make splitting a long article quadratic.
    before = sentence.start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = sentence.end
    while after < len(text) and text[after] in " \t":
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def extract(
    article: Article, known: Known, sentences: Sequence[Sentence] | None = None
) -> tuple[list[RawAttribution], list[tuple[int, int]]]:
    """Find attributions and the publisher's own statements in an article.

    Returns the raw attributions in text order and the (start, end) spans of statements made in
    the publisher's own voice. ``sentences`` are the body's sentences when already split.
    """
    if sentences is None:
        sentences = body_sentences(article)
    raws = lang.get(article.language).extract(article.text, sentences, known)
    return raws, own_voice(article.text, sentences, raws)


def own_voice(
    text: str, sentences: Sequence[Sentence], raws: Sequence[RawAttribution]
) -> list[tuple[int, int]]:
    """Spans of sentences (or long parts of them) that no attribution covers."""
    covered = _covered(raws)
    ends = [b for _, b in covered]
    spans: list[tuple[int, int]] = []
    for sentence in sentences:
        pos = sentence.start
        pieces = []
        # Only the covered spans that reach into the sentence are looked at, found by bisection.
        for k in range(bisect_right(ends, sentence.start), len(covered)):
            a, b = covered[k]
            if a >= sentence.end:
                break
            if a > pos:
                pieces.append((pos, a))
            pos = max(pos, b)
        if pos < sentence.end:
            pieces.append((pos, sentence.end))
        elif not pieces:
            continue
        whole = (sentence.start, sentence.end)
        trimmed = trim_span(text, *whole)
        for a, b in pieces:
            # Most sentences are one piece, the whole sentence, trimmed just above.
            a, b = trimmed if (a, b) == whole else trim_span(text, a, b)
            piece = text[a:b]
            if piece.rstrip().endswith(("؟", "?")):
                continue
            need = MIN_STATEMENT_WORDS if (a, b) == trimmed else MIN_FRAGMENT_WORDS
            # Splitting off ``need`` words is enough to tell whether there are that many.
            if len(piece.split(maxsplit=need)) >= need:
                spans.append((a, b))
    return spans


def _covered(raws: Sequence[RawAttribution]) -> list[tuple[int, int]]:
    """The text the attributions cover (cue, voices and content), as sorted disjoint spans.

    Overlapping spans are merged; an empty span is kept on its own, as it still cuts a sentence.
    """
    spans = []
    for r in raws:
        low, high = min(r.start, r.cue_start), max(r.end, r.cue_end)
        # (a loop, not comprehensions: this runs for every attribution, most with one voice)
        for m in (r.source, *r.carriers, *r.inner):
            if m is not None:
                low, high = min(low, m.start), max(high, m.end)
        spans.append((low, high))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and merged[-1][0] < merged[-1][1] and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


__all__ = ["Known", "body_sentences", "extract", "own_voice"]
