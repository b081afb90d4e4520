"""Attribution finding: from an article's sentences to raw attributions and own-voice statements."""

from __future__ import annotations

from collections.abc import Sequence

from . import lang
from .lang import Known
from .models import Article, RawAttribution
from .text import Sentence, split_sentences, trim_span

#: A sentence in the publisher's own words shorter than this (in words) is not listed as a claim.
MIN_STATEMENT_WORDS = 6
#: The same for the part of a sentence left over around an attribution ("وعن شكل التنسيق،").
MIN_FRAGMENT_WORDS = 9


def body_sentences(article: Article) -> list[Sentence]:
    """Sentences of the article body, without headings (short lines with no full stop)."""
    out = []
    for sentence in split_sentences(article.text, article.body_start):
        chunk = article.text[sentence.start : sentence.end]
        words = chunk.split()
        is_line = _whole_line(article.text, sentence)
        if is_line and len(words) < 7 and chunk.rstrip()[-1:] not in '.!?؟:»"”':
            continue
        out.append(sentence)
    return out


def _whole_line(text: str, sentence: Sentence) -> bool:
    before = text[: sentence.start].rstrip(" \t")
    after = text[sentence.end :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


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
    covered = sorted(
        (
            min(r.start, r.cue_start, *(m.start for m in _mentions(r))),
            max(r.end, r.cue_end, *(m.end for m in _mentions(r))),
        )
        for r in raws
    )
    spans: list[tuple[int, int]] = []
    for sentence in sentences:
        pos = sentence.start
        pieces = []
        for a, b in covered:
            if b <= sentence.start or a >= sentence.end:
                continue
            if a > pos:
                pieces.append((pos, a))
            pos = max(pos, b)
        if pos < sentence.end:
            pieces.append((pos, sentence.end))
        for a, b in pieces:
            a, b = trim_span(text, a, b)
            if text[a:b].rstrip().endswith(("؟", "?")):
                continue
            words = len(text[a:b].split())
            whole = (a, b) == trim_span(text, sentence.start, sentence.end)
            if words >= (MIN_STATEMENT_WORDS if whole else MIN_FRAGMENT_WORDS):
                spans.append((a, b))
    return spans


def _mentions(raw: RawAttribution) -> list:  # type: ignore[type-arg]
    return [m for m in (raw.source, *raw.carriers, *raw.inner) if m is not None]


__all__ = ["Known", "body_sentences", "extract", "own_voice"]
