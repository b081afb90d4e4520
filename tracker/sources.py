"""The source registry and the resolution of voices to canonical sources.

This is the only module that matches names with rapidfuzz. A voice is resolved, in order, to:
a registry entry (exact alias, then fuzzy), a voice named earlier in the article (anaphora:
الصحيفة → the newspaper last named; a surname → the full name), or a new source known only from
the text, whose independence group is read from its descriptor ("وزير الخارجية السوري" →
state:SY).
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from rapidfuzz import fuzz, process

from . import lang
from .errors import RegistryError
from .lang import header_field, union, until_hostile
from .lang.ar.lexicon import (
    GIVEN_NAMES,
    OFFICIAL_TITLES,
    PERSON_TITLES,
    POSSESSIVE_PRONOUNS,
    RANKS,
    ROLE_PERIPHRASES,
    SUFFERED_VERBS,
    UNNAMED_MEN,
    VERB_CUES,
)
from .lang.ar.proclitics import PROCLITICS, name_keys
from .lang.ar.voices import read_voice
from .models import (
    BODY_KINDS,
    UNKNOWN_VOICE,
    UNNAMED_KINDS,
    Article,
    Attribution,
    Mention,
    QuoteKind,
    RawAttribution,
    Source,
    SourceKind,
)
from .names import romanize, skeleton
from .text import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    Token,
    _fold,
    fold,
    last_lines,
    normal_words,
    normalize,
    tokenize,
)

#: Letters a word may carry around a noun and still be that noun ("وبالبيان" has four).
MAX_CLITIC_LETTERS = 4
#: Letters of the shortest word after a medium's name that may open another body's purpose
#: ("للطب" has four).
MIN_PURPOSE_LETTERS = 3
#: Fuzzy alias matches below this score (0-100, rapidfuzz ratio) are not taken.
FUZZY_THRESHOLD = 92
#: Names shorter than this (folded characters) are matched exactly only.
FUZZY_MIN_LENGTH = 6
#: Words before a body that address it rather than serve in it ("مندوب لدى الأمم المتحدة",
#: "الموفد إلى المنظمة"), normalised.
_ADDRESSED_TO = frozenset(normalize(w) for w in ("لدى", "إلى", "أمام", "مع"))
#: Generic nouns an international body is called by after its name ("المنظمة", "الوكالة"),
#: normalised, without the article.
_INTERNATIONAL_HEADS = frozenset(normalize(w) for w in ("منظمة", "وكالة", "هيئة", "مفوضية"))
#: Registry look-ups kept for reuse; all are forgotten when this many are kept.
MAX_KEPT_MATCHES = 65_536
#: What Registry.match reads for a look-up it has not kept.
_UNKNOWN_MATCH = object()

_HEADS = union("source_heads")
#: What a kept look-up answers (see _kept).
_Answer = TypeVar("_Answer")
_STATE_TITLES = union("state_titles")
#: State titles that stand before a man's name, after which a nisba is his family name
#: ("اللواء الكندي", "الأمير السويدي"; ``Registry.office_country_of``), folded.
_RANKS_AND_ROYALS = frozenset(
    normalize(w) for w in "اللواء العميد العقيد المشير العماد الملك ولي الأمير أمير".split()
)
#: Most words between an office and the nisba after it ("وزير الخارجية الكندي").
OFFICE_NISBA_REACH = 2
_NON_STATE_BODIES = union("non_state_bodies")
_INTERNATIONAL = union("international")
_INTERNATIONAL_PLACES = union("international_places")
#: Words after a title within which an international body's name closes ("رئيس اللجنة
#: الأولمبية الدولية"), and the fewest words of the name before "international".
MAX_INTERNATIONAL_AT = 4
MIN_INTERNATIONAL_AT = 2
_CIVIL_BODIES = union("civil_bodies") | _NON_STATE_BODIES
_NAMESAKE_HEADS = union("namesake_heads")
_PURPOSE_OPENERS = tuple(sorted(union("purpose_openers")))
_MEDIUM_WORDS_AFTER = union("medium_words_after")
_NON_STATE = union("non_state")
_STATE_FORMS = union("state_forms")
_STATE_COURTESIES = union("state_courtesies")
#: The head a paper's name takes ("صحيفة الأنباء"), to ask the registry about a bare name.
_PAPER = normalize("صحيفة")


@lru_cache(maxsize=131_072)
def _normal_word(word: str) -> str:
    """``normalize(word)``: a word that folds to letters and digits (most words; a token's
    folded form already does) is its own normalised form, found without normalize's kept
    sentences-and-names tables."""
    folded = _fold(word)
    return folded if folded.isalnum() else normalize(word)


def _purpose_after(words: Sequence[str], k: int) -> bool:
    """words[k], right after a medium's registry name, opens what a body of that name is for
    ("الوكالة الوطنية لإدارة السيول", "الوكالة الوطنية للنقل البحري"): the phrase names another
    body, not the medium. A word that still names the medium or tells when it spoke
    ("للأنباء", "للمرة") does not."""
    if k >= len(words) or words[k] in _MEDIUM_WORDS_AFTER:
        return False
    word = words[k]
    return len(word) > MIN_PURPOSE_LETTERS and word.startswith(_PURPOSE_OPENERS)


def _describes(words: Sequence[str], k: int) -> bool:
    """True when words[k], a one-word name shaped like a nisba adjective ("العربية",
    "الفرنسية", "الألمانية"), follows a definite noun it describes: "المملكة العربية",
    "الحكومة الفرنسية", "الخارجية الألمانية" name a state or its ministry, not the channel or
    the agency. After a head noun ("الوكالة الفرنسية") or alone ("ذكرت الفرنسية") it is the
    name."""
    word = words[k]
    if k == 0 or not (word.startswith("ال") and word.endswith("ه")):
        return False  # ("الحرة" too: "حزب الحياة الحرة", "المنطقة الحرة" are no channel)
    before = words[k - 1]
    return before not in _HEADS and before.startswith(("ال", "وال", "بال", "لل", "فال"))


def _default_path(name: str) -> Path:
    packaged = resources.files("tracker") / "_data" / name
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "data" / name


def _quoted_words(words: Sequence[str]) -> str:
    """The words inside the quotation marks that open ``words`` ("«ميل أون صنداي»" split into
    words), "" when they open no quotation or it does not close within them."""
    if not words or words[0][:1] not in OPENING_QUOTES:
        return ""
    inside: list[str] = []
    for word in words:
        inside.append(word)
        if word.rstrip("،,.:؛")[-1:] in CLOSING_QUOTES and (len(inside) > 1 or len(word) > 2):
            text = " ".join(inside).rstrip("،,.:؛")
            return text[1:-1].strip("".join(OPENING_QUOTES | CLOSING_QUOTES) + " ")
    return ""


def _words_to_mark(words: Sequence[str], most: int) -> list[str]:
    """The first ``most`` words at most, ending at the first that a mark closes."""
    taken: list[str] = []
    for word in words[:most]:
        bare = word.rstrip("،,.:؛")
        taken.append(bare)
        if bare != word:
            break
    return taken


#: Words of a paper's unquoted name after its head noun looked up: "صحيفة الأفق الجديدة".
MAX_OUTLET_WORDS = 2


def _folded_chunks(window: str, count: int) -> list[str] | None:
    """The fold of each white-space separated chunk of ``window``, from one fold of the whole
    (folding makes or takes no white space, and is read character by character, a final sigma
    ending at white space), so a word's ``normalize`` can only equal a folded word that is
    part of its chunk's fold; None when a chunk folds to nothing and the two no longer line
    up (``count`` chunks are expected)."""
    chunks = _fold(window).split()  # (not kept: each window is met once)
    return chunks if len(chunks) == count else None


@lru_cache(maxsize=4096)
def stable_id(prefix: str, name: str) -> str:
    """A short id that depends only on the normalised name (kept: a voice named again and
    again is not hashed again)."""
    digest = hashlib.sha1(normalize(name).encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{digest}"


@dataclass
class Registry:
    """Canonical sources and their aliases, with lookup by normalised name."""

    sources: dict[str, Source] = field(default_factory=dict)
    #: normalised alias → (source id, needs a head noun or quotes to count).
    aliases: dict[str, tuple[str, bool]] = field(default_factory=dict)
    #: normalised country name or adjective → ISO code.
    countries: dict[str, str] = field(default_factory=dict)
    #: normalised name of a country or of its cities in the registry → ISO code (no adjective).
    places: dict[str, str] = field(default_factory=dict)
    #: normalised nisba that names a country only right after an office ("وزير الخارجية
    #: الكندي"; alone "الكندي" is a family name) → ISO code (``office_country_of``).
    office_countries: dict[str, str] = field(default_factory=dict)
    #: Aliases that are Latin acronyms: they match only when written in capitals.
    acronyms: set[str] = field(default_factory=set)
    #: A corpus's publisher codes ("okaz", "was") → source id; never matched in the text.
    codes: dict[str, str] = field(default_factory=dict)
    #: (folded words, has a head) → the answer of match, kept while no source is added.
    _matches: dict[tuple[tuple[str, ...], bool], Source | None] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: name → the answer of fuzzy, kept while no source is added.
    _fuzzy_hits: dict[str, Source | None] = field(default_factory=dict, repr=False, compare=False)
    #: key length → the aliases fuzzy may find for a key of that length (see _fuzzy_choices).
    _sized_choices: dict[int, list[str]] = field(default_factory=dict, repr=False, compare=False)
    #: descriptor → the answer of country_of, kept while no country is added.
    _countries_of: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    #: The words a country name can start with, clitics included (a phrase starting with another
    #: word names no country).
    _country_firsts: set[str] = field(default_factory=set, repr=False, compare=False)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Registry:
        """Load the shipped registry and countries, then each extra file over them."""
        registry = cls()
        registry._read_countries(_default_path("countries.toml"))
        registry._read(_default_path("sources.toml"))
        for path in extra:
            registry._read(path)
        return registry

    def _parse(self, path: Path) -> dict[str, object]:
        try:
            with path.open("rb") as handle:
                return tomllib.load(handle)
        except FileNotFoundError:
            raise RegistryError(f"{path}: no such sources file; check the --sources path") from None
        except tomllib.TOMLDecodeError as exc:
            raise RegistryError(f"{path}: not valid TOML ({exc}); fix the file") from None

    def _read_countries(self, path: Path) -> None:
        for entry in self._parse(path).get("country", []):  # type: ignore[attr-defined]
            for word in [
                *entry.get("ar", []),
                *entry.get("ar_adj", []),
                *entry.get("en", []),
                *entry.get("en_adj", []),
            ]:
                self.countries.setdefault(normalize(word), entry["code"])
            for word in [*entry.get("ar", []), *entry.get("en", [])]:
                self.places.setdefault(normalize(word), entry["code"])
            for word in entry.get("ar_office_adj", []):
                self.office_countries.setdefault(normalize(word), entry["code"])
            for word in entry.get("ar_place", []):
                # A city spelled as another country is, once its marks are dropped: as a place
                # (a dateline, a byline), "عمان" is Jordan's capital, not Oman.
                self.places[normalize(word)] = entry["code"]
            # The sound plurals of a nisba name a country's people too: "مسؤولون أمريكيون",
            # "المسؤولين السوريين".
            for word in entry.get("ar_adj", []):
                folded = normalize(word)
                if folded.endswith("ي"):
                    for plural in (folded + "ون", folded + "ين"):
                        self.countries.setdefault(plural, entry["code"])
        self._country_firsts = _with_clitics({k.split()[0] for k in self.countries if k})
        self._countries_of.clear()

    def _read(self, path: Path) -> None:
        entries = self._parse(path).get("source", [])
        if not isinstance(entries, list):
            raise RegistryError(f"{path}: expected [[source]] tables; see data/sources.toml")
        try:
            self._read_entries(path, entries)
        finally:
            # The lookups over all names are built once for the file, not once per source
            # (each build reads every alias: the shipped registry took half a second).
            if self.aliases:
                self._reindex()

    def _read_entries(self, path: Path, entries: list[Any]) -> None:
        """Index the sources of one file's [[source]] tables (see ``_read``)."""
        for number, entry in enumerate(entries, 1):
            missing = [k for k in ("id", "name", "kind") if k not in entry]
            if missing:
                raise RegistryError(
                    f"{path}: source #{number} lacks {', '.join(missing)}; "
                    "every [[source]] needs id, name and kind"
                )
            try:
                kind = SourceKind(entry["kind"])
            except ValueError:
                allowed = ", ".join(k.value for k in SourceKind)
                given = f"source {entry['id']!r} has kind {entry['kind']!r}"
                raise RegistryError(f"{path}: {given}; use one of {allowed}") from None
            self._index(
                Source(
                    id=entry["id"],
                    name=entry["name"],
                    kind=kind,
                    aliases=tuple(entry.get("aliases", ())),
                    group=entry.get("group", ""),
                    country=entry.get("country"),
                    name_en=entry.get("name_en"),
                    in_registry=True,
                ),
                needs_head=entry.get("needs_head", ()),
            )
            for code in entry.get("codes", ()):
                self.codes[code.lower()] = entry["id"]

    def add(self, source: Source, needs_head: Sequence[str] = ()) -> None:
        """Add or replace a source and index its names."""
        self._index(source, needs_head)
        self._reindex()

    def _index(self, source: Source, needs_head: Sequence[str] = ()) -> None:
        """``add`` but for the lookups built over all names (``_reindex``)."""
        old = self.sources.get(source.id)
        if old is not None:
            self.aliases = {k: v for k, v in self.aliases.items() if v[0] != source.id}
        self.sources[source.id] = source
        ambiguous = {normalize(n) for n in needs_head}
        names = [source.name, *(source.aliases), *([source.name_en] if source.name_en else [])]
        for name in names:
            key = normalize(name)
            if not key:
                continue
            self.aliases[key] = (source.id, key in ambiguous)
            if name.isascii() and name.replace(".", "").isupper() and len(name) <= 5:
                # "AP", "WHO", "UN": only in capitals, or "who" would be the WHO.
                self.acronyms.add(key)

    def _reindex(self) -> None:
        """Build the lookups over all names again, and forget the answers kept."""
        self._choices = list(self.aliases)
        # A phrase can only match an alias starting with one of these (clitics included).
        self._first_words = _with_clitics({k.split()[0] for k in self.aliases})
        self._longest = max(len(k.split()) for k in self.aliases)
        self._matches.clear()
        self._fuzzy_hits.clear()
        self._sized_choices.clear()

    def match(self, words: Sequence[str], has_head: bool) -> Source | None:
        """The registry source named by a phrase (folded words), preferring the longest alias.

        Answers are kept (until a source is added): a voice is looked up again and again.
        """
        key = (tuple(words), has_head)
        # One look-up for a kept answer (a tuple's hash is not kept, so each look-up hashes
        # every word again); _UNKNOWN_MATCH stands for "not kept", as None is an answer.
        found = self._matches.get(key, _UNKNOWN_MATCH)
        if found is not _UNKNOWN_MATCH:
            return cast("Source | None", found)
        if len(self._matches) >= MAX_KEPT_MATCHES:
            self._matches.clear()
        found = self._matches[key] = self._match(key[0], has_head)
        return found

    def _match(self, words: Sequence[str], has_head: bool) -> Source | None:
        # (a word may hold spaces: a name spelled out in letters read as one, "سي ان ان")
        words = [key for word in words for key in map(_normal_word, word.split()) if key]
        # Only a word that starts some alias can start a match: most phrases have none (seven
        # look-ups in eight), answered by one set test before the words are numbered.
        if self._first_words.isdisjoint(words):
            return None
        n = len(words)
        starts = [k for k, word in enumerate(words) if word in self._first_words]
        for size in range(min(n, self._longest + 1), 0, -1):
            for start in starts:
                if start > n - size:
                    break
                phrase = " ".join(words[start : start + size])
                for key in _name_keys(phrase):
                    hit = self.aliases.get(key)
                    if hit is None:
                        continue
                    source_id, needs_head = hit
                    if needs_head and not (has_head or (start > 0 and words[start - 1] in _HEADS)):
                        continue
                    if size == 1 and _describes(words, start):
                        continue
                    source = self.sources[source_id]
                    if source.kind in _MEDIA_KINDS and _NAMESAKE_HEADS.intersection(words[:start]):
                        continue  # "بنك الجزيرة", "شركة … وفا للتأمين": a body named so
                    if source.kind in _MEDIA_KINDS and _purpose_after(words, start + size):
                        continue  # "الوكالة الوطنية للتخفيف من …": another body so named
                    if self._of_another_country(source, words, start + size):
                        continue
                    return source
        return None

    def _of_another_country(self, source: Source, words: Sequence[str], after: int) -> bool:
        """A people's nisba right after a registry name that is no country's, or another
        country's, names a body of that country: "الصليب الأحمر النيبالي" is the Nepalese
        society, not the international committee ("رويترز البريطانية" stays Reuters)."""
        if after >= len(words) or not _people_nisba(words[after]):
            return False
        named = self._country_of(words[after])
        return named is not None and named != source.country

    def fuzzy(self, name: str) -> Source | None:
        """The registry source whose alias is closest to a name, above FUZZY_THRESHOLD (kept
        until a source is added)."""
        return _kept(self._fuzzy_hits, name, self._fuzzy)

    def _fuzzy(self, name: str) -> Source | None:
        key = normalize(name)
        if len(key) < FUZZY_MIN_LENGTH or not self.aliases:
            return None
        hit = process.extractOne(
            key, self._fuzzy_choices(len(key)), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD
        )
        if hit is None:
            return None
        source_id, needs_head = self.aliases[hit[0]]
        source = self.sources[source_id]
        named = self._country_of(name)
        if named is not None and source.country and named != source.country:
            # "وكالة الأنباء السودانية" is one letter from "السعودية": a name that says its
            # country is never another country's source, however close the letters.
            return None
        if _other_nisba(key, hit[0]):
            return None  # "وكالة الأنباء الكورية" (no one country) is not "السورية" either
        return None if needs_head else source

    def _fuzzy_choices(self, size: int) -> list[str]:
        """The aliases, in their order, whose length lets fuzz.ratio reach FUZZY_THRESHOLD
        against a key of ``size`` characters (kept per size until a source is added).

        (For speed: the ratio is 100 * (1 - d / (a + b)) for lengths a, b and an edit distance
        d of at least |a - b|, so an alias far longer or shorter never reaches it; the best
        match among the others, and the first of equals, is the one all aliases give. A point
        of slack keeps every alias at the threshold.)
        """
        found = self._sized_choices.get(size)
        if found is None:
            slack = 100 - FUZZY_THRESHOLD + 1
            found = self._sized_choices[size] = [
                alias
                for alias in self._choices
                if abs(len(alias) - size) * 100 <= slack * (len(alias) + size)
            ]
        return found

    def knows(self, words: Sequence[str], has_head: bool, /, *, media: bool = False) -> bool:
        """True when some part of the phrase is a registry name (the extractor's gazetteer);
        with ``media``, the name of an outlet or a news agency."""
        found = self.match(words, has_head)
        return found is not None and (not media or found.kind in _MEDIA_KINDS)

    def country_of(self, text: str) -> str | None:
        """The country a descriptor names ("وزير الخارجية السوري" → "SY"), if any (kept)."""
        return _kept(self._countries_of, text, self._country_of)

    def office_country_of(self, text: str) -> str | None:
        """The country a nisba of ``office_countries`` names right after a state's office or
        body in a descriptor ("وزير الخارجية الكندي", "رئيس الوزراء المجري", "السلطات
        الرومانية"), if any; after a rank or a royal title ("اللواء الكندي") it is his family
        name."""
        if not self.office_countries:
            return None
        words = normal_words(text)
        for k, word in enumerate(words):
            code = self.office_countries.get(word)
            if code is None or not k:
                continue
            before = words[max(0, k - OFFICE_NISBA_REACH) : k]
            if any(w in _STATE_TITLES and w not in _RANKS_AND_ROYALS for w in before):
                return code
        return None

    def place_of(self, text: str) -> str | None:
        """The country a place named in the text is in ("عدن: سالم الفارس" → "YE"). Only names
        count: a byline's "سالم تركي" names a man, not Turkey."""
        return self._country_of(text, self.places)

    def _country_of(self, text: str, table: Mapping[str, str] | None = None) -> str | None:
        table = self.countries if table is None else table
        words = normal_words(text)  # (kept words: their hashes are kept too)
        starts = [k for k, word in enumerate(words) if word in self._country_firsts]
        # The first country named wins, the longest name there first: "السفير الأمريكي لدى
        # المملكة العربية السعودية" is the United States' ambassador, posted elsewhere.
        for start in starts:
            for size in (3, 2, 1):
                if start > len(words) - size:
                    continue
                phrase = " ".join(words[start : start + size])
                for key in _name_keys(phrase):
                    if key in table:
                        return table[key]
        return None


def _other_nisba(key: str, alias: str) -> bool:
    """True when a name and a registry alias of as many words differ in a nisba adjective
    ("الكورية" / "السورية"): another country's or people's body, however close the letters."""
    mine, theirs = key.split(), alias.split()
    if len(mine) != len(theirs):
        return False
    pairs = zip(mine, theirs, strict=True)
    return any(a != b and _people_nisba(a) and _people_nisba(b) for a, b in pairs)


def _people_nisba(word: str) -> bool:
    """A definite nisba adjective as normalised that may name a country or a people
    ("السوريه", "الكوري"), not one that describes a body ("الرسميه", "العربيه")."""
    if word in _BODY_NISBAS or len(word) <= MIN_NISBA_WORD:
        return False
    return word.startswith("ال") and word.endswith(("ي", "يه"))


#: Fewest letters of a definite nisba adjective ("العلي" is a name more often).
MIN_NISBA_WORD = 5
#: Nisbas that describe a body whatever its country: an alias and a name may differ in one.
_BODY_NISBAS = frozenset(
    normalize(w)
    for w in (
        "الرسمية الرسمي العربية العربي الحكومية الحكومي الوطنية الوطني الدولية الدولي"
        " الإخبارية الإخباري"
    ).split()
)


#: The letters a proclitic starts with: a name starting with another has one key, itself.
_CLITIC_LETTERS = frozenset(clitic[0] for clitic, _ in PROCLITICS)


def _name_keys(phrase: str) -> Sequence[str]:
    """name_keys, answered at once for a phrase that cannot start with a proclitic (Latin)."""
    return name_keys(phrase) if phrase[:1] in _CLITIC_LETTERS else (phrase,)


def _kept(kept: dict[str, _Answer], key: str, read: Callable[[str], _Answer]) -> _Answer:
    """The answer kept for a key, else read and kept (all are forgotten when MAX_KEPT_MATCHES
    are kept)."""
    if key in kept:
        return kept[key]
    if len(kept) >= MAX_KEPT_MATCHES:
        kept.clear()
    found = kept[key] = read(key)
    return found


def _with_clitics(firsts: set[str]) -> set[str]:
    """First words of names, and the same words behind a proclitic ("السورية" → "والسورية")."""
    return firsts | {
        c + f[len(rest) :] for c, rest in PROCLITICS for f in firsts if f.startswith(rest)
    }


# --- resolution within an article ---------------------------------------------------------------


#: Generic outlet heads that refer back to any outlet named before ("الصحيفة").
_OUTLET_HEADS = union("outlet_heads")
#: The voice of an impersonal cue; its name is the language's ``Words.unnamed`` and the cue.
_UNKNOWN = Source(id=UNKNOWN_VOICE, name="", kind=SourceKind.ANONYMOUS)


def publisher_source(article: Article, registry: Registry) -> Source:
    """The article's publisher as a source (registry entry when it is one).

    An unknown publisher is scoped to its article: two articles whose outlets are unknown are
    not assumed to share one voice.
    """
    if not article.publisher:
        name = f"(publisher of {_file_name(article.path)})"
        return Source(id=stable_id("o", f"unknown {article.id}"), name=name, kind=SourceKind.OUTLET)
    code = registry.codes.get(article.publisher.strip().lower())
    if code is not None:
        return registry.sources[code]
    words = article.publisher.split()
    # A name that is also a common word ("اليوم") names the publisher when it is the whole
    # field or stands right after its head word ("صحيفة اليوم"), not as the last word of
    # another outlet's name ("صحيفة النخيل اليوم").
    found = registry.match(words, len(words) == 1)
    if found is not None:
        return found
    # "موقع الساحل" is also cited as «الساحل»: the name without its head word is an alias.
    short = " ".join(words[1:]) if len(words) > 1 and fold(words[0]) in _HEADS else ""
    return Source(
        id=stable_id("o", article.publisher),
        name=article.publisher,
        kind=SourceKind.OUTLET,
        aliases=(short,) if short else (),
    )


def _file_name(path: str) -> str:
    """``Path(path).name``, read off the string when the path ends in a file name (most do)."""
    if path in ("", ".") or path.endswith(("/", "/.")):
        return Path(path).name
    return path.rpartition("/")[2]


#: Datelines: "دمشق (سانا) -", "DAMASCUS, March 1 (Xinhua) --", "الرياض - واس:", "(AP) —".
_DATELINE_PAREN = re.compile(r"^\s*(?:[^\s()（）]+\s+){0,6}?[(（]([^()（）\n]{1,40})[)）]\s*[-–—:]")
_DATELINE_DASH = re.compile(r"^\s*[^-–—:\n]{1,40}?\s[-–—]\s*([^-–—:\n]{1,25}?)\s*(?:[-–—:]|$)")
#: How far into the body a dateline may reach.
CREDIT_WINDOW = 160
#: Kinds of voice that are one person speaking (who may go on with a subject-less verb).
_SPEAKING_PEOPLE = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL})


#: Most words of a person's name as _personal_name reads one ("عبد الله سالم الهاشمي" is four).
MAX_NAME_WORDS = 4
#: The conjunctions that join a verb to the sentence before it: "وتابع", "فأضاف".
_JOINING = frozenset("وف")


def _personal_name(source: Source) -> bool:
    """A person's name as read: a person or official named by one word with no article
    ("بيتروفسكي"), or by two or three words opening with a given name."""
    if source.kind not in _SPEAKING_PEOPLE:
        return False
    name = normal_words(source.name)
    if len(name) == 1:
        return not name[0].startswith("ال")
    return len(name) <= MAX_NAME_WORDS and _given_first(name)


def _given_first(words: Sequence[str]) -> bool:
    """A name's normalised words open with a given name ("سالم", "عبد …")."""
    return bool(words) and (words[0] in GIVEN_NAMES or words[0][:3] == "عبد")


def _surname_in(person: Source, words: Collection[str]) -> bool:
    """A person's surname, the last word of his name (three letters or more), is among
    ``words`` (normalised, each also without its proclitic)."""
    name = normal_words(person.name)
    return bool(name) and len(name[-1]) >= MIN_NAME_LETTERS and name[-1] in words


#: Most words of a phrase fronted before a clause's verb ("من جهته،", "في هذا الوقت،").
ACT_FRONT = 5
#: Most words read after such a verb for its subject, a title and a name.
ACT_SUBJECT = 12


#: Words that end the subject after a verb: prepositions and particles opening what is done
#: ("عبّر فلان عن …", "أكد فلان على …", "دافع فلان أمس عن …"), normalised.
_ACT_OBJECT_OPENERS = frozenset(
    normalize(w)
    for w in "عن على إلى الى في من مع أن إن بأن الذي التي خلال أمس اليوم أيضا ب ل".split()
)


#: Verbs a man named after them suffers, written alike in the passive ("وقُتل الضابط فلان"),
#: normalised (``lexicon.SUFFERED_VERBS``).
_SUFFERED = frozenset(normalize(w) for w in SUFFERED_VERBS.split())


#: Words after which "علي" is a name ("فلان بن علي"), not "على", normalised.
_BEFORE_A_NAME = frozenset(normalize(w) for w in "بن ابن بنت أبو أبي".split())


def _opens_object(words: Sequence[Token], k: int) -> bool:
    """The token at ``k`` ends the subject read after a verb: a comma, a preposition or a
    particle ("عن", "على", "إلى", "أن"), not a name spelt as one after "بن" ("فلان بن علي")."""
    if not words[k].is_word:
        return True  # (a comma: "أرجع الناطق فلان، أسباب …")
    if words[k].norm not in _ACT_OBJECT_OPENERS:
        return False
    return not (k and words[k - 1].norm in _BEFORE_A_NAME)


#: Words that open a clause before its subject: "ولكن علان يشك …", "بينما علان يرى …".
_CLAUSE_OPENERS = frozenset(normalize(w) for w in ("لكن", "ولكن", "بينما", "فيما"))


def _subject_of_other_verb(words: Sequence[str]) -> str:
    """The one-word name that opens a sentence ("علان يرى …", "وعلان يخشى …") or its last
    clause after "ولكن"/"بينما" ("…، ولكن علان يشك في أن …") as the subject of a man's
    verb in the imperfect that is no cue; "" when there is none."""
    found = ""
    for n, word in enumerate(words[:-1]):
        if n and words[n - 1] not in _CLAUSE_OPENERS:
            continue
        name = word[1:] if n == 0 and word.startswith("و") else word
        verb = words[n + 1]
        if len(name) < MIN_NAME_LETTERS or name in _CLAUSE_OPENERS:
            continue
        if verb.startswith("ي") and len(verb) >= 3 and verb not in VERB_CUES:
            found = name
    return found


def _learnt_from(mention: Mention) -> str:
    """The agreement of an unnamed voice a paper learnt from ("وعلمت «الوادي» من مصدر مطلع"):
    as read, else a man's for an unnamed man ("مصدر", "مسؤول"), else "" (unread)."""
    if mention.gender:
        return mention.gender
    head = fold(mention.surface.split(maxsplit=1)[0]) if mention.surface else ""
    return "m" if head.removeprefix("ال") in UNNAMED_MEN else ""


def _one_person(source: Source) -> bool:
    """A person or an official named by name (two words or more, a descriptor aside): one
    man or woman, never the subject of a plural verb."""
    return source.kind in _SPEAKING_PEOPLE and len(source.name.split()) > 1


#: Kinds of a relayed voice that goes on speaking through the medium that relayed it.
_MEDIA_KINDS = frozenset({SourceKind.OUTLET, SourceKind.AGENCY})
#: How far back a bare body noun ("الصندوق") looks for the body's name in the text, in
#: characters, and the most words of that name read.
BODY_LOOKBACK = 3000
MAX_BODY_WORDS = 6
#: Proclitics a body's head noun may carry where it is named ("وصندوق", "بنادي", "لهيئة").
_BODY_CLITICS = frozenset("وبلف")
#: "is called", spelt with alef maqsura (folded): "شاب يدعى فلان", "فتاة تدعى فلانة".
_CALLED = frozenset({"يدعي", "تدعي", "ويدعي", "وتدعي"})
#: How many words before "يدعى" the noun it names may stand ("شاب من أهالي المدينة يدعى"),
#: and the most words of the name after it.
CALLED_WINDOW = 5
MAX_CALLED_WORDS = 4
#: A dateline ("الكويت - واس:") sits in the first characters of the text.
DATELINE_CHARS = 40


def wire_credit(article: Article, registry: Registry, own: Source | None = None) -> Source | None:
    """The news agency an article is credited to, if its dateline or header names one.

    Datelines: "دمشق (سانا) -", "بيروت - أ ف ب:", "DAMASCUS, March 1 (Xinhua) --"; or a header
    line that is only an agency's name (other than the publisher's own byline). ``own`` is
    the article's publisher_source when already known. The first of ``wire_credits``.
    """
    return next(iter(wire_credits(article, registry, own)), None)


def wire_credits(
    article: Article, registry: Registry, own: Source | None = None
) -> tuple[Source, ...]:
    """Every news agency an article is credited to, the one ``wire_credit`` names first: a
    byline "القاهرة - د ب أ، واس" credits two wires, and the article's own words may be
    either's."""
    lead = article.text[article.body_start : article.body_start + CREDIT_WINDOW]
    first_line = lead.split("\n", 1)[0]
    candidates = [
        m.group(1)
        for m in (_DATELINE_PAREN.match(first_line), _DATELINE_DASH.match(first_line))
        if m
    ]
    publisher = normalize(article.publisher or "")
    head = article.text[: article.body_start]
    candidates += [
        line
        for line in head.splitlines()
        if 0 < len(line.split()) <= 4 and normalize(line) != publisher
    ]
    candidates += _byline_pieces(article.author or "")
    # Only the body's last CLOSING_WINDOW characters are read: no copy of the whole body.
    tail_start = max(article.body_start, len(article.text) - CLOSING_WINDOW)
    candidates += _closing_credits(article.text[tail_start:])
    candidates += _credit_lines(article.text, article.body_start)
    publisher_id = (own or publisher_source(article, registry)).id
    photo = union("caption_labels")
    found: dict[str, Source] = {}
    for candidate in candidates:
        # The whole credit first, then each wire of a list ("د ب أ، واس").
        listed = _WIRE_LIST.split(candidate)
        for part in (candidate, *listed) if len(listed) > 1 else (candidate,):
            words = [w for w in _CREDIT_SPLIT.split(part) if w and not w.isdigit()]
            if not words or len(words) > 5:
                continue
            if fold(words[0].rstrip(":")) in photo:
                break  # "(الصورة: رويترز)", "(تصوير: أ ف ب)": who took the picture, not the text
            # A name that is also a common word or a given name ("فارس") credits the agency
            # only alone or after a head noun: "عبد القادر فارس" in a byline is a reporter.
            match = registry.match(words, len(words) == 1 or normalize(words[0]) in _HEADS)
            if match is not None and match.kind is SourceKind.AGENCY and match.id != publisher_id:
                found.setdefault(match.id, match)
    return tuple(found.values())


#: What separates the wires a credit lists: "د ب أ، واس".
_WIRE_LIST = re.compile(r"\s*[,،]\s*")
#: What separates the words of a credit candidate (compiled once: wire_credit runs per article).
_CREDIT_SPLIT = re.compile(r"[\s,،.]+")
#: What separates the parts of a byline: "أنقرة - أ ف ب", "كوالالمبور: رويترز", "ا ف ب (أنقرة)",
#: or a kashida standing alone as a dash ("أ ف ب ـ ليما").
_BYLINE_SPLIT = re.compile(r"[-–—:()（）«»\"/|]+|&nbsp;|\s\u0640+\s")
#: What a byline holds in brackets: a place's country ("المنيا (مصر)"), a place, or a wire.
_BRACKETED = re.compile(r"[(（]\s*([^()（）]+?)\s*[)）]")
#: A credit closing the body: "… (أ ف ب)" at its very end, or a sentence of its own such as
#: "بحسب رويترز." (tags may follow either).
_CREDIT_WORDS = "|".join(sorted(union("credit_words"), key=lambda w: (-len(w), w)))
_CLOSING_CREDIT = re.compile(
    r"[(（]([^()（）\n]{1,25})[)）]\s*\.?\s*$"
    rf"|(?:^|[.!؟]\s)\s*[-–—]?\s*(?:{_CREDIT_WORDS})\s+([^.\n]{{1,25}})\."
)
#: How far from the end of the body a closing credit may stand (tags may follow it).
CLOSING_WINDOW = 80


def _byline_pieces(author: str) -> list[str]:
    """The parts of a byline that may name a wire: "أنقرة - أ ف ب" → ["أنقرة", "أ ف ب"].

    A generic "وكالات" names no wire and matches no agency, so it falls away by itself.
    """
    return [piece.strip() for piece in _BYLINE_SPLIT.split(author) if piece.strip()]


#: A credit standing alone on its line: "(د ب أ)", "(رويترز)."
_ALONE_CREDIT = re.compile(r"[(（]\s*([^()（）\n]{1,25}?)\s*[)）]\.?")
#: Among how many of a page's last lines (not blank) a credit on a line of its own is looked
#: for: the
#: page's tags, related headlines or readers' comments may follow it.
CREDIT_LINES = 12


def _credit_lines(text: str, start: int) -> list[str]:
    """Credits on lines of their own among the last lines of a page, after ``start``: "(د ب
    أ)" or a source given by label ("المصدر: رويترز"), with the page's chrome below them."""
    found = []
    for line in last_lines(text, start, CREDIT_LINES):
        if (alone := _ALONE_CREDIT.fullmatch(line)) is not None:
            found.append(alone.group(1))
        elif (labelled := header_field(line)) is not None and labelled[0] == "publisher":
            found.append(line[labelled[1] :].strip())
    return found


def _closing_credits(body: str) -> list[str]:
    """A wire credited at the end of the body: "… (أ ف ب)" or "… بحسب رويترز." then tags."""
    tail = body[-CLOSING_WINDOW:].rstrip()
    return [m.group(1) or m.group(2) for m in _CLOSING_CREDIT.finditer(tail)]


#: Words of a minister's title that tell one office from another (``_title_of``): the title
#: and its portfolio, "وزير الخارجية".
TITLE_WORDS = 2
#: Titles one state gives one man at a time, by their portfolio ("وزير الخارجية"; not "وزير
#: الدولة", held by several), folded.
_MINISTERS = frozenset(fold(w) for w in ("وزير", "وزيرة", "الوزير", "الوزيرة"))
_NO_PORTFOLIO = frozenset(fold(w) for w in ("الدولة", "دولة"))
#: Words after a title and its nisba looked through for its holder's name (``_title_held_abroad``).
HOLDER_WORDS = 6
#: Words of a holder's name, and letters of each, that tell it is a name ("هانز كولر"; not
#: "أمس أن", nor "راشد بن").
NAME_WORDS = 2
MIN_NAME_LETTERS = 3
_HONORIFICS = union("honorifics")
_STOPWORDS = union("stopwords")
#: Fewest words of a role looked for in the text before it (``_role_named_in_passing``):
#: "الوزير" alone is too common to find its holder by.
MIN_ROLE_WORDS = 2
#: Words after a role in which its holder's name is looked for.
MAX_NAME_AFTER_ROLE = 3

#: Voices named (or speakers heard) looked back on for an anaphor, a surname or a dropped
#: subject: news articles name well under 50 (SaudiNewsNet's most is 29), and a bound keeps a
#: page of thousands of voices from being resolved in quadratic time.
MAX_LOOKBACK = 100
#: The head noun of an official's office ("مكتب الفارس"), folded, and the most words of its name.
_OFFICE = "مكتب"
MAX_OFFICE_WORDS = 3
#: Most words of the title and country named before an official's name (``_office_of_official``).
MAX_TITLE_BEFORE = 5
#: Fewest letters of a body's head noun with its article ("الحركة") a role may end with.
MIN_HEAD_NOUN = 5


def _short_names(publisher: Source, registry: Registry) -> set[str]:
    """A publisher's name without its country adjective, as its own pages write it: a paper
    "الوطن السعودية" calls itself «الوطن» ("وعلمت «الوطن» من مصادر …"). Only when no other
    registry source bears the short name ("الجزيرة" is also a channel: not shortened)."""
    short: set[str] = set()
    if publisher.kind not in _MEDIA_KINDS:
        return short
    for name in (publisher.name, *publisher.aliases):
        words = normalize(name).split()
        if len(words) > MIN_SHORT_NAME_WORDS and words[-1] in _MEDIUM_TAILS:
            # "وكالة الخبر العربي للأنباء" writes itself "وكالة الخبر العربي", "موقع الوادي
            # الإخباري" writes "موقع الوادي": a medium's word for what it is, dropped.
            words = words[:-1]
            key = " ".join(words)
            if registry.aliases.get(key, (publisher.id,))[0] == publisher.id:
                short.add(key)
        if publisher.kind is not SourceKind.OUTLET:
            continue  # "وكالة الأنباء السعودية" is no "وكالة الأنباء" of any kind
        if len(words) < 2 or not words[-1].endswith(("يه", "ية")):
            continue
        key = " ".join(words[:-1])
        if registry.aliases.get(key, (publisher.id,))[0] == publisher.id:
            short.add(key)
    return short


def _bare_medium_names(names: set[str]) -> set[str]:
    """A publisher's names without their head ("موقع الوادي" → "الوادي"): a medium told is read
    without it ("في تصريح لموقع الوادي"), so they name the publisher only for a medium's voice
    ("أكد السودان" is the state, even in a page of "وكالة السودان للأنباء")."""
    return {
        " ".join(words[1:]) for n in names if len(words := n.split()) > 1 and words[0] in _HEADS
    }


#: The words a medium's name may end with to say what it is ("للأنباء", "الإخباري",
#: "الإلكترونية"), normalised: its own pages may leave them out.
_MEDIUM_TAILS = frozenset(
    normalize(w) for w in "للأنباء للانباء الإخباري الإخبارية الإلكترونية الإلكتروني نيوز".split()
)
#: Fewest words left of a medium's name without that tail ("وكالة الخبر", not "وكالة").
MIN_SHORT_NAME_WORDS = 2


#: "المصادر" (the sources), normalised: an unnamed anaphor in the plural.
_SOURCES = normalize("المصادر")


#: Words after a document's noun that name who issued it ("في بيان صادر عن …"), normalised.
_ISSUED_BY = frozenset({"صادر", "الصادر", "عن", "اصدرته", "اصدرتها"})
#: "للأنباء" (of news) after an agency's own name, folded.
_AGENCY_NEWS = fold("للأنباء")


def _cut_at_news(phrase: str) -> str:
    """The phrase up to "للأنباء" as its second, third or fourth word, else as it is."""
    words = phrase.split()
    for n in (2, 3, 4):
        if n < len(words) and fold(words[n]) == _AGENCY_NEWS:
            return " ".join(words[:n])
    return phrase


def _agency_without_news(mention: Mention) -> Mention:
    """An agency named with "للأنباء" and what follows it ("وكالة سوغان للأنباء الاقتصادية")
    is the agency other texts call "وكالة سوغان": the registry and the names written before
    are asked about that."""
    if mention.kind is not SourceKind.AGENCY or _AGENCY_NEWS not in fold(mention.surface):
        return mention
    return replace(mention, name=_cut_at_news(mention.name), surface=_cut_at_news(mention.surface))


def _unnamed_adjectives(mention: Mention) -> set[str]:
    """The adjectives after an unnamed anaphor's head, without their article: "المصادر
    الإيرانية" → {"ايرانيه"}."""
    return {w.removeprefix("ال") for w in normalize(mention.surface).split()[1:]}


def _described_alike(mention: Mention, source: Source) -> bool:
    """An unnamed anaphor may refer back to an unnamed voice its adjectives fit: "المصادر
    الإيرانية" to "مصادر إيرانية مطلعة", not to "عدد من الأئمة" named before; a bare "المصادر"
    to any unnamed voice ("شخصان مقربان من الاتحاد … وأضافت المصادر")."""
    adjectives = _unnamed_adjectives(mention)
    words = {w.removeprefix("ال") for w in normalize(source.name).split()}
    return adjectives <= words


#: "المصدر" (the source) and "مصدر", normalised: an unnamed anaphor in the singular and the
#: head of the voice it names again.
_ONE_SOURCE = normalize("المصدر")
_SOURCE_HEAD = normalize("مصدر")


def _other_than_one_source(mention: Mention, source: Source) -> bool:
    """ "وكشف المصدر أن …" refers back to an unnamed source in the singular ("قال مصدر مطلع …",
    "بحسب مصدر في اللجنة"), not to another unnamed voice named after it, sources or witnesses
    in the plural ("وبحسب مصادر …", "أكد شهود عيان …"): those are passed over while such a
    source stands before them."""
    ours = normalize(mention.surface).split()[:1]
    theirs = normalize(source.name).split()[:1]
    return ours == [_ONE_SOURCE] and theirs != [_SOURCE_HEAD]


#: "المسؤولون" and its spellings, normalised, article dropped: unnamed officials in the plural.
_PLURAL_OFFICIALS = frozenset(normalize(w) for w in ("مسؤولون", "مسؤولين", "مسئولون", "مسئولين"))


def _plural_officials(text: str) -> bool:
    """The text opens with unnamed officials in the plural ("المسؤولون", "مسؤولون أمنيون")."""
    words = normalize(text).split()
    return bool(words) and words[0].removeprefix("ال") in _PLURAL_OFFICIALS


#: Heads of an unnamed voice that is one person, normalised: "عضو الشرف البارز", "مسؤول
#: أمني"; "المصادر" (sources, in the plural) never refers back to such a voice.
_ONE_PERSON_HEADS = frozenset(normalize(w) for w in ("عضو", "مسؤول", "مسئول", "موظف", "ضابط"))


#: The bare word a body named "الوكالة …" is called by again, normalised.
_AGENCY_WORD = normalize("الوكالة")


def _agency_named_body(mention: Mention, source: Source) -> bool:
    """ "الوكالة" alone, and a body (not a news agency) whose name begins with it: "الوكالة
    الاتحادية للعمل", "الوكالة الدولية للطاقة الذرية"."""
    if source.kind not in BODY_KINDS or normalize(mention.surface) != _AGENCY_WORD:
        return False
    return normalize(source.name).split()[:1] == [_AGENCY_WORD]


def _one_person_for_sources(mention: Mention, source: Source) -> bool:
    """ "وبينت المصادر أن …" after "أعلن عضو الشرف البارز …": plural sources are not the one
    unnamed person named before."""
    ours = normalize(mention.surface).split()[:1]
    theirs = normalize(source.name).split()[:1]
    return ours == [_SOURCES] and bool(theirs) and theirs[0] in _ONE_PERSON_HEADS


def _officials_alike(mention: Mention, source: Source) -> bool:
    """ "المسؤولون" refers back only to unnamed officials ("مسؤولون أمنيون …"), never to a
    source of another kind ("مصدر طبي"); other anaphors to any unnamed voice."""
    return not _plural_officials(mention.surface) or _plural_officials(source.name)


def _unnamed_holder(mention: Mention, head: str, source: Source) -> bool:
    """ "المسؤول الأمني" after "صرح مسؤول في مركز الإعلام الأمني": the unnamed official named
    before, whose name opens with the same noun and holds every word the anaphor adds."""
    if source.kind is not SourceKind.ANONYMOUS:
        return False
    theirs = normalize(source.name).split()
    ours = normalize(mention.name).split()
    return bool(theirs) and theirs[0] == head and set(ours[1:]) <= set(theirs)


#: "سفير روسيا في الأمم المتحدة": the words of an envoy's title, state and post (at least),
#: and how far into it the preposition of his post may stand.
MIN_ENVOY_WORDS, MAX_ENVOY_AT = 4, 5
_POSTED_AT = frozenset({"في", "لدى", "لدي"})


#: Fewest words of a role given whole to name again the person it was given to (a title and a
#: body of two words: "منسق مبادرة استثمر").
MIN_WHOLE_ROLE_WORDS = 3


class Resolver:
    """Turns the mentions of one article into sources, remembering who was named before."""

    def __init__(self, article: Article, registry: Registry) -> None:
        self.article = article
        self.registry = registry
        self.publisher = publisher_source(article, registry)
        #: The wires the article is credited to, its own voice first (wire_credits).
        self.wires = wire_credits(article, registry, self.publisher)
        self.wire = self.wires[0] if self.wires else None
        self.named: list[tuple[Source, str]] = []  # (source, head word or "") in text order
        #: A person's or official's name → (its last place in ``named``, the source there), in
        #: the order of those places: what _same_person looks through.
        self.people: dict[str, tuple[int, Source]] = {}
        self.speakers: list[tuple[Source, str]] = []  # (source, verb agreement) per attribution
        #: The places in ``speakers`` of voices credited inside another's words (_credits_inside).
        self._credited_inside: set[int] = set()
        #: The carriers of each voice's last attribution ("لوكالة X"), by source id.
        self.carriers_of: dict[str, tuple[Source, ...]] = {}
        #: (start, end of the words between cue and content, voice) per attribution: "قالت
        #: الوزارة في بيان". Kept as offsets: few articles ever ask about them.
        self.leads: list[tuple[int, int, Source]] = []
        #: (start, end of the content, voice) per attribution whose voice is no document: its
        #: close may say where it was said ("…، وذلك في بيان وزع على الصحافيين").
        self.contents: list[tuple[int, int, Source]] = []
        self.by_id: dict[str, Source] = {}
        #: The countries _home_state reads, once asked ("" when there is none).
        self._dateline: str | None = None
        #: The country of the article's byline place, its own desk's too ("" when none).
        self._desk = ""
        self._sender: str | None = None
        #: The countries of the state bodies and officials named so far with their country.
        self.states: list[str] = []
        #: The states that spoke by their name so far ("أكدت مصر"), in text order.
        self.spoke: list[str] = []
        #: The states of unnamed officials or sources of a state body named with their
        #: country so far ("مسؤولون بوزارة الصحة الأفغانية"), in text order.
        self.unnamed_states: list[str] = []
        #: Officers tied to the body whose announcement they explain (``_explaining``), by id.
        self._explained: dict[str, Source] = {}
        #: The article's text, normalised, once a role is looked for in it.
        self._normal_text: str | None = None
        self._publisher_names = {
            normalize(n) for n in (self.publisher.name, *self.publisher.aliases)
        } | _short_names(self.publisher, registry)
        self._publisher_media_names = _bare_medium_names(self._publisher_names)

    def _folded_text(self) -> str:
        """The article's text folded (kept by fold, and normalize reads it from there). A word
        of word characters only is in the text's normalize exactly when it is in its fold:
        normalize is the fold's runs of word characters joined by spaces, and such a word can
        only stand inside one run. A third of the cost of normalize, so asked first."""
        return fold(self.article.text)

    def _continues_carrier(self, raw: RawAttribution) -> bool:
        """Whether a continuing voice keeps its last carrier: "He added …" after "X told the
        Valley Times …" does; in English "Later, he said …" is a statement of its own."""
        return raw.cue.lower() not in lang.get(self.article.language).words.fresh_statement_cues

    def resolve(self, raw: RawAttribution, number: int) -> Attribution | None:
        """Resolve one raw attribution (in text order); None when its voice cannot be known."""
        # "قال فلان، المدير الإقليمي لبرنامج الأغذية": a body after ل is no medium he told.
        # (Most have neither: no comprehension is run for an empty tuple.)
        carriers = (
            [
                c
                for m, c in zip(raw.carriers, map(self.voice, raw.carriers), strict=True)
                if c.kind not in BODY_KINDS and not _own_paper_told(m, c)
            ]
            if raw.carriers
            else []
        )
        inner = [self.voice(m) for m in raw.inner] if raw.inner else []
        if raw.impersonal:
            unnamed = lang.get(self.article.language).words.unnamed
            source = self._remember(replace(_UNKNOWN, name=f"{unnamed} ({raw.cue})"))
        elif raw.source is None or self._publisher_told(raw.source):
            speaker = self._not_named_in(self.speaker(raw.gender), raw)
            speaker = self._subject_before(speaker, raw)
            speaker = self._subject_of_act(speaker, raw)
            if speaker is not None and raw.gender != "1" and self.is_publisher(speaker):
                # "… تحدث لـ«الوادي» حيث ذكر أنه …" in الوادي itself: the paper he spoke to
                # is never the one who speaks on.
                speaker = None
            if speaker is None and not (inner and raw.gender == "m"):
                return None
            # "ونُقل عن المسؤول قوله إن …" with no speaker before whose agreement fits: a
            # passive relay (masculine, as a passive is), the article's own, so the voice
            # relayed speaks (see below).
            source = speaker or self.publisher
        else:
            source = self._explaining(self.voice(raw.source), raw)
        learnt = ""
        if inner and self.is_publisher(source):
            # "وعلمت «الوادي» من مصادر مطلعة أن …" in الوادي itself: a publisher is never a
            # voice, so the sources it relays speak (and the cues after them are theirs).
            source = inner[-1]
            learnt = _learnt_from(raw.inner[-1])
        if carriers and raw.source is not None and raw.source.kind is SourceKind.DOCUMENT:
            # "وقال البيان الذي نشرته الوكالة": with no author named anywhere the statement is
            # known only as the agency carried it, so the agency relays it (and a statement of
            # no known issuer never counts as a second origin); with its author known, the
            # medium that put it out is no voice.
            if not _bare_document(source):
                carriers = carriers[:-1]
        continues = raw.source is None or raw.source.anaphor or _shortened(raw.source, source)
        if continues and not carriers and self._continues_carrier(raw):
            # "وقال فلان لوكالة X …، وأضاف …": the continuation came through the same carrier.
            carriers = list(self.carriers_of.get(source.id, ()))
        self.carriers_of[source.id] = tuple(carriers)
        plural = raw.source is not None and raw.source.gender == "p"
        if self._credits_inside(raw, source):
            self._credited_inside.add(len(self.speakers))
        self.speakers.append((source, "p" if plural else raw.gender))
        if learnt and learnt != raw.gender:
            # "وعلمت «الوادي» من مصدر مطلع أن …. وأضاف أن …": the man the paper learnt from
            # goes on in his own agreement too (the paper's "علمت" is a woman's).
            self.speakers.append((source, learnt))
        if inner and inner[-1].id != source.id and inner[-1].kind in _SPEAKING_PEOPLE:
            self._relayed_speaker(raw.inner[-1], inner[-1], (*carriers, source))
        elif inner and inner[-1].id != source.id and inner[-1].kind in _MEDIA_KINDS:
            # "كشف موقع X نقلا عن صحيفة Y … وقالت الصحيفة": Y goes on speaking through X.
            self.carriers_of.setdefault(inner[-1].id, (*carriers, source))
        if raw.cue_start < raw.start:
            self.leads.append((raw.cue_start, raw.start, source))
        if source.kind is not SourceKind.DOCUMENT:
            self.contents.append((raw.start, raw.end, source))
        chain: list[Source] = []
        outer = [self.wire] if self.wire is not None else []
        if raw.teller is not None:
            outer.append(self.voice(raw.teller))  # the full text's issuer, who tells it
        for voice in [*outer, *carriers, source, *inner]:
            if self.is_publisher(voice) or (chain and chain[-1].id == voice.id):
                continue
            chain.append(voice)
        return Attribution(
            id=f"{self.article.id}.a{number}",
            article=self.article.id,
            source=source,
            chain=tuple(chain),
            cue=raw.cue,
            cue_start=raw.cue_start,
            cue_end=raw.cue_end,
            content=self.article.text[raw.start : raw.end],
            start=raw.start,
            end=raw.end,
            quote=raw.quote,
            stance=raw.stance,
            origin=self.origin(chain),
        )

    def _explaining(self, source: Source, raw: RawAttribution) -> Source:
        """ "أعلنت شركة المياه الساحلية …" then "وأوضح مدير خدمات المشاريع بالمنطقة فلان أن
        شركة المياه الساحلية نفذت …": an officer whose descriptor opens with an office title
        and names no body, state or other title, speaking right after a body and naming it
        in his words, explains its announcement; he counts with it in this article (the
        source in the body's group). Erring this way merges origins, never splits them."""
        body = self._explained.get(source.id)
        if body is None:
            if source.kind is not SourceKind.OFFICIAL or source.group or not self.speakers:
                return source
            body = self.speakers[-1][0]
            if body.kind not in BODY_KINDS or len(normal_words(body.name)) < NAME_WORDS:
                return source
            if not _bare_office(source.descriptor) or self.registry.country_of(source.descriptor):
                return source
            if normalize(body.name) not in normalize(self.article.text[raw.start : raw.end]):
                return source
            self._explained[source.id] = body
        return replace(source, group=body.independence_group, country=body.country)

    def _publisher_told(self, mention: Mention) -> bool:
        """ "… تحدث لـ«الوادي» حيث ذكر أن …" in الوادي itself: the voice read is the paper he
        spoke to, written after "لـ", which is never the one who speaks."""
        before = self.article.text[max(0, mention.start - _TOLD_REACH) : mention.start]
        words = before.translate(_TOLD_MARKS).split()
        told = bool(words) and words[-1] == "ل"
        told = told or mention.surface.translate(_TOLD_MARKS).split()[:1] == ["ل"]
        return told and self.is_publisher(self.voice(mention))

    def is_publisher(self, voice: Source) -> bool:
        """True for the article's own publisher, however it is written."""
        if voice.id == self.publisher.id:
            return True
        name = normalize(voice.name)
        if voice.kind in _MEDIA_KINDS and not voice.in_registry:
            # (a medium the registry holds is another one: "قناة الجزيرة" in a page of a paper
            # also called "الجزيرة")
            return name in self._publisher_media_names or name in self._publisher_names
        return name in self._publisher_names

    def origin(self, chain: Sequence[Source]) -> Source:
        """The innermost named voice: unnamed sources count with the voice that cites them."""
        for voice in reversed(chain):
            if voice.kind not in UNNAMED_KINDS and voice.id != UNKNOWN_VOICE:
                return voice
            if voice.kind in UNNAMED_KINDS and voice.descriptor:
                # "مصدر مسؤول في صندوق الإسكان": the unnamed source speaks for the body, so
                # two papers quoting it are one origin, not two.
                return self._affiliation(voice.descriptor)
            if voice.kind in UNNAMED_KINDS:
                state = self._unnamed_officials(voice)
                if state is not None:
                    return state
        return self.publisher

    def _unnamed_officials(self, voice: Source) -> Source | None:
        """ "المسؤولون الأتراك", "دبلوماسي أمريكي": unnamed officials of a state named by its
        nisba speak for that state (group ``state:XX``), as its named officials do; other
        unnamed voices ("مصادر تركية") count with whoever cites them. Sources of a state's
        forces or government ("مصادر أمنية عراقية", "مصدر عسكري ليبي") are its officials."""
        words = normal_words(voice.name)
        if not words:
            return None
        if words[0] in _PLURAL_TITLES and len(words) > 1:
            return self._officials_under(voice, words[1].removeprefix("ال"))
        head = words[0].removeprefix("ال")
        if head.isascii():
            head = words[-1]  # "a senior Jordanian official": English puts the head last
        forces = head.startswith(_SOURCE_STEMS) and any(w in _STATE_ADJECTIVES for w in words)
        if not head.startswith(_OFFICIAL_STEMS) and not forces:
            return None
        country = self.registry.country_of(voice.name)
        if country is not None and not _abroad(words):
            self.unnamed_states.append(country)  # whose "الشرطة" the text names after them
        ranked = [w for w in words if w not in _SENIORITY]
        if country is None and forces and len(ranked) == FORCES_WORDS:
            # "مصادر أمنية" in a story told from Cairo: the home state's forces (and so
            # "مصدر عسكري رفيع المستوى": how senior he is names no other body). Another
            # state's unnamed sources before them tell nothing of whose forces these are
            # (a Palestinian source, then the army's).
            country = self._home_state(unnamed=False)
        if country is None:
            return None
        return replace(voice, group=f"state:{country}", country=country)

    def _officials_under(self, voice: Source, sector: str) -> Source | None:
        """ "مديرو التعليم" beside "وزير التعليم فلان": officials over a sector that a state
        official the article named before heads are his state's, one group with him."""
        for source, _ in reversed(self.named):
            if not source.group.startswith("state:"):
                continue
            described = normalize(source.descriptor or source.name).split()
            if any(w.removeprefix("ال") == sector for w in described[1:]):
                return replace(voice, group=source.group, country=source.country)
        return None

    def _affiliation(self, body: str) -> Source:
        """The body an unnamed source belongs to: the registry's entry, or one named so. A
        name that is also a common word needs its head or quotation marks, as a voice's does:
        "مصادر في الاتحاد الأوروبي" are not the newspaper "الاتحاد"."""
        found = self.registry.match(normalize(body).split(), _quoted(body))
        if found is not None:
            return found
        country = self.registry.country_of(body)
        # (a public body, "الإدارة العامة للمرور", is its state's, as its named officials are)
        state = _state_related(body, country) or _public_body(body)
        if state and country:
            # "مسؤولون بوزارة الصحة الأفغانية": a body named with its state tells whose
            # "الشرطة" the text names after it (``_home_state``).
            if not _abroad(normal_words(body)):
                self.unnamed_states.append(country)
        elif state:
            # "مسؤول في وزارة التعليم": a ministry with no country named is the home state's.
            country = self._home_state()
            state = country is not None
        return Source(
            id=stable_id("v", body),
            name=body,
            kind=SourceKind.GOVERNMENT_BODY if state else SourceKind.ORGANIZATION,
            group=f"state:{country}" if state else "",
            country=country,
        )

    def _before(self, mention: Mention) -> str:
        """The text a mention looks back over for what it names: up to ``BODY_LOOKBACK``
        characters before it."""
        return self.article.text[max(0, mention.start - BODY_LOOKBACK) : mention.start]

    def _called_in_text(self, mention: Mention, head: str) -> str:
        """ "الشاب" after "… شاب من أهالي المدينة يدعى فلان الفلاني": the name given where the
        noun first came without its article, a few words before "يدعى"; "" when none."""
        noun = head.removeprefix("ال")
        if mention.kind is not SourceKind.PERSON or not head.startswith("ال") or not noun:
            return ""
        if len(normalize(mention.name).split()) != 1:
            return ""
        window = self._before(mention)
        if "دعى" not in window and "دعي" not in window:
            return ""  # no "يدعى" before: most articles (a search is cheaper than the split)
        raw = window.split()
        for at in range(len(raw) - 1, 0, -1):
            if fold(raw[at]) not in _CALLED:
                continue
            before = [fold(w.strip("،,")) for w in raw[max(0, at - CALLED_WINDOW) : at]]
            if noun not in before:
                continue
            name: list[str] = []
            for word in raw[at + 1 : at + 1 + MAX_CALLED_WORDS]:
                bare = word.rstrip("،,.:؛")
                if name and fold(bare)[:1] == "و":
                    break  # "يدعى فلان ويبلغ من العمر": the next clause
                name.append(bare)
                if bare != word:
                    break  # the name ends at the comma or full stop after it
            return " ".join(name) if len(name) > 1 else ""
        return ""

    def _relayed_speaker(
        self, mention: Mention, voice: Source, carriers: tuple[Source, ...]
    ) -> None:
        """ "ونقلت صحيفة الوادي عن الوزير قوله إن …، مضيفا أن …. وأوضح أن …": the relayed
        person spoke, so a subject-less verb agreeing with him is his, through the same medium.
        With no agreement read, a head noun in ة ("الزوجة") is a woman, any other a man."""
        head = mention.surface.split(maxsplit=1)[0] if mention.surface else ""
        gender = mention.gender or ("f" if head.endswith("ة") else "m")
        self.speakers.append((voice, gender))
        self.carriers_of[voice.id] = carriers

    def speaker(self, gender: str) -> Source | None:
        """The voice a subject-less verb refers to: the last speaker whose agreement fits.

        First-person verbs (نؤكد) are the writer's, hence the publisher's. With no speaker
        before whose agreement fits ("وقال" after "أكدت ماليزيا" alone, "وقالوا" after singular
        voices only, or after a man named by a credit, whose agreement is unread), the subject
        is someone the article names outside any attribution; rather than guess, the
        attribution is dropped.
        """
        if gender == "1":
            return self.publisher
        found = self._last_fitting(gender, self._credited_inside)
        return found if found is not None else self._last_fitting(gender, ())

    def _last_fitting(self, gender: str, skipped: Collection[int]) -> Source | None:
        """The last speaker whose agreement fits ``gender``, past the places in ``skipped``."""
        first = max(0, len(self.speakers) - MAX_LOOKBACK)
        for n in range(len(self.speakers) - 1, first - 1, -1):
            source, said_gender = self.speakers[n]
            if n in skipped:
                continue
            if source.name[:1].isdigit():
                # "قال 64 في المائة من المزارعين …", "64% of farmers said …": a share of those
                # asked speaks once; a later verb with no subject (another share's, written
                # where no voice is read) never goes on from it, nor from one before it.
                return None
            if gender == "p" and not said_gender and _one_person(source):
                continue  # "وفقا لما أعلنه فلان" then "وتوقعوا": one man is not "they"
            if not gender or not said_gender or gender == said_gender:
                return source
        return None

    def _credits_inside(self, raw: RawAttribution, source: Source) -> bool:
        """ "وأوضح المسؤول أن …، مبينا أن …، وفق مسح ميداني. وأضاف: …": a
        credit trailing words that lie inside the content of the speaker before, another
        voice, is what he cited; the verb with no subject after it goes on from him."""
        if raw.source is None or raw.cue_start < raw.end or not self.contents:
            return False
        start, end, speaker = self.contents[-1]
        return start <= raw.start and raw.end <= end and speaker.id != source.id

    def _not_named_in(self, speaker: Source | None, raw: RawAttribution) -> Source | None:
        """ "وقال فلان: «…». وأعلن علان ترشحه …. وتابع «سننتظر خطة علان …»": a subject-less
        verb joined to the sentence before whose quoted words name the last speaker, a person,
        by his surname speaks of him, not as him; it is the speaker before him whose agreement
        fits, when there is one not named there too (else the last speaker stays). Only a
        quotation: a paraphrase may name its own speaker, or run on into the writer's words."""
        if raw.quote is not QuoteKind.DIRECT or speaker is None or not _personal_name(speaker):
            return speaker
        if not self._goes_on(raw):
            return speaker
        words = {
            k for w in normal_words(self.article.text[raw.start : raw.end]) for k in name_keys(w)
        }
        if not _surname_in(speaker, words):
            return speaker
        for source, said_gender in reversed(self.speakers[-MAX_LOOKBACK:]):
            if source.id == speaker.id:
                continue
            if raw.gender == "p" and not said_gender and _one_person(source):
                continue
            if not raw.gender or not said_gender or raw.gender == said_gender:
                named = _personal_name(source) and _surname_in(source, words)
                return speaker if named else source
        return speaker

    def _subject_before(self, speaker: Source | None, raw: RawAttribution) -> Source | None:
        """ "وقال فلان: «…». ولكن علان يشك في أن …. وأوضح «…»": a subject-less verb joined
        to the sentence before, which opens (or whose clause after "ولكن" opens) with a man's
        surname as the subject of a verb that is no cue, goes on from that man, not from the
        last speaker. The surname is one the text gives as a person's: a speaker's before, or
        a name with his title after it ("علان رئيس الاتحاد")."""
        if raw.gender != "m" or not self.contents or not self._goes_on(raw):
            return speaker
        text = self.article.text
        before = text[: raw.cue_start].rstrip()
        before = before[:-1].rstrip() if before[-1:] in _JOINING else before
        if not before.endswith("."):
            return speaker
        start = max(before.rfind(".", 0, len(before) - 1), before.rfind("\n")) + 1
        if start < self.contents[-1][1]:
            return speaker  # (a sentence that holds the last content or its cue)
        surname = _subject_of_other_verb(normal_words(before[start:-1]))
        if not surname:
            return speaker
        person = self._person_named(surname, text[:start])
        if person is None or (speaker is not None and person.id == speaker.id):
            return speaker
        return person

    def _subject_of_act(self, speaker: Source | None, raw: RawAttribution) -> Source | None:
        """ "وعبّر رئيس المجلس فلان عن استيائه …. وقال «…»", "أبدى المدرب فلان تفاؤلا …،
        وقال …": a subject-less verb joined to the clause before, which opens (after a short
        fronted phrase and its comma at most) with a verb that is no cue and a man named by
        a title and a name after it, goes on from that man, not from the last speaker."""
        if raw.gender != "m" or not self.contents or not self._goes_on(raw):
            return speaker
        if self.article.language != "ar":
            return speaker
        text = self.article.text
        end = raw.cue_start
        while end > 0 and (text[end - 1].isspace() or text[end - 1] in _JOINING):
            end -= 1
        end -= 1 if text[end - 1 : end] in ".،," else 0
        start = max(text.rfind(".", 0, end), text.rfind("\n", 0, end)) + 1
        last = max([self.contents[-1][1], *(lead[1] for lead in self.leads[-1:])])
        if start < last:
            return speaker
        tokens = [t for t in tokenize(text, start, end) if t.is_word or t.text in "،,"]
        commas = [k for k, t in enumerate(tokens[: ACT_FRONT + 1]) if not t.is_word]
        at = commas[0] + 1 if commas else 0
        if at >= len(tokens) or not tokens[at].is_word:
            return speaker
        verb = tokens[at].norm
        verb = verb[1:] if verb[:1] in _JOINING and len(verb) > 3 else verb
        if verb in VERB_CUES or verb.startswith("ال") or verb in _STOPWORDS:
            return speaker
        if verb in _SUFFERED:
            return speaker  # "وقُتل الضابط فلان …. وقال": read as passive, he is no speaker
        if verb in _ACT_OBJECT_OPENERS or verb[1:] in _ACT_OBJECT_OPENERS:
            return speaker  # ("ومع الوزير فلان حضر …": a preposition, no verb)
        phrase = tokens[at + 1 : at + 1 + ACT_SUBJECT]
        cut = next((k for k, t in enumerate(phrase) if _opens_object(phrase, k)), None)
        if cut is None and len(phrase) == ACT_SUBJECT:
            return speaker  # (a subject longer than that: its name may be cut)
        phrase = phrase[:cut]
        for size in range(len(phrase), 1, -1):
            if not all(t.is_word for t in phrase[:size]):
                continue
            found = read_voice(text, phrase[:size], self.registry.knows, allow_bare_name=False)
            if found is None or found.anaphor or not found.descriptor:
                continue
            words = normal_words(found.name)
            if not 1 < len(words) <= MAX_NAME_WORDS or not _given_first(words):
                return speaker
            for _, known in reversed(self.people.values()):
                if _personal_name(known) and _surname_in(known, set(words)):
                    return known  # ("الكعبي" before, "الرئيس سالم الكعبي" now: one man)
            return self.voice(found)
        return speaker

    def _lay_group_named_before(self, mention: Mention) -> Source | None:
        """ "وقال الشهود" after "أفاد شهود عيان", "وأضاف السكان" after "قال سكان في الحي":
        lay people named again by their noun with the article are the unnamed group named
        before with that noun (``Words.lay_people``), not a new voice; no other unnamed voice."""
        words = fold(mention.surface).split()
        if len(words) != 1 or not words[0].startswith("ال"):
            return None
        noun = words[0][2:]
        if noun not in union("lay_people"):
            return None
        for source, _ in reversed(self.named[-MAX_LOOKBACK:]):
            if source.kind is SourceKind.ANONYMOUS and fold(source.name).split()[:1] == [noun]:
                return source
        return None

    def _person_named(self, surname: str, earlier: str) -> Source | None:
        """The person whose surname ``surname`` is: a speaker before with that surname, or
        one the earlier text names with a word before and his title after it ("فلان علان
        رئيس الاتحاد")."""
        for _, source in reversed(self.people.values()):
            if _personal_name(source) and _surname_in(source, {surname}):
                return source
        if surname in _STOPWORDS:
            return None  # ("كان رئيس …": a verb before a title, no name)
        words = normal_words(earlier)
        titled = any(
            word == surname and after in OFFICIAL_TITLES and first not in _STOPWORDS
            for first, word, after in zip(words, words[1:], words[2:], strict=False)
        )
        if not titled:
            return None
        return self.voice(Mention(surname, 0, 0, surname, kind=SourceKind.PERSON, gender="m"))

    def _goes_on(self, raw: RawAttribution) -> bool:
        """The cue of ``raw`` is a verb joined to و/ف that goes on from the sentence before
        ("وتابع", "وأضاف", "فأشار"), not a participle of its own sentence's verb ("مشيرا")."""
        text = self.article.text
        at = raw.cue_start
        if text[at : at + 1] in _JOINING:
            return not text[at - 1 : at].isalnum()
        return text[at - 1 : at] in _JOINING and not text[at - 2 : at - 1].isalnum()

    def _envoy(self, phrase: str) -> bool:
        """A title, a state named in its construct, then the body it is posted at: "سفير
        روسيا في الأمم المتحدة", "مندوب الأردن الدائم لدى الأمم المتحدة" (Arabic only)."""
        words = normal_words(phrase)
        if self.article.language != "ar" or len(words) < MIN_ENVOY_WORDS:
            return False
        at = next((k for k, w in enumerate(words[2:MAX_ENVOY_AT], 2) if w in _POSTED_AT), None)
        return at is not None and self.registry.country_of(" ".join(words[1:at])) is not None

    def voice(self, mention: Mention) -> Source:
        """Resolve one mention to a source."""
        mention = _agency_without_news(mention)
        first = mention.surface.split(maxsplit=1)
        if mention.anaphor and mention.surface[:1] == "ل" and mention.name[:2] == "ال":
            first = mention.name.split(maxsplit=1)  # "للصحيفة": read as "الصحيفة" after ل
        head = fold(first[0]) if first else ""
        if mention.anaphor:
            found = self._antecedent(mention, head) or self._outlet_in_text(mention, head)
            if found is not None:
                return found
        if mention.kind is SourceKind.ANONYMOUS and not mention.anaphor:
            lay = self._lay_group_named_before(mention)
            if lay is not None:
                return lay
        called = self._called_in_text(mention, head)
        if called:
            mention = replace(mention, name=called, anaphor=False)  # judged as if named so
        if mention.kind is SourceKind.DOCUMENT:
            author = self._document_author(mention)
            if author is not None:
                return author
            issuer = self._issuer_in_text(mention)
            if issuer:
                # "وأورد التقرير" after "توقعت الهيئة العامة للأرصاد في تقريرها": judged as the
                # body named so
                mention = replace(mention, name=issuer, surface=issuer, kind=_tail_kind(issuer))
        named = mention.kind in (SourceKind.PERSON, SourceKind.OFFICIAL) and mention.descriptor
        # A person's descriptor may name a body ("رئيس اللجنة الدولية للصليب الأحمر"): the
        # registry is asked about the name alone, or the person would become the body.
        looked_up = mention.name if named else mention.surface
        if self.article.language == "en":
            looked_up = romanize(looked_up)  # "aš-Šarq al-Awsaṭ" is written as in the text
        # The title is no head for a name after it: "نائب مدير مطار المدينة" is not the
        # newspaper "المدينة", which needs a head ("صحيفة") to be named so briefly.
        has_head = _quoted(looked_up) if named else _has_head(mention)
        # (the kept words of a name, not a split of its kept normal form: their hashes are kept
        # too, and every look-up hashes them)
        hit = self.registry.match(normal_words(looked_up), has_head)
        if hit is not None and mention.kind is SourceKind.OFFICIAL and self._envoy(looked_up):
            hit = None  # "سفير روسيا في الأمم المتحدة" speaks for Russia, not for the UN
        if hit is not None:
            part = self._part_of_body(mention, looked_up, hit, has_head)
            if part is not None:
                return self._remember(part, head)
        media = mention.kind in (SourceKind.OUTLET, SourceKind.AGENCY, None)
        if hit is None and media and normalize(mention.name) != normalize(mention.surface):
            hit = self.registry.match(normal_words(mention.name), True)
        if hit is None and media:
            hit = self.registry.fuzzy(mention.name)
        if hit is None:
            hit = self._paper_by_common_word(mention)
        if hit is not None and self.article.language == "en" and _in_lowercase(hit, looked_up):
            hit = None  # "The independent daily Al-Masaa": an adjective, not The Independent
        if hit is not None and mention.kind is SourceKind.ANONYMOUS:
            # "مصادر في القوات المعادية لحركة الساحل": the body named after "hostile to" is the
            # enemy of the forces the sources are in, not theirs.
            words = normal_words(looked_up)
            ours = until_hostile(words)
            if len(ours) < len(words):
                hit = self.registry.match(ours, has_head) if ours else None
        if (
            hit is not None
            and mention.kind is SourceKind.ANONYMOUS
            and hit.kind in _NAMED_BODY_KINDS
        ):
            return self._remember(self._unnamed_of(mention, hit), head)
        if hit is not None:
            return self._remember(hit, head)
        shortened = self._body_named_before(mention)
        if shortened is not None:
            return self._remember(shortened, head)
        written = self._body_in_text(mention)
        if isinstance(written, Source):
            return self._remember(written, head)
        if written:
            mention = replace(mention, name=written)  # judged below as if named so
        elif mention.kind in _TAIL_KINDS and not mention.descriptor:
            whole = self._body_by_tail(mention)
            if whole:
                # "الأرصاد" after "الرئاسة العامة للأرصاد": judged as the body named so
                kind = _tail_kind(whole)
                mention = replace(mention, name=whole, surface=whole, kind=kind)
        if mention.kind in (SourceKind.PERSON, None) and not mention.descriptor:
            body = self._body_by_its_name(mention)
            if body is not None:
                return body  # "شركة نوردان للاستشارات … وبحسب نوردان": the company again
        if mention.kind is SourceKind.ANONYMOUS:
            holder = self._official_of_domain(mention)
            if holder is not None:
                return holder
        if mention.kind in (SourceKind.PERSON, SourceKind.OFFICIAL):
            unnamed = self._unnamed_by_its_noun(mention)
            if unnamed is not None:
                return unnamed
        if mention.kind is SourceKind.OUTLET:
            surnamed = self._quoted_surname(mention)
            if surnamed is not None:
                return surnamed
        if mention.kind in (SourceKind.PERSON, SourceKind.OFFICIAL, None):
            earlier = self._same_person(mention)
            if earlier is not None and _titled_now(mention, earlier):
                # "نفى الكعبي …" (a bare name read as a man with no title), then "وأكد وزير
                # التعليم سالم الكعبي": his role tells whose official he is, under the name
                # (and id) he had (``_official_after``).
                mention = replace(mention, name=earlier.name)
                earlier = None
            elif earlier is None and mention.kind is SourceKind.OFFICIAL:
                earlier = (
                    self._titled_surname(mention)
                    or self._role_holder(mention)
                    or self._role_given_whole(mention)
                )
            if earlier is not None:
                return earlier
        kind = mention.kind or SourceKind.PERSON
        if kind is SourceKind.PERSON and _officials_of(mention.name):
            kind = SourceKind.ANONYMOUS  # "مسؤولو أمن بتركيا": unnamed officials, no person
        elif kind is SourceKind.PERSON and _civil_body(mention.name):
            kind = SourceKind.ORGANIZATION  # "أعلن اتحاد المصارف": a body, no person
        group = ""
        # A named person's country is in his descriptor: "التركي", "المصري" closing a name
        # are family names ("اللواء منصور التركي" is no Turkish general).
        naming = mention.descriptor if named else f"{mention.descriptor} {mention.name}"
        country = self.registry.country_of(naming) or self.registry.office_country_of(naming)
        # A place name alone as the voice ("Damascus said", "Ankara denied") is that state's
        # government, never a person.
        place = self._state_named(mention.name)
        if place is not None and not mention.descriptor and kind is SourceKind.PERSON:
            kind, group, country = SourceKind.GOVERNMENT_BODY, f"state:{place}", place
            # "أكدت مصر أن …، وقال رئيس الهيئة فلان": with no official named with his country
            # and no dateline, the state speaking is the one its officials belong to.
            self.spoke.append(place)
        elif place is not None and kind is SourceKind.OFFICIAL and not country:
            country = place  # "مندوبة واشنطن", "سفير دمشق": that state's official
        stated = country  # as the text names it, before any home state
        if kind is SourceKind.ORGANIZATION and _central_bank(mention.name):
            # "أعلن البنك المركزي الساحلي" and "قال محافظ المصرف المركزي الساحلي فلان": the bank
            # speaks for its state, with the governor and the ministers (one group).
            kind = SourceKind.GOVERNMENT_BODY
            country = country or self._home_state()
            group = f"state:{country}" if country else ""
        elif kind is SourceKind.PERSON and _state_sector(mention.name):
            # "نفى قطاع السجون": a ministry's sector, no person, speaks for the state its
            # ministry serves, as the ministry named with no country does.
            kind = SourceKind.GOVERNMENT_BODY
            country = country or self._home_state()
            group = f"state:{country}" if country else ""
        elif kind in _PUBLIC_KINDS and _public_body(f"{mention.descriptor} {mention.name}"):
            # "المؤسسة العامة للحبوب", "مدير عام الهيئة العامة للطيران": a public body of the
            # home state, and its officials, count with its ministers (one group).
            kind = SourceKind.GOVERNMENT_BODY if kind in BODY_KINDS else SourceKind.OFFICIAL
            country = country or self._home_state()
            group = f"state:{country}" if country else ""
        elif kind in (SourceKind.OFFICIAL, SourceKind.GOVERNMENT_BODY):
            described = f"{mention.descriptor} {mention.name}"
            if (
                _state_related(described, country)
                and not _over_named_bodies(mention.descriptor)
                and not self._over_club(described)
            ):
                # "وفي طهران، أعلن عضو مجلس الشورى": the place his sentence opens with
                # is where he serves, before any state named earlier.
                country = (
                    country
                    or self._placed_state(mention.start)
                    or self._placed_state(self._first_named(mention))
                )
                if country:
                    self.states.append(country)
                else:
                    country = self._home_state()
                    if country and named and self._title_held_abroad(mention, country):
                        # "وزير الخارجية سالم الفارس" in a dispatch from Berlin that names
                        # "وزير الخارجية الألماني" too: the sender's minister, not Germany's.
                        country = self._sender_state()
                group = f"state:{country}" if country else ""
        if kind is SourceKind.GOVERNMENT_BODY and not group and stated:
            if _named_state_body(mention.name):
                # "لجنة مكافحة الإرهاب الروسية", "المكتب الثقافي المصري": a government body
                # whose own name carries its state counts with that state's ministers.
                group = f"state:{stated}"
        if kind in BODY_KINDS and not group:
            state = self._office_of_official(mention.name)
            if state is not None:
                # "مكتب العبادي" after "رئيس الوزراء العراقي حيدر العبادي": his office.
                kind, group, country = SourceKind.GOVERNMENT_BODY, f"state:{state}", state
        if kind is SourceKind.OFFICIAL and stated is None:
            # (A role naming its country, "مندوب الساحل لدى المنظمة", speaks for that state.)
            body = self._body_spoken_for(mention)
            if body is not None and not body.group.startswith("state:"):
                # "المتحدث باسم البعثة" after "بعثة الأمم المتحدة": the mission's spokesman
                # speaks for it, not for the state of the dateline.
                group, country = body.independence_group, body.country
            elif body is not None and not group:
                # "المدير العام للمؤسسة" after "المؤسسة العامة للحبوب": a state body's
                # official is his state's, as its minister is.
                group, country = body.group, body.country
        if kind is SourceKind.OFFICIAL and mention.descriptor:
            body = self._international_body(mention.descriptor)
            if body is not None:
                # "المتحدث باسم بعثة الأمم المتحدة في ليبيا فلان": he speaks for the UN, not
                # for the state where the mission is posted.
                group, country = body.independence_group, body.country
        if kind is SourceKind.OFFICIAL and mention.descriptor and not group:
            body = self._state_body_named(mention.descriptor)
            if body is not None:
                # "عضو اللجنة التنفيذية لمنظمة …": an officer of a body the registry
                # holds for a state speaks for that state.
                group, country = body.group, body.country
        name = mention.name
        if kind in UNNAMED_KINDS:
            # Unnamed voices are scoped to the article: "مصدر" here is not "مصدر" elsewhere.
            source_id = stable_id("anon", f"{self.article.id} {name}")
        elif kind in (SourceKind.PERSON, SourceKind.OFFICIAL) and len(skeleton(name).split()) >= 2:
            # One person in either script or any transliteration: وليد المعلم = Walid al-Moallem.
            source_id = stable_id("p", skeleton(name))
        elif group.startswith("state:") and not self.registry.country_of(name):
            # "الحكومة", "وزارة الداخلية": a body named by no state is each state's own, one
            # voice per state ("الحكومة" of one article is not that of an article from another).
            source_id = stable_id("v", f"{name} {group}")
        else:
            source_id = stable_id("v", name)
        source = Source(
            id=source_id,
            name=name,
            kind=kind,
            group=group,
            country=country,
            descriptor=(
                mention.descriptor
                or self._group_affiliation(kind, head)
                or self._nisba_body(kind, name)
            ),
        )
        return self._remember(source, head)

    def _over_club(self, described: str) -> bool:
        """ "رئيس الساحل" where the text names "نادي الساحل" or "فريق الساحل": the title is over
        a club called by its name alone, no state's body."""
        words = normal_words(described)
        at = next((k for k, w in enumerate(words[:-1]) if w in _STATE_TITLES), None)
        if at is None:
            return False
        club = words[at + 1]
        if club in _STATE_TITLES or len(club) < MIN_CLUB_LETTERS:
            return False
        if club.removeprefix("ال") in _GOVERNMENT_WORDS:
            return False  # "رئيس الحكومة" beside "فريق الحكومة المفاوض": the state's own
        if club not in self._folded_text():
            return False  # (most articles: a cheap test before the text is normalised)
        if self._normal_text is None:
            self._normal_text = normalize(self.article.text)
        text = f" {self._normal_text} "
        return any(f" {head} {club} " in text for head in _CLUB_HEADS)

    def _state_named(self, name: str) -> str | None:
        """The country a voice's name is, if it is one: "قطر", "Damascus", and the state with
        its form in front ("دولة قطر", "مملكة البحرين", "the Republic of Iraq") or a courtesy
        adjective after ("دولة الكويت الشقيقة")."""
        words = normalize(name).split()
        while len(words) > 1 and words[-1] in _STATE_COURTESIES:
            words = words[:-1]
        found = self.registry.countries.get(" ".join(words))
        while found is None and len(words) > 1 and words[0] in _STATE_FORMS:
            words = words[1:]
            found = self.registry.countries.get(" ".join(words))
        return found

    def _group_affiliation(self, kind: SourceKind, head: str) -> str:
        """ "مندوب ثان" after "مندوب بالمنظمة": another member of the body named before.

        Erring this way merges origins, never splits them: a false "corroborated" is the worst
        error, so an unnamed voice of the same head counts with the body named for the last.
        """
        if kind not in UNNAMED_KINDS or not head:
            return ""
        for source, seen_head in reversed(self.named):
            if source.kind in UNNAMED_KINDS and seen_head == head and source.descriptor:
                return source.descriptor
        return ""

    def _nisba_body(self, kind: SourceKind, name: str) -> str:
        """ "مصادر هلالية" in an article naming "فريق الهلال": unnamed sources named by the
        nisba of a club, party or company the article names (its head and the name, as
        written) speak for it; "" when the name holds no such nisba. A country's nisba
        ("مصادر عراقية") is no body's."""
        if kind not in UNNAMED_KINDS:
            return ""
        stems = [
            word[: -len(end)]
            for word in normalize(name).split()[1:]
            for end in _NISBA_ENDINGS
            if word.endswith(end) and len(word) - len(end) >= MIN_NISBA_STEM
        ]
        stems = [s for s in stems if self.registry.country_of(s + "ي") is None]
        if not stems:
            return ""
        folded = self._folded_text()
        if not any("ال" + stem in folded for stem in stems):
            return ""  # no word of the text is "ال" and a stem: no split of the whole text
        if self._normal_text is None:
            self._normal_text = normalize(self.article.text)
        words = self._normal_text.split()
        for n, word in enumerate(words[1:], 1):
            if word.removeprefix("ال") not in stems or not word.startswith("ال"):
                continue
            body = words[n - 1]
            heads = _CIVIL_BODIES_OR_TEAMS
            body = body[1:] if body[:1] in _BODY_CLITICS and body[1:] in heads else body
            if body in heads:
                return f"{body} {word}"
        return ""

    def _remember(self, source: Source, head: str = "") -> Source:
        known = self.by_id.get(source.id)
        if known is not None and not known.descriptor and source.descriptor:
            known = replace(known, descriptor=source.descriptor)
        source = known if known is not None and not source.descriptor else source
        self.by_id[source.id] = source
        self.named.append((source, head))
        if source.kind in (SourceKind.PERSON, SourceKind.OFFICIAL):
            self.people.pop(source.name, None)  # (to the end: the order is the last naming's)
            self.people[source.name] = (len(self.named) - 1, source)
        return source

    def _same_country(self, mention: Mention, source: Source) -> bool:
        """An unnamed office-holder whose words name a country ("الوزير الألماني") is the one
        named before only when that one is of the same country: after "وزير الخارجية فلان" in
        a Saudi paper, "وتحدث الوزير الألماني" is another minister, "الوزير السعودي" the same."""
        country = self.registry.country_of(mention.surface)
        if country is None:
            return True
        # A title that names no country is the sending state's ("وزير الخارجية فلان" in a
        # paper of that state); with no such state, who it is stays open and they merge.
        theirs = self.registry.country_of(f"{source.descriptor} {source.name}")
        theirs = theirs or self._sender_state()
        return theirs is None or theirs == country

    def _antecedent(self, mention: Mention, head: str) -> Source | None:
        """الصحيفة → the newspaper last named; الوكالة → the agency; المتحدث → the spokesperson."""
        bare = head[2:] if head.startswith("ال") else head
        if mention.kind is SourceKind.OUTLET and bare:
            # "كشف موقع X نقلا عن صحيفة Y … وقالت الصحيفة": the one named with that very head
            # first, before any outlet named last.
            for source, seen_head in reversed(self.named[-MAX_LOOKBACK:]):
                headed = source.kind is SourceKind.OUTLET and seen_head and bare in seen_head
                if headed and not self.is_publisher(source):
                    return source
        other: Source | None = None  # for "المصدر", the last unnamed voice of another head
        for source, seen_head in reversed(self.named[-MAX_LOOKBACK:]):
            if self.is_publisher(source):
                continue
            if mention.kind is SourceKind.AGENCY and source.kind is SourceKind.AGENCY:
                return source
            if mention.kind is SourceKind.AGENCY and _agency_named_body(mention, source):
                # "أعلنت الوكالة الاتحادية للعمل أن … وأشارت الوكالة إلى": the body last
                # named "الوكالة …", not a news agency credited before it.
                return source
            if mention.kind is SourceKind.OUTLET and source.kind is SourceKind.OUTLET:
                if not seen_head or bare in seen_head or bare in _OUTLET_HEADS:
                    return source
            if mention.kind in (SourceKind.OFFICIAL, SourceKind.PERSON) and source.kind in (
                SourceKind.OFFICIAL,
                SourceKind.PERSON,
            ):
                if (
                    bare
                    and bare in normalize(source.descriptor)
                    and self._same_country(mention, source)
                ):
                    return source
            if (
                mention.kind is SourceKind.GOVERNMENT_BODY
                and source.kind
                in (
                    SourceKind.GOVERNMENT_BODY,
                    SourceKind.ORGANIZATION,
                )
                and bare
                and bare in normalize(source.name)
            ):
                return source
            if mention.kind is SourceKind.ORGANIZATION and source.kind is SourceKind.ORGANIZATION:
                # "قالت شركة «نجمة» … وأضافت الشركة": the body named with that head; "الشركة"
                # after "جمعية …" is another body.
                if bare in normalize(source.name):
                    return source
            if mention.kind is SourceKind.ANONYMOUS and source.kind is SourceKind.ANONYMOUS:
                if _one_person_for_sources(mention, source):
                    continue
                if _described_alike(mention, source) and _officials_alike(mention, source):
                    if not _other_than_one_source(mention, source):
                        return source
                    other = other or source
            if mention.kind is SourceKind.OFFICIAL and _unnamed_holder(mention, bare, source):
                return source
            if (
                mention.kind is SourceKind.OFFICIAL
                and source.kind in BODY_KINDS
                and source.in_registry
                and (seen_head[2:] if seen_head.startswith("ال") else seen_head) == bare
            ):
                # "وأضاف الناطق" after "الناطق باسم اللجنة الدولية للصليب الأحمر", read as the
                # body he speaks for: the same spokesman, so the same voice (also after an
                # indefinite "متحدث باسم …": "وأضاف المتحدث").
                return source
        if other is not None:
            return other  # no unnamed source in the singular before it
        if mention.kind is SourceKind.ANONYMOUS and (
            _unnamed_adjectives(mention) or _plural_officials(mention.surface)
        ):
            # "وقالت المصادر الإيرانية" with no Iranian sources before, "وقال المسؤولون" with
            # no unnamed officials before: new unnamed voices.
            return None
        if mention.kind is SourceKind.ANONYMOUS and self.speakers:
            # "وقال المصدر" with no unnamed source before: the source just quoted, often the
            # agency ("أعلنت وكالة الأناضول … وقال المصدر"). Sources, in the plural, are never
            # the one man quoted last ("نفى الوزير فلان … وبينت المصادر أن …").
            last = self.speakers[-1][0]
            one = last.kind in (SourceKind.PERSON, SourceKind.OFFICIAL)
            if one and normalize(mention.surface).split()[:1] == [_SOURCES]:
                return None
            if _one_person_for_sources(mention, last):
                return None  # (nor the one unnamed person quoted last)
            return last
        return None

    def _paper_by_common_word(self, mention: Mention) -> Source | None:
        """ "ذكرت الأنباء أن": a lone word read as a person's name that the registry knows as a
        paper needing a head (its name is a common word) is that paper when it speaks: a paper
        takes a feminine verb, and a place ("قالت الرياض", the state) stays what it was."""
        if mention.kind is not SourceKind.PERSON or mention.descriptor or mention.gender == "m":
            return None
        words = normal_words(mention.surface)
        if len(words) != 1 or self.registry.country_of(mention.surface) is not None:
            return None
        hit = self.registry.match([_PAPER, *words], True)
        return hit if hit is not None and hit.kind is SourceKind.OUTLET else None

    def _document_author(self, mention: Mention) -> Source | None:
        """ "وقال البيان" after "قالت الوزارة في بيان": the statement's author, the ministry.

        Only a bare document noun is resolved, and only to a voice whose own lead named such a
        document; a statement never tied to an author stays a document.
        """
        words = normalize(mention.surface).split()
        if len(words) != 1:
            return None
        noun = words[0].removeprefix("ال")
        for source, head in reversed(self.named):
            # "التقرير" after "تقرير الأمم المتحدة": the report named before.
            named = normalize(source.name).split()
            if source.kind is SourceKind.DOCUMENT and len(named) > 1 and noun in named[0]:
                return source
            if source.in_registry and source.kind in BODY_KINDS and head == "ال" + noun:
                return source  # "النشرة" after "النشرة الدورية لمنظمة الصحة" (read as its body)
        cited = None
        for start, end, source in reversed(self.leads):
            if source.kind is SourceKind.DOCUMENT:
                continue
            lead = normalize(self.article.text[start:end]).split()
            # "بيان", "ببيان", "البيان", "بيانا": the noun with at most its clitics or case.
            at = next(
                (
                    k
                    for k, w in enumerate(lead)
                    if noun in w and len(w) - len(noun) <= MAX_CLITIC_LETTERS
                ),
                None,
            )
            if at is None:
                continue
            if at == 0 or lead[at - 1] != "في" or lead[at] != "ال" + noun:
                return source
            # "وأشار فلان في التقرير": he spoke in a report named before; its author, if an
            # earlier lead named him, is whose the report is.
            cited = cited or source
        return cited or self._said_in_document(noun)

    def _said_in_document(self, noun: str) -> Source | None:
        """ "وأوضحت الوزارة أن …، وذلك في بيان وزع على الصحافيين." then "وجاء في البيان": the
        voice whose words, the last read, close by saying a document of that noun carried them
        ("في بيان", "ببيان"; not "في بيان لوزارة أخرى", a statement of another body)."""
        for start, end, source in reversed(self.contents):
            words = normalize(self.article.text[start:end]).split()
            for k, word in enumerate(words):
                said_in = word == "ب" + noun or (word == noun and k and words[k - 1] == "في")
                after = words[k + 1] if k + 1 < len(words) else ""
                if said_in and not after.startswith("ل") and after not in _ISSUED_BY:
                    return source
        return None

    def _role_holder(self, mention: Mention) -> Source | None:
        """A role given without a name, held by someone named before with that role.

        "نائب وزير الخارجية السوري" or "المسؤول السوري" after "نائب وزير الخارجية السوري فلان"
        is فلان: one speaker never becomes two voices. The role's head may be a generic word
        the descriptor does not repeat ("المسؤول"); the words after it must all be there, a
        nisba in either gender ("المسؤول التركي" after "رئيس الحكومة التركية فلان").
        """
        if mention.descriptor:
            return None
        words = normal_words(mention.name)
        if len(words) == 1 and not words[0].startswith("ال") and not _possessed(mention.name):
            # "وقالت متحدثة لـ…": a role of one indefinite word is someone new, never the
            # spokeswoman named before (one of unnamed officials named so may be).
            return self._one_of_officials(mention)
        role = [_stem_of_role(w) for w in _plain_role(words)]
        for source, _ in reversed(self.named):
            if source.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL) or not source.descriptor:
                continue
            if _other_sex(mention.name, source.descriptor):
                continue  # "مديرة المدرسة" after "مدير المدرسة فلان": another person
            held = {_stem_of_role(w) for w in normal_words(source.descriptor)}
            if role[0] not in held and _post_under_post(words):
                continue  # "نائب أمير المنطقة" after "أمير المنطقة فلان": his deputy, another man
            rest = role if role[0] in held else role[1:]
            if rest and set(rest) <= held | self._nisbas_of_place(source.descriptor, rest):
                return source
        return self._role_named_in_passing(mention) or self._one_of_officials(mention)

    def _role_given_whole(self, mention: Mention) -> Source | None:
        """A role read as a title and a name ("منسق" and "مبادرة الوادي الأخضر") whose words
        stand, in that order, in the role given earlier to a named person ("قال فلان، منسق مبادرة
        الوادي الأخضر، إن …" … "وأكد منسق مبادرة الوادي الأخضر أن …"): that person, not a new
        one named after the body. Only a role of three words or more is this sure, and only
        with a post in it ("الفريق فلان" is a rank and a man's name, himself), and a "name"
        that opens with no given name."""
        role = normal_words(f"{mention.descriptor} {mention.name}")
        if len(role) < MIN_WHOLE_ROLE_WORDS or _given_first(normal_words(mention.name)):
            return None
        if all(w in RANKS or w in PERSON_TITLES for w in fold(mention.descriptor).split()):
            return None
        for source, _ in reversed(self.named):
            if source.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL) or not source.descriptor:
                continue
            held = normal_words(source.descriptor)
            for k in range(len(held) - len(role) + 1):
                # (not before "و" and another man: "وزير الخارجية فلان ونظيره …" read as the
                # next one's role is the first man's)
                after = held[k + len(role) : k + len(role) + 1]
                if held[k : k + len(role)] == role and not (after and after[0][:1] == "و"):
                    return source
        return None

    def _nisbas_of_place(self, descriptor: str, stems: Sequence[str]) -> set[str]:
        """The stems among a role's that are nisbas of the country a descriptor names by its
        place: "المسؤول اليمني" holds the post of "رئيس الأركان في اليمن فلان" as it does that
        of "رئيس الأركان اليمني فلان" (the registry knows the country's names and nisbas)."""
        country = self.registry.country_of(descriptor)
        if country is None:
            return set()
        return {stem for stem in stems if self.registry.country_of("ال" + stem) == country}

    def _official_of_domain(self, mention: Mention) -> Source | None:
        """ "وقال مسؤول الحج" after "نائب رئيس اللجنة الوطنية للحج فلان": "the official" of a
        domain, made definite by it, is the man named before whose title holds that domain
        (with or without a preposition: "للحج"); "مسؤول في الوزارة" stays unnamed."""
        words = normal_words(mention.name)
        if len(words) != DOMAIN_ROLE_WORDS or words[0] != _OFFICIAL_HEAD:
            return None
        if not words[1].startswith("ال"):
            return None
        domain = _bare_role_word(words[1])
        for source, _ in reversed(self.named[-MAX_LOOKBACK:]):
            if source.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL) or not source.descriptor:
                continue
            if domain in {_bare_role_word(w) for w in normal_words(source.descriptor)}:
                return source
        return None

    def _one_of_officials(self, mention: Mention) -> Source | None:
        """A role given without a name after unnamed officials of a state that hold it ("قال
        مسؤولون حكوميون كينيون إن … وأضاف المسؤول الحكومي أن …"): one of them, so one voice
        with them (their state's)."""
        role = {_role_key(w) for w in normal_words(mention.name)}
        for source, _ in reversed(self.named[-MAX_LOOKBACK:]):
            if source.kind is not SourceKind.ANONYMOUS or self._unnamed_officials(source) is None:
                continue
            if role <= {_role_key(w) for w in normal_words(source.name)}:
                return source
        return None

    def _role_named_in_passing(self, mention: Mention) -> Source | None:
        """A role whose holder the text named with it outside any attribution ("برئاسة وزير
        الطاقة الروسي سالم نوفيك. وقال نوفيك …، وكشف وزير الطاقة الروسي …"): the voice named
        by the words right after the role there."""
        if len(mention.name.split()) < MIN_ROLE_WORDS or not self.named:
            return None
        role = normalize(mention.name)
        if role.split(" ", 1)[0] not in self._folded_text():
            return None  # its first word is nowhere in the text, so the role is not
        if self._normal_text is None:
            self._normal_text = normalize(self.article.text)
        text = self._normal_text
        at = text.find(role + " ")
        if at < 0:
            return None
        # (split off the first words only: the rest of the article is not split)
        following = text[at + len(role) :].split(maxsplit=MAX_NAME_AFTER_ROLE)
        after = " " + " ".join(following[:MAX_NAME_AFTER_ROLE]) + " "
        for source, _ in reversed(self.named):
            if source.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL):
                continue
            name = normalize(source.name)
            if name and f" {name} " in after:
                return source
        return None

    def _home_state(self, *, unnamed: bool = True) -> str | None:
        """The state an article speaks from, for a state body or official it names with no
        country ("وزارة الداخلية"): that of the state official or body last named with his
        country ("نائب رئيس الوزراء فلان" after "رئيس الوزراء التركي"), else the country of its
        dateline ("الكويت - واس", "القاهرة (أ ف ب)", a byline's "عدن: سالم الفارس"), else the
        state that last spoke by its name ("أكدت مصر أن …"), else (``unnamed``) that of the
        unnamed officials last named with their country ("مسؤولون بوزارة الصحة الأفغانية"),
        else the country of a byline place that is its publisher's own desk, else the state
        agency it is credited to or
        published by, else, when no wire is credited, its publisher's country.
        The text's own words come first: a desk in London or Beirut writes of other states'
        officials. Reading one state for two may merge two origins,
        never split one."""
        if self.states:
            return self.states[-1]
        # A desk in the publisher's own country ("«الوادي» من الرياض") writes of any state:
        # one that spoke by its name ("وقالت كوريا الجنوبية …") tells more of whose officials
        # the text names.
        # Unnamed officials of a state named with its country ("مسؤولون بوزارة الصحة
        # الأفغانية") tell it next: a wire's story from abroad printed with no dateline.
        told = self.unnamed_states[-1] if unnamed and self.unnamed_states else ""
        return (
            self._dateline_state()
            or (self.spoke[-1] if self.spoke else told or self._desk)
            or self._sender_state()
        )

    def _placed_state(self, start: int) -> str | None:
        """The country of a place and a comma that open the sentence a voice stands in ("وفي
        طهران، أعلن …", "ومن دمشق، قال …"): a wire that moves from capital to capital names
        each one so; None when the sentence opens otherwise ("ومن جهته،")."""
        window = self.article.text[max(0, start - PLACE_LOOKBACK) : start]
        stop = max(window.rfind(mark) for mark in _SENTENCE_STOPS)
        if stop < 0 and start > PLACE_LOOKBACK:
            return None  # the sentence opens further back than a place could lead it
        found = _PLACE_OPENING.match(window[stop + 1 :])
        if found is None:
            return None
        place = found.group(1)
        return self.registry.place_of(place) or self.registry.country_of(place)

    def _first_named(self, mention: Mention) -> int:
        """Where the text first names a person in full, before this mention of him ("وفي
        طهران، دافع الرئيس فلان الفلاني عن …" with no cue, then "وقال الفلاني"), or the
        mention's own start when it names him first or by one word only."""
        if len(mention.name.split()) < 2:
            return mention.start
        first = self.article.text.find(mention.name, 0, mention.start)
        return first if first >= 0 else mention.start

    def _dateline_state(self) -> str | None:
        """The country of the article's dateline or byline place, if it names one (kept)."""
        if self._dateline is None:
            lead = self.article.text[self.article.body_start :][:DATELINE_CHARS]
            author = self.article.author or ""
            lead_place = re.split(r"[-–(:]", lead, maxsplit=1)[0]
            # A byline gives its place before the reporter ("عدن: سالم الفارس") or after him
            # ("سالم الفارس - عدن", "وكالات - أنقرة").
            pieces = _byline_pieces(author)
            whole = self.registry.place_of(author) or self.registry.country_of(author)
            bylines = [whole if len(author.split()) <= 3 else None]
            # Its first and last pieces, and a country in brackets after the place ("المنيا
            # (مصر): «الوادي»", "درنة (شرق ليبيا): فلان"): where the place is.
            inner = [m.group(1) for m in _BRACKETED.finditer(author)]
            bylines += [self.registry.place_of(p) for p in (pieces[:1] + inner + pieces[1:][-1:])]
            # A byline place in the publisher's own country is its desk ("«الوادي» من
            # الرياض"), which writes of any state: a headline opening with a state ("مصر تمدد
            # …") tells more of whose bodies the text names.
            home = self.publisher.country if self.publisher.in_registry else None
            found = [c for c in bylines[:1] if c != home]
            if len(lead_place.split()) <= 3:
                found.append(
                    self.registry.place_of(lead_place) or self.registry.country_of(lead_place)
                )
            found += [c for c in bylines[1:] if c != home]
            found.append(self._headline_state())
            self._dateline = next(filter(None, found), "")
            self._desk = next(filter(None, bylines), "")
        return self._dateline or None

    def _headline_state(self) -> str | None:
        """The state the article's headline opens with, by its name or its capital ("مصر
        تمدد …", "Ankara says …"), if it does."""
        words = (self.article.title or "").split()[:1]
        if not words:
            return None
        return self.registry.country_of(words[0]) or self.registry.place_of(words[0])

    def _title_held_abroad(self, mention: Mention, country: str) -> bool:
        """Whether the text names another man holding the minister's title a named official's
        descriptor opens with ("وزير الخارجية") as ``country``'s, with its nisba and his name
        ("وزير الخارجية الألماني هانز كولر"): then the first, given that title with no
        country, is not that state's, as one state has one foreign minister. A deputy's title
        ("نائب وزير الخارجية الألماني") is another, and the title with its nisba and no name
        after it ("وزير الطاقة الإماراتي أمس") may be the first man again."""
        title = _title_of(mention.descriptor)
        if not title:
            return False
        own = set(normalize(mention.name).split())
        if self._normal_text is None:
            self._normal_text = normalize(self.article.text)
        text = self._normal_text
        for found in re.finditer(rf"(?<!\S){re.escape(title)} (\S+)", text):
            before = text[: found.start()].rsplit(maxsplit=1)[-1:]
            if before and _state_title(before[0]):
                continue
            if self.registry.country_of(found.group(1)) != country:
                continue
            after = text[found.end() :].split(maxsplit=HOLDER_WORDS)[:HOLDER_WORDS]
            if not own.isdisjoint(after):
                continue
            while after and (after[0].startswith("ال") or after[0] in _HONORIFICS):
                after = after[1:]  # "الدكتور", "الفريق الركن", "معالي"
            name = after[:NAME_WORDS]
            if len(name) == NAME_WORDS and all(
                len(w) >= MIN_NAME_LETTERS and w not in _STOPWORDS for w in name
            ):
                return True
        return False

    def _sender_state(self) -> str | None:
        """The state of the agency an article is credited to or published by, else, when no
        wire is credited, its publisher's country (kept)."""
        if self._sender is None:
            agency = next(
                (s for s in (self.wire, self.publisher) if s and s.group.startswith("state:")),
                None,
            )
            home = agency.group[len("state:") :] if agency is not None else ""
            if not home and self.wire is None and self.publisher.in_registry:
                home = self.publisher.country or ""
            self._sender = home
        return self._sender or None

    def _body_named_before(self, mention: Mention) -> Source | None:
        """ "المرصد" after "المرصد السوري لحقوق الإنسان": a body named by the first word of a
        body's name given before in the article is that body (the latest such)."""
        words = normal_words(mention.name)
        if mention.kind not in BODY_KINDS or len(words) != 1 or not words[0].startswith("ال"):
            return None
        for source, _ in reversed(self.named[-MAX_LOOKBACK:]):
            theirs = normal_words(source.name)
            if source.kind in BODY_KINDS and len(theirs) > 1 and theirs[0] == words[0]:
                return source
        return None

    def _body_in_text(self, mention: Mention) -> Source | str:
        """ "الصندوق" after "توقع صندوق التنمية الريفية …" (no voice then, only a name in the
        text): the body last named before with that head noun ("صندوق …", "وصندوق …"), as the
        registry knows it, else its name as written: the noun, the definite word after it and
        the nisbas that follow ("نادي الساحل", "صندوق التنمية الريفية"); "" when none."""
        words = normal_words(mention.name)
        if mention.kind not in BODY_KINDS or len(words) != 1 or not words[0].startswith("ال"):
            return ""
        noun = words[0][2:]
        window = self._before(mention)
        raw = window.split()
        folded = _folded_chunks(window, len(raw))
        for at in range(len(raw) - 1, -1, -1):
            if folded is not None and noun not in folded[at]:
                continue  # the noun is no part of this word's fold, so of its normalize
            word = normalize(raw[at])
            if word != noun and not (word[:1] in _BODY_CLITICS and word[1:] == noun):
                continue
            tail = raw[at + 1 : at + MAX_BODY_WORDS]
            after = [noun, *(normalize(w) for w in tail)]
            for size in range(len(after), 1, -1):
                hit = self.registry.match(after[:size], True)
                if hit is not None and hit.kind in BODY_KINDS:
                    return hit
            # Unknown to the registry: the noun, the definite word after it and the nisbas
            # that follow ("صندوق التنمية الريفية", "نادي الساحل").
            named = [raw[at][len(word) - len(noun) :].strip('«»"')]
            for n, w in enumerate(after[1:]):
                if not (w.startswith("ال") and w[2:].isalpha()) or (n and not _nisba(w)):
                    break
                named.append(tail[n].strip('،,.:؛«»"'))
            return " ".join(named) if len(named) > 1 else ""
        return ""

    def _outlet_in_text(self, mention: Mention, head: str) -> Source | None:
        """ "ونقلت الصحيفة عن مصادر …" after "نشرت صحيفة «الأفق» البريطانية صورة …" (no
        voice then, only a name in the text): the paper or agency last named before with that
        head noun, as the registry knows it, else its quoted name as written; None when the
        text names none (a bare "الصحيفة" left so is a voice naming no one, and the unnamed
        sources it cites would count as their own origin)."""
        media = (SourceKind.OUTLET, SourceKind.AGENCY)
        if mention.kind not in media or not head.startswith("ال") or len(head) <= len("ال"):
            return None
        if len(normal_words(mention.name)) != 1:
            return None  # "الموقع الرسمي الإيراني" after "موقع العربية": another site described
        noun = head[2:]
        window = self._before(mention)
        raw = window.split()
        folded = _folded_chunks(window, len(raw))
        for at in range(len(raw) - 2, -1, -1):
            if folded is not None and noun not in folded[at]:
                continue
            word = normalize(raw[at])
            if word != noun and not (word[:1] in _BODY_CLITICS and word[1:] == noun):
                continue
            tail = raw[at + 1 : at + MAX_BODY_WORDS]
            quoted = _quoted_words(tail)
            # The name is what the quotation marks hold, else the word or two right after the
            # noun up to a mark ("صحيفة الأفق، اليوم": not the paper "اليوم" further on).
            named = quoted.split() if quoted else _words_to_mark(tail, MAX_OUTLET_WORDS)
            after = [noun, *(normalize(w) for w in named)]
            for size in range(len(after), 1, -1):
                hit = self.registry.match(after[:size], True)
                if hit is not None and hit.kind is mention.kind:
                    # (a paper for "الصحيفة": "صحيفة فلان الألمانية" names no German agency)
                    return self._remember(hit, head)
            if not quoted:
                return None
            surface = f"{raw[at][len(word) - len(noun) :]} {quoted}"
            return self.voice(replace(mention, surface=surface, name=quoted, anaphor=False))
        return None

    def _issuer_in_text(self, mention: Mention) -> str:
        """ "وأورد التقرير" after "توقعت الهيئة العامة للأرصاد في تقريرها اليومي …" (no voice
        there, only a forecast): the body named a few words before "في" and the document noun
        with its possessive ("تقريرها", "بيانه", "دراستها") issued it; its name as written,
        or "" when the text holds none. The last such phrase before the voice is taken."""
        words = normal_words(mention.name)
        if len(words) != 1 or not words[0].startswith("ال"):
            return ""
        noun = words[0][2:]
        stem = noun[:-1] + "ت" if noun.endswith("ه") else noun  # "دراسه" → "دراستها"
        owned = {stem + "ه", stem + "ها"}
        window = self._before(mention)
        if stem not in fold(window):
            return ""  # (most documents: no split of the window)
        raw = window.split()
        for at in range(len(raw) - 1, 1, -1):
            if normalize(raw[at]) not in owned or normalize(raw[at - 1]) != "في":
                continue
            for first in range(at - 2, max(0, at - 2 - MAX_ISSUER_WORDS), -1):
                if raw[first][-1:] in _CLAUSE_ENDS:
                    break  # the body is named in the same clause
                head = normalize(raw[first])
                bare = head[1:] if head[:1] in _BODY_CLITICS and head[1:3] == "ال" else head
                construct = bare in _TAIL_HEADS and raw[first + 1][:2] == "ال"  # "وزارة الصحة"
                if construct or (bare.startswith("ال") and bare[2:] in _TAIL_HEADS):
                    named = [w.strip('«»"()') for w in raw[first : at - 1]]
                    named[0] = named[0][len(head) - len(bare) :]
                    return " ".join(named) if len(named) > 1 else ""
            return ""
        return ""

    def _body_by_tail(self, mention: Mention) -> str:
        """ "الجوازات" after "المديرية العامة للجوازات": a voice of one or two words that ends
        a body's name written before ("<head> <adjective> لل…"), with no voice of its own
        there, is that body; its name as written, or "" when the text holds none.

        Only a head the lexicon knows for a body and one adjective after it ("العامة",
        "الوطنية") are taken, so "قرر الاتحاد للتوثيق" or a place's "ل" names no body.
        """
        words = normal_words(mention.name)
        if not 0 < len(words) <= MAX_TAIL_WORDS or not words[0].startswith("ال"):
            return ""
        linked = "لل" + words[0][2:]
        window = self._before(mention)
        if linked not in fold(window):
            return ""  # (most voices: no split of the window)
        raw = window.split()
        for at in range(len(raw) - 1, 1, -1):
            if normalize(raw[at]) != linked:
                continue
            rest = [normalize(w) for w in raw[at + 1 : at + len(words)]]
            if rest != list(words[1:]):
                continue
            head = normalize(raw[at - 2])
            bare = head[1:] if head[:1] in _BODY_CLITICS and head[1:3] == "ال" else head
            if bare.removeprefix("ال") not in _TAIL_HEADS:
                continue
            if not normalize(raw[at - 1]).startswith("ال"):
                continue  # "هيئة للإغاثة": no adjective, no name
            named = raw[at - 2 : at + len(words)]
            named[0] = named[0][len(head) - len(bare) :]
            return " ".join(w.strip('،,.:؛«»"()') for w in named)
        return ""

    def _office_of_official(self, name: str) -> str | None:
        """The state of the official whose office a body is ("مكتب الفارس", "المكتب الإعلامي
        للفارس"), read where the text names him with his title and country ("رئيس الوزراء
        الساحلي سالم الفارس"); None when it names no such office or official. An office
        speaks for the official it serves, so for his state."""
        words = normalize(name).split()
        if not 1 < len(words) <= MAX_OFFICE_WORDS or words[0].removeprefix("ال") != _OFFICE:
            return None
        holder = words[-1]
        if holder.startswith("لل"):
            holder = "ال" + holder[2:]  # "للفارس" → "الفارس"
        if len(holder) < MIN_HEAD_NOUN or self.registry.country_of(holder) is not None:
            return None  # "مكتب الأمم", "المكتب المصري": no one's office
        if holder not in self._folded_text():
            return None  # (a search before the pattern: most offices are of no one named)
        if self._normal_text is None:
            self._normal_text = normalize(self.article.text)
        # Tried at word starts only, a word read whole (no giving back letters): a match
        # never starts inside a word, and a shorter run of letters is followed by a letter,
        # not a space. The same matches, several times faster over a long article.
        named = re.compile(
            rf"(?<!\S)((?:\S++\s++){{2,{MAX_TITLE_BEFORE}}}){re.escape(holder)}(?!\S)"
        )
        for found in named.finditer(self._normal_text):
            country = self.registry.country_of(found.group(1))
            if country is not None and _state_related(found.group(1), country):
                return country
        return None

    def _international_body(self, descriptor: str) -> Source | None:
        """The body of no state a spokesperson's descriptor names after "باسم" ("المتحدث
        باسم بعثة الأمم المتحدة في ليبيا" → the United Nations), as the registry knows it."""
        words = normalize(descriptor).split()
        if "باسم" not in words:
            return self._named_body(descriptor) or self._office_in_body(words)
        after = words[words.index("باسم") + 1 :]
        for start in range(len(after)):
            for size in range(min(MAX_BODY_WORDS, len(after) - start), 0, -1):
                hit = self.registry.match(after[start : start + size], True)
                if hit is not None and hit.kind is SourceKind.ORGANIZATION and hit.group:
                    return None if hit.group.startswith("state:") else hit
        return None

    def _office_in_body(self, words: Sequence[str]) -> Source | None:
        """The body of no state an Arabic title holds its office in, named after the title's
        head ("نائب المفوض العام للمنظمة الدولية", "مدير عمليات الوكالة الأممية في المدينة"),
        as the registry knows it: its officers speak for it as its spokesman does. None when
        the title addresses the body ("سفير بلاده لدى الأمم المتحدة" speaks for his state) or
        names a state the body's own name does not."""
        if len(words) < 2 or not _ADDRESSED_TO.isdisjoint(words):
            return None
        hit = self.registry.match(words[1:], True)
        if hit is None or hit.kind is not SourceKind.ORGANIZATION or not hit.group:
            return None
        if hit.group.startswith("state:"):
            return None
        country = self.registry.country_of(" ".join(words))
        if country is not None and all(
            self.registry.country_of(name) != country for name in (hit.name, *hit.aliases)
        ):
            return None  # "مدير مكتب المنظمة الأردني": the state's man, not the body's
        return hit

    def _state_body_named(self, descriptor: str) -> Source | None:
        """The state's body a title names after its head ("عضو اللجنة التنفيذية لمنظمة
        التحرير"), as the registry knows it, else None."""
        words = normalize(descriptor).split()
        for start in range(1, len(words)):
            for size in range(min(MAX_BODY_WORDS, len(words) - start), 0, -1):
                hit = self.registry.match(words[start : start + size], True)
                if hit is None or hit.kind is not SourceKind.GOVERNMENT_BODY:
                    continue
                if hit.group.startswith("state:"):
                    return hit
        return None

    def _named_body(self, descriptor: str) -> Source | None:
        """The body of no state an English office names in capitals ("a spokesman for the United
        Nations", "the U.N. envoy", "NATO's chief"), as the registry knows it.

        Only capitalised words are looked up, so that "who" is not the WHO.
        """
        for run in _CAPITALISED_RUN.findall(descriptor):
            words = [_bare_latin(word) for word in run.split()]
            for start in range(len(words)):
                for size in range(min(MAX_BODY_WORDS, len(words) - start), 0, -1):
                    hit = self.registry.match(words[start : start + size], True)
                    if hit is not None and hit.kind is SourceKind.ORGANIZATION and hit.group:
                        return None if hit.group.startswith("state:") else hit
        return None

    def _body_spoken_for(self, mention: Mention) -> Source | None:
        """The body a role names by its head noun alone at its end ("المتحدث باسم البعثة",
        "المتحدث باسم العمليات العسكرية للحركة"), as the article named it before: a body
        voice opening with that noun ("حركة الساحل"), else one the registry knows as written
        in the text ("بعثة الأمم المتحدة" → the United Nations); None when there is none."""
        words = normalize(mention.descriptor or mention.name).split()
        if len(words) < MIN_ROLE_WORDS:
            return None
        last = words[-1]
        if last.startswith("لل"):
            last = "ال" + last[2:]  # "للحركة" → "الحركة"
        elif last[:1] in _BODY_CLITICS and last[1:].startswith("ال"):
            last = last[1:]  # "بالهيئة" → "الهيئة"
        if not last.startswith("ال") or len(last) < MIN_HEAD_NOUN:
            return None
        noun = last[2:]
        for source, _ in reversed(self.named[-MAX_LOOKBACK:]):
            theirs = normalize(source.name).split()
            if source.kind in BODY_KINDS and theirs and theirs[0].removeprefix("ال") == noun:
                return source
        if noun not in self._folded_text():
            return None  # the noun is nowhere in the article: no body named by it (no scan)
        written = self._body_in_text(replace(mention, name=last, kind=SourceKind.ORGANIZATION))
        if isinstance(written, Source):
            return written
        return self._international_body_before(mention, noun)

    def _international_body_before(self, mention: Mention, noun: str) -> Source | None:
        """ "المتحدثة باسم المنظمة" after "تعتزم الأونروا …": a generic noun of international
        bodies (``_INTERNATIONAL_HEADS``) that no body named before opens stands for the body of
        no state the registry finds in the text just before, whatever its own head. A news
        agency or a state's body there is no answer."""
        if noun not in _INTERNATIONAL_HEADS:
            return None
        hit = self.registry.match(normalize(self._before(mention)).split(), True)
        if hit is None or hit.kind is not SourceKind.ORGANIZATION or not hit.group:
            return None
        return None if hit.group.startswith("state:") else hit

    def _titled_surname(self, mention: Mention) -> Source | None:
        """ "اللواء التركي" after "اللواء منصور الحمدان التركي": a title and one word that closes
        the name of a person named before is that person (the word may look like a
        nationality, or a role's complement; the person named is the nearer reading)."""
        words = mention.name.split()
        if mention.descriptor or len(words) != 2 or not normalize(words[1]).startswith("ال"):
            return None
        if normalize(words[0]) not in _STATE_TITLES:
            return None
        return self._same_person(replace(mention, name=words[1]))

    def _part_of_body(
        self, mention: Mention, looked_up: str, body: Source, has_head: bool
    ) -> Source | None:
        """A body the text ties to a registry body named after it ("لجنة حقوق الطفل التابعة
        للأمم المتحدة", "قناة النور التابعة للحزب"): that body's part, not the body itself. It
        is shown as written, in the registry body's independence group, so that it counts as
        one origin with the body (never a second one beside it). None when the words before
        the tie name a registry source of their own, or the registry body is not named after
        the tie."""
        if mention.kind not in _PART_KINDS:
            return None
        words = normal_words(looked_up)
        tie = next((k for k, word in enumerate(words) if word in _PART_OF), 0)
        if tie < 1 or self.registry.match(words[:tie], has_head) is not None:
            return None
        if mention.kind is None and words[0] in GIVEN_NAMES:
            return None  # a man's name, not a body's head
        after = self.registry.match(words[tie + 1 :], True)
        if after is None or after.id != body.id:
            return None
        name = mention.name
        own = _before_tie(name)
        if mention.kind in _MEDIA_KINDS and own and len(own) < len(_before_tie(mention.surface)):
            # "قناة الندى التابعة للحزب": a medium named after its head goes by its own name,
            # as others do; "وسائل الإعلام التابعة للحزب" keeps the body it is tied to
            name = " ".join(own)
        return Source(
            id=stable_id("v", f"{body.id} {normalize(name)}"),
            name=name,
            kind=mention.kind or _tail_kind(name),
            group=body.independence_group,
            country=body.country,
        )

    def _unnamed_of(self, mention: Mention, body: Source) -> Source:
        """An unnamed voice tied to a body the registry knows ("مصادر مقربة من حزب الله", "مصدر
        في الأمم المتحدة"): shown as written, in the body's independence group, so that it
        counts as one origin with the body (never a second one beside it)."""
        return Source(
            id=stable_id("anon", f"{self.article.id} {mention.name}"),
            name=mention.name,
            kind=SourceKind.ANONYMOUS,
            group=body.independence_group,
            country=body.country,
            descriptor=body.name,
        )

    def _unnamed_by_its_noun(self, mention: Mention) -> Source | None:
        """ "وأضاف الضابط" after "وقال ضابط في الجيش": a bare definite noun, no name and no
        descriptor, is the unnamed voice named before with that noun (not a person called
        "الضابط", a second voice beside him). None when no such voice was named."""
        words = normal_words(mention.name)
        if mention.descriptor or len(words) != 1 or not words[0].startswith("ال"):
            return None
        noun = words[0][2:]
        for source, _ in reversed(self.named[-MAX_LOOKBACK:]):
            if _unnamed_holder(mention, noun, source):
                return source
        return None

    def _body_by_its_name(self, mention: Mention) -> Source | None:
        """A body named earlier in the article whose own name (not its head: "شركة", "مركز")
        is the one word of a bare mention: "شركة نوردان للاستشارات" … "وبحسب نوردان" is the
        company again, not a second voice; so is "الصحة" after "وزارة الصحة"."""
        words = normal_words(mention.name)
        if len(words) != 1 or len(words[0]) < MIN_BODY_NAME_LETTERS:
            return None
        for source, _ in reversed(self.named[-MAX_LOOKBACK:]):
            if source.kind not in _NAMED_BODY_KINDS or self.is_publisher(source):
                continue
            theirs = normal_words(source.name)
            if words[0].startswith("ال"):
                # "الصحة" after "وزارة الصحة": a ministry or authority by its field alone,
                # as headlines and later sentences name it; only a name of two words.
                if len(theirs) == 2 and theirs[1] == words[0]:
                    return source
                continue
            at = theirs.index(words[0]) if words[0] in theirs[1:] else 0
            if at and theirs[at - 1] not in _NAMESAKE_WORDS:
                return source  # (not "مؤسسة الملك فيصل" … "فيصل": a king's name, a person's)
        return None

    def _quoted_surname(self, mention: Mention) -> Source | None:
        """One quoted word the registry lacks, read as a medium ("ويقول «الكعبي»"), that is the
        surname of a person named before in the article ("سالم الكعبي"): that person again.

        Only a titled official or a name with a given name before the surname counts: after
        "توقعات البنك" or "لفتة أبل", read as people, «البنك» and «أبل» are the bodies."""
        words = normal_words(mention.name)
        if len(words) != 1 or mention.descriptor:
            return None
        earlier = self._same_person(mention)
        if earlier is None or normal_words(earlier.name)[-1:] != words:
            return None
        before = earlier.name.split()[:-1]
        if earlier.kind is SourceKind.OFFICIAL or any(fold(w) in GIVEN_NAMES for w in before):
            return earlier
        return None

    def _same_person(self, mention: Mention) -> Source | None:
        """A surname (or part of a name) given in full earlier in the article, in any spelling."""
        tokens = set(_abd_joined(normal_words(mention.name)))
        if not tokens:
            return None
        sounds: frozenset[str] | None = None  # the skeleton, read when first needed
        # Each name once, at its last naming: an earlier naming of the same name answers alike.
        oldest = len(self.named) - MAX_LOOKBACK
        for position, source in reversed(self.people.values()):
            if position < oldest:
                break
            if _other_sex(mention.name, source.name):
                continue  # "والدة الشهيد" after "والد الشهيد فلان": his wife, not him
            theirs, bare, their_sounds = _name_words(source.name)
            if tokens <= theirs or tokens <= bare:
                return source
            if not mention.descriptor and tokens & theirs:
                # "المنتج الكردي" after "المنتج أحمد الكردي": his trade and surname, read
                # together as a name (the lexicon lacks the trade); the given name left out.
                words = normal_words(source.name)
                described = tokens <= theirs | set(normal_words(source.descriptor))
                if described and words[0] not in tokens:
                    return source
            if sounds is None:
                sounds = _telling_sounds(mention.name)
            if (
                sounds
                and sounds <= their_sounds
                and not _spelled_otherwise(mention.name, source.name)
            ):
                return source
        return None


#: Long vowels an Arabic spelling of a name writes inside a word.
_LONG_VOWELS = frozenset("اوي")


def _spelled_otherwise(name: str, earlier: str) -> bool:
    """True when a one-word Arabic name shares its consonant skeleton with a word of an
    earlier name only by writing another long vowel where that word has its own: "ديرن" and
    "داران" (ي where ا is), "ديبرسون" and "دوبرسون" (ي where و is, after the first letter) are
    two men. Two spellings of one name drop or move a long vowel ("شفتيلر", "شفيتلر": one
    man) but do not trade one for another. Two given names the lexicon knows are two names,
    not two spellings of one: "حسن" is not "حسين", nor "سعد" "سعيد"."""
    words = normal_words(name)
    if len(words) != 1 or not words[0].isalpha() or words[0].isascii():
        return False
    word = words[0]
    sound = skeleton(word)
    vowels = _LONG_VOWELS.intersection(word.removeprefix("ال")[1:])
    given = fold(word) in GIVEN_NAMES
    for other in normal_words(earlier):
        if skeleton(other) != sound:
            continue
        if given and other != word and fold(other) in GIVEN_NAMES:
            continue
        theirs = _LONG_VOWELS.intersection(other.removeprefix("ال")[1:])
        if (vowels <= theirs or theirs <= vowels) and not _vowel_traded(word, other):
            return False
    return True


def _vowel_traded(word: str, other: str) -> bool:
    """True when two spellings with as many letters between their long vowels write, after
    one and the same letter, two different long vowels ("ديبرسون", "دوبرسون")."""
    slots, their_slots = _vowel_slots(word), _vowel_slots(other)
    if len(slots) != len(their_slots):
        return False
    pairs = zip(slots, their_slots, strict=True)
    return any(mine and theirs and not mine & theirs for mine, theirs in pairs)


def _vowel_slots(word: str) -> list[frozenset[str]]:
    """The long vowels written after each other letter of a word, without its article (the
    first letter is never read as a vowel): "ديبرسون" has ي after د and و after س."""
    body = word.removeprefix("ال")
    slots: list[frozenset[str]] = []
    vowels: set[str] = set()
    for k, letter in enumerate(body):
        if k and letter in _LONG_VOWELS:
            vowels.add(letter)
            continue
        if k:
            slots.append(frozenset(vowels))
        vowels = set()
    slots.append(frozenset(vowels))
    return slots


def _other_sex(name: str, earlier: str) -> bool:
    """True when the first word of one name is the other's in its feminine, in ة ("والدة",
    "مديرة" after "والد", "مدير", or the reverse): a woman and a man, though the skeleton of
    their letters is one ("والده", his father, is no woman)."""
    first, their_first = name.partition(" ")[0], earlier.partition(" ")[0]
    if first.endswith("ة") == their_first.endswith("ة"):
        return False  # (most pairs: no word in ة, or both, so no normalising)
    one, other = normal_words(first), normal_words(their_first)
    if not one or not other:
        return False
    return one[0] == other[0] + "ه" or other[0] == one[0] + "ه"


#: Heads of a state's mission abroad and of its diplomats, normalised, article dropped: an
#: official of "القنصلية الأميركية" in a story from Istanbul tells nothing of whose police
#: "الشرطة" is (``_home_state``).
_MISSION_HEADS = frozenset(
    normalize(w) for w in ("سفارة", "قنصلية", "بعثة", "دبلوماسي", "دبلوماسيون", "دبلوماسيين")
) | frozenset({"embassy", "consulate", "mission", "diplomat", "diplomats"})


def _abroad(words: Sequence[str]) -> bool:
    """True when an unnamed voice's words name a state's mission abroad or its diplomats."""
    return any(w.removeprefix("ال") in _MISSION_HEADS for w in words)


#: Words tying a body to the one named after them ("التابعة للأمم المتحدة"): part of it.
_PART_OF = frozenset(fold(word) for word in "التابع التابعة تابع تابعة".split())
#: Kinds of a voice that may be a part of a registry body (``Resolver._part_of_body``).
_PART_KINDS = frozenset(
    {
        SourceKind.ORGANIZATION,
        SourceKind.GOVERNMENT_BODY,
        SourceKind.OUTLET,
        SourceKind.AGENCY,
        None,  # a head the lexicon does not list ("لجنة", "وحدة")
    }
)


def _before_tie(name: str) -> list[str]:
    """The words of a name before the word tying it to another body ("التابعة")."""
    return list(itertools.takewhile(lambda word: fold(word) not in _PART_OF, name.split()))


#: Bodies a later bare mention of their own name refers back to.
_NAMED_BODY_KINDS = frozenset(
    {SourceKind.ORGANIZATION, SourceKind.GOVERNMENT_BODY, SourceKind.OUTLET, SourceKind.AGENCY}
)
#: Titles bodies are named after, normalised: "جامعة الملك سعود" names the king, not itself.
_NAMESAKE_WORDS = frozenset(normalize("الملك الملكة الأمير الأميرة الشيخ الإمام السلطان").split())
#: Fewest letters of a body's own name read back from a bare mention.
MIN_BODY_NAME_LETTERS = 3


#: How far back "لـ" before a medium's name is looked for, and the marks read as spaces there.
_TOLD_REACH = 6
_TOLD_MARKS = str.maketrans({mark: " " for mark in '"«“”»ـ'})


def _own_paper_told(mention: Mention, carrier: Source) -> bool:
    """ "وقالت مصادر للصحيفة إن …" with no other paper named before: the paper told is the
    publisher itself, no medium in the chain (an anaphor resolved to nothing keeps its word)."""
    return (
        mention.anaphor
        and carrier.kind is SourceKind.OUTLET
        and not carrier.in_registry
        and normalize(carrier.name) == normalize(mention.name)
        and len(mention.name.split()) == 1
    )


def _nisba(word: str) -> bool:
    """A folded definite adjective of relation ("الدولي", "الزراعيه")."""
    return word.endswith(("ي", "يه")) and len(word) > 4


#: "مسؤول الحج": an official named by his head and the domain he serves, two words.
DOMAIN_ROLE_WORDS = 2
_OFFICIAL_HEAD = fold("مسؤول")
#: Fewest letters left of a word once its proclitic is taken off ("للحج" → "حج").
MIN_ROLE_STEM = 2


def _bare_role_word(word: str) -> str:
    """A folded word of a title without its proclitics, article or feminine ending: "للحج",
    "والحج" and "الحج" are one domain."""
    for clitic, replacement in PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= MIN_ROLE_STEM:
            word = replacement + word[len(clitic) :]
            break
    return _stem_of_role(word)


def _possessed(name: str) -> bool:
    """Whether a word as written ends in a possessive pronoun ("نائبه", "مستشارها"), which
    makes it definite (a final ة is no pronoun)."""
    return name.strip().endswith(POSSESSIVE_PRONOUNS)


#: (periphrasis, title) of ``ROLE_PERIPHRASES`` in normalised words.
_PERIPHRASES = tuple((normal_words(a), normal_words(b)) for a, b in ROLE_PERIPHRASES)


def _post_under_post(words: tuple[str, ...]) -> bool:
    """A role whose first two words are titles ("نائب أمير المنطقة", "مساعد وزير الصحة",
    "مستشار الرئيس"): a post under the second one, never held by that post's holder."""
    return len(words) > 1 and words[0] in OFFICIAL_TITLES and words[1] in OFFICIAL_TITLES


def _plain_role(words: tuple[str, ...]) -> tuple[str, ...]:
    """A role's normalised words with a periphrasis opening them put as the title it stands
    for: "رئيس الدبلوماسية الكندية" → "وزير الخارجية الكندية"."""
    for said, title in _PERIPHRASES:
        if words[: len(said)] == said:
            return title + words[len(said) :]
    return words


def _stem_of_role(word: str) -> str:
    """A folded word of a role without its article or feminine ending: "التركية" and "التركي"
    are one nisba."""
    return word.removeprefix("ال").removesuffix("ه")


def _role_key(word: str) -> str:
    """A folded word of a role in any number and hamza seat: "المسؤول", "مسئولون" and
    "مسؤولين" are one word, "الحكومي" and "حكوميون" another."""
    word = _stem_of_role(word)
    if len(word) > PLURAL_STEM and word.endswith(("ون", "ين")):
        word = word[:-2]
    return word[:1] + word[1:].replace("يو", "وو")  # the seat of a hamza inside the word


#: Fewest letters of a role word with a plural ending ("مسؤولون" has 7).
PLURAL_STEM = 5


def _shortened(mention: Mention, source: Source) -> bool:
    """True when a person is named by part of the name given before ("محمود" for "كفاح محمود")."""
    if source.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL) or mention.name == source.name:
        return False
    return normalize(mention.name) != normalize(source.name)


#: Fewest consonants of a skeleton that can tell one name from another ("hftr", "mlm").
MIN_SKELETON = 3


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A name's words normalised, the same without ال, and the words of its skeleton."""
    written = normalize(name).split()
    words = frozenset(written).union(_abd_joined(written))
    bare = frozenset(w.removeprefix("ال") for w in words)
    return words, bare, frozenset(skeleton(name).split())


def _abd_joined(words: Sequence[str]) -> tuple[str, ...]:
    """Normalised name words with a given name in "عبد" or a name in "أبو" written as one
    word, as they often are: "بدر عبد العاطي" and "عبدالعاطي", "أبو زهرة" and "سالم أبوزهرة"
    name one man; "ابن" is "بن" ("ابن رشيد" is "سامي بن حمد بن رشيد")."""
    out: list[str] = []
    for word in words:
        if out and ((out[-1] == _ABD and word.startswith("ال")) or out[-1] == _ABU):
            out[-1] += word
        else:
            out.append(_BIN if word == _IBN else word)
    return tuple(out)


_ABD = normalize("عبد")
_ABU = normalize("أبو")
_IBN, _BIN = normalize("ابن"), normalize("بن")


@lru_cache(maxsize=4096)
def _telling_sounds(name: str) -> frozenset[str]:
    """The words of a name's skeleton, or none when one of them is too short to tell one man
    from another: "العبيدي" and "عبد", "العمري" and "عمر" sound alike by two consonants.
    (Kept: _same_person asks it of a name given again and again.)"""
    sounds = frozenset(skeleton(name).split())
    return frozenset() if any(len(sound) < MIN_SKELETON for sound in sounds) else sounds


def _civil_body(name: str) -> bool:
    """A name of two words or more opening with the head of a body that is no state's ("اتحاد
    المصارف العربية", "جمعية الصيادين"): a body, whatever the extractor took it for."""
    words = normalize(name).split()
    return len(words) > 1 and words[0].removeprefix("ال") in _CIVIL_BODIES


def _state_sector(name: str) -> bool:
    """ "قطاع السجون", "قطاع الأمن العام": a sector of a ministry (its head, then a definite
    noun), which speaks for the state as the ministry does; "قطاع غزة" (a place, no article)
    is none."""
    words = normalize(name).split()
    return len(words) > 1 and words[0] == _SECTOR and words[1].startswith("ال")


#: The head of a ministry's sector, folded.
_SECTOR = fold("قطاع")


@lru_cache(maxsize=1)
def _ministry_branches() -> Mapping[str, str]:
    """Each sector noun that names a ministry's regional directorates, folded and with no
    article ("تعليم", "صحة"), and the ministry's key (``branch_ar`` in data/terms.toml)."""
    with _default_path("terms.toml").open("rb") as handle:
        entries = tomllib.load(handle).get("term", [])
    return {fold(noun): entry["key"] for entry in entries for noun in entry.get("branch_ar", ())}


#: Words a directorate's sector noun follows in an official's title ("مدير عام تعليم …",
#: "المدير العام للتعليم …", "مدير إدارة تعليم …"), folded.
_BRANCH_HEADS = frozenset(
    fold(word)
    for word in "مدير مديرة المدير المديرة عام العام مساعد مساعدة إدارة الإدارة مديرية"
    " المديرية مكتب فرع لفرع لمديرية لإدارة وكيل نائب مشرف المشرف متحدث المتحدث ناطق"
    " الناطق في".split()
)


def _regional_branch(descriptor: str) -> str:
    """The ministry (its key in data/terms.toml) whose regional directorate a descriptor
    names, "" when none: a sector noun with no article and its place after it ("مدير عام
    تعليم الوادي", "مدير المستشفى بصحة الساحل", "مدير إدارة تعليم الوادي"), or with the
    article and "ب"/"في" and its place after it ("المدير العام للتعليم بمنطقة الساحل", "مدير
    عام الصحة في محافظة الوادي"). Two provinces' directors of one ministry speak for it, one
    origin when they tell one ministry-wide fact. A noun before "و" ("مدير الصحة والسلامة")
    or over a company, a club or a university ("مدير التعليم في شركة الساحل") names none."""
    words = normalize(descriptor).split()
    branches = _ministry_branches()
    for n, word in enumerate(words[:-1]):
        after = words[n + 1]
        if after.startswith("و") or _over_civil_body(
            [_joined_article(w) for w in words[n + 1 : n + 4]]
        ):
            continue
        headed = n > 0 and words[n - 1] in _BRANCH_HEADS
        bare = word[1:] if word.startswith("ب") and word[1:] in branches else word
        if bare in branches and (headed or bare != word):
            return branches[bare]  # "تعليم الوادي", "بصحة الساحل"
        noun = next((word[len(a) :] for a in _BRANCH_ARTICLES if word.startswith(a)), "")
        if noun in branches and headed and (after == "في" or after.startswith("ب")):
            return branches[noun]  # "للتعليم بمنطقة الساحل", "الصحة في محافظة الوادي"
    return ""


#: The article of a sector noun, alone or with "ل"/"ب" joined ("التعليم", "للتعليم").
_BRANCH_ARTICLES = ("ال", "لل", "بال")


def _bare_document(source: Source) -> bool:
    """A document named by its noun alone ("البيان", "التقرير"), its author unknown."""
    return source.kind is SourceKind.DOCUMENT and len(source.name.split()) == 1


def _has_head(mention: Mention) -> bool:
    # An unnamed source's descriptor is its affiliation ("في الوزارة"), not a head noun.
    described = bool(mention.descriptor) and mention.kind not in UNNAMED_KINDS
    return described or _quoted(mention.surface)


def _quoted(name: str) -> bool:
    """Whether a name is written with quotation marks ("صحيفة «الوادي»")."""
    return "«" in name or '"' in name or "“" in name


#: How the heads of unnamed officials begin, folded ("مسؤول", "المسؤولون", "دبلوماسيون").
_OFFICIAL_STEMS = ("مسوول", "مسيول", "دبلوماسي", "official", "diplomat")
#: How the heads of unnamed sources begin, folded ("مصدر", "مصادر", "sources").
_SOURCE_STEMS = ("مصدر", "مصادر", "source")
#: Words of "مصادر أمنية", "a security source": sources of the forces with no state named,
#: which speak for the article's home state; "مصادر أمنية في الشركة" says whose they are.
FORCES_WORDS = 2
#: Words of an unnamed source's seniority or knowledge, folded ("مصدر عسكري رفيع المستوى",
#: "مصادر أمنية مطلعة"): they tie him to no body.
_SENIORITY = frozenset(
    normalize(word)
    for word in (
        "رفيع رفيعة رفيعو المستوى كبير كبيرة كبار بارز بارزة مطلع مطلعة مطلعون "
        "senior high-ranking informed"
    ).split()
)
#: Adjectives that put an unnamed source inside a state's forces or government, folded.
_STATE_ADJECTIVES = frozenset(
    normalize(word)
    for word in (
        "أمني أمنية عسكري عسكرية حكومي حكومية استخباراتي استخباراتية رسمي رسمية "
        "security military government intelligence"
    ).split()
)


#: A central bank's name, folded and without the article: a state's own body.
_CENTRAL_BANKS = frozenset({("بنك", "مركزي"), ("مصرف", "مركزي")})


def _central_bank(name: str) -> bool:
    """Whether a body's name opens with "البنك المركزي" or "المصرف المركزي" (a state's)."""
    words = tuple(w.removeprefix("ال") for w in normalize(name).split()[:2])
    return words in _CENTRAL_BANKS


def _officials_of(name: str) -> bool:
    """Whether a name is unnamed officials in the construct plural ("مسؤولو الأمن", "مسؤولو
    أمن بتركيا"), read as a person's name when no title heads it."""
    if name.isascii():
        return False  # (for speed: an English name, asked of most voices, has no Arabic word)
    first = normalize(name).split()[:1]
    if first and first[0] in _PLURAL_TITLES:
        return True  # "مدراء تعليم المحافظات", "مديرو المدارس": several officials, no person
    return bool(first) and first[0].endswith("و") and first[0].startswith(_OFFICIAL_STEMS)


#: Endings of a nisba adjective, folded ("هلالية", "هلالي"), longest first.
_NISBA_ENDINGS = ("يه", "ي")
#: Fewest letters of the noun a nisba is made from ("هلال"): shorter ones are common words.
MIN_NISBA_STEM = 3
#: Heads of a sports body named after a club ("فريق الهلال"), folded.
_TEAMS = frozenset(normalize(w) for w in ("فريق", "الفريق", "منتخب"))
#: Heads that name a club before its bare name ("نادي الساحل"), folded; and the fewest
#: letters of a club's bare name looked for after them.
_CLUB_HEADS = frozenset(normalize(w) for w in ("نادي", "فريق", "ناديي"))
MIN_CLUB_LETTERS = 3
#: Heads of a state's own bodies, which no club is called by ("الحكومة", "المجلس").
_GOVERNMENT_WORDS = union("government_heads") | union("body_heads_alone")
#: Civil bodies and teams, built once rather than in every loop that tests a word.
_CIVIL_BODIES_OR_TEAMS = _CIVIL_BODIES | _TEAMS
#: Plurals of a title that open a voice of several unnamed officials ("مدراء التعليم",
#: "مديرو المدارس"), folded: no person's name begins with one.
_PLURAL_TITLES = frozenset(normalize(w) for w in ("مدراء", "مديرو", "مديري", "رؤساء"))


def _in_lowercase(source: Source, text: str) -> bool:
    """Whether every English name of a registry source that the text holds is written there
    in lower case: "the independent daily" names no newspaper "Independent"."""
    lowered = text.lower()
    seen = False
    for alias in (source.name_en or "", *source.aliases):
        alias = alias.removeprefix("The ").removeprefix("the ")  # "The" opens any sentence
        if not alias.isascii() or not alias.strip():
            continue
        at = lowered.find(alias.lower())
        while at >= 0:
            written = text[at : at + len(alias)]
            if written != written.lower():
                return False
            seen = True
            at = lowered.find(alias.lower(), at + 1)
    return seen


#: A run of capitalised Latin words, with the small words of a name inside it ("United
#: Nations", "U.N.", "Office of the High Commissioner", "NATO's").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*(?: (?:of |for |the |and )*[A-Z][\w.'’-]*)*")


def _bare_latin(word: str) -> str:
    """A Latin word without its full stops and possessive: "U.N." → "UN", "NATO's" → "NATO"."""
    return word.replace(".", "").removesuffix("'s").removesuffix("’s")


def _title_of(descriptor: str) -> str:
    """The minister's title a descriptor opens with, with its portfolio ("وزير الخارجيه" from
    "وزير الخارجية الأستاذ"), normalised, or "" when it opens with none."""
    words = normalize(descriptor).split()[:TITLE_WORDS]
    if len(words) < TITLE_WORDS or words[0] not in _MINISTERS or words[1] in _NO_PORTFOLIO:
        return ""
    return " ".join(words)


def _state_title(word: str) -> bool:
    """Whether a normalised word is a state's title, of either gender ("الوزير", "الوزيره")."""
    return word in _STATE_TITLES or word.removesuffix("ه") in _STATE_TITLES


#: Most characters before a voice in which its sentence's opening place is looked for.
PLACE_LOOKBACK = 160
#: What ends the sentence before a voice's.
_SENTENCE_STOPS = (".", "!", "؟", "\n")
#: "وفي طهران،", "ومن دمشق،": a place of one or two words and a comma opening a sentence.
_PLACE_OPENING = re.compile(r"\s*[وف]?(?:في|من)\s+([^\s،,.]+(?:\s+[^\s،,.]+)?)\s*[،,]")


def _state_related(descriptor: str, country: str | None) -> bool:
    """Whether a descriptor holds a state's title, of either gender ("السفيرة", "الوزيرة").

    A title over a body that is no state's ("رئيس نادي الساحل", "المتحدث باسم الاتحاد",
    "رئيس تحرير الصحيفة") makes no state official, whatever the dateline, unless the
    descriptor names his country itself ("رئيس منظمة الموانئ الأردنية"; not for a party, a
    club or a union: "رئيس الحزب الساحلي") or holds another title ("وزير النقل رئيس مجلس
    إدارة صندوق الطرق"). A group outside the state
    ("the rebel army", "قوات المعارضة") is no state's, even with its country named.
    """
    # "النقيب بالجيش العراقي" is a captain in the army, as "النقيب في الجيش العراقي" is.
    words = [_joined_article(word) for word in normalize(descriptor).split()]
    if not _NON_STATE.isdisjoint(words):
        return False  # "spokesman for the rebel army", "قوات المعارضة": no state's voice
    if _regional_branch(descriptor):
        return True  # "مدير تعليم الوادي": the education ministry's directorate there
    titles = [
        n
        for n, word in enumerate(words)
        if (
            _state_title(word) or " ".join(words[n : n + 2]) in _STATE_TITLES  # "النائب العام"
        )
        # "حزب القوات": a word of the party's name (a party's name follows its head)
        and not (n and _over_civil_body(words[n - 1 : n], _NON_STATE_BODIES))
    ]
    # A party, a club or a union is no state's, even with its country named ("رئيس الاتحاد
    # الساحلي لكرة القدم"); another civil body is when the descriptor names its country.
    return any(
        (
            not _over_civil_body(words[n + 1 : n + 4])
            or (bool(country) and not _over_civil_body(words[n + 1 : n + 4], _NON_STATE_BODIES))
        )
        and not _over_international_body(words, n)
        for n in titles
    )


def _named_state_body(name: str) -> bool:
    """Whether a government body's name, which carries a state, is no civil or non-state
    body's ("اللجنة الفنية بالاتحاد الساحلي لكرة اليد", "قوات المقاومة الموالية للحكومة") nor
    an international one ("مهرجان الساحل الدولي")."""
    words = [_joined_article(word) for word in normalize(name).split()]
    return (
        _NON_STATE.isdisjoint(words)
        and not _over_civil_body(words)
        and _INTERNATIONAL.isdisjoint(words)
    )


def _over_international_body(words: Sequence[str], title: int) -> bool:
    """Whether the words after the title at ``title`` name an international body in two words
    or more ("اللجنة الأولمبية الدولية", "صندوق النقد الدولي"): no state's, whatever
    nationality its head has ("وزير التعاون الدولي" heads a portfolio, and an international
    airport or hospital, "مطار الملك فلان الدولي", is still its state's place)."""
    after = words[title + 1 : title + 1 + MAX_INTERNATIONAL_AT]
    at = next((k for k, w in enumerate(after) if w in _INTERNATIONAL), None)
    if at is None or at < MIN_INTERNATIONAL_AT:
        return False
    return _INTERNATIONAL_PLACES.isdisjoint([*words[max(0, title - 1) : title], *after[:at]])


#: English words tying a title to the body it heads: "president of …", "spokesman for …".
_TITLE_TIES = frozenset({"of", "for", "at", "with"})
#: Small words inside an English body's capitalised name: "Students for Life of America".
_NAME_JOINS = frozenset({"of", "for", "and", "the", "on", "in"})
#: A capitalised name after a title of at most this many words may be a state alone ("the
#: United States", "Syria"); a longer one names a body ("Communications Workers of America").
_STATE_NAME_WORDS = 2


def _over_named_bodies(descriptor: str) -> bool:
    """Whether every state title of an English descriptor heads a body named in capitals that
    is no state's: "president of Valley Action for Workers of America", "a pastor with the
    Church of the Valley" (not "spokesman for the Syrian Foreign Ministry", "president of the
    United States", "the finance minister"), whatever country the name holds."""
    tokens = [token.strip(",.;:") for token in descriptor.split()]
    headed = False
    for n, token in enumerate(tokens):
        if normalize(token) not in _STATE_TITLES:
            continue
        run = _body_name_after(tokens, n + 1)
        if not run:
            return False  # "the finance minister", "minister of foreign affairs": the state's
        lowered = {normalize(word) for word in run}
        if not _STATE_TITLES.isdisjoint(lowered) or len(run) <= _STATE_NAME_WORDS:
            return False  # "… for the Foreign Ministry", "president of the United States"
        headed = True
    return headed


def _body_name_after(tokens: Sequence[str], n: int) -> list[str]:
    """The capitalised name after "of"/"for"/"at"/"with" at token n, small words inside it."""
    if n >= len(tokens) or tokens[n].lower() not in _TITLE_TIES:
        return []
    n += 1
    if n < len(tokens) and tokens[n].lower() == "the":
        n += 1
    run: list[str] = []
    while n < len(tokens) and (tokens[n][:1].isupper() or tokens[n].lower() in _NAME_JOINS):
        run.append(tokens[n])
        n += 1
    while run and not run[-1][:1].isupper():
        run.pop()
    return [word for word in run if word[:1].isupper()]


#: Kinds of voice a public body's name makes a state's body or official (``_public_body``).
_PUBLIC_KINDS = frozenset(
    {SourceKind.OFFICIAL, SourceKind.PERSON, SourceKind.GOVERNMENT_BODY, SourceKind.ORGANIZATION}
)
#: Heads of a body that "العامة" after them makes public: "المؤسسة العامة للحبوب", "الهيئة
#: العامة للطيران", "المديرية العامة للدفاع المدني", folded.
_PUBLIC_HEADS = union("public_heads")
#: The adjective that makes such a head a public body, folded.
_PUBLIC = union("public_adjectives")


#: Kinds a voice ending a body's name may be read as before it is known ("الأرصاد" is read as
#: a man's name).
_TAIL_KINDS = frozenset(
    {SourceKind.PERSON, SourceKind.GOVERNMENT_BODY, SourceKind.ORGANIZATION, None}
)
#: Most words between a body's head and "في تقريرها" (``Resolver._issuer_in_text``).
MAX_ISSUER_WORDS = 8
#: Marks that end a clause: a body named before one issued no document named after it.
_CLAUSE_ENDS = frozenset(".،,:؛!؟?")
#: Most words of a body's name after its "لل" a voice is read from ("الدفاع المدني").
MAX_TAIL_WORDS = 2
#: Heads of a body whose name may end in "لل…" (``Resolver._body_by_tail``), folded.
_TAIL_HEADS = union("body_heads_alone") | _PUBLIC_HEADS


def _tail_kind(name: str) -> SourceKind:
    """A body named by its head ("المديرية العامة للجوازات"): a state's body when the head is
    a state's title or a public body's, or "العامة" follows it; a civil body's otherwise
    ("الجمعية الوطنية للمتقاعدين")."""
    head, adjective = normalize(name).split()[:2]
    head = head.removeprefix("ال")
    if head in _CIVIL_BODIES:
        return SourceKind.ORGANIZATION
    if head in _STATE_TITLES or head in _PUBLIC_HEADS or adjective in _PUBLIC:
        return SourceKind.GOVERNMENT_BODY  # ("الإدارة العامة للمرور": public by its adjective)
    return SourceKind.ORGANIZATION


#: Most honorifics before an office title that opens a descriptor ("المهندس مدير …").
MAX_HONORIFICS = 2
#: Office titles that open a descriptor (``Words.office_titles``), folded.
_OFFICE_TITLES = union("office_titles")
#: Words after an office title that tie it to a body of its own: its heads, civil or public
#: (``_bare_office``).
_OFFICE_BARS = _TAIL_HEADS | _CIVIL_BODIES  # (a body's heads, public ones among them)


def _bare_office(descriptor: str) -> bool:
    """A descriptor that opens with an office title (after at most two honorifics) and names
    no body by its head noun and no other title: "المهندس مدير خدمات المشاريع بمنطقة الساحل",
    not "الرئيس التنفيذي لشركة الوادي" nor "مدير الكرة بنادي الساحل"."""
    words = [_joined_article(w) for w in normalize(descriptor).split()]
    at = next(
        (
            k
            for k, w in enumerate(words[: MAX_HONORIFICS + 1])
            if w.removeprefix("ال") in _OFFICE_TITLES
        ),
        None,
    )
    if at is None:
        return False
    for word in words[:at] + words[at + 1 :]:
        bare = word.removeprefix("ال")
        unlinked = bare[1:] if bare[:1] in "لبو" else bare  # "لشركة", "بنادي"
        if {bare, unlinked} & _OFFICE_BARS or word in _STATE_TITLES or bare in _STATE_TITLES:
            return False
    return True


def _public_body(text: str) -> bool:
    """Whether a name or descriptor names a public body ("المؤسسة العامة لصوامع الغلال",
    "مدير عام الهيئة العامة للموانئ"): a body head and "العامة" after it, with no civil body in
    the words after ("الهيئة العامة للنادي" is a club's general assembly)."""
    if text.isascii():
        return False  # (for speed: an English name, asked of most voices, has no Arabic article)
    words = normalize(text).split()
    for n, word in enumerate(words[:-1]):
        bare = word[1:] if word[:1] in _BODY_CLITICS and word[1:].startswith("ال") else word
        if (
            bare.removeprefix("ال") in _PUBLIC_HEADS
            and bare.startswith("ال")
            and words[n + 1] in _PUBLIC
            and not _over_civil_body([_joined_article(w) for w in words[n + 2 : n + 5]])
        ):
            return True
    return False


def _joined_article(word: str) -> str:
    """A word with "لل" put back to its article ("للنادي" → "النادي"), or with the one
    letter joined before its article taken off ("بالجيش" → "الجيش")."""
    if len(word) <= MIN_HEAD_NOUN:
        return word
    if word.startswith("لل"):
        return "ال" + word[2:]
    return word[1:] if word[:1] in _BODY_CLITICS and word[1:3] == "ال" else word


def _over_civil_body(words: Sequence[str], bodies: frozenset[str] = _CIVIL_BODIES) -> bool:
    """Whether the words after a title name a body that is no state's ("مجلس إدارة النادي"),
    or one of ``bodies``."""
    return any(
        w in bodies
        or (w[:1] in _BODY_CLITICS and w[1:] in bodies)
        or (w.startswith("لل") and f"ا{w[1:]}" in bodies)  # "للشركة": ل with the article
        for w in words
    )


def resolve_article(
    article: Article, raws: Sequence[RawAttribution], registry: Registry
) -> tuple[list[Attribution], Source, tuple[Source, ...]]:
    """Resolve an article's raw attributions in text order.

    Returns them, the publisher, and the wires the article is credited to (``wire_credits``:
    the first is the voice of its own words; none when it credits none).
    """
    resolver = Resolver(article, registry)
    attributions: list[Attribution] = []
    for raw in raws:
        found = resolver.resolve(raw, len(attributions) + 1)
        if found is not None:
            attributions.append(found)
    return (
        _official_after(_named_after(attributions, resolver), resolver),
        resolver.publisher,
        resolver.wires,
    )


def _titled_now(mention: Mention, earlier: Source) -> bool:
    """True when a name read before as a man with no title comes again with an official's
    role ("وزير التعليم سالم الكعبي" after "نفى الكعبي")."""
    return (
        mention.kind is SourceKind.OFFICIAL
        and bool(mention.descriptor)
        and earlier.kind is SourceKind.PERSON
        and not earlier.group.startswith("state:")
    )


def _official_after(attributions: list[Attribution], resolver: Resolver) -> list[Attribution]:
    """A man who spoke by his bare name before the text gave his office ("نفى الكعبي …"
    then "وأكد وزير التعليم سالم الكعبي …") is that official in every attribution: one
    speaker, read one way, so his ministry's spokesman elsewhere is not a second origin."""
    later = {
        key: source for key, source in resolver.by_id.items() if source.kind is SourceKind.OFFICIAL
    }
    if not any(a.source.kind is SourceKind.PERSON and a.source.id in later for a in attributions):
        return attributions

    def read(voice: Source) -> Source:
        official = later.get(voice.id) if voice.kind is SourceKind.PERSON else None
        if official is None:
            return voice
        # (as the text wrote him there: "the president" stays so, read as the official)
        return replace(
            voice,
            kind=official.kind,
            group=official.group,
            country=official.country,
            descriptor=official.descriptor,
        )

    out = []
    for att in attributions:
        chain = tuple(map(read, att.chain))
        if chain == att.chain and read(att.source) == att.source:
            out.append(att)
            continue
        source = read(att.source)
        out.append(replace(att, source=source, chain=chain, origin=resolver.origin(chain)))
    return out


def _named_after(attributions: list[Attribution], resolver: Resolver) -> list[Attribution]:
    """ "شكا مواطن …، وذكر المواطن أن …" and only later "وقال المواطن فلان الفلاني": the bare
    noun that spoke first is the one person the article names with that noun heading his
    descriptor. With no such person, or two, the noun stays as it is."""
    later: dict[str, set[str]] = {}
    by_id: dict[str, Source] = {}
    for att in attributions:
        head = normalize(att.source.descriptor).split()[:1]
        if att.source.kind is SourceKind.PERSON and head and head[0].startswith("ال"):
            later.setdefault(head[0], set()).add(att.source.id)
            by_id[att.source.id] = att.source
    if not later:
        return attributions
    renamed: dict[str, Source] = {}
    for att in attributions:
        words = normalize(att.source.name).split()
        if att.source.kind is not SourceKind.PERSON or len(words) != 1 or att.source.descriptor:
            continue
        named = later.get(words[0], set())
        if len(named) == 1:
            renamed[att.source.id] = by_id[next(iter(named))]
    if not renamed:
        return attributions
    out = []
    for att in attributions:
        chain = tuple(renamed.get(v.id, v) for v in att.chain)
        source = renamed.get(att.source.id, att.source)
        out.append(replace(att, source=source, chain=chain, origin=resolver.origin(chain)))
    return out
