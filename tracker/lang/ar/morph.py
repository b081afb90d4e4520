"""The Arabic light stemmer: affixes off, then a consonant skeleton (pure).

Words are matched by their consonants once clitics, inflection suffixes and the imperfect
prefix are gone, and long vowels inside the word are dropped: زياره → زر and زار → زر; سريه
and سرا → سر; افتتاح → فتح. The skeleton is coarse on purpose; numbers, negation and anchors
stay the guards that keep distinct claims apart.
"""

from __future__ import annotations

#: Inflection and pronoun suffixes, longest first; one is removed, leaving three letters or more.
SUFFIXES = tuple("اتهم اتها يين يون يات تهم تها هما ات ون ين ان يه وا ها هم ته ه ت ي ا".split())
#: Imperfect prefixes (with the future س) and the hamza of derived verb forms.
PREFIXES = tuple("سي ست سن ي ت ن ا".split())


def stem(word: str) -> str:
    """The matching stem of one folded Arabic content word (see the module docstring)."""
    if any(ch.isdigit() for ch in word):
        return word  # "كلمه11" must not become "كلمه1"
    if len(word) < 4:
        return _skeleton(word)
    for suffix in SUFFIXES:
        # The nisba ending may leave a two-letter root: سريه → سر.
        if word.endswith(suffix) and len(word) - len(suffix) >= (2 if suffix == "يه" else 3):
            word = word[: -len(suffix)]
            break
    for prefix in PREFIXES:
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
