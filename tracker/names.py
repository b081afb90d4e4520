"""Transliteration-aware comparison of people's names in Arabic and Latin script (pure).

A name is reduced to a consonant skeleton both scripts share: the article (ال / al- / el-) and
vowels are dropped, long-vowel letters too except at the start of a word, the Arabic letters
Latin spelling merges are merged (ث/ت → t, ذ/ض/د → d, ص/س/ش → s …), ʿayn and hamza vanish,
and doubled letters collapse. وليد المعلم, Walid al-Muallem and Walid al-Moallem are all
"wld mlm". Scholarly transliteration folds to the same letters: diacritics go (Ḥamdān =
Hamdan) and an assimilated article is written al- (aš-Šarq = al-Sharq). غ and Latin "gh" are
one letter (غسان = Ghassan), kept apart from ج and Latin "g" (جمال = Gamal). Only whole names
of two or more words are tied by skeleton; a surname alone is left to the article that names
the person in full.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import groupby

from .text import fold

_ARABIC = {
    "ب": "b",
    "ت": "t",
    "ث": "t",
    "ط": "t",
    "ج": "j",
    "ح": "h",
    "ه": "h",
    "خ": "x",
    "د": "d",
    "ذ": "d",
    "ض": "d",
    "ظ": "z",
    "ز": "z",
    "ر": "r",
    "س": "s",
    "ص": "s",
    "ش": "s",
    "ف": "f",
    "ق": "q",
    "ك": "q",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "و": "w",
    "ي": "y",
    "ا": "",
    "ء": "",
    "ع": "",
    "غ": "ɣ",
}
_LATIN_DIGRAPHS = (
    ("kh", "x"),
    ("sh", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "ɣ"),
    ("ch", "s"),
    ("ph", "f"),
    ("ou", "w"),
)
_LATIN = {
    "k": "q",
    "c": "q",
    "g": "j",
    "v": "f",
    "p": "b",
    "e": "",
    "a": "",
    "i": "",
    "o": "",
    "u": "",
    "'": "",
    "’": "",
    "ʿ": "",
    "ʾ": "",
    "-": "",
}
_ARTICLE = re.compile(r"^(?:al|el|ال)[-\s]?", re.IGNORECASE)
#: The letters _ARTICLE can start with (a quick test before the regex).
_ARTICLE_FIRSTS = frozenset("aAeEا")
#: A letter of the Arabic alphabet: the word is spelt in Arabic.
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
#: Letters of scholarly transliteration written as two letters in news spelling.
_SCHOLARLY = str.maketrans(
    {
        "š": "sh",
        "Š": "Sh",
        "ġ": "gh",
        "Ġ": "Gh",
        "ḫ": "kh",
        "Ḫ": "Kh",
        "ṯ": "th",
        "Ṯ": "Th",
        "ḏ": "dh",
        "Ḏ": "Dh",
        "ʿ": "",
        "ʾ": "",
        "ʼ": "",
    }
)
#: The article assimilated to the next consonant: "ash-Sharq", "ad-Din", "an-Nahar".
_ASSIMILATED = re.compile(r"\b([Aa])([b-df-hj-np-tv-z]{1,2})-(?=\2)", re.IGNORECASE)


#: Combining marks of the scripts before Arabic (Latin, Greek, Cyrillic, Hebrew): dropped by
#: ``romanize`` (Arabic marks are kept).
_LOW_MARKS = re.compile(
    "[" + "".join(chr(c) for c in range(0x600) if unicodedata.combining(chr(c))) + "]"
)


def romanize(text: str) -> str:
    """News spelling of a scholarly transliteration: "aš-Šarq al-Awsaṭ" → "al-Sharq al-Awsat".

    Diacritics go, š/ġ/ḫ become sh/gh/kh, and an assimilated article is written al-.
    Arabic script is left as it is.
    """
    if not text.isascii():
        decomposed = unicodedata.normalize("NFD", text.translate(_SCHOLARLY))
        text = unicodedata.normalize("NFC", _LOW_MARKS.sub("", decomposed))
    if "-" not in text:
        return text
    return _ASSIMILATED.sub(lambda m: m.group(1) + "l-", text)


@lru_cache(maxsize=65_536)
def skeleton(name: str) -> str:
    """The shared consonant skeleton of a person's name, word by word ("wld mlm")."""
    words = []
    for word in romanize(fold(name)).replace("-", " ").split():
        if word in {"al", "el", "ال", "bin", "ibn", "بن", "abu", "ابو"}:
            continue
        if len(word) > 4 and word[0] in _ARTICLE_FIRSTS:
            word = _ARTICLE.sub("", word)
        words.append(_word_skeleton(word))
    return " ".join(w for w in words if w)


class _Letters(dict[int, str]):
    """A str.translate table from a character to its skeleton letter ("" drops it), filled in
    as characters are first met; ``inner`` tables also drop the long vowels w and y."""

    def __init__(self, letter: Callable[[str], str], inner: bool) -> None:
        super().__init__()
        self.letter = letter
        self.inner = inner

    def __missing__(self, code: int) -> str:
        found = self.letter(chr(code))
        if self.inner and found in ("w", "y"):
            found = ""  # a long vowel inside a word
        self[code] = found
        return found


def _arabic_letter(ch: str) -> str:
    return _ARABIC.get(ch, "")


def _latin_letter(ch: str) -> str:
    return _LATIN.get(ch, ch) if ch.isalpha() or ch in "'’-" else ""


_ARABIC_FIRST = _Letters(_arabic_letter, inner=False)
_ARABIC_INNER = _Letters(_arabic_letter, inner=True)
_LATIN_FIRST = _Letters(_latin_letter, inner=False)
_LATIN_INNER = _Letters(_latin_letter, inner=True)


@lru_cache(maxsize=65_536)
def _word_skeleton(word: str) -> str:
    if _ARABIC_LETTER.search(word):
        if word.endswith("ه") and len(word) > 2:
            word = word[:-1]  # ة (folded to ه) is a vowel in Latin spellings: Khalifa
        first, inner = _ARABIC_FIRST, _ARABIC_INNER
    else:
        if len(word) > 3 and word.endswith("h") and word[-2] in "aeiou":
            word = word[:-1]  # Khalifah / Khalifa
        if "h" in word or "ou" in word:  # (every digraph has one)
            for digraph, letter in _LATIN_DIGRAPHS:
                word = word.replace(digraph, letter)
        first, inner = _LATIN_FIRST, _LATIN_INNER
    # The first letter, then the others without long vowels; a doubled letter is one.
    letters = word[:1].translate(first) + word[1:].translate(inner)
    return "".join(letter for letter, _ in groupby(letters))


def same_person(a: str, b: str) -> bool:
    """True when two names of two or more words have one skeleton."""
    ka, kb = skeleton(a), skeleton(b)
    return len(ka.split()) >= 2 and ka == kb
