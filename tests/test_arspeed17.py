"""Shortcuts taken for speed in the text layer and the registry: each gives the answer the long
way gives. Every example is made up."""

from __future__ import annotations

import pytest

from tracker import lang
from tracker.text import ascii_marks_spaced, latin_marks_spaced


def test_english_with_curly_quotes_is_ascii_once_its_marks_are_spaces():
    """Curly quotes and a dash become spaces, and the rest of the text stays as it is."""
    text = "“We will reopen the bridge” — the mayor said."
    assert ascii_marks_spaced(text) == " We will reopen the bridge    the mayor said."


def test_ascii_text_is_returned_as_it_is():
    """Plain ASCII needs no spacing at all."""
    assert ascii_marks_spaced("The council met on Monday.") == "The council met on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "قال رئيس البلدية إن الجسر سيفتح الأسبوع المقبل.",  # opens with an Arabic letter
        "«سنعيد فتح الجسر» قال رئيس البلدية.",  # opens with «, which is no Latin mark
        "“The bridge” قال رئيس البلدية.",  # opens with a Latin mark: read to the end
        "The mayor said “soon” and left — café closed.",  # é stays when the marks go
    ],
)
def test_text_that_stays_non_ascii_gives_none(text):
    """Text holding a character that is neither ASCII nor a Latin mark gives None, whether
    its first character says so at once or the whole text is spaced to find out."""
    assert ascii_marks_spaced(text) is None
    assert not latin_marks_spaced(text).isascii()


def test_no_character_is_a_letter_of_two_languages():
    """The shortcut in detect rests on this: the languages' letters are other characters."""
    assert lang._plane_letters_apart()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("افتتحت البلدية حديقة جديدة على الكورنيش يوم الخميس.", "ar"),  # letters over half
        ("The council opened a new park by the river on Thursday.", "en"),  # counted in full
        ("12, 13, 14 ... ابت abc ثجح", "ar"),  # fewer than half each: the larger count wins
        ("12, 13 ... 𝒜 abcd ابت", "en"),  # a character off the plane: counted by pattern
    ],
)
def test_detect_gives_the_language_with_the_most_letters(text, code):
    """Whether one language's letters fill more than half the sample (the others then go
    uncounted) or not, detect names the language with the most letters."""
    counts = {c: lang._letter_count(c, text) for c in lang.codes()}
    assert max(counts, key=lambda c: counts[c]) == code
    assert lang.detect(text) == code
