"""Light stems for claim matching, each word stemmed by its own language (pure).

The stemmers live in the language packages (``lang.ar.morph``: affixes off, then a consonant
skeleton, زياره → زر; ``lang.en.morph``: visited → visit); this module caches them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lang

_ARABIC = re.compile("[\u0621-\u064a]")
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 400_000


def stem(word: str) -> str:
    """The matching stem of one folded content word (see the module docstring)."""
    found = _CACHE.get(word)
    if found is None:
        if len(_CACHE) > _CACHE_LIMIT:
            _CACHE.clear()
        found = _CACHE[word] = lang.stem(word)
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
