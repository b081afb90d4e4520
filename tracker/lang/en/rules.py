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
from collections.abc import Sequence
from dataclasses import replace

from ...models import Mention, QuoteKind, RawAttribution, SourceKind, Stance
from ...text import OPENING_QUOTES, Sentence, quote_spans, trim_span
from ..base import Known
from ..common import colon_paragraph

_BASES = """
say tell add note state announce report claim confirm warn write insist deny reject argue
explain acknowledge admit assert believe think want expect hope fear know feel suggest predict
estimate urge ask accuse agree contend maintain testify tweet post recall caution complain
indicate reveal disclose emphasize stress point observe remark reply respond tout concede
declare allege charge vow pledge promise boast predict question doubt worry wonder understand
recognize acknowledge mention describe characterize call signal threaten demand propose
show find indicate learn hear realize figure consider view see support oppose endorse back
criticize praise blame mock slam blast attack defend dismiss question suspect prefer like love
hate need plan intend seek refuse decline vote welcome applaud condemn demand accept fault
decry lament acknowledge reiterate stress underscore counter retort quip joke boast complain
""".split()
_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "knowing", "known"),
    "feel": ("feels", "felt", "feeling"),
    "understand": ("understands", "understood", "understanding"),
    "find": ("finds", "found", "finding"),
    "see": ("sees", "saw", "seeing", "seen"),
    "hear": ("hears", "heard", "hearing"),
    "show": ("shows", "showed", "showing", "shown"),
    "seek": ("seeks", "sought", "seeking"),
    "learn": ("learns", "learned", "learnt", "learning"),
    "plan": ("plans", "planned", "planning"),
    "vote": ("votes", "voted", "voting"),
    "quip": ("quips", "quipped", "quipping"),
    "back": ("backs", "backed", "backing"),
}
_DENY = {"deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting"}


def _forms(base: str) -> set[str]:
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
}
#: Words between a cue and its content: "told reporters", "said Tuesday".
_AFTER_CUE = {
    "reporters",
    "me",
    "us",
    "him",
    "her",
    "them",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}
_WHEN = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
_DATELINE = re.compile(r"[A-Z][A-Z .,'-]+(?:,[^()\n]{0,30})?\s*\([^)\n]{1,30}\)\s*(?:--|[-–—])\s*")
_WORD = re.compile(r"[\w'’-]+(?:\.\w+)*|''|[^\w\s]")
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
}
_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")
_RELATIVES = {"who", "which", "that", "whom", "whose", "where", "when", "what", "it", "there"}
_CLAUSE = re.compile(r"[,;:—–]|\s-\s")


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


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
}


def _voice(text: str, tokens: Sequence[tuple[str, int, int]], known: Known) -> Mention | None:
    """Read an English voice phrase: "Syrian Foreign Minister Walid al-Muallem", "a source"."""
    while tokens and tokens[0][0].lower() in _LEADERS:
        tokens = tokens[1:]
    words = [t for t in tokens if t[0][0].isalnum()]
    if not words or len(words) > 9:
        return None
    start, end = words[0][1], words[-1][2]
    surface = text[start:end]
    lowered = [w[0].lower().rstrip(".") for w in words]
    if lowered[0] in _PRONOUNS and len(words) == 1:
        return None  # a pronoun: the resolver takes the last speaker
    if lowered[0] in _RELATIVES:
        return None
    if any(w in {"who", "which", "that", "it"} for w in lowered[1:]):
        cut = next(i for i, w in enumerate(lowered) if i and w in {"who", "which", "that", "it"})
        words = words[:cut]
        lowered = lowered[:cut]
        if not words:
            return None
        end = words[-1][2]
        surface = text[start:end]
    registry = known([w[0].lower() for w in words], True)
    # The name is the trailing run of capitalised words after the last title; what comes before
    # is the descriptor ("Syrian Interior Minister Fadi Selim" → Fadi Selim).
    split = len(words)
    while split > 0 and words[split - 1][0][:1].isupper():
        split -= 1
    titles = [n for n, w in enumerate(lowered) if w in _OFFICIAL or w in _TITLES]
    if titles and titles[-1] + 1 < len(words) and titles[-1] >= split:
        split = titles[-1] + 1
    name_words = words[split:] if split < len(words) else words
    name = text[name_words[0][1] : name_words[-1][2]]
    descriptor = text[start : name_words[0][1]].strip() if split < len(words) and split else ""
    named = (split < len(words) and split > 0) or all(w[0][:1].isupper() for w in words)
    if registry:
        kind: SourceKind | None = None
    elif set(lowered) & _ANONYMOUS and not any(w[0][:1].isupper() for w in words[1:]):
        kind = SourceKind.ANONYMOUS
        name, descriptor = surface, ""
    elif set(lowered) & _MEDIA:
        kind = SourceKind.OUTLET  # "The Daily Levant", "the Times", "CBS News"
        name, descriptor = surface.removeprefix("the ").removeprefix("The "), ""
    elif lowered[-1] in _BODIES:
        kind = SourceKind.GOVERNMENT_BODY
        name, descriptor = surface, ""
    elif lowered[0] in _INDEFINITE and not named:
        kind = SourceKind.ANONYMOUS  # "a senior Lebanese official (who declined to be named)"
        name, descriptor = surface, ""
    elif set(lowered) & _OFFICIAL:
        kind = SourceKind.OFFICIAL
    elif all(not w[0][:1].isupper() for w in words) and len(words) > 3:
        return None  # a lower-case clause, not a voice
    else:
        kind = SourceKind.PERSON
    return Mention(surface, start, end, name, descriptor, kind)


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    start, end = trim_span(text, start, end)
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    if end - start < 3:
        return None
    return start, end


def _quote_kind(quotes: Sequence[tuple[int, int]], start: int, end: int) -> QuoteKind:
    inside = any(a <= start and end <= b + 1 for a, b in quotes)
    return QuoteKind.DIRECT if inside else QuoteKind.INDIRECT


#: Cue words read per sentence, and attributions looked back on for an overlap: reading a cue
#: looks over the rest of its sentence, so a run-on page of thousands of cues would be read in
#: quadratic time; news sentences hold a handful of cues.
MAX_CUES_PER_SENTENCE = 32
MAX_OVERLAP_LOOKBACK = 32
#: Tokens at the end of a sentence searched for a dash credit ("― Sonya Herridge").
MAX_CREDIT_TOKENS = 24


def _sentence(text: str, sentence: Sentence, known: Known) -> list[RawAttribution]:
    tokens = _tokens(text, sentence.start, sentence.end)
    quotes = quote_spans(text, sentence.start, sentence.end)
    out: list[RawAttribution] = []

    def inside_quote(pos: int) -> bool:
        return any(a < pos < b for a, b in quotes)

    lowered = [t[0].lower() for t in tokens]
    impersonal = _impersonal(text, sentence, tokens, lowered, quotes)
    if impersonal is not None:
        return [impersonal]
    credited = _credit(text, sentence, tokens, quotes, known)
    if credited is not None:
        return [credited]
    cues_read = 0
    for i, (word, c_start, _c_end) in enumerate(tokens):
        low = lowered[i]
        according = low == "according" and i + 1 < len(tokens) and lowered[i + 1] == "to"
        base = CUES.get(low)
        if base is None and not according and _person_verb(tokens, lowered, i):
            base = low  # a person's act or stance: "Trump mocked …", "she reserved …"
        if base is None and not according:
            continue
        cues_read += 1
        if cues_read > MAX_CUES_PER_SENTENCE:
            break
        if inside_quote(c_start) or any(r.start <= c_start < r.end for r in out):
            continue  # inside a quotation or inside content already found: nested, not outermost
        if according:
            found = _according(text, sentence, tokens, i, known, quotes)
            if found:
                out.append(found)
            continue
        if base is None:
            continue
        if i and lowered[i - 1] in _NOUN_BEFORE:
            continue  # "his plan", "the states", "public support": a noun, not a verb
        if base in _HOMOGRAPHS and not _subject_before(tokens, lowered, i):
            continue  # "record low support", "several questions": nouns without a subject
        last = i + 1 >= len(tokens) or tokens[i + 1][0] in {".", "!", "?"}
        if i and word[:1].isupper() and tokens[i - 1][0][:1].isupper() and not last:
            continue  # "United States", "Washington Post": part of a name (not "…, Graham Says")
        if base == "decline" and i + 1 < len(tokens) and lowered[i + 1] == "to":
            continue  # "declined to be named" / "declined to comment": no assertion
        stance = Stance.DENIES if low in _DENY else Stance.ASSERTS
        found = _around(text, sentence, tokens, i, known, quotes, stance)
        if found is not None and not any(_overlap(found, r) for r in out):
            out.append(found)
    return out


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


def _person_verb(tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], i: int) -> bool:
    """A finite verb right after a person opening the clause: "He mocked …", "Clinton vowed …"."""
    word = lowered[i]
    if i == 0 or word in _NOT_ACTS or not tokens[i][0][:1].islower():
        return False
    if not word.endswith(("ed", "es")):
        return False
    j = i - 1
    while j >= 0 and tokens[j][0][:1].isupper() and i - j <= 3:
        j -= 1
    subject = [lowered[k] for k in range(j + 1, i)]
    starts_clause = (
        j < 0
        or tokens[j][0] in {",", ";", "and", "but", '"', "“", "”"}
        or (lowered[j] in {"and", "but", "while", "as", "when"})
    )
    if subject and starts_clause and subject[-1] not in {"the", "a", "an"}:
        return True
    return lowered[i - 1] in {"he", "she", "they", "we", "i"} and (
        i == 1 or lowered[i - 2] in {",", "and", "but", "while", "when", "as", '"', "“", "”"}
    )


#: Cue words that are more often nouns in news: they need a subject right before them.
_HOMOGRAPHS = {"support", "plan", "vote", "state", "need", "question", "back", "view", "like"}


def _subject_before(tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], i: int) -> bool:
    """A pronoun, a capitalised name or an auxiliary right before token i."""
    if i == 0:
        return False
    previous = lowered[i - 1]
    return (
        previous in _PRONOUNS
        or previous in _AUX
        or previous in {"who", "to"}
        or tokens[i - 1][0][:1].isupper()
        or previous.endswith("ly")
        or previous in _ANONYMOUS
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


def _sentence_subject(tokens: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The name or pronoun a sentence opens with ("Trump", "Sen. John Smith", "He")."""
    if tokens and tokens[0][0].lower() in _PRONOUNS:
        return [tokens[0]]
    end = 0
    while (
        end < len(tokens)
        and end < 5
        and (tokens[end][0][:1].isupper() or tokens[end][0] in {".", "-"})
    ):
        end += 1
    return list(tokens[:end])


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
_DASHES = {"―", "—", "–", "--"}


def _credit(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    quotes: Sequence[tuple[int, int]],
    known: Known,
) -> RawAttribution | None:
    """A quotation credited with a dash ("“…” ― Sonya Herridge") or a headline "Name: claim"."""
    # A credit is a name of four words at most after the dash, so only the sentence's last
    # tokens can hold it; looking from every dash to the end was quadratic on a run of dashes.
    tail = max(0, len(tokens) - MAX_CREDIT_TOKENS)
    for n, (word, start, end) in enumerate(tokens[tail:], tail):
        if word in _DASHES and n and quotes and quotes[-1][1] < start and n + 1 < len(tokens):
            rest = tokens[n + 1 :]
            names = [t for t in rest if t[0][:1].isalpha()]
            if 0 < len(names) <= 4 and all(t[0][:1].isupper() for t in names):
                voice = _voice(text, rest, known)
                a, b = quotes[-1]
                if voice is not None:
                    return RawAttribution(
                        voice, (), (), word, start, end, a, b + 1, QuoteKind.DIRECT, Stance.ASSERTS
                    )
    colon = next((n for n, t in enumerate(tokens[:6]) if t[0] == ":"), None)
    if colon and all(t[0][:1].isupper() for t in tokens[:colon] if t[0][:1].isalpha()):
        voice = _voice(text, tokens[:colon], known)
        span = _content(text, tokens[colon][2], sentence.end)
        if (
            voice is not None
            and voice.kind is SourceKind.PERSON
            and span is not None
            and (len(text[span[0] : span[1]].split()) >= 4)
        ):
            return RawAttribution(
                voice,
                (),
                (),
                ":",
                tokens[colon][1],
                tokens[colon][2],
                span[0],
                span[1],
                _quote_kind(quotes, *span),
                Stance.ASSERTS,
            )
    return None


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
    for i in range(len(tokens) - 3):
        if lowered[i] == "it" and lowered[i + 1] in {"is", "was", "has", "had"}:
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
                return RawAttribution(
                    None,
                    (),
                    (),
                    cue,
                    tokens[i][1],
                    tokens[k][2],
                    span[0],
                    span[1],
                    _quote_kind(quotes, *span),
                    Stance.ASSERTS,
                    impersonal=True,
                )
    return None


def _overlap(a: RawAttribution, b: RawAttribution) -> bool:
    return a.start < b.end and b.start < a.end


def _around(
    text: str,
    sentence: Sentence,
    tokens: Sequence[tuple[str, int, int]],
    i: int,
    known: Known,
    quotes: Sequence[tuple[int, int]],
    stance: Stance,
) -> RawAttribution | None:
    """The voice and content around the cue at token i."""
    cue, c_start, c_end = tokens[i]
    # Voice before the cue: back to the clause start, past auxiliaries ("has said").
    j = i
    if j >= 2 and tokens[j - 1][0].lower() == "as" and tokens[j - 2][0].lower() == "quoted":
        j -= 2  # "officials were quoted as saying"
    # Past auxiliaries, adverbs and days: "X has sharply criticized", "X on Wednesday called".
    while j > 0 and (
        tokens[j - 1][0].lower() in _AUX
        or tokens[j - 1][0].lower() in _WHEN
        or (tokens[j - 1][0].endswith("ly") and tokens[j - 1][0][:1].islower())
    ):
        j -= 1
    for p in range(j - 1, max(j - 8, 0), -1):
        # "Clinton at a later press gaggle said": the voice ends before the phrase.
        if (
            tokens[p][0].lower() in {"at", "in", "during", "on", "after"}
            and p > 0
            and (tokens[p - 1][0][:1].isupper())
        ):
            j = p
            break
    k = j
    while k > 0 and not _CLAUSE.fullmatch(tokens[k - 1][0]) and tokens[k - 1][0] not in '"“”«»':
        k -= 1
    before = tokens[k:j]
    if before and (
        all(t[0].lower() in _DISCOURSE for t in before)
        or (before[0][0].lower() in _PREPOSITIONS and not any(t[0][:1].isupper() for t in before))
    ):
        before = []  # "Trump, in particular, criticized": the voice is before the aside
        while k > 0 and tokens[k - 1][0] != ",":
            k -= 1
    if cue.endswith("ing") and k > 0 and tokens[k - 1][0] == "," and j == k:
        # "…, saying …": the participle's voice is the sentence's subject.
        subject = _sentence_subject(tokens)
        voice_of_subject = _voice(text, subject, known) if subject else None
        span = _content(text, c_end, sentence.end)
        if span is not None and (voice_of_subject is not None or _pronoun(subject)):
            return RawAttribution(
                voice_of_subject,
                (),
                (),
                cue,
                c_start,
                c_end,
                span[0],
                span[1],
                _quote_kind(quotes, *span),
                stance,
            )
    if not before and k > 1 and tokens[k - 1][0] == ",":
        # "The Podesta Group's CEO, Kimberley Fritts, said": the voice sits before the comma;
        # a state tag "Mitch McConnell, R-Ky., said" is skipped.
        stop = k - 1
        while True:
            start = stop
            while (
                start > 0
                and not _CLAUSE.fullmatch(tokens[start - 1][0])
                and (tokens[start - 1][0] not in "\"“”«»''")
            ):
                start -= 1
            segment = tokens[start:stop]
            text_segment = " ".join(t[0] for t in segment)
            aside = bool(segment) and segment[0][0][:1].islower()  # "speaking to …", "the …"
            if segment and (_STATE.match(text_segment.replace(" ", "")) or aside) and start > 1:
                stop = start - 1
                continue
            break
        if segment and _voice(text, segment, known) is not None:
            before, k = segment, start
    after_start = c_end
    m = i + 1
    # "told reporters", "said Tuesday", "said in a statement" before the content.
    while m < len(tokens):
        word = tokens[m][0].lower()
        if word in _AFTER_CUE:
            m += 1
        elif (
            word in {"in", "on", "at", "during"}
            and m + 1 < len(tokens)
            and (tokens[m + 1][0].lower() in {"a", "an", "the", "his", "her", "their"} | _AFTER_CUE)
        ):
            # "said in a statement", "told reporters on Monday": skip the whole phrase
            m += 2
            while m < len(tokens) and tokens[m][0].lower() in _PHRASE_WORDS:
                m += 1
        else:
            break
    rest = text[tokens[m][1] if m < len(tokens) else sentence.end : sentence.end]
    voice = _voice(text, before, known) if before else None
    tail_voice = None
    # Content before the cue: "…, X said." / "…," said X. / "… X said."
    head_end = tokens[k - 1][1] if k > 0 else sentence.start
    opening = next((q for q in quotes if q[0] - sentence.start <= 2 and q[1] < c_start), None)
    if opening is not None and (
        voice is not None or _pronoun(before) or _only_voice(text, tokens[m:], known)
    ):
        # "“…,” Mr. Trump said in a documentary." / "“…,” she said, “…”": the quotation is the
        # content, running on to the end when a second quotation follows the cue.
        end = opening[1] + 1
        follow = next((q for q in quotes if q[0] > c_end), None)
        if follow is not None:
            end = sentence.end
        span = _content(text, opening[0], end)
        if span is not None:
            voice = voice or _voice(text, tokens[m:], known)
            return RawAttribution(
                voice, (), (), cue, c_start, c_end, span[0], span[1], QuoteKind.DIRECT, stance
            )
    trailing = len(rest.strip(" .\"”’'")) < 3 or (
        CUES.get(cue.lower()) in _SPEECH and _only_voice(text, tokens[m:], known)
    )
    if trailing and head_end > sentence.start + 10:
        if rest.strip(" .\"”’'") and voice is None:
            tail_voice = _voice(text, tokens[m:], known)
        span = _content(text, sentence.start, head_end)
        if span is None:
            return None
        voice = voice or tail_voice
        if voice is None and not _pronoun(before) and not _pronoun(tokens[m:]):
            return None
        return RawAttribution(
            voice, (), (), cue, c_start, c_end, span[0], span[1], _quote_kind(quotes, *span), stance
        )
    if voice is None and not _pronoun(before):
        return None
    if tokens[-1][0] == ":" and len(tokens) - 1 - m <= 5:
        # "Reporter Jomana Karadsheh says:" / "X told the broadcaster:" and the quotation is the
        # next paragraph.
        return RawAttribution(
            voice, (), (), cue, c_start, c_end, sentence.end, sentence.end, QuoteKind.DIRECT, stance
        )
    if (m < len(tokens) and tokens[m][0].lower() == "that") or m < len(tokens):
        after_start = tokens[m][1]
    span = _content(text, after_start, sentence.end)
    if span is None or len(text[span[0] : span[1]].split()) < 3:
        return None
    span, inner = _citing(text, tokens, span, known)
    span = _next_clause_cut(text, tokens, i, span, known)
    return RawAttribution(
        voice, (), inner, cue, c_start, c_end, span[0], span[1], _quote_kind(quotes, *span), stance
    )


def _next_clause_cut(
    text: str, tokens: Sequence[tuple[str, int, int]], i: int, span: tuple[int, int], known: Known
) -> tuple[int, int]:
    """End the content where a new clause with its own voice and cue begins: "…, but Y said …"."""
    for n in range(i + 2, len(tokens)):
        if tokens[n][1] >= span[1] or tokens[n][0] != ",":
            continue
        k = n + 1
        if k < len(tokens) and tokens[k][0].lower() in {"and", "but", "while", "whereas"}:
            k += 1
        for cue_at in range(k + 1, min(k + 5, len(tokens))):
            if CUES.get(tokens[cue_at][0].lower()) and tokens[cue_at][0][:1].islower():
                phrase = tokens[k:cue_at]
                if _voice(text, phrase, known) is not None or _pronoun(phrase):
                    cut = _content(text, span[0], tokens[n][1])
                    return cut if cut is not None else span
                break
    return span


def _citing(
    text: str, tokens: Sequence[tuple[str, int, int]], span: tuple[int, int], known: Known
) -> tuple[tuple[int, int], tuple[Mention, ...]]:
    """ "…, citing X" / "…, quoting X" at the end of the content: X is a voice further in."""
    for n, (word, start, _) in enumerate(tokens):
        if not span[0] < start < span[1] or word.lower() not in {"citing", "quoting"}:
            continue
        if n == 0 or tokens[n - 1][0] != ",":
            continue
        end = n + 1
        while (
            end < len(tokens) and tokens[end][1] < span[1] and not _CLAUSE.fullmatch(tokens[end][0])
        ):
            end += 1
        voice = _voice(text, tokens[n + 1 : end], known)
        if voice is not None:
            cut = _content(text, span[0], tokens[n - 1][1])
            if cut is not None:
                return cut, (voice,)
    return span, ()


def _pronoun(tokens: Sequence[tuple[str, int, int]]) -> bool:
    words = [t[0].lower() for t in tokens if t[0][0].isalnum()]
    while words and words[0] in _LEADERS:
        words = words[1:]
    return len(words) == 1 and words[0] in _PRONOUNS


def _only_voice(text: str, tokens: Sequence[tuple[str, int, int]], known: Known) -> bool:
    words = [t for t in tokens if t[0][0].isalnum()]
    return 0 < len(words) <= 6 and (_voice(text, words, known) is not None or _pronoun(words))


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
    while (
        end < len(tokens)
        and not _CLAUSE.fullmatch(tokens[end][0])
        and (tokens[end][0] != "." or (end + 1 < len(tokens) and tokens[end + 1][0][:1].islower()))
    ):
        end += 1
    voice = _voice(text, tokens[start:end], known)
    if voice is None:
        return None
    cue_end = tokens[i + 1][2]
    if i > 0 and tokens[i - 1][1] - sentence.start > 10:
        span = _content(
            text,
            sentence.start,
            tokens[i - 1][1] if _CLAUSE.fullmatch(tokens[i - 1][0]) else tokens[i][1],
        )
    else:
        span = _content(text, tokens[end][2] if end < len(tokens) else sentence.end, sentence.end)
    if span is None:
        return None
    return RawAttribution(
        voice,
        (),
        (),
        text[tokens[i][1] : cue_end],
        tokens[i][1],
        cue_end,
        span[0],
        span[1],
        _quote_kind(quotes, *span),
        Stance.ASSERTS,
    )


def extract_english(text: str, sentences: Sequence[Sentence], known: Known) -> list[RawAttribution]:
    """Find the attributions of English sentences, in text order."""
    found: list[RawAttribution] = []
    last_paragraph_quoted = False
    for index, sentence in enumerate(sentences):
        raws = _sentence(text, sentence, known)
        if raws and raws[-1].start == raws[-1].end:
            lead = raws.pop()
            if index + 1 < len(sentences):
                start, end, quote = colon_paragraph(text, sentences[index + 1])
                raws.append(replace(lead, start=start, end=end, quote=quote))
        chunk = text[sentence.start : sentence.end].strip()
        if not raws and found and chunk[:1] in OPENING_QUOTES and last_paragraph_quoted:
            # A floating quote: a quoted sentence with no cue continues the last speaker.
            span = _content(text, sentence.start, sentence.end)
            if span is not None:
                last = found[-1]
                raws = [
                    RawAttribution(
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
                ]
        for raw in raws:
            if not any(_overlap(raw, f) for f in found[-MAX_OVERLAP_LOOKBACK:]):
                found.append(raw)
        last_paragraph_quoted = bool(raws) and (
            raws[-1].quote is QuoteKind.DIRECT or chunk[:1] in OPENING_QUOTES
        )
    return found
