"""Numbers spelled out in words, read as the digits they stand for (pure).

"قتل ثلاثة جنود" and "قتل 3 جنود" state one number, "ten killed" and "100 killed" two; the
match key's number guard compares the values, so a number must be read the same whether an
outlet wrote it in digits or in words. The words come from each language's
``Words.cardinals``; compounds are read in either order ("خمسة وعشرون", "twenty five", and the
teens "ثلاثة عشر"). What is left out on purpose: a word with the article ("الاثنين" is Monday,
"الثالث" an ordinal), "one"/"احد" alone ("أحد المسؤولين" is no count), and ordinal teens ("الحادي
عشر": a ten after a word with the article).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..lang import mapping

#: Clitics a number word may carry ("وثلاثة", "بعشرة", "لخمسة"): stripped only when what
#: remains is a number word of three letters or more ("لست" is "I am not", not "for six").
_CLITICS = "وبلف"
#: The article: a number word behind it is a day name or an ordinal.
_ARTICLE = "ال"


@cache
def _cardinals() -> dict[str, int]:
    return dict(mapping("cardinals"))


def _value(word: str, cardinals: dict[str, int]) -> int | None:
    value = cardinals.get(word)
    if value is None and len(word) > 3 and word[0] in _CLITICS:
        rest = word[1:]
        if not rest.startswith(_ARTICLE):
            value = cardinals.get(rest)
    return value


def spelled_numbers(words: Sequence[str]) -> list[str]:
    """The numbers a statement's folded words (``text.words_of``) spell out, as digits.

    >>> spelled_numbers(["قتل", "خمسه", "وعشرون", "شخصا", "بينهم", "ثلاثه", "عشر", "طفلا"])
    ['25', '13']
    >>> spelled_numbers(["يوم", "الاثنين", "احد", "المسؤولين"])
    []
    """
    cardinals = _cardinals()
    out: list[str] = []
    values = [_value(w, cardinals) for w in words]
    i = 0
    while i < len(words):
        value, after = values[i], values[i + 1] if i + 1 < len(words) else None
        if value is None or (value == 10 and i and words[i - 1].startswith(_ARTICLE)):
            i += 1
            continue
        if after is not None and _compound(value, after):
            out.append(str(value + after))
            i += 2
            continue
        if value > 1:
            out.append(str(value))
        i += 1
    return out


def _compound(a: int, b: int) -> bool:
    """Whether two number words in a row make one number: a unit and a ten (the teens), or a
    unit and a multiple of ten in either order."""
    units, other = (a, b) if a < b else (b, a)
    if not 1 <= units <= 9:
        return False
    return other == 10 or (units > 1 and other % 10 == 0 and 20 <= other <= 90)


def is_number_word(word: str) -> bool:
    """True when a folded word is a number spelled out ("ثلاثه", "وعشرين", "ten")."""
    return _value(word, _cardinals()) is not None
