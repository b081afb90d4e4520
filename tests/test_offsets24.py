"""Offsets into the text as read when it holds presentation forms (a lam-alef ligature)."""

from __future__ import annotations

from tracker.pipeline import analyse_article
from tracker.readers import parse_article, read_offsets


def test_a_ligature_leaves_every_offset_on_the_text_as_read(registry):
    """ "الناطق اﻹعلامي" typeset with the one-glyph lam-alef is read as plain letters, and the
    offsets still index the file as read: one character there, two in the plain text."""
    text = (
        "وقال سالم العتيبي الناطق اﻹعلامي لصحة المنطقة إن قسم الطوارئ استقبل أمس سبع حالات"
        " تسمم من أسرة واحدة. وأعلنت اﻹدارة إغلاق المطعم."
    )
    result = analyse_article(parse_article(text, "t.txt", language="ar"), registry)
    said = result.attributions[0]
    assert text[said.cue_start : said.cue_end] == "قال"
    assert text[said.start : said.end] == "قسم الطوارئ استقبل أمس سبع حالات تسمم من أسرة واحدة"
    closing = result.attributions[-1]
    assert text[closing.cue_start : closing.cue_end] == "أعلنت"
    assert text[closing.start : closing.end] == "إغلاق المطعم"
    assert result.article.text == text


def test_offsets_map_back_across_each_ligature():
    """Past each ligature the offset moves back one; inside the two letters it stands for,
    a span's start keeps the ligature and its end takes it whole."""
    at = read_offsets("ab\ufef9cd\ufefbe")  # a b لإ c d لا e: plain "abلإcdلاe"
    assert [at(k, False) for k in (0, 2, 4, 5, 6, 8)] == [0, 2, 3, 4, 5, 6]
    assert at(3, False) == 2
    assert at(3, True) == 3
