"""Numbers spelled out in words, read as the digits they stand for (pure).

"قتل ثلاثة جنود" and "قتل 3 جنود" state one number, "ten killed" and "100 killed" two; the
match key's number guard compares the values, so a number must be read the same whether an
outlet wrote it in digits or in words. The words come from each language's
``Words.cardinals``; compounds are read in either order ("خمسة وعشرون", "twenty five", and the
teens "ثلاثة عشر"). What is left out on purpose: a word with the article ("الاثنين" is Monday,
"الثالث" an ordinal), but for a ten standing alone, whose ordinal is its cardinal ("على مدى
الخمسين عاما" is "على مدى 50 عاما"; in "الحادي والخمسين" it is part of an ordinal and left
out), "one"/"احد" alone ("أحد المسؤولين" is no count), ordinal teens ("الحادي
عشر", "والرابعة عشرة": a ten after a word with the article), and a thousand or a hundred
after digits, which it multiplies ("108.1 ألف" is written "108.1 آلاف" too).

A statement may give a number another leaves out, beside the numbers both give: "عثر على
الحطام في الجزيرة بعد 500 يوم من اختفاء الرحلة 77" and "عثر على الحطام في الجزيرة، من
الرحلة 77". The extra number is a detail when the words around it (what it counts or dates,
the verb just before it) are nowhere in the other statement (``extra_numbers_a_detail``):
"قتل 10 وأصيب 20" and "أصيب 20" are two claims, as the other says "أصيب", a word beside the
10.

Digits in groups of three are one number, whichever mark an outlet groups them with:
"26,250,799 ريالا", "26.250.799 ريالا" and "26،250،799 ريالا" all give 26250799, and "9,381.01"
gives 9381.01 (``written_numbers``). Read apart, as a number and a fraction, each would be a
number the other statements do not give. A fraction after a comma ("6,6 مليون", "4,2%") is
read as after a full stop: some desks write a wire's "6.6" so.

A number before a word of scale (``Words.scales``) is read with it, in digits or in words:
"85 ألف", "85 thousand", "85,000" and "خمسة وثمانين ألف" all give 85000, "2.5 مليون" and "2.5
million" 2500000 (``scaled``, ``spelled_numbers``), so the number guard holds "85 ألف" apart
from "58 ألف", "85 مليون" and "85" alike, and joins it to "85,000". The texts a key's numbers
are looked for in are read so too (``_fold_scaled``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from decimal import Decimal
from functools import cache, lru_cache

from ..lang import content_words, mapping, union
from ..text import fold, words_of
from .morph import related
from .reuse import PERCENT_WORDS

#: Clitics a number word may carry ("وثلاثة", "بعشرة", "لخمسة"): stripped only when what
#: remains is a number word of three letters or more ("لست" is "I am not", not "for six").
_CLITICS = "وبلف"
#: The article: a number word behind it is a day name or an ordinal, but for a ten.
_ARTICLE = "ال"
#: The conjunction that joins two ordinals ("الخامسة عشرة والرابعة عشرة").
_AND = "و"
_TENS = frozenset(range(20, 100, 10))


@cache
def _cardinals() -> dict[str, int]:
    return dict(mapping("cardinals")) | dict(_teen_units())


@cache
def _teen_units() -> dict[str, int]:
    """``Words.teen_units``: a number only before a ten ("اثني عشر")."""
    return dict(mapping("teen_units"))


@cache
def _forms() -> frozenset[str]:
    """Every word ``_value`` may read a number in (and more): a cardinal as it is, behind the
    article or behind a clitic. A statement with none of them spells out no number, which a
    set test tells without reading its words one by one (most statements give none)."""
    cardinals = _cardinals()
    return frozenset(cardinals).union(
        *(frozenset(prefix + word for word in cardinals) for prefix in (_ARTICLE, *_CLITICS))
    )


def number_forms() -> frozenset[str]:
    """Every word ``is_number_word`` may be true of (``_forms``), for a caller counting
    the spelled numbers among many words."""
    return _forms()


def _value(word: str, cardinals: dict[str, int]) -> int | None:
    value = cardinals.get(word)
    if value is None and word.startswith(_ARTICLE):
        ten = cardinals.get(word[len(_ARTICLE) :])
        return ten if ten is not None and ten in _TENS else None
    if value is None and len(word) > 3 and word[0] in _CLITICS:
        rest = word[1:]
        if not rest.startswith(_ARTICLE):
            value = cardinals.get(rest)
    return value


#: Each folded word's number value (``_value``), kept by word; emptied at ``_VALUES_LIMIT``.
_VALUES: dict[str, int | None] = {}
_VALUES_LIMIT = 500_000


def _remember_value(word: str) -> int | None:
    """``_value`` of a word, kept in ``_VALUES``."""
    if len(_VALUES) >= _VALUES_LIMIT:
        _VALUES.clear()
    found = _VALUES[word] = _value(word, _cardinals())
    return found


def spelled_numbers(words: Sequence[str]) -> list[str]:
    """The numbers a statement's folded words (``text.words_of``) spell out, as digits.

    >>> spelled_numbers(["قتل", "خمسه", "وعشرون", "شخصا", "بينهم", "ثلاثه", "عشر", "طفلا"])
    ['25', '13']
    >>> spelled_numbers(["يوم", "الاثنين", "احد", "المسؤولين"])
    []
    >>> spelled_numbers(["على", "مدى", "الخمسين", "عاما"])
    ['50']
    >>> spelled_numbers(["تناهز", "ميه", "وعشرين", "مليون"])
    ['120000000']
    >>> spelled_numbers(["يعمل", "بها", "الف", "وميتا", "عامل"])
    ['1200']
    >>> spelled_numbers(["خمسه", "وثمانين", "الف", "برميل"])
    ['85000']
    """
    if _forms().isdisjoint(words):
        return []
    known = _VALUES  # called for every statement of a corpus: the memo's lookup inlined
    out: list[str] = []
    values = [known[w] if w in known else _remember_value(w) for w in words]
    i = 0
    while i < len(words):
        value, after = values[i], values[i + 1] if i + 1 < len(words) else None
        if value is None or (i and _no_count_after(value, words[i - 1])):
            i += 1
            continue
        if after is not None and _compound(value, after):
            number, used = value + after, 2
        elif _value(words[i], _teen_units()) is not None:
            i += 1  # "أثنى الوزير …" folds as "اثني": a teen's unit alone is no number
            continue
        else:
            rest, used = _thousands_and(words, values, i) or _hundreds_and(words, values, i)
            number, used = value + rest, 1 + used
        scale = _scale_of(words[i + used], Decimal(number)) if i + used < len(words) else None
        if scale is not None:
            out.append(str(number * scale))  # "خمسة وثمانين ألف" is 85000, as "85 ألف" is
            used += 1
        elif number > 1:
            out.append(str(number))
        i += used
    return out


#: The least value of a number word that multiplies a number written in digits before it.
_MULTIPLIER = 100


def _no_count_after(value: int, before: str) -> bool:
    """Whether a number word reads as no count of its own after the word ``before``: a ten
    after an ordinal ("الخامسة عشرة", "والرابعة عشرة": behind "و" too, in the form of one), or
    a hundred or a thousand multiplying digits or a number spelled out ("108.1 ألف صفقة" is
    108.1 thousand, as "108.1 آلاف" is, not 108.1 and 1000; "خمسة وثمانين ألف برميل" is 85
    thousand and "عشرين ألف دولار" 20 thousand, as "85 ألف" and "20 ألف" are)."""
    if value == 10:
        if before.startswith(_AND + _ARTICLE):
            return _ordinal_form(before[len(_AND + _ARTICLE) :])
        return before.startswith(_ARTICLE)
    return value >= _MULTIPLIER and (before[-1:].isdigit() or is_number_word(before))


def _ordinal_form(word: str) -> bool:
    """Whether a word without its article has the form of an ordinal of a unit (فاعل,
    فاعلة: "رابعه", "حادي"), not of a noun ("والسجن عشر سنوات" is ten years)."""
    return 4 <= len(word) <= 5 and word[1] == "ا"


def _hundreds_and(words: Sequence[str], values: Sequence[int | None], i: int) -> tuple[int, int]:
    """What "و" adds to a hundred at ``i`` and how many words it takes, else (0, 0): "مئة
    وعشرين" is 120, as "120" is, "مئتان وخمسة وعشرون" 225 and "مئة وثلاثة عشر" 113 (not 100
    and 20)."""
    value = values[i]
    if value is None or value % _MULTIPLIER or value >= 10 * _MULTIPLIER:
        return 0, 0
    at = i + 1
    if at >= len(words) or not words[at].startswith(_AND) or not 0 < (values[at] or 0) < 100:
        return 0, 0
    first = values[at] or 0
    after = values[at + 1] if at + 1 < len(words) else None
    joined = after == 10 or words[at + 1].startswith(_AND) if after is not None else False
    if after is not None and joined and _compound(first, after):
        return first + after, 2
    return first, 1


#: A thousand and two thousand, after which "و" and a hundred or a smaller number add up.
_THOUSANDS = frozenset({1000, 2000})


def _thousands_and(
    words: Sequence[str], values: Sequence[int | None], i: int
) -> tuple[int, int] | None:
    """What "و" adds to a thousand at ``i`` and how many words it takes, else None: "ألف
    ومئتا" is 1200, as "1200" is, "ألفان وخمسمئة وعشرون" 2520 and "ألف وخمسة وعشرون" 1025 (not
    1000 and 200)."""
    if values[i] not in _THOUSANDS:
        return None
    at = i + 1
    if at >= len(words) or not words[at].startswith(_AND) or not 0 < (values[at] or 0) < 1000:
        return None
    first = values[at] or 0
    if first % _MULTIPLIER == 0:
        rest, used = _hundreds_and(words, values, at)
        return first + rest, 1 + used
    after = values[at + 1] if at + 1 < len(words) else None
    if after is not None and words[at + 1].startswith(_AND) and _compound(first, after):
        return first + after, 2
    return first, 1


@cache
def _scales() -> dict[str, int]:
    """``Words.scales`` of every language."""
    return dict(mapping("scales"))


@cache
def scale_words() -> frozenset[str]:
    """The folded words of scale of every language ("الف", "مليون", "billion"): a sum's own
    words, which the match key reads into its number."""
    return frozenset(_scales())


def _scale_of(word: str, number: Decimal) -> int | None:
    """What the folded ``word`` multiplies ``number`` before it by, else None: a word of scale
    greater than the number ("85 ألف", "1.5 million"), a plural one after no whole number
    above ten (``Words.scale_plurals``: "3 آلاف" and "74.3 آلاف" are thousands, "منذ 2011
    آلاف المدنيين" counts none)."""
    scale = _scales().get(word)
    if scale is None or number >= scale:
        return None
    if word in union("scale_plurals") and number == int(number) and number > 10:
        return None
    return scale


#: A number in digits, a fraction of one or two digits at most ("1.125" may be grouped).
_SCALED_NUMBER = r"\d+(?:[.,]\d{1,2})?"
#: What joins the two ends of a range ("بين 30 و40 ألف", "من 5 إلى 6 ملايين", "5 to 6 million").
_RANGE = r"\s*(?:-|و|الي|to|and)\s*\(?"


@cache
def _scaled_digits() -> re.Pattern[str]:
    """A number in digits and a word of scale after it, maybe glued to it or behind a bracket
    ("42مليون", "(75) ألف"), and maybe the number a range starts from before it."""
    scales = "|".join(sorted(_scales(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\d.,\u060c\u066c])(?:({_SCALED_NUMBER})({_RANGE}))?"
        rf"({_SCALED_NUMBER})[)\]]?\s*({scales})(?![^\W\d_])"
    )


@cache
def _scale_after_digit() -> re.Pattern[str]:
    """A word of scale right after a digit: a quick test that few texts pass (most give no
    number of scale), before ``_scaled_digits`` reads them."""
    scales = "|".join(sorted(_scales(), key=len, reverse=True))
    return re.compile(rf"\d[)\]]?\s*(?:{scales})")


def scaled(folded: str) -> str:
    """The folded text with each number in digits that a word of scale follows written in
    full, as another outlet may write it: "85 ألف" and "85 thousand" are "85000", "2.5 مليون"
    "2500000" (``_scale_of``: a word of scale after a number it cannot multiply is left), and
    the start of a range the scale ends is scaled too ("بين 30 و40 ألف" is 30000 and 40000, as
    "بين 30 ألفا و40 ألف" is), when it is the lesser end and no less than a tenth of the other.

    >>> scaled("ينتج 85 الف برميل و2,5 مليون طن منذ 2011 الاف")
    'ينتج 85000 برميل و2500000 طن منذ 2011 الاف'
    >>> scaled("بين 30 و40 الف زائر، و5 و600 الف")
    'بين 30000 و40000 زائر، و5 و600000'
    """

    def full(found: re.Match[str]) -> str:
        start, between, end, word = found.groups()
        number = Decimal(end.replace(",", "."))
        scale = _scale_of(word, number)
        if scale is None:
            return found.group()
        out = format((number * scale).normalize(), "f")
        if start is None:
            return out
        first = Decimal(start.replace(",", "."))
        if first < number <= 10 * first:
            start = format((first * scale).normalize(), "f")
        return start + between + out

    if _scale_after_digit().search(folded) is None:
        return folded
    return _scaled_digits().sub(full, folded)


@lru_cache(maxsize=1 << 12)
def _fold_scaled(text: str) -> str:
    """The folded text with its numbers of scale written in full (``scaled``), as the match
    key reads them: a number of the key is found where the text writes it ("85 ألف" gives
    85000, which "85000" finds), and what it counts follows it; kept for the texts last read,
    as a statement is judged with each of its candidates."""
    return scaled(ra_fractions(fold(text)))


def _compound(a: int, b: int) -> bool:
    """Whether two number words in a row make one number: a unit and a ten (the teens), or a
    unit and a multiple of ten in either order."""
    units, other = (a, b) if a < b else (b, a)
    if not 1 <= units <= 9:
        return False
    return other == 10 or (units > 1 and other % 10 == 0 and 20 <= other <= 90)


def is_number_word(word: str) -> bool:
    """True when a folded word is a number spelled out ("ثلاثه", "وعشرين", "ten")."""
    # A teen's unit alone is a word of its own ("اثني", as "أثنى" folds), no number.
    return _value(word, _cardinals()) is not None and _value(word, _teen_units()) is None


_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
#: Any digit: a text with none writes no number in digits (``written_numbers``).
_ANY_DIGIT = re.compile(r"\d")
#: A fraction some desks write with "ر" for its separator ("9ر53 نقطة"): the letter, right to
#: left, shows the two runs of digits swapped ("53ر9" on screen), as the writer meant it: 53.9,
#: which another outlet prints "53.9" (as ``anchors.reading_order`` reads a right-to-left mark
#: after a full stop).
_RA_DIGIT = re.compile("\u0631[0-9]")
_RA_FRACTION = re.compile("(?<![\\d.,])(\\d+)\u0631(\\d+)(?![.,]?\\d)")


def ra_fractions(text: str) -> str:
    """The text with each fraction written with "ر" for its separator written with a full
    stop, in the order it shows: "9ر53" is "53.9" (see ``_RA_FRACTION``).

    >>> ra_fractions("ارتفع إلى 9ر53 نقطة من 8ر53")
    'ارتفع إلى 53.9 نقطة من 53.8'
    """
    if _RA_DIGIT.search(text) is None:
        return text  # (a search for the letter before a digit is fast; most texts have none)
    return _RA_FRACTION.sub(r"\2.\1", text)


def _writes(word: str, number: str) -> bool:
    """Whether ``number`` is one of the numbers a word writes in digits (``_digit_runs``).
    A run's first digit stands in the word as it is, so a word without it (most words) is
    answered without reading its runs."""
    return number[:1] in word and number in _digit_runs(word)


def _digit_runs(text: str) -> list[str]:
    """The numbers ``text`` writes in digits, a fraction after a comma read as after a full
    stop: "6,6 مليون" is "6.6 مليون" (digits in groups of three are read before, as one), and
    one after "ر" as it shows: "9ر53" is "53.9" (``ra_fractions``)."""
    runs = _DIGITS.findall(text)
    if len(runs) > 1 and "\u0631" in text:
        text = ra_fractions(text)
        runs = _DIGITS.findall(text)
    if not runs or "," not in text:
        return runs  # (most words: no digit, or none after a comma; asked once per word)
    return [run.replace(",", ".") for run in runs]


#: Digits in groups of three behind a first group that is no zero, one mark between the groups
#: (a comma, an Arabic comma or thousands mark, or a full stop), maybe a fraction after the
#: other mark: "26,250,799", "66.000", "1،300،000", "9,381.01". "0.125" is a fraction.
_GROUPED = re.compile(
    r"(?<![\d.,\u060c\u066c])[1-9]\d{0,2}([.,\u060c\u066c])\d{3}(?:\1\d{3})*"
    r"(?:(?!\1)[.,]\d+)?(?![.,\u060c\u066c]?\d)"
)
_GROUP_MARKS = re.compile(r"[.,\u060c\u066c]")


#: A unit of area or volume written with its power glued to it ("5210 م٢", "م3", "km2"): the
#: power is no number of the statement, and another desk writes "متر مربع".
_POWER = re.compile(r"(?<![^\W\d_])(م|سم|كم|m|cm|km)[23](?![\w])")


def written_numbers(folded: str) -> list[str]:
    """The numbers a folded text writes in digits, digits in groups of three read as one
    number (see the module docstring), a fraction after a full stop or a comma, and no power
    glued to a unit ("5210 م2" gives 5210).

    >>> written_numbers("بلغت 26.250.799 ريالا و9,381.01 نقطة و66،000 متر و1.5 مليون")
    ['26250799', '9381.01', '66000', '1.5']
    >>> written_numbers("سجل 9ر53 نقطة")
    ['53.9']
    >>> written_numbers("بمساحة 5210 م2 و300 كم3")
    ['5210', '300']
    """
    if _ANY_DIGIT.search(folded) is None:
        return []  # (most statements: no digit, none of the scans below finds a number)
    folded = ra_fractions(folded)
    if "2" in folded or "3" in folded:
        folded = _POWER.sub(r"\1", folded)
    if not _GROUPED.search(folded):
        return _digit_runs(folded)
    out: list[str] = []

    def read(found: re.Match[str]) -> str:
        groups = _GROUP_MARKS.split(found.group())
        if found.group().count(found.group(1)) < len(groups) - 1:
            out.append("".join(groups[:-1]) + "." + groups[-1])  # a fraction after the groups
        else:
            out.append("".join(groups))
        return " "

    rest = _GROUPED.sub(read, folded)
    return out + _digit_runs(rest)


#: Words after a number read for what it counts or dates ("500 يوم من"), with the word just
#: before it ("قتل 10").
NEIGHBOURS = 2


def extra_numbers_a_detail(text: str, extra: Collection[str], other: Sequence[str]) -> bool:
    """True when each number of ``extra`` (numbers a statement gives beyond those of another,
    written in digits in ``text``) counts or dates what ``other`` (the other's content words)
    says nothing of: neither the word just before it nor a content word of the
    ``NEIGHBOURS`` after it has a form among them (``morph.related``; see the module
    docstring), or it is the year of a month it follows (``_year_of_month``: "في يوليو 2015"
    beside "في يوليو": one month, told with its year or without). A number not found in
    digits is no detail."""
    words = words_of(_fold_scaled(text))
    for number in extra:
        at = [n for n, word in enumerate(words) if _writes(word, number)]
        if not at:
            return False
        for n in at:
            if _year_of_month(number, words[max(0, n - 2) : n]):
                continue
            near = words[max(0, n - 1) : n] + words[n + 1 : n + 1 + NEIGHBOURS]
            said = [w for w in content_words(near) if not any(c.isdigit() for c in w)]
            if any(related(w, o) for w in said for o in other):
                return False
    return True


def a_breakdown(text: str, extra: Collection[str], told: Collection[str]) -> bool:
    """True when the numbers of ``extra`` (those a statement gives beyond ``told``, the numbers
    it shares with another) only break down a count both tell: each is written in digits in
    ``text`` after a word opening a breakdown (``Words.breakdown_leads``) that itself follows
    a number of ``told``, no number of ``told`` comes after that word, and each is smaller
    than the largest of ``told``. "توفي 30 شخصا، بينهم 12 في العاصمة" tells the 30 that
    "توفي 30 شخصا" tells; "توفي 30 شخصا و12 في العاصمة" adds a count of its own.

    >>> a_breakdown("توفي 30 شخصا، بينهم 12 في العاصمة", ["12"], ["30"])
    True
    >>> a_breakdown("توفي 30 شخصا و12 في العاصمة", ["12"], ["30"])
    False
    """
    words = words_of(_fold_scaled(text))
    shared, more = set(told), set(extra)
    if not shared or not more:
        return False
    leads = union("breakdown_leads")
    told_at = [n for n, word in enumerate(words) if shared.intersection(_digit_runs(word))]
    lead = next(
        (n for n, word in enumerate(words) if word in leads and told_at and told_at[0] < n),
        None,
    )
    if lead is None or told_at[-1] > lead:
        return False
    try:
        largest = max(Decimal(number) for number in shared)
        if any(Decimal(number) >= largest for number in more):
            return False
    except ArithmeticError:
        return False
    for number in more:
        at = [n for n, word in enumerate(words) if _writes(word, number)]
        if not at or at[0] < lead:
            return False
    return True


def _year_of_month(number: str, before: Sequence[str]) -> bool:
    """Whether ``number`` is a year (Gregorian or Hijri) right after a month's name, the last
    folded words ``before`` it ("يوليو 2015", "كانون الثاني 2016", "رمضان 1436"): it dates the
    month, and counts nothing."""
    if not number.isdigit() or (int(number) not in _YEARS and int(number) not in _HIJRI_YEARS):
        return False
    return bool(before) and (before[-1] in _month_names() or " ".join(before) in _month_names())


@cache
def _month_names() -> frozenset[str]:
    """The folded names of the months, Gregorian and Hijri, of every language (one or two
    words each: "يوليو", "كانون الثاني", "ذي القعده")."""
    return frozenset(mapping("months")) | union("hijri_months")


#: A count tells an event apart only from this value up: "3 جنود" or "10 أشخاص" are counted
#: in many reports of one day, "27 شخصا" seldom twice. Years (``_YEARS``) date rather than
#: count, and many statements of a month share one.
TELLING_COUNT = 11
_YEARS = range(1900, 2101)


def telling_counts(numbers: Collection[str]) -> tuple[str, ...]:
    """The numbers of a match key (as ``match_key`` writes them) that count rather than date
    or number a few: whole numbers from ``TELLING_COUNT`` up, years left out.

    >>> telling_counts(["3", "27", "2015", "1.5"])
    ('27',)
    """
    out = []
    for number in sorted(numbers):
        if number.isdigit() and int(number) >= TELLING_COUNT and int(number) not in _YEARS:
            out.append(number)
    return tuple(out)


def counted(text: str, number: str) -> tuple[str, ...]:
    """The content words just after each place ``text`` writes ``number`` in digits: what it
    counts ("قتل 27 شخصا على الأقل" → "شخصا", "الاقل"). Empty when it is not written in
    digits (a number spelled out names what it counts in no fixed place)."""
    words = words_of(_fold_scaled(text))
    out: list[str] = []
    for n, word in enumerate(words):
        if _writes(word, number):
            after = words[n + 1 : n + 1 + NEIGHBOURS]
            out += [w for w in content_words(after) if not any(c.isdigit() for c in w)]
    return tuple(out)


#: Words read on each side of a count for what is said of it (``frame``).
FRAME = 3


def frame(text: str, number: str) -> tuple[str, ...]:
    """The content words within ``FRAME`` words of each place ``text`` writes ``number`` in
    digits, but for numbers: what the text says of the count ("ارتفع عدد القتلى إلى 100
    شخص" → "ارتفع", "قتلي", "شخص")."""
    words = words_of(_fold_scaled(text))
    out: list[str] = []
    for n, word in enumerate(words):
        if _writes(word, number):
            near = words[max(0, n - FRAME) : n] + words[n + 1 : n + 1 + FRAME]
            out += [w for w in content_words(near) if not any(c.isdigit() for c in w)]
    return tuple(out)


#: Hijri years of the modern era (1436 هـ): they date, as the Gregorian ``_YEARS`` do.
_HIJRI_YEARS = range(1300, 1501)


def figures(numbers: Collection[str]) -> tuple[str, ...]:
    """The numbers of a match key that are figures a report gives, not a date nor a few:
    whole numbers from ``TELLING_COUNT`` up but for years (Gregorian or Hijri), and numbers
    with a fraction ("18.5", "0.46").

    >>> figures(["3", "27", "2015", "1436", "18.5"])
    ('18.5', '27')
    """
    out = []
    for number in sorted(numbers):
        if not number.isdigit():
            out.append(number)
        elif int(number) >= TELLING_COUNT and int(number) not in _YEARS:
            if int(number) not in _HIJRI_YEARS:
                out.append(number)
    return tuple(out)


def figures_in_order(text: str) -> tuple[str, ...]:
    """The figures (``figures``) a text writes in digits, in the order it first gives each:
    what a desk translating or rewording a wire's dispatch keeps of it, however it words the
    rest.

    >>> figures_in_order("صعد 2.4 بالمئة إلى 713.20 في 2015 بعد 5 أيام ثم زاد 0.6 إلى 713.20")
    ('2.4', '713.20', '0.6')
    """
    numbers = written_numbers(_fold_scaled(text))
    kept = set(figures(numbers))
    return tuple(dict.fromkeys(number for number in numbers if number in kept))


@lru_cache(maxsize=1 << 14)
def neighbours(text: str, number: str) -> tuple[str, ...]:
    """The folded words right before and right after each place ``text`` writes ``number``
    in digits (a fraction too: "7.2"); kept for the last pairs asked, as a statement is judged
    with each of its candidates."""
    folded = _fold_scaled(text)
    out: list[str] = []
    for found in _in_digits(number).finditer(folded):
        out += words_of(folded[: found.start()])[-1:] + words_of(folded[found.end() :])[:1]
    return tuple(out)


def words_after(text: str, number: str) -> tuple[str, ...]:
    """The ``NEIGHBOURS`` folded words after each place ``text`` writes ``number`` in digits,
    a fraction too ("12.6 مليون دولار" → "مليون", "دولار"), where ``counted`` reads whole
    numbers only."""
    folded = _fold_scaled(text)
    out: list[str] = []
    for found in _in_digits(number).finditer(folded):
        out += words_of(folded[found.end() :])[:NEIGHBOURS]
    return tuple(out)


def after_word(text: str, number: str, words: Collection[str]) -> bool:
    """True when ``text`` writes ``number`` in digits right after one of ``words`` (folded):
    "اللواء 15 مشاة" after a unit's noun."""
    folded = _fold_scaled(text)
    for found in _in_digits(number).finditer(folded):
        before = words_of(folded[: found.start()])[-1:]
        if before and before[0] in words:
            return True
    return False


#: The percent sign, as printed (normalising drops it, folding keeps it).
_PERCENT_SIGNS = ("%", "٪")


@lru_cache(maxsize=1 << 14)
def percentage(text: str, number: str) -> bool:
    """True when ``text`` writes ``number`` in digits as a share: "57%", "57 في المئة", "57
    per cent" (a share of anything, where a count names what it counts).

    >>> percentage("نال المرشح 57 في المئة", "57"), percentage("قتل 57 شخصا", "57")
    (True, False)
    """
    folded = _fold_scaled(text)
    for found in _in_digits(number).finditer(folded):
        rest = folded[found.end() :].lstrip()
        if rest.startswith(_PERCENT_SIGNS):
            return True
        after = tuple(words_of(rest)[:2])
        if any(after[: len(words)] == words for words in PERCENT_WORDS):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def beside(text: str, number: str) -> tuple[str, ...]:
    """The content words among a number's ``neighbours``, but for numbers: what the text
    tells of that figure ("قتل 34 شخصا" → "قتل", "شخصا")."""
    near = content_words(list(neighbours(text, number)))
    return tuple(w for w in near if not any(c.isdigit() for c in w))


@lru_cache(maxsize=1 << 14)
def joined_to_number(text: str, number: str) -> bool:
    """True when ``text`` writes ``number`` joined to another number by a slash, a colon or a
    dash: a part of a date, a time, a range or a score ("26/9/1436", "7:39", "2-2"), not a
    figure of its own."""
    folded = _fold_scaled(text)
    if "/" not in folded and ":" not in folded and "-" not in folded:
        return False  # (no mark to join two numbers: no pattern made for the number)
    return _joined(number).search(folded) is not None


#: Numbers whose patterns below are kept compiled: re's own cache of 512 patterns turns over
#: on a corpus's many numbers (three patterns each), and compiling is most of a search.
_PATTERNS = 1 << 13


def _fraction_either(number: str) -> str:
    """A pattern of ``number`` whose fraction follows a full stop or a comma (``_digit_runs``)."""
    return re.escape(number).replace(r"\.", "[.,]")


@lru_cache(maxsize=_PATTERNS)
def _in_digits(number: str) -> re.Pattern[str]:
    """``number`` written in digits, not inside a longer number ("7" in neither "17" nor "7.2")."""
    return re.compile(rf"(?<![\d.,]){_fraction_either(number)}(?![\d]|[.,]\d)")


@lru_cache(maxsize=_PATTERNS)
def _joined(number: str) -> re.Pattern[str]:
    """``number`` joined to another number by a slash, a colon or a dash (joined_to_number)."""
    n = _fraction_either(number)
    return re.compile(rf"\d\s*[/:\-]\s*{n}(?![\d])|(?<![\d.,]){n}\s*[/:\-]\s*\d")


#: Folded nouns of an event held again and again, each time with its number ("الدورة 35",
#: "النسخة الـ 12", "كأس الاتحاد الـ 23"): the number names which time it is, and counts
#: nothing (``event_numbers``).
EDITION_NOUNS = frozenset(
    words_of(
        fold(
            "دورة الدورة دورته دورتها نسخة النسخة نسخته نسختها كأس بطولة البطولة"
            " قمة القمة مؤتمر المؤتمر مهرجان المهرجان منتدى المنتدى ملتقى الملتقى"
            " معرض المعرض ذكرى الذكرى"
        )
    )
)
#: The article written apart before a number ("الـ 23", folded "ال"): an ordinal's mark.
_ORDINAL_MARK = "ال"
#: Words an edition noun may stand before its number ("كأس الاتحاد الـ 23": two).
EDITION_WITHIN = 2
#: Openings of a word with the article ("للبطولة", "والقرار"): a number's counted noun is
#: indefinite ("23 فريقا"), so a word with the article after the number counts nothing.
_DEFINITE = ("ال", "لل", "وال", "بال", "فال", "كال")


def event_numbers(words: Sequence[str]) -> frozenset[str]:
    """The numbers in digits a statement's folded words (``text.words_of``) give only as the
    name of one time of an event held again and again, not as a count: after an edition
    noun (``EDITION_NOUNS``: "الدورة 35"), or after the article written apart that an
    edition noun stands within ``EDITION_WITHIN`` words before ("كأس الاتحاد الـ 23"), or
    after a nisba standing for the event (an indefinite word ending in "ي" after an
    edition noun or after its base with the article: "كأس العرب (عربي 12)"), and before
    no bare noun it would count ("الدورة 30 عضوا" counts members). Without the
    article's mark the number must be no less than ``TELLING_COUNT`` (a count of ten or
    less comes before a plural, which folds as if it had the article: "4 ألعاب", "4
    العاب") and not the first of two ("عامي 2014 و2015": a dual names two years). A
    number that counts elsewhere in the statement is kept.

    >>> sorted(event_numbers(["افتتحت", "الدوره", "35", "للمهرجان"]))
    ['35']
    >>> sorted(event_numbers(["كاس", "الاتحاد", "ال", "23", "التي"]))
    ['23']
    >>> sorted(event_numbers(["ضمت", "الدوره", "30", "عضوا"]))
    []
    """
    named: set[str] = set()
    counts: set[str] = set()
    for n, word in enumerate(words):
        if not word.isdecimal():
            continue
        if _names_event(words, n) and not _counts_noun(words, n):
            named.add(word)
        else:
            counts.add(word)
    return frozenset(named - counts)


def _names_event(words: Sequence[str], n: int) -> bool:
    """Whether the number at ``n`` follows an edition noun, the article written apart after
    one, or a nisba naming the event (``event_numbers``)."""
    before = words[n - 1] if n else ""
    if before == _ORDINAL_MARK:
        return not EDITION_NOUNS.isdisjoint(words[max(0, n - 1 - EDITION_WITHIN) : n - 1])
    if int(words[n]) < TELLING_COUNT or _second_number(words, n):
        return False
    return before in EDITION_NOUNS or _nisba_of_event(words, n - 1)


def _second_number(words: Sequence[str], n: int) -> bool:
    """Whether "و" and a second number follow the number at ``n`` ("عامي 2014 و2015": a
    dual names two, an event one)."""
    after = words[n + 1] if n + 1 < len(words) else ""
    return after.startswith(_AND) and after[1:2].isdigit()


#: The ending of a nisba ("خليجي", "عربي"), and the least length of one read so.
_NISBA_END = "ي"
_NISBA_LEAST = 4


def _nisba_of_event(words: Sequence[str], n: int) -> bool:
    """Whether the word at ``n`` is a nisba standing for an event held again and again: an
    indefinite word ending in "ي" right after an edition noun ("بطولة عربي 12"), or right
    after its base with the article ("كأس العرب (عربي 12)"). Not a dual before two years
    ("عامي 2014 و2015"), which the word before it does not name."""
    if n < 0:
        return False
    word = words[n]
    if len(word) < _NISBA_LEAST or not word.endswith(_NISBA_END) or word.startswith(_ARTICLE):
        return False
    return bool(n) and (
        words[n - 1] in EDITION_NOUNS or words[n - 1] == _ARTICLE + word[: -len(_NISBA_END)]
    )


def _counts_noun(words: Sequence[str], n: int) -> bool:
    """Whether a bare noun the number at ``n`` would count follows it ("30 عضوا")."""
    if n + 1 >= len(words):
        return False
    after = words[n + 1]
    if after.startswith(_DEFINITE) or any(c.isdigit() for c in after):
        return False
    return bool(content_words([after]))
