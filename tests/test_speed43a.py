"""Arabic extraction speed-ups: each quicker helper answers as the pattern it replaced."""

from __future__ import annotations

import re
from itertools import islice, product

from tracker.lang.ar.roles import MAX_OCCURRENCES, _whole_word
from tracker.lang.ar.rules import _FRAMING, _letters_adjoin, _spelled_acronyms
from tracker.text import tokenize

#: Characters that try every edge of a whole word: letters, a digit, "_", a space, a comma,
#: a dash, a fatha (no word character) and a tatweel (one).
_EDGES = ["ب", "ل", "1", "_", " ", "،", "-", "\u064e", "\u0640"]


def _by_pattern(text: str, word: str) -> list[int]:
    found = re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    return [m.start() for m in islice(found, MAX_OCCURRENCES)]


def test_whole_word_finds_what_the_pattern_finds():
    """_whole_word (str.find, ends checked by hand) gives the offsets of the pattern it
    replaced, for every short text over characters that try each edge of a word."""
    for size in range(5):
        for letters in product(_EDGES, repeat=size):
            text = "".join(letters)
            for word in ("", "ب", "بب", "ب-", "_ب", "\u064eب"):
                assert _whole_word(text, word) == _by_pattern(text, word), (text, word)


def test_whole_word_stops_after_most_occurrences():
    """No more than MAX_OCCURRENCES places are returned, first to last."""
    text = " ".join(["سالم"] * (MAX_OCCURRENCES + 3))
    assert _whole_word(text, "سالم") == [5 * k for k in range(MAX_OCCURRENCES)]


def test_letters_adjoin_needs_two_letters_side_by_side():
    """Two letters' names in a row (N's among them) adjoin; one, or two apart, do not."""
    assert _letters_adjoin(tokenize("وقالت بي بي سي أمس"))
    assert _letters_adjoin(tokenize("قال إن إن الخبر"))
    assert not _letters_adjoin(tokenize("قال إن الوزير سافر"))
    assert not _letters_adjoin(tokenize("قال إن الوزير أم لا"))
    assert not _letters_adjoin([])


def test_spelled_name_still_joined_without_the_pattern_first():
    """A medium spelled in letters' names holding N is still one token when it is known."""
    text = "وقالت سي إن إن إن الوفد وصل"
    tokens = tokenize(text)
    joined = _spelled_acronyms(
        text, tokens, lambda words, head, media=False: words == ["سي", "ان", "ان"]
    )
    assert [t.norm for t in joined][:3] == ["وقالت", "سي ان ان", "ان"]


def test_framing_pattern_finds_what_its_look_behind_first_form_found():
    """_FRAMING, its literal first, finds the spans the pattern with the look-behind first
    found, inside and at the edges of a searched window."""
    before = re.compile(r"(?<!\S)في\s+(?:[أا]ول\s+)?ت[أا]كيد\s+(?:رسمي\s+)?ل(?=\w)")
    texts = [
        "أعلن المتحدث أن الجسر افتتح، في تأكيد لأنباء سابقة",
        "وقالت الهيئة إن الطريق أغلق في أول تأكيد رسمي لما تردد",
        "كتبفي تأكيد لخبر",
        "في تاكيد لكلام الوزير",
        "في تأكيد ل",
        "ما في  تأكيد   لخبر؟",
    ]
    for text in texts:
        for start in range(len(text) + 1):
            for end in (start, len(text)):
                found = _FRAMING.search(text, start, end)
                expected = before.search(text, start, end)
                assert (found and found.span()) == (expected and expected.span()), text
