"""Text reuse: statements that outlets print nearly word for word are copies (pure).

Two statements are copies when most word 4-grams of the shorter are in the longer (after
normalisation), when the shorter (five words or more) is found nearly letter for letter in the
longer (a spelling variant such as أمريكية/اميركية breaks 4-grams, not letters), when the
two share an unbroken run of ten words or more covering four in ten of the shorter's (a desk
rewrote the opening or the close of a wire's sentence), or six words in a row where their
articles also print one long sentence alike (a desk rewrote one sentence of a dispatch whose
other sentences it kept), or, for
statements too short for either, when their words are the same. Texts are compared without
the percent sign, whether printed ("0.7%") or written out ("0.7 في المئة", "0.7 per cent"):
a desk restyling a wire's figures still prints the wire's text. A copy
never adds an origin: an outlet printing another's text is that text's relay, whether or not it
names where the text came from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from ..lang import mapping
from ..text import normalize

#: Words per shingle, and the share of the shorter statement's shingles the other must hold.
SHINGLE = 4
COPY_SHARE = 0.6
#: rapidfuzz partial ratio of the shorter statement inside the longer that marks a copy.
COPY_RATIO = 90
COPY_MIN_WORDS = 5
#: Share of shared 4-grams from which the letters are compared too, and the longest shorter
#: text compared letter by letter (the comparison grows with the product of the lengths).
LETTERS_FROM = 0.2
LETTERS_MAX_WORDS = 40
#: Statements in one claim compared pairwise at most; beyond, only the first are compared.
MAX_COMPARED = 60
#: Words of one unbroken run two statements share, and the share of the shorter's words it
#: must cover, that mark a copy whose other words a desk rewrote: a wire's lead given a new
#: opening or a new close still prints ten of the wire's words in a row, which two reporters
#: writing on their own do not.
RUN_WORDS = 10
RUN_SHARE = 0.4
#: Words of one unbroken run that mark a copy between articles that also print one long
#: sentence alike (``copy_groups``'s ``kin``): a desk that kept a dispatch's other sentences
#: and reworded this one still leaves six of its words in a row.
KIN_RUN_WORDS = 6
#: Words of one unbroken run two articles print alike, anywhere in them, that show a desk
#: worked from the other's dispatch where it kept no whole sentence of it: a translation's
#: clause kept word for word amid reworded ones. Longer than any name or title two reporters
#: writing on their own both print (a minister's name and office, a body's full name).
ARTICLE_RUN_WORDS = 12
#: Figures two statements of two articles must give alike and in the same order, and no
#: other, to be copies whatever their words (``copy_groups``'s ``figured``).
FIGURES_ALIKE = 3


#: A statement's shingles: tuples of words.
Shingles = frozenset[tuple[str, ...]]


#: The percent sign written out, as normalised words; normalising drops the sign itself.
PERCENT_WORDS = (
    ("في", "الميه"),
    ("في", "المايه"),
    ("بالميه",),
    ("بالمايه",),
    ("per", "cent"),
    ("percent",),
)

#: The last word of each: a text holding none of them has nothing to drop.
_PERCENT_ENDS = frozenset(words[-1] for words in PERCENT_WORDS)


def plain_words(text: str) -> list[str]:
    """The words of a normalised text without the percent sign written out (PERCENT_WORDS),
    and with a month named as one word however it is written: a wire that names it twice
    ("أغسطس آب", "أغسطس/آب") and a desk that keeps one name print one text.

    >>> plain_words("ارتفع المؤشر 1.5 في المئة") == plain_words("ارتفع المؤشر 1.5%")
    True
    >>> plain_words("في الثالث من أغسطس آب") == plain_words("في الثالث من أغسطس")
    True
    """
    words = normalize(text).split()
    if _PERCENT_ENDS.isdisjoint(words) and _MONTH_WORDS.isdisjoint(words):
        return words  # most texts: no word to drop, nothing to walk
    out: list[str] = []
    i = 0
    firsts = _FIRST_WORDS
    while i < len(words):
        if words[i] not in firsts:
            # No percent sign or month name starts here: the word is kept as it is.
            out.append(words[i])
            i += 1
            continue
        for percent in PERCENT_WORDS:
            if tuple(words[i : i + len(percent)]) == percent:
                i += len(percent)
                break
        else:
            two = " ".join(words[i : i + 2])
            month = _MONTHS.get(two) or _MONTHS.get(words[i])
            step = 2 if two in _MONTHS else 1
            if month is None:
                out.append(words[i])
            elif not out or out[-1] != month:
                out.append(month)  # (a second name of the month just named is dropped)
            i += step
    return out


#: Month names of every language, normalised, → one word per month ("#8" for August):
#: "أغسطس", "آب", "August" and the two-word Levantine names alike.
_MONTHS = {normalize(name): f"#{number}" for name, number in mapping("months").items()}
#: Their words, to tell at once whether a text names a month at all.
_MONTH_WORDS = frozenset(word for name in _MONTHS for word in name.split())
#: The first words of PERCENT_WORDS and of the month names: where plain_words may drop or
#: merge a word (a month name of two words starts with the first).
_FIRST_WORDS = frozenset(words[0] for words in PERCENT_WORDS) | frozenset(
    name.split(" ")[0] for name in _MONTHS
)


def shingles(text: str) -> Shingles:
    """Word 4-grams of a normalised text (the whole text when it is shorter), read without
    the percent sign written out (``plain_words``)."""
    return _shingles(plain_words(text))


def _shingles(words: list[str]) -> Shingles:
    if len(words) <= SHINGLE:
        return frozenset({tuple(words)})
    return frozenset(zip(*(words[i:] for i in range(SHINGLE)), strict=False))


def is_copy(a: Shingles, b: Shingles) -> bool:
    """True when the shingles of two statements show one is a near-verbatim copy."""
    return overlap(a, b) >= COPY_SHARE


def overlap(a: Shingles, b: Shingles) -> float:
    """The share of the smaller shingle set found in the other."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def copy_groups(
    texts: Sequence[str],
    articles: Sequence[str],
    kin: Callable[[str, str], bool] | None = None,
    figured: Sequence[tuple[str, ...]] | None = None,
) -> list[int]:
    """For statements of one claim, the index of the copy group each belongs to.

    Statements of one article are not copies of each other (an article repeating itself is
    not a relay); groups are numbered by their first member. ``kin`` tells two articles that
    print a long sentence alike: their statements sharing ``KIN_RUN_WORDS`` words in a row
    are copies too. ``figured`` gives each statement's figures in order
    (``numbers.figures_in_order``): two of two articles giving the same ``FIGURES_ALIKE``
    figures or more, in the same order and no other, are copies too, however they are worded
    (a desk's translation of a wire's market report keeps "صعد النحاس 2.4 بالمئة مسجلا 713.20"
    and every figure after it, where the wire's own Arabic service wrote "ارتفع النحاس 2.4 في
    المئة إلى 713.20"; two reporters telling a player's record each in their own order do not).
    """
    parent = list(range(len(texts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    compared = [_compared(t) for t in texts[:MAX_COMPARED]]
    plain = [p for p, _ in compared]
    grams = [g for _, g in compared]
    for i in range(len(grams)):
        for j in range(i + 1, len(grams)):
            if articles[i] == articles[j] or find(i) == find(j):
                continue  # one article repeating itself, or two already in one group
            if _copied(plain[i], grams[i], plain[j], grams[j]):
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    for i, j in _joined_copies(grams, articles[: len(grams)], find):
        a, b = find(i), find(j)
        parent[max(a, b)] = min(a, b)
    if kin is not None:
        for i, j in _reworded(plain, grams, articles, find, kin):
            a, b = find(i), find(j)
            parent[max(a, b)] = min(a, b)
    first_with: dict[tuple[str, ...], int] = {}
    for i, found in enumerate((figured or ())[: len(grams)]):
        if len(found) < FIGURES_ALIKE:
            continue
        j = first_with.setdefault(found, i)
        if articles[i] != articles[j]:
            a, b = find(i), find(j)
            parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(len(texts))]


def _reworded(
    plain: Sequence[str],
    grams: Sequence[Shingles],
    articles: Sequence[str],
    find: Callable[[int], int],
    kin: Callable[[str, str], bool],
) -> list[tuple[int, int]]:
    """Pairs of statements, of two articles that print a long sentence alike, sharing
    ``KIN_RUN_WORDS`` words in a row: one sentence of one dispatch a desk reworded. Neither may
    have its copy in the other's article already (the sentence a desk kept is that copy; a
    statement beside it that repeats some of its words is no second one)."""
    held: dict[int, set[str]] = {}
    for k in range(len(grams)):
        held.setdefault(find(k), set()).add(articles[k])
    pairs = []
    for i in range(len(grams)):
        for j in range(i + 1, len(grams)):
            if articles[i] == articles[j] or find(i) == find(j):
                continue
            if articles[j] in held[find(i)] or articles[i] in held[find(j)]:
                continue
            if (
                overlap(grams[i], grams[j])
                and longest_run(plain[i], plain[j]) >= KIN_RUN_WORDS
                and kin(articles[i], articles[j])
            ):
                pairs.append((i, j))
    return pairs


#: Words a statement needs before it is compared with several statements of another article
#: at once (``_joined_copies``).
JOINED_MIN_WORDS = 2 * SHINGLE


def _joined_copies(
    grams: Sequence[Shingles], articles: Sequence[str], find: Callable[[int], int]
) -> list[tuple[int, int]]:
    """Pairs (statement, statement of another article it copies in part) for a statement that
    copies several statements of another article joined into one: "قال المجلس إن الأسرى نقلوا
    إلى مراكز احتجاز" and "وأضاف أنهم يعاملون معاملة حسنة" printed by another outlet as one
    sentence its unnamed sources said. No statement of that article holds most of it, but
    together they do; it joins the one that holds the most."""
    pairs = []
    # Each article's statements and their shingles together, gathered once for every i.
    statements_of: dict[str, list[int]] = {}
    for j, article in enumerate(articles):
        statements_of.setdefault(article, []).append(j)
    joined: dict[str, Shingles] = {}
    for i, mine in enumerate(grams):
        if len(mine) < JOINED_MIN_WORDS - SHINGLE + 1:
            continue
        for other in sorted(set(statements_of) - {articles[i]}):
            theirs = statements_of[other]
            if any(find(j) == find(i) for j in theirs):
                continue
            together = joined.get(other)
            if together is None:
                together = joined[other] = frozenset().union(*(grams[j] for j in theirs))
            if overlap(mine, together) < COPY_SHARE or len(mine) > len(together):
                continue
            pairs.append((i, max(theirs, key=lambda j: (len(mine & grams[j]), -j))))
    return pairs


def copied(a: str, b: str) -> bool:
    """True when one of two texts is a copy of the other, by the tests ``copy_groups`` asks of
    two statements: most 4-grams of the shorter in the longer, its letters nearly all there,
    or a long unbroken run of its words.

    >>> copied("قال المصدر إن محكمة الجنايات قضت أمس بسجن الوزير السابق خمس سنوات في قضية رشوة",
    ...        "محكمة الجنايات قضت أمس بسجن الوزير السابق خمس سنوات في قضية رشوة وفق ما نشر")
    True
    """
    plain_a, grams_a = _compared(a)
    plain_b, grams_b = _compared(b)
    return _copied(plain_a, grams_a, plain_b, grams_b)


def _copied(plain_a: str, grams_a: Shingles, plain_b: str, grams_b: Shingles) -> bool:
    """``copied`` of two texts' plain words and shingles, computed already."""
    shared = overlap(grams_a, grams_b)
    # Letters are compared only when some 4-grams already coincide.
    return (
        shared >= COPY_SHARE
        or (shared >= LETTERS_FROM and _nearly(plain_a, plain_b))
        or (bool(shared) and _long_run(plain_a, plain_b))
    )


@lru_cache(maxsize=1 << 14)
def _compared(text: str) -> tuple[str, Shingles]:
    """A statement's plain words as one string, and its shingles (kept for the last texts
    asked: the store judges a claim again each time an article joins it)."""
    plain = " ".join(plain_words(text))
    return plain, _shingles(plain.split())


@lru_cache(maxsize=1 << 16)
def _long_run(a: str, b: str) -> bool:
    """True when the two texts share an unbroken run of RUN_WORDS words or more, covering
    RUN_SHARE of the shorter's words: one text with its opening or its close rewritten.

    >>> _long_run("قال المصدر إن محكمة الجنايات قضت أمس بسجن الوزير السابق خمس سنوات في قضية رشوة",
    ...           "محكمة الجنايات قضت أمس بسجن الوزير السابق خمس سنوات في قضية رشوة وفق ما نشر")
    True
    """
    short = min(a.split(), b.split(), key=len)
    if len(short) < RUN_WORDS:
        return False
    words = longest_run(a, b)
    return words >= RUN_WORDS and words >= RUN_SHARE * len(short)


def printed_alike(a: str, b: str) -> bool:
    """True when two articles' plain texts (``plain_words`` joined) share an unbroken run of
    ``ARTICLE_RUN_WORDS`` words: one desk worked from the other's dispatch, or both from one.

    >>> printed_alike("وقال إن اللجنة قررت تأجيل الموسم إلى ما بعد شهر رمضان المبارك بسبب الحر",
    ...               "وذكر أن اللجنة قررت تأجيل الموسم إلى ما بعد شهر رمضان المبارك بسبب الحر")
    True
    """
    return longest_run(a, b) >= ARTICLE_RUN_WORDS


@lru_cache(maxsize=1 << 16)
def longest_run(a: str, b: str) -> int:
    """The most words in a row (``SHINGLE`` or more, else 0) two plain texts share.

    >>> longest_run("شنت الشرطة حملة على مخازن الوقود بالميناء", "حملة على مخازن الوقود بالميناء")
    5
    """
    short, long = sorted((a.split(), b.split()), key=len)
    theirs = _shingles(long)
    best = run = 0
    for i in range(len(short) - SHINGLE + 1):
        run = run + 1 if tuple(short[i : i + SHINGLE]) in theirs else 0
        best = max(best, run)
    return best + SHINGLE - 1 if best else 0


@lru_cache(maxsize=1 << 16)
def _nearly(a: str, b: str) -> bool:
    """True when the shorter text appears nearly letter for letter in the longer.

    Kept for the last pairs asked: the store judges a claim again each time an article joins
    it, comparing the same pairs of its statements again.
    """
    short = a if len(a) <= len(b) else b
    if not COPY_MIN_WORDS <= len(short.split()) <= LETTERS_MAX_WORDS:
        return False  # too short to tell, or long enough for the 4-grams to tell
    return fuzz.partial_ratio(a, b) >= COPY_RATIO
