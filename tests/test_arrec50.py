"""A straight quotation mark left unpaired at a sentence's end (round 50, arrec50).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from tracker.text import split_sentences

_TEXT = (
    "وقال المتحدث باسم شرطة المنطقة الرائد سالم الوادي: إن الشرطة تلقت بلاغا من المستشفى"
    ' العام بحريق في مستودع قديم". وأضاف: "ظهر من الفحص أن النار بدأت في المخزن،'
    ' وستتواصل التحقيقات".'
)


def test_a_closing_mark_with_no_opening_does_not_join_two_sentences():
    """ "… في مستودع قديم". وأضاف: "…"": a straight mark glued to a word and a full stop, with no
    quotation open and three such marks in the paragraph, opens nothing: the sentence ends
    at the full stop."""
    sentences = split_sentences(_TEXT)
    assert len(sentences) == 2
    assert _TEXT[sentences[1].start :].startswith("وأضاف")


def test_the_next_sentence_s_cue_is_read_after_an_unpaired_closing_mark(read):
    """The cue after the unpaired mark is read with the voice before, and the first content
    stops at the full stop instead of running into the second sentence."""
    result = read(_TEXT)
    said, added = result.attributions
    assert said.source.name == added.source.name == "سالم الوادي"
    assert said.content.endswith("في مستودع قديم")
    assert added.content.startswith("ظهر من الفحص")
