"""The voice each statement counts as for independence, after voices are resolved (pure).

An unnamed source tied to a body ("مصدر مسؤول في صندوق الإسكان الوطني", "a source at the
ministry") speaks for that body: the same descriptor printed by two outlets is one origin,
not one per outlet. Other unnamed sources keep counting with the voice that cites them. And
one voice written more or less fully by two outlets ("الجبوري" / "سالم بن علي الجبوري") is one
voice (``same_voice``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lang import content_words, union, until_hostile
from ..models import BODY_KINDS, UNNAMED_KINDS, Attribution, Source, SourceKind
from ..names import skeleton
from ..text import fold, normalize, words_of
from .anchors import conflict, places, terms
from .morph import arabic_script, related

#: Words that tie an unnamed voice to a body ("في", "at" …), folded; also the proclitic ب.
_TIES = union("affiliation_ties")
#: Words of the descriptor that say nothing of the body ("رفيع", "senior").
_FILLER = union("unnamed_fillers")
#: Words introducing an unnamed voice as another one ("ثان", "آخر", "another").
_ANOTHER = union("another_words")
#: Words of an unnamed voice's name among which such a word is looked for: the head and the
#: word on either side of it ("مندوب ثان", "another official").
ANOTHER_WITHIN = 3
#: Head nouns of a body that an unnamed voice's descriptor may join to the proclitic ب
#: without the article ("مصدر بوزارة الصحة", "مسؤول بقطاع الموانئ"), folded: the tie "في"
#: written as one letter. Other words after ب are adjectives ("مصدر بحريني", "مصدر بارز").
_TIED_NOUNS = (
    union("body_heads_alone")
    | union("government_heads")
    | frozenset(
        fold(w)
        for w in ("قطاع", "صندوق", "اتحاد", "جهاز", "بنك", "مستشفى", "شرطة", "محكمة", "نيابة")
    )
)
#: Heads of an unnamed voice that can speak for a body ("traders in the market" cannot).
_HEADS = union("unnamed_heads")
#: Places and people that are no body (``Words.no_body``).
_NO_BODY = union("no_body")
#: Adjectives of unnamed sources that are the media's (``Words.media_adjectives``).
_MEDIA_ADJECTIVES = union("media_adjectives")
#: Heads of a named voice's descriptor that make him speak for a body ("المتحدث باسم …").
_SPOKESPERSONS = union("spokesperson_heads")
#: Honorifics that say nothing of a man's office ("معالي", "سماحة"; ``Words.honorifics``).
_HONORIFICS = union("honorifics")
#: Words that give a man an office or a trade, without their article.
_TITLED = (
    union("state_titles")
    | union("office_titles")
    | union("source_heads")
    | union("position_nouns")
    | union("spokesperson_heads")
    | union("kin")
)
#: Heads of a state's government or forces (``Words.government_heads``).
_GOVERNMENTS = union("government_heads")
#: Leading letters that may be a clitic on a descriptor's word ("بهيئة", "لوزارة").
_CLITICS = "بلوف"
#: Words of a body's name kept for its key: enough to tell bodies apart, few enough that
#: outlets shortening the name still agree.
KEY_WORDS = 2
#: Forms of the article dropped from the body's name (``Words.articles``).
_ARTICLE = re.compile(
    "^(?:" + "|".join(sorted(union("articles"), key=lambda a: (-len(a), a))) + ")"
)


def affiliation(voice: Source) -> str:
    """The body a voice speaks for, as a key ("صندوق تنميه"), or "" when none: an unnamed voice
    tied to a body ("مصدر في الصندوق"), or a named spokesperson of one ("حمدان السالم، المتحدث
    باسم الصندوق") whom the registry and the text tie to no state."""
    if voice.kind in UNNAMED_KINDS:
        words = _headed(voice.name, _HEADS)
    elif voice.kind is SourceKind.DOCUMENT and not voice.group:
        words = _issued(voice.name)
    elif voice.group or not voice.descriptor:
        return ""
    else:
        words = _headed(voice.descriptor, _SPOKESPERSONS)
    for n, word in enumerate(words[1:], 1):
        rest: list[str] = []
        if word in _TIES and _ARTICLE.sub("", words[n - 1]) in _MEDIA_ADJECTIVES:
            return ""  # "مصادر صحفية من الهضبة": journalists there, a place's, no body's
        if word in _TIES:
            rest = words[n + 1 :]
        elif _joined_article(word) or _tied_noun(word):
            rest = [word[1:], *words[n + 1 :]]
        if rest:
            key = [_ARTICLE.sub("", w) for w in rest if w not in _FILLER and w not in _TIES]
            key = [w for w in key if len(w) > 1][:KEY_WORDS]
            if key and key[0] in _NO_BODY:
                return ""  # "مصادر بالسوق", "مصدر من أهالي الحي": no body, the outlet's
            return " ".join(key)
    return ""


def _joined_tie(voice: Source) -> bool:
    """True when an unnamed voice is tied to its body by the proclitic ب ("مصدر بوزارة …")."""
    words = _headed(voice.name, _HEADS)
    tie = next((w for w in words[1:] if w in _TIES or _tied_noun(w) or _joined_article(w)), "")
    return _tied_noun(tie)


def _joined_article(word: str) -> bool:
    """True for a word whose ب is joined to the article ("بالوزاره"): a tie ``affiliation``
    reads."""
    return word.startswith("بال") and len(word) > 5


def _tied_noun(word: str) -> bool:
    """True for a body's head noun joined to the proclitic ب ("بوزاره", "بقطاع"): the voice
    before it is in that body."""
    return word[:1] == "ب" and word[1:] in _TIED_NOUNS


#: Words after which a document names who issued it ("بيان صادر عن …", "issued by …").
_ISSUERS = frozenset({"عن", "by"})


def _issued(name: str) -> list[str]:
    """The words of a document's name from its head on, with the word that names its issuer
    made a tie ("بيان صادر عن الهيئة" → [بيان, في, الهيئه]), or [] when it names none: a
    statement speaks for the body that issued it."""
    words = normalize(name).split()
    return [("في" if n and w in _ISSUERS else w) for n, w in enumerate(words)]


def _headed(text: str, heads: frozenset[str]) -> list[str]:
    """The words of a descriptor from its head on ("أحد المسؤولين في …" from المسؤولين), or
    [] when it does not open with one of ``heads`` (after the article, or a filler word)."""
    words = normalize(text).split()
    if words and _ARTICLE.sub("", words[0]) not in heads and words[0] in _FILLER:
        words = words[1:]
    return words if words and _ARTICLE.sub("", words[0]) in heads else []


def another_one(voice: Source) -> bool:
    """True for an unnamed voice introduced as another one ("وقال مندوب ثان", "وأكد مصدر آخر",
    "another official said"): whoever it is, it is not the voice named before it."""
    if voice.kind not in UNNAMED_KINDS:
        return False
    return any(word in _ANOTHER for word in normalize(voice.name).split()[:ANOTHER_WITHIN])


def origin_of(att: Attribution) -> Source:
    """The attribution's origin; a voice speaking for a body (``affiliation``) counts as it.

    The voice itself stays the origin, in the body's independence group, so that outlets
    quoting "a source in the fund", or two spokespeople of one fund, count once.
    """
    voice = att.chain[-1] if att.chain else None
    if voice is None or (voice.id != att.origin.id and voice.kind not in UNNAMED_KINDS):
        return att.origin
    if att.origin.group.startswith("state:"):
        return att.origin  # "مسؤول في وزارة التعليم": the ministry's state, as its minister
    if att.origin.kind in UNNAMED_KINDS and att.origin.group:
        return att.origin  # "مصادر مقربة من حزب الله": the registry body's group, set already
    if voice.id != att.origin.id and att.origin.kind in BODY_KINDS and _joined_tie(voice):
        return att.origin  # "مصدر بشركة الساحل": the body the text resolved it to, as before
    body = affiliation(voice)
    if not body:
        return att.origin
    if voice.country and body.split()[0] in _GOVERNMENTS:
        # "مصادر مقربة من الحكومة الأفغانية" speaks for the state its officials speak for.
        return replace(voice, group=f"state:{voice.country}")
    return replace(voice, group=f"{BODY}{body}")


@lru_cache(maxsize=65_536)
def name_words(name: str) -> frozenset[str]:
    """The words of a voice's name as consonant skeletons (``names.skeleton``), so that
    spellings of one name ("غسان"/"Ghassan") agree; a foreign g is written غ or ج
    ("غرانت"/"جرانت"), so the two letters are one here."""
    return frozenset(skeleton(_unclitic(name)).replace("\u0263", "j").split())


@lru_cache(maxsize=65_536)
def person_words(name: str) -> frozenset[str]:
    """A person's ``name_words`` with compound names joined and initials dropped: outlets
    write "عبد الناصر" or "عبدالناصر", "العبد اللطيف" or "العبداللطيف", "أبو راس" or
    "أبوراس", and put a title's abbreviation or an initial in the name ("د. المزروع",
    "George W. Bush")."""
    spelled = " ".join(w for w in name.split() if not _INITIAL.fullmatch(w))
    joined = _COMPOUND.sub(r"\1", _unclitic(spelled))
    return frozenset(skeleton(joined).replace("\u0263", "j").split())


#: The first word of a compound name, joined to the next (``person_words``).
_COMPOUND = re.compile(r"(?<!\S)((?:ال)?عبد|ابو)\s+(?=\S)")
#: An initial or a title's abbreviation as written: a letter or two and a full stop.
_INITIAL = re.compile(r"\w{1,2}\.")


#: A preposition or conjunction joined to a word's article ("للقوات", "بالهيئة", "والوزارة").
_JOINED_ARTICLE = re.compile(r"(?<!\S)(?:لل(?=\S{3})|[بوفك]ال(?=\S{3}))")


def _unclitic(name: str) -> str:
    """A name with the preposition or conjunction taken off its words' article, so that
    "القيادة العامة للقوات المسلحة" holds "القوات المسلحة"."""
    return _JOINED_ARTICLE.sub("ال", normalize(name))


def same_voice(a: Source, b: Source) -> bool:
    """True when two voices known only from the text are one voice (see ``why_same``)."""
    return bool(why_same(a, b))


def why_same(a: Source, b: Source) -> str:
    """Why two voices known only from the text are one voice, or "" when they are two.

    Outlets write one voice more or less fully ("شرطة الوادي" / "شرطة مدينة الوادي",
    "الفارس" / "سالم بن علي الفارس"): when every word of one name is in the other, or the
    names differ only by their spacing, they count once; so do a voice and the one whose
    descriptor names it (``_speaks_for``), two unnamed voices of one body named more or
    less fully (``_one_body``), and two holders of offices in one body (``_office_body``).
    Two registry entries are distinct by definition, whatever their names.
    """
    if a.independence_group == b.independence_group:
        return "same voice"
    if (a.in_registry and b.in_registry) or another_one(a) != another_one(b):
        return ""  # "مصدر آخر" is not "مصدر", whatever the names hold
    if normalize(a.name) == normalize(b.name):
        return "same name"
    if _speaks_for(a, b) or _speaks_for(b, a):
        return "one speaks for the other"
    if _one_body(a.group, b.group):
        return "one body named more or less fully"
    if a.kind in _BODIES and b.kind in _BODIES and _unit_of(a.name, b.name):
        return "a unit of the body speaks for it"
    if _holds_role(a, b) or _holds_role(b, a):
        return "the role and its holder"
    named = _one_named_body(a, b)
    office = _office_body(a)
    if office and office == _office_body(b) and named is not None:
        return "two officials of one body"
    if (_unnamed_spokesperson(a) and _named_untitled(b)) or (
        _unnamed_spokesperson(b) and _named_untitled(a)
    ):
        # "متحدث باسم الرئاسة" in one paper, "وقال فلان" with no title in another: the text
        # never tells the man apart from the spokesman, so he may be him.
        return "an unnamed spokesperson and a man named with no title"
    mine, theirs = name_words(a.name), name_words(b.name)
    if not mine or not theirs:
        return _officials_of(a, b, named)
    if mine <= theirs or theirs <= mine:
        return "one name holds the other"
    if (
        a.kind in PEOPLE
        and b.kind in PEOPLE
        and (_name_core(a.name) <= theirs or _name_core(b.name) <= mine)
    ):
        return "one name holds the other"
    if normalize(a.name).replace(" ", "") == normalize(b.name).replace(" ", ""):
        return "one name holds the other"
    if a.kind in PEOPLE and b.kind in PEOPLE:
        mine, theirs = person_words(a.name), person_words(b.name)
        if mine and theirs and (mine <= theirs or theirs <= mine):
            return "one name holds the other"
    if a.kind in PEOPLE and b.kind in PEOPLE and _misspelt(a.name, b.name):
        return "one name misspelt in the other"
    firms = a.kind is SourceKind.ORGANIZATION and b.kind is SourceKind.ORGANIZATION
    if firms and _firm_renamed(a.name, b.name):
        return "one firm's name under another head noun"
    if a.kind in MEDIA and b.kind in MEDIA and (_sister(a.name, b.name) or _sister(b.name, a.name)):
        return "one medium's name opens the other's"
    if a.kind in MEDIA and b.kind in MEDIA and _one_medium(a.name, b.name):
        return "one medium's name in two scripts"
    if a.kind not in PEOPLE and b.kind not in PEOPLE and _spelled_otherwise(a.name, b.name):
        return "one name spelled otherwise"
    if (
        (a.kind not in PEOPLE or b.kind not in PEOPLE)
        and not (a.country and b.country and a.country != b.country)
        and _one_body_two_languages(a.name, b.name)
    ):
        # One may be read as a person ("The oil workers' union"): its name still names a body.
        return "one body named in two languages"
    return _officials_of(a, b, named)


def _officials_of(a: Source, b: Source, named: str | None) -> str:
    """Why two voices of the one body ``named`` (``_one_named_body``) count once, or ""."""
    if not named:
        return ""
    both = a.kind in PEOPLE and b.kind in PEOPLE
    return f"{'two officials' if both else 'an official and his body'} of {named}: one origin"


def _one_body_two_languages(a: str, b: str) -> bool:
    """Whether an Arabic and an English name of a body name the same bodies of the bilingual
    term list (``link.anchors.terms``): "نقابة عمال البناء" and "the builders' union" both
    name a union, and nothing in the text tells two apart, so they count once (a claim told
    in two languages must not gain an origin by its translation)."""
    if arabic_script(a) == arabic_script(b) or conflict(places(a), places(b)):
        return False  # "وزارة الصحة السورية" is not "the Lebanese Health Ministry"
    mine = {key for key, _ in terms(a) if key.startswith("body:")}
    return bool(mine) and mine == {key for key, _ in terms(b) if key.startswith("body:")}


def _unnamed_spokesperson(voice: Source) -> bool:
    """A spokesperson known by his title alone ("متحدث باسم الرئاسة", "a spokesman for the
    ministry"), no name."""
    if voice.kind not in (SourceKind.OFFICIAL, SourceKind.ANONYMOUS) or voice.descriptor:
        return False
    return bool(_headed(voice.name, _SPOKESPERSONS))


def _named_untitled(voice: Source) -> bool:
    """A man named with no title or role: honorifics at most ("سماحة فلان"), or one word that
    is no title ("سيد فلان")."""
    if voice.kind is not SourceKind.PERSON or voice.in_registry:
        return False
    words = [w for w in normalize(voice.descriptor).split() if w not in _HONORIFICS]
    return not words or (len(words) == 1 and _ARTICLE.sub("", words[0]) not in _TITLED)


#: Titles of an office that speaks for its body (``Words.office_titles``).
_OFFICES = union("office_titles")
#: Head nouns of a body (``Words.body_heads_alone``).
_BODY_HEADS = union("body_heads_alone")


#: Heads of a unit that many bodies have ("إدارة الإعلام", "مكتب الرئيس"): no body of
#: their own for ``_office_body``, folded.
_UNIT_HEADS = frozenset(fold(w) for w in ("إدارة", "مكتب", "مركز", "لجنة", "مجلس", "رئاسة"))
#: Most words of a body's name after its head at the end of a descriptor ("بجامعة الساحل").
OFFICE_BODY_WORDS = 2


@lru_cache(maxsize=16_384)
def _office_body_of(descriptor: str) -> str:
    words = _untitled(normalize(descriptor).split())
    if not words or _ARTICLE.sub("", words[0]) not in _OFFICES:
        return ""
    for n in range(len(words) - 2, max(0, len(words) - 2 - OFFICE_BODY_WORDS), -1):
        word = words[n]
        forms = {word, _ARTICLE.sub("", word)}
        if word[:1] in _CLITICS:
            forms |= {word[1:], _ARTICLE.sub("", word[1:])}
        head = next((f for f in forms if f in _BODY_HEADS), None)
        if head is not None:
            return "" if head in _UNIT_HEADS else f"{head} {_ARTICLE.sub('', words[n + 1])}"
    return ""


def _office_body(voice: Source) -> str:
    """The body a named person holds an office of, as its head noun and the word after it,
    the body his descriptor closes on ("عميد عمادة القبول بجامعة الساحل" and "المتحدث
    الرسمي لجامعة الساحل" → "جامعه الساحل"), or "" when the descriptor opens with no office
    title (``Words.office_titles``: a member or a professor speaks for himself) or closes on
    a unit many bodies have ("مدير إدارة الإعلام")."""
    if voice.kind not in PEOPLE or not voice.descriptor:
        return ""
    return _office_body_of(voice.descriptor)


#: Head nouns of a body an officer's descriptor may name after his title, beside
#: ``Words.body_heads_alone``: a union, a chamber, a college, a festival, a bank …, folded.
_NAMED_BODY_HEADS = _BODY_HEADS | frozenset(
    fold(w)
    for w in (
        "اتحاد نقابة غرفة كلية مستشفى مهرجان بنك مصرف مجموعة رابطة أكاديمية معهد منتدى"
    ).split()
)
#: A man's trade written between his descriptor and his name ("مدير جمعية … الشاعر
#: فلان"), folded: no word of the body's name.
_TRADES = frozenset(
    fold(w) for w in "الشاعر الفنان المخرج الكاتب الإعلامي المستشار الأديب الباحث".split()
)
#: Words opening an officer's portfolio after his body's name ("وكيل وزارة … للشؤون الدولية"),
#: folded: the portfolio is his, no word of the body's name.
_PORTFOLIOS = frozenset(fold(w) for w in ("للشؤون", "لشؤون", "للشئون", "لشئون"))
#: Words that tie a unit to the body it belongs to, written apart ("لجنة الفنون بـ" …).
_UNIT_TIES = frozenset({"ب", "في", "ل", "لدى"})
#: Fewest words of a body's name, its head noun among them, for two officials to be tied to
#: it: "جمعية الوادي" or "فنون الوادي"; "الجمعية" alone could be any.
BODY_NAME_WORDS = 2


@dataclass(frozen=True, slots=True)
class _NamedBody:
    """A body as an officer's descriptor names it: its head noun ("" when the text names it
    by its short name only), the skeletons of the other words of its name, and the name as
    written."""

    head: str
    words: frozenset[str]
    text: str


def _one_named_body(a: Source, b: Source) -> str | None:
    """The name of the one body two voices speak from, "" when either names none, or None
    when they name only other bodies (``why_same`` then does not join them by their offices'
    shortened names either): two officials of one named body ("منسق لجنة الفنون بـ«فنون
    الوادي»" and "مدير جمعية الثقافة والفنون بالوادي"; a college's dean and his university's
    spokesman), or an official and the body itself. Two names agree when their head nouns do
    (or one has none) and every other word of the shorter is in the longer: "جمعية البر
    بالساحل" and "جمعية البر بالوادي" are two bodies, their officials two origins."""
    if a.kind not in PEOPLE and b.kind not in PEOPLE:
        return ""
    mine, theirs = _bodies_spoken_from(a), _bodies_spoken_from(b)
    if not mine or not theirs:
        return ""
    if speaks_for(a, b) or speaks_for(b, a):
        return ""  # the body and its own man: ``corroborate`` sets him aside, as before
    for one in mine:
        for other in theirs:
            if _one_body_named(one, other):
                return max((one, other), key=lambda body: (bool(body.head), -len(body.words))).text
    return None


def _one_body_named(one: _NamedBody, other: _NamedBody) -> bool:
    """True when two names of bodies name one body (``_one_named_body``)."""
    if one.head and other.head and one.head != other.head:
        return False
    short, long = sorted((one, other), key=lambda body: len(body.words))
    return short.words <= long.words


def _bodies_spoken_from(voice: Source) -> tuple[_NamedBody, ...]:
    """The named bodies a voice speaks from: those a person's office is in, as his
    descriptor names them (an official known by his role alone, by the role), or a body's
    own name; () when it names none."""
    if voice.kind in PEOPLE:
        description = voice.descriptor
        if not description and voice.kind is SourceKind.OFFICIAL:
            description = voice.name
        return _officer_bodies(description) if description else ()
    if voice.kind in BODY_KINDS and not voice.in_registry:
        body = _body_name(voice.name)
        return (body,) if body else ()
    return ()


@lru_cache(maxsize=16_384)
def _officer_bodies(descriptor: str) -> tuple[_NamedBody, ...]:
    """The bodies a descriptor opening with an office title (``Words.office_titles``) puts
    its holder in, narrowest first: each one it names after the title that is no unit of
    many bodies (``_UNIT_HEADS``: "عميد كلية العلوم بجامعة الساحل" → كلية العلوم بجامعة
    الساحل, جامعة الساحل; "رئيس مجلس إدارة جمعية البر" → جمعية البر), or, when the title
    names only a unit, the body the unit is tied to by its short name ("منسق لجنة الفنون
    بـ«فنون الوادي»" → فنون الوادي)."""
    shown = [w.replace("\u0640", "") for w in re.findall(r"\w+", descriptor)]
    words = _untitled([fold(w) for w in shown])
    while words and words[-1] in _TRADES:
        words = words[:-1]
    portfolio = next((n for n, w in enumerate(words) if n and w in _PORTFOLIOS), len(words))
    words = words[:portfolio]
    if len(words) < BODY_NAME_WORDS or _ARTICLE.sub("", words[0]) not in _OFFICES:
        return ()
    found: list[_NamedBody | None] = []
    unit = None
    for n, word in enumerate(words[1:], 1):
        forms = {_ARTICLE.sub("", word)}
        if word[:1] in _CLITICS:
            forms.add(_ARTICLE.sub("", word[1:]))
        head = next((f for f in forms if f in _NAMED_BODY_HEADS), None)
        if head is None or _unit_adjective(words, n):
            continue
        if head not in _UNIT_HEADS:
            rest = [_unclitic_word(shown[n]), *shown[n + 1 : len(words)]]
            found.append(_named(head, words[n + 1 :], rest))
        elif unit is None:
            unit = n
    if found:
        return tuple(body for body in found if body is not None)
    if unit is None:
        return ()
    for n in range(unit + 1, len(words) - 1):
        if words[n] in _UNIT_TIES:
            body = _named("", words[n + 1 :], shown[n + 1 : len(words)])
            return (body,) if body else ()
    return ()


def _unit_adjective(words: list[str], n: int) -> bool:
    """True when the word at ``n`` agrees with a unit named before it, the two with the
    article ("اللجنة المنظمة"): an adjective of the unit, no body."""
    before = words[n - 1]
    return (
        words[n].startswith("ال")
        and before.startswith("ال")
        and _ARTICLE.sub("", before) in _UNIT_HEADS
    )


def _body_name(name: str) -> _NamedBody | None:
    """A body's own name as a ``_NamedBody`` ("جمعية البر بالوادي", "فنون الوادي")."""
    shown = [w.replace("\u0640", "") for w in re.findall(r"\w+", name)]
    words = [fold(w) for w in shown]
    if not words:
        return None
    head = _ARTICLE.sub("", words[0])
    if head in _NAMED_BODY_HEADS:
        return None if head in _UNIT_HEADS else _named(head, words[1:], shown)
    return _named("", words, shown)


def _named(head: str, rest: list[str], shown: list[str]) -> _NamedBody | None:
    """The body of head noun ``head`` and the other words ``rest``, or None when its name is
    too short to tell it from another (``BODY_NAME_WORDS``)."""
    words = name_words(" ".join(rest)) - name_words(head)
    if not words or len(words) + bool(head) < BODY_NAME_WORDS:
        return None
    return _NamedBody(head, words, " ".join(shown))


def _unclitic_word(word: str) -> str:
    """A body's head noun as written without a joined preposition ("بجمعية" → جمعية,
    "للجمعية" → الجمعية)."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    return (
        word[1:]
        if word[:1] in _CLITICS and fold(word[1:]).removeprefix("ال") in _NAMED_BODY_HEADS
        else word
    )


#: Head nouns outlets put before one firm's name in turn ("بنك مورغان ستانلي", "مؤسسة مورجان
#: ستانلي"), folded.
_FIRM_HEADS = frozenset(fold(w) for w in ("بنك", "مصرف", "شركة", "مؤسسة", "مجموعة"))


def _firm_renamed(a: str, b: str) -> bool:
    """True when two firms' names are one name after two of ``_FIRM_HEADS``: two words or
    more, or one that is a name (no article): "بنك الخليج" and "شركة الخليج" may be two."""
    mine, theirs = fold(normalize(a)).split(), fold(normalize(b)).split()
    if len(mine) < 2 or len(theirs) < 2 or mine[0] == theirs[0]:
        return False
    if mine[0] not in _FIRM_HEADS or theirs[0] not in _FIRM_HEADS:
        return False
    rest = name_words(" ".join(mine[1:]))
    if rest != name_words(" ".join(theirs[1:])):
        return False
    return len(mine) > 2 or not mine[1].startswith("ال")


#: Kinds of voice that are media.
MEDIA = frozenset({SourceKind.OUTLET, SourceKind.AGENCY})
#: Fewest letters of a medium's name, and of what another adds to it, as consonant skeletons
#: (``names.skeleton``), for the two to be one medium (``_sister``).
SISTER_LETTERS = 3


def _sister(short: str, long: str) -> bool:
    """True when a medium's one-word name opens another's one-word name, which adds a word
    of its own written joined ("الساحل" / "الساحلسبورت", the channel and its sports site):
    one medium and its own pages, not two origins."""
    mine, theirs = name_words(short), name_words(long)
    if len(mine) != 1 or len(theirs) != 1:
        return False
    (head,), (whole,) = mine, theirs
    return (
        len(head) >= SISTER_LETTERS
        and whole.startswith(head)
        and (len(whole) - len(head) >= SISTER_LETTERS)
    )


#: Nouns of a medium's kind (``Words.medium_nouns``), all languages, folded.
_MEDIUM_NOUNS = union("medium_nouns")


def _one_medium(a: str, b: str) -> bool:
    """True when two media's names are one name but for the nouns of their kind, which
    each script writes in its own place ("صحيفة الوادي" / "the Al-Wadi newspaper"): the
    paper an English wire credits is the one Arabic outlets quote, one origin."""
    mine, theirs = name_words(_unkind(a)), name_words(_unkind(b))
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def _unkind(name: str) -> str:
    """A medium's name without the nouns of its kind ("صحيفة", "newspaper")."""
    return " ".join(w for w in fold(name).split() if w.removeprefix("ال") not in _MEDIUM_NOUNS)


#: Fewest letters of a family name whose misspelling still names its man (``_misspelt``).
SURNAME_LETTERS = 4


def _misspelt(a: str, b: str) -> bool:
    """True when two people's family names are one name with two letters swapped, or one
    letter for the same foreign sound, and the names share another word ("سالم علي الفارسي" /
    "وزير النقل سالم الفاسري"; "جاي باريخ" / "جي باريك"): an outlet misspelling a name it
    writes once does not make a second man."""
    mine, theirs = normalize(a).split(), normalize(b).split()
    if len(mine) < 2 or len(theirs) < 2 or len(mine[-1]) < SURNAME_LETTERS:
        return False
    if not (_swapped_letters(mine[-1], theirs[-1]) or _one_sound_apart(mine[-1], theirs[-1])):
        return False
    return not name_words(" ".join(mine[:-1])).isdisjoint(name_words(" ".join(theirs[:-1])))


#: Arabic letters that write one foreign sound: "باريخ"/"باريك" (Parikh), "ستيوارت"/"ستيوارط".
_SOUND_CLASSES = ("كخق", "تط")


def _one_sound_apart(a: str, b: str, classes: tuple[str, ...] = _SOUND_CLASSES) -> bool:
    """True when two words differ by one letter that writes the same foreign sound (one of
    ``classes``)."""
    if len(a) != len(b) or a == b:
        return False
    apart = [n for n in range(len(a)) if a[n] != b[n]]
    return len(apart) == 1 and any(
        a[apart[0]] in letters and b[apart[0]] in letters for letters in classes
    )


#: Fewest words of two names of bodies one word apart for ``_spelled_otherwise``.
SPELLED_NAME_WORDS = 3
#: The foreign sounds of ``_SOUND_CLASSES`` and the hard g, which outlets write ج, غ or ك
#: ("الإنجليزي" / "الإنكليزي"); not asked of people's names, where "جمال" and "كمال" are two.
_NAME_SOUND_CLASSES = (*_SOUND_CLASSES, "جغك")


def _spelled_otherwise(a: str, b: str) -> bool:
    """True when two names of ``SPELLED_NAME_WORDS`` words or more are the same words but
    one, written with another letter for the same foreign sound or with two letters swapped
    ("نادي سان ماركو الإنجليزي" / "نادي سان ماركو الإنكليزي"): an outlet's spelling of a club
    or a body does not make a second one."""
    mine, theirs = normalize(a).split(), normalize(b).split()
    if len(mine) != len(theirs) or len(mine) < SPELLED_NAME_WORDS:
        return False
    apart = [(x, y) for x, y in zip(mine, theirs, strict=True) if x != y]
    if len(apart) != 1:
        return False
    ((x, y),) = apart
    return len(x) >= SURNAME_LETTERS and (
        _swapped_letters(x, y) or _one_sound_apart(x, y, _NAME_SOUND_CLASSES)
    )


def _swapped_letters(a: str, b: str) -> bool:
    """True when one word is the other with two neighbouring letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    apart = [n for n in range(len(a)) if a[n] != b[n]]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and a[apart[0]] == b[apart[1]]
        and a[apart[1]] == b[apart[0]]
    )


#: Kinds of voice that are people (named, or a role).
PEOPLE = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL})


@lru_cache(maxsize=16_384)
def _name_core(name: str) -> frozenset[str]:
    """A person's given name and family name (``name_words``) without a title kept in front
    ("الدكتور الربيعي" → الربيعي; "بدر محمد باسملة" → بدر, باسملة): outlets write one man as
    "الدكتور الربيعي", "حامد الربيعي" or "وزير النقل بدر باسملة". A compound given name is
    one name ("عبد الكريم الهادي" → عبدالكريم, الهادي)."""
    words = _COMPOUND.sub(r"\1", normalize(name)).split()
    while len(words) > 1 and words[0].startswith("ال"):
        words = words[1:]
    return name_words(" ".join(dict.fromkeys((words[0], words[-1])))) if words else frozenset()


#: The independence group an unnamed voice tied to a body takes (``origin_of``).
BODY = "body:"


def _one_body(a: str, b: str) -> bool:
    """True when two unnamed voices speak for one body named more or less fully: "مصدر في
    الهيئة" and "مصدر في الهيئة الوطنية" (one body's key opens the other's)."""
    if not (a.startswith(BODY) and b.startswith(BODY)):
        return False
    mine, theirs = a[len(BODY) :].split(), b[len(BODY) :].split()
    short, long = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
    return bool(short) and long[: len(short)] == short


#: Heads that name a unit of a body ("المركز الإعلامي بنادي الوادي", "إدارة النادي", "the
#: press office of the ministry"), folded, longest first.
_UNITS = tuple(
    tuple(unit.split())
    for unit in (
        "المركز الاعلامي",
        "المكتب الاعلامي",
        "مجلس اداره",
        "press office of the",
        "press office of",
        "الامانه العامه",
        "اداره",
        "رياسه",
        "امانه",
    )
)


def unit_alone(name: str) -> bool:
    """True when a body's name is a unit's head and nothing more ("الأمانة العامة",
    "الإدارة", "المكتب الإعلامي"): it names no body of its own."""
    words = tuple(w.removeprefix("ال") for w in normalize(name).split())
    return any(words == tuple(w.removeprefix("ال") for w in unit) for unit in _UNITS)


#: Words after which a body's name gives who heads it ("إدارة النادي برئاسة سالم الفارس").
_LED_BY = frozenset({"برياسه", "بقياده", "led", "headed"})


def _unit_of(name: str, other: str) -> bool:
    """True when one of two bodies is a unit of the other: its office, board or management
    ("المركز الإعلامي بنادي الوادي" and "نادي الوادي", "إدارة الوادي برئاسة سالم الفارس" and
    "نادي الوادي") speaks for its body. The names are compared once units are taken off."""
    mine, theirs = _body_named(name), _body_named(other)
    if not (mine or theirs):
        return False
    a, b = name_words(mine or name), name_words(theirs or other)
    return bool(a and b) and (a <= b or b <= a)


@lru_cache(maxsize=16_384)
def _body_named(name: str) -> str:
    """The body a unit's name stands for ("المركز الإعلامي بنادي الوادي" → "نادي الوادي",
    "إدارة الوادي برئاسة سالم الفارس" → "الوادي"), or "" when the name names no unit."""
    words = normalize(name).split()
    led = next((n for n, w in enumerate(words) if w in _LED_BY), len(words))
    body = words[:led]
    for unit in _UNITS:
        if len(body) > len(unit) and tuple(body[: len(unit)]) == unit:
            body = body[len(unit) :]
            # "بنادي" → "نادي"; "للمقاومة", "بالنادي" keep their joined article for
            # name_words.
            if body[0][0] in _CLITICS and not body[0][1:].startswith(("ال", "ل")):
                body[0] = body[0][1:]
            return " ".join(body)
    return " ".join(body) if led < len(words) else ""


#: Fewest words of a name that tie it to another voice's descriptor: one word ("الوزارة",
#: "سالم") could be anyone.
NAME_WORDS = 2
#: Most words of a descriptor that names a body by its head noun after the title ("المتحدث
#: باسم الصندوق"); a longer one names more than a head noun.
MAX_TITLE_WORDS = 3
#: Heads of a club's or team's name that a descriptor may leave out ("فريق الهلال" →
#: "بالهلال"), folded, article dropped.
_CLUB_HEADS = frozenset(normalize(w) for w in ("نادي", "فريق"))


def _holds_role(role: Source, holder: Source) -> bool:
    """True when an official known by a role alone is a named voice described by that role:
    "مدير جمعية الثقافة والفنون بالحصن" in one paper and "سالم الفارس مدير ثقافة وفنون
    الحصن" in another are one man. The titles must agree (the descriptor may open with
    ``NAME_LEFT`` word of the name before its title) and every word of the shorter role (at
    least ``ROLE_WORDS`` of them) be in the longer, a conjunction or preposition on a word
    aside."""
    if role.kind is not SourceKind.OFFICIAL or role.descriptor or holder.kind not in PEOPLE:
        return False
    if not holder.descriptor:
        return False
    mine, theirs = _role_words(role.name), _role_words(holder.descriptor)
    if not mine:
        return False
    # The descriptor may open with a word of the name the text put after it ("سالم بن علي
    # الفارس مدير …" read as "سالم بن علي" described by "الفارس مدير …").
    titled = next((n for n, forms in enumerate(theirs[: NAME_LEFT + 1]) if mine[0] & forms), None)
    if titled is None:
        return False
    theirs = theirs[titled:]
    short, long = sorted((mine, theirs), key=len)
    held = frozenset().union(*long)
    return len(short) >= ROLE_WORDS and all(forms & held for forms in short)


#: Fewest words of the shorter of a role and a descriptor for the two to be one role: two
#: ("النائب العام", "رئيس الهيئة") are enough within one claim, where a false second origin
#: is the worse error.
ROLE_WORDS = 2
#: Words of a name a descriptor may open with before the title (``_holds_role``).
NAME_LEFT = 1


def _role_words(text: str) -> list[frozenset[str]]:
    """Each word of a role as its skeletons, with and without a leading conjunction or
    preposition ("وفنون" is also "فنون")."""
    found = []
    text = _UNITED_NATIONS.sub("الاممي", _unclitic(text))
    for word in (_ROLE_FORMS.get(w, w) for w in text.split()):
        forms = {skeleton(word)}
        if len(word) > CLITIC_WORD and word[0] in _CLITICS:
            forms.add(skeleton(word[1:]))
        found.append(frozenset(f for f in forms if f))
    return [f for f in found if f]


#: Fewest letters of a word whose first letter may be a joined conjunction or preposition.
CLITIC_WORD = 3
#: Titles one envoy is given by different outlets ("الممثل الخاص" / "المبعوث"), folded, as
#: the one ``_role_words`` reads them as.
_ROLE_FORMS = {fold(w): fold("المبعوث") for w in ("الممثل", "الموفد")}
#: The United Nations written out, which outlets shorten to the adjective ("المبعوث الأممي");
#: not a state's delegate to it ("ممثل الساحل لدى الأمم المتحدة").
_UNITED_NATIONS = re.compile(r"(?<!\S)(?<!لدى )الامم المتحده(?!\S)")


#: Fewest letters of a body's head noun skeleton that a role's may end with ("dr" in "mdr").
MIN_HEAD_SKELETON = 2


def _heads_body(theirs: list[str], wanted: frozenset[str], described: frozenset[str]) -> bool:
    """A role named for the body's head noun, over the rest of the body's name: "مساعدة المدير
    العام للتعليم بمنطقة الساحل" and "الإدارة العامة للتعليم بمنطقة الساحل" (مدير heads an
    إدارة, أمين an أمانة, رئيس a رئاسة): the role's holder speaks for the body."""
    if not theirs:
        return False
    head = name_words(theirs[0])
    rest = wanted - head
    if len(rest) < NAME_WORDS or not rest <= described:
        return False
    return any(
        role.endswith(noun) for noun in head if len(noun) >= MIN_HEAD_SKELETON for role in described
    )


def _speaks_for(holder: Source, other: Source) -> bool:
    """True when a voice's descriptor names the other voice ("المتحدث الرسمي بهيئة الموانئ"
    and "هيئة الموانئ"; "العقيد سالم الجبوري المتحدث" and "سالم الجبوري"): a spokesman and
    his body, or a role and the person holding it, are one voice. An official known by his
    role alone ("متحدث باسم الصندوق") is described by it."""
    description = holder.descriptor
    if not description and holder.kind is SourceKind.OFFICIAL:
        description = holder.name
    if not description:
        return False
    words = _last_title(_untitled(normalize(description).split()))
    if not words:
        return False
    bare = " ".join(w[1:] for w in words if len(w) > 3 and w[0] in _CLITICS)
    described = name_words(description) | name_words(bare)
    wanted = name_words(other.name)
    if len(wanted) >= NAME_WORDS and wanted <= described:
        return True
    # A body's name shortened in the descriptor to its first words ("مدير المرصد السوري"
    # for "المرصد السوري لحقوق الإنسان"): the head noun and the word after it must be there.
    if other.kind not in _BODIES:
        return False
    # A unit of the body named in the descriptor ("المكتب الإعلامي للمقاومة" and "المتحدث
    # باسم المقاومة الشعبية").
    unit = _body_named(other.name)
    if unit and name_words(unit) <= described:
        return True
    theirs = normalize(other.name).split()
    if _heads_body(theirs, wanted, described):
        return True
    # Or named by its head noun alone after the title ("مدير المرصد" for "المرصد الوطني
    # للزلازل", "المتحدث باسم الصندوق" for "صندوق التنمية الريفية"), as an article does once
    # it has named the body in full.
    # The noun may carry a joined preposition ("المتحدث الرسمي للهيئة").
    last = "ال" + words[-1][2:] if words[-1].startswith("لل") else words[-1]
    # The title may name a unit of the body before its head noun ("رئيس المركز الإعلامي
    # للجنة"): the unit's head speaks for the body as the body's own head does.
    titled = len(words) <= MAX_TITLE_WORDS or len(_without_unit(words)) <= MAX_TITLE_WORDS
    head_noun = titled and last.startswith("ال") and len(theirs) > 1
    # "للجنة" is ل before "اللجنة", a lam of the noun's own merged with the article's.
    nouns = {last[2:], words[-1][1:]} if words[-1].startswith("لل") else {last[2:]}
    if head_noun and theirs[0].removeprefix("ال") in nouns:
        return True
    # A club named by its head and its name ("فريق الهلال", "نادي الوادي") and a title over
    # that name alone, closing the descriptor ("مدير الكرة بالهلال"): one club.
    if len(theirs) == NAME_WORDS and theirs[0].removeprefix("ال") in _CLUB_HEADS:
        own = words[-1][1:] if words[-1][:1] in _CLITICS else words[-1]
        if own.startswith("ال") and len(words) > 1 and own == theirs[1]:
            return True
    # An unnamed voice "in" the body ("مصدر في اللجنة المحلية للانتخابات") names it after
    # its tie.
    body = _tied_body(other) if other.kind in UNNAMED_KINDS else []
    if head_noun and len(body) > 1 and body[0].removeprefix("ال") in nouns:
        return True
    lead = name_words(" ".join(theirs[:NAME_WORDS]))
    return len(lead) >= NAME_WORDS and lead <= described


#: Titles written before a name that a descriptor read up to the name may end with ("…
#: والمتحدث الرسمي للكلية الدكتور"), folded: they say nothing of the body spoken for.
_NAME_TITLES = frozenset(
    fold(w)
    for w in (
        "الدكتور الدكتورة المهندس المهندسة الشيخ الأستاذ الأستاذة الأمير الأميرة اللواء"
        " العميد العقيد المقدم الرائد النقيب د م"
    ).split()
)


def _untitled(words: list[str]) -> list[str]:
    """A descriptor's words less the titles that close it before the name."""
    end = len(words)
    while end and words[end - 1] in _NAME_TITLES:
        end -= 1
    return words[:end]


def _last_title(words: list[str]) -> list[str]:
    """A descriptor of two titles joined by و read from the spokesperson's one ("رئيس وحدة
    النشر والمتحدث الرسمي للكلية" → المتحدث الرسمي للكلية); as it is otherwise."""
    for n in range(len(words) - 1, 0, -1):
        word = words[n]
        if word[:1] == "و" and _ARTICLE.sub("", word[1:]) in _SPOKESPERSONS:
            return [word[1:], *words[n + 1 :]]
    return words


def _without_unit(words: list[str]) -> list[str]:
    """A descriptor's words with the unit of a body named after its title taken out
    ("رئيس المركز الإعلامي للجنة" → رئيس, للجنة); as they are when it names none."""
    for n in range(1, len(words) - 1):
        for unit in _UNITS:
            if tuple(words[n : n + len(unit)]) == unit and n + len(unit) < len(words):
                return words[:n] + words[n + len(unit) :]
    return words


def _tied_body(voice: Source) -> list[str]:
    """The words of the body an unnamed voice is tied to ("مصدر في اللجنة المحلية" →
    اللجنه, المحليه), or [] when it is tied to none."""
    words = _headed(voice.name, _HEADS)
    tie = next((n for n, w in enumerate(words[1:], 1) if w in _TIES or _tied_noun(w)), None)
    if tie is None:
        return []
    return [words[tie][1:], *words[tie + 1 :]] if _tied_noun(words[tie]) else words[tie + 1 :]


#: The definite article with the clitics joined to it ("ال", "بال", "لل"), all languages.
_ARTICLES = tuple(sorted(union("articles"), key=len, reverse=True))

#: Words of a person's descriptor (its last among them) that must have a form in a body's
#: name for the person to speak for it (``speaks_for``).
SPEAKS_FOR_WORDS = 2
#: Kinds of voice a descriptor can name as the body a person speaks for, and whose name a
#: member's descriptor may shorten. (A narrower set of two kinds was once defined above for
#: the latter and silently replaced by this one; measured, the narrower set made a source in
#: a committee and the committee's named spokesman two origins, so this one stays.)
_BODIES = frozenset(
    {SourceKind.GOVERNMENT_BODY, SourceKind.ORGANIZATION, SourceKind.AGENCY, *UNNAMED_KINDS}
)
_PERSONS = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL})


def speaks_for(person: Source, body: Source) -> bool:
    """True when a named person's descriptor names ``body``, a body or an unnamed voice tied
    to one quoted on the same claim: ``SPEAKS_FOR_WORDS`` content words of the descriptor or
    more, its last word among them, have a form in the body's name. "سالم العتيبي، منسق الهيئة
    الوطنية للإغاثة الجبلية" and "مسؤول في هيئة الإغاثة الجبلية" are one voice of the relief
    body; "المتحدث باسم وزارة الزراعة الأردنية" does not speak for "وزارة الزراعة المصرية"."""
    if person.kind not in _PERSONS or body.kind not in _BODIES or not person.descriptor:
        return False
    mine = _words(" ".join(_untitled(normalize(person.descriptor).split())))
    # (none of "مسؤولون في القوات المناهضة لحركة الساحل" is the movement's: ``until_hostile``)
    theirs = _words(" ".join(until_hostile(fold(body.name).split())))
    if not mine or not theirs:
        return False
    said = {w for w in mine if any(related(w, o) for o in theirs)}
    if len(said) >= SPEAKS_FOR_WORDS and mine[-1] in said:
        return True
    # A descriptor closing on the body's head noun alone ("المتحدثة باسم المنسقة في
    # الاتحاد" beside "الاتحاد الآسيوي") refers back to the body its article named.
    closing = normalize(person.descriptor).split()[-1]
    definite = closing.startswith(_ARTICLES)
    return len(theirs) > 1 and definite and related(mine[-1], theirs[0])


@lru_cache(maxsize=16_384)
def _words(text: str) -> tuple[str, ...]:
    """The content words of a descriptor or a name, folded, in order."""
    return tuple(content_words(words_of(fold(text))))


#: Voices that are a body or speak from one, whose body a content may name by its head noun.
_BODY_SPEAKERS = BODY_KINDS | PEOPLE | {SourceKind.ANONYMOUS}

#: Fewest letters of the bare noun a content opens with for it to name a body ("الأمانة").
MIN_BODY_NOUN_LETTERS = 4


def own_body_told(content: str, voice: Source) -> bool:
    """True when ``content`` opens with a bare definite noun that is a word of the body
    ``voice`` speaks from, as its name or descriptor gives it ("الأمانة أقامت دورة للموظفين"
    beside the head of a unit "بأمانة المحافظة"; "الكتائب أفرجت عن الصيادين" beside "مصادر في
    الكتائب الأهلية"): the content tells that body's own act the way its own people tell
    it, in a story about the body. An office's title ("المدير"), a state ("المملكة") or a
    medium's head opening the content names no body, nor does a voice that is no body or
    none's speaker: a document ("التقديرات الأولية" beside a company saying "التقديرات
    المبدئية تشير …"), an outlet, an agency or leaks."""
    if voice.kind not in _BODY_SPEAKERS:
        return False
    words = words_of(fold(content))
    if not words or not words[0].startswith("ال"):
        return False
    noun, titles = words[0][2:], _no_body_nouns()
    if len(noun) < MIN_BODY_NOUN_LETTERS or noun in titles or words[0] in titles:
        return False
    return noun in _own_words(voice.name) or noun in _own_words(voice.descriptor)


@lru_cache(maxsize=1)
def _no_body_nouns() -> frozenset[str]:
    """Offices' titles, states' forms and media's heads, folded."""
    fields = ("office_titles", "source_heads", "honorifics", "state_forms")
    return frozenset(fold(w) for f in fields for w in union(f))


#: Words before a body's head noun in a voice's name or descriptor ("مصادر في المقاومة",
#: "المتحدث باسم الهيئة"), folded.
_BEFORE_BODY = frozenset(fold(w) for w in ("في", "من", "لدى", "عن", "باسم"))


@lru_cache(maxsize=16_384)
def _own_words(text: str) -> frozenset[str]:
    """The head nouns of the bodies a voice's name or descriptor names, folded, each without
    its clitic and article: its first word, a word after a preposition ("في المقاومة") and a
    word bearing one ("بأمانة" → "امانه"). A word after another noun is that noun's
    complement ("شركة الكهرباء": the company, not electricity), no body of its own."""
    words = words_of(fold(text))
    out: set[str] = set()
    for n, word in enumerate(words):
        clitic = word[:1] in "بل" and len(word) > MIN_BODY_NOUN_LETTERS
        if n == 0 or clitic or words[n - 1] in _BEFORE_BODY:
            bare = word[1:] if clitic else word
            out.add(_ARTICLE.sub("", bare))
    return frozenset(out)
