"""Light stems for claim matching: affixes off, then a consonant skeleton (pure).

Arabic words are matched by their consonants once clitics, inflection suffixes and the
imperfect prefix are gone, and long vowels inside the word are dropped: زياره → زر and زار →
زر; سريه and سرا → سر; افتتاح → فتح. Latin words lose a plural or tense ending: visited →
visit. The skeleton is coarse on purpose; numbers, negation and anchors stay the guards that
keep distinct claims apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ARABIC = re.compile("[\u0621-\u064a]")
#: Inflection and pronoun suffixes, longest first; one is removed, leaving three letters or more.
_SUFFIXES = (
    "اتهم",
    "اتها",
    "تهم",
    "تها",
    "هما",
    "ات",
    "ون",
    "ين",
    "ان",
    "يه",
    "وا",
    "ها",
    "هم",
    "ته",
    "ه",
    "ت",
    "ي",
    "ا",
)
#: Imperfect prefixes (with the future س) and the hamza of derived verb forms.
_PREFIXES = ("سي", "ست", "سن", "ي", "ت", "ن", "ا")
_LATIN_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "ed", "ly", "es", "s")

_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 400_000


def stem(word: str) -> str:
    """The matching stem of one folded content word (see the module docstring)."""
    found = _CACHE.get(word)
    if found is None:
        if len(_CACHE) > _CACHE_LIMIT:
            _CACHE.clear()
        found = _CACHE[word] = _arabic(word) if _ARABIC.match(word) else _latin(word)
    return found


def arabic_script(text: str) -> bool:
    """True when a text's first letters are Arabic (for telling the languages of a pair)."""
    return bool(_ARABIC.search(text[:80]))


def stems(words: Iterable[str]) -> tuple[str, ...]:
    """Sorted unique stems of content words."""
    cache = _CACHE  # called for every statement of a corpus: the cache lookup inlined
    out = set()
    for word in words:
        found = cache.get(word)
        out.add(found if found is not None else stem(word))
    return tuple(sorted(out))


def _arabic(word: str) -> str:
    if any(ch.isdigit() for ch in word):
        return word  # "كلمه11" must not become "كلمه1"
    if len(word) < 4:
        return _skeleton(word)
    for suffix in _SUFFIXES:
        # The nisba ending may leave a two-letter root: سريه → سر.
        if word.endswith(suffix) and len(word) - len(suffix) >= (2 if suffix == "يه" else 3):
            word = word[: -len(suffix)]
            break
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    return _skeleton(word)


def _skeleton(word: str) -> str:
    """Keep the first letter; drop alef after it, و inside the word, and ي inside longer words."""
    letters = [word[0]] if word else []
    for n, ch in enumerate(word[1:], 1):
        inside = n < len(word) - 1
        if ch == "ا" or (ch == "و" and inside) or (ch == "ي" and len(word) > 3 and inside):
            continue
        if letters and letters[-1] == ch:
            continue
        letters.append(ch)
    out = "".join(letters)
    return out if len(out) >= 2 else word


def _latin(word: str) -> str:
    for suffix in _LATIN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
