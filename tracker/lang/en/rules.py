"""Find attributions in English news text (pure).

Rules in the style of the SFU Gender Gap Tracker's quote extractor, without a parser: a lexicon
of reporting and mental-state verbs in all their forms, read per sentence in three orders,
"X said (that) …", "…, X said" / "…, said X", and "according to X"; quotations with the
attribution before, after or in the middle ("…," she said, "…"); a quoted paragraph with no cue
continues the last speaker (a floating quote); pronouns are left to the resolver, which takes the
last speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import pairwise
from operator import itemgetter

from ...models import Mention, QuoteKind, RawAttribution, SourceKind, Stance, replace
from ...names import romanize, skeleton
from ...text import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    Sentence,
    mixed_quote_spans,
    split_sentences,
    trim_span,
)
from .. import header_field
from ..base import Known
from ..common import colon_paragraph
from .words import WORDS

_BASES = """
say tell add note state announce report claim confirm warn write insist deny reject argue
explain acknowledge admit assert believe think want expect hope fear know feel suggest predict
estimate urge ask accuse agree contend maintain testify tweet post recall caution complain
indicate reveal disclose emphasize stress point observe remark reply respond tout concede
declare allege charge vow pledge promise boast predict question doubt worry wonder understand
recognize acknowledge mention describe characterize call signal threaten demand propose
show find indicate learn hear realize figure consider view see support oppose endorse back
criticize praise blame mock slam blast attack defend dismiss question suspect prefer like love
hate plan intend seek refuse decline vote welcome applaud condemn demand accept fault
decry lament acknowledge reiterate stress underscore counter retort quip joke boast complain
conclude express remind echo cite denounce admit prefer continue
appear seem refer talk speak discuss offer
order assure portray highlight rail thank encourage request retweet shout chant plead assail
reference forecast remember recommend challenge deem hint repeat identify email
convince recount bemoan downplay laud muse imply chide scold rebuke lambaste berate deride
yell speculate interject comment liken invoke label balk disavow articulate rebuff proclaim
allude congratulate persuade attribute apologize inform mull outline advocate credit regard
read
voice answer champion hail brag dub spar rebut list project
reaffirm dispute guarantee push
""".split()
#: Irregular (or doubled-consonant) verbs, one a line: the base, then its other forms.
_IRREGULAR = {
    base: tuple(forms)
    for base, *forms in map(
        str.split,
        """
say says said saying
tell tells told telling
write writes wrote writing written
think thinks thought thinking
know knows knew knowing known
feel feels felt feeling
understand understands understood understanding
find finds found finding
see sees saw seeing seen
hear hears heard hearing
show shows showed showing shown
seek seeks sought seeking
learn learns learned learnt learning
plan plans planned planning
vote votes voted voting
quip quips quipped quipping
forecast forecasts forecasted forecasting
thank thanked thanking
voice voiced voicing
list listed
project projected
answer answered answering
champion championed championing
hail hailed hailing
brag brags bragged bragging
dub dubs dubbed dubbing
spar spars sparred sparring
rebut rebuts rebutted rebutting
challenge challenges challenged
back backs backed backing
admit admits admitted admitting
prefer prefers preferred preferring
slam slams slammed slamming
refer refers referred referring
speak speaks spoke speaking spoken
read reads reading
""".strip().splitlines(),
    )
}
_DENY = {"deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting"}


def _forms(base: str) -> set[str]:
    """The inflected forms of a regular or listed irregular verb: say, says, said, saying."""
    if base in _IRREGULAR:
        return {base, *_IRREGULAR[base]}
    stem = base[:-1] if base.endswith("e") else base
    third = base + ("es" if base.endswith(("s", "sh", "ch", "x", "o")) else "s")
    if base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
        past = base[:-1] + "ied"
    else:
        past = base + "d" if base.endswith("e") else base + "ed"
    return {base, third, past, stem + "ing"}


#: Every inflected form → its base.
CUES: dict[str, str] = {form: base for base in _BASES for form in _forms(base)}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
_SUBJECT_STOP = {
    "that",
    "which",
    "who",
    "and",
    "but",
    "or",
    "because",
    "if",
    "when",
    "while",
    "as",
    "so",
    "also",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "could",
    "may",
    "might",
    "not",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "of",
    "than",
}
_AUX = {
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "will",
    "would",
    "also",
    "later",
    "previously",
    "then",
    "recently",
    "did",
    "does",
    "do",
    "not",
    "never",
    "once",
    "repeatedly",
    "publicly",
    "privately",
    "reportedly",
    "earlier",
    "often",
    "still",
}
_OFFICIAL = {
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "senator",
    "sen",
    "governor",
    "gov",
    "ambassador",
    "general",
    "gen",
    "chairman",
    "director",
    "official",
    "officials",
    "mayor",
    "representative",
    "rep",
    "chief",
    "adviser",
    "advisor",
    "aide",
    "aides",
    "commander",
    "prime",
    "king",
    "prince",
    "lawmaker",
    "lawmakers",
    "congressman",
    "congresswoman",
    "administration",
    "department",
    "ministry",
    "government",
    "police",
    "army",
    "military",
}
_ANONYMOUS = {
    "source",
    "sources",
    "officials",
    "people",
    "aides",
    "insiders",
    "observers",
    "analysts",
    "experts",
    "critics",
    "witnesses",
    "residents",
    "activists",
    "some",
    "many",
    "others",
    "diplomats",
    # armed and street groups named by their kind: "Houthi rebels said" is no person Houthi
    "rebels",
    "militants",
    "fighters",
    "protesters",
    "demonstrators",
    "insurgents",
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Words between a cue and its content: "told reporters", "said Tuesday".
_AFTER_CUE = {
    "reporters",
    "me",
    "us",
    "him",
    "her",
    "them",
    *_WEEKDAYS,
    "today",
    "yesterday",
    "recently",
    "earlier",
    "also",
    "publicly",
    "later",
    "again",
}
_PHRASE_WORDS = {
    "statement",
    "interview",
    "speech",
    "tweet",
    "post",
    "letter",
    "email",
    "call",
    "news",
    "conference",
    "press",
    "radio",
    "television",
    "tv",
    "rally",
    "hearing",
    "debate",
    "week",
    "month",
    "recent",
    "brief",
    "written",
    "separate",
    "phone",
    *_WEEKDAYS,
}
_WHEN = {
    *_WEEKDAYS,
    "today",
    "yesterday",
    "tonight",
    "again",
    "then",
    "on",
    "last",
    "week",
    "month",
    "year",
    "earlier",
    "later",
    "once",
    "first",
    "finally",
}
_TITLES = {
    "marshal",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "prof",
    "lt",
    "col",
    "sgt",
    "judge",
    "justice",
    "leader",
    "speaker",
    "candidate",
    "nominee",
    "activist",
    "analyst",
    "economist",
    "professor",
    "lawyer",
    "attorney",
    "author",
    "founder",
    "ceo",
    "head",
}
_BODIES = {
    "ministry",
    "department",
    "government",
    "office",
    "embassy",
    "police",
    "army",
    "military",
    "administration",
    "council",
    "commission",
    "committee",
    "agency",
    "court",
    "campaign",
    "party",
    "house",
    "pentagon",
    "kremlin",
    "coalition",
}
_MEDIA = {
    "times",
    "post",
    "news",
    "daily",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "observer",
    "telegraph",
    "newspaper",
    "paper",
    "magazine",
    "network",
    "tv",
    "television",
    "radio",
    "broadcaster",
    "outlet",
    "outlets",
    "media",
    "press",
    "wire",
    "channel",
    "website",
}
_INDEFINITE = {"a", "an", "one", "two", "three", "several", "some", "senior", "another"}
#: A word (with ' ’ - inside: "don't", "al-Muallem"), '' as one quotation mark, or a sign.
#: A number with thousands commas is one word ("12,500"): its commas end no clause.
#: Possessive runs (++, *+): nothing after them needs a character back, and the regex engine
#: reads a run at once instead of one character per loop.
_WORD = re.compile(r"''|(?:[\w’-]++|'(?!'))++(?:\.\w+|(?<=\d),\d++)*+|[^\w\s]")
#: Words after which a cue word is a noun: "the plan", "his support", "of the states".
_NOUN_BEFORE = {
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "these",
    "those",
    "of",
    "for",
    "with",
    "by",
    "in",
    "on",
    "any",
    "no",
    "every",
    "each",
    "such",
    "whose",
    "public",
    "popular",
    "strong",
    "broad",
    "new",
    "own",
    # an act of violence: "the terrorist attacks", "a deadly attack", "a drone attack"
    "terror",
    "terrorist",
    "deadly",
    "horrific",
    "latest",
    "recent",
    "bomb",
    "suicide",
    "chemical",
    "missile",
    "rocket",
    "drone",
    "militant",
    "terrorism",
    "armed",
    "violent",
    "coordinated",
}
_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")
_RELATIVES = {"who", "which", "that", "whom", "whose", "where", "when", "what", "it", "there"}
#: Tokens that end a clause. (" - " is a clause mark in text, but a token holds no space.)
_CLAUSE_MARKS = frozenset(",;:—–")


#: Marks read off the start and the end of a word without the regex: "“We", "said,", "it.”".
#: Each is a token of its own (none is a word character, ' ’ or -, which the regex reads
#: differently).
_LEADING_MARKS = '“"(‘«[„‹'
_TRAILING_MARKS = ',.;:?!”")»]›″'


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Words and punctuation marks of text[start:end], each with its offsets.

    A sentence whose pieces are parted by one white-space character each (most are: a space,
    or a no-break space) is read piece by piece, as no token holds white space: a piece of
    letters and digits is one word (letters joined by ' ’ - too, see _joined_word), and so is
    one with marks before or after it ("“We", "said,"); only the other pieces go through the
    regex.
    """
    chunk = text[start:end]
    pieces = chunk.split()
    if len(" ".join(pieces)) != len(chunk):
        return _regex_tokens(text, start, end)  # white space of two characters or more
    out: list[tuple[str, int, int]] = []
    pos = start
    for piece in pieces:
        n = len(piece)
        if piece.isalnum():
            out.append((piece, pos, pos + n))
            pos += n + 1
            continue
        if piece[-1] in _TRAILING_MARKS and piece[:-1].isalnum():
            # A word and one mark ("said,", "today."): the commonest other piece, by far.
            out.append((piece[:-1], pos, pos + n - 1))
            out.append((piece[-1], pos + n - 1, pos + n))
            pos += n + 1
            continue
        # (written out, as most sentences have several: "“We", "said,")
        head = n - len(piece.lstrip(_LEADING_MARKS))
        tail = len(piece.rstrip(_TRAILING_MARKS))
        core = piece[head:tail]
        if core.isalnum() or _joined_word(core):
            for k in range(head):
                out.append((piece[k], pos + k, pos + k + 1))
            out.append((core, pos + head, pos + tail))
            for k in range(tail, n):
                out.append((piece[k], pos + k, pos + k + 1))
        elif n == 1 or not piece.strip("-"):
            # A mark alone ("—", "&") or a run of hyphens ("--"): one token, as the regex reads it
            out.append((piece, pos, pos + n))
        else:
            out.extend(_regex_tokens(text, pos, pos + n))
        pos += n + 1
    return out


def _joined_word(core: str) -> bool:
    """Whether a piece without its marks is one word to the regex: letters and digits joined
    by ' ’ - ("don't", "al-Muallem", "voters’"), but no '' (a quotation mark of its own)."""
    inner = core.replace("-", "").replace("’", "").replace("'", "")
    return inner.isalnum() and "''" not in core


def _regex_tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The tokens of text[start:end] as the word regex reads them."""
    return [(m[0], m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


#: A token's start offset, the key its list is in order by.
_START = itemgetter(1)
#: Clause marks looked for by _mark_tokens.
_COMMA = re.compile(",")
_COMMA_OR_SEMICOLON = re.compile("[,;]")


def _mark_tokens(
    text: str, tokens: Sequence[tuple[str, int, int]], marks: re.Pattern[str], start: int, end: int
) -> Iterator[int]:
    """The indices, in order, of the tokens that are a mark ``marks`` finds in text[start:end].

    (For speed: the regex engine finds the few marks of a long content and bisection their
    tokens, where a loop would read every token; a comma inside a token, "1,000", is none.)
    """
    for mark in marks.finditer(text, start, end):
        n = bisect_left(tokens, mark.start(), key=_START)
        if n < len(tokens) and tokens[n][1] == mark.start() and tokens[n][0] == mark[0]:
            yield n


_LEADERS = {
    "but",
    "and",
    "so",
    "yet",
    "however",
    "also",
    "though",
    "although",
    "while",
    "when",
    "as",
    "after",
    "before",
    "since",
    "if",
    "because",
    "including",
    "whereas",
    "then",
    "meanwhile",
    "still",
    "now",
    "instead",
    "indeed",
    "yes",
    "no",
    "well",
    "where",
}


#: A voice phrase is a name with its title and descriptor; longer than this it is a clause.
_MAX_VOICE_WORDS = 9
#: Link and media labels of a web page, not voices: "READ ALSO: …", "WATCH: …".
_CHROME = {"read", "also", "more", "watch", "see", "related", "listen", "video", "photo", "photos"}
#: Sentence openers that are not voices alone: "This is …", "Both …", "All …".
_OPENERS = {"this", "that", "these", "those", "both", "all", "each", "such", "there", "here"}
#: Words that start a clause inside a phrase: the voice ends before them.
_CLAUSE_WORDS = {"who", "which", "that", "it"}
#: A finite verb inside the phrase starts a clause too: "Donald Trump was using the visit to …".
_FINITE = {"would", "will", "could", "should", "must", "can", "may", "might", "is", "was", "are"}
#: Where a voice phrase ends: before a clause word or a finite verb.
_VOICE_ENDS = frozenset({*_CLAUSE_WORDS, *_FINITE})
#: "the newspaper", "the agency": a media head noun that refers back to an outlet named before.
_MEDIA_ANAPHORS = {
    "newspaper": SourceKind.OUTLET,
    "paper": SourceKind.OUTLET,
    "daily": SourceKind.OUTLET,
    "magazine": SourceKind.OUTLET,
    "broadcaster": SourceKind.OUTLET,
    "channel": SourceKind.OUTLET,
    "network": SourceKind.OUTLET,
    "website": SourceKind.OUTLET,
    "outlet": SourceKind.OUTLET,
    "agency": SourceKind.AGENCY,
}


def _voice(text: str, tokens: Sequence[tuple[str, int, int]], known: Known) -> Mention | None:
    """Read an English voice phrase: "Syrian Foreign Minister Walid al-Muallem", "a source"."""
    while tokens and tokens[0][0].lower() in _LEADERS:
        tokens = tokens[1:]
    words: Sequence[tuple[str, int, int]] = [t for t in tokens if t[0][0].isalnum()]
    if len(words) > _MAX_VOICE_WORDS:
        words = _head_phrase(words)
    if not words:
        return None
    lowered: Sequence[str] = [w[0].lower().rstrip(".") for w in words]
    if (lowered[0] in _PRONOUNS and len(words) == 1) or _clause_then_pronoun(lowered):
        return None  # a pronoun: the resolver takes the last speaker
    if (lowered[0] in _RELATIVES and not _pointed(lowered)) or (
        len(words) == 1 and lowered[0] in _OPENERS
    ):
        return None
    if len(words) == 1 and lowered[0].endswith(("ed", "ing")) and lowered[0] in CUES:
        return None  # "Asked about the toll, …": a participle opening the sentence
    if len(words) == 1 and words[0][0].islower() and _no_voice_word(lowered[0]):
        return None  # "to", "even", "until", "elected": a function word or verb form, no one
    if (lowered[0] in _QUESTION_AUX and not _first_name(words)) or lowered[-1] in _OPEN_ENDS:
        return None  # "Do you support …?", "Hamdan spoke briefly while …": a clause, no voice
    if _CHROME.issuperset(lowered) and all(w[0].isupper() for w in words):
        return None  # page chrome in capitals: "READ ALSO", "WATCH" (not the surname Read)
    if not _VOICE_ENDS.isdisjoint(lowered[1:]):
        # "X, who …", "Donald Trump was using the visit to …": the voice ends before the clause
        # (a capitalised "Will" is a first name: "Chairman Will Haddad").
        cut = next(
            (i for i, w in enumerate(lowered) if i and w in _VOICE_ENDS and words[i][0] != "Will"),
            len(lowered),
        )
        words, lowered = words[:cut], lowered[:cut]
    reduced = next((n for n in range(1, len(lowered) - 1) if _body_described(lowered, n)), 0)
    if reduced:
        # "the coalition fighting in Yemen": the body ends before the participle describing it
        words, lowered = words[:reduced], lowered[:reduced]
    if lowered[-1] in _WHEN and len(words) > 1:
        words, lowered = _without_release_time(words, lowered)
    words, lowered = _without_home(words, lowered)
    words, lowered = _without_town(words, lowered)
    anaphor = _media_anaphor(text, words, lowered)
    if anaphor is not None:
        return anaphor
    if lowered[-1] in _SPEAKING_FOR and len(words) > 1 and _possessive(lowered[-2]):
        held = _holder(text, words, known)
        if held is not None:
            return held
    return _named_voice(text, words, lowered, known)


#: Those who speak for the person named before them: "Cole's office", "Nasser's lawyer".
_SPEAKING_FOR = frozenset(
    """office campaign team spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys
    aide aides staff camp""".split()
)
#: A name before "'s office" has at most this many words: "Anna Cole's office" (a third is
#: more often a word of the sentence run into it: "Rival Anna Cole's campaign").
_HOLDER_WORDS = 2


def _holder(text: str, words: Sequence[tuple[str, int, int]], known: Known) -> Mention | None:
    """The person whose office, campaign or lawyer speaks ("Anna Cole's office said"), so that
    the office and the person are one origin (as an official's own office is in Arabic); None
    when the name is not a person's (a body the registry knows, "Reuters' lawyers")."""
    name = words[:-1]
    if len(name) > _HOLDER_WORDS or not all(t[0][:1].isupper() for t in name):
        return None
    mark = 1 if name[-1][0].endswith(("'", "’")) else 2  # "Reuters'", "Cole's"
    bare = name[-1][0][:-mark]
    if known([*(t[0].lower() for t in name[:-1]), bare.lower()], True):
        return None
    if not bare or not _capitalised(bare):
        return None
    last = (bare, name[-1][1], name[-1][2] - mark)
    held = _named_voice(
        text, [*name[:-1], last], [t[0].lower() for t in name[:-1]] + [bare.lower()], known
    )
    return held if held is not None and held.kind in _PEOPLE_KINDS else None


#: Words opening what a participle after a body's name governs, besides a determiner or a
#: setting's preposition: "fighting for", "leading the talks" ("a court filing said", "the
#: campaign spending report" have none: nouns).
_GOVERNED = frozenset({"for", "against", "over", "to"})


def _body_described(lowered: Sequence[str], n: int) -> bool:
    """Whether the word at n is a participle describing the body named before it."""
    return (
        lowered[n].endswith("ing")
        and lowered[n - 1] in _BODIES
        and (
            lowered[n + 1] in _DETERMINERS
            or lowered[n + 1] in _SETTING_PREPOSITIONS
            or lowered[n + 1] in _GOVERNED
        )
    )


#: Participles that date a document or a poll after its name: "a poll released Monday".
_RELEASED = frozenset({"released", "published", "issued", "conducted", "posted", "made", "out"})


def _without_release_time(
    words: Sequence[tuple[str, int, int]], lowered: Sequence[str]
) -> tuple[Sequence[tuple[str, int, int]], Sequence[str]]:
    """The voice phrase without the day it was released: "a poll released Monday" → "a poll".

    A day or a time word is no one's name ("according to a survey released Sunday" is the
    survey's); the phrase is kept whole when no such participle dates it ("the Monday Club").
    """
    k = len(lowered)
    while k > 1 and lowered[k - 1] in _WHEN:
        k -= 1
    if k < 2 or lowered[k - 1] not in _RELEASED:
        return words, lowered
    return words[: k - 1], lowered[: k - 1]


#: Lower-case words that never stand alone for a voice: "… to describe those …", "even
#: admitted", "until recently seemed", "chances are you missed it".
_NOT_VOICES = frozenset(
    """to or and but nor even until unless this if as in on at of for with by from than so then
    also just only not too very might may can could would should will shall must how why what
    where please together chances months years weeks days""".split()
)


def _no_voice_word(word: str) -> bool:
    """Whether a lone lower-case word is no voice: a function word or a verb form ("decided",
    "having"; "someone", "police", "critics" are voices)."""
    return word in _NOT_VOICES or word.endswith(("ed", "ing"))


def _first_name(words: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a capitalised auxiliary opens a name: "Will Haddad" (not "Will you …")."""
    return (
        len(words) > 1
        and words[0][0][:1].isupper()
        and words[1][0][:1].isupper()
        and words[1][0].lower() not in _PRONOUNS
    )


#: Verbs that lead to an infinitive cue without an -ed ending: "X went on to say".
_CHAIN_VERBS = frozenset(
    {
        "went",
        "began",
        "begins",
        "continue",
        "continues",
        "need",
        "needs",
        "want",
        "wants",
        "plan",
        "plans",
        "tries",
        "try",
        "refuses",
        "seems",
        "seem",
        "appears",
        "happen",
        "happens",
        "hopes",
        "got",
        "gets",
        "declines",
        "intends",
        "expects",
        "ought",
        "used",
        "having",
        "being",
    }
)


#: Words inside a verb chain after its first verb: "has yet to", "is likely to", "went on to".
_CHAIN_FILLERS = frozenset(
    {
        *_AUX,
        *{"yet", "likely", "unlikely", "on", "able", "unable", "about", "set", "due", "eager"},
        *{"quick", "ready", "reluctant", "willing", "unwilling", "certain", "sure", "bound"},
        *{"supposed", "now", "chosen", "taken", "begun", "gone"},
    }
)
#: The first word of a verb chain: an auxiliary or a verb that takes an infinitive.
_CHAIN_HEADS = frozenset(
    {*_FINITE, "has", "have", "had", "were", "did", "does", "do", "be", "been", *_CHAIN_VERBS}
)


def _in_chain(word: str) -> bool:
    """A lower-case word that may stand in a verb chain: "has", "yet", "plainly", "trying"."""
    return (
        word in _CHAIN_FILLERS
        or word in _CHAIN_HEADS
        or word.endswith(("ed", "ing"))
        or _adverb(word)
    )


def _chain_subject(tokens: Sequence[tuple[str, int, int]], j: int) -> tuple[int, int] | None:
    """The subject (start, end) before a verb chain leading to an infinitive cue, or None.

    "Mayor Ann Pelt has yet to say" → "Mayor Ann Pelt"; "the mill is likely to announce" → "the
    mill"; "He went on to say" → "He". The chain opens with an auxiliary or a verb that takes an
    infinitive; the subject is the noun phrase right before it, outside a relative clause.
    """
    if j < 3 or tokens[j - 1][0] != "to":
        return None
    c = j - 1
    while c > 0 and tokens[c - 1][0][:1].islower() and _in_chain(tokens[c - 1][0]):
        c -= 1
    while c < j - 1 and not (tokens[c][0] in _CHAIN_HEADS or tokens[c][0].endswith("ed")):
        c += 1
    if c == j - 1:
        return None
    start = c
    while start > 0 and c - start < _MAX_VOICE_WORDS:
        word = tokens[start - 1][0]
        if word.lower() in {"the", "a", "an"} or (start == c and word.lower() in _PRONOUNS):
            start -= 1
            break
        if not (_capitalised(word) or (_noun_like(word) and word not in _NOT_IN_ANTECEDENT)):
            break
        start -= 1
    if start == c or (start and tokens[start - 1][0].lower() in _RELATIVES):
        return None
    return start, c


#: Words that point back to someone named before: "That person said …".
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
#: Nouns of time after a demonstrative: "that year", "this week" set a time, they name no one.
_TIME_NOUNS = frozenset(
    {*_WHEN, "time", "day", "morning", "evening", "weekend", "spring", "summer", "fall"}
)


def _pointed(lowered: Sequence[str]) -> bool:
    """Whether a voice is a demonstrative and a noun: "That person", "these farmers" (a voice
    named before), not a relative clause ("that the mill …") nor a time ("that week")."""
    return (
        len(lowered) == 2
        and lowered[0] in _DEMONSTRATIVES
        and _noun_like(lowered[1])
        and lowered[1] not in _TIME_NOUNS
    )


def _without_home(
    words: Sequence[tuple[str, int, int]], lowered: Sequence[str]
) -> tuple[Sequence[tuple[str, int, int]], Sequence[str]]:
    """A titled name without the place after it: "Gov. Omar Hamdan of Riverton" → up to Hamdan.

    Only after a title and a name of two capitalised words: "Bank of the Valley" stays whole.
    """
    if "of" not in lowered[3:]:
        return words, lowered
    p = len(lowered) - 1 - lowered[::-1].index("of")
    place, name = words[p + 1 :], words[p - 2 : p]
    if not place or len(place) > 3 or not all(w[0][:1].isupper() for w in (*place, *name)):
        return words, lowered
    if any(w in _TITLES or w in _OFFICIAL for w in lowered[p - 2 : p]):
        return words, lowered
    if not any(w in _TITLES or w in _OFFICIAL for w in lowered[: p - 2]):
        return words, lowered
    return words[:p], lowered[:p]


#: Head words of a name that make "X of Y" one body, not a person from a place: "the Bank of
#: Riverton", "the Valley Chamber of Commerce", "Riverton University of Science".
_ORGANISATION_HEADS = frozenset(
    """university bank bureau chamber institute foundation association union workers center
    centre society league board school college church federation corporation company group
    fund academy club alliance institution network""".split()
)
#: Small words inside a place or body after "of": "of the University of Riverton".
_OF_THE = frozenset({"of", "the"})
#: A town or state after "of" has at most this many words: "of the Riverton Valley".
_TOWN_WORDS = 4


def _without_town(
    words: Sequence[tuple[str, int, int]], lowered: Sequence[str]
) -> tuple[Sequence[tuple[str, int, int]], Sequence[str]]:
    """A name without the place after it: "Omar Nasser of Riverton" → "Omar Nasser".

    Only a run of two or more capitalised words before "of", none a body, medium, title or
    organisation ("the Bank of Riverton", "Secretary of State …" and "Department of Water"
    stay whole), and a short capitalised place after it (the town is where the voice is from,
    not its name).
    """
    if "of" not in lowered[2:]:
        return words, lowered
    p = lowered.index("of", 2)
    after = zip(words[p + 1 :], lowered[p + 1 :], strict=True)
    place = [w for w, low in after if low not in _OF_THE]
    if not place or len(place) > _TOWN_WORDS or not all(_capitalised(w[0]) for w in place):
        return words, lowered
    if not all(w[0][:1].isupper() for w in words[:p]):
        return words, lowered
    for low in lowered[:p]:
        if low in _BODIES or low in _MEDIA or low in _ORGANISATION_HEADS:
            return words, lowered
    if lowered[p - 1] in _OFFICIAL or lowered[p - 1] in _TITLES:
        return words, lowered
    return words[:p], lowered[:p]


#: Prepositions that set a voice in a place: "a diplomat in Beirut", "an official at Ain Asad".
_PLACE_TIES = frozenset({"in", "at"})
#: A place after a voice is at most this many capitalised words: "in Abu Dhabi".
_MAX_PLACE_WORDS = 3
#: Lower-case words a place may carry: "in the province of Saada".
_PLACE_FILLERS = frozenset({"the", "city", "town", "province", "of", "village", "capital"})


def _place_at(words: Sequence[tuple[str, int, int]], lowered: Sequence[str]) -> int:
    """Where a voice named by a common noun ends with the place it is at (0: it does not).

    "A diplomat in Beirut", "a local official in Saada": the capitalised words at the end are
    where the voice is, not its name (the name would be the city). Only after a lower-case head
    noun: "Omar Hamdan in Cairo" is a name, "the mayor of Riverton" is left to the titles.
    """
    p = next((n for n in range(len(lowered) - 1, 0, -1) if lowered[n] in _PLACE_TIES), 0)
    if not p or words[p - 1][0][:1].isupper():
        return 0
    place = [w for w in words[p + 1 :] if w[0].lower() not in _PLACE_FILLERS]
    if 0 < len(place) <= _MAX_PLACE_WORDS and all(_capitalised(w[0]) for w in place):
        return p
    return 0


#: An auxiliary opening a question: "Do you support …", "Can the council …".
_QUESTION_AUX = frozenset({"do", "does", "did", "can", "will", "would", "could", "should"})
#: Words a voice phrase cannot end with: "… while", "… when".
_OPEN_ENDS = frozenset({"while", "when", "as", "because", "if", "after", "before", "than"})
#: Prepositions that end the head of a long voice phrase: "A report about the border …".
_POSTMODIFIERS = {"about", "of", "on", "in", "from", "for", "with", "by", "at", "issued"}


def _head_phrase(words: Sequence[tuple[str, int, int]]) -> Sequence[tuple[str, int, int]]:
    """The head of a long voice phrase, before its first postmodifier; empty if none is short.

    "A study of river levels across the valley by two universities" → "A study".
    """
    for n, word in enumerate(words[: _MAX_VOICE_WORDS + 1]):
        if n and word[0].lower() in _POSTMODIFIERS:
            return words[:n]
    return ()


#: "the state broadcaster", "the official agency": a state's own medium, named by its role.
_STATE_MEDIA = frozenset({"state", "official", "government", "public", "national"})


def _media_anaphor(
    text: str, words: Sequence[tuple[str, int, int]], lowered: Sequence[str]
) -> Mention | None:
    """ "the newspaper", "the news agency", "the daily": the outlet or agency named before.

    "The Gulf Mirror reported … The newspaper said it had obtained documents": the caller
    points this mention at the Gulf Mirror.
    """
    if len(lowered) < 2 or lowered[0] != "the" or lowered[-1] not in _MEDIA_ANAPHORS:
        return None
    if len(lowered) > 3 or any(w[0][:1].isupper() for w in words[1:]):
        return None  # "The Daily Levant" is a name, not a reference back
    if len(lowered) == 3 and lowered[1] in _STATE_MEDIA:
        return None  # "the state broadcaster" is a government's medium, not the outlet before
    start, end = words[0][1], words[-1][2]
    surface = text[start:end]
    return Mention(surface, start, end, surface, "", _MEDIA_ANAPHORS[lowered[-1]], anaphor=True)


def _capitalised(word: str) -> bool:
    """Whether a word is part of a name: "Selim", and "al-Muallem" with its article."""
    return word[:1].isupper() or (word[:3].lower() in {"al-", "el-"} and word[3:4].isupper())


def _body_of(lowered: Sequence[str]) -> bool:
    """Whether a voice phrase is a body named by its field: "the Ministry of Water and
    Power", "Department of State" (a body noun first, then "of")."""
    start = 1 if lowered[0] == "the" else 0
    if len(lowered) <= start + 2 or lowered[start] not in _BODIES or lowered[start + 1] != "of":
        return False
    # ("Department of State spokesman Ned Price" is the spokesman)
    return not any(w in _OFFICIAL or w in _TITLES for w in lowered[start + 2 :])


#: Lower-case words inside a name: "Mohammed bin Salman", "Abdullah ibn Zayed".
_NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "abu", "bu"})


#: Words that end a newspaper's title, capitalised, as no other name ends: "The Gulf Mirror",
#: "the Valley Chronicle" ("Guardian Council", "Star Wars" end otherwise).
_PAPER_TITLE_ENDS = frozenset({"mirror", "chronicle", "courier", "express", "inquirer", "examiner"})


def _paper_title(words: Sequence[tuple[str, int, int]], lowered: Sequence[str]) -> bool:
    """Whether the phrase is a newspaper's title: two or more capitalised words ending in a
    title word (_PAPER_TITLE_ENDS)."""
    return (
        len(words) >= 2
        and lowered[-1] in _PAPER_TITLE_ENDS
        and words[-1][0][:1].isupper()
        and words[-2][0][:1].isupper()
    )


def _named_voice(
    text: str, words: Sequence[tuple[str, int, int]], lowered: Sequence[str], known: Known
) -> Mention | None:
    """Split a voice phrase into descriptor and name and tell its kind.

    The name is the trailing run of capitalised words after the last title; what comes before
    is the descriptor ("Syrian Interior Minister Fadi Selim" → Fadi Selim).
    """
    start, end = words[0][1], words[-1][2]
    # Scholarly spellings are read as news spellings: "aš-Šarq al-Awsaṭ" is al-Sharq al-Awsat.
    surface = text[start:end]
    folded = romanize(surface)
    registry = known(folded.lower().replace("-", " ").split(), True)
    split = len(words)
    place = _place_at(words, lowered) if not _PLACE_TIES.isdisjoint(lowered) else 0
    while (
        split > 0
        and not place
        and (
            _capitalised(words[split - 1][0])
            or (lowered[split - 1] in _NAME_PARTICLES and 1 < split < len(words))
        )
    ):
        split -= 1  # "Crown Prince Mohammed bin Salman": "bin" inside the name
    while split < len(words) and lowered[split] in _NAME_PARTICLES:
        split += 1
    if 1 < split < len(words) and lowered[split - 1] == "of":
        split = _of_split(words, lowered, split)
    titles = [n for n, w in enumerate(lowered) if w in _OFFICIAL or w in _TITLES]
    if titles and titles[-1] + 1 < len(words) and titles[-1] >= split:
        split = titles[-1] + 1
    name_words = words[split:] if split < len(words) else words
    whole = split == 0 or split >= len(words)
    name = folded if whole else romanize(text[name_words[0][1] : name_words[-1][2]])
    descriptor = text[start : name_words[0][1]].strip() if split < len(words) and split else ""
    named = (split < len(words) and split > 0) or all(w[0][:1].isupper() for w in words)
    if registry and _MEDIA.isdisjoint(lowered):
        kind: SourceKind | None = None
    elif registry:
        # "The independent daily Al-Masaa": a medium by its noun, whatever registry name a
        # word of it may also be (the resolver still finds "The Valley Times" there).
        kind = SourceKind.OUTLET
        name, descriptor = folded.removeprefix("the ").removeprefix("The "), ""
    elif not _ANONYMOUS.isdisjoint(lowered) and not any(
        w[0][:1].isupper() for w in words[1 : place or _group_tie(lowered) or None]
    ):
        kind = SourceKind.ANONYMOUS
        name, descriptor = folded, ""
    elif (not _MEDIA.isdisjoint(lowered) and not _press_event(lowered)) or _paper_title(
        words, lowered
    ):
        kind = SourceKind.OUTLET  # "The Daily Levant", "the Times", "CBS News", "the Gulf Mirror"
        name, descriptor = folded.removeprefix("the ").removeprefix("The "), ""
    elif lowered[-1] in _BODIES or _body_of(lowered):
        kind = SourceKind.GOVERNMENT_BODY  # "the ministry", "the Ministry of Hajj and Umrah"
        name, descriptor = folded, ""
    elif lowered[0] in _INDEFINITE and not named:
        kind = SourceKind.ANONYMOUS  # "a senior Lebanese official (who declined to be named)"
        name, descriptor = folded, ""
    elif not _OFFICIAL.isdisjoint(lowered):
        kind = SourceKind.OFFICIAL
    elif all(not w[0][:1].isupper() for w in words) and len(words) > 3:
        if not _share(lowered) and not _group(lowered):
            return None  # a lower-case clause, not a voice
        kind = SourceKind.ANONYMOUS  # "three-quarters of the voters", "about 4 in 10"
        name, descriptor = folded, ""
    else:
        kind = SourceKind.PERSON
    return Mention(surface, start, end, name, descriptor, kind)


#: Heads of an occasion for the press, no medium: "told a news conference", "a press briefing".
_PRESS_EVENTS = frozenset({"conference", "conferences", "briefing", "briefings", "call", "calls"})


def _press_event(lowered: Sequence[str]) -> bool:
    """Whether a media word names an occasion, not a medium: "a news conference on Monday"."""
    return any(word in _MEDIA and after in _PRESS_EVENTS for word, after in pairwise(lowered))


#: A name after an office "of" has at least this many words to lose the office's own word.
_OFFICE_NAME_WORDS = 3


def _of_split(words: Sequence[tuple[str, int, int]], lowered: Sequence[str], split: int) -> int:
    """Where the name starts when the capitalised run at ``split`` follows "of".

    "The Bank of Riverton", "the Valley Chamber of Commerce": a body named by its head and
    field, the whole is the name; "Secretary of State Omar Nasser": the office's field
    ("State") is no part of the name. Otherwise the split stays.
    """
    before = split - 2
    if lowered[before] in _OFFICIAL or lowered[before] in _TITLES:
        if len(words) - split >= _OFFICE_NAME_WORDS:
            split += 1  # "Secretary of State Omar Nasser" → "Omar Nasser"
        middle = words[-2][0]
        initial = len(middle.rstrip(".")) == 1  # "Omar T. Nasser" keeps its three words
        if len(words) - split >= _OFFICE_NAME_WORDS and not initial:
            split += 1  # "Secretary of Homeland Security Omar Nasser" → "Omar Nasser"
        return split
    head = before
    while head > 0 and words[head - 1][0][:1].isupper() and lowered[head - 1] != "the":
        head -= 1
    run = lowered[head : split - 1]
    if words[before][0][:1].isupper() and any(w in _ORGANISATION_HEADS for w in run):
        return head  # "The Bank of Riverton" → "Bank of Riverton"
    return split


#: Prepositions after the head noun of a lower-case group: "farmers in the valley".
_GROUP_TIES = frozenset({"in", "of", "at", "from", "on", "across", "around", "inside"})


def _group_tie(lowered: Sequence[str]) -> int:
    """Where an unnamed group's tie to a place or body opens: "Residents of the Kisweh area",
    "activists in Dar Hamra" (0: the phrase does not open with such a group)."""
    if lowered[0] not in _ANONYMOUS or len(lowered) < 3 or lowered[1] not in _GROUP_TIES:
        return 0
    return 1


def _group(lowered: Sequence[str]) -> bool:
    """Whether a lower-case phrase names a group by its head noun and a place or a tie:
    "farmers in the valley", "critics of the new dam" (a noun, then a preposition, and no verb
    anywhere)."""
    if lowered[1] not in _GROUP_TIES or not lowered[0].endswith("s"):
        return False
    return all(_noun_like(w) or w in _GROUP_TIES for w in lowered)


#: Words that make a lower-case phrase a share of a group: "most of the voters", "half".
_SHARES = frozenset({"half", "most", "majority", "majorities", "percent", "plurality", "minority"})


def _share(lowered: Sequence[str]) -> bool:
    """Whether a lower-case phrase is a share of a group polled: "55 percent of all voters",
    "three-quarters of the voters", "about 4 in 10" (a number, a fraction or a share word, with
    no verb after it)."""
    head = lowered[:3]
    if not any(w[:1].isdigit() or w in _SHARES or w.endswith(_FRACTIONS) for w in head):
        return False
    return not any(w in CUES or w in _AUX or w in _FINITE for w in lowered)


_FRACTIONS = ("-thirds", "-quarters", "-fifths", "-third", "-quarter")


#: An English wire dateline opening a content span: "DAMASCUS, Syria (Reuters) -- ",
#: "WASHINGTON (AP) — ". Only its length is used here, to start the content after it; which
#: agency it credits is read for the whole article by `sources.wire_credit`, whose patterns also
#: cover Arabic datelines. Both belong in one shared dateline module (issue 10).
ENGLISH_DATELINE = re.compile(
    r"[A-Z][A-Z .,'-]+(?:,[^()\n]{0,30})?\s*\([^)\n]{1,30}\)\s*(?:--|[-–—])\s*"
)
#: Shorter than this (in characters) a span is punctuation or a stray word, not a claim.
_MIN_CONTENT_CHARS = 3


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The trimmed content span from start to end, past a dateline; None if too short."""
    start, end = trim_span(text, start, end)
    # (a dateline opens with a capital: most contents do not, and are not handed to the regex)
    dateline = (
        ENGLISH_DATELINE.match(text, start, end) if "A" <= text[start : start + 1] <= "Z" else None
    )
    if dateline is not None:
        start = dateline.end()
    if end - start < _MIN_CONTENT_CHARS:
        return None
    return start, end


def _quote_kind(quotes: Sequence[tuple[int, int]], start: int, end: int) -> QuoteKind:
    """Direct when the span lies inside one quotation, indirect otherwise."""
    inside = any(a <= start and end <= b + 1 for a, b in quotes)
    return QuoteKind.DIRECT if inside else QuoteKind.INDIRECT


#: Cue words read per sentence, and attributions looked back on for an overlap: reading a cue
#: looks over the rest of its sentence, so a run-on page of thousands of cues would be read in
#: quadratic time; news sentences hold a handful of cues.
MAX_CUES_PER_SENTENCE = 32
MAX_OVERLAP_LOOKBACK = 32


def _sentence(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    known: Known,
    people: _People,
) -> list[RawAttribution]:
    """The attributions of one sentence (its tokens given): each cue word read in the pattern
    around it."""
    lowered = [t[0].lower() for t in tokens]
    if _chrome(lowered):
        return []
    cues = _cue_order(tokens, lowered, people)
    polled = lowered[0] == "in" and not _POLLS.isdisjoint(lowered[:_POLL_TOKENS])
    s_start, s_end = sentence.start, sentence.end
    # (words looked for in a copy of the sentence: str.find parses its bounds on every call)
    chunk = text[s_start:s_end]
    closing_poll = not polled and ("poll" in chunk or "survey" in chunk)
    closing_poll = closing_poll and not _POLLS.isdisjoint(lowered) and "in" in lowered
    put_it = " put it" in chunk
    unmarked = not cues and not _has_mark(chunk, _PLAIN_CREDIT_MARKS, _CREDIT_MARKS)
    unmarked = unmarked and not polled and not closing_poll and not put_it
    if unmarked and _PASSIVE.isdisjoint(lowered):
        return []  # no cue word, no "it is said", no dash or colon: nothing for a rule to read
    # Every quotation opens with an opening mark: with none, there is no quotation to pair.
    has_quote = _has_mark(chunk, _PLAIN_OPENINGS, _QUOTE_MARKS)
    quotes = mixed_quote_spans(text, sentence.start, sentence.end) if has_quote else []
    out: list[RawAttribution] = []

    def inside_quote(pos: int) -> bool:
        return any(a < pos < b for a, b in quotes)

    impersonal = _impersonal(text, sentence, tokens, lowered, quotes)
    if impersonal is not None:
        return [impersonal]
    credited = _credit(text, sentence, tokens, quotes, known)
    if credited is not None:
        return [credited]
    if lowered[0] == "as" and len(lowered) > _MIN_AS_REPORTED:
        reported = _as_reported(text, sentence, tokens, lowered, known, quotes)
        if reported is not None:
            return [reported]
    out.extend(_asked(text, tokens, lowered, quotes, known))
    if "quoted" in lowered and "saying" in lowered:
        quoting = _quoted_as_saying(_Cue(text, sentence, tokens, 0, known, quotes, Stance.ASSERTS))
        out.extend([quoting] if quoting is not None else [])
    poll = _poll_opening(text, sentence, tokens, known, quotes) if polled else None
    out.extend([poll] if poll is not None else [])
    # "declined to comment on a report that X agreed …": no cue after the refusal is read, up to
    # a clause of the voice's own ("…, but said …").
    refused = min((i for i, _ in cues if _commented_report(lowered, i) is not None), default=-1)
    resumed = next(
        (n for n in range(refused + 1, len(lowered)) if lowered[n] in _RESUMING), len(lowered)
    )
    for i, base in cues:
        c_start = tokens[i][1]
        if refused > -1 and refused < i < resumed:
            continue
        if (quotes and inside_quote(c_start)) or (
            out and any(_within(r, c_start) for r in out) and _blocked(text, out, c_start, base)
        ):
            continue  # inside a quotation, or inside what was found already: nested, not outermost
        if base == "according":
            found = _according(text, sentence, tokens, i, known, quotes)
            if found is not None and found.end <= c_start:
                found = _speech_credited(
                    text, sentence, tokens, lowered, cues, i, known, quotes, found
                )
        elif base == "reportedly":
            found = _reportedly(text, sentence, tokens, i, quotes)
        elif base == _OWNED:
            found = _owned(_Cue(text, sentence, tokens, i, known, quotes, Stance.ASSERTS))
        elif _not_a_cue(text, known, tokens, lowered, i, base) or (
            _may_withhold(lowered, i) and _withheld(lowered, i)
        ):
            continue
        else:
            stance = Stance.DENIES if lowered[i] in _DENY else Stance.ASSERTS
            found = _around(text, sentence, tokens, i, known, quotes, stance)
            if found is not None and base in _SEEMING:
                found = _seeming(found)
            if found is not None and -1 < chunk.find(",") < c_start - s_start:
                found = _with_asides(_Cue(text, sentence, tokens, i, known, quotes, stance), found)
        if found is not None and not (out and any(_overlap(found, r) for r in out)):
            out.append(found)
    if put_it:
        found = _as_put_it(text, sentence, tokens, lowered, known, quotes)
        if found is not None and not any(_overlap(found, r) for r in out):
            out.append(found)
    if closing_poll:
        found = _poll_closing(text, tokens, lowered, known, quotes)
        if found is not None and not any(_overlap(found, r) for r in out):
            out.append(found)
    if "asked" in lowered:
        out = _asked_after(text, sentence, tokens, quotes, out)
    return out if len(out) < 2 else _shared_voices(text, sorted(out, key=lambda r: r.cue_start))


#: Words that show a "told" content says something, past the one told: a clause, a quotation's
#: topic or a told story ("told the growers that …", "told them about the toll", "told a tale").
_TOLD_SOMETHING = frozenset(
    {*_PRONOUNS, *_FINITE, "that", "whether", "if", "to", "about", "of", "how", "what", "why", "so"}
    | {"story", "stories", "tale", "tales", "lie", "lies", "truth", "joke", "jokes", "yes", "no"}
)
#: A listener is named in at most this many words: "his closest aides in the capital".
_LISTENER_WORDS = 7


def _listener_only(text: str, found: RawAttribution) -> bool:
    """Whether a "told" content is only the one told, with nothing said.

    "Nasser told his closest aides" or "Haddad told the growers before her speech" report no
    words (what was said is elsewhere, or untold); "told the growers the toll would rise",
    "told them about the toll", "told a different story" do.
    """
    if found.quote is QuoteKind.DIRECT:
        return False
    content = text[min(found.cue_end, found.start) : found.end]  # ("told them about …")
    if _has_mark(content, _PLAIN_OPENINGS, _QUOTE_MARKS):
        return False
    words = _LOWER_WORDS.findall(content.lower())
    if len(words) > _LISTENER_WORDS or not _TOLD_SOMETHING.isdisjoint(words):
        return False
    # "told reporters the talks failed": the listener was passed over, a clause follows it
    passed = found.start > found.cue_end + 1 and found.cue.lower() in {"told", "tells"}
    said = text[found.start : found.end].split() if passed else []
    return not any(_main_verb(word) for word in said[1:])


def _speech_credited(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    lowered: Sequence[str],
    cues: Sequence[tuple[int, str]],
    i: int,
    known: Known,
    quotes: Sequence[tuple[int, int]],
    credit: RawAttribution,
) -> RawAttribution:
    """ "The coalition said it had downed three drones, according to the Valley Agency.": the
    speech before the credit is the coalition's, carried by the agency, not the agency's claim
    that the coalition spoke; the credit alone when no voice speaks before it, or when the
    credit is no news medium ("X told aides …, according to a guest": the guest's account).
    A cue word that is no verb there ("the secretary of state earned …", "large states like
    Ohio") speaks for no one, and the credit keeps the whole clause."""
    medium = credit.source is not None and (
        credit.source.kind in _MEDIA_KINDS
        or (credit.source.kind is None and known(credit.source.name.lower().split(), True))
    )
    if not medium:
        return credit
    for j, base in cues:
        if j >= i or base not in _SPEECH or tokens[j][1] < credit.start:
            continue
        if _not_a_cue(text, known, tokens, lowered, j, base) or (
            _may_withhold(lowered, j) and _withheld(lowered, j)
        ):
            continue
        stance = Stance.DENIES if tokens[j][0].lower() in _DENY else Stance.ASSERTS
        said = _around(text, sentence, tokens, j, known, quotes, stance)
        if said is None or said.source is None or said.start < tokens[j][2]:
            continue  # no voice, or a content before the cue: not a speech the credit ends
        span = _content(text, said.start, min(said.end, credit.end))
        if span is not None:
            carriers = (credit.source, *said.carriers) if credit.source else said.carriers
            return replace(said, start=span[0], end=span[1], carriers=carriers)
    return credit


#: The base given to a noun cue after a possessive (see _owned).
_OWNED = "(owned)"
#: Possessive pronouns: the holder is the last one named ("his claim" → the resolver's pick).
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
#: What opens the content after an owned noun: a clause, an infinitive, or the object's
#: preposition (kept out of the content: "his attacks on the mayor" → "the mayor").
_OWNED_OPENERS = frozenset({"that", "to"})
_OWNED_PREPOSITIONS = frozenset({"of", "for", "on", "about", "against", "with"})
#: Words after "to" that make it a preposition, not an infinitive: "her promise to the farmers"
#: names whom it was made to, not what was promised.
_NOT_INFINITIVE = frozenset({*_NOUN_BEFORE, "him", "them", "us", "me", "you"})
#: Words that end the object of an owned noun: a verb of the writer's sentence follows.
_OWNED_ENDS = frozenset({*_FINITE, "were", "has", "have", "had", "did", "does", "and", "but"})


def _owner_end(lowered: Sequence[str], i: int) -> int | None:
    """The index of the possessive before the noun cue at i, an adjective allowed between:
    "Hamdan's claim", "her repeated claims"; None when the noun is not owned or opens nothing."""
    if i + 1 >= len(lowered):
        return None
    after = lowered[i + 1]
    if after not in _OWNED_OPENERS and after not in _OWNED_PREPOSITIONS:
        return None
    if after == "to" and (i + 2 >= len(lowered) or lowered[i + 2] in _NOT_INFINITIVE):
        return None
    for j in (i - 1, i - 2):
        if j < 0:
            return None
        if lowered[j] in _POSSESSIVE_PRONOUNS or _possessive(lowered[j]):
            return j
        if not lowered[j].isalpha() or lowered[j] in CUES or lowered[j] in _NOUN_BEFORE:
            return None
    return None


def _owner(site: _Cue, j: int) -> tuple[Mention | None, bool]:
    """The voice of the possessive at j: a name ("Omar Hamdan's"), or None and True for a
    possessive pronoun the resolver reads; (None, False) when neither."""
    tokens = site.tokens
    word, start, _ = tokens[j]
    if word.lower() in _POSSESSIVE_PRONOUNS:
        # "Hamdan renewed his attacks on …": the sentence's named subject owns them.
        subject = _sentence_subject(tokens[:j])
        named = _voice(site.text, subject, site.known) if subject else None
        return named, named is None
    k = j
    while k > 0 and j - k < _MAX_NAME_WORDS and tokens[k - 1][0][:1].isupper():
        k -= 1
    if not word[:1].isupper():
        # "the mayor's criticism": a common noun after its article
        if j == 0 or tokens[j - 1][0].lower() not in {"the", "a", "an"}:
            return None, False
        k = j - 1
    trimmed = word[:-1] if word.endswith(("'", "’")) else word[:-2]
    phrase = [*tokens[k:j], (trimmed, start, start + len(trimmed))]
    return _voice(site.text, phrase, site.known), False


def _owned(site: _Cue) -> RawAttribution | None:
    """A noun of speech or stance after its holder's possessive: the content follows it.

    "Omar Hamdan's claim that the dam leaked was denied" → Omar Hamdan, "that the dam leaked";
    "her attacks on the mayor, …" → "the mayor". A clause or infinitive runs to the next
    clause mark; a preposition's object ends before the writer's next verb.
    """
    tokens, i = site.tokens, site.i
    j = _owner_end([t[0].lower() for t in tokens], i)
    if j is None:
        return None
    voice, pronoun = _owner(site, j)
    if voice is None and not pronoun:
        return None
    m = i + 1
    opener = tokens[m][0].lower()
    clause = opener in _OWNED_OPENERS and m + 1 < len(tokens) and tokens[m + 1][0][:1].islower()
    if not clause and opener in _OWNED_PREPOSITIONS:
        m += 1
    end = m
    while end < len(tokens) and tokens[end][0] not in _CLAUSE_MARKS:
        if _quoted(site, tokens[end][1]):
            end += 1
            continue
        low = tokens[end][0].lower()
        if end > m and opener != "that" and (low in _OWNED_ENDS or _ACT.search(low)):
            break  # "his refusal to testify angered …": the writer's verb ends the object
        end += 1
    if end == m:
        return None
    span = _content(site.text, tokens[m][1], tokens[end - 1][2])
    return None if span is None else site.attribution(voice, span)


#: "As reported by X, A" has at least this many tokens: the opening, a voice, a comma, A.
_MIN_AS_REPORTED = 6
#: The words between "As" and "by"/"in" of a fronted credit: "As (first) reported by".
_AS_REPORTED = (("reported",), ("first", "reported"), ("noted",), ("first", "noted"))
#: Words that end the voice of "As reported by X on Monday,": a time follows.
_AS_REPORTED_WHEN = frozenset({"on", "last", "earlier", "this", "in", "at"})
#: The voice of "As reported by X," has at most this many tokens before its comma.
_AS_REPORTED_VOICE = 8


def _as_reported(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    lowered: Sequence[str],
    known: Known,
    quotes: Sequence[tuple[int, int]],
) -> RawAttribution | None:
    """A fronted credit: "As reported by the Valley Times, the mill closed in May." gives the
    Valley Times and "the mill closed in May" (as "According to X, …" does)."""
    for words in _AS_REPORTED:
        by = len(words) + 1
        if tuple(lowered[1:by]) == words and lowered[by] in {"by", "in"}:
            break
    else:
        return None
    comma = next(
        (
            n
            for n in range(by + 1, min(by + 2 + _AS_REPORTED_VOICE, len(tokens)))
            if lowered[n] == ","
        ),
        None,
    )
    if comma is None or comma == by + 1:
        return None
    end = next((n for n in range(by + 2, comma) if lowered[n] in _AS_REPORTED_WHEN), comma)
    voice = _voice(text, tokens[by + 1 : end], known)
    span = _content(text, tokens[comma][2], sentence.end)
    if voice is None or span is None:
        return None
    return _asserted(voice, tokens[by - 1][0], tokens[1][1], tokens[by - 1][2], span, quotes)


#: Head nouns of a survey an opening "In …," cites: "In a new Valley Times poll, …".
_POLLS = frozenset({"poll", "polls", "survey", "surveys"})
#: The survey phrase after "In" ends with its comma within this many tokens.
_POLL_TOKENS = 10


def _poll_opening(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    known: Known,
    quotes: Sequence[tuple[int, int]],
) -> RawAttribution | None:
    """ "In a new Valley Times poll, most farmers backed the dam": the survey is the voice of
    the clause after the comma, as with "according to" (a speech or an interview in that place
    is a setting, not a voice: "In an interview, Hamdan said …")."""
    comma = next((n for n, t in enumerate(tokens[:_POLL_TOKENS]) if t[0] == ","), None)
    if comma is None or tokens[0][0] != "In":
        return None
    if _POLLS.isdisjoint(t[0].lower() for t in tokens[1:comma]):
        return None
    voice = _voice(text, tokens[1:comma], known)
    span = _content(text, tokens[comma][2], sentence.end)
    if voice is None or span is None:
        return None
    word, start, end = tokens[0]
    return _asserted(voice, word, start, end, span, quotes)


#: The longest voice between "as" and "put it": "as Lina Haddad, the mayor of Riverton, put it".
_PUT_IT_VOICE = 16


def _as_put_it(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    lowered: Sequence[str],
    known: Known,
    quotes: Sequence[tuple[int, int]],
) -> RawAttribution | None:
    """ "As Hamdan put it, the dam is a promise kept": the words set beside "as X put it" are X's.

    The content follows the phrase ("As X put it, …", "…, as X put it: …") or, when the
    phrase closes the sentence, precedes it ("The dam is a promise kept, as Hamdan put it.").
    """
    i = next((n for n in range(2, len(tokens) - 1) if lowered[n] == "put"), 0)
    if not i or lowered[i + 1] != "it":
        return None
    a = next((n for n in range(i - 2, max(i - _PUT_IT_VOICE, -1), -1) if lowered[n] == "as"), None)
    if a is None or (quotes and any(x < tokens[i][1] < y for x, y in quotes)):
        return None
    named = tokens[a + 1 : i]
    comma = next((n for n, t in enumerate(named) if t[0] in _CLAUSE_MARKS), len(named))
    voice = _voice(text, named[:comma], known)
    if voice is None:
        return None
    after = i + 2
    if after < len(tokens) and tokens[after][0] in {",", ":"} and after + 1 < len(tokens):
        span = _content(text, tokens[after][2], sentence.end)
    elif a and tokens[a - 1][0] == ",":
        span = _content(text, sentence.start, tokens[a - 1][1])
    else:
        return None
    if span is None:
        return None
    return _asserted(voice, "put it", tokens[i][1], tokens[i + 1][2], span, quotes)


#: Words of a poll's finding: "leads by nine points", "is ahead", "trails", "at 18 percent".
_POLL_RESULTS = frozenset(
    """lead leads led leading ahead behind trail trails trailed trailing percent points point
    tied edge margin""".split()
)
#: Words that open a clause the writer sets the poll in, not the poll's finding: "While …",
#: "who leads …", "Depending on …".
_NOT_POLL_FINDINGS = frozenset(
    """while although though because if since whereas as even unless when after before once
    depending and but with""".split()
) | frozenset(_RELATIVES)
#: Words in the phrase after "in" that make it no survey's name: "in which …", "in light of …".
_POLL_VOICE_OPENERS = frozenset({"which", "light", "exit", "whom", "where"})


def _poll_result(clause: Sequence[str]) -> bool:
    """Whether the clause before "in … poll" reads as a poll's finding (see _POLL_RESULTS)."""
    return (
        bool(clause)
        and clause[0] not in _NOT_POLL_FINDINGS
        and not _POLL_RESULTS.isdisjoint(clause)
    )


def _poll_closing(
    text: str,
    tokens: Sequence[tuple[str, int, int]],
    lowered: Sequence[str],
    known: Known,
    quotes: Sequence[tuple[int, int]],
) -> RawAttribution | None:
    """ "Hamdan leads Selim by nine points in the latest Valley Times poll": the survey is the
    voice of the clause before "in", as when it opens the sentence (see _poll_opening)."""
    for p in range(1, len(tokens) - 1):
        if lowered[p] != "in" or (quotes and any(a < tokens[p][1] < b for a, b in quotes)):
            continue
        end = p + 1
        while end < len(tokens) and end - p <= _POLL_TOKENS and lowered[end] not in _POLLS:
            if tokens[end][0] in _CLAUSE_MARKS:
                break
            end += 1
        if end >= len(tokens) or lowered[end] not in _POLLS:
            continue
        start = p
        while start > 0 and tokens[start - 1][0] not in _CLAUSE_MARKS:
            start -= 1
        if not _poll_result(lowered[start:p]) or not _POLL_VOICE_OPENERS.isdisjoint(
            lowered[p + 1 : end]
        ):
            return None
        voice = _voice(text, tokens[p + 1 : end + 1], known)
        span = _content(text, tokens[start][1], tokens[p][1])
        if voice is None or span is None:
            return None
        word, cue_start, cue_end = tokens[p]
        return _asserted(voice, word, cue_start, cue_end, span, quotes)
    return None


def _asked_after(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    quotes: Sequence[tuple[int, int]],
    out: list[RawAttribution],
) -> list[RawAttribution]:
    """ "“It will hold,” Hamdan said when asked about the dam.": the question after a "when
    asked" later in the sentence is asked by no one named, and a content running into it ends
    before "when" (see _asked for "Asked …, X said")."""
    lowered = [t[0].lower() for t in tokens]
    for n in range(1, len(tokens) - 2):
        if lowered[n] != "asked" or lowered[n - 1] != "when" or _quoted_at(quotes, tokens[n][1]):
            continue
        question = _question_after(lowered, n)
        if question is None or any(r.cue_start == tokens[n][1] for r in out):
            continue
        end = next(
            (
                t[1]
                for t in tokens[question + 1 :]
                if t[0] in _CLAUSE_MARKS or t[0] in _QUOTE_TOKENS
            ),
            sentence.end,
        )
        span = _content(text, tokens[question][1], end)
        if span is None:
            continue
        when = tokens[n - 1][1]
        kept = [_ended_before(text, r, when) for r in out]
        if any(r is None or (r.start < span[1] and span[0] < r.end) for r in kept):
            continue
        word, start, stop = tokens[n]
        asked = RawAttribution(
            None,
            (),
            (),
            word,
            start,
            stop,
            *span,
            _quote_kind(quotes, *span),
            Stance.ASSERTS,
            impersonal=True,
        )
        return [*(r for r in kept if r is not None), asked]
    return out


def _quoted_at(quotes: Sequence[tuple[int, int]], position: int) -> bool:
    """Whether a position lies inside one of the quotations."""
    return any(a < position < b for a, b in quotes)


def _ended_before(text: str, raw: RawAttribution, position: int) -> RawAttribution | None:
    """The attribution with its content ended before ``position`` if it runs past it; None when
    nothing of the content is left."""
    if not raw.start < position < raw.end:
        return raw
    cut = _content(text, raw.start, position)
    return None if cut is None else replace(raw, end=cut[1])


def _shared_voices(text: str, out: list[RawAttribution]) -> list[RawAttribution]:
    """A joined verb's voice is the one its first verb found: in "On Monday, Haddad praised the
    mill and said …", "said" speaks for Haddad (see _joined_verb)."""
    for n in range(1, len(out)):
        first, later = out[n - 1], out[n]
        if first.source is not None and _joined_verb(text, later, first.cue_start):
            out[n] = replace(later, source=first.source)
    return out


#: Forms of "make" that state a view with "clear" or "plain": "made it clear that …".
_MAKING = frozenset({"made", "make", "makes", "making"})
_CLEAR = frozenset({"clear", "plain"})


def _made_clear(lowered: Sequence[str], i: int) -> bool:
    """Whether "made" at i opens "made clear" or "made it clear" with something after it.

    "Nasser made it clear the toll would stay" states a view as "said" does; "made a clear
    choice" or "made it" alone state nothing.
    """
    k = i + 2 if lowered[i + 1 : i + 2] == ["it"] else i + 1
    return k + 1 < len(lowered) and lowered[k] in _CLEAR


#: Adjectives of a view held, after a copula: "is confident that …", "remain skeptical of …".
_STANCE_ADJECTIVES = frozenset(
    {"confident", "hopeful", "skeptical", "sceptical", "certain", "adamant", "optimistic"}
    | {"pessimistic", "doubtful", "concerned", "convinced"}
)
#: The copula before such an adjective: "is", "remain", "they're".
_HOLDING = frozenset(
    {"is", "are", "was", "were", "am", "be", "been", "remain", "remains", "remained"}
    | {"seem", "seems", "seemed", "'re", "’re", "'m", "’m", "'s", "’s"}
)
#: Degree words between the copula and the adjective: "is very confident", "remain so sure".
_DEGREES = frozenset({"very", "so", "quite", "more", "less", "also", "still", "increasingly"})
#: What the view is of: a clause ("that …", "the dam will hold") or a topic ("about", "of").
_HELD_AFTER = frozenset(
    {"that", "about", "of", "the", "he", "she", "they", "we", "it", "i", "there"}
)


def _held_view(lowered: Sequence[str], i: int) -> bool:
    """Whether the adjective at i states its subject's view: copula, adjective, what is held.

    "Haddad is confident that the dam will hold", "the growers remain deeply skeptical of the
    plan" hold views; "a confident Haddad", "is certain to win" (the writer's forecast) do not.
    """
    if i < 2 or i + 1 >= len(lowered) or lowered[i + 1] not in _HELD_AFTER:
        return False
    k = i - 1 if lowered[i - 1] in _DEGREES or _adverb(lowered[i - 1]) else i
    return lowered[k - 1] in _HOLDING


def _cue_order(
    tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], people: _People
) -> list[tuple[int, str]]:
    """The sentence's cue words with their bases, "say" and "tell" first, each group in order.

    "The plan is worrying, Hamdan said.": "said" is read before "worrying", so the stance word
    inside the reported clause does not take the sentence ("according to" counts as speech).
    """
    cues: list[tuple[int, str]] = []
    last = len(lowered) - 1
    for i, low in enumerate(lowered):
        # (the last letter first: str.endswith parses its arguments on every call, and this
        # runs for every word of the sentence)
        if low not in _CUE_WORDS and (low[-1] not in _ACT_LAST or not low.endswith(_ACT_ENDS)):
            continue
        if low in _OWNED_CUES and _owner_end(lowered, i) is not None:
            base = _OWNED
        elif low == "according":
            base = "according" if i < last and lowered[i + 1] == "to" else ""
        elif low == "reportedly":
            base = low
        elif low in _MAKING:
            base = "declare" if _made_clear(lowered, i) else ""  # "made it clear that …"
        elif low in _STANCE_ADJECTIVES and _held_view(lowered, i):
            base = "worry" if low == "concerned" else "believe"  # "is confident that …"
        elif i > 1 and lowered[i - 1] == "to" and lowered[i - 2] == "according":
            base = ""  # "according to reports by X": a noun, which "according to" reads
        else:
            base = CUES.get(low, "")
        if not base and _person_verb(tokens, lowered, i, people):
            base = low  # a person's act or stance: "Hamdan mocked …", "she reserved …"
        if base:
            cues.append((i, base))
            if len(cues) >= MAX_CUES_PER_SENTENCE:
                break
    if len(cues) < 2:
        return cues
    # (by rank alone: the sort is stable and the cues are in text order already)
    return sorted(cues, key=partial(_reading_rank, tokens))


def _reading_rank(tokens: Sequence[tuple[str, int, int]], cue: tuple[int, str]) -> int:
    """When a cue is read: a trailing "…, according to X" first, as it relays the whole clause
    before it ("Hamdan told aides the mill would close, according to a guest": the guest is
    the one the writer cites); then "say", "tell" and "according to"; then the others."""
    i, base = cue
    if base == "according" and i and tokens[i - 1][0] == ",":
        return 0
    return 1 if base in _FIRST_READ else 2


#: Words that may be a cue, and the ending of a person's act verb ("mocked"). A present form
#: ("Hamdan faces a vote", "Selim uses the road") describes, it reports no stance.
#: Nouns of speech and stance that take their holder as a possessive: "Hamdan's claim that …",
#: "her call for a recount", "his refusal to testify".
_OWNED_CUES = frozenset(
    """
    claim claims decision criticism attacks call calls support view views plan plans
    refusal promise promises pledge suggestion message comments remarks assessment announcement
    endorsement opposition proposal insistence argument assertion belief warning warnings demand
    demands vow determination conclusion estimate theory
    """.split()
)
_CANDIDATES = frozenset({*CUES, *_OWNED_CUES, "according", "reportedly"})
#: And the words read as cues only beside others: "made it clear", "is confident that".
_CUE_WORDS = frozenset({*_CANDIDATES, *_MAKING, *_STANCE_ADJECTIVES})
_VIEW_PHRASE_WORDS = frozenset({*_CLEAR, *_STANCE_ADJECTIVES})
#: Those phrases, looked for in a sentence with no cue word (so that few sentences more are
#: tokenised for them): "makes it clear", "are deeply skeptical", "she's confident".
_PHRASE_CUE = re.compile(
    r"\bma(?:de|ke|kes|king)(?: it)? (?:clear|plain)\b"
    r"|(?:\b(?:is|are|was|were|am|be|been|remains?|remained|seems?|seemed)|['’](?:re|m|s))"
    rf" (?:[a-z]+ )?(?:{'|'.join(sorted(_STANCE_ADJECTIVES))})\b"
)
_ACT_ENDS = ("ed",)
#: Their last letters.
_ACT_LAST = frozenset(end[-1] for end in _ACT_ENDS)
#: Lower-case words of a sentence, to look for a cue before reading it closely.
_LOWER_WORDS = re.compile(r"[a-z]+")
#: A byte table keeping a-z and making every other byte a space: _LOWER_WORDS for ASCII text.
_NOT_LOWER_SPACED = bytes(code if 97 <= code <= 122 else 32 for code in range(256))
#: A lower-case word ending like an act verb: "mocked" (see _person_verb).
#: (Its "e" first lets the regex engine skip to each "e" at once.)
_ACT = re.compile(r"ed\b(?<=[a-z]ed)")
#: Marks an attribution without a cue word may hang on: a colon ("Name: claim") or a dash.
_MARKS = (":", "―", "—", "–", "--")
#: The ASCII ones, looked for alone in an ASCII sentence (see _has_mark).
_PLAIN_MARKS = tuple(mark for mark in _MARKS if mark.isascii())


def _has_mark(chunk: str, plain: tuple[str, ...], marks: tuple[str, ...]) -> bool:
    """Whether one of ``marks`` is in a piece of text; ``plain`` are those of them that are
    ASCII (the marks, and the straight quotes read as one: "''").

    (For speed: str's own search finds a mark many times faster than a regex testing every
    character against a set of curly marks and dashes; most sentences are all ASCII, and in
    them only the ASCII marks can be. The caller's copy of its sentence is passed as it is.)
    """
    return any(map(chunk.__contains__, plain if chunk.isascii() else marks))  # (a plain C loop)


#: The cue candidates that are plain words of a-z: one found among a sentence's pieces
#: parted by white space is one of its runs of a-z, as _LOWER_WORDS reads them.
_PLAIN_CANDIDATES = frozenset(
    word for word in _CANDIDATES if word.isascii() and word.isalpha() and word.islower()
)


def _may_attribute(chunk: str) -> bool:
    """Whether a sentence has something a rule reads: a cue word, an act verb, a colon, a dash.

    A quick look that lets sentences with none skip tokenising; it may say yes to a sentence
    that has nothing, never no to one that has ("it was reported" has the cue "reported").
    """
    if _ACT.search(chunk) or _has_mark(chunk, _PLAIN_MARKS, _MARKS):
        return True
    if ("poll" in chunk or "survey" in chunk) and (chunk.startswith("In ") or " in " in chunk):
        return True  # "In a new poll, …", "… in the latest poll" (see _poll_opening/_closing)
    if " put it" in chunk:
        return True  # "As Hamdan put it, …" (see _as_put_it)
    lowered = chunk.lower()
    if not _PLAIN_CANDIDATES.isdisjoint(lowered.split()):
        return True  # a cue word with no mark against it, found without the regex
    if lowered.isascii():
        # (the runs of a-z split off at once: every other character made a space by one table)
        runs = lowered.encode("ascii").translate(_NOT_LOWER_SPACED).decode("ascii").split()
    else:
        runs = _LOWER_WORDS.findall(lowered)
    if not _CANDIDATES.isdisjoint(runs):
        return True
    # "makes it clear", "is confident that" (the phrase looked for only around such a word)
    return not _VIEW_PHRASE_WORDS.isdisjoint(runs) and _PHRASE_CUE.search(lowered) is not None


#: Verbs of how a thing looks, whose subject belongs to what is judged: "the plan seems fair".
_SEEMING = frozenset({"seem", "appear"})


def _seeming(found: RawAttribution) -> RawAttribution:
    """A "seem"/"appear" content that starts at its subject, right before the cue.

    "The new dam seemed to calm the growers" → "The new dam seemed to calm the growers": what
    seems so is the whole clause, subject included, not "to calm the growers" alone.
    """
    source = found.source
    if source is None or not (found.start > found.cue_start > source.end > source.start):
        return found
    return replace(found, start=source.start)


def _blocked(text: str, found: Sequence[RawAttribution], position: int, base: str) -> bool:
    """Whether a cue at ``position`` lies within what was found (see _within): a reporting verb
    joined to a later one is read too (see _joined_verb), not a person's other act ("visited")."""
    if base not in _BASE_SET:
        return any(_within(r, position) for r in found)
    return any(_within(r, position) and not _joined_verb(text, r, position) for r in found)


_BASE_SET = frozenset({*_BASES, "according"})


def _reportedly(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    i: int,
    quotes: Sequence[tuple[int, int]],
) -> RawAttribution | None:
    """ "The mill is reportedly for sale": the clause around "reportedly" is reported by no one
    named. It runs from the clause start (after a comma) to the end of the sentence."""
    start = i
    while start > 0 and tokens[start - 1][0] not in _CLAUSE_MARKS:
        start -= 1
    while start < i and tokens[start][0].lower() in _LEADERS:
        start += 1
    span = _content(text, tokens[start][1], sentence.end)
    if span is None or start == i:
        return None
    word, c_start, c_end = tokens[i]
    return _asserted(None, word, c_start, c_end, span, quotes, impersonal=True)


def _within(raw: RawAttribution, position: int) -> bool:
    """Whether a position lies in an attribution's content, or from its voice to its cue."""
    if raw.start <= position < raw.end:
        return True
    voice = raw.source.start if raw.source is not None else raw.cue_start
    return min(voice, raw.cue_start) <= position < raw.cue_end


def _joined_verb(text: str, raw: RawAttribution, position: int) -> bool:
    """Whether a cue at ``position`` is the voice's own first verb before a joined cue.

    "Haddad praised the mill, saying …" and "Haddad praised the mill and said …": "praised"
    lies between the voice and the cue of the later verb, and is read as well.
    """
    if raw.source is None or not raw.source.start < position < raw.cue_start:
        return False
    before = text[max(position, raw.cue_start - 12) : raw.cue_start].split()
    while before and before[-1] in _AUX:
        before.pop()
    if not before:
        return False
    if before[-1].endswith(","):  # "…, saying …", not "X, who was backed by Y, said …"
        return raw.cue.endswith("ing")
    return before[-1] in {"and", "but"}


def _spoken(lowered: Sequence[str]) -> bool:
    """Whether a speech cue is in the sentence: "Hamdan said the dam is safe, citing …", "The
    Journal, citing …, reported …" (with an act alone, "citing" gives the actor's own reason:
    "The firm left the talks, citing the tax")."""
    return any(CUES.get(word) in _SPEECH for word in lowered)


def _cited_voice(
    text: str, tokens: Sequence[tuple[str, int, int]], i: int, end: int, known: Known
) -> Mention | None:
    """The voice that "citing"/"quoting" at token i relays (its words up to ``end``), or None
    when they name the speaker's grounds rather than a voice.

    "…, citing officials in Riverton" / "…, citing the Valley Times" relay a voice; "…, citing
    low wages and poor roads" gives the grounds, a content of its own (a lower-case phrase
    that would pass for a person elsewhere is no voice here).
    """
    cited = _voice(text, tokens[i + 1 : end], known)
    if cited is None:
        return None
    words = tokens[i + 1 : end]
    if cited.kind is SourceKind.ANONYMOUS and not any(_unnamed_head(t[0].lower()) for t in words):
        return None  # "citing an unfounded theory": no sources, officials or witnesses
    if cited.kind is not SourceKind.PERSON:
        return cited
    if next((t[0] for t in words if t[0].lower() not in _DETERMINERS), "")[:1].isupper():
        return cited  # "citing Omar Nasser" (not "citing obligations in Riverton")
    head = next((n for n, t in enumerate(words) if n and t[0] in _HEAD_ENDS), len(words))
    return cited if head and _person_noun(words[head - 1][0].lower()) else None


def _unnamed_head(low: str) -> bool:
    """Whether a word may head an unnamed voice: "sources", "a senior official", "lawmakers"."""
    return low in _ANONYMOUS or low in _OFFICIAL or _person_noun(low)


#: Words that end a cited phrase's head noun: "low wages and poor roads" → "wages".
_HEAD_ENDS = frozenset({*_POSTMODIFIERS, "and", "or", "who", "that", "which"})


#: Endings of nouns for people: "engineers", "inspectors", "economists", "historians".
_PERSON_ENDS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ee", "ees")


def _person_noun(word: str) -> bool:
    """Whether a lower-case head noun names people: "the engineers", "officials", "a witness"."""
    return word in _OFFICIAL or word in _ANONYMOUS or word.endswith(_PERSON_ENDS)


def _cites_voice(text: str, tokens: Sequence[tuple[str, int, int]], i: int, known: Known) -> bool:
    """Whether "citing"/"quoting" at token i names a voice before the next clause mark."""
    end = i + 1
    while end < len(tokens) and tokens[end][0] not in _CLAUSE_MARKS and tokens[end][0] != ".":
        end += 1
    return _cited_voice(text, tokens, i, end, known) is not None


#: Cue words that open a wire's credit line before "by" ("quoted as saying by X" reports).
_CREDITED = frozenset({"reporting", "writing"})


def _not_a_cue(
    text: str,
    known: Known,
    tokens: Sequence[tuple[str, int, int]],
    lowered: Sequence[str],
    i: int,
    base: str,
) -> bool:
    """Whether the cue word at ``i`` is a noun, a relay, part of a name or a verb of no claim."""
    low, word = lowered[i], tokens[i][0]
    if i and tokens[i - 1][0] in {"<", "/"}:
        return True  # "<tweet …>", "</post>": the name of a markup tag left in the page text
    if low in _CREDITED and i + 1 < len(lowered) and lowered[i + 1] == "by":
        return True  # "(Additional reporting by X; Writing by Y)": a wire's credit line
    if i and lowered[i - 1] in _NOUN_BEFORE and not _speech_gerund(lowered, i, base):
        return True  # "his plan", "the states", "public support": a noun, not a verb
    if i and (_possessive(lowered[i - 1]) or (_number(lowered[i - 1]) and low.endswith("s"))):
        return True  # "the mayor's plan", "four points": a noun after a possessive or a number
    if low in _RELAY_PARTICIPLES and i and tokens[i - 1][0] == "," and _spoken(lowered):
        # "X said …, citing Y": Y relayed to the claim (see _citing); "…, citing low wages"
        # gives X's grounds, read as X's own content
        return _cites_voice(text, tokens, i, known)
    if _without_particle(lowered, i, base) or _no_claim_reading(tokens, lowered, i, base):
        return True  # "percentage points", "Western states", "spoke to reporters"
    if base == "read" and not _quotation_beside(tokens, i):
        return True  # "she read the report": a sign or a letter reads only what is quoted
    if base in _HOMOGRAPHS and not _subject_before(tokens, i):
        # "record low support", "several questions": nouns without a subject ("…, backing the
        # mayor": a participle after a comma is the verb of the sentence's subject; so is an
        # -ed form after the comma closing an aside, "X, the mill's owner, stated …", unless
        # passive: "the canal, backed by …")
        return not (_after_comma(tokens, i) and _verb_form_after_comma(lowered, i))
    last = i + 1 >= len(tokens) or tokens[i + 1][0] in {".", "!", "?"}
    if i and word[:1].isupper() and tokens[i - 1][0][:1].isupper() and not last:
        # "United States", "Washington Post": part of a name (not "…, Graham Says"), unless
        # the line is a headline in title case: "Hamdan Says The Dam Will Fail".
        return base not in _HEADLINE_CUES or not _title_case(tokens)
    # "continued to climb": no assertion
    return base in _BEFORE_TO and i + 1 < len(tokens) and lowered[i + 1] == "to"


def _verb_form_after_comma(lowered: Sequence[str], i: int) -> bool:
    """Whether a noun-like cue word after a comma is a verb form: "…, backing the mayor",
    "Omar Nasser, the mill's owner, stated that …" (no noun ends in -ed), but not a passive
    "the canal, backed by the growers, …"."""
    low = lowered[i]
    if low.endswith("ing"):
        return True
    return low.endswith("ed") and (i + 1 >= len(lowered) or lowered[i + 1] != "by")


#: Endings of a negated auxiliary, with a straight or a curly apostrophe: "didn't", "didn’t".
_NEGATED_ENDS = ("n't", "n’t")
#: Words right before or after every cue _withheld drops ("not", "to", an adverb; a word in
#: n't is looked for by its own test).
_NEGATING = frozenset({"not", "never", "to"})


def _may_withhold(lowered: Sequence[str], i: int) -> bool:
    """A cheap test that every cue ``_withheld`` drops passes: what stands beside it."""
    before = lowered[i - 1] if i else ""
    after = lowered[i + 1] if i + 1 < len(lowered) else ""
    return (
        before in _NEGATING
        or before in _NEGATED_ADVERBS
        or before.endswith(_NEGATED_ENDS)
        or after in {"not", "to"}
    )


#: Verbs that withhold what follows them: "declined to confirm", "refused to say" (a bare
#: "declined to comment" is still read: a refusal the reporter records).
_WITHHOLDING = frozenset({"declined", "declines", "declining", "refused", "refuses", "refusing"})
#: What a voice declines or refuses to do that would have been a claim: "refused to say".
_WITHHELD_SPEECH = frozenset(
    {"say", "confirm", "disclose", "reveal", "specify", "elaborate", "give", "name", "identify"}
)
#: How many words after "declined to comment" a report noun may stand to be what the comment
#: would have been on ("declined to comment on Wednesday on a report that …").
_COMMENTED_REPORT = 6

#: Words that open the voice's own clause again after what it declined to comment on.
_RESUMING = frozenset({"but", ";", "while", "although", "though"})


def _commented_report(lowered: Sequence[str], i: int) -> int | None:
    """Where the report stands that the cue at ``i`` declines to comment on ("declined to
    comment on Wednesday on a report that …"), or None: the voice says nothing of what the
    report says, so neither its refusal nor a cue inside the report is its word ("declined to
    comment for this story" is still read)."""
    if lowered[i] not in _WITHHOLDING or lowered[i + 1 : i + 3] != ["to", "comment"]:
        return None
    return next(
        (
            n
            for n in range(i + 3, min(i + 3 + _COMMENTED_REPORT, len(lowered) - 1))
            if lowered[n] in _DENIED_REPORTS and lowered[n + 1] == "that"
        ),
        None,
    )


#: Adverbs between a negation and its cue: "did not immediately confirm", "doesn't even believe".
_NEGATED_ADVERBS = frozenset(
    """immediately publicly officially directly explicitly even really actually necessarily
    always ever quite""".split()
)
#: What follows a cue that only asks for a name to be kept out: "asked not to be named".
_ANONYMITY = frozenset({"named", "identified", "quoted", "cited"})


def _withheld(lowered: Sequence[str], i: int) -> bool:
    """Whether the cue at ``i`` asserts nothing: it is negated or it withholds.

    "The ministry did not confirm that the envoy visited Damascus", "the army would not
    immediately say whether …", "he declined to confirm it", "a diplomat who asked not to be
    named": the voice does not say what follows (counting it as an origin of the claim would
    make a claim look confirmed by the one who would not confirm it).
    """
    before = i - 1
    while before >= 0 and lowered[before] in _NEGATED_ADVERBS:
        before -= 1
    if before >= 0 and (
        lowered[before] in {"not", "never"} or lowered[before].endswith(_NEGATED_ENDS)
    ):
        return True
    if before >= 1 and lowered[before] == "to" and lowered[before - 1] in _WITHHOLDING:
        return True
    following = lowered[i + 1 : i + 5]
    if lowered[i] in _WITHHOLDING and following[:1] == ["to"] and following[1:2] != []:
        if following[1] in _WITHHELD_SPEECH:
            return True  # "refused to say whether …" ("declined to comment" is still read)
        if _commented_report(lowered, i) is not None:
            return True  # "declined to comment on a report that …": what the report says
    if following[:1] == ["not"]:
        following = following[1:]
    return following[:2] == ["to", "be"] and len(following) > 2 and following[2] in _ANONYMITY


#: A quotation read out by "read" opens or closes within this many tokens of it.
_READ_QUOTE_TOKENS = 6


def _quotation_beside(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether a quotation opens right after token i or closes shortly before it: "the sign
    read “Water for all”", "“We are here,” the banner read"."""
    after = tokens[i + 1 : i + 3]
    if any(t[0] in _OPENING_MARKS for t in after):
        return True
    return any(t[0] in _CLOSING_MARKS for t in tokens[max(0, i - _READ_QUOTE_TOKENS) : i])


_OPENING_MARKS = frozenset({"“", '"', "''", "‘", "«"})
_CLOSING_MARKS = frozenset({"”", '"', "''", "’", "»"})


#: Cue words that report only with the word after them (their noun forms are far more common in
#: news): "points out/to" (not "ten percentage points"), "states that/:" (not "Western states").
_PARTICLES = {"point": frozenset({"out", "to"}), "state": frozenset({"that", ":"})}
#: "speak" and "talk" report only with what was said: "spoke about the dam", not "spoke to
#: reporters at the rally"; the word is looked for this many tokens on, within the clause.
_SPOKEN_OF = frozenset({"about", "of", "out", "up"})
_SPOKEN_WITHIN = 8
_REFLEXIVES = frozenset(
    {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
)


#: Words before "like" that make it a comparison: "is like", "much like", "looks like".
_LIKE_PREPOSITION = frozenset(
    """is was are were be been 's ’s much just exactly more look looks looked sound sounds
    sounded seem seems seemed feel feels felt""".split()
)


def _without_particle(lowered: Sequence[str], i: int, base: str) -> bool:
    """Whether a cue word lacks the word after it that makes it report (see _PARTICLES)."""
    if base in _PARTICLES and lowered[i] in {base, base + "s"}:
        following = lowered[i + 1] if i + 1 < len(lowered) else ""
        return following not in _PARTICLES[base] and following not in _QUOTE_TOKENS
    if base == "figure" and not (
        (i + 1 < len(lowered) and lowered[i + 1] == "that") or (i and lowered[i - 1] in _PRONOUNS)
    ):
        return True  # "a polarizing figure", "party figures": a noun; "he figures that …" reports
    if base == "like" and i and lowered[i - 1] in _LIKE_PREPOSITION:
        return True  # "it is like a game", "much like the last race": a comparison, no liking
    if base == "find" and i + 1 < len(lowered):
        # "found themselves in a battle", "found a way to win": no finding reported
        after = lowered[i + 1 : i + 3]
        if after[0] in _REFLEXIVES or "way" in after or "ways" in after:
            return True
        # "trying to find a buyer", "went to find out": a search, not a finding ("to find
        # that …" still reports)
        return lowered[i] == "find" and bool(i) and lowered[i - 1] == "to" and after[0] != "that"
    if base in {"speak", "talk"}:
        for low in lowered[i + 1 : i + 1 + _SPOKEN_WITHIN]:
            if low in _SPOKEN_OF:
                return False
            if low in _CLAUSE_MARKS or low in {".", "!", "?"}:
                break
        return True
    return False


#: Words before "called" that make it a name given, not a voice calling: "the so called levy".
_NAMING_BEFORE = frozenset({"so", "so-"})
#: Words after "appear" that make it a physical appearance: "appeared on a radio show",
#: "appeared at the rally", "appeared before the committee".
_APPEARING_AT = frozenset(
    {"on", "at", "in", "before", "with", "alongside", "onstage", "together", "live", "publicly"}
)


#: What follows "know" used as a filler or with nothing known: "you know, …", "I don't know.".
_FILLER_AFTER = frozenset({"", ",", ".", "!", "?", "—", "–"})
#: Words that open a noun phrase naming an event: "the Riverton attack", "a 2019 attack".
_EVENT_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "last", "these", "those"})


def _named_event(tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], i: int) -> bool:
    """Whether the word at i is the head of an event named by a place or a date before it.

    "after the Riverton attack", "the 2019 attacks", "the Dec. 2 attack" name a violent event,
    not a voice's words; "Hamdan attacks the plan" (no determiner before the name) does. So
    does "The Riverton attack …" opening a sentence, and an event after an article alone (see
    _event_noun).
    """
    k = i - 1
    while (
        k >= 0
        and (tokens[k][0][:1].isupper() or tokens[k][0][:1].isdigit() or lowered[k] == ".")
        and lowered[k] not in _EVENT_DETERMINERS
    ):  # (a capitalised "The" opens the phrase)
        k -= 1
    if k < i - 1 and k >= 0 and lowered[k] in _EVENT_DETERMINERS:
        return True
    return _event_noun(tokens, lowered, i)


#: Articles that open a noun phrase whose head is "attack": "the deadly attack", "an attack".
_ARTICLES = frozenset({"the", "a", "an", "these", "those", "this"})
#: Words right after a verb "attack" that open what is attacked: "attacks the plan",
#: "attacked him", "attacks on the toll" (an owned noun's target, read as before).
_ATTACKED = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "him", "them", "us", "me", "on", "against"}
)
#: Lower-case words read back over between an article and "attack": "the sudden", "a deadly".
_EVENT_MODIFIERS = 3


def _event_noun(tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], i: int) -> bool:
    """Whether "attack" at i is a noun after an article with no target after it: an event.

    "The sudden attack left the growers shaken", "a deadly attack at the mill" name a violent
    event, not a voice's words ("Nasser attacks the plan", "the growers attack it" have a target
    and a plural or named subject; a word in -s other than -ous or -ss ends the look back, as it
    may be that subject).
    """
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if following.lower() in _ATTACKED or following[:1].isupper():
        return False
    k = i - 1
    while k >= max(i - _EVENT_MODIFIERS, 0) and tokens[k][0].islower() and tokens[k][0].isalpha():
        low = lowered[k]
        if low in _ARTICLES:
            return True
        if low.endswith("s") and not low.endswith(("ous", "ss")):
            return False
        k -= 1
    return k >= 0 and lowered[k] in _ARTICLES  # "The attack was …" opens the sentence


def _bloc_vote(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether "vote" at i is a bloc's or a place's ballots: "the Latino vote", "the Riverton
    vote count" (a capitalised word before it that is no plural subject: "Farmers vote …")."""
    if i < 2 or tokens[i][0] != "vote":
        return False
    before = tokens[i - 1][0]
    return before[:1].isupper() and not before.endswith("s")


#: Words after "called" that make it an act, not a naming or a claim: "called off the talks".
_CALLED_ACTS = frozenset({"off"})
#: Auxiliaries of a passive naming: "as the levy is called", "what was called a debate".
_NAMING_AUX = frozenset({"is", "was", "are", "were", "be", "been", "being"})


def _naming(lowered: Sequence[str], i: int) -> bool:
    """Whether "called" at i gives a name, or is an act: no one's claim either way.

    "a farm group called Valley First" (an indefinite noun right before it), "as the levy is
    called" and "what is called a fair" (a passive), "Hamdan called off the vote".
    """
    if lowered[i] != "called":
        return False
    following = lowered[i + 1] if i + 1 < len(lowered) else ""
    if following in _CALLED_ACTS or lowered[i - 1] in _NAMING_AUX:
        return True
    if following in {"for", "on"}:
        return False  # "a farm group called for a recount": a demand
    j = i - 1
    while j > 0 and i - j <= _NAMED_NOUN_WORDS and lowered[j].isalpha():
        if lowered[j] in {"a", "an"}:
            return j < i - 1
        if lowered[j] in _NOT_IN_NAMED_NOUN:
            return False
        j -= 1
    return lowered[j] in {"a", "an"} and j < i - 1


#: An indefinite noun before a naming "called" has at most this many words: "a farm group".
_NAMED_NOUN_WORDS = 3
#: Words that end the noun phrase before "called" early: "a member of the council called …".
_NOT_IN_NAMED_NOUN = frozenset({"the", "of", "who", "that", "and", "but", "to"})


#: Words before "show" that make it a programme: "a reality show", "the talk show host".
_PROGRAMMES = frozenset(
    "tv television reality talk radio game award awards news cooking comedy morning cable".split()
)
#: Words before "found" that make it a passive or "to establish": "can be found", "helped
#: found the club" (no finding reported).
_FOUND_NOT_CLAIMED = frozenset({"be", "been", "being", "helped", "help", "to"})


def _programme_before(
    tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], i: int
) -> bool:
    """Whether "show" names a programme: after a kind of programme or a quoted title ("the
    “Valley Hour” show")."""
    return lowered[i - 1] in _PROGRAMMES or tokens[i - 1][0] in _CLOSING_MARKS


#: Listeners after "added to" that keep it speech: "she added to reporters that …".
_ADDED_TO_LISTENERS = frozenset({"reporters", "him", "her", "them", "us", "me", "journalists"})
#: Determiners after "maintain" that open a thing kept ("maintained a lead", "maintains the
#: title"); a stand after them is still asserted ("maintained his innocence").
_KEPT_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our"})
_KEPT_STANDS = frozenset({"innocence", "position", "view", "stance", "claim", "belief"})


def _no_claim_reading(
    tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], i: int, base: str
) -> bool:
    """Whether a cue word reads as something other than a voice's claim in its context.

    A name given ("the so called river tax"), an appearance in a place ("Haddad appeared on
    a radio show") and a count of a kind ("Hamdan won 30 pledged delegates") report nothing.
    """
    following = lowered[i + 1] if i + 1 < len(lowered) else ""
    if base == "call":
        if lowered[i] == "call" and _call_noun(lowered, i):
            return True  # "a conference call", "the roll call", "call centers", "too close to call"
        return bool(i) and (lowered[i - 1] in _NAMING_BEFORE or _naming(lowered, i))
    if base == "charge" and lowered[i] == "charged" and _charged_otherwise(lowered, i):
        return True  # "a racially charged debate", "charged the campaign rent"
    if base == "appear":
        return following in _APPEARING_AT
    if base == "know":
        if lowered[i] == "known" and _acquainted(tokens, lowered, i):
            return True  # "who has known him for years": an acquaintance, nothing known
        return following in _FILLER_AFTER  # "You know, the river …", "I don't know."
    if base == "post" and lowered[i] in {"post", "posts"}:
        return not _subject_before(tokens, i)  # "social media posts", "diplomatic posts"
    if base == "challenge" and lowered[i] == "challenge" and i and lowered[i - 1] in _CONTESTING:
        return True  # "a rival able to challenge the mayor", "will challenge the count": a contest
    if base == "see" and lowered[i] == "seen" and following.endswith("ing"):
        return True  # "was seen leaving the mill": an act watched, no view held
    if base == "push":
        return following != "for"  # "pushed for a recount": a stand; "pushed the cart": an act
    if base == "attack":
        return _named_event(tokens, lowered, i)
    if base == "inform" and lowered[i] == "informed":
        return _informed_adjective(lowered, i)
    if base == "speak" and following in _ANONYMOUSLY:
        # "…, speaking on condition of anonymity": how the source spoke, not what it said
        return following == "anonymously" or lowered[i + 2 : i + 3] == ["condition"]
    if base == "show":
        return lowered[i] == "show" and bool(i) and _programme_before(tokens, lowered, i)
    if base == "find":
        return lowered[i] == "found" and bool(i) and lowered[i - 1] in _FOUND_NOT_CLAIMED
    if base == "vote":
        return _bloc_vote(tokens, i)
    if base == "add" and following == "to":
        # "the win adds to her lead", "adding to the strain": a sum grows, no words added
        return lowered[i + 2 : i + 3] != [] and lowered[i + 2] not in _ADDED_TO_LISTENERS
    if base == "maintain" and following in _KEPT_DETERMINERS:
        # "Nasser maintained a wide lead", "maintains the title": a thing kept, not a stand
        return _KEPT_STANDS.isdisjoint(lowered[i + 2 : i + 5])
    return (
        bool(i)
        and _number(lowered[i - 1])
        and lowered[i].endswith("ed")
        and following.endswith("s")
        and following.isalpha()
    )


#: Words before a bare "challenge" that make it a contest to come: "to challenge the mayor".
_CONTESTING = frozenset({"to", "will", "would", "could", "can", "may", "might"})
#: Objects of "known" that are people: "has known him since 2009", "had known Nasser for years".
_KNOWN_PEOPLE = frozenset({"him", "her", "them", "us", "me", "you", "each"})
#: Words after the person known that give how long: "for years", "since the war".
_KNOWN_FOR = frozenset({"for", "since"})


def _acquainted(tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], i: int) -> bool:
    """Whether "known" at i says how long someone knew a person: "has known him for a decade",
    "had known Omar Nasser since school" (a person, then "for"/"since", within four words)."""
    if i + 1 >= len(tokens):
        return False
    first = tokens[i + 1][0]
    if lowered[i + 1] not in _KNOWN_PEOPLE and not first[:1].isupper():
        return False
    return any(w in _KNOWN_FOR for w in lowered[i + 2 : i + 6])


#: Words before "call" that make it a noun of its kind: "a conference call", "the roll call".
_CALL_KINDS = frozenset(
    """roll conference phone telephone press fundraising close clarion wake-up curtain
    judgment judgement campaign video""".split()
)
#: Words after "call" that make it a noun modifier: "call centers", "call sheets".
_CALL_MODIFIED = frozenset({"center", "centers", "centre", "centres", "sheet", "sheets", "log"})


def _call_noun(lowered: Sequence[str], i: int) -> bool:
    """Whether "call" at i is a noun with no claim: "a conference call", "the roll call vote",
    "call centers", "the race is too close to call"."""
    before = lowered[i - 1] if i else ""
    after = lowered[i + 1] if i + 1 < len(lowered) else ""
    if before in _CALL_KINDS or after in _CALL_MODIFIED:
        return True
    return before == "to" and i >= 2 and lowered[i - 2] == "close"


#: Words after "charged" that make it a price or a rush: "charged the campaign rent",
#: "charged more than that", "charged into the crowd" ("charged with fraud" is the
#: prosecutors' claim and still reads).
_CHARGED_AFTER = frozenset({"into", "for", "the", "a", "an", "more", "less"})
#: Determiners before an adverb and "charged" used as an adjective: "a racially charged case".
_CHARGED_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that"})


def _charged_otherwise(lowered: Sequence[str], i: int) -> bool:
    """Whether "charged" at i accuses no one: a price ("charged the campaign $3 million"), a
    rush ("charged into the room") or an adjective ("a politically charged visit"); "charged
    that …" and "was charged with fraud" still report."""
    after = lowered[i + 1] if i + 1 < len(lowered) else ""
    if after in _CHARGED_AFTER:
        return True
    return i >= 2 and lowered[i - 1].endswith("ly") and lowered[i - 2] in _CHARGED_DETERMINERS


#: What follows "speaking" when it only says how a source spoke ("on condition of anonymity").
_ANONYMOUSLY = frozenset({"on", "under", "anonymously"})
#: Words before "informed" as an adjective: "citing informed sources", "a well informed aide".
_INFORMED_BEFORE = frozenset(
    {"citing", "quoting", "well", "well-", "an", "the", "from", "by", "to"}
)
#: Words between the adjective "informed" and its source noun ("informed diplomatic sources").
_INFORMED_SPAN = 3


def _informed_adjective(lowered: Sequence[str], i: int) -> bool:
    """ "citing informed diplomatic sources", "informed officials said": the adjective, not a
    verb ("The ministry informed the council that …" informs someone)."""
    if i and lowered[i - 1] in _INFORMED_BEFORE:
        return True
    return any(w in _ANONYMOUS for w in lowered[i + 1 : i + 1 + _INFORMED_SPAN])


#: Cue words a headline in title case reports with: "Hamdan Says …", "Haddad Warns …".
_HEADLINE_CUES = frozenset(
    """say tell warn urge deny claim vow predict praise endorse slam blast attack back support
    announce promise accuse criticize reject defend demand thank welcome condemn blame dismiss
    mock admit insist suggest reveal pledge question oppose""".split()
)
#: A line is in title case when at least this share of its words is capitalised.
_TITLE_CASE_SHARE = 0.7


def _title_case(tokens: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a line is a headline in title case: most of its words capitalised."""
    words = [t[0] for t in tokens if t[0][:1].isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and capitals >= _TITLE_CASE_SHARE * len(words)


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _possessive(word: str) -> bool:
    """ "the mayor's", "farmers'": a possessive, not "he's" (he has, he is)."""
    if "'" not in word and "’" not in word:
        return False  # (most words: told without str.endswith, which parses its arguments)
    if word.endswith(("'", "’")):
        return word[:-1].endswith("s")
    return word.endswith(("'s", "’s")) and word[:-2] not in _CONTRACTED


#: Words whose "'s" is "is" or "has": "he's predicted …".
_CONTRACTED = frozenset({"he", "she", "it", "that", "there", "who", "what", "here", "where"})


def _number(word: str) -> bool:
    """A number written in figures or words: "4.5", "seven"."""
    return word[:1].isdigit() or word in _NUMBER_WORDS


_NOT_ACTS = {
    "is",
    "was",
    "has",
    "does",
    "as",
    "its",
    "this",
    "his",
    "hers",
    "us",
    "yes",
    "less",
    "unless",
    "news",
    "always",
    "perhaps",
    "whereas",
    "across",
    "towards",
    "percent",
    "needed",
    "used",
    "based",
    "related",
    "led",
    "added",
}
#: Acts of moving, living, serving and winning: what a person did, never what they hold or say
#: ("Haddad served on the council for a decade", "Nasser traveled to Riverton").
_NOT_ACTS |= set(
    """served earned entered visited moved traveled travelled died lived walked finished
    prevailed received carried stepped worked returned arrived defeated missed passed proved
    ended teamed tied occupied donated captured acted played campaigned joined remained stopped
    """.split()
)
#: Acts of trying, gaining and starting: "Haddad picked up two seats", "Nasser tried to calm
#: the crowd", "the mayor launched her bid", "Omar pushed the bill through" (no stance held).
_NOT_ACTS |= set("picked tried turned pushed clinched launched helped".split())


#: A person's name before an act verb is at most this many capitalised words ("Sen. Jo Ann").
_MAX_NAME_WORDS = 3


#: Cue words that assert nothing before "to": "continued to rise" ("declined to comment" is
#: a refusal the reporter records).
_BEFORE_TO = {"continue"}


def _chrome(lowered: Sequence[str]) -> bool:
    """A link line of the page: "READ: …", "READ ALSO: …", "WATCH: …"."""
    if not lowered or lowered[0] not in _CHROME:
        return False
    colon = next((n for n, w in enumerate(lowered[:3]) if w == ":"), None)
    return bool(colon) and all(w in _CHROME for w in lowered[:colon])


def _person_verb(
    tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], i: int, people: _People
) -> bool:
    """A finite verb right after a person opening the clause: "He mocked …", "Clinton vowed …".

    The person is a pronoun, a name of two or more words, or a surname the article gives with a
    first name somewhere: acts of places and bodies are not stances ("Police arrested five men",
    "Jordan reopened the crossing", "Parliament approved the budget").
    """
    word = lowered[i]
    if i == 0 or word in _NOT_ACTS or not tokens[i][0][:1].islower():
        return False
    if not word.endswith(_ACT_ENDS):
        return False
    j = i - 1
    while j >= 0 and tokens[j][0][:1].isupper() and i - j <= _MAX_NAME_WORDS:
        j -= 1
    if j < i - 1:  # a capitalised subject
        subject = [lowered[k] for k in range(j + 1, i)]
        starts_clause = (
            j < 0
            or tokens[j][0] in {",", ";", "and", "but", '"', "“", "”"}
            or (lowered[j] in {"and", "but", "while", "as", "when"})
        )
        if starts_clause and subject[-1] not in {"the", "a", "an"}:
            return _a_person(subject, people)
    return lowered[i - 1] in {"he", "she", "they", "we", "i"} and (
        i == 1 or lowered[i - 2] in {",", "and", "but", "while", "when", "as", '"', "“", "”"}
    )


def _a_person(subject: Sequence[str], people: _People) -> bool:
    """Whether a capitalised subject names a person: "Hillary Clinton", or "Clinton" named so."""
    if subject[-1] in _BODIES or subject[-1] in _MEDIA or subject[-1] in _OFFICIAL:
        return False
    return len(subject) >= 2 or subject[0] in people.surnames


#: Kinds of voice "the newspaper" / "the agency" can refer to (None: a registry name).
_MEDIA_KINDS = {SourceKind.OUTLET, SourceKind.AGENCY, None}
#: A first name (maybe with a middle initial) and the surname after it, read at every word so
#: that pairs overlap: "Foreign Minister Walid al-Muallem" gives … ("Walid", "al-Muallem").
#: The first name is matched (not looked ahead at) from its capital, with no word character
#: before it, so that the regex engine skips to the next capital letter at once; its letters
#: are read possessively (a space must follow them, so giving one back never helps).
_NAME_PAIR = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]++)(?=(?: [A-Z]\.)? ((?:al-|el-)?[A-Z][\w'’-]+))")
#: Words before a surname that are not first names: "On Monday", "The Haddad family".
_NOT_NAME = {"the", "on", "in", "at", "by", "for", "from", "with", "to", "of", "after", "before"}
#: No first name of a full name (see _full_names): a title, a function word, a time, and a
#: clause opener ("While Hamdan says …"). (One set, as every capitalised pair is looked up.)
_NO_FIRST_NAMES = frozenset({*_OFFICIAL, *_TITLES, *_NOT_NAME, *_WHEN, *_LEADERS})
#: No surname of a full name: a body, an outlet, a title, a time.
_NO_SURNAMES = frozenset({*_BODIES, *_MEDIA, *_OFFICIAL, *_WHEN})


def _full_names(text: str) -> list[tuple[int, str]]:
    """The article's full names in order, each with its offset: "Walid al-Muallem".

    A title or a function word is not a first name: "Minister Walid" and "On Monday" are not
    names; nor is a body or an outlet ("Foreign Ministry", "Levant Times").
    """
    found = []
    for match in _NAME_PAIR.finditer(text):
        first, surname = match.groups()
        if first.lower() in _NO_FIRST_NAMES or surname.lower() in _NO_SURNAMES:
            continue
        found.append((match.start(), f"{first} {surname}"))
    return found


class _People:
    """The article's full names, read once when a rule first asks (most articles never do)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def names(self) -> list[tuple[int, str]]:
        """The full names in text order, each with its offset."""
        return _full_names(self.text)

    @cached_property
    def by_last_word(self) -> dict[str, list[tuple[int, str]]]:
        """The full names under their surname as written, lower case ("clinton")."""
        found: dict[str, list[tuple[int, str]]] = {}
        for start, name in self.names:
            found.setdefault(name.rsplit(" ", 1)[-1].lower(), []).append((start, name))
        return found

    @cached_property
    def by_initial(self) -> dict[str, list[tuple[int, str]]]:
        """The full names under the first letter of their surname past its article ("m")."""
        found: dict[str, list[tuple[int, str]]] = {}
        for start, name in self.names:
            found.setdefault(_initial(name.rsplit(" ", 1)[-1]), []).append((start, name))
        return found

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The surnames, lower case: a later "Clinton …" is a person (by_last_word's keys)."""
        return frozenset(self.by_last_word)


def _named_in_full(
    raw: RawAttribution, people: _People, found: Sequence[RawAttribution]
) -> RawAttribution:
    """The attribution with its voice named as in full before: a surname, "the newspaper"."""
    if raw.source is None:
        return raw
    if raw.source.anaphor:
        return replace(raw, source=_media_antecedent(raw.source, found))
    full = _full_name(raw.source, people)
    return raw if full is raw.source else replace(raw, source=full)


#: Pronouns of a third person that stand for someone the article named: "she said".
_THIRD_PERSON = frozenset({"he", "she", "they"})


#: How far back from the cue the pronoun of a first attribution is looked for, in characters.
_PRONOUN_LOOKBACK = 40


def _first_pronoun(text: str, raw: RawAttribution, people: _People) -> RawAttribution:
    """The article's first attribution with a pronoun voice is the person last named before it.

    "Lina Haddad walked onto the stage. “The mill stays open,” she said." → Lina Haddad: with
    no speaker before, the pronoun stands for the name the narrative gave (later pronouns take
    the last speaker, as the resolver does).
    """
    if raw.source is not None or raw.impersonal:
        return raw
    before = text[max(0, raw.cue_start - _PRONOUN_LOOKBACK) : raw.cue_start].lower().split()
    while before and (before[-1] == "to" or _in_chain(before[-1])):
        before.pop()  # "He went on to say": the pronoun before the verb chain
    if not before or before[-1] not in _THIRD_PERSON:
        return raw
    named = _earlier(people.names, raw.cue_start)
    if named is None:
        return raw
    at = max(start for start, name in people.names if name == named and start < raw.cue_start)
    mention = Mention(named, at, at + len(named), named, "", SourceKind.PERSON)
    return replace(raw, source=mention)


def _media_antecedent(mention: Mention, found: Sequence[RawAttribution]) -> Mention:
    """ "The newspaper said …" is the outlet last named as a voice; the agency likewise.

    "The Gulf Mirror reported that … The newspaper said it had obtained documents" → Gulf Mirror;
    offsets stay on "The newspaper". With no outlet before, the resolver decides.
    """
    for raw in reversed(found):
        for voice in (*raw.inner, raw.source, *raw.carriers):
            if voice is not None and not voice.anaphor and voice.kind in _MEDIA_KINDS:
                return replace(
                    voice, start=mention.start, end=mention.end, kind=voice.kind or mention.kind
                )
    return mention


def _full_name(mention: Mention, people: _People) -> Mention:
    """A surname alone is the person named in full before, in any spelling.

    "Walid al-Muallem met the envoy. … al-Moallem said the talks went well." → Walid al-Muallem.
    """
    if mention.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL) or " " in mention.name:
        return mention
    # The same spelling first; the skeletons of all surnames only when that fails.
    found = _earlier(people.by_last_word.get(mention.name.lower(), ()), mention.start)
    sound = skeleton(mention.name) if found is None else ""
    if len(sound) >= _MIN_SKELETON:
        alike = [
            (start, name)
            for start, name in people.by_initial.get(_initial(mention.name), ())
            if skeleton(name.rsplit(" ", 1)[-1]) == sound
        ]
        found = _earlier(alike, mention.start)
    return mention if found is None else replace(mention, name=found)


#: A surname is matched to another spelling only when its skeleton has this many consonants:
#: "Lou" and "Lew", "Bob" and "Bay" share one and are different people.
_MIN_SKELETON = 2


def _initial(surname: str) -> str:
    """The first letter of a surname past its article: "al-Muallem" → "m"."""
    bare = romanize(surname).lower()
    return bare[3:4] if bare[:3] in {"al-", "el-"} else bare[:1]


def _earlier(names: Sequence[tuple[int, str]], before: int) -> str | None:
    """The last of the names given before an offset."""
    return next((name for start, name in reversed(names) if start < before), None)


#: Cue words that are more often nouns in news: they need a subject right before them.
_HOMOGRAPHS = {
    *"support plan vote state need question back view like".split(),
    *"order request challenge reference forecast email hint".split(),
    *"voice list project answer champion hail".split(),
    *"comment label outline advocate credit regard attribute".split(),
}


def _subject_before(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """A pronoun, a capitalised name or an auxiliary right before token i."""
    if i == 0:
        return False
    previous = tokens[i - 1][0].lower()
    return (
        previous in _PRONOUNS
        or previous in _AUX
        or previous in {"who", "to"}
        or tokens[i - 1][0][:1].isupper()
        or previous.endswith("ly")
        or previous in _ANONYMOUS
        or _noun_subject_of_past(tokens, i)
        or _share_subject(tokens, i)
    )


#: Words that open the clause a share of those polled is the subject of: "…, while 40 percent
#: back the toll".
_SHARE_CLAUSE_OPENERS = frozenset({"while", "whereas", "and", "but", "among", "that"})
#: Noun-like cues a share of those polled holds as a stance: "40 percent back the toll".
_SHARE_STANCES = frozenset({"support", "back", "view", "like"})
#: Words that make a phrase a share of those polled (a bare number does not: "18 votes").
_SHARE_WORDS_STRICT = frozenset({*_SHARES, "%"})
#: Words after a cue word that make it a noun after a share: "38 percent support for Nasser".
_SHARE_NOUN_AFTER = frozenset({"for", "among", "from", "in", "of", "on"})
#: A share subject has at most this many words: "about half of the growers in the valley".
_SHARE_WORDS = 8


def _share_subject(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the clause before token i is a share of a group polled, the subject of the cue:
    "About three-quarters support the toll", "Nearly 6 in 10 growers back the plan"."""
    if CUES.get(tokens[i][0].lower()) not in _SHARE_STANCES:
        return False
    words: list[str] = []
    k = i - 1
    while k >= 0 and len(words) <= _SHARE_WORDS:
        word = tokens[k][0]
        low = word.lower()
        if not (word[:1].isalnum()) or low in _SHARE_CLAUSE_OPENERS:
            break
        words.append(low)
        k -= 1
    if not words or len(words) > _SHARE_WORDS:
        return False
    words.reverse()
    shared = any(w in _SHARE_WORDS_STRICT or w.endswith(_FRACTIONS) for w in words) or any(
        words[n] == "in" and words[n - 1][:1].isdigit() and words[n + 1][:1].isdigit()
        for n in range(1, len(words) - 1)
    )
    after = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
    return shared and _share(words) and after[:1].isalnum() and after not in _SHARE_NOUN_AFTER


#: Determiners opening a plain noun subject: "a resident", "the council", "one reader".
_SUBJECT_DETERMINERS = frozenset({"a", "an", "the", "one", "another"})


def _noun_subject_of_past(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """A past form after a determiner and a noun, or after a plural noun: "a resident
    commented", "the council voted", "most growers backed the toll".

    The -ed form of a noun-like cue is a verb there (no noun ends so); the subject is the noun.
    """
    word = tokens[i][0]
    before = tokens[i - 1][0] if i else ""
    return (
        i >= 2
        and word.endswith("ed")
        and before.isalpha()
        and before.islower()
        and (
            tokens[i - 2][0].lower() in _SUBJECT_DETERMINERS
            or (len(before) > 3 and before.endswith("s") and not before.endswith("ss"))
        )
    )


_PREPOSITIONS = {
    "at",
    "in",
    "on",
    "during",
    "after",
    "before",
    "from",
    "with",
    "via",
    "through",
    "over",
    "under",
    "amid",
    "despite",
}
_DISCOURSE = {
    "in",
    "particular",
    "for",
    "instance",
    "example",
    "perhaps",
    "notably",
    "especially",
    "specifically",
    "meanwhile",
    "separately",
    "likewise",
    "however",
    "also",
    "too",
    "indeed",
    "instead",
    "though",
    "similarly",
    "moreover",
    "still",
    "then",
}


#: A sentence's opening subject is at most this many tokens ("Sen. John Smith").
_MAX_SUBJECT_TOKENS = 5


def _sentence_subject(tokens: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The name or pronoun a sentence opens with ("Trump", "Sen. John Smith", "He").

    After an article the subject runs to its verb: "The water ministry issued …" → "The water
    ministry".
    """
    if tokens and tokens[0][0].lower() in _PRONOUNS:
        return [tokens[0]]
    article = bool(tokens) and tokens[0][0].lower() in {"the", "a", "an"}
    end = 1 if article else 0
    while (
        end < len(tokens)
        and end < _MAX_SUBJECT_TOKENS
        and (
            tokens[end][0][:1].isupper()
            or tokens[end][0] in {".", "-"}
            or (article and _noun_like(tokens[end][0]))
        )
    ):
        end += 1
    return list(tokens[:end])


def _noun_like(word: str) -> bool:
    """A lower-case word that may stand in a noun phrase: no verb form, auxiliary or clause word."""
    low = word.lower()
    return (
        word[:1].isalpha()
        and low not in CUES
        and low not in _AUX
        and low not in _FINITE
        and low not in _SUBJECT_STOP
        and not low.endswith("ed")
    )


#: Verbs that invert with their subject after the content: "…, said Mr. X", "…, writes Y".
_SPEECH = {
    "say",
    "tell",
    "add",
    "note",
    "write",
    "ask",
    "explain",
    "argue",
    "claim",
    "insist",
    "warn",
    "state",
    "report",
    "announce",
    "respond",
    "reply",
    "recall",
    "conclude",
    "continue",
    "declare",
    "remark",
    "observe",
    "caution",
    "acknowledge",
    "admit",
}
#: Speech verbs that invert: "…, said X", not "…, told X" (the one told follows "told").
_INVERTING = frozenset(_SPEECH - {"tell"})
#: Cues read before the others in a sentence: "say", "tell" and "according to".
_FIRST_READ = frozenset({"say", "tell", "according"})
_DASHES = {"―", "—", "–", "--"}
#: The dashes, looked for in a text before reading its tokens (see _has_mark), and the ASCII ones.
_DASH_MARKS = tuple(sorted(_DASHES))
_PLAIN_DASHES = tuple(dash for dash in _DASH_MARKS if dash.isascii())
#: A dash or a colon: a sentence with neither and no cue word holds nothing a rule reads.
_CREDIT_MARKS = (*_DASH_MARKS, ":")
_PLAIN_CREDIT_MARKS = (*_PLAIN_DASHES, ":")
#: A headline voice "Name: claim" ends with a colon within this many tokens of the start.
_HEADLINE_COLON_WITHIN = 6
#: A headline claim after "Name:" has at least this many words (shorter is a label: "Photo: AP").
_MIN_HEADLINE_WORDS = 4


def _credit(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    quotes: Sequence[tuple[int, int]],
    known: Known,
) -> RawAttribution | None:
    """A headline or speaker turn "Name: claim" ("Haddad: The dam will hold.").

    (A quotation followed by a dash and a name is not read as credited to that name: in wire
    and newspaper copy the name after a closing quotation and a dash is most often the
    writer's sign-off.)
    """
    head = tokens[:_HEADLINE_COLON_WITHIN]
    has_colon = bool(head) and text.find(":", head[0][1], head[-1][2]) != -1
    colon = next((n for n, t in enumerate(head) if t[0] == ":"), None) if has_colon else None
    if colon and _headline_voice(tokens[:colon]):
        voice = _voice(text, _before_on(tokens[:colon]), known)
        span = _content(text, tokens[colon][2], _turn_end(text, sentence, tokens[colon][2]))
        if (
            voice is not None
            and (voice.kind in _HEADLINE_KINDS or sentence.paragraph == HEADLINE)
            and tokens[0][0] not in {"The", "A", "An"}
            and span is not None
            and (len(text[span[0] : span[1]].split()) >= _MIN_HEADLINE_WORDS)
        ):
            return _asserted(voice, ":", tokens[colon][1], tokens[colon][2], span, quotes)
    return None


#: Voices of a "Name: claim" line: a person, or a paper or agency ("Valley Times: …").
_HEADLINE_KINDS = frozenset({SourceKind.PERSON, SourceKind.OUTLET, SourceKind.AGENCY})


def _before_on(words: Sequence[tuple[str, int, int]]) -> Sequence[tuple[str, int, int]]:
    """The speaker of "X on Y: claim", a headline's topic after "on": "Haddad on the Dam: …"."""
    on = next((n for n, w in enumerate(words) if n and w[0] in {"on", "On"}), len(words))
    return words[:on]


#: Labels a page puts before a colon, not speakers: "BREAKING: …", "Correction: …".
_PAGE_LABELS = frozenset(
    """breaking update updated correction corrections clarification contributing video
    photo photos watch editor's editor’s note paid notice plus remember look wow
    boom poll""".split()
)


def _headline_voice(words: Sequence[tuple[str, int, int]]) -> bool:
    """Whether the words before a headline colon may name a speaker: capitalised words with a
    letter, not a page label ("BREAKING:") nor a clock time read up to its colon ("11:40")."""
    named = [w[0] for w in words if w[0][:1].isalpha()]
    if not named or not all(w[:1].isupper() for w in named):
        return False
    if words[-1][0][:1].isdigit():
        return False  # "About 10:03 p.m., …", "By 2:30": a clock time, read up to its colon
    return not _PAGE_LABELS.issuperset(w.lower() for w in named)


def _turn_end(text: str, sentence: Sentence, after: int) -> int:
    """Where "Name: …" ends: a speaker's turn opening a line runs to the end of its paragraph
    ("Haddad: Well, the dam is old. We knew it." is one answer); a quotation ends it."""
    starts_line = sentence.start == 0 or text[sentence.start - 1] == "\n"
    if not starts_line or text[after : after + 2].lstrip()[:1] in OPENING_QUOTES:
        return sentence.end
    end = text.find("\n", sentence.end)
    return len(text) if end < 0 else end


#: Words that open the question after a sentence-initial "Asked": "Asked whether …".
_QUESTION_WORDS = {"whether", "if", "about", "why", "what", "how", "when", "who", "whom", "which"}


def _asked(
    text: str,
    tokens: Sequence[tuple[str, int, int]],
    lowered: Sequence[str],
    quotes: Sequence[tuple[int, int]],
    known: Known,
) -> list[RawAttribution]:
    """ "Asked whether the dam was safe, the engineer said: …": the question, asked by no one named.

    The question up to the comma is the content of an unnamed asker; the rest of the sentence is
    read as usual. "When asked about the dam, the engineer said …" and "The engineer, when asked
    whether …, said …" are read alike.
    """
    if "asked" not in lowered[:_ASKED_WITHIN]:
        return []
    at = next(
        (
            n
            for n in range(min(len(lowered) - 2, _ASKED_WITHIN))
            if lowered[n] == "asked" and (n == 0 or lowered[n - 1] in {"when", "if", "once"})
        ),
        None,
    )
    question = _question_after(lowered, at) if at is not None else None
    if at is None or question is None:
        return []
    comma = next((n for n in range(question + 1, len(tokens)) if tokens[n][0] == ","), None)
    if comma is None:
        return []
    span = _content(text, tokens[question][1], tokens[comma][1])
    if span is None:
        return []
    word, start, end = tokens[at]
    kind = _quote_kind(quotes, *span)
    asker = _asker(text, tokens, at, question, known)
    return [
        RawAttribution(
            asker, (), (), word, start, end, *span, kind, Stance.ASSERTS, impersonal=asker is None
        )
    ]


def _asker(
    text: str, tokens: Sequence[tuple[str, int, int]], at: int, question: int, known: Known
) -> Mention | None:
    """The one who asks in "Asked by X whether …": "Asked by the host whether the dam was safe,
    the engineer said …" → the host; None when no one is named after "by"."""
    if question < at + 3 or tokens[at + 1][0] != "by":
        return None
    return _voice(text, tokens[at + 2 : question], known)


#: A setting between "asked" and the question has at most this many tokens: "Asked at a
#: briefing on Monday about …".
_ASKED_SETTING = 6


def _question_after(lowered: Sequence[str], at: int) -> int | None:
    """The index of the question word after "asked" at ``at``, past a short setting."""
    for n in range(at + 1, min(at + 2 + _ASKED_SETTING, len(lowered) - 1)):
        if lowered[n] in _QUESTION_WORDS:
            return n
        if lowered[n] in _CLAUSE_MARKS:
            return None
    return None


#: "When asked …" opens the sentence or follows its subject within this many tokens.
_ASKED_WITHIN = 8
_PASSIVE = {
    "reported",
    "believed",
    "said",
    "thought",
    "expected",
    "understood",
    "claimed",
    "alleged",
    "rumored",
    "rumoured",
    "feared",
    "known",
}


def _impersonal(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    lowered: Sequence[str],
    quotes: Sequence[tuple[int, int]],
) -> RawAttribution | None:
    """ "It was reported that …", "it is believed that …": a statement with no voice."""
    if "it" not in lowered:
        return None
    # (only the places of "it" are read: list.index finds each without a loop over the words)
    i = -1
    for _ in range(lowered.count("it")):
        i = lowered.index("it", i + 1)
        if i >= len(tokens) - 3:
            return None
        if lowered[i + 1] in {"is", "was", "has", "had"}:
            k = i + 2
            if lowered[k] == "been":
                k += 1
            if (
                k < len(tokens)
                and lowered[k] in _PASSIVE
                and k + 1 < len(tokens)
                and (lowered[k + 1] == "that")
            ):
                span = _content(text, tokens[k + 1][1], sentence.end)
                if span is None:
                    return None
                cue = text[tokens[i][1] : tokens[k][2]]
                return _asserted(
                    None, cue, tokens[i][1], tokens[k][2], span, quotes, impersonal=True
                )
    return None


def _asserted(
    voice: Mention | None,
    cue: str,
    cue_start: int,
    cue_end: int,
    span: tuple[int, int],
    quotes: Sequence[tuple[int, int]],
    *,
    impersonal: bool = False,
) -> RawAttribution:
    """An assertion by one voice (no carriers) of the content ``span``, quoted or not."""
    return RawAttribution(
        voice,
        (),
        (),
        cue,
        cue_start,
        cue_end,
        span[0],
        span[1],
        _quote_kind(quotes, *span),
        Stance.ASSERTS,
        impersonal=impersonal,
    )


def _overlap(a: RawAttribution, b: RawAttribution) -> bool:
    """Whether two attributions' content spans overlap."""
    return a.start < b.end and b.start < a.end


#: How far back, past the cue, a prepositional phrase may sit between a voice and its cue:
#: "Haddad at a later briefing in Amman said" (the phrase is short; further back is another clause).
_PHRASE_LOOKBACK = 8
#: Content before the cue must be longer than a stray opener ("So, he said" is not a claim).
_MIN_HEAD_CHARS = 10
#: A quotation opens the sentence when it starts within this many characters of it.
_OPENING_SLACK = 2
#: A lead-in ending in a colon ("X told the broadcaster:") has at most this many words after
#: the cue; a longer tail is a clause of its own.
_LEAD_IN_WORDS = 5
#: Fewer characters than this after the cue (a full stop, a closing quote) leave no content there.
_MIN_REST_CHARS = 3
#: Content after the cue needs this many words ("he said no" is not a claim).
_MIN_CONTENT_WORDS = 3
#: A stance verb's content may be its object alone: "The council denied the charges".
_MIN_OBJECT_WORDS = 2


@dataclass(slots=True)
class _Cue:
    """One cue word in its sentence, with what every step reading around it needs.

    Never changed once built (a new one is made with ``replace``), but not frozen: one is built
    for every cue read, and a frozen dataclass sets each field through object.__setattr__.
    """

    text: str
    sentence: Sentence
    tokens: Sequence[tuple[str, int, int]]
    i: int
    known: Known
    quotes: Sequence[tuple[int, int]]
    stance: Stance

    def attribution(
        self,
        voice: Mention | None,
        span: tuple[int, int],
        quote: QuoteKind | None = None,
        inner: tuple[Mention, ...] = (),
        carriers: tuple[Mention, ...] = (),
    ) -> RawAttribution:
        """The attribution of this cue with the given voice and content span."""
        cue, c_start, c_end = self.tokens[self.i]
        kind = quote if quote is not None else _quote_kind(self.quotes, *span)
        return RawAttribution(
            voice, carriers, inner, cue, c_start, c_end, span[0], span[1], kind, self.stance
        )


def _around(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    i: int,
    known: Known,
    quotes: Sequence[tuple[int, int]],
    stance: Stance,
) -> RawAttribution | None:
    """The voice and content around the cue at token i, trying each reporting pattern in turn."""
    site = _Cue(text, sentence, tokens, i, known, quotes, stance)
    if i > 2 and tokens[i - 2][0] == "they" and tokens[i - 3][0].lower() in _OBJECT_RELATIVES:
        if tokens[i - 1][0].lower() in CUES:
            return None  # "pictures which they said showed …": what was said, not a showing
    if i + 2 < len(tokens) and tokens[i + 1][0] == "by":
        passive = _passive_by(site)
        if passive is not None:
            return passive
    if i + 1 < len(tokens) and tokens[i + 1][0] == "to" and _raising(tokens, i):
        raised = _raised(site)
        if raised is not None:
            return raised
    j = _voice_end(tokens, i)
    if j > 0 and _relative_word(tokens[j - 1][0].lower()):
        return _relative(site, j - 1, _after_cue(tokens, i))
    if j > 1 and tokens[j - 1][0].lower() in {"and", "but"}:
        return _coordinated(site, j - 1, _after_cue(tokens, i))
    k, before = _clause_before(tokens, j)
    k, before = _past_mid_clause(site, j, k, before)
    chain = _chain_subject(tokens, j) if before else None
    if chain is not None and _voice(text, before, known) is not None:
        k, before = chain[0], list(tokens[chain[0] : chain[1]])
    elif chain is None and len(before) > 2 and before[-1][0] == "to":
        before = _purpose_subject(text, tokens, k, before, known)
    if len(before) > 1:
        found = _object_relative(site, before)
        if found is None and site.stance is Stance.DENIES:
            found = _denied_report(site, before)
        if found is not None:
            return found
        if _unplaced_they(site, before):
            return None
    if i > 1 and tokens[i][0].endswith("ing") and _with_at(tokens, i) is not None:
        if i + 1 >= len(tokens) or tokens[i + 1][0] in _CLAUSE_ENDS:
            return None  # "With all precincts reporting, …": nothing reported
        with_voice = _with_subject(site)
        if with_voice is not None:
            return with_voice
    tied = i > 1 and tokens[i][0].endswith("ing") and _after_subordinator(tokens, i)
    if tied or (
        i and tokens[i][0].endswith("ing") and _after_comma(tokens, i) and (j == k or j < i)
    ):
        found = _participle(site)
        if found is not None or (tied and tokens[i - 1][0] in {"in", "by"}):
            return found  # ("in saying …" with no subject found is no voice's: see _speech_gerund)
    m = _after_cue(tokens, i)
    voice = None
    if not before and k > 1 and tokens[k - 1][0] == "," and not _inverted(site, m):
        before, k, voice = _appositive(site, k, before)
    elif not before and k > 2 and tokens[k - 1][0] in _DASHES:
        before, k, voice = _before_dashes(site, k, before)
    if voice is None and before:
        voice = _voice(text, before, known)
    found = _quote_first(site, before, voice, m)
    if found is not None:
        return found
    head_end = tokens[k - 1][1] if k > 0 else sentence.start
    if head_end > sentence.start + _MIN_HEAD_CHARS and (voice is not None or _pronoun(before)):
        found = _interrupted(site, voice, m, k)
        if found is not None:
            return found
    if _content_first(site, m, voice, before) and head_end > sentence.start + _MIN_HEAD_CHARS:
        return _content_before(site, before, voice, m, head_end)
    if voice is None and not _pronoun(before):
        voice = _fronted_subject(site, k)
        if voice is None:
            return None
    return _content_after(site, voice, _past_spoken_of(site, m))


#: Words that may stand before a group's head noun in its phrase: "local residents",
#: "Syrian opposition activists".
_GROUP_WORDS = 4


def _unplaced_they(site: _Cue, before: Sequence[tuple[str, int, int]]) -> bool:
    """ "The army released pictures which they said showed …" with no plural group named in the
    sentence: who "they" are is not read, and the last speaker is no safe guess."""
    if before[-1][0].lower() != "they" or before[-2][0].lower() not in _OBJECT_RELATIVES:
        return False
    return _group_before(site, site.tokens.index(before[-2])) is None


def _group_before(site: _Cue, k: int) -> Mention | None:
    """The last plural group named before token ``k`` in the sentence ("Activists", "local
    residents"), with the words that describe it, as a voice; None when there is none."""
    tokens = site.tokens
    heads = [
        n
        for n in range(k)
        if tokens[n][0].lower() in _ANONYMOUS and tokens[n][0].lower().endswith("s")
    ]
    if not heads:
        return None
    head = heads[-1]
    first = head
    while first > 0 and head - first < _GROUP_WORDS and tokens[first - 1][0][:1].isalpha():
        word = tokens[first - 1][0]
        if (
            word.lower() in _DETERMINERS
            or word.lower() in _OBJECT_RELATIVES
            or word.lower() in _FINITE
        ):
            break
        if word[:1].islower() and (word.endswith("ed") or word in _PHRASE_WORDS):
            break
        first -= 1
    return _voice(site.text, tokens[first : head + 1], site.known)


def _purpose_subject(
    text: str,
    tokens: Sequence[tuple[str, int, int]],
    k: int,
    before: list[tuple[str, int, int]],
    known: Known,
) -> list[tuple[str, int, int]]:
    """The subject of a clause whose verb leads to an infinitive cue, or the phrase unchanged.

    "Omar Nasser went off script to argue …", "The council on Monday used its meeting to warn
    …" → "Omar Nasser", "The council": a phrase read as a voice ends before the clause's first
    verb (not an adjective after an article: "the retired judge") and the time before it.
    """
    for c in range(1, len(before) - 1):
        word = before[c][0]
        if before[c - 1][0].lower() in _DETERMINERS or word.lower() in _HOMOGRAPHS:
            continue  # "the retired judge", "whose plan to": no verb of the clause
        if _main_verb(word):
            break
    else:
        return before
    if word.lower() in _OBJECT_CONTROL:
        return before  # "The vote forced the mayor to admit …": the one forced admits
    subject = list(tokens[k : _voice_end(tokens, k + c)])
    if (
        not subject
        or _main_verb(subject[0][0])
        or subject[0][0].lower() in _NOT_VOICES
        or any(_contracted(t[0].lower()) for t in subject)
        or _voice(text, before, known) is None
    ):
        return before
    if _pronoun(subject) or _voice(text, subject, known) is not None:
        return subject
    return before


#: Verbs whose object, not their subject, does what the infinitive after it says.
_OBJECT_CONTROL = frozenset(
    """forced forces led leads gave gives urged urges begged pushed pushes pressed prompted
    allowed allows encouraged asked asks invited persuaded convinced challenged inspired caused
    spurred drove got told called required requires""".split()
)


def _contracted(low: str) -> bool:
    """ "he's", "it’s": a pronoun with "is" or "has" run into it."""
    return low.endswith(("'s", "’s")) and low[:-2] in _CONTRACTED


#: Participles opening a sentence with the one spoken to: "Speaking to the Valley Times, …".
_SPOKEN_TO = frozenset({"speaking", "talking", "writing"})


def _with_asides(site: _Cue, found: RawAttribution) -> RawAttribution:
    """The attribution with the voices of its asides before the cue.

    "Speaking to the Valley Times, the minister said …", "In an interview with the Valley
    Times, the minister said …": the outlet carries the words. "The Valley Times, citing
    officials in Selim, reported that …": the officials are further in.
    """
    tokens = site.tokens
    if site.text.find(",", site.sentence.start, tokens[site.i][1]) == -1:
        return found  # no comma before the cue: no opening phrase and no aside
    comma = next(_mark_tokens(site.text, tokens, _COMMA, tokens[0][1], tokens[site.i][1]), None)
    if comma is None or found.source is None or found.source.start < tokens[comma][2]:
        carriers: tuple[Mention, ...] = ()
    else:
        carriers = _opening_carrier(site, comma)
    inner = found.inner or _aside_cited(site, found)
    if not carriers or found.carriers:
        carriers = found.carriers
    if carriers == found.carriers and inner == found.inner:
        return found
    return replace(found, carriers=carriers, inner=inner)


def _opening_carrier(site: _Cue, comma: int) -> tuple[Mention, ...]:
    """The outlet spoken to in the sentence's opening phrase, before the comma at ``comma``."""
    tokens = site.tokens
    if comma < 3:
        return ()
    if tokens[0][0].lower() in _SPOKEN_TO and tokens[1][0].lower() in _CARRIED_BY:
        told = _voice(site.text, tokens[2:comma], site.known)
    elif _occasion(tokens, 0) and not _CARRIED_BY.isdisjoint(t[0].lower() for t in tokens[3:comma]):
        # "In an interview with X, …", "In a statement carried by X, …"
        tie = next(n for n in range(3, comma) if tokens[n][0].lower() in _CARRIED_BY)
        told = _voice(site.text, tokens[tie + 1 : comma], site.known)
    else:
        return ()
    return (told,) if told is not None and told.kind in _MEDIA_KINDS else ()


def _aside_cited(site: _Cue, found: RawAttribution) -> tuple[Mention, ...]:
    """The voice of ", citing X," between the voice and its cue, or of "Citing X," opening the
    sentence before the voice."""
    tokens = site.tokens
    if found.source is None:
        return ()
    if tokens[0][0].lower() in _RELAY_PARTICIPLES and tokens[0][1] < found.source.start:
        # "Citing unnamed officials, the Valley Times reported …": the opening's voice
        end = next((e for e in range(1, site.i) if tokens[e][0] == ","), 0)
        cited = _cited_voice(site.text, tokens, 0, end, site.known) if end > 1 else None
        return (cited,) if cited is not None and tokens[end][2] <= found.source.start else ()
    before = site.text[found.source.end : tokens[site.i][1]]
    if "citing" not in before and "quoting" not in before:
        return ()
    for n in range(1, site.i - 1):
        if tokens[n][1] < found.source.end or tokens[n - 1][0] != ",":
            continue
        if tokens[n][0].lower() in _RELAY_PARTICIPLES:
            end = next((e for e in range(n + 1, site.i) if tokens[e][0] == ","), site.i)
            cited = _cited_voice(site.text, tokens, n, end, site.known)  # not "citing low pay"
            return (cited,) if cited is not None else ()
    return ()


#: Tokens between "quoted" and "as saying" at most: "quoted Omar Saleh, the army's
#: spokesman, as saying".
_QUOTED_SPAN = 14


def _quoted_as_saying(site: _Cue) -> RawAttribution | None:
    """ "The Valley Times quoted the mayor as saying the dam would hold." / "The mayor was
    quoted by the Valley Times as saying …": the mayor said it, the paper carried it."""
    tokens = site.tokens
    lowered = [t[0].lower() for t in tokens]
    q = lowered.index("quoted")
    s = next(
        (n for n in range(q + 2, min(q + _QUOTED_SPAN, len(tokens))) if lowered[n] == "saying"),
        None,
    )
    if s is None or lowered[s - 1] != "as" or s + 1 >= len(tokens) or site.quotes:
        return None
    k = q
    while k > 0 and tokens[k - 1][0] not in _CLAUSE_MARKS:
        k -= 1
    before = [t for t in tokens[k:q] if t[0].lower() not in {"was", "were", "is", "are", "has"}]
    between = list(tokens[q + 1 : s - 1])
    if between and between[0][0].lower() == "by":
        voice, carrier = _voice(site.text, before, site.known), between[1:]
    else:
        comma = next((n for n, t in enumerate(between) if t[0] == ","), len(between))
        voice, carrier = _voice(site.text, between[:comma], site.known), before
    told = _voice(site.text, carrier, site.known) if carrier else None
    span = _content(site.text, tokens[s + 1][1], site.sentence.end)
    if voice is None or told is None or span is None:
        return None
    return replace(site, i=s).attribution(voice, span, carriers=(told,))


#: Participles that raise their subject after "be" and before "to": "The bridge is expected to
#: open in May" (it is expected that the bridge opens), "Hamdan is said to favour the plan".
_RAISING_PARTICIPLES = frozenset(
    """expected believed thought said reported known rumored rumoured considered understood
    alleged""".split()
)


def _raising(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the cue at i raises its subject: "is expected to" (see _RAISING_PARTICIPLES)."""
    if i + 1 >= len(tokens) or tokens[i + 1][0] != "to":
        return False
    low = tokens[i][0].lower()
    if low not in _RAISING_PARTICIPLES:
        return False
    b = i - 1 if i > 1 and _adverb(tokens[i - 1][0]) else i  # "is widely expected to"
    return b > 0 and tokens[b - 1][0].lower() in _BE


#: Subjects that raise nothing: "it seems to me", "there appears to be": the content is after.
_EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that"})


def _raised(site: _Cue) -> RawAttribution | None:
    """ "The bridge is expected to open in May": no voice; the subject is part of the content.

    Nobody named expects it, and the bridge is no speaker: the content is the subject with what
    is expected of it, "The bridge is expected to open in May", as with "it is expected that …".
    In a relative clause the content is that clause: "…, which is expected to close soon, …".
    """
    tokens, i = site.tokens, site.i
    j = _voice_end(tokens, i)
    if j < 1 or tokens[j - 1][0].lower() in _EMPTY_SUBJECTS:
        return None
    relative = tokens[j - 1][0].lower() in _RELATIVES
    if relative or tokens[j - 1][0].lower() in _PRONOUNS:
        k = j - 1  # "…, which is expected to …", "… the night she is expected to …"
    else:
        k, before = _clause_before(tokens, j)
        if not before:
            k = _past_opening_setting(tokens, i)  # "The council, which met in May, is …"
        else:
            k = max([k, *(n + 1 for n in range(k, j) if tokens[n][0].lower() in _COMPLEMENTS)])
        while k < j and tokens[k][0].lower() in _LEADERS:
            k += 1
    if k >= j:
        return None
    tail = _content(site.text, tokens[i][2], site.sentence.end)
    if tail is None:
        return None
    tail = _joined_cut(site, _clause_end(site, tail, True))
    if relative:
        tail = _first_mark_cut(site, tail)
    cue, c_start, c_end = tokens[i]
    return RawAttribution(
        None,
        (),
        (),
        cue,
        c_start,
        c_end,
        tokens[k][1],
        tail[1],
        _quote_kind(site.quotes, tokens[k][1], tail[1]),
        site.stance,
        impersonal=True,
    )


#: Words after which a raised subject starts: "… is not only that Hamdan is expected to …".
_COMPLEMENTS = frozenset({"that", "which", "who", "whom", "whether", "if"})


def _first_mark_cut(site: _Cue, span: tuple[int, int]) -> tuple[int, int]:
    """End the content at the first clause mark in it, outside quotations."""
    for word, start, _ in site.tokens[site.i + 1 :]:
        if start >= span[1]:
            break
        if start > span[0] and word in _CLAUSE_MARKS and not _quoted(site, start):
            cut = _content(site.text, span[0], start)
            return span if cut is None else cut
    return span


def _fronted_subject(site: _Cue, k: int) -> Mention | None:
    """The name opening the sentence, set off by a comma or dash before a long aside: "Omar
    Nasser, a farmer who …, “The Show,” …, said …" → Omar Nasser."""
    tokens = site.tokens[_opening_end(site.tokens, k) :]
    k -= len(site.tokens) - len(tokens)
    if k < 3 or not tokens[0][0][:1].isupper():
        return None
    subject = _sentence_subject(tokens[:k])
    end = len(subject)
    if not subject or end >= k or tokens[end][0] not in {",", "--", "—", "–"}:
        return None
    return _voice(site.text, subject, site.known)


#: Endings of a sentence adverb (not of a first name such as "Kelly" or "Sally").
_ADVERB_ENDS = ("ally", "ently", "antly", "ately", "ously", "ively", "arly")
#: A sentence adverb has at least this many letters.
_MIN_ADVERB = 7


def _opening_adverb(word: str) -> bool:
    """A sentence adverb opening a sentence: "Essentially", "Clearly", "Ultimately"."""
    return len(word) >= _MIN_ADVERB and word.endswith(_ADVERB_ENDS)


#: An opening time or discourse phrase before the subject has at most this many tokens.
_OPENING_TOKENS = 4


def _opening_end(tokens: Sequence[tuple[str, int, int]], k: int) -> int:
    """The token after a short opening time or discourse phrase and its comma, or 0.

    "On Friday, Omar Hamdan — named … — told …" and "Essentially, the lawyers …": the
    subject starts after the comma.
    """
    first = tokens[0][0].lower()
    if first not in _TIME_OPENERS and first not in _DISCOURSE and not _opening_adverb(first):
        return 0
    for n in range(1, min(_OPENING_TOKENS + 1, k)):
        if tokens[n][0] == ",":
            return n + 1 if n + 1 < k else 0
        if tokens[n][0] in _CLAUSE_MARKS:
            return 0
    return 0


#: Forms of "be" before a passive cue: "was criticized by …".
_BE = frozenset({"is", "was", "are", "were", "been", "be", "being"})
#: Words after the one named by "by" that start what the view is about: "… for failing to".
_BY_REASONS = frozenset({"for", "as", "over", "that", "to", "whether", "if", "about"})


def _passive_by(site: _Cue) -> RawAttribution | None:
    """ "The plan was criticized by the mayor": the one after "by" holds the view of the subject.

    The content is the subject, from the clause start to "was"; the voice runs from "by" to the
    next clause mark. Without a form of "be" before the cue ("backed by the mayor, the plan …")
    the cue is no passive this rule reads, unless it is an aside set off by commas after the
    subject: "The toll law, opposed by the farmers, never came into force" → "The toll law".
    """
    tokens, i = site.tokens, site.i
    if not tokens[i][0].endswith(("ed", "wn", "en")):
        return None
    b = i - 1
    while b > 0 and (_adverb(tokens[b][0]) or tokens[b][0] in _PASSIVE_ADVERBS):
        b -= 1  # "was first reported by …"
    set_off = b == i - 1 and b > 1 and tokens[b][0] == ","
    if b < 1 or (tokens[b][0].lower() not in _BE and not set_off):
        return None
    while b > 0 and tokens[b - 1][0].lower() in _AUX:
        b -= 1  # "has been", "will be"
    start = b
    while start > 0 and tokens[start - 1][0] not in _CLAUSE_MARKS:
        start -= 1
    if start == b or tokens[start][0].lower() in _RELATIVES:
        return None  # "…, who was backed by …": the subject is a voice named before
    end = i + 2
    while end < len(tokens) and tokens[end][0] not in _CLAUSE_MARKS and tokens[end][0] != ".":
        if tokens[end][0] in _BY_REASONS or tokens[end][0].endswith("ing"):
            return None  # "criticized by rivals for failing …", "responded by saying …"
        end += 1
    if set_off and (end >= len(tokens) or tokens[end][0] != ","):
        return None  # "The law, opposed by the farmers, …": the aside closes with a comma
    # "announced by the ministry on Sunday": the day is when, not who
    end = next((n for n in range(i + 3, end) if _when_after_voice(tokens, n)), end)
    voice = _voice(site.text, tokens[i + 2 : end], site.known)
    if voice is None:  # "by economists and by farmers": the first of them
        joined = next((n for n in range(i + 3, end) if tokens[n][0] in {"and", "or"}), end)
        voice = _voice(site.text, tokens[i + 2 : joined], site.known)
    span = _content(site.text, tokens[start][1], tokens[b][1])
    if voice is None or span is None:
        return None
    return site.attribution(voice, span)


#: Adverbs without -ly between "was" and a passive cue: "was first reported by …".
_PASSIVE_ADVERBS = frozenset({"first", "also", "later", "initially", "previously", "originally"})
#: Words that open a time after the one named by "by": "on Sunday", "last week", "today".
_TIME_LEADS = frozenset({"on", "last", "this", "earlier", "late", "early"})
_TIME_WORDS = frozenset({*_WEEKDAYS, "yesterday", "today", "week", "month", "year", "tonight"})


def _when_after_voice(tokens: Sequence[tuple[str, int, int]], n: int) -> bool:
    """The token at n opens a time: "on Sunday", "last week", "Sunday", "yesterday" (not the
    day in a name: "the Sunday Times")."""
    if tokens[n][0].lower() in _TIME_LEADS:
        n += 1
    if n >= len(tokens) or tokens[n][0].lower() not in _TIME_WORDS:
        return False
    following = tokens[n + 1][0] if n + 1 < len(tokens) else ""
    return tokens[n - 1][0].lower() not in _ARTICLES and not following[:1].isupper()


#: Relative words whose clause holds a voice and cue: "which the council says …", and of a
#: person: "the mayor, whom Nasser on Monday called “a reckless man”" (a "who" right before
#: the cue is the voice itself and is read by _relative: "Nasser, who called …").
_OBJECT_RELATIVES = frozenset({"which", "what", "that", "whom", "who"})
#: The voice between the relative word and the cue has at most this many tokens.
_RELATIVE_VOICE_TOKENS = 6


def _object_relative(site: _Cue, before: Sequence[tuple[str, int, int]]) -> RawAttribution | None:
    """ "the list, which the campaign says holds two million names": the voice sits between the
    relative word and the cue, and what follows the cue is the claim.

    "what Nasser called “a folly”" → Nasser, "“a folly”"; "a charity that prosecutors said was
    a front" → prosecutors, "was a front"; "the mayor, whom Nasser called “reckless”" → Nasser.
    """
    rel = len(before) - 1
    while rel >= 0 and before[rel][0] not in _OBJECT_RELATIVES:
        rel -= 1
    if rel < 0 or not 0 < len(before) - rel - 1 <= _RELATIVE_VOICE_TOKENS:
        return None
    phrase = before[rel + 1 :]
    if before[rel][0].lower() == "who" and not _object_of_who(phrase[0][0]):
        # "Farmers who lost crops say …": "who" is the subject of "lost"; "Hamdan, who has long
        # opposed the tax": of the cue itself, so the voice is the noun before it.
        if all(t[0].lower() in _AUX or _adverb(t[0]) or t[0] == "long" for t in phrase):
            r = next(n for n, t in enumerate(site.tokens) if t[1] == before[rel][1])
            return _relative(site, r, _after_cue(site.tokens, site.i))
        return None
    voice = _voice(site.text, phrase, site.known)
    if voice is None and not _pronoun(phrase):
        return None
    if voice is None and phrase[-1][0].lower() == "they":
        # "Activists shared photos which they said showed …": they are the activists; with no
        # group named before in the sentence, the last speaker is no safer guess: nothing.
        voice = _group_before(site, site.tokens.index(before[rel]))
        if voice is None:
            return None
    m = _after_cue(site.tokens, site.i)
    found = _content_after(site, voice, m)
    if found is None or site.text.find(",", found.start, found.end) == -1:
        return found
    for word, at, _ in site.tokens[m:-1]:
        if word == "," and found.start < at < found.end and not _quoted(site, at):
            following = site.text[at + 1 : at + 30].split()
            if following and _main_verb(following[0]):
                # "…, which the campaign says holds two million names, is a prize"
                span = _content(site.text, found.start, at)
                return None if span is None else replace(found, end=span[1])
    return found


#: Nouns of a report a voice may deny in a clause after them: "a claim the coalition rejected".
_DENIED_REPORTS = frozenset(
    """claim claims report reports allegation allegations accusation accusations charge charges
    rumour rumours rumor rumors story stories account accounts""".split()
)
#: Words that may open the report noun's phrase: "a claim", "the reports", "such rumours".
_REPORT_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "such", "its"})


def _denied_report(site: _Cue, before: Sequence[tuple[str, int, int]]) -> RawAttribution | None:
    """ "The rebels spread a claim the coalition swiftly rejected": the coalition denies the
    claim (the report noun is the content, the voice stands between it and the cue).

    The cue must end its clause ("a claim the coalition rejected as false" has no other
    object, "… rejected the offer" has one and is no such clause).
    """
    tokens, i = site.tokens, site.i
    if (
        i + 1 < len(tokens)
        and tokens[i + 1][0] not in _CLAUSE_MARKS
        and tokens[i + 1][0]
        not in {
            ".",
            "!",
            "?",
            "as",
        }
    ):
        return None
    noun = next(
        (n for n in range(len(before) - 2, -1, -1) if before[n][0].lower() in _DENIED_REPORTS),
        None,
    )
    if noun is None or noun == 0:
        return None
    first = noun + 1 + (before[noun + 1][0].lower() in {"that", "which"})
    phrase = [t for t in before[first:] if not _adverb(t[0])]
    if not 0 < len(phrase) <= _RELATIVE_VOICE_TOKENS:
        return None
    voice = _voice(site.text, phrase, site.known)
    if voice is None:
        return None
    opener = noun - 1 if before[noun - 1][0].lower() in _REPORT_DETERMINERS else noun
    return site.attribution(voice, (before[opener][1], before[noun][2]))


#: Lower-case words that may open a voice after an object "who": "the man who police said …".
_VOICES_AFTER_WHO = frozenset({"the", "a", "an", "police", "prosecutors", "authorities"})


def _object_of_who(word: str) -> bool:
    """Whether the word after "who" may open a voice, so that "who" is an object: a name, a
    pronoun or a determiner ("the man who Hamdan said fired"); a verb after "who" makes it the
    subject ("Farmers who lost crops say …")."""
    low = word.lower()
    return word[:1].isupper() or low in _PRONOUNS or low in _VOICES_AFTER_WHO or low in _ANONYMOUS


def _past_spoken_of(site: _Cue, m: int) -> int:
    """After "speak" or "talk", the content starts past "about"/"of": "spoke at length about
    the drought" → "the drought" (see _without_particle)."""
    if CUES.get(site.tokens[site.i][0].lower()) not in {"speak", "talk"}:
        return m
    for n in range(m, min(m + _SPOKEN_WITHIN, len(site.tokens))):
        if site.tokens[n][0].lower() in _SPOKEN_OF:
            return n + 1
    return m


#: Relative pronouns that stand for the voice named right before them: "Hamdan, who said …".
_RELATIVE_VOICES = frozenset({"who", "which"})


def _relative(site: _Cue, r: int, m: int) -> RawAttribution | None:
    """ "X, who said …" / "farmers who say …": the voice is the noun phrase before the pronoun.

    "The dam was praised by Omar Nasser, who said it would last a century." → Omar Nasser, "it
    would last a century". The clause ends where the sentence's own verb takes over after a
    comma: "Lina Haddad, who said the bridge would close, left early." → "the bridge would
    close". The voice of an inverted cue is no new voice: "…,” said a farmer who backs Hamdan".
    """
    tokens = site.tokens
    end = r - 1 if r > 0 and tokens[r - 1][0] == "," else r
    start = _antecedent_start(tokens, end)
    if start < end < r and _place_tag(tokens, start, end):
        # "Omar Nasser, a farmer from Riverton, Ohio, who said …": the voice is before the aside
        n = start - 2
        while n > 0 and tokens[n - 1][0] not in _CLAUSE_MARKS:
            n -= 1
        if n > 1 and tokens[n - 1][0] == ",":
            end = n - 1
            start = _antecedent_start(tokens, end)
    if start > 1 and tokens[start - 1][0] in _PLACE_OF and end == r - 1:
        start, end = _place_owner(tokens, start, end)
    if start > 1:
        owner = _described_owner(tokens, start, end)
        if not _inverted_voice(tokens, owner[0], site.i):
            start, end = owner  # (an inverted cue's voice keeps its own description)
    if start == end or (start and _inverted_voice(tokens, start, site.i)):
        return None
    voice = _voice(site.text, tokens[start:end], site.known)
    found = _content_after(site, voice, m) if voice is not None else None
    if found is None or end == r:
        return found
    for n in range(m, len(tokens) - 1):
        word, at, _ = tokens[n]
        if word == "," and found.start < at < found.end and not _quoted(site, at):
            if _main_verb(tokens[n + 1][0]):
                span = _content(site.text, found.start, at)
                return None if span is None else replace(found, end=span[1])
    return found


#: Copulas before a predicate noun: "Omar Nasser is a farmer who …".
_COPULAS = frozenset({"is", "was", "are", "were", "remains", "became"})
#: Words a list of predicate nouns may hold: "a stubborn farmer, builder and miller".
_LIST_WORDS = frozenset({",", "and", "or"})
#: Words no list of predicate nouns holds: "a contrast to the speech by Layla Haddad, who …".
_NOT_LISTED = frozenset({"to", "by", "of", "for", "in", "on", "at", "with", "from", "that"})
#: A predicate noun list has at most this many tokens before its relative pronoun.
_PREDICATE_TOKENS = 14


def _described_owner(
    tokens: Sequence[tuple[str, int, int]], start: int, end: int
) -> tuple[int, int]:
    """The voice's span when the phrase before "who" describes a named voice before it.

    "Omar Nasser is a farmer, builder and miller who has pledged …" and "Layla Haddad, a
    teacher who said …": the one who pledged or said is Omar Nasser, Layla Haddad (a noun after
    a copula, or an indefinite noun set off after a name). Otherwise the span stays.
    """
    n = start - 1
    while (
        n > 0
        and start - n < _PREDICATE_TOKENS
        and (
            tokens[n][0] in _LIST_WORDS
            or (
                tokens[n][0].isalpha()
                and tokens[n][0].islower()
                and tokens[n][0] not in _NOT_LISTED
            )
        )
    ):
        if tokens[n][0] in _COPULAS:
            break
        n -= 1
    predicate = tokens[start][0].islower()  # (a name before "who" is its own voice)
    if predicate and tokens[n][0] in _COPULAS and tokens[n + 1][0] in {"a", "an"}:
        owner = _antecedent_start(tokens, n)
        if owner < n and tokens[owner][0][:1].isupper():
            return owner, n  # "Omar Nasser is a farmer who …"
    if tokens[start][0] in {"a", "an"} and tokens[start - 1][0] == "," and start >= 2:
        owner = _antecedent_start(tokens, start - 1)
        if owner < start - 1 and tokens[start - 2][0][:1].isupper():
            return owner, start - 1  # "Layla Haddad, a teacher who …"
    return start, end


def _place_owner(tokens: Sequence[tuple[str, int, int]], start: int, end: int) -> tuple[int, int]:
    """The voice's span when the phrase before ", who" is a town after "of"/"from"/"in".

    "Layla Haddad, 24, from Riverton, who said …" → "Layla Haddad" (a comma before the
    preposition, an age skipped); otherwise the span stays.
    """
    if tokens[start - 2][0] != "," or start < 4:
        return start, end
    owner_end = start - 2
    if _age(tokens[owner_end - 1][0]) and tokens[owner_end - 2][0] == ",":
        owner_end -= 2
    owner = _antecedent_start(tokens, owner_end)
    return (owner, owner_end) if owner < owner_end else (start, end)


#: Auxiliaries contracted onto a pronoun: "who's", "who’d", "who've".
_CONTRACTIONS = re.compile(r"['’](?:s|d|ve|ll)$")


def _relative_word(word: str) -> bool:
    """Whether a lower-case word is "who" or "which", a contracted auxiliary aside: "who’d".

    "Omar Nasser, who’d backed the dam, said …": the relative's voice is Omar Nasser, not the
    acronym "WHO".
    """
    if word in _RELATIVE_VOICES:
        return True
    return ("'" in word or "’" in word) and _CONTRACTIONS.sub("", word) in _RELATIVE_VOICES


def _inverted_voice(tokens: Sequence[tuple[str, int, int]], start: int, cue: int) -> bool:
    """Whether the antecedent at ``start`` is the voice of an inverted speech cue before it, and
    the relative clause holds no new claim: "…,” said a farmer who backs Hamdan", "…, said an
    official who asked not to be named"; "…,” said Lina Haddad, who said the mill would close"
    holds her second claim (a speech verb with a clause after it)."""
    if CUES.get(tokens[start - 1][0].lower()) not in _SPEECH:
        return False
    following = tokens[cue + 1][0].lower() if cue + 1 < len(tokens) else ""
    return CUES.get(tokens[cue][0].lower()) not in _SPEECH or following in {"not", "to"}


def _main_verb(word: str) -> bool:
    """A lower-case finite verb or auxiliary: the sentence's own verb after a relative clause."""
    low = word.lower()
    return word[:1].islower() and (
        low in _AUX or low in _FINITE or low.endswith("ed") or low in CUES or low in _PAST_ACTS
    )


#: Irregular past forms of acts, the sentence's own verb after a relative clause: "Omar
#: Nasser, who said the toll was too high, left early".
_PAST_ACTS = frozenset(
    """left went came took made won lost spent got gave ran met held led began became kept sent
    stood fell paid brought built drew struck fought flew rose sat""".split()
)


def _coordinated(site: _Cue, conjunction: int, m: int) -> RawAttribution | None:
    """ "X did Y and said …": the voice is the subject of the clause the cue is joined to.

    "Omar Hamdan visited the dam on Monday and said the walls were cracked." → Omar Hamdan;
    an opening setting is passed over: "On Monday, the ministry met and said …".
    """
    tokens = site.tokens
    start = 0
    comma = next((n + 1 for n in range(conjunction) if tokens[n][0] == ","), 0)
    if tokens[0][0].lower() in _PREPOSITIONS or tokens[0][0].lower() in _WHEN:
        start = comma
    subject = _sentence_subject(tokens[start:conjunction])
    voice = _voice(site.text, subject, site.known) if subject else None
    if start == 0 and comma and voice is None and not _pronoun(subject):
        # an opening clause of another kind: "Asked about the toll, Haddad shook her head and
        # said …", "There, the chairman declined … but said …"
        start, subject = comma, _sentence_subject(tokens[comma:conjunction])
        voice = _voice(site.text, subject, site.known) if subject else None
    if not subject or (start == 0 and subject[0][0].lower() in _PREPOSITIONS):
        return None
    if voice is None and not _pronoun(subject):
        return None
    return _content_after(site, voice, m)


def _quoted(site: _Cue, position: int) -> bool:
    """Whether a position lies inside one of the sentence's quotations."""
    return any(a < position < b for a, b in site.quotes)


#: Lower-case words a noun phrase before "who" does not run back past: "backed by X, who".
_NOT_IN_ANTECEDENT = frozenset({*_SUBJECT_STOP, *_PREPOSITIONS, *_PRONOUNS, *_RELATIVES})


def _antecedent_start(tokens: Sequence[tuple[str, int, int]], end: int) -> int:
    """Where the noun phrase ending at token ``end`` starts: names, nouns and one article.

    "praised by the former mayor" → "the former mayor"; "criticized Omar Nasser" → "Omar
    Nasser" (a verb or a preposition ends it, an article is its first word).
    """
    k = end
    while k > 0 and end - k < _MAX_VOICE_WORDS:
        word = tokens[k - 1][0]
        low = word.lower()
        if low in {"the", "a", "an"} or _possessive(low):
            k -= 1
            if low in {"the", "a", "an"}:
                break
            continue
        if word in {".", "-"} or (word[:1].isupper() and low not in _NOT_IN_ANTECEDENT):
            k -= 1
            continue
        if not word[:1].isalpha() or low in _NOT_IN_ANTECEDENT or not _noun_like(word):
            break
        k -= 1
    return k


def _interrupted(site: _Cue, voice: Mention | None, m: int, k: int) -> RawAttribution | None:
    """A voice and cue set off by commas inside the content: "A, X said, b …" / "A, X said, -ing".

    "Many of the wells, she said, have dried up." — the clause runs on past the cue: the whole
    sentence is the content. "The river is low, Haddad said, adding that …" — a participle
    starts a new clause: the content is what comes before the voice.
    """
    tokens = site.tokens
    # "The mayor will play the “farm card,” X said, adding …": the comma inside the quotation
    quoted = k > 1 and tokens[k - 1][0] in _QUOTE_TOKENS and tokens[k - 2][0] == ","
    if k == 0 or (tokens[k - 1][0] != "," and not quoted):
        return None
    if m + 1 >= len(tokens) or tokens[m][0] != ",":
        return None
    after = tokens[m + 1][0]
    if not after[:1].islower() or CUES.get(after) in _FIRST_READ:
        return None
    participle = after.endswith("ing") or after in _RELAY_PARTICIPLES
    if (
        after in _WRITERS_CLAUSE
        and after != "when"  # ("…, she said, when a boss invited her …": her story goes on)
        and not any(t[0] in _QUOTE_TOKENS for t in tokens[m + 1 :])
    ):
        participle = True  # ("…, Bob said, while others “did not want to help”": still his)
    if quoted and not participle:
        return None  # "“…,” X told reporters, before …": read as a quotation first, not here
    if participle:
        end = tokens[k - 1][2] if quoted else tokens[k - 1][1]
        span = _content(site.text, site.sentence.start, end)
    else:
        span = _content(site.text, site.sentence.start, site.sentence.end)
    return None if span is None else site.attribution(voice, span, inner=_cited_after_cue(site))


# (_SETTING_PREPOSITIONS, defined with the settings below, also opens a phrase between a voice
# and its cue: "Haddad at a later briefing in Amman said". A second, shorter list of the same name
# here was shadowed by it at import and is gone.)


def _voice_end(tokens: Sequence[tuple[str, int, int]], i: int) -> int:
    """Where the voice before the cue at i ends, past what sits between them.

    "officials were quoted as saying", "X has sharply criticized", "X on Wednesday called",
    "Haddad at a later briefing in Amman said": the voice ends before the auxiliaries, adverbs,
    days and the prepositional phrase.
    """
    j = i
    if j >= 2 and tokens[j - 1][0].lower() == "as" and tokens[j - 2][0].lower() == "quoted":
        j -= 2
    if j >= 2 and tokens[j - 1][0] == ")":
        # "Omar Hamdan (R-Fla.) said": a party tag in brackets between the name and the cue.
        opening = next((n for n in range(j - 2, max(j - 6, 0), -1) if tokens[n][0] == "("), None)
        j = opening if opening is not None else j
    if j >= 4 and tokens[j - 1][0] == "," and tokens[j - 3][0] == "," and _age(tokens[j - 2][0]):
        j -= 3  # "Lina Haddad, 58, said": the age between the name and the cue
    while j > 0 and (
        (low := tokens[j - 1][0].lower()) in _AUX
        or low in _WHEN
        or _adverb(tokens[j - 1][0])
        or tokens[j - 1][0] in _TIME_ADVERBS
    ):
        j -= 1
    for p in range(j - 1, max(j - _PHRASE_LOOKBACK, 0), -1):
        # (p > 0 here; the capital before is looked at first, as it rules out most words)
        if tokens[p - 1][0][:1].isupper() and tokens[p][0].lower() in _SETTING_PREPOSITIONS:
            return p
        if tokens[p][0] in _CLAUSE_MARKS:
            break  # "…, from both parties, experts said": the phrase is in the clause before
    return j


#: Lower-case adverbs of time or focus between a voice and its cue: "Layla Haddad has long
#: argued", "the council has since said", "…, even suggesting" (a capitalised "Long" is a name:
#: "Omar Long said").
_TIME_ADVERBS = frozenset(
    {"long", "since", "already", "still", "often", "ever", "now", "just", "even"}
)


def _age(word: str) -> bool:
    """A person's age set off by commas after the name: "58"."""
    return word.isdigit() and len(word) <= 3


def _adverb(word: str) -> bool:
    """A lower-case -ly adverb ("sharply"), not a noun such as "the daily" or "rally"."""
    return word[-2:] == "ly" and word[:1].islower() and word not in _MEDIA and word != "rally"


#: Quotation marks as tokens, '' included: a voice before a cue does not run back past them.
_QUOTE_TOKENS = frozenset({'"', "“", "”", "«", "»", "''"})


def _clause_before(
    tokens: Sequence[tuple[str, int, int]], j: int
) -> tuple[int, list[tuple[str, int, int]]]:
    """The clause start k and the words from k to the voice end j: the voice candidate.

    "The minister said" → "The minister". An aside between voice and cue is skipped back over
    to the comma before it: "Trump, in particular, criticized" → the voice is before the aside.
    """
    k = j
    while k > 0 and tokens[k - 1][0] not in _CLAUSE_MARKS:
        if tokens[k - 1][0] in _QUOTE_TOKENS:
            break
        k -= 1
    before = list(tokens[k:j])
    if before and (
        all(t[0].lower() in _DISCOURSE for t in before)
        or (before[0][0].lower() in _PREPOSITIONS and not any(t[0][:1].isupper() for t in before))
    ):
        before = []
        while k > 0 and tokens[k - 1][0] != ",":
            k -= 1
    return k, before


def _after_comma(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the word at i follows a comma, or a closing quotation mark right after one.

    "Haddad defended “village values,” saying the valley …": the comma of the writer's
    sentence sits inside the quotation marks, as US papers set it.
    """
    if tokens[i - 1][0] == ",":
        return True
    return i > 1 and tokens[i - 1][0] in _CLOSING_MARKS and tokens[i - 2][0] == ","


def _speech_gerund(lowered: Sequence[str], i: int, base: str) -> bool:
    """Whether a speech verb's -ing form after "in"/"by" is the subject's act of speaking
    ("erred in saying that …", "answered by writing that …"), not a noun."""
    return lowered[i - 1] in {"in", "by"} and lowered[i].endswith("ing") and base in _SPEECH


#: Words before a participle that tie it to the main clause's subject: "…, while saying …",
#: "erred in saying …", "reignited the feud after writing …".
_PARTICIPLE_TIES = frozenset({"while", "after", "before", "by", "without", "when", "in", "upon"})


def _after_subordinator(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the participle at i follows a tie word inside the sentence ("Haddad erred in
    saying …"); one opening the sentence ("After saying …, Haddad left") has its subject
    after the comma and is not read here."""
    return i > 1 and tokens[i - 1][0] in _PARTICIPLE_TIES


#: Marks right after a participle that leave it nothing reported: "with all precincts
#: reporting, …".
_CLAUSE_ENDS = frozenset({*_CLAUSE_MARKS, ".", "!", "?", ")"})
#: A subject after "with" before its participle has at most this many tokens: "with 30
#: percent of the growers in the valley saying …".
_WITH_SUBJECT_TOKENS = 9


def _with_at(tokens: Sequence[tuple[str, int, int]], i: int) -> int | None:
    """Where "with" opens the noun phrase right before the participle at i ("with 30 percent
    of growers saying"), or None: no verb, mark or dash between them."""
    k = i - 1
    while k >= 0 and i - k <= _WITH_SUBJECT_TOKENS:
        word = tokens[k][0]
        low = word.lower()
        if low == "with":
            return k if k < i - 1 else None
        if word in _CLAUSE_MARKS or word in _DASHES or word == "-" or low in _AUX:
            return None
        if low in _FINITE or low in CUES:
            return None
        k -= 1
    return None


def _with_subject(site: _Cue) -> RawAttribution | None:
    """ "…, with 30 percent of growers saying …": the participle's voice is the share or group
    after "with", not the sentence's subject ("The mayor has improved his standing, with 30
    percent of growers saying he is fit" → 30 percent of growers, "he is fit")."""
    tokens, i = site.tokens, site.i
    k = _with_at(tokens, i)
    if k is None:
        return None
    phrase = tokens[k + 1 : i]
    last = phrase[-1][0]
    words = [t[0].lower() for t in phrase]
    if not (_share(words) or (last.endswith("s") and not last.endswith("ss"))):
        return None  # a thing or one person after "with" ("struggles with a basic task, …")
    voice = _voice(site.text, phrase, site.known)
    if voice is None:
        return None
    return _content_after(site, voice, _after_cue(tokens, i))


def _participle(site: _Cue) -> RawAttribution | None:
    """ "…, saying …": the participle's voice is the sentence's subject.

    "The ministry issued a statement, saying the border would reopen" → the ministry; the
    comma may sit inside a quotation before it ("…, “village values,” saying …").
    """
    comma = site.i - 1 if site.tokens[site.i - 1][0] == "," else site.i - 2
    opening = _past_opening_setting(site.tokens, comma)
    subject = _cue_voice_before(site.tokens, comma) or _sentence_subject(site.tokens[opening:])
    voice = _voice(site.text, subject, site.known) if subject else None
    # "…, telling the Valley Times that …": past the one told, who carries it if an outlet
    m, carriers = _addressee(site, site.i + 1)
    start = site.tokens[m][1] if m < len(site.tokens) else site.tokens[site.i][2]
    span = _content(site.text, start, site.sentence.end)
    if span is not None and (voice is not None or _pronoun(subject)):
        return site.attribution(voice, span, carriers=carriers)
    return None


def _past_opening_setting(tokens: Sequence[tuple[str, int, int]], comma: int) -> int:
    """Where the subject starts after an opening setting set off by a comma, before ``comma``.

    "At the rally on Friday, Haddad praised the mill, saying …" → the token "Haddad"; 0 when
    the sentence opens with no setting or its setting has no comma of its own.
    """
    first = tokens[0][0].lower()
    if first in _LINKING and len(tokens) > 1 and tokens[1][0] == ",":
        return 2  # "However, he went easy on the mayor, calling him …": "he" is the subject
    if first not in _PREPOSITIONS and first not in _WHEN:
        return 0
    return next((n + 1 for n in range(comma) if tokens[n][0] == ","), 0)


def _cue_voice_before(
    tokens: Sequence[tuple[str, int, int]], comma: int
) -> list[tuple[str, int, int]]:
    """The voice of a speech cue before the participle's comma: "…, Haddad said, adding".

    "The river is low, Haddad said, adding that the wells were dry" → Haddad, not "The river";
    a setting may stand between: "…, Haddad said on Monday in Riverton, adding …". After a
    quotation the cue may come first: "“The river is low,” said Rania Aziz, adding …" → Rania
    Aziz; "“The river is low,” she added, noting …" → she.
    """
    cue = comma - 1
    while cue > 0 and comma - cue <= _SETTING_TOKENS and tokens[cue][0] not in _CLAUSE_MARKS:
        if CUES.get(tokens[cue][0].lower()) in _SPEECH:
            break
        cue -= 1
    if cue < 1 or CUES.get(tokens[cue][0].lower()) not in _SPEECH:
        return []
    if tokens[cue - 1][0].lower() in _REPORT_DETERMINERS:
        return []  # "…, denied the report, saying …": a noun, the sentence's subject speaks
    start = cue
    while start > 0 and tokens[start - 1][0] not in _CLAUSE_MARKS:
        start -= 1
    while start < cue and tokens[start][0] in _QUOTE_TOKENS:
        start += 1
    if start == cue and tokens[cue - 1][0] in _QUOTE_TOKENS:
        return list(tokens[cue + 1 : comma])
    return list(tokens[start:cue])


def _before_dashes(
    site: _Cue, k: int, before: list[tuple[str, int, int]]
) -> tuple[list[tuple[str, int, int]], int, Mention | None]:
    """The voice before a pair of dashes that closes right before the cue.

    "Growers in both valleys — from Riverton to the coast — said the rain came late": the
    words between the dashes describe the voice, which stands before the first dash.
    """
    tokens = site.tokens
    dash = k - 2
    while dash > 0 and tokens[dash][0] not in _DASHES:
        if tokens[dash][0] in _QUOTE_TOKENS or tokens[dash][0] in {";", ":"}:
            return before, k, None
        dash -= 1
    if dash < 1 or tokens[dash][0] != tokens[k - 1][0]:
        return before, k, None
    start = dash
    while start > 0 and tokens[start - 1][0] not in _CLAUSE_MARKS:
        if tokens[start - 1][0] in _QUOTE_TOKENS:
            return before, k, None
        start -= 1
    segment = list(tokens[start:dash])
    voice = _voice(site.text, segment, site.known) if segment else None
    if voice is not None:
        return segment, start, voice  # (read once: the caller takes this voice as it is)
    return before, k, None


def _appositive(
    site: _Cue, k: int, before: list[tuple[str, int, int]]
) -> tuple[list[tuple[str, int, int]], int, Mention | None]:
    """The voice before a comma when nothing stands between the comma and the cue.

    "The group's chief executive, Jane Doe, said": the voice sits before the comma; a state tag
    ("Bob Smith, R-Ohio, said") and a lower-case aside ("speaking to …") are skipped. The voice
    read there comes too (None with ``before`` and ``k`` as they were).
    """
    tokens = site.tokens
    stop = k - 1
    definite: tuple[list[tuple[str, int, int]], int] | None = None
    segment: list[tuple[str, int, int]] = []
    who_after = False  # whether the segment after this one is a "who" clause
    while True:
        start = stop
        while (
            start > 0
            and tokens[start - 1][0] not in _CLAUSE_MARKS
            and (tokens[start - 1][0] not in "\"“”«»''")
        ):
            start -= 1
        segment = list(tokens[start:stop])
        joined = " ".join(t[0] for t in segment)
        aside = bool(segment) and segment[0][0][:1].islower()
        aside = aside or (bool(segment) and _place_tag(tokens, start, stop))
        # ("Layla Haddad, 22, of Riverton, …": the age before such an aside is skipped too)
        aside = aside or (len(segment) == 1 and _age(segment[0][0]) and stop < k - 1)
        if start and tokens[start - 1][0] in _QUOTE_TOKENS:
            break  # "“…,” a mill worker, who farms near the canal, said": the voice, no aside
        if segment and who_after and segment[0][0] in _INDEFINITE:
            break  # "…, a mill worker, who farms near the canal, said": who's antecedent
        who_after = bool(segment) and segment[0][0] in _WHO
        if segment and (_STATE.match(joined.replace(" ", "")) or aside) and start > 1:
            if segment[0][0] == "the" and definite is None:
                definite = (segment, start)
            stop = start - 1
            continue
        break
    if segment and definite is not None and _time_setting(segment):
        # "Last month, the Valley Times, a local daily, revealed …": the voice is the outlet,
        # the opening is when it spoke.
        segment, start = definite
    voice = _voice(site.text, segment, site.known) if segment else None
    if voice is not None:
        return segment, start, voice  # (read once: the caller takes this voice as it is)
    return before, k, None


#: A state or country after a town set off by commas has at most this many tokens ("N.J.").
_PLACE_TAG_TOKENS = 4


def _place_tag(tokens: Sequence[tuple[str, int, int]], start: int, stop: int) -> bool:
    """Whether tokens[start:stop] is the state closing an aside that ends in its town.

    "Layla Haddad, 22, of Riverton, Ohio, said" and "The mayor, at a rally in Riverton, Ohio,
    said": "Ohio" belongs to the aside before it (which opens in lower case and ends in the
    capitalised town), not a voice of its own.
    """
    if stop - start > _PLACE_TAG_TOKENS or start < 3 or tokens[start - 1][0] != ",":
        return False
    if not all(t[0][:1].isupper() or t[0] == "." for t in tokens[start:stop]):
        return False
    if not tokens[start - 2][0][:1].isupper():
        return False  # the aside before ends in its town
    n = start - 2
    while n > 0 and tokens[n - 1][0] not in _CLAUSE_MARKS:
        n -= 1
        if tokens[n][0] in _PLACE_OF:
            return True  # "Omar Nasser of Riverton, Ohio, said"
    return n > 0 and tokens[n][0][:1].islower()


#: Prepositions before a town that tell where a voice comes from: "Omar Nasser of Riverton".
_PLACE_OF = frozenset({"of", "from", "in"})


#: Words opening a time setting at the head of a sentence: "Last month, …", "On Friday, …".
_TIME_OPENERS = frozenset(
    {"last", "this", "earlier", "late", "early", "on", "in", "at", "during", "after", *_WEEKDAYS}
)


def _time_setting(segment: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a comma-set segment is a time or a setting, not a voice: "Last month", "On
    Friday"."""
    return segment[0][0].lower() in _TIME_OPENERS


#: Stance verbs whose object is the one they hold a view of, never one told: "Aziz endorsed
#: him", "the farmers back her", "Selim praised them".
_HELD_PERSON = frozenset(
    """endorse back support oppose praise criticize blame attack defend mock slam blast dismiss
    fault condemn denounce applaud welcome chide scold rebuke lambaste berate deride
    congratulate hate love like prefer""".split()
)
#: Object pronouns a stance verb may hold as its whole content.
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def _after_cue(tokens: Sequence[tuple[str, int, int]], i: int) -> int:
    """The first token of what follows the cue, past "told reporters", "said Tuesday".

    "said in a statement on Monday that …" → the token "that".
    """
    m = i + 1
    if tokens[i][0] in _MAKING and m < len(tokens) and tokens[m][0] in {"it", *_CLEAR}:
        m += 2 if tokens[m][0] == "it" else 1  # "made it clear that …" → "that"
    held = CUES.get(tokens[i][0].lower()) in _HELD_PERSON
    while m < len(tokens):
        word = tokens[m][0].lower()
        if held and m == i + 1 and word in _OBJECT_PRONOUNS:
            break  # "Aziz endorsed him": the one endorsed is the content, no one told
        if m == i + 1 and _adverb(tokens[m][0]) and m + 1 < len(tokens):
            if tokens[m + 1][0].lower() == "that":
                m += 1  # "said quietly that …": the manner is no part of what was said
                continue
        if word in _AFTER_CUE or (word == "out" and m == i + 1):
            m += 1  # "told reporters", "said Tuesday", "pointed out"
        elif word in _DAY_TIMES and m > i + 1 and tokens[m - 1][0].lower() in _AFTER_CUE:
            m += 1  # "said Tuesday night that …"
        elif word in _PERIOD_OPENERS and m + 1 < len(tokens) and tokens[m + 1][0] in _PERIODS:
            m += 2  # "said last week that …"
        elif word in _SETTING_PREPOSITIONS and _that_after_setting(tokens, m) > m:
            m = _that_after_setting(tokens, m)  # "said in Riverton that …"
        elif (
            word in {"in", "on", "at", "during"}
            and m + 1 < len(tokens)
            and tokens[m + 1][0].lower() in _SETTING_STARTS
        ):
            m += 2
            while m < len(tokens) and tokens[m][0].lower() in _PHRASE_WORDS:
                m += 1
        else:
            break
    return m


#: What follows "in", "on", "at", "during" in a setting after the cue: "said in a statement",
#: "said at his rally", "said on Tuesday" (one set, not a union built per look).
_SETTING_STARTS = frozenset({"a", "an", "the", "his", "her", "their", *_AFTER_CUE})
#: "last week", "this month": a time between the cue and its content.
_PERIOD_OPENERS = frozenset({"last", "this", "earlier", "late", "early"})
_PERIODS = frozenset({"week", "month", "year", "night", "weekend", "spring", "summer", "fall"})


def _quote_first(
    site: _Cue, before: Sequence[tuple[str, int, int]], voice: Mention | None, m: int
) -> RawAttribution | None:
    """A quotation opening the sentence, then the cue: the quotation is the content.

    "“We will reopen it,” the minister said." / "“…,” she said, “…”": with a second quotation
    after the cue the content runs to the end of the sentence.
    """
    if not site.quotes:
        return None
    text, sentence, tokens = site.text, site.sentence, site.tokens
    c_start = tokens[site.i][1]
    opening = next(
        (q for q in site.quotes if q[0] - sentence.start <= _OPENING_SLACK and q[1] < c_start),
        None,
    )
    if opening is None:
        return None
    if (
        _CREDIT_WORD.search(text, opening[1], c_start)
        and CUES.get(tokens[site.i][0].lower()) in _SPEECH
    ):
        return None  # "“…,” X said on the radio, but he said …": the first cue credits it
    tail = _up_to_clause(tokens, m)
    if voice is None and not _pronoun(before) and not _only_voice(text, tail, site.known):
        return None
    end = opening[1] + 1
    if _second_quotation(site, m) or _quotation_after_title(site, c_start):
        end = sentence.end
    span = _content(text, opening[0], end)
    if span is None:
        return None
    if voice is None and not _pronoun(before):
        voice = _voice(text, tail, site.known)  # "“…,” said X"; not "“…,” he said of Y"
    carriers = _setting_carriers(site, len(tokens)) or _told_carrier(site, voice, m)
    return site.attribution(voice, span, QuoteKind.DIRECT, carriers=carriers)


#: Past-tense speech cues that credit a quotation opening the sentence, after which a later
#: speech cue does not ("report", "claims" may be nouns: "the report said").
_CREDIT_FORMS = sorted(
    {"said", "told", "wrote", *(f for b in _SPEECH for f in _forms(b) if f.endswith("ed"))}
)
#: (a word joined to the next by a full stop is one token, "said.Trump", as _WORD reads it)
_CREDIT_WORD = re.compile(rf"\b(?:{'|'.join(_CREDIT_FORMS)})\b(?!\.\w)", re.IGNORECASE)


def _quotation_after_title(site: _Cue, c_start: int) -> bool:
    """Whether the sentence ends on a quotation that follows a quoted title closing on a full
    stop, after the cue: "“A,” Nasser said on “Valley Morning.” “B.”" (no sentence break is
    read between two quotation marks, so B is the same speaker's next sentence).
    """
    text = site.text
    last = site.quotes[-1]
    if last[0] < c_start or text[last[1] + 1 : site.sentence.end].strip(_END_MARKS):
        return False
    before = text[c_start : last[0]].rstrip()
    if before.endswith("''"):
        before = before[:-2]
    elif before[-1:] in CLOSING_QUOTES:
        before = before[:-1]
    else:
        return False
    return before[-1:] in {".", "?", "!"} and any(c_start < a < last[0] for a, _ in site.quotes)


def _second_quotation(site: _Cue, m: int) -> bool:
    """Whether a quotation resumes right after the voice: "“A,” she said, “B.”".

    Not a quotation further on in a clause of the writer's: "“A,” she said, after the mayor
    called the plan “a folly.”" ends at A.
    """
    tokens = site.tokens
    k = m + len(_up_to_clause(tokens, m))
    if k + 1 >= len(tokens) or tokens[k][0] not in {",", ":"}:
        return False
    return any(a == tokens[k + 1][1] for a, _ in site.quotes)


def _rest(site: _Cue, m: int) -> str:
    """What follows the cue to the end of the sentence, without end punctuation and quotes."""
    tokens, end = site.tokens, site.sentence.end
    return site.text[tokens[m][1] if m < len(tokens) else end : end].strip(" .\"”’'")


def _inverted(site: _Cue, m: int) -> bool:
    """ "…, said X": a speech verb right after a comma, and only a voice after it.

    A voice opens with no preposition: in "Omar Diaz, the union's head, said of the mayor: …"
    the comma before "said" closes an appositive. The voice ends in a name or a head noun
    ("said Omar Hamdan", "said one former executive who …"); "…, said the mill would close"
    and "…, said she was tired" are clauses.
    """
    tokens = site.tokens
    if CUES.get(tokens[site.i][0].lower()) not in _INVERTING:
        return False
    words = [t[0] for t in _up_to_clause(tokens, m) if t[0][0].isalnum()]
    relative = next((n for n, w in enumerate(words) if n and w in _WHO), len(words))
    words = words[:relative]
    if not 0 < len(words) <= _TAIL_VOICE_WORDS:
        return False
    if _setting_word(words[0]) or _setting_word(tokens[site.i + 1][0]):
        return False  # "X, a farmer, said of the mayor: …": a setting, no voice, after the cue
    # (case kept for the verbs: "said Will Haddad" names a voice, "said will" opens no clause)
    if any(w in _FINITE or w in _AUX or w.lower() in _NOT_IN_VOICE for w in words):
        return False
    last = words[-1].lower()
    if last in _WEEKDAYS:
        return False  # "…, said the convoy left on Monday": a clause ending in its day
    # (a surname with its article, "said Hisham al-Obaidi", ends in a name too)
    return (_capitalised(words[-1]) or last in _HEADS) and not _verb_resumes(tokens, m)


def _setting_word(word: str) -> bool:
    """Whether a word after a cue opens a setting or a topic, never a voice: "said in May",
    "said of the mayor"."""
    return word in _PREPOSITIONS or word in _CUE_PREPOSITIONS


def _verb_resumes(tokens: Sequence[tuple[str, int, int]], m: int) -> bool:
    """Whether the words after a cue are the subject of a verb that comes after an aside: "said
    the clerk who followed him, Lina Haddad, should be fired" (a clause, not "…, said X")."""
    for n in range(m + 1, len(tokens) - 1):
        if tokens[n][0] == "," and tokens[n + 1][0] in _RESUMING_VERBS:
            return True
    return False


#: Finite verbs that resume a clause after an aside: "…, Lina Haddad, should be fired".
_RESUMING_VERBS = frozenset({*_FINITE, "were", "has", "have", "had", "did", "does"})


_WHO = frozenset({"who", "whom", "whose"})
_NOT_IN_VOICE = frozenset({"that", *_PRONOUNS})
#: Nouns a voice phrase may end with: "said one former executive", "said the mayor".
_HEADS = frozenset(
    {
        *_OFFICIAL,
        *_ANONYMOUS,
        *_TITLES,
        *_MEDIA,
        *_BODIES,
        *"""executive strategist member consultant expert researcher editor reporter host
        voter resident spokesman spokeswoman lobbyist organizer pollster historian""".split(),
    }
)


def _told_outlet_last(site: _Cue, m: int) -> bool:
    """ "…, a mill official told the Valley Times.": the one told ends the sentence, or only
    the voice's next words follow it ("…, told the Valley Times, adding that …")."""
    tokens = site.tokens
    if CUES.get(tokens[site.i][0].lower()) != "tell":
        return False
    tail = _told_name(tokens, m)
    end = m + len(tail)
    if end < len(tokens) - 1 and not _participle_next(tokens, end):
        return False  # more follows
    if not any(t[0][:1].isupper() for t in tail):
        return False  # "told reporters …"
    if any(t[0].lower() in _TOLD_CLAUSE for t in tail):
        return False  # "…, X told the Valley Times that …": what was told follows
    return _only_voice(site.text, tail, site.known)


def _told_name(tokens: Sequence[tuple[str, int, int]], m: int) -> Sequence[tuple[str, int, int]]:
    """The one told, from m: up to the clause mark, or to a time or place after it ("told the
    Valley Times on Monday")."""
    tail = _up_to_clause(tokens, m)
    cut = next((n for n, t in enumerate(tail) if n and t[0] in _SETTING_PREPOSITIONS), len(tail))
    return tail[:cut]


def _participle_next(tokens: Sequence[tuple[str, int, int]], end: int) -> bool:
    """Whether a comma and a participle of the voice's own follow at ``end`` (", adding …")."""
    return end + 1 < len(tokens) and tokens[end][0] == "," and _participle_word(tokens[end + 1][0])


def _told_listener_last(site: _Cue, m: int) -> bool:
    """ "Taxes will rise, Omar Haddad told a parliamentary committee on Wednesday.": only the one
    told follows "told" to the sentence's end (see _listener_only), so what was told is before
    it; "told the committee the toll would rise" and "told them to leave" say it after."""
    tokens = site.tokens
    if tokens[site.i][0].lower() not in {"told", "tells"} or m >= len(tokens):
        return False
    tail = [t[0] for t in tokens[m:] if t[0] not in {".", "!"}]
    if not tail or not _CLAUSE_MARKS.isdisjoint(tail) or not _QUOTE_TOKENS.isdisjoint(tail):
        return False
    words = _LOWER_WORDS.findall(" ".join(tail).lower())
    return len(words) <= _LISTENER_WORDS and _TOLD_SOMETHING.isdisjoint(words)


#: Prepositions that open a setting after the cue: "…, Hamdan said at a rally in Riverton."
_SETTING_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "from"})
#: Words that make the next cue word a noun inside a setting: "in a video message".
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our"})
#: A setting that ends the sentence has at most this many tokens.
_SETTING_TOKENS = 10


#: Conjunctions opening the writer's own clause after the cue: "said as she left" closing a
#: credit line, "…, Haddad said, as the river rose" (the content is what came before the
#: voice; "…, she said, because …" goes on).
_WRITERS_CLAUSE = frozenset({"as", "while", "whereas", "even", "amid", "when", "before", "after"})
#: Prepositions opening the writer's aside after a setting and a comma: "…, X said on Monday,
#: in the latest round of a long feud." (lower case: a capital opens a voice or a clause).
_ASIDE_OPENERS = frozenset(
    {"in", "amid", "during", "at", "with", "after", "before", "ahead", *_WRITERS_CLAUSE}
)


#: Small words a quoted title may hold in lower case: "“Face the Nation”".
_TITLE_SMALL = frozenset({"the", "of", "and", "a", "on", "in", "to", "for", "with", "at"})
#: A quoted title in a setting has at most this many words.
_TITLE_WORDS = 6


def _title_quoted(rest: Sequence[str], k: int) -> bool:
    """Whether the words from k to the next quotation mark are a title: capitalised words (and
    small words) only, "“Morning Farm Hour.”", not a quoted claim ("“a total failure”")."""
    end = next((n for n in range(k, len(rest)) if rest[n] in _QUOTE_TOKENS), None)
    if end is None or end == k or end - k > _TITLE_WORDS + 2:
        return False
    words = [w for w in rest[k:end] if w[:1].isalnum()]
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL for w in words)
    )


def _only_setting(
    tokens: Sequence[tuple[str, int, int]], m: int, openers: frozenset[str] = _SETTING_PREPOSITIONS
) -> bool:
    """Whether only a place or time follows the cue to the sentence's end: "said in Riverton".

    No verb, clause word or quotation in it: "said in May that …" and "said at the rally the
    dam was old" have a content after the cue.
    """
    while m < len(tokens) and tokens[m][0] in {".", "!", "?"}:
        m += 1
    if m == len(tokens) or tokens[m][0].lower() not in openers:
        return False  # (told before the rest is listed: most cues have no setting after them)
    rest = [t[0] for t in tokens[m:] if t[0] not in {".", "!", "?"}]
    determined = False  # after "a", "the": a cue word is a noun ("in a video message")
    titled = False  # inside a quoted show or paper title: "on WXYZ's “Morning Farm Hour.”"
    for n, word in enumerate(rest):
        low = word.lower()
        if n > _SETTING_TOKENS:
            return False
        if word in _QUOTE_TOKENS and (titled or _title_quoted(rest, n + 1)):
            titled = not titled
            continue
        if titled:
            continue
        if word == "," and n + 1 < len(rest) and _participle_word(rest[n + 1]):
            return True  # "…, X said in Riverton, noting that …": the setting ends at the comma
        if word == "," and n + 1 < len(rest) and rest[n + 1] in _ASIDE_OPENERS:
            return True  # "…, X said on Monday, in the latest round of a long feud."
        determined = determined or low in _DETERMINERS
        if word in _QUOTE_TOKENS or low in _SETTING_BREAKS or low in _AUX:
            return False
        if low in CUES and not determined:
            return False
        adjective = n > 0 and rest[n - 1].lower() in _DETERMINERS  # "in a televised statement"
        if word[:1].islower() and low.endswith("ed") and not adjective and low not in _PUBLISHED:
            return False  # ("in a statement carried by …" is still the setting)
    return True


#: Participles that tell where a statement was published, not a clause of their own:
#: "…, the council said in a statement carried by the state news agency".
_PUBLISHED = frozenset({*_RELEASED, "carried", "aired", "broadcast", "televised", "distributed"})


#: Times of day after a day: "said Monday morning", "said Tuesday night".
_DAY_TIMES = frozenset({"morning", "afternoon", "evening", "night"})


def _setting_after_speech(site: _Cue) -> bool:
    """Whether a speech cue is followed by a setting alone: "…, she said in a video message
    to the council", "…, he said Monday morning on Valley Radio" (the content is before)."""
    if CUES.get(site.tokens[site.i][0].lower()) not in _SPEECH:
        return False
    tokens = site.tokens
    m = _past_time(tokens, site.i)
    if m < len(tokens) and _adverb(tokens[m][0]):
        # "“…?” she asked rhetorically", "…, he said quietly into the phone": the manner
        m += 1
        if m >= len(tokens) or tokens[m][0] in {".", "!", "?"}:
            return True
    return _only_setting(tokens, m, _MANNER_SETTINGS)


#: Words opening a setting after a speech cue and its manner: "said quietly into the phone".
_MANNER_SETTINGS = frozenset({*_SETTING_PREPOSITIONS, "into"})


def _past_time(tokens: Sequence[tuple[str, int, int]], i: int) -> int:
    """The first token after the cue at i past a day and its time: "said Monday morning"."""
    m = i + 1
    while m < len(tokens) and (tokens[m][0].lower() in _WHEN or tokens[m][0].lower() in _DAY_TIMES):
        m += 1
    return m


#: A setting before "that" has at most this many tokens: "said on public radio that …", "said
#: in a statement carried by the Valley Times that …".
_SETTING_BEFORE_THAT = 10


def _that_after_setting(tokens: Sequence[tuple[str, int, int]], m: int) -> int:
    """The index of "that" after a short setting at m ("in Riverton that"), or m with none."""
    for n in range(m + 1, min(m + 1 + _SETTING_BEFORE_THAT, len(tokens))):
        word = tokens[n][0]
        if word.lower() == "that":
            return n
        # "in remarks carried by state media that …": a cue word after a determiner or a
        # preposition is a noun or an adjective of the setting, not a new verb.
        noun = tokens[n - 1][0].lower() in _NOUN_SLOTS
        if not word[:1].isalnum() or word.lower() in _SETTING_BREAKS or _infinitive(tokens, n):
            return m  # ("agreed on a panel to study rules that …": a clause, no setting)
        if word.lower() in CUES and not noun:
            return m
    return m


def _infinitive(tokens: Sequence[tuple[str, int, int]], n: int) -> bool:
    """Whether "to" at n opens an infinitive ("to study the rules"), not a listener ("in remarks
    to Valley TV", "to the paper")."""
    if tokens[n][0] != "to" or n + 1 >= len(tokens):
        return False
    following = tokens[n + 1][0]
    return following[:1].islower() and following not in _DETERMINERS


#: Words after which a cue word in a setting is a noun or adjective: "in remarks", "by state
#: media", "in a statement".
_NOUN_SLOTS = frozenset({*_DETERMINERS, *_SETTING_PREPOSITIONS, "by", "with", "to"})


def _participle_word(word: str) -> bool:
    """A lower-case -ing word opening a clause of its own: "noting", "adding"."""
    return word[:1].islower() and word.endswith("ing") and word not in _NOT_PARTICIPLES


#: Words that show a setting runs on into a clause: "said at the rally that …".
_SETTING_BREAKS = frozenset({*_CLAUSE_WORDS, *_FINITE, *_PRONOUNS, ",", ";", ":"})


#: Words after the one told that open what was told: "told the Valley Times that …".
_TOLD_CLAUSE = frozenset({"that", "he", "she", "they", "it", "we", "i", "there"})


def _content_first(
    site: _Cue, m: int, voice: Mention | None, before: Sequence[tuple[str, int, int]] = ()
) -> bool:
    """Whether the content comes before the cue: "…, X said." / "…," said X.

    Nothing but the end follows the cue, or, with no voice before it, only the voice does
    after a speech verb ("On Monday, the minister said the army would withdraw" is not one).
    """
    if len(_rest(site, m)) < _MIN_REST_CHARS:
        return True
    if _only_setting(site.tokens, m) or _setting_after_speech(site) or _occasion_after(site, m):
        return True
    if _told_outlet_last(site, m) or _topic_after_speech(site, m) or _told_listener_last(site, m):
        return True
    if voice is not None:
        return False
    speech = CUES.get(site.tokens[site.i][0].lower()) in _INVERTING
    if not speech or _pronoun(before):
        return False  # "…, he says not much": the voice is before the cue, the claim after
    return _only_voice(site.text, _up_to_clause(site.tokens, m), site.known)


#: Words after a speech cue naming what the words were about: "…, Selim said of the mill".
_TOPIC_WORDS = frozenset({"of", "about"})
#: Finite speech cues a topic may follow with the words before them.
_TOPIC_CUES = frozenset({"said", "says", "added", "adds", "wrote", "writes"})
#: Sentence openers that make the words before the cue a setting, not a content.
_TOPIC_SETTING_OPENERS = frozenset(
    {"in", "on", "at", "during", "after", "before", "as", "when", "asked"}
)


def _topic_after_speech(site: _Cue, m: int) -> bool:
    """Whether the words before a speech cue are spoken of a topic named after it.

    "“Who would close it?” Selim said of the mill in May" and "The levy is unfair, Aziz said
    about the plan": the content is before. With "that" or a quotation after the topic, the
    content follows ("said of the mill that it was old"); "said about 30 people came" counts.
    """
    tokens = site.tokens
    if m + 1 >= len(tokens) or tokens[m][0].lower() not in _TOPIC_WORDS:
        return False
    if tokens[site.i][0].lower() not in _TOPIC_CUES or _number(tokens[m + 1][0].lower()):
        return False
    if tokens[0][0].lower() in _TOPIC_SETTING_OPENERS:
        return False  # "In May, Selim said of the mill …": a setting, no content, before
    return not any(t[0].lower() == "that" or t[0] in _QUOTE_TOKENS for t in tokens[m + 1 :])


#: Words opening the occasion of a speech after the cue: "…, she said after the vote".
_OCCASION_WORDS = frozenset({"after", "before", "while", "as"})
#: Words after which "to" names an audience: "…, he declared to a cheering crowd".
_AUDIENCE_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "reporters", "supporters"})


def _occasion_after(site: _Cue, m: int) -> bool:
    """Whether an occasion or audience, not a content, follows a speech cue and its voice.

    "The dam is safe, she said after meeting the engineers" and "…, Selim declared to a cheering
    crowd at the fair": the content is before the cue. "…, she said after the vote that …" has
    one after it.
    """
    tokens = site.tokens
    if m + 1 >= len(tokens) or CUES.get(tokens[site.i][0].lower()) not in _SPEECH_OR_DECLARING:
        return False
    word, following = tokens[m][0].lower(), tokens[m + 1][0].lower()
    if word in _OCCASION_WORDS:
        opening = following in _PRONOUNS or following in _DETERMINERS or following.endswith("ing")
    else:
        opening = word == "to" and following in _AUDIENCE_OPENERS
    return opening and not any(
        t[0].lower() == "that" or t[0] in _QUOTE_TOKENS for t in tokens[m + 2 :]
    )


#: Cues whose content may come first with an occasion after them (see _occasion_after).
_SPEECH_OR_DECLARING = frozenset({*_SPEECH, "proclaim", "declare", "suggest", "predict", "vow"})


def _content_before(
    site: _Cue,
    before: Sequence[tuple[str, int, int]],
    voice: Mention | None,
    m: int,
    head_end: int,
) -> RawAttribution | None:
    """The sentence up to the voice is the content: "The border will reopen, the minister said."

    The voice is before the cue ("…, X said") or after it ("…, said X").
    """
    tail = _up_to_clause(site.tokens, m)
    if voice is None and _rest(site, m) and not _pronoun(before):
        # ("…, he said Monday on Valley Radio": the pronoun is the voice, the rest a setting)
        voice = _voice(site.text, tail, site.known)
    span = _content(site.text, site.sentence.start, head_end)
    if span is None:
        return None
    if voice is None and not _pronoun(before) and not _pronoun(tail):
        return None
    carriers = _setting_carriers(site, len(site.tokens)) or _told_carrier(site, voice, m)
    return site.attribution(voice, span, inner=_cited_after_cue(site), carriers=carriers)


def _told_carrier(site: _Cue, voice: Mention | None, m: int) -> tuple[Mention, ...]:
    """ "“The road is open,” a ministry source told the Valley Times.": the voice before
    "told" spoke to the outlet after it, which carried the words (an outlet, else nothing)."""
    tokens = site.tokens
    if voice is None or CUES.get(tokens[site.i][0].lower()) != "tell":
        return ()
    told = _voice(site.text, _told_name(tokens, m), site.known)
    return (told,) if told is not None and told.kind in _MEDIA_KINDS else ()


def _cited_after_cue(site: _Cue) -> tuple[Mention, ...]:
    """ "The border will reopen, state media said, quoting a military source.": the voice
    quoted stands further in the chain than the one that said it."""
    tokens = site.tokens
    for n in range(site.i + 1, len(tokens) - 1):
        if tokens[n][0].lower() in _RELAY_PARTICIPLES and tokens[n - 1][0] == ",":
            end = n + 1
            while end < len(tokens) and tokens[end][0] not in _CLAUSE_MARKS:
                end += 1
            cited = _voice(site.text, tokens[n + 1 : end], site.known)
            return (cited,) if cited is not None else ()
    return ()


def _content_after(site: _Cue, voice: Mention | None, m: int) -> RawAttribution | None:
    """The rest of the sentence after the cue is the content: "X said (that) …".

    "The minister told reporters: " at a paragraph's end leads in the next paragraph (an empty
    span here, filled by the caller); a "…, citing Y" tail and a following "…, but Z said …"
    clause are cut off.
    """
    text, tokens = site.text, site.tokens
    m, carriers = _addressee(site, m)
    carriers = carriers or _setting_carriers(site, m)
    if tokens[-1][0] == ":" and len(tokens) - 1 - m <= _LEAD_IN_WORDS:
        end = site.sentence.end
        return site.attribution(voice, (end, end), QuoteKind.DIRECT, carriers=carriers)
    m = _past_setting(site, m)
    after_start = tokens[m][1] if m < len(tokens) else tokens[site.i][2]
    span = _content(text, after_start, site.sentence.end)
    speech = CUES.get(tokens[site.i][0].lower()) in _SPEECH
    least = _MIN_CONTENT_WORDS if speech else _MIN_OBJECT_WORDS
    if span is None or (
        len(text[span[0] : span[1]].split(maxsplit=least)) < least
        and not _whole_quotation(site, span)
        and (speech or not _named_object(text, span, site))
        and text[span[0] : span[1]].lower() not in _ANSWERS
    ):
        return None
    span = _past_preposition(site, span)
    span, inner = _citing(text, tokens, span, site.known)
    span, outer = _trailing_credit(text, tokens, span, site.known)
    carriers = (*outer, *carriers)
    whole = span
    span = _joined_cut(site, _clause_end(site, _next_clause_cut(site, span), speech))
    span = _subordinate_end(site, span)
    span = _as_end(site, _occasion_end(site, span))
    if (
        span[1] - span[0] <= _LONGEST_COMPLEMENTIZER
        and text[span[0] : span[1]].lower() in _COMPLEMENTIZERS
    ):
        span = whole  # "said that, during the talks, …": the aside opens the claim, no end
    return site.attribution(voice, span, inner=inner, carriers=carriers)


#: Words in a setting before the outlet that carried the words: "in a statement carried by
#: the Valley Times", "in an interview with Radio Meridian", "in remarks to Valley TV".
_CARRIED_BY = frozenset({"by", "with", "to"})
_CARRIED_BY_WORD = re.compile(r"\b(?:by|with|to)\b", re.IGNORECASE)


#: What opens a setting that may name the outlet carrying the words: "in an interview with",
#: "during a call to", "by" ("quoted by the Valley Times").
_CARRIER_SETTINGS = frozenset({"in", "during", "on", "by"})


def _setting_carriers(site: _Cue, m: int) -> tuple[Mention, ...]:
    """The outlet named in the setting between the cue and its content, as its carrier.

    "Saree said in a statement carried by Valley TV that the drone was downed", "“…,” the
    source was quoted as saying by Valley TV": the claim reached us through Valley TV.
    """
    tokens = site.tokens
    if min(m, len(tokens)) <= site.i + 2:
        return ()  # nothing between the cue and its content
    end_at = tokens[min(m, len(tokens)) - 1][2]
    if _CARRIED_BY_WORD.search(site.text, tokens[site.i][2], end_at) is None:
        return ()  # no "by", "with" or "to" after the cue: no outlet carried it
    first = site.i + 1
    while first < len(tokens) and tokens[first][0].lower() in {"as", "saying"}:
        first += 1  # "was quoted as saying by the Valley Times"
    if first < len(tokens) and tokens[first][0].lower() not in _CARRIER_SETTINGS:
        # "“…,” said the minister in an interview with …": the occasion after the voice
        first = next((n for n in range(first, min(m, len(tokens))) if _occasion(tokens, n)), m)
    if first >= min(m, len(tokens)):
        return ()  # "…, he said, referring to the Valley Times": no setting, no carrier
    for n in range(first, min(m, len(tokens)) - 1):
        if tokens[n][0].lower() not in _CARRIED_BY:
            continue
        end = n + 1
        while end < m and tokens[end][0].lower() not in _TOLD_SETTING:
            end += 1  # "carried by the rebels' Valley television (on Monday)"
        told = _voice(site.text, tokens[n + 1 : end], site.known) if end > n + 1 else None
        if told is not None and told.kind in _MEDIA_KINDS:
            return (told,)
    return ()


#: One-word answers a voice gives: "Most farmers said yes", "Half the council said so".
_ANSWERS = frozenset({"so", "yes", "no"})


def _named_object(text: str, span: tuple[int, int], site: _Cue) -> bool:
    """Whether a stance verb's one-word object is a name: "The mayor endorsed Haddad." (a
    lower-case word alone is rather a verb's complement: "They felt betrayed."), or a person
    held by a stance verb: "The mayor endorsed him."."""
    if text[span[0]].isupper():
        return True
    held = CUES.get(site.tokens[site.i][0].lower()) in _HELD_PERSON
    return held and text[span[0] : span[1]].lower() in _OBJECT_PRONOUNS


#: Words that open a reported clause: a content cut to one of them alone was cut at an aside.
_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
#: (lower-casing makes no text shorter: a longer content is none of them)
_LONGEST_COMPLEMENTIZER = max(map(len, _COMPLEMENTIZERS))


#: Prepositions that belong to the cue, not the content: "worried about the dam" → "the dam".
_CUE_PREPOSITIONS = frozenset({"about", "of", "against"})


#: Prepositions that belong to one verb only: "called for a recount" → "a recount",
#: "referred to the dam" → "the dam", "voted for Haddad" → "Haddad".
_VERB_PARTICLES = {
    "call": frozenset({"for", "on"}),
    "refer": frozenset({"to"}),
    "respond": frozenset({"to"}),
    "reply": frozenset({"to"}),
    "vote": frozenset({"for"}),
    "agree": frozenset({"with"}),
    "hint": frozenset({"at"}),
    "ask": frozenset({"for"}),
    "point": frozenset({"to"}),
    "apologize": frozenset({"for"}),
    "insist": frozenset({"on"}),
    "balk": frozenset({"at"}),
    "push": frozenset({"for"}),
}


def _past_preposition(site: _Cue, span: tuple[int, int]) -> tuple[int, int]:
    """The content past a preposition of the cue's: "complained about the toll" → "the toll"."""
    text = site.text
    space = text.find(" ", span[0], span[0] + 8)
    if space == -1:
        return span
    word = text[span[0] : space].lower()
    particles = _VERB_PARTICLES.get(CUES.get(site.tokens[site.i][0].lower(), ""), frozenset())
    if word not in _CUE_PREPOSITIONS and word not in particles:
        return span
    if word == "about" and text[space + 1 : space + 2].isdigit():
        return span  # "said about 30 farmers left": a count, no preposition
    rest = _content(text, space + 1, span[1])
    return span if rest is None else rest


def _whole_quotation(site: _Cue, span: tuple[int, int]) -> bool:
    """Whether a content span is one quotation, however short: "told the paper, “We lost.”"."""
    return any(a == span[0] and span[1] - 1 <= b for a, b in site.quotes)


#: Conjunctions that open a clause of the writer's own after a comma: "…, but for others …".
_CONTRAST = frozenset({"but", "while", "whereas", "though", "although", "yet"})
#: -ing words that do not open a clause of their own: "…, including …".
_NOT_PARTICIPLES = frozenset(
    {"including", "according", "regarding", "concerning", "following", "notwithstanding"}
)


#: Words after a comma that open the writer's aside at the end of a content: "…, which opened
#: in May", "…, despite the rain", "…, compared with last year", "…, a blow to the valley".
_WRITER_ASIDES = frozenset({"which", "who", "whom", "where", "despite", "compared", "a", "an"})


def _last_comma(site: _Cue, n: int, end: int) -> bool:
    """Whether the comma at token n is the content's last one outside quotations."""
    tokens = site.tokens
    for k in range(n + 1, len(tokens)):
        if tokens[k][1] >= end:
            break
        if tokens[k][0] == "," and not _quoted(site, tokens[k][1]):
            return False
    return True


#: Words that open a content coordinated with a second one of the same kind: "urged the
#: council to act, and to act soon" keeps both halves.
_PARALLEL = frozenset({"that", "how", "whether", "to", "what", "why", "if"})
#: Words that open the subject of a new clause after ", and": "…, and the council voted …".
_AND_SUBJECTS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "these", "those", "some", "many", "both"}
    | {"he", "she", "they", "it", "we", "i", "there", "several", "most", "other", "others"}
)
_AND_VERBS = frozenset({*_FINITE, "were", "has", "have", "had", "did", "does", "do"})
#: The verb of that clause comes within this many tokens of its subject's first word.
_AND_WINDOW = 10


def _and_clause(site: _Cue, n: int, span: tuple[int, int]) -> bool:
    """Whether ", and" at token n opens the writer's next clause, with a subject and a verb.

    "Hamdan praised the new pumps, and the growers ordered six more" → the growers' clause is
    not what Hamdan praised; a list ("praised the pumps, the wells, and the canal") has no verb
    and stays, and so do coordinated complements ("urged them to wait, and to ask first").
    """
    tokens = site.tokens
    first = site.text[span[0] : span[0] + 12].split(" ", 1)[0].lower()
    if first in _PARALLEL or n + 2 >= len(tokens):
        return False
    head = tokens[n + 2][0]
    if head.lower() not in _AND_SUBJECTS and not head[:1].isupper():
        return False
    for k in range(n + 3, min(n + 2 + _AND_WINDOW, len(tokens))):
        word = tokens[k][0]
        if word in _CLAUSE_MARKS:
            return False
        low = word.lower()
        if low in _AND_VERBS or (low == word and (low.endswith("ed") or low in CUES)):
            return True
    return False


#: A figure: a digit, "percent" or "%".
_SHARE_WORD = re.compile(r"\d|\bpercent\b|%")


def _poll_pair(site: _Cue, span: tuple[int, int], comma: int) -> bool:
    """Whether ", while …" at ``comma`` pairs two figures of one finding, to be kept whole.

    "The survey showed 40 percent backed the toll, while 35 percent opposed it": the second
    figure is part of what the survey showed (both halves carry a figure, and the "while"
    clause has no speech verb of its own: "…, while the growers said 35 percent …" is a new
    voice and is cut as before).
    """
    text = site.text
    if not _SHARE_WORD.search(text, span[0], comma) or not _SHARE_WORD.search(text, comma, span[1]):
        return False
    return not any(
        CUES.get(word) in _SPEECH for word, start, _ in site.tokens if comma < start < span[1]
    )


#: Conjunctions after a dash that open the writer's next clause when a subject follows.
_DASH_JOINS = frozenset({"and", "or", "but", "so"})
#: Words right after a dash that open a clause of the writer's own.
_DASH_CLAUSES = frozenset({"it", "he", "she", "they", "we", "which", "where", "while"})
#: Participles after a dash that qualify the object rather than add an act.
_DASH_QUALIFIERS = frozenset({*_NOT_PARTICIPLES, "assuming", "excluding", "counting"})
#: A dash between words: an em dash, or a spaced en dash or double hyphen.
_ASIDE_DASH = re.compile(r" (?:—|--|–|―) ?|—")


def _dash_end(site: _Cue, span: tuple[int, int]) -> tuple[int, int]:
    """End a stance verb's object at a single dash that opens the writer's next clause.

    "Hamdan backed the new toll — and the council passed it a week later" → "the new toll";
    "Hamdan praised the pumps — saying they saved the harvest" → "the pumps" (the voice's next
    act). A dash that goes on with the object stays ("backed a delay — from May to June",
    "praised the pumps — and more"), and so does a pair of dashes around an aside.
    """
    text = site.text
    start, end = span[0] + 1, span[1]
    if (
        text.find("—", start, end) == -1
        and text.find(" --", start, end) == -1
        and text.find(" –", start, end) == -1
        and text.find(" ―", start, end) == -1
    ):
        return span  # no dash (most objects): str's search, not the regex's stop at every space
    for dash in _ASIDE_DASH.finditer(text, start, end):
        if _quoted(site, dash.start()):
            continue
        if _ASIDE_DASH.search(text, dash.end(), span[1]) or _ASIDE_DASH.search(
            text, site.sentence.start, span[0]
        ):
            return span  # a pair of dashes sets off an aside inside the content
        after, *rest = text[dash.end() : dash.end() + 40].split(None, 2)[:2] or [""]
        if after in _DASH_JOINS:
            after = rest[0] if rest else ""
            if after.lower() not in _AND_SUBJECTS and not after[:1].isupper():
                if not (after.endswith("ing") and after.islower()):
                    return span  # "— and more", "— but flipped …": the object goes on
        elif after not in _DASH_CLAUSES and not (
            after.endswith("ing") and after.islower() and after not in _DASH_QUALIFIERS
        ):
            return span  # "a delay — from May to June": the object goes on
        cut = _content(text, span[0], dash.start())
        return span if cut is None else cut
    return span


def _clause_end(site: _Cue, span: tuple[int, int], speech: bool) -> tuple[int, int]:
    """End the content where the reported clause ends, outside quotations.

    At a semicolon, at ", but …" (unless a speech verb's clause goes on: see _contrast_goes_on)
    and at ", -ing …" (the voice's own next act): "Hamdan denied
    the claims, pointing to the rainfall" → "the claims"; "Haddad said the wells were dry;
    the council disagreed" → "the wells were dry". A stance verb's content is its object, up
    to a writer's aside: "Hamdan endorsed Selim, a farmer from Riverton" → "Selim"; a "who"
    clause that closes the content is an aside too ("Hamdan thanked Selim, who built the
    mill" → "Selim"), but one inside it stays: "Hamdan praised Selim, who built the mill,
    as a friend of the valley" (what is praised runs past it). The writer's next clause
    after ", and" or a dash ends a stance verb's content as well (see _and_clause,
    _dash_end); two figures joined by ", while" are one finding (see _poll_pair). A speech
    verb's runs to the last comma only: "Haddad said the mill would close, despite the new
    orders" → "the mill would close" ("said the mill, which opened in May, would close" is
    kept whole).
    """
    tokens, text = site.tokens, site.text
    if not speech and text[span[0] : span[0] + 12].split(" ", 1)[0].lower() not in _PARALLEL:
        span = _dash_end(site, span)  # ("found that … — and that …" goes on: see _PARALLEL)
    if text.find(",", span[0] + 1, span[1]) == -1 and text.find(";", span[0] + 1, span[1]) == -1:
        return span  # no comma or semicolon inside the content
    first = tokens[site.i + 1][1] if site.i + 1 < len(tokens) else span[1]
    # The commas and semicolons after the cue inside the content, none the sentence's last token.
    for n in _mark_tokens(text, tokens, _COMMA_OR_SEMICOLON, max(first, span[0] + 1), span[1]):
        if n >= len(tokens) - 1:
            break
        word, start, _ = tokens[n]
        if any(a < start < b for a, b in site.quotes):
            continue
        after = tokens[n + 1][0]
        if (
            (
                word == ","
                and after.lower() in _WRITER_ASIDES
                and (_last_comma(site, n, span[1]) if speech or after.lower() in _WHO else True)
            )
            or word == ";"
            or (word == "," and after == "and" and not speech and _and_clause(site, n, span))
            or (
                after in _CONTRAST
                and not (after == "while" and _poll_pair(site, span, start))
                and not (speech and _contrast_goes_on(site, n))
                and not (after == "but" and _but_goes_on(site, n, span))
            )
            or (after.endswith("ing") and after[:1].islower() and after not in _NOT_PARTICIPLES)
        ):
            cut = _content(site.text, span[0], start)
            return span if cut is None else cut
    return span


#: What goes on after ", but": a second "that", "rather", "also" ("not a toll, but rather …").
_BUT_GOING_ON = frozenset({"that", "rather", "also"})
#: The first half of a "not only …, but …" pair before the comma.
_NOT_ONLY = re.compile(r" not (?:just|only|merely|simply) ")


def _but_goes_on(site: _Cue, n: int, span: tuple[int, int]) -> bool:
    """Whether ", but" at the comma n goes on with what any cue reports.

    "Hamdan believes the wells are dry, but that rain may come" (a second "that"), "promised
    not just a pump, but the whole canal" (a "not only …, but …" pair): one view, kept whole;
    "…, but the council disagreed" is the writer's next clause.
    """
    tokens = site.tokens
    if n + 2 >= len(tokens):
        return False
    if tokens[n + 2][0] in _BUT_GOING_ON:
        return True
    return _NOT_ONLY.search(site.text, span[0] - 1, tokens[n][1]) is not None


#: Contrast words after which a speech verb's clause may go on: ", but that …", ", though not …".
_GOING_ON = frozenset({"but", "though", "although", "yet"})
#: Words after the contrast that open the writer's setting for a clause of its own: "…, but
#: for the farmers it is the price that hurts".
_SETTING_OPENERS = frozenset({*_PREPOSITIONS, "for"})


def _contrast_goes_on(site: _Cue, n: int) -> bool:
    """Whether ", but …" at the comma n goes on with what a speech verb reports.

    "Haddad said the well was deep, but that the pump was old" (a second "that"),
    "…, but kept the gate open" (the reported subject's second verb), "…, though not before
    May": still the voice's words. A new subject ("…, but the council disagreed"), a setting
    of its own ("…, but for the farmers …") or "while"/"whereas" opens the writer's own clause
    and ends the content.
    """
    tokens = site.tokens
    if n + 2 >= len(tokens) or tokens[n + 1][0] not in _GOING_ON:
        return False
    following = tokens[n + 2][0]
    return following == "that" or (
        following.islower()
        and following.isalpha()
        and following not in _AND_SUBJECTS
        and following not in _SETTING_OPENERS
    )


#: Words that open a sentence with a clause of its own before the main one: "While X says …, …".
_SUBORDINATORS = frozenset(
    {
        "while",
        "although",
        "though",
        "because",
        "if",
        "since",
        "whereas",
        "as",
        "even",
        "unless",
        "when",
        "after",
        "before",
        "once",
    }
)


def _past_mid_clause(
    site: _Cue, j: int, k: int, before: list[tuple[str, int, int]]
) -> tuple[int, list[tuple[str, int, int]]]:
    """The voice candidate from after a subordinator inside the sentence, when the whole
    candidate reads as a voice: "The remarks came a day after state media reported …" → "state
    media" (a capital or an article opens it; a participle cue is left as it was)."""
    cut = next((n for n in range(len(before) - 2, 0, -1) if before[n][0] in _MID_CLAUSE), None)
    if cut is None or site.tokens[j][0].endswith("ing"):
        return k, before
    opening = before[cut + 1][0]
    if not (opening[:1].isupper() or opening in {"the", "a", "an"}):
        return k, before
    if _voice(site.text, before, site.known) is None:
        return k, before
    return k + cut + 1, before[cut + 1 :]


#: Lower-case subordinators that open a clause inside a sentence, before its subject: "… a
#: day after state media reported …" ("as", "if", "even" and "once" also open phrases of a
#: voice: "a once powerful official").
_MID_CLAUSE = (_SUBORDINATORS - {"as", "if", "even", "once"}) | {"until"}


def _subordinate_end(site: _Cue, span: tuple[int, int]) -> tuple[int, int]:
    """End the content of a cue in an opening subordinate clause at that clause's comma.

    "While Hamdan says the dam is safe, engineers doubt it" → "the dam is safe": the clause
    after the comma is the writer's main clause, not the voice's.
    """
    tokens = site.tokens
    if tokens[0][0].lower() not in _SUBORDINATORS:
        return span
    if any(tokens[n][0] in _CLAUSE_MARKS for n in range(1, site.i)):
        return span  # a comma before the cue: the cue is in the main clause
    for n in range(site.i + 1, len(tokens) - 1):
        start = tokens[n][1]
        if start >= span[1]:
            break
        if start > span[0] and tokens[n][0] == "," and not _quoted(site, start):
            cut = _content(site.text, span[0], start)
            return span if cut is None else cut
    return span


def _joined_cut(site: _Cue, span: tuple[int, int]) -> tuple[int, int]:
    """End the content before a second reporting verb of the same voice, outside quotations.

    "Hamdan praised the new mill and warned that the river was low" → "the new mill": the
    second verb is an attribution of its own (see _coordinated). A bare form after "and" is
    more often a noun ("… and support"), so only an inflected one counts.
    """
    text = site.text
    if text.find(" and ", *span) == -1 and text.find(" but ", *span) == -1:
        return span
    for joined in _JOINED.finditer(text, span[0], span[1]):
        verb = joined[1]
        base = CUES.get(verb)
        if base is None or verb == base or verb.endswith("ing"):
            continue
        at = joined.start()
        if site.quotes and any(a < at < b for a, b in site.quotes):
            continue
        cut = _content(text, span[0], at)
        return span if cut is None else cut
    return span


#: "and"/"but" and the verb after it (past an auxiliary or "also"): "… and warned", "…, but
#: has said". (The match starts at the space before the conjunction; a comma before it is
#: trimmed off the content.)
_JOINED = re.compile(
    r" (?:and|but) (?:(?:also|later|then|has|had|have|was|is|would|will|did) )?([a-z]+)\b"
)


def _past_setting(site: _Cue, m: int) -> int:
    """Past a short setting and its comma or colon before a quotation: "told reporters in
    Riverton last week, “…”" → the quotation; "said, “…”", "said of the mayor: “…”" → the
    quotation."""
    tokens, text = site.tokens, site.text
    last = min(m + max(_LEAD_IN_WORDS + 2, _SETTING_WORDS), len(tokens) - 1)
    if last <= m or (
        text.find(",", tokens[m][1], tokens[last - 1][2]) == -1
        and text.find(":", tokens[m][1], tokens[last - 1][2]) == -1
    ):
        return m  # both readings below need a comma (the first a colon, too)
    for n in range(m, min(m + _LEAD_IN_WORDS + 2, len(tokens) - 1)):
        if tokens[n][0] in {",", ":"} and any(a == tokens[n + 1][1] for a, _ in site.quotes):
            return n + 1
        if tokens[n][0] in _CLAUSE_MARKS or tokens[n][0].lower() in {"that", "whether", "if"}:
            break
    # "said Thursday during a taping of a town hall in Riverton, New York, that …"
    for n in range(m, min(m + _SETTING_WORDS, len(tokens) - 1)):
        if tokens[n][0] == "," and tokens[n + 1][0].lower() == "that":
            return n + 1
        if tokens[n][0].lower() in {"that", "whether", "if"} or tokens[n][0] in {";", ":"}:
            break
    return m


#: A setting between the cue and ", that …" has at most this many tokens.
_SETTING_WORDS = 16


def _addressee(site: _Cue, m: int) -> tuple[int, tuple[Mention, ...]]:
    """Past the one told, up to a colon or "that": "A source told Radio Meridian: “…”".

    The content starts after the colon (or at "that"); an outlet told is the carrier the voice
    reached us through (Radio Meridian ← the source). "told his audience: …" has no carrier.
    """
    tokens = site.tokens
    if CUES.get(tokens[site.i][0].lower()) != "tell":
        return m, ()
    colon = next(
        (n for n in range(m, min(m + _LEAD_IN_WORDS, len(tokens))) if tokens[n][0] == ":"), None
    )
    if colon is None:
        past = _past_addressee(tokens, m)
        named = m
        while named < past and tokens[named][0].lower() not in _TOLD_SETTING:
            named += 1  # "the Valley Times on Monday": the one told, not the time
        told = _voice(site.text, tokens[m:named], site.known) if named > m else None
        # "told the Valley Times that …": the outlet told carries the voice's words
        return past, (told,) if told is not None and told.kind in _MEDIA_KINDS else ()
    if colon == m:
        return m, ()
    told = _voice(site.text, tokens[m:colon], site.known)
    carriers = (told,) if told is not None and told.kind in _MEDIA_KINDS else ()
    # A colon ending the sentence stays for the lead-in: the next paragraph is the content.
    return (colon if colon + 1 == len(tokens) else colon + 1), carriers


#: Words that end the one told and open a setting: "told the Valley Times on Monday that".
_TOLD_SETTING = frozenset({*_SETTING_PREPOSITIONS, *_WHEN, *_PERIOD_OPENERS, "that", ","})


def _past_addressee(tokens: Sequence[tuple[str, int, int]], m: int) -> int:
    """Past the one told: "told the Valley Times (on Monday) that …" → "that …".

    A capitalised addressee ("told Politico the mill would close") is skipped to its end.
    """
    for n in range(m, min(m + _LEAD_IN_WORDS + 2, len(tokens))):
        if tokens[n][0].lower() == "that":
            return n
        if tokens[n][0] in _CLAUSE_MARKS or tokens[n][0] in '"“”«»':
            break
    n = m + (m < len(tokens) and tokens[m][0].lower() == "the")
    end = n
    while end < len(tokens) and tokens[end][0][:1].isupper():
        end += 1
    if end > n:
        return end if end < len(tokens) and tokens[end][0][:1].islower() else m
    return _past_media(tokens, n) or m


#: A medium told in lower case is named in at most this many words: "the state-run television".
_TOLD_MEDIUM_WORDS = 3


def _past_media(tokens: Sequence[tuple[str, int, int]], n: int) -> int:
    """Past a medium told in lower case ("told state television the army had withdrawn" →
    "the army …"), or 0 when none is told there ("told the press conference", "told radio
    host X")."""
    for k in range(n, min(n + _TOLD_MEDIUM_WORDS, len(tokens) - 1)):
        word = tokens[k][0]
        if not word[:1].islower():
            return 0
        if word in _MEDIA:
            # a clause after it opens with a determiner or a pronoun ("radio host X": no clause)
            following = tokens[k + 1][0]
            return k + 1 if following in _DETERMINERS or following in _PRONOUNS else 0
    return 0


#: In "…, but Y said …" the cue follows the comma within this many tokens (a short voice).
_NEXT_VOICE_WORDS = 5


def _up_to_clause(tokens: Sequence[tuple[str, int, int]], m: int) -> Sequence[tuple[str, int, int]]:
    """The tokens from m to the next clause mark: the voice of an inverted cue.

    "“We will reopen it,” said Fadi Selim, the interior minister, on Monday." → "Fadi Selim".
    """
    end = m
    while end < len(tokens) and tokens[end][0] not in _CLAUSE_MARKS:
        if tokens[end][0] in _OCCASION_OPENERS and _occasion(tokens, end):
            break
        end += 1
    return tokens[m:end]


#: Nouns of the occasion a voice spoke on: "said X in an interview with …".
_OCCASIONS = frozenset(
    {
        *{"interview", "statement", "speech", "briefing", "message", "post", "tweet", "letter"},
        *{"video", "call", "remarks", "comments", "address", "conference", "television"},
    }
)


#: Words that open the occasion of a speech, as written: "in an interview", "During a call".
_OCCASION_OPENERS = frozenset({"in", "during", "at", "In", "During", "At"})


def _occasion(tokens: Sequence[tuple[str, int, int]], n: int) -> bool:
    """Whether the tokens at n open the occasion of a speech: "in an interview", "during a
    briefing" ("said the minister in an interview with …": the voice ends before it)."""
    if tokens[n][0].lower() not in {"in", "during", "at"} or n + 2 >= len(tokens):
        return False
    return tokens[n + 1][0].lower() in _DETERMINERS and tokens[n + 2][0].lower() in _OCCASIONS


#: "as he …" / "as she …": the writer's account of what the voice was doing meanwhile.
_AS_DOING = re.compile(r" as (?:he|she) [a-z]+")


def _as_end(site: _Cue, span: tuple[int, int]) -> tuple[int, int]:
    """End the content before "as he/she …" that closes it, outside quotations.

    "Nasser praised the growers as he toured the mill" → "the growers": the clause tells
    what the voice was doing meanwhile. One set off as an aside ("…, as he has before, …")
    sits inside the content and stays.
    """
    text = site.text
    if text.find(" as ", span[0] + 1, span[1]) == -1:
        return span  # (most contents have none: str's search is faster than the regex's)
    for found in _AS_DOING.finditer(text, span[0] + 1, span[1]):
        if text[found.start() - 1] == "," and text.find(",", found.end(), span[1]) != -1:
            return span  # "…, as he had done in May, …": an aside
        if not _quoted(site, found.start()):
            cut = _content(text, span[0], found.start())
            return span if cut is None else cut
    return span


def _occasion_end(site: _Cue, span: tuple[int, int]) -> tuple[int, int]:
    """End the content before the occasion the voice spoke on, after its first word.

    "Nasser called the toll “a theft” in a statement on Friday" → "the toll “a theft”": "in a
    statement …" says where the words were given, not what was said (see _occasion). One
    inside a quotation is the speaker's own, and one before "that …" opens what was said.
    """
    text = site.text
    first = text.find(" ", span[0], span[1])
    if first == -1 or not _may_name_occasion(text[first : span[1]]):
        return span
    for found in _OCCASION_PHRASE.finditer(text, first, span[1]):
        if text.find(" that ", found.end(), span[1]) != -1:
            return span  # "expressed doubt in an interview that …": what was said follows
        if not _quoted(site, found.start()):
            cut = _content(text, span[0], found.start())
            return span if cut is None else cut
    return span


#: An occasion as _occasion reads it, found in one scan of the text: "in an interview".
_OCCASION_PHRASE = re.compile(
    rf"(?i)(?<![\w’'-])(?:in|during|at)\s+(?:{'|'.join(sorted(_DETERMINERS))})\s+"
    rf"(?:{'|'.join(sorted(_OCCASIONS))})(?![\w’'-])"
)


def _may_name_occasion(chunk: str) -> bool:
    """Whether _OCCASION_PHRASE may match in a piece of text: in ASCII text only where an
    occasion noun is written, in any case (for speed: a case-blind regex tries every character,
    str's search skips; outside ASCII a case-blind match may take other letters, "K" for "k")."""
    if not chunk.isascii():
        return True
    lowered = chunk.lower()
    return any(map(lowered.__contains__, _OCCASIONS))  # (a plain C loop)


def _next_clause_cut(site: _Cue, span: tuple[int, int]) -> tuple[int, int]:
    """End the content where a new clause with its own voice and cue begins: "…, but Y said …".

    A comma inside a quotation is the speaker's own: "X said, “In many ways, the river is like
    a thief.”" is not cut at "the river is like".
    """
    text, tokens, known = site.text, site.tokens, site.known
    if site.i + 2 >= len(tokens) or text.find(",", tokens[site.i + 2][1], span[1]) == -1:
        return span  # no comma to cut at
    # The comma tokens from the second token after the cue to the end of the content.
    for n in _mark_tokens(text, tokens, _COMMA, tokens[site.i + 2][1], span[1]):
        if any(a < tokens[n][1] < b for a, b in site.quotes):
            continue
        k = n + 1
        if k < len(tokens) and tokens[k][0].lower() in {"and", "but", "while", "whereas"}:
            k += 1
        for cue_at in range(k + 1, min(k + _NEXT_VOICE_WORDS, len(tokens))):
            base = CUES.get(tokens[cue_at][0].lower())
            if base and tokens[cue_at][0][:1].islower():
                if _noun_cue(tokens, cue_at, base):
                    break  # "…, and the broad support for her …": a noun, no new voice
                phrase = tokens[k:cue_at]
                if _voice(text, phrase, known) is not None or _pronoun(phrase):
                    cut = _content(text, span[0], tokens[n][1])
                    return cut if cut is not None else span
                break
    return span


def _noun_cue(tokens: Sequence[tuple[str, int, int]], i: int, base: str) -> bool:
    """Whether a cue word that is more often a noun stands without a subject: "the broad
    support", "a new plan" (see _HOMOGRAPHS)."""
    if base not in _HOMOGRAPHS:
        return False
    return not _subject_before(tokens, i)


#: Participles that relay a further voice at the end of a content: "…, citing officials".
_RELAY_PARTICIPLES = frozenset({"citing", "quoting"})


def _citing(
    text: str, tokens: Sequence[tuple[str, int, int]], span: tuple[int, int], known: Known
) -> tuple[tuple[int, int], tuple[Mention, ...]]:
    """ "…, citing X" / "…, quoting X" at the end of the content: X is a voice further in."""
    rest = text[span[0] : tokens[-1][2]].lower() if tokens else ""
    if not any(map(rest.__contains__, _RELAY_PARTICIPLES)):
        return span, ()
    for n, (word, start, _) in enumerate(tokens):
        if not span[0] < start < span[1] or word.lower() not in _RELAY_PARTICIPLES:
            continue
        if n == 0 or tokens[n - 1][0] != ",":
            continue
        end = n + 1
        while (
            end < len(tokens) and tokens[end][1] < span[1] and tokens[end][0] not in _CLAUSE_MARKS
        ):
            end += 1
        voice = _cited_voice(text, tokens, n, end, known)
        if voice is not None:
            cut = _content(text, span[0], tokens[n - 1][1])
            if cut is not None:
                return cut, (voice,)
    return span, ()


#: Cue words of an outlet credited at a sentence's end: "…, the Valley Times reported."
_CREDIT_CUES = frozenset({"reported", "reports", "said", "says", "added", "quoted"})
#: A credit after the content is at most this many tokens: ", the official Valley news agency
#: reported on Monday".
_CREDIT_TOKENS = 9
#: Characters at the end of a content that can hold such a credit (9 tokens of a long name).
_CREDIT_CHARS = 160


def _trailing_credit(
    text: str, tokens: Sequence[tuple[str, int, int]], span: tuple[int, int], known: Known
) -> tuple[tuple[int, int], tuple[Mention, ...]]:
    """ "X said the talks would resume, the official Valley news agency reported.": the outlet
    at the end carried X's words; it leaves the content and stands before X in the chain."""
    tail = text[max(span[0], span[1] - _CREDIT_CHARS) : span[1] + 2]
    if "," not in tail or not any(cue in tail for cue in _CREDIT_CUES):
        return span, ()
    inside = [n for n, t in enumerate(tokens) if span[0] <= t[1] and t[2] <= span[1]]
    if len(inside) < _CREDIT_TOKENS:
        return span, ()
    last = inside[-1] + (inside[-1] + 1 < len(tokens) and tokens[inside[-1] + 1][0] in ".!")
    for n in range(last - 1, max(inside[0], last - _CREDIT_TOKENS), -1):
        if tokens[n][0].lower() in _CREDIT_CUES:
            comma = next((c for c in range(n - 1, inside[0], -1) if tokens[c][0] == ","), None)
            if comma is None or n - comma < 2:
                return span, ()
            voice = _voice(text, tokens[comma + 1 : n], known)
            cut = _content(text, span[0], tokens[comma][1])
            if voice is None or voice.kind not in _MEDIA_KINDS or cut is None:
                return span, ()
            return cut, (voice,)
    return span, ()


def _pronoun(tokens: Sequence[tuple[str, int, int]]) -> bool:
    """Whether the tokens are one personal pronoun, after a leading conjunction: "but she"."""
    words = [t[0].lower() for t in tokens if t[0][0].isalnum()]
    while words and words[0] in _LEADERS:
        words = words[1:]
    return (len(words) == 1 and words[0] in _PRONOUNS) or _clause_then_pronoun(words)


#: Subject pronouns that end a clause before the cue: "… because she said", "… it reads".
_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "it"})


def _clause_then_pronoun(lowered: Sequence[str]) -> bool:
    """Whether a voice phrase is a clause of the writer's ending in a subject pronoun: "The
    mayor vetoed the bill because she (said …)", "At the bottom it (reads …)": the pronoun is
    the voice."""
    return len(lowered) > 1 and lowered[-1] in _SUBJECTS and lowered[-2] not in {"and", "or"}


#: After "…, said" only a voice follows when the rest, up to a comma, is at most this many words
#: (as many as a voice phrase may have); more is a clause of its own.
_TAIL_VOICE_WORDS = 9


def _only_voice(text: str, tokens: Sequence[tuple[str, int, int]], known: Known) -> bool:
    """Whether the tokens are a voice (or a pronoun) and nothing else: "…," said the minister."""
    words = [t for t in tokens if t[0][0].isalnum()]
    # "…, said one former official who asked not to be named": the voice ends at "who".
    cut = next((n for n, t in enumerate(words) if n and t[0] in _CLAUSE_WORDS), len(words))
    words = words[:cut]
    if not 0 < len(words) <= _TAIL_VOICE_WORDS or _setting_word(words[0][0]):
        return False
    if len(words) > 1 and words[0][0].lower() in _PRONOUNS:
        return False  # "… says he can win": a clause after the cue, not the voice "he"
    if any(_clause_verb(w[0]) for w in words[1:]) or words[-1][0].lower() in _WEEKDAYS:
        return False  # "… said his boss was kind", "… said the convoy left on Friday": clauses
    return _voice(text, words, known) is not None or _pronoun(words)


#: Finite verbs that make the words after a cue a clause: "said his boss was kind".
_CLAUSE_VERBS = frozenset({*_FINITE, "were", "has", "have", "had", "did", "does", "do"})


def _clause_verb(word: str) -> bool:
    """A finite verb, or a lower-case past form of a cue verb ("offered")."""
    return word in _CLAUSE_VERBS or (word.endswith("ed") and word in CUES)


#: Abbreviations whose period ends no voice: "Mr.", "Sen.", a middle initial "B.".
_ABBREVIATIONS = WORDS.abbreviations


def _according(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    i: int,
    known: Known,
    quotes: Sequence[tuple[int, int]],
) -> RawAttribution | None:
    """ "according to X, …" or "…, according to X"."""
    start = i + 2
    end = start
    bracket = _open_bracket(tokens, i)
    while (
        end < len(tokens)
        and tokens[end][0] not in _CLAUSE_MARKS
        and (
            tokens[end][0] != "."
            or (end + 1 < len(tokens) and tokens[end + 1][0][:1].islower())
            or (end + 1 < len(tokens) and tokens[end - 1][0] in _ABBREVIATIONS)
        )
        and (bracket is None or tokens[end][0] != ")")
    ):
        end += 1  # (past the period of "Mr.", "Omar B.", "U.S.": "according to Mr. Nasser")
    # "according to a new poll that shows …": the voice ends before its relative clause.
    relative = next((n for n in range(start + 1, end) if tokens[n][0] in _CLAUSE_WORDS), end)
    start = _issuer_at(tokens, start, relative)
    voice = _voice(text, tokens[start:relative], known) or _record(text, tokens[start:relative])
    if voice is None:
        return None
    cue_end = tokens[i + 1][2]
    if _set_off(tokens, i, end):
        span = _content(text, sentence.start, sentence.end)
    elif i > 0 and tokens[i - 1][1] - sentence.start > _MIN_HEAD_CHARS:
        # "… (the true share is near 15 percent, according to the board)": the bracket's clause
        head = tokens[bracket][2] if bracket is not None else sentence.start
        span = _content(
            text,
            head,
            tokens[i - 1][1] if tokens[i - 1][0] in _CLAUSE_MARKS else tokens[i][1],
        )
    else:
        span = _content(text, tokens[end][2] if end < len(tokens) else sentence.end, sentence.end)
    if span is None:
        return None
    return _asserted(voice, text[tokens[i][1] : cue_end], tokens[i][1], cue_end, span, quotes)


#: A piece of news its issuer put out: "according to a report by X" is according to X.
_ISSUED = frozenset({"report", "reports", "statement", "statements", "article", "story"})
#: Words between such a piece and its issuer ("a report by", "an article in", "a statement
#: from"; not "a report on", which names its subject).
_ISSUED_BY = frozenset({"by", "in", "from"})


def _issuer_at(tokens: Sequence[tuple[str, int, int]], start: int, end: int) -> int:
    """Where the voice of "according to" starts among tokens[start:end]: past "a report by"
    or "a statement from" when a name follows ("according to a report by the Coast Herald"
    is the paper's account, as "according to the Coast Herald" is); else ``start``."""
    at = start + (tokens[start][0].lower() in {"a", "an", "the"} if start < end else 0)
    if at + 2 >= end or tokens[at][0].lower() not in _ISSUED:
        return start
    if tokens[at + 1][0] not in _ISSUED_BY:
        return start
    named = at + 2 + (tokens[at + 2][0] == "the" and at + 3 < end)
    return at + 2 if tokens[named][0][:1].isupper() else start


def _open_bracket(tokens: Sequence[tuple[str, int, int]], i: int) -> int | None:
    """The "(" before token i that is still open there (no ")" between), or None."""
    for n in range(i - 1, -1, -1):
        if tokens[n][0] == ")":
            return None
        if tokens[n][0] == "(":
            return n
    return None


#: Head nouns of a record or a count a figure is credited to: "according to county records".
_RECORDS = frozenset(
    """records returns data documents filings figures estimates statistics results numbers
    tally tallies count counts report reports study studies analysis survey surveys poll polls
    census transcript transcripts logs projections calculations findings""".split()
)
#: Words that tie a record's head noun to its issuer: "data from the farm board".
_RECORD_TIES = frozenset({"from", "by", "of", "on", "for", "at", "in"})
#: A record is named in at most this many words before its issuer: "his campaign finance
#: documents".
_RECORD_WORDS = 6


def _record(text: str, tokens: Sequence[tuple[str, int, int]]) -> Mention | None:
    """A lower-case record or count as the voice of "according to": "…, according to the
    county's land records." / "according to early and partial returns" (a document, no
    person: it counts for no one's independent account)."""
    words = [t for t in tokens if t[0][:1].isalnum()]
    tie = next((n for n, w in enumerate(words) if w[0] in _RECORD_TIES), len(words))
    if not 0 < tie <= _RECORD_WORDS or words[tie - 1][0].lower() not in _RECORDS:
        return None
    if any(w[0].lower() in _FINITE or w[0].lower() in _AUX for w in words):
        return None
    start, end = words[0][1], words[-1][2]
    surface = text[start:end]
    return Mention(surface, start, end, romanize(surface), "", SourceKind.DOCUMENT)


#: The clause around a set-off "according to X" has at least this many words on each side:
#: "Turnout, according to the clerk, fell by half."
_AROUND_ACCORDING = 1
#: A word alone before a set-off "according to X" that links to the sentence before, no subject.
_LINKING = frozenset({*_DISCOURSE, *_CONTRAST, "now", "and", "so", "or", "then", "today", "here"})


def _set_off(tokens: Sequence[tuple[str, int, int]], i: int, end: int) -> bool:
    """ "A, according to X, b …": the phrase sits inside the clause, which is the content.

    "The new dam, according to the engineers, will hold" → the whole sentence.
    """
    if i == 0 or tokens[i - 1][0] != "," or end >= len(tokens) or tokens[end][0] != ",":
        return False
    if end + 1 < len(tokens) and _new_clause(tokens[end + 1][0]):
        return False  # "A, according to X, who …" / "…, although …": A ends at the phrase
    if _appositive_to_end(tokens, end + 1):
        return False  # "A, according to X, a war monitor.": X described, A ends at the phrase
    words_before = [t[0].lower() for t in tokens[: i - 1] if t[0][:1].isalnum()]
    words_after = sum(1 for t in tokens[end + 1 :] if t[0][:1].isalnum())
    if len(words_before) == 1 and (words_before[0] in _LINKING or words_before[0].endswith("ly")):
        return False  # "Now, according to X, …", "But, according to X, …": no subject before
    return len(words_before) >= _AROUND_ACCORDING and words_after >= _AROUND_ACCORDING


#: Determiners that open a description of the voice set off after it: "…, a war monitor."
_APPOSITIVE_OPENERS = frozenset({"a", "an", "the"})


def _appositive_to_end(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Whether the tokens from k to the sentence's end describe the voice before them: "a
    Britain-based war monitor" (a determiner, then no verb before the end)."""
    words = [t[0] for t in tokens[k:] if t[0][:1].isalnum()]
    if not words or words[0].lower() not in _APPOSITIVE_OPENERS:
        return False
    return not any(
        w.lower() in _FINITE or w.lower() in CUES or (w.endswith("ed") and "-" not in w)
        for w in words
    )


#: Words after "A, according to X," that start a clause of their own (or X's relative
#: clause), so that A is the whole content: "…, according to the survey, although …".
_CLAUSE_OPENERS = frozenset(
    """who which whose whom where although though but and while whereas as because so even
    despite with after before when including""".split()
)


def _new_clause(word: str) -> bool:
    """Whether a word after a comma opens a new clause: "although", "who", "adding"."""
    return word in _CLAUSE_OPENERS or _participle_word(word)


#: A straight double quote that opens a quotation: at a line's start or after a space or a
#: bracket or dash.
_OPENS_AFTER = frozenset(" \t([—–-")


def _curled(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each straight double quote of a line that also has curly ones made curly,
    and the spans of the lines changed.

    Some papers close a “ with " (or open with " and close with ”): "“The wells are dry," she
    said. "Rain is late.”" pairs the first mark with the last and swallows "she said". A
    straight mark after a space opens (“), any other closes (”). One character for one, so
    every offset stays the same.
    """
    if '"' not in text or ("“" not in text and "”" not in text):
        return text, []
    pieces: list[str] = []
    changed: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if '"' in line and ("“" in line or "”" in line):
            line = _curl_line(line)
            changed.append((pos, pos + len(line)))
        pieces.append(line)
        pos += len(line) + 1
    return ("\n".join(pieces), changed) if changed else (text, [])


def _curl_line(line: str) -> str:
    """One line's straight double quotes made curly: opening after a space, closing otherwise."""
    return "".join(
        ("“" if i == 0 or line[i - 1] in _OPENS_AFTER else "”") if ch == '"' else ch
        for i, ch in enumerate(line)
    )


def _split_again(
    text: str, sentences: Sequence[Sentence], lines: Sequence[tuple[int, int]]
) -> list[Sentence]:
    """The sentences of curled lines split again: a quotation closed by "," no longer hides the
    sentence ends after it ("… she said. “Rain is late.”")."""
    out: list[Sentence] = []
    for sentence in sentences:
        if not any(a <= sentence.start < b for a, b in lines):
            out.append(sentence)
            continue
        pieces = split_sentences(text[: sentence.end], sentence.start)
        out.extend(replace(piece, paragraph=sentence.paragraph) for piece in pieces)
    return out


#: The paragraph index given to the headline's sentences (the body's count from 0).
HEADLINE = -1


def _with_headline(text: str, sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """The body's sentences after the headline, when the text opens with one line before them.

    A headline reports as a sentence does ("Hamdan Vows to Reopen the Mill"; "Hamdan: the Mill
    Will Reopen"): it is read first, as a paragraph of its own.
    """
    if not sentences:
        return sentences
    line_end = text.find("\n")
    if line_end <= 0 or line_end >= sentences[0].start:
        return sentences
    # A text file may label its first line ("Title: …"): the headline is the value, and a
    # line labelled otherwise ("Publisher: …") is none.
    field = header_field(text[:line_end])
    if field is not None and field[0] != "title":
        return sentences
    pieces = split_sentences(text[:line_end], field[1] if field else 0)
    return [*(replace(p, paragraph=HEADLINE) for p in pieces), *sentences]


#: A place in capitals and a colon opening a story: "RIVERTON: The council said …".
_COLON_DATELINE = re.compile(r"[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}:\s+(?=[A-Z\"“])")


def _colon_dateline(text: str, sentence: Sentence) -> re.Match[str] | None:
    """A dateline of a place and a colon ("PORT SELIM: …"), not a link line ("READ ALSO: …")."""
    found = _COLON_DATELINE.match(text, sentence.start, sentence.end)
    if found is None or not _CHROME.isdisjoint(found.group().rstrip(": \n").lower().split()):
        return None
    return found


#: A line of a transcript opening with its speaker's name in capitals and a colon.
_TURN_LABEL = re.compile(r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s", re.MULTILINE)


def _speaker_turn(text: str, sentences: Sequence[Sentence], n: int, label: re.Match[str]) -> bool:
    """Whether a capitals-and-colon opening is a speaker's turn in a transcript, not a dateline.

    "NASSER: Will the dam hold?" / "HADDAD: It will.": past the story's first paragraph, in a
    text whose lines open with two or more such names, the name is a voice (the colon credit
    reads it); "RIVERTON: The council said …" opening the story stays a dateline.
    """
    first = next((s.paragraph for s in sentences if s.paragraph >= 0), 0)
    if sentences[n].paragraph <= first or text[label.start() - 1 : label.start()] not in {"", "\n"}:
        return False
    names = {found[1].split()[-1] for found in _TURN_LABEL.finditer(text)}
    return len(names) > 1


def _past_datelines(text: str, sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """Sentences that open with a wire dateline, started after it: "RIVERTON (Reuters) - Omar
    Nasser said …" is read as "Omar Nasser said …", so the place and the agency are no voice."""
    out: list[Sentence] | None = None
    for n, sentence in enumerate(sentences):
        if not text[sentence.start : sentence.start + 2].isupper():
            continue  # a dateline opens with a place name in capitals
        dateline = ENGLISH_DATELINE.match(text, sentence.start, sentence.end)
        if dateline is None:
            dateline = _colon_dateline(text, sentence)
            if dateline is not None and _speaker_turn(text, sentences, n, dateline):
                continue  # "NASSER: Will the dam hold?" in a transcript: a voice, no place
        if dateline is not None and dateline.end() < sentence.end:
            out = list(sentences) if out is None else out
            out[n] = Sentence(dateline.end(), sentence.end, sentence.paragraph)
    return sentences if out is None else out


#: An office set off by commas beside a name has at most this many words: "a spokesman for the
#: United Nations refugee agency in Geneva".
_OFFICE_WORDS = 12
#: What may open an office set off beside a name, besides a title word or a capital.
_OFFICE_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_PEOPLE_KINDS = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL})


def _titled(
    text: str, tokens: Sequence[tuple[str, int, int]], raw: RawAttribution
) -> RawAttribution:
    """The attribution with its named voice's office, set off by commas beside the name, as
    the voice's descriptor.

    "Omar Nasser, a spokesman for the United Nations, said …", "…, said Omar Nasser, the
    ministry's spokesman." and "A spokesman for the ministry, Omar Nasser, said …" read as
    "ministry spokesman Omar Nasser" does: the person speaks for the body his office names.
    """
    voice = raw.source
    if voice is None or voice.descriptor or voice.kind not in _PEOPLE_KINDS or not tokens:
        return raw
    n = bisect_left(tokens, voice.end, key=_START)
    office: Sequence[tuple[str, int, int]] = ()
    if n < len(tokens) and tokens[n][0] == ",":
        end = n + 1
        while end < len(tokens) and (
            tokens[end][0] not in _OFFICE_ENDS or _abbreviated(tokens, end)
        ):
            end += 1
        office = tokens[n + 1 : end]
    b = bisect_left(tokens, voice.start, key=_START) - 1
    if not _office(office) and voice.end <= raw.cue_start and b > 0 and tokens[b][0] == ",":
        start = b  # "A spokesman for the ministry, Omar Nasser, said …"
        while start > 0 and tokens[start - 1][0] not in _OFFICE_ENDS:
            start -= 1
        office = tokens[start:b]
    if not _office(office):
        return raw
    lowered = {t[0].lower().rstrip(".") for t in office}
    kind = SourceKind.OFFICIAL if not _OFFICIAL.isdisjoint(lowered) else voice.kind
    descriptor = text[office[0][1] : office[-1][2]]
    return replace(raw, source=replace(voice, descriptor=descriptor, kind=kind))


def _abbreviated(tokens: Sequence[tuple[str, int, int]], n: int) -> bool:
    """Whether the full stop at n closes an abbreviation inside the sentence: "a U.N. envoy"."""
    return tokens[n][0] == "." and n + 1 < len(tokens) and "." in tokens[n - 1][0]


#: Marks that end an office set off beside a name.
_OFFICE_ENDS = frozenset({*_CLAUSE_MARKS, ".", "!", "?", *_QUOTE_TOKENS})


def _office(words: Sequence[tuple[str, int, int]]) -> bool:
    """Whether words set off by commas name an office: "a spokesman for the ministry", "UN
    envoy to Syria" (not "speaking to the minister", "who met the minister", "Lina Haddad and
    the minister")."""
    lowered = [t[0].lower().rstrip(".") for t in words if t[0][:1].isalnum()]
    if not 0 < len(lowered) <= _OFFICE_WORDS:
        return False
    if all(w not in _OFFICIAL and w not in _TITLES for w in lowered):
        return False
    first = lowered[0]
    if words[0][0][:1].isupper():
        if first in _NOT_VOICES or first in _PREPOSITIONS or first in _TIME_OPENERS:
            return False  # "In her bid for president, X said": a setting, no office
        if "and" in lowered or "or" in lowered:
            return False  # "Lina Haddad and the minister": another voice
    elif first not in _OFFICE_OPENERS and first not in _OFFICIAL and first not in _TITLES:
        return False
    for n in range(1, len(words)):
        word = words[n][0]
        if word.lower() in _VOICE_ENDS:
            return False  # "who met the minister": a clause
        if _main_verb(word) and words[n - 1][0].lower() not in _DETERMINERS:
            return False  # "the minister said": a clause ("the retired general" is none)
    return True


def extract_english(text: str, sentences: Sequence[Sentence], known: Known) -> list[RawAttribution]:
    """Find the attributions of English sentences, in text order."""
    known = _remembering(known)
    text, curled = _curled(text)
    if curled:
        sentences = _split_again(text, sentences, curled)
    sentences = _past_datelines(text, _with_headline(text, sentences))
    found: list[RawAttribution] = []
    last_paragraph_quoted = False
    people = _People(text)
    paragraphs: dict[int, list[tuple[int, int]]] = {}
    named_yet = False
    for index, sentence in enumerate(sentences):
        opening = _inside_quotation(text, sentence, paragraphs)
        if opening is not None:
            if found and found[-1].end > opening:
                found[-1] = _continued(text, found[-1], sentence)
            continue
        chunk = text[sentence.start : sentence.end].strip()
        may = _may_attribute(chunk)
        raws = []
        # (tokenised once: a sentence the credit line below does not take is read whole after)
        tokens = _tokens(text, sentence.start, sentence.end) if may else []
        if may and index and sentence.end - sentence.start <= _CREDIT_LINE_CHARS:
            # "“Why now?” Hamdan asked the crowd.": a short line crediting the quotation before
            raws = _credit_after_quotation(
                text, sentence, tokens, sentences[index - 1], known, found
            )
        if not raws and may:
            raws = _sentence(text, sentence, tokens, known, people)
            if raws and index:
                raws = _long_credit(text, sentences[index - 1], raws, found)
            # "Nasser told his aides.": someone told, nothing said (no quotation before either)
            raws = [r for r in raws if CUES.get(r.cue) != "tell" or not _listener_only(text, r)]
        if raws and raws[-1].start == raws[-1].end:
            lead = raws.pop()
            if index + 1 < len(sentences):
                start, end, quote = colon_paragraph(text, sentences[index + 1])
                raws.append(replace(lead, start=start, end=end, quote=quote))
        opens_quote = chunk[:1] in OPENING_QUOTES or chunk.startswith("''")
        if not raws and found and opens_quote and last_paragraph_quoted:
            span = _content(text, sentence.start, sentence.end)
            if span is not None and _adds_on(text, found, span[0]):
                found[-1] = replace(found[-1], end=span[1])
                last_paragraph_quoted = True
                continue
            if span is not None:
                n = _resumed(text, found, span[0])
                found[n:] = [*_floating(text, found[n], span), *found[n + 1 :]]
                last_paragraph_quoted = True
                continue
        if not raws and found and last_paragraph_quoted and _quoted_on(text, found[-1], sentence):
            found[-1] = replace(
                found[-1], end=sentence.start + len(text[sentence.start : sentence.end].rstrip())
            )
            continue
        raws = [
            _dismissal(
                text, _named_in_full(_backed_only(text, _titled(text, tokens, r)), people, found)
            )
            for r in raws
        ]
        if raws and not named_yet:
            # Until a voice is named, a pronoun has no speaker before it to stand for: it is
            # the person the narrative named ("they plan …" first leaves "She says …" so too).
            raws = [_first_pronoun(text, r, people) for r in raws]
            named_yet = any(r.source is not None for r in raws)
        for raw in raws:
            # (_overlap written out, in a plain loop: this runs for every attribution against the
            # last ones found, and a generator costs more than the test)
            for f in found[-MAX_OVERLAP_LOOKBACK:]:
                if raw.start < f.end and f.start < raw.end:
                    break
            else:
                found.append(raw)
        last_paragraph_quoted = bool(raws) and (
            raws[-1].quote is QuoteKind.DIRECT or opens_quote or _quoted_close(text, raws[-1])
        )
    return _headline_media(found, sentences[0].end) if found and sentences else found


#: What was reported, called untrue by the voice: "said the reports were baseless", "called
#: the report false", "dismissed the claims as fabricated" (group 1: what is denied).
_DISMISSED = re.compile(
    r"((?:(?:the|these|those|such)\s+)?(?:media\s+|press\s+|news\s+)?"
    r"(?:reports?|claims?|allegations?|rumou?rs?|news|stor(?:y|ies)|accounts?))"
    r"(?:\s+(?:were|was|are|is|as))?\s+"
    r"(?:(?:completely|totally|entirely|simply|absolutely|utterly)\s+)?"
    r"(?:baseless|false|untrue|fabricated|unfounded|groundless|incorrect|lies|not\s+true"
    r"|without\s+(?:any\s+)?foundation|nonsense|fake)\b",
    re.IGNORECASE,
)


#: The same with the judgment first: "dismissed as baseless a newspaper report that …" (group
#: 1: the report, with what it says).
_DISMISSED_FIRST = re.compile(
    r"as\s+(?:(?:completely|totally|entirely|simply|absolutely|utterly)\s+)?"
    r"(?:baseless|false|untrue|fabricated|unfounded|groundless|incorrect|lies|nonsense|fake)\s+"
    r"((?:(?:a|an|the|these|those|such)\s+)?(?:\S+\s+){0,2}?"
    r"(?:reports?|claims?|allegations?|rumou?rs?|stor(?:y|ies)|accounts?)\b)",
    re.IGNORECASE,
)


def _dismissal(text: str, raw: RawAttribution) -> RawAttribution:
    """An assertion that what was reported is untrue ("X said the reports were baseless")
    denies the report: the stance is a denial and the content what was reported, which a
    denial of "the report" links to (the claim the outlet that spoke last told). With the
    judgment first ("dismissed as baseless a report that …") the content is the report and
    what it says."""
    if raw.stance is not Stance.ASSERTS or raw.quote is QuoteKind.DIRECT:
        return raw
    first = _DISMISSED_FIRST.match(text, raw.start, raw.end)
    if first is not None:
        return replace(raw, stance=Stance.DENIES, start=first.start(1))
    found = _DISMISSED.match(text, raw.start, raw.end)
    if found is None or found.end() < raw.end - 1:
        return raw  # (the whole content, a full stop aside: "…, and that …" says more)
    return replace(raw, stance=Stance.DENIES, end=found.end(1))


def _headline_media(found: list[RawAttribution], first_end: int) -> list[RawAttribution]:
    """ "Haftar made secret trip to Damascus, paper says": "paper" in the first sentence, with
    no outlet before it, is the first outlet or agency the story names as a voice after it
    ("…, the Gulf Mirror newspaper reported on Sunday")."""
    first = found[0]
    if first.source is None or first.start >= first_end:
        return found
    # A headline drops the article: "paper says" is "the paper".
    bare = first.source.name.lower().removeprefix("the ")
    if not (first.source.anaphor or bare in _MEDIA_ANAPHORS):
        return found
    named = _media_antecedent(first.source, [r for r in reversed(found[1:])])
    return found if named is first.source else [replace(first, source=named), *found[1:]]


#: What may open the setting or topic after a credit line's cue: "“Who pays?” Hamdan said to
#: the crowd.", "“Why now?” Hamdan asked of the plan." (the question is the content).
_CREDIT_OPENERS = frozenset({*_SETTING_PREPOSITIONS, "to", "of", "about"})
#: A sentence that only credits the quotation before it has at most this many tokens.
_CREDIT_LINE_TOKENS = 12
_CREDIT_LINE_CHARS = 120
#: The last character of a sentence that is a quotation.
_LAST_MARKS = frozenset({*CLOSING_QUOTES, "'"})


#: Verbs crediting the quotation before a credit line: speech, and posting it ("“…!” X
#: tweeted, quoting the report." credits X, not a "report" further on).
_CREDITING = frozenset({*_SPEECH, "tweet", "post", "retweet"})


def _credit_after_quotation(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    previous: Sentence,
    known: Known,
    found: list[RawAttribution],
) -> list[RawAttribution]:
    """ "“Who pays for the dam?” Hamdan said.": a voice and a speech cue alone, right after a
    sentence that is one quotation (ending in ? ! or .), credit that quotation.

    The quotation was read as the last speaker's continuing words: it is taken back from them.
    """
    last = previous.end - 1
    while last > previous.start and text[last].isspace():
        last -= 1
    if sentence.end - sentence.start > _CREDIT_LINE_CHARS or text[last] not in _LAST_MARKS:
        return []  # a long sentence, or the sentence before is no quotation
    quoted = _content(text, previous.start, previous.end)
    if quoted is None or (
        text[quoted[1] - 1] not in CLOSING_QUOTES and text[quoted[1] - 2 : quoted[1]] != "''"
    ):
        return []  # the sentence before is no quotation
    words = [t for t in tokens if t[0][:1].isalnum()]
    cue = next((n for n, t in enumerate(words) if CUES.get(t[0]) in _CREDITING), None)
    if cue is None or len(tokens) > _CREDIT_LINE_TOKENS:
        return []
    spans = mixed_quote_spans(text, previous.start, previous.end)
    if not any(a == quoted[0] and b == quoted[1] - 1 for a, b in spans):
        return []
    if _clause_before_comma(tokens, tokens.index(words[cue])):
        return []  # "The plan is bold, Hamdan said.": the line has a content of its own
    before, after = words[:cue], words[cue + 1 :]
    voice = _voice(text, before, known) if before else _voice(text, after, known)
    if voice is None and not _pronoun(before):
        return []
    at = tokens.index(words[cue]) + 1
    if (
        before
        and after
        and not _only_setting(tokens, at, _CREDIT_OPENERS)
        and not _aside_after(tokens, at, words[cue][0])
    ):
        return []
    if found and found[-1].end > quoted[0]:
        taken = found.pop()
        closings = [b + 1 for _, b in mixed_quote_spans(text, taken.start, quoted[0])]
        if taken.start < quoted[0]:
            found.append(replace(taken, end=closings[-1] if closings else quoted[0]))
    word, c_start, c_end = words[cue]
    return [
        RawAttribution(
            voice, (), (), word, c_start, c_end, *quoted, QuoteKind.DIRECT, Stance.ASSERTS
        )
    ]


#: Verbs whose content is the one or the thing backed or opposed, not when it was done.
_BACKING = frozenset({"endorse", "back", "support", "oppose"})
_MONTH_NAMES = "|".join(
    "January February March April May June July August September October November December".split()
)
#: The time or occasion after what is backed: "in March", "last week", "during the debate",
#: "on Monday", "three weeks ago", a dash opening the writer's aside.
_WHEN_BACKED = re.compile(
    r"(?: [–—]| --| - | (?:after|at|during|early|late|last|earlier|when|before|until|since)\b"
    rf"| (?:on )?(?:{'|'.join(_WEEKDAYS).title()}|{_MONTH_NAMES})\b"
    r"| \w+ (?:days|weeks|months|years) ago\b"
    rf"| in (?:early |late |mid-)?(?:{_MONTH_NAMES}|\d{{4}})\b)"
)
#: Words opening a clause or an infinitive backed: "supported that …", "backed how …".
_BACKED_CLAUSE = re.compile(r"(?:that|to|whether|if|how|why|what)\b")
_QUOTE_MARK_COUNT = re.compile(r"[“”\"]|''")


def _backed_only(text: str, raw: RawAttribution) -> RawAttribution:
    """End the object of endorse, back, support or oppose before when or where it was done.

    "Hamdan endorsed Selim in early March at a rally by the river" → "Selim"; "the union backed
    the new levy last week" → "the new levy". A clause stays whole ("supported that the levy
    end in March"), as does a quotation, and a time word inside quotation marks.
    """
    if raw.quote is QuoteKind.DIRECT or CUES.get(raw.cue.lower()) not in _BACKING:
        return raw
    content = text[raw.start : raw.end]
    if _BACKED_CLAUSE.match(content):
        return raw
    for when in _WHEN_BACKED.finditer(content):
        if when.start() < 2 or len(_QUOTE_MARK_COUNT.findall(content, 0, when.start())) % 2:
            continue
        cut = _content(text, raw.start, raw.start + when.start())
        return raw if cut is None else replace(raw, start=cut[0], end=cut[1])
    return raw


#: What may follow a long credit line's cue before its first comma: the topic ("of the plan"),
#: the setting ("in a letter to the board"), a clause of the writer's ("as the crowd left").
_LONG_CREDIT_OPENERS = frozenset({*_CREDIT_OPENERS, "as", "while", "when", "before", "after"})
#: Words that show the stretch after the cue reports something of its own: "said of the dam
#: that it leaks", "told the board he would go".
_LONG_CREDIT_BREAKS = frozenset({*_COMPLEMENTIZERS, *_TOLD_CLAUSE, *_QUOTE_TOKENS, ";", ":"})


#: What still shows a content of its own inside that clause: "said as she left that …".
_CLAUSE_BREAKS = frozenset({*_COMPLEMENTIZERS, *_QUOTE_TOKENS, ";", ":"})


def _long_credit(
    text: str, previous: Sentence, raws: list[RawAttribution], found: list[RawAttribution]
) -> list[RawAttribution]:
    """ "“Who will pay for the dam?” Hamdan asked of the council in March, when the vote was
    near.": a credit line too long for _credit_after_quotation, whose cue is followed only by a
    topic, a setting or a manner up to its first comma, credits the quotation before it ("told"
    past the one told: "“Why now?” Hamdan told the local radio in an interview on Monday.").

    The first attribution of the line is the one read; its voice is kept, its content becomes
    the quotation (which is taken back from the speaker it was carried on to).
    """
    raw = raws[0]
    if CUES.get(raw.cue.lower()) not in _SPEECH or raw.start < raw.cue_end:
        return raws
    last = previous.end - 1
    while last > previous.start and text[last].isspace():
        last -= 1
    cry = text[last - 1] in {"?", "!"} or text[last - 2 : last] in {"?'", "!'"}
    if text[last] not in _LAST_MARKS or not cry:
        return raws  # the sentence before is no question or cry in quotation marks
    quoted = _content(text, previous.start, previous.end)
    if quoted is None or not any(
        a == quoted[0] and b == quoted[1] - 1
        for a, b in mixed_quote_spans(text, previous.start, previous.end)
    ):
        return raws
    line = text[previous.end : raw.cue_start]
    if len(_tokens(text, previous.end, raw.cue_start)) > _MAX_VOICE_WORDS or "," in line:
        return raws  # the cue does not open the line after its voice
    comma = text.find(",", raw.cue_end)
    stretch = _tokens(text, raw.cue_end, raw.end if comma == -1 else min(comma, raw.end))
    words = [w for w, _, _ in stretch if w not in {".", "!", "?"}]
    if words and _adverb(words[0]):
        words = words[1:]  # "asked rhetorically", "said quietly"
    if words and CUES.get(raw.cue.lower()) == "tell":
        words = _past_told(words)  # "told the local station in an interview": the one told
    # After "as", "while" …: the writer's own clause, whose subject is no content ("said as she
    # opened the fair"); a complementizer or a quotation still shows a content of its own.
    writers = bool(words) and words[0].lower() in _WRITERS_CLAUSE
    breaks = _CLAUSE_BREAKS if writers else _LONG_CREDIT_BREAKS
    if words and (
        words[0].lower() not in _LONG_CREDIT_OPENERS or any(w.lower() in breaks for w in words)
    ):
        return raws
    if found and found[-1].end > quoted[0]:
        taken = found.pop()
        if taken.start < quoted[0]:
            found.append(replace(taken, end=quoted[0]))
    return [replace(raw, start=quoted[0], end=quoted[1], quote=QuoteKind.DIRECT), *raws[1:]]


def _past_told(words: list[str]) -> list[str]:
    """The words after the one told in a credit line: "told the local radio in an interview
    on Monday" → "in an interview on Monday"; none when the one told ends the line ("told the
    local radio"); all of them when a clause follows ("told the radio he would go")."""
    for n, word in enumerate(words[: _ADDRESSEE_WORDS + 1]):
        low = word.lower()
        if low in _LONG_CREDIT_OPENERS:
            return words[n:] if n else words
        if low in _LONG_CREDIT_BREAKS or low in CUES or not word[:1].isalpha():
            return words
    return [] if len(words) <= _ADDRESSEE_WORDS else words


def _clause_before_comma(tokens: Sequence[tuple[str, int, int]], cue: int) -> bool:
    """Whether a clause with a finite verb (_CLAUSE_VERBS) stands before a comma ahead of the
    cue: "The plan is bold, Hamdan said." (not an appositive: "Omar Hamdan, the mayor, said.")."""
    comma = next((n for n in range(cue) if tokens[n][0] == ","), None)
    return comma is not None and any(t[0] in _CLAUSE_VERBS for t in tokens[:comma])


#: The one asked or told after a quotation's credit is a short noun phrase: "asked the crowd".
_ADDRESSEE_WORDS = 5


def _aside_after(tokens: Sequence[tuple[str, int, int]], at: int, cue: str) -> bool:
    """Whether what follows a credit's cue adds no claim of its own: "…, adding nothing", a
    participle after a comma ("Hamdan asked, looking pleased"), or the one asked or told
    ("Hamdan asked the crowd")."""
    if at + 1 < len(tokens) and tokens[at][0] == "," and _participle_word(tokens[at + 1][0]):
        return True
    if CUES.get(cue.lower()) not in {"ask", "tell"}:
        return False
    rest = [t[0] for t in tokens[at:] if t[0] not in {".", "!", "?"}]
    return 0 < len(rest) <= _ADDRESSEE_WORDS and all(
        w[:1].isalpha() and w.lower() not in _SETTING_BREAKS and w.lower() not in CUES for w in rest
    )


def _remembering(known: Known) -> Known:
    """The registry look-up with its answers kept for the article: a voice comes back often."""
    answers: dict[tuple[tuple[str, ...], bool, bool], bool] = {}

    def look_up(words: Sequence[str], has_head: bool, /, *, media: bool = False) -> bool:
        key = (tuple(words), has_head, media)
        answer = answers.get(key)
        if answer is None:
            answer = answers[key] = known(words, has_head, media=media)
        return answer

    return look_up


def _inside_quotation(
    text: str, sentence: Sentence, paragraphs: dict[int, list[tuple[int, int]]]
) -> int | None:
    """Where the quotation opens that the whole sentence lies inside, if one opened before it.

    "Selim told Radio Meridian: “Trucks come first. We think buses follow.”" — "We think buses
    follow." is quoted speech: its cue words are the speaker's, not new attributions.
    """
    spans = paragraphs.get(sentence.paragraph)
    if spans is None:
        start = text.rfind("\n", 0, sentence.start) + 1
        if start == sentence.start or not _has_mark(
            text[start : sentence.start], _PLAIN_OPENINGS, _QUOTE_MARKS
        ):
            return None  # nothing opened a quotation before this sentence
        end = text.find("\n", sentence.end)
        spans = paragraphs[sentence.paragraph] = mixed_quote_spans(
            text, start, len(text) if end < 0 else end
        )
    for opening, closing in spans:
        if opening < sentence.start <= closing:
            rest = text[closing + 1 : sentence.end].strip(_END_MARKS)
            return None if rest else opening
    return None


#: An opening quotation mark, straight or curly ('' included).
#: (One character class first, so that the regex engine skips to a mark at once; the match is
#: the first mark alone, only where it is found matters.)
_OPENINGS = re.escape("".join(sorted(OPENING_QUOTES)))
_QUOTE_MARK = re.compile(f"[{_OPENINGS}'](?:(?<=[{_OPENINGS}])|(?='))")
#: What it finds, as strings looked for (see _has_mark), and what it finds in ASCII: a straight
#: quotation mark, two apostrophes.
_QUOTE_MARKS = (*sorted(OPENING_QUOTES), "''")
_PLAIN_OPENINGS = (*sorted(mark for mark in OPENING_QUOTES if mark.isascii()), "''")
#: What may follow a quotation's closing mark at the end of its sentence.
_END_MARKS = " \t\n.,;:!?\"”’'"


def _continued(text: str, last: RawAttribution, sentence: Sentence) -> RawAttribution:
    """The last quotation's content runs on through a sentence still inside it."""
    span = _content(text, sentence.start, sentence.end)
    if span is None or last.end > span[0] or "\n" in text[last.end : span[0]]:
        return last
    return replace(last, end=span[1])


#: Attributions looked back over for the quotation a cue-less quoted sentence resumes.
_RESUME_LOOKBACK = 4


def _resumed(text: str, found: Sequence[RawAttribution], start: int) -> int:
    """The index of the quotation a quoted sentence at ``start`` resumes: the last found.

    Past the voice's own asides in the same paragraph: in "“The wells are dry,” said Hamdan, a
    farmer who backs the plan. “Rain is late.”", "backs" is not the speaker of "Rain is late".
    """
    last = len(found) - 1
    for n in range(last, max(last - _RESUME_LOOKBACK, -1), -1):
        if "\n" in text[found[n].end : start]:
            break
        if found[n].quote is QuoteKind.DIRECT:
            return n
    return last


def _adds_on(text: str, found: Sequence[RawAttribution], start: int) -> bool:
    """Whether a quoted sentence at ``start`` goes on from a speech participle after a quotation.

    "“The wells are dry,” Hamdan said, adding that the rain came late. “We wait.”": "We wait" is
    what "adding" goes on to say, not more of the first quotation.
    """
    if len(found) < 2 or "\n" in text[found[-1].end : start]:
        return False
    adding, quoted = found[-1], found[-2]
    return (
        adding.quote is QuoteKind.INDIRECT
        and quoted.quote is QuoteKind.DIRECT
        and _participle_word(adding.cue)
        and CUES.get(adding.cue) in _SPEECH
        and quoted.cue_end < adding.cue_start
        and "\n" not in text[quoted.end : adding.cue_start]
    )


def _quoted_on(text: str, last: RawAttribution, sentence: Sentence) -> bool:
    """Whether a sentence with no attribution of its own, ending in a quotation, goes on with the
    quotation credited just before it in the same paragraph.

    "“The dam leaks,” said Omar Nasser, a farmer. Unless it is mended soon, “the fields will
    flood.”": the second quotation is Nasser's too, the words before it the writer's lead-in.
    """
    if "\n" in text[last.end : sentence.start] or CUES.get(last.cue.lower()) not in _SPEECH:
        return False
    if last.quote is not QuoteKind.DIRECT:
        return False  # a paraphrase before: the sentence may be the writer's own
    end = text[sentence.start : sentence.end].rstrip()
    if end[-1:] not in CLOSING_QUOTES and not end.endswith("''"):
        return False
    return _QUOTE_MARK.search(text, sentence.start + 1, sentence.end) is not None


def _quoted_close(text: str, raw: RawAttribution) -> bool:
    """Whether a speech cue's content, paraphrase and quotation mixed, ends on a quotation.

    "Still, the toll is ''far too high,'' Nasser said from the market. ''Farmers will go
    broke.''": the quoted sentence after it goes on with Nasser's words, as after a quotation.
    """
    end = raw.end
    if end < len(text) and text[end - 1] not in _LAST_MARKS:
        if text[end] not in _LAST_MARKS and text[end] not in ",.!?":
            return False  # no closing mark at or just after the content's end
    if raw.quote is QuoteKind.DIRECT or CUES.get(raw.cue.lower()) not in _SPEECH:
        return False
    while end < len(text) and text[end] in ",.!?":
        end += 1  # the content is cut before its closing mark: "far too high,”"
    at = end if end < len(text) and text[end] in _LAST_MARKS else end - 1
    return text[at] in CLOSING_QUOTES or "''" in (text[at - 1 : at + 1], text[at : at + 2])


def _floating(text: str, last: RawAttribution, span: tuple[int, int]) -> list[RawAttribution]:
    """A quoted sentence with no cue continues the last speaker's quotation.

    In the same paragraph it is the rest of one quotation interrupted by its attribution
    ("“The border opens Monday,” Selim said. “Trucks first.”"): the content grows to its end.
    In a new paragraph it is a quotation of its own from the same voice.
    """
    if "\n" not in text[last.end : span[0]] and (
        last.quote is QuoteKind.DIRECT or _quoted_close(text, last)
    ):
        return [replace(last, end=span[1])]
    floating = RawAttribution(
        None,
        (),
        (),
        last.cue,
        last.cue_start,
        last.cue_end,
        span[0],
        span[1],
        QuoteKind.DIRECT,
        last.stance,
    )
    return [last, floating]
