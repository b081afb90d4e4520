"""Frozen records that flow through the pipeline; Enum values are the words users see."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from enum import Enum
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

_Record = TypeVar("_Record")


def slot_init(cls: type[_Record]) -> type[_Record]:
    """A frozen slotted dataclass, built field by field through its slots: the same record
    and the same signature (defaults included), in half the time.

    (For speed: the dataclass's own __init__ sets each field with object.__setattr__, which
    looks the name up on the class every time; tens of thousands of mentions and
    attributions are built per corpus. The slot's own setter skips that look-up.)
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or any(
        f.default_factory is not MISSING
        for f in fields(cls)  # type: ignore[arg-type]
    ):
        raise TypeError(f"{cls.__name__}: a factory or __post_init__ needs dataclass's __init__")
    setters = {f"_set_{name}": getattr(cls, name).__set__ for name in names}
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    exec(f"def __init__(self, {', '.join(names)}):\n{body}", setters)
    init = setters["__init__"]
    dataclass_init = cls.__init__
    init.__defaults__ = dataclass_init.__defaults__
    init.__qualname__ = dataclass_init.__qualname__
    init.__doc__ = dataclass_init.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    cls.__slot_init__ = True  # type: ignore[attr-defined]
    return cls


def pickled_by_fields(cls: type[_Record]) -> type[_Record]:
    """A frozen dataclass that pickles (and copies) as its class and its field values in order,
    rebuilt by its own __init__.

    (For speed: a slotted dataclass pickles through __getstate__/__setstate__, Python code that
    lists fields() again for every record and sets each through object.__setattr__. A corpus
    run sends every article's records from the workers to the main process, and the linking
    parts back from forked ones; on 3,000 SaudiNewsNet articles' results this takes pickling
    from 0.74 to 0.43 s and unpickling from 0.49 to 0.30 s of CPU.)
    """
    own = fields(cls)  # type: ignore[arg-type]
    if len(own) < 2 or any(not f.init for f in own):
        # (attrgetter of one name gives the value, not a tuple of one)
        raise TypeError(f"{cls.__name__}: two fields or more, each an argument of __init__")
    get: Callable[[Any], tuple[Any, ...]] = attrgetter(*(f.name for f in own))

    def __reduce__(self: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return type(self), get(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


if TYPE_CHECKING:
    from dataclasses import replace as replace  # (mypy checks the fields changed, as there)
else:

    def replace(record: Any, /, **changes: Any) -> Any:
        """dataclasses.replace: a copy of the record with the given fields changed.

        (For speed, on a record of slot_init: every field is an argument in the order of
        __match_args__, none is made by a factory or __post_init__, so the copy is built from
        the field values in order, without dataclasses.replace's look at each field's kind.)
        """
        cls = type(record)
        if not getattr(cls, "__slot_init__", False):
            return dataclasses.replace(record, **changes)
        values = [
            changes.pop(name) if name in changes else getattr(record, name)
            for name in cls.__match_args__
        ]
        if changes:
            raise TypeError(f"{cls.__name__} has no field {next(iter(changes))!r}")
        return cls(*values)


class SourceKind(str, Enum):
    """What sort of voice a source is."""

    OUTLET = "outlet"
    AGENCY = "agency"
    PERSON = "person"
    OFFICIAL = "official"
    GOVERNMENT_BODY = "government-body"
    ORGANIZATION = "organization"
    ANONYMOUS = "anonymous"
    LEAKS = "leaks"
    DOCUMENT = "document"


#: Kinds that cannot stand as an independent origin: they count with the voice citing them.
UNNAMED_KINDS = frozenset({SourceKind.ANONYMOUS, SourceKind.LEAKS})
#: Voices that are bodies: a ministry, a club, a company.
BODY_KINDS = frozenset({SourceKind.GOVERNMENT_BODY, SourceKind.ORGANIZATION})

#: The id of an impersonal cue's voice ("قيل إن …", "it is believed"): no one named says it.
UNKNOWN_VOICE = "unattributed"


class QuoteKind(str, Enum):
    """Whether the content is quoted verbatim or paraphrased."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class Stance(str, Enum):
    """Whether the voice asserts the content or denies it."""

    ASSERTS = "asserts"
    DENIES = "denies"


class Status(str, Enum):
    """How well a claim stands: see README, "Claim status"."""

    CORROBORATED = "corroborated"
    SINGLE_SOURCED = "single-sourced"
    CONTESTED = "contested"
    UNATTRIBUTED = "unattributed"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """One decoded article: the text every reported offset indexes."""

    id: str
    path: str
    text: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str = "ar"
    encoding: str = "utf-8"
    #: Character offset where the body starts (after site chrome, title and byline).
    body_start: int = 0
    url: str | None = None
    author: str | None = None
    #: What the offsets index: "file" (the file as decoded), "html-main" (the main text
    #: extracted from an HTML page) or "json-field" (a JSON record's text field).
    text_source: str = "file"
    #: The text as read when spelling out its presentation forms made ``text`` longer (a
    #: lam-alef ligature is two letters): extraction reads ``text``, and the offsets it
    #: reports are then mapped back to this text, which the article keeps (see
    #: readers.as_read). None when the two are the same length (nearly every article).
    read_as: str | None = None


@pickled_by_fields
@slot_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A voice as written in the text, before it is resolved to a source."""

    surface: str
    start: int
    end: int
    #: The name with descriptors split off ("كريم الحداد" from "مدرب المنتخب الوطني كريم الحداد").
    name: str
    descriptor: str = ""
    kind: SourceKind | None = None
    #: True for "الصحيفة", "الوكالة", "المتحدث" …: refers back to a voice named earlier.
    anaphor: bool = False
    #: "m", "f" or "p" when the text shows it (verb agreement), else "".
    gender: str = ""


@slot_init
@dataclass(frozen=True, slots=True)
class RawAttribution:
    """An attribution found by the extractor, with voices still unresolved.

    ``source`` is None when the reporting verb has no written subject (Arabic drops the
    pronoun: "وأضاف أن …"); the resolver then takes the voice speaking before.
    """

    source: Mention | None
    carriers: tuple[Mention, ...]
    inner: tuple[Mention, ...]
    cue: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    quote: QuoteKind
    stance: Stance
    gender: str = ""
    impersonal: bool = False
    #: The issuer of a full text one of whose numbered items quotes this voice ("٥- تؤكد
    #: الكلية أن …" in a university's statement): it tells what the voice says.
    teller: Mention | None = None


@pickled_by_fields
@slot_init
@dataclass(frozen=True, slots=True)
class Source:
    """A canonical voice: a registry entry, or a voice known only from the text."""

    id: str
    name: str
    kind: SourceKind
    aliases: tuple[str, ...] = ()
    group: str = ""
    country: str | None = None
    name_en: str | None = None
    #: Descriptor seen in the text ("وزير الخارجية السوري").
    descriptor: str = ""
    in_registry: bool = False

    @property
    def independence_group(self) -> str:
        """The group whose members count as one origin."""
        return self.group or self.id


@pickled_by_fields
@slot_init
@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim content linked to the voice that asserted it and the chain it came through."""

    id: str
    article: str
    source: Source
    chain: tuple[Source, ...]
    cue: str
    cue_start: int
    cue_end: int
    content: str
    start: int
    end: int
    quote: QuoteKind
    stance: Stance
    #: The voice this statement counts as coming from for independence (see corroborate).
    origin: Source


@pickled_by_fields
@slot_init
@dataclass(frozen=True, slots=True)
class Statement:
    """A statement in the article's own voice: no attribution in the text.

    ``voice`` is the publisher, or the wire the article is credited to ("(رويترز)", "— AFP"):
    a wire credit makes the wire the voice of what the article says on its own account. A
    background statement (``extract.background``: "السفينة التي غرقت منذ ثلاثة أشهر" inside what
    a voice is reported saying) lies inside an attribution's content; its id says so
    (``is_background``).
    """

    id: str
    article: str
    content: str
    start: int
    end: int
    voice: Source
    #: True when ``voice`` is a wire credit rather than the publisher itself.
    credited: bool = False
    #: The other wires the article is credited to ("د ب أ، واس": ``voice`` is the first): its
    #: own words may be any of theirs.
    also: tuple[Source, ...] = ()


#: The letter after the article's id in a background statement's id ("a1b2c3.b1"); the
#: article's own sentences have "s", attributions "a".
BACKGROUND = "b"


def is_background(item_id: str) -> bool:
    """True for the id of a background statement, told inside an attribution's content."""
    return item_id.rpartition(".")[2][:1] == BACKGROUND


class _Judged:
    """What every judged claim can say about itself."""

    __slots__ = ()
    denying_origins: tuple[str, ...]

    @property
    def contested(self) -> bool:
        """True when an origin denies the claim."""
        return bool(self.denying_origins)


@pickled_by_fields
@slot_init
@dataclass(frozen=True, slots=True)
class Claim(_Judged):
    """One proposition with every place it is stated and how well it stands."""

    id: str
    text: str
    attributions: tuple[str, ...]
    statements: tuple[str, ...]
    origins: tuple[str, ...]
    denying_origins: tuple[str, ...]
    status: Status
    explanation: str


@pickled_by_fields
@slot_init
@dataclass(frozen=True, slots=True)
class MatchKey:
    """What claim matching compares about one statement (see corroborate)."""

    id: str
    article: str
    #: The statement's content words, sorted and unique (a tuple: far smaller than a set, and
    #: there are hundreds of thousands of these in a corpus).
    vocabulary: tuple[str, ...]
    numbers: tuple[str, ...]
    negated: bool
    stance: Stance | None  # None for the article's own statements


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything tracker found in one article."""

    article: Article
    attributions: tuple[Attribution, ...]
    statements: tuple[Statement, ...]
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    #: The article's publisher as a source (registry entry when it is one).
    publisher: Source | None = None
    #: Match keys of the attributions and statements, for linking claims across articles.
    match_keys: tuple[MatchKey, ...] = ()
    #: Hashes of the article's long sentences, for finding near-verbatim copies.
    fingerprints: tuple[str, ...] = ()
    #: The article's records of report.ARTICLE_SECTIONS as compact UTF-8 JSON without the
    #: brackets, encoded in the worker process that analysed it; () when not encoded.
    encoded: tuple[bytes, ...] = field(default=(), compare=False, repr=False)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class CorpusClaim(_Judged):
    """A claim across the corpus: every article's statements of it, and how well it stands."""

    id: str
    text: str
    #: The per-article claims merged into this one.
    members: tuple[str, ...]
    attributions: tuple[str, ...]
    statements: tuple[str, ...]
    articles: tuple[str, ...]
    #: How many distinct outlets published those articles (spread, with len(articles)).
    outlets: int
    #: One source id per independent origin that asserts the claim.
    origins: tuple[str, ...]
    denying_origins: tuple[str, ...]
    #: Publishers (or their originals, for copies) stating it in their own voice.
    own_voices: tuple[str, ...]
    status: Status
    explanation: str
    #: The claim's compact JSON record in UTF-8 before and after the value of its id (which is
    #: given once the claims are ranked), encoded where it was judged (report.write_json
    #: splices the id in); () when not encoded.
    encoded: tuple[bytes, ...] = field(default=(), compare=False, repr=False)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Link:
    """A suggested link between two corpus claims: alike, but not enough to merge them."""

    a: str
    b: str
    score: float


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Relay:
    """An article that repeats an earlier one nearly word for word."""

    copy: str
    original: str
    shared_sentences: int
    copy_publisher: str
    original_publisher: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Duplicate:
    """An input whose text was already analysed under another name."""

    path: str
    same_as: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be analysed, with the one-line reason shown to the user."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Report:
    """The result of a `tracker report` run: rendered as table, JSON or Markdown."""

    results: tuple[ArticleResult, ...]
    failures: tuple[Failure, ...] = field(default_factory=tuple)
    duplicates: tuple[Duplicate, ...] = ()
    #: Filled when the report covers more than one article.
    corpus_claims: tuple[CorpusClaim, ...] = ()
    suggested_links: tuple[Link, ...] = ()
    relays: tuple[Relay, ...] = ()
