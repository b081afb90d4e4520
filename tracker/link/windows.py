"""A statement printed as one clause run of a longer one (pure).

One outlet prints a wire's sentence alone ("وكان البرلمان أقر الأسبوع الماضي إصلاحات في قطاعي
الضرائب والتقاعد"); another runs it on after the sentence before it, or cuts a sentence short
and keeps its opening clauses ("وصوت البرلمان على تشريع …، وكان البرلمان أقر الأسبوع الماضي
…"). Read whole, the longer one gives numbers and words the shorter does not, so no guard or
bar lets the two be one claim; read at the clauses that hold the shorter one's words, it is
the same text.

A clause ends at a mark (``،``, ``؛``, ``.``, ``:``, …) that is not inside a number: "6.5",
"37,775.000" and "1٬200" stay whole.
"""

from __future__ import annotations

import re

from .reuse import SHINGLE, Shingles, plain_words

#: A mark that ends a clause, unless it stands between two digits (a decimal or a group).
_MARK = re.compile(r"(?<!\d)[،,؛;.:!?؟\n]|[،,؛;.:!?؟\n](?!\d)")


def clauses(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the text's clauses, in order, empty ones left out."""
    out: list[tuple[int, int]] = []
    start = 0
    for mark in _MARK.finditer(text):
        if text[start : mark.start()].strip():
            out.append((start, mark.start()))
        start = mark.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def window(grams: Shingles, text: str) -> str | None:
    """The run of ``text``'s clauses that holds the word 4-grams of ``grams`` found in it,
    from the first clause holding one to the last (a 4-gram may run over a clause mark), or
    None when it holds none or the run is the whole text.

    >>> from tracker.link.reuse import shingles
    >>> window(shingles("وكان البرلمان أقر إصلاحات في قطاع الضرائب"),
    ...        "وصوت البرلمان على تشريع جديد، وكان البرلمان أقر إصلاحات في قطاع الضرائب")
    'وكان البرلمان أقر إصلاحات في قطاع الضرائب'
    """
    spans = clauses(text)
    if len(spans) < 2:
        return None
    words: list[str] = []
    clause_of: list[int] = []
    for n, (start, end) in enumerate(spans):
        found = plain_words(text[start:end])
        words += found
        clause_of += [n] * len(found)
    first = last = -1
    for at in range(len(words) - SHINGLE + 1):
        if tuple(words[at : at + SHINGLE]) in grams:
            if first < 0:
                first = at
            last = at + SHINGLE - 1
    if first < 0:
        return None
    opening, closing = clause_of[first], clause_of[last]
    if opening == 0 and closing == len(spans) - 1:
        return None
    return text[spans[opening][0] : spans[closing][1]].strip()
