"""Anchors of a statement: the places, names and numbers that must agree for a link (pure).

Places are countries and their capitals and adjectives from the shipped country list, so
"دمشق", "السوري" and "Damascus" are all SY. Names are consonant skeletons (``names.skeleton``)
of capitalised Latin words and of longer Arabic words, so غسان and Ghassan meet across scripts.
Numbers come from the match key (digits of any script, and number words).

Two statements whose places are disjoint, or whose numbers differ, say different things: that
is evidence against a link. Shared anchors are what lets two statements in different words, or
different languages, be compared at all.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang import union
from ..names import skeleton
from ..text import normalize

_LATIN_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b")
_ARABIC_WORD = re.compile("[\u0621-\u064a]{4,}")
#: Leading clitics of a place name ("بدمشق", "والرياض"), longest first (``Words.place_clitics``).
_CLITICS = sorted(union("place_clitics"), key=lambda c: (-len(c), c))
_CLITIC = re.compile("^(?:" + "|".join(_CLITICS) + ")")
#: Letters a clitic may start with: only a word starting with one is tried without it.
_CLITIC_LETTERS = "".join(sorted({c[0] for c in _CLITICS}))
#: Shortest skeleton worth keying on: shorter ones are shared by too many unrelated words.
MIN_SKELETON = 3


@dataclass(frozen=True, slots=True)
class Anchors:
    """What a statement is about: country codes and name skeletons."""

    places: frozenset[str]
    names: frozenset[str]
    #: A key ("p:SY", "n:hftr", "t:day:sunday") → the word it was read from, for explanations.
    surface: tuple[tuple[str, str], ...] = ()
    #: Bilingual terms ("day:sunday", "body:police"), ``terms`` read them.
    terms: frozenset[str] = frozenset()

    def keys(self) -> frozenset[str]:
        """Blocking keys: places, names and terms, in one namespace no word can collide with."""
        return frozenset(
            {f"p:{p}" for p in self.places}
            | {f"n:{n}" for n in self.names}
            | {f"t:{t}" for t in self.terms}
        )


@cache
def _countries() -> dict[str, str]:
    from ..sources import Registry

    return Registry.load().countries


def anchors(text: str, counts: Sequence[str] = ()) -> Anchors:
    """The anchors of one statement (see the module docstring); ``counts`` are the telling
    counts of its match key (``numbers.telling_counts``), each a name-like key of its own:
    "قيمة الصفقة 120 مليون دولار" and "the deal is worth $120 million" share no name or
    place, and a count of their own is what lets embeddings compare them."""
    surface = {f"p:{code}": phrase for code, phrase in _places(normalize(text).split())}
    surface.update({f"n:#{count}": count for count in counts})
    found = [(skeleton(w), w) for w in _LATIN_NAME.findall(text)]
    for word in _ARABIC_WORD.findall(normalize(text)):
        # A leading ب/ل/و may be a clitic or the name's own letter (بغداد): key both.
        found += [(skeleton(word), word), (skeleton(_CLITIC.sub("", word)), word)]
    for key, word in found:
        if len(key) >= MIN_SKELETON and " " not in key:
            surface.setdefault(f"n:{key}", word)
    for key, word in terms(text):
        surface.setdefault(f"t:{key}", word)
    return Anchors(
        frozenset(k[2:] for k in surface if k.startswith("p:")),
        frozenset(k[2:] for k in surface if k.startswith("n:")),
        tuple(sorted(surface.items())),
        frozenset(k[2:] for k in surface if k.startswith("t:")),
    )


@dataclass(frozen=True, slots=True)
class _Terms:
    """The bilingual term list (data/terms.toml) compiled for reading: Arabic phrases by
    their first word, English patterns (case-folded, as written, next to a number)."""

    arabic: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    dated: frozenset[str]
    english: tuple[re.Pattern[str], ...]
    surface: dict[str, str]


#: Term kinds of which one statement is about one: two naming different ones are apart.
EXCLUSIVE_KINDS = ("city", "day", "month")


@cache
def _term_list() -> _Terms:
    import tomllib

    from ..sources import _default_path

    with _default_path("terms.toml").open("rb") as handle:
        entries = tomllib.load(handle).get("term", [])
    arabic: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    dated: set[str] = set()
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    near_number: dict[str, str] = {}
    for entry in entries:
        key = f"{entry['kind']}:{entry['key']}"
        for name in [*entry.get("ar", []), *entry.get("ar_dated", [])]:
            words = tuple(normalize(name).split())
            arabic.setdefault(words[0], []).append((words, key))
        dated.update(normalize(name) for name in entry.get("ar_dated", []))
        folded.update({name.lower(): key for name in entry.get("en", [])})
        exact.update({name: key for name in entry.get("en_exact", [])})
        near_number.update({name: key for name in entry.get("en_dated", [])})

    def alternatives(names: dict[str, str]) -> str:
        longest = sorted(names, key=lambda n: (-len(n), n))
        return "|".join(re.escape(n).replace("\\ ", "\\s+") for n in longest) or "(?!)"

    english = (
        re.compile(rf"(?<![\w.])({alternatives(folded)})(?![\w])", re.IGNORECASE),
        re.compile(rf"(?<![\w.])({alternatives(exact)})(?![\w])"),
        re.compile(
            rf"(?<=\d )({alternatives(near_number)})\b|\b({alternatives(near_number)})(?= \d)"
        ),
    )
    surface = {**folded, **exact, **near_number}
    return _Terms(
        {first: tuple(sorted(found, key=lambda f: -len(f[0]))) for first, found in arabic.items()},
        frozenset(dated),
        english,
        {name.lower(): key for name, key in surface.items()},
    )


def terms(text: str) -> list[tuple[str, str]]:
    """(term key, phrase) for each body, city, weekday or month of data/terms.toml the text
    names: "قالت الوزارة إن المعبر سيعاد فتحه الأحد" and "the crossing will reopen on Sunday"
    share "day:sunday". Arabic names are read as whole normalised words, the first possibly
    behind a clitic ("والشرطة", "للحكومة"); a name that is a common word too ("مارس") only next
    to a number."""
    found = _term_list()
    out: list[tuple[str, str]] = []
    for pattern in found.english:
        for match in pattern.finditer(text):
            phrase = match.group(match.lastindex or 0)
            out.append((found.surface[" ".join(phrase.lower().split())], phrase))
    words = normalize(text).split()
    for at, word in enumerate(words):
        term: tuple[str, str] | None = next(
            (
                (key, " ".join(words[at : at + len(phrase)]))
                for first in _bare_forms(word)
                for phrase, key in found.arabic.get(first, ())
                if tuple(words[at + 1 : at + len(phrase)]) == phrase[1:]
                and (" ".join(phrase) not in found.dated or _by_number(words, at, len(phrase)))
            ),
            None,
        )
        if term is not None:
            out.append(term)
    return out


def _bare_forms(word: str) -> tuple[str, ...]:
    """The word, and the word behind each leading clitic it may carry, its article restored
    when the clitic took it ("للحكومة", "وللحكومة" → "الحكومة")."""
    forms = {word}
    if len(word) > 3 and word[0] in _CLITIC_LETTERS:
        for clitic in _CLITICS:
            if word.startswith(clitic) and len(word) > len(clitic) + 1:
                bare = word[len(clitic) :]
                forms.update((bare, "ال" + bare))
                if bare.startswith("ل") and not bare.startswith("ال"):
                    forms.add("ال" + bare[1:])
    return tuple(sorted(forms, key=lambda f: (f != word, f)))


def _by_number(words: list[str], at: int, size: int) -> bool:
    """Whether the phrase of ``size`` words at ``at`` has a number just before or after."""
    near = words[max(at - 1, 0) : at] + words[at + size : at + size + 1]
    return any(any(ch.isdigit() for ch in w) for w in near)


def terms_apart(a: Anchors, b: Anchors) -> bool:
    """True when two statements each name a city, a weekday or a month (``EXCLUSIVE_KINDS``)
    and none of that kind in common: "يعاد فتح المعبر الأحد" is not "the crossing reopens on
    Tuesday". Bodies are not exclusive: one statement may name two."""
    if not (a.terms and b.terms):
        return False
    for kind in EXCLUSIVE_KINDS:
        mine = {t for t in a.terms if t.startswith(kind + ":")}
        theirs = {t for t in b.terms if t.startswith(kind + ":")}
        if mine and theirs and mine.isdisjoint(theirs):
            return True
    return False


def only_terms(keys: Collection[str]) -> bool:
    """Whether shared anchor ``keys`` are all bilingual terms (bodies, days, …): common
    words of a story, weaker evidence than a name or a count."""
    return bool(keys) and all(key.startswith("t:") for key in keys)


#: The first letter of a speaker's key among the names: no skeleton starts with it.
SPEAKER = "@"


def with_speaker(found: Anchors, speaker: str | None) -> Anchors:
    """``found`` with the skeleton of the name of the person who said the statement, as a
    name of its own (or, for a voice known by its body, the bodies of the term list its name
    names: ``terms``): "الحكومة تدرس عدة خيارات" quoted from "ماجد الزعبي" and "the government
    was studying several options" quoted from "Majed al-Zoubi" name nothing alike, but one
    man said both, which is what lets embeddings compare them. None or a name whose skeleton
    has fewer than two words adds nothing."""
    bodies = _bodies(speaker) if speaker else ()
    if bodies:
        # A voice known by its body ("مصدر في وزارة المالية"): the body, in either language.
        surface = dict(found.surface)
        for body, phrase in bodies:
            surface.setdefault(f"n:{SPEAKER}t:{body}", phrase)
        names = found.names | {f"{SPEAKER}t:{body}" for body, _ in bodies}
        return Anchors(found.places, names, tuple(sorted(surface.items())), found.terms)
    key = skeleton(speaker) if speaker else ""
    if len(key.split()) < 2:
        return found
    surface = dict(found.surface)
    surface.setdefault(f"n:{SPEAKER}{key}", speaker or "")
    return Anchors(
        found.places, found.names | {SPEAKER + key}, tuple(sorted(surface.items())), found.terms
    )


def _bodies(name: str) -> list[tuple[str, str]]:
    """(term key, phrase) of each body of the bilingual term list a voice's name names."""
    return [(key, phrase) for key, phrase in terms(name) if key.startswith("body:")]


@lru_cache(maxsize=4096)
def names_body(name: str) -> bool:
    """Whether a voice's name names a body of the bilingual term list ("a source at the
    Finance Ministry", "مسؤول في وزارة الصحة")."""
    return bool(_bodies(name))


def places(text: str) -> Anchors:
    """Only the places of a statement: all the guard needs, and cheaper than ``anchors``."""
    found = {code for code, _ in _places(normalize(text).split())}
    return Anchors(frozenset(found), frozenset())


@cache
def _first_words() -> dict[int, frozenset[str]]:
    """The first words of the country names of two and of three words."""
    out: dict[int, set[str]] = {2: set(), 3: set()}
    for name in _countries():
        parts = name.split(" ")
        if len(parts) in out:
            out[len(parts)].add(parts[0])
    return {size: frozenset(firsts) for size, firsts in out.items()}


#: The country each word names on its own or behind a clitic ("" for none), cached per word.
_WORD_PLACE: dict[str, str] = {}


def _places(words: list[str]) -> list[tuple[str, str]]:
    """(country code, phrase) for each country named: three-, two- and one-word names."""
    countries, firsts = _countries(), _first_words()
    out = []
    for size in (3, 2):
        starts = firsts[size]
        for start in range(len(words) - size + 1):
            if words[start] not in starts:
                continue
            phrase = " ".join(words[start : start + size])
            if phrase in countries:
                out.append((countries[phrase], phrase))
    known = _WORD_PLACE
    for word in words:
        code = known.get(word)
        if code is None:
            code = countries.get(word)
            if code is None and len(word) > 3 and word[0] in _CLITIC_LETTERS:
                code = _after_clitic(word, countries)
            if len(known) > 200_000:
                known.clear()
            code = known[word] = code or ""
        if code:
            out.append((code, word))
    return out


def _after_clitic(word: str, countries: dict[str, str]) -> str | None:
    """The country a word names behind a leading clitic: "والرياض", "للسودان" (the clitic took
    the name's article), "للبنان" (a shorter clitic leaves the name's own ل)."""
    for clitic in _CLITICS:
        if word.startswith(clitic):
            bare = word[len(clitic) :]
            code = countries.get(bare) or countries.get("ال" + bare)
            if code is not None:
                return code
    return None


def conflict(a: Anchors, b: Anchors) -> bool:
    """True when two statements are about different places: none in common, or each names a
    place the other does not (one put in the other's place: "سفير إسرائيلي في القاهرة" and
    "سفير أمريكي في القاهرة"). A place only one of them adds is detail, not a conflict."""
    return bool(a.places and b.places) and not (a.places <= b.places or b.places <= a.places)


#: Heads of a local place in construct with its name (``Words.place_heads``).
_PLACE_HEADS = union("place_heads")
#: Clitics a place head may carry ("بمحافظة", "ومدينة", "لمنطقة"), longest first.
_HEAD_CLITIC = re.compile("^(?:وب|ول|وف|و|ب|ل|ف)(?=..)")
#: The letters _HEAD_CLITIC may start with: a word opening otherwise is not looked at again.
_CLITIC_FIRSTS = frozenset("وبلف")


@lru_cache(maxsize=16_384)
def local_places(text: str) -> frozenset[str]:
    """The towns, provinces and districts a statement names after a place head ("في محافظة
    الهضبة", "مدينة الساحل عاصمة محافظة الوادي", "ببلدة النخيل"): the word after the head, without
    its article. A country list cannot tell two such places apart; their names can."""
    words = normalize(text).split()
    found = set()
    for at, word in enumerate(words[:-1]):
        if word in _PLACE_HEADS or (
            word[0] in _CLITIC_FIRSTS and _HEAD_CLITIC.sub("", word) in _PLACE_HEADS
        ):
            # In construct the name carries no clitic ("محافظة لبدة"), only its article.
            name = words[at + 1].removeprefix("ال")
            if len(name) > 2 and name not in _PLACE_HEADS:
                found.add(name)
    return frozenset(found)


def places_apart(a: str, b: str) -> bool:
    """True when two statements each name local places (``local_places``) and none in common:
    fighters captured "في محافظة الهضبة" are not a town taken "في مدينة الساحل بمحافظة الوادي".
    A town and the province it lies in are in common (``one_place``)."""
    mine = local_places(a)
    if not mine:
        return False
    theirs = local_places(b)
    if not theirs or not mine.isdisjoint(theirs):
        return False
    return not any(one_place(x, y) for x in mine for y in theirs)


@dataclass(frozen=True, slots=True)
class _Within:
    """The place table (data/places.toml) as local_places keys: each spelling's key → the key
    of its place, and each place's key → the keys of every place it lies in."""

    place: dict[str, str]
    around: dict[str, frozenset[str]]


def _place_key(name: str) -> str:
    """A place name keyed as ``local_places`` reads it: its first word, without the article."""
    words = normalize(name).split()
    return words[0].removeprefix("ال") if words else ""


def read_places(entries: Sequence[dict[str, list[str]]]) -> _Within:
    """The place table of ``entries`` (``[[place]]`` records of data/places.toml: ``ar`` the
    place's spellings, ``holds`` the places in it, spellings of one joined by " / ")."""
    place: dict[str, str] = {}
    inside: dict[str, set[str]] = {}

    def key_of(spellings: Sequence[str]) -> str:
        keys = [k for k in map(_place_key, spellings) if k]
        found = next((place[k] for k in keys if k in place), keys[0] if keys else "")
        for k in keys:
            place.setdefault(k, found)
        return found

    for entry in entries:
        outer = key_of(entry.get("ar", []))
        for held in entry.get("holds", []):
            inner = key_of([s.strip() for s in held.split("/")])
            if outer and inner and inner != outer:
                inside.setdefault(inner, set()).add(outer)
    around: dict[str, frozenset[str]] = {}
    for start in inside:
        seen: set[str] = set()
        todo = list(inside[start])
        while todo:
            at = todo.pop()
            if at not in seen and at != start:
                seen.add(at)
                todo.extend(inside.get(at, ()))
        around[start] = frozenset(seen)
    return _Within(place, around)


@cache
def _within() -> _Within:
    import tomllib

    from ..sources import _default_path

    with _default_path("places.toml").open("rb") as handle:
        return read_places(tomllib.load(handle).get("place", []))


def one_place(a: str, b: str) -> bool:
    """Whether two local places (``local_places`` keys) are one place for a link: two
    spellings of one name, or a town and the province it lies in ("مدينة الساحل" and "محافظة
    الوادي" when the table puts the one in the other). Two towns of one province are two."""
    table = _within()
    one, other = table.place.get(a, a), table.place.get(b, b)
    if one == other:
        return True
    return other in table.around.get(one, ()) or one in table.around.get(other, ())


#: A decimal number whose separator a right-to-left mark follows ("02.<RLM>19"): the mark makes
#: the separator right-to-left, so the two parts show in swapped order ("19.02" on screen, as
#: the writer meant it).
_SWAPPED_NUMBER = re.compile("(\\d+)([.,])[\u200f\u061c](\\d+)")


def reading_order(text: str) -> str:
    """The text with numbers that a right-to-left mark shows swapped written as they show."""
    if "\u200f" not in text and "\u061c" not in text:
        return text
    return _SWAPPED_NUMBER.sub(r"\3\2\1", text)


def shared(a: Anchors, b: Anchors) -> tuple[str, ...]:
    """The words of the first statement for the anchors both share, in key order."""
    common = a.keys() & b.keys()
    return tuple(word for key, word in a.surface if key in common)
