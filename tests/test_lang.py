"""The language registry: lookup by code, script detection, and per-language matching keys."""

from __future__ import annotations

import pytest

from tracker import lang
from tracker.errors import UsageError


def test_content_words_drop_clitics_and_function_words():
    """Content words lose و/ال/بال/ل and function words, so inflected mentions compare equal."""
    assert lang.content_words("والزيارة السرية إلى دمشق") == ["زياره", "سريه", "دمشق"]
    assert lang.content_words("لقائد الجيش") == ["قايد", "جيش"]


def test_content_words_read_each_word_in_its_own_language():
    """In mixed text, English function words drop and Arabic words lose their clitics."""
    assert lang.content_words("The visit إلى دمشق was secret") == ["visit", "دمشق", "secret"]


def test_unknown_language_is_a_usage_error_listing_the_known_ones():
    """Asking for a language with no package names the codes that exist."""
    with pytest.raises(UsageError, match="ar, en"):
        lang.get("fr")


def test_detect_picks_the_dominant_script():
    """Arabic letters outnumbering Latin ones give "ar"; the reverse gives "en"."""
    assert lang.detect("قال الوزير إن الاجتماع عقد في Geneva") == "ar"
    assert lang.detect("The minister said the talks in دمشق were useful") == "en"


def test_each_language_keeps_its_words_apart():
    """Arabic word lists hold no Latin word and English ones no Arabic word."""
    arabic, english = lang.get("ar").words, lang.get("en").words
    for words in (arabic.stopwords, arabic.negations, arabic.state_titles):
        assert all(lang.get("ar").letters.match(w) for w in words)
    for words in (english.stopwords, english.negations, english.state_titles):
        assert all(lang.get("en").letters.match(w) for w in words)
