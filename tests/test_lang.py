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


@pytest.mark.parametrize(
    "sample",
    [
        "",
        "قال حمدان إن الوادي Al-Wadi ١٢٣ reported",
        "Hamdan said ـ، «الوادي» » é ß Ω",
        "\U0001f600 قال حمدان Hamdan",  # a character outside the Basic Multilingual Plane
        "حمدان \ud800 Hamdan",  # a lone surrogate
    ],
)
def test_letter_count_is_the_number_of_characters_the_pattern_matches(sample):
    """The byte-table count agrees with the language's letter pattern, character by
    character, in any script and outside the Basic Multilingual Plane."""
    for code in lang.codes():
        letters = lang.get(code).letters
        assert lang._letter_count(code, sample) == sum(1 for ch in sample if letters.match(ch))


def test_each_language_keeps_its_words_apart():
    """Arabic word lists hold no Latin word and English ones no Arabic word."""
    arabic, english = lang.get("ar").words, lang.get("en").words
    for words in (arabic.stopwords, arabic.negations, arabic.state_titles):
        assert all(lang.get("ar").letters.match(w) for w in words)
    for words in (english.stopwords, english.negations, english.state_titles):
        assert all(lang.get("en").letters.match(w) for w in words)


def _entries(words: lang.Words) -> list[str]:
    """Every word and phrase of a language's word lists, each antonym pair word by word."""
    out: list[str] = []
    for field in lang.Words.__dataclass_fields__:
        value = getattr(words, field)
        if isinstance(value, str):
            out.append(value)
        elif field == "antonyms":
            out += [word for pair in value for word in pair]
        else:
            out += list(value)
    return out


@pytest.mark.parametrize("code", lang.codes())
def test_every_word_list_is_in_its_own_script(code: str):
    """Each language's word lists (antonyms, denial phrases, months …) are in its own script."""
    language = lang.get(code)
    entries = _entries(language.words)
    assert entries
    for entry in entries:
        for word in entry.replace("/", " ").split():
            assert language.letters.match(word), (code, entry)
    others = [other for other in lang.codes() if other != code]
    for other in others:
        assert not any(lang.get(other).letters.search(entry) for entry in entries), (code, other)


def test_each_language_has_its_lists_for_linking_and_dates():
    """Antonyms, denial phrases, unnamed heads and month names come from both packages."""
    for code in lang.codes():
        words = lang.get(code).words
        assert words.antonyms
        assert words.denial_phrases
        assert words.unnamed_heads
        assert words.months
    assert lang.mapping("months")["شباط"] == lang.mapping("months")["february"] == 2
    assert "لا صحه" in lang.union("denial_phrases")
    assert "not true" in lang.union("denial_phrases")


def test_stem_is_chosen_by_the_word_s_letters():
    """Arabic words get the consonant skeleton, Latin ones lose an ending."""
    assert lang.stem("زياره") == lang.stem("زار") == "زر"
    assert lang.stem("visited") == "visit"
