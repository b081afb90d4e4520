"""Find attributions in Arabic news text: cue, voice, carriers, inner voices and content (pure).

Each sentence is tokenised with offsets; cue words are looked up after stripping و/ف; then the
voice phrase, the carriers (في تصريح لوكالة X), the relayed voices (نقلا عن Y، عن Y قوله) and
the content (after إن/أن/بأن, a colon, or inside quotation marks) are read around the cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...models import Mention, QuoteKind, RawAttribution, Stance
from ...text import (
    OPENING_QUOTES,
    Sentence,
    Token,
    fold,
    quote_spans,
    tokenize,
    trim_span,
)
from ..base import Known
from ..common import colon_paragraph
from . import lexicon as lx
from .voices import read_voice

#: A voice phrase longer than this (in tokens) is not a voice but a clause.
MAX_VOICE_TOKENS = 12
#: How far after a verb (in tokens) its content must begin.
MAX_LEAD_TOKENS = 28
#: Attributions looked back on for one whose span already holds a cue or a content: a span
#: holds a handful of cues at most, and the bound keeps a page of thousands of cues linear.
MAX_OVERLAP_LOOKBACK = 32

_DENIAL_OBJECTS = frozenset(
    fold(w)
    for w in (
        "صحة",
        "وجود",
        "ما",
        "أي",
        "الأنباء",
        "الانباء",
        "التقارير",
        "الأخبار",
        "علمه",
        "علمها",
        "قيام",
        "حدوث",
        "مسؤوليته",
        "مسؤوليتها",
        "تورطه",
        "تورطها",
        "الاتهامات",
        "اتهامات",
        "الشائعات",
        "شائعات",
        "المعلومات",
        "الرواية",
    )
)
_LINKERS = frozenset(fold(w) for w in ("إلى", "الى", "على", "عن", "في", "بشأن", "حول"))
_NOT_ATTACHED = frozenset(fold(w) for w in ("وقت", "حين", "هذا", "ذلك", "تصريح", "حديث", "بيان"))
_NEWS_OBJECTS = frozenset(fold(w) for w in ("خبرا", "خبراً", "تقريرا", "تقريراً", "خبر", "تقرير"))
_TAKES_LAM = frozenset(fold(w) for w in ("وفقا", "طبقا", "وفق"))
_KEEP_WHOLE = (
    frozenset(lx.VERB_CUES)
    | frozenset(lx.PREPOSITIONS)
    | lx.OUTLET_HEADS
    | lx.AGENCY_HEADS
    | lx.OFFICIAL_TITLES
    | lx.BODY_HEADS
)
_LEADING_PARTICLES = frozenset(
    fold(w) for w in ("لكن", "ولكن", "لكنّ", "بينما", "فيما", "كما", "أما", "اما", "غير", "إلا")
)
_QUOTE_HEADS = lx.OUTLET_HEADS | lx.AGENCY_HEADS | lx.BODY_HEADS | lx.DOCUMENT_HEADS
_RELATIVES = frozenset(fold(w) for w in ("ما", "مما", "بما", "الذي", "التي", "الذين", "لما", "كما"))
_CONTINUATIONS = frozenset(fold(w) for w in ("وأن", "وأنه", "وأنها", "وأنهم", "وإن", "وإنه"))


@dataclass(frozen=True, slots=True)
class _Spot:
    """A cue found at token index ``i`` of a sentence."""

    i: int
    cue: lx.Cue
    #: True when the cue opens a new clause (و/ف prefix or a comma before it).
    clause_start: bool


def _token_start(token: Token) -> int:
    return token.start


def _spot_index(spot: _Spot) -> int:
    return spot.i


def _inside(quotes: Sequence[tuple[int, int]], offset: int) -> bool:
    """True when offset is strictly inside one of the quotations (sorted and disjoint)."""
    k = bisect_left(quotes, offset, key=_quote_open)
    return k > 0 and quotes[k - 1][0] < offset < quotes[k - 1][1]


def _quote_open(quote: tuple[int, int]) -> int:
    return quote[0]


def _strip_conj(norm: str) -> str:
    """Drop a و/ف conjunction, unless the word itself is a cue or head ("وفق", "وكالة")."""
    if len(norm) > 2 and norm[0] in "وف" and norm not in _KEEP_WHOLE:
        return norm[1:]
    return norm


def _spot(tokens: Sequence[Token], quotes: Sequence[tuple[int, int]]) -> list[_Spot]:
    """Find the cue words of a sentence that are not inside a quotation."""
    spots: list[_Spot] = []
    for i, tok in enumerate(tokens):
        norm = tok.norm
        if norm not in _CUE_WORDS and norm[1:] not in _CUE_WORDS:
            continue
        if not tok.is_word or _inside(quotes, tok.start):
            continue
        bare = _strip_conj(norm)
        prev = tokens[i - 1].text if i else ""
        clause_start = i == 0 or bare != norm or prev in "،,؛;:"
        nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        cue = _reading(bare, nxt, tokens, i)
        if (
            cue is not None
            and cue.cls is lx.CueClass.VERB
            and i
            and tokens[i - 1].norm in _RELATIVES
        ):
            continue  # "ما يؤكد …", "الذي أعلن …": a relative clause, not a report
        if cue is not None:
            spots.append(_Spot(i, cue, clause_start))
    return spots


def _reading(bare: str, nxt: str, tokens: Sequence[Token], i: int) -> lx.Cue | None:
    if bare == "علي" and nxt == "حد" and i + 2 < len(tokens):
        if tokens[i + 2].norm in lx.PRONOUN_NOUNS:
            return lx.Cue("على حد", lx.CueClass.PRONOUN_PHRASE)
    if bare in lx.PREPOSITIONS or bare in {"بحسب", "حسبما"}:
        if nxt in lx.PRONOUN_NOUNS:
            return lx.Cue(bare, lx.CueClass.PRONOUN_PHRASE)
        if bare in {"نقلا"} and nxt != "عن":
            return None
        return lx.Cue(bare, lx.CueClass.PREPOSITION)
    if bare in lx.IMPERSONAL or tokens[i].norm in lx.IMPERSONAL:
        if nxt in lx.COMPLEMENTISERS and (i == 0 or tokens[i - 1].text in "،,؛"):
            return lx.Cue(bare, lx.CueClass.IMPERSONAL)
    return lx.VERB_CUES.get(bare)


class _Sentence:
    """One sentence being read: its tokens, quotes and the attributions found so far."""

    def __init__(self, text: str, sentence: Sentence, known: Known) -> None:
        self.text = text
        self.sentence = sentence
        self.known = known
        self.tokens = tokenize(text, sentence.start, sentence.end)
        self.quotes = quote_spans(text, sentence.start, sentence.end)
        self.spots = _spot(self.tokens, self.quotes)
        # Per-token lookups built once, so that a sentence of many cues reads in linear time.
        self.spot_at = {s.i: s for s in self.spots}
        self.clause_starts = [0] * (len(self.tokens) + 1)
        for k, tok in enumerate(self.tokens):
            spot = self.spot_at.get(k)
            breaks = tok.text in "،,؛;:" or (spot is not None and spot.cue.cls is lx.CueClass.VERB)
            self.clause_starts[k + 1] = k + 1 if breaks else self.clause_starts[k]
        self.quote_from = {a: (a, b) for a, b in self.quotes}
        self.quote_ends = [b for _, b in self.quotes]
        self.boundaries = [s.i for s in self.spots if self._ends_content(s)]
        self.found: list[RawAttribution] = []

    # -- helpers ---------------------------------------------------------------------------

    def quote_at(self, index: int) -> tuple[int, int] | None:
        """The quotation opened by the token at index, if any."""
        if index >= len(self.tokens) or self.tokens[index].text not in OPENING_QUOTES:
            return None
        return self.quote_from.get(self.tokens[index].start)

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after offset."""
        return bisect_left(self.tokens, offset, key=_token_start)

    def boundary_after(self, index: int) -> int:
        """Offset where a clause that starts at token index ends: the next cue clause, or the end.

        A later cue ends the content when it opens a clause of its own ("، وقال", "، مشيرا"),
        or is a prepositional cue placed after its content ("، بحسب الوكالة").
        """
        k = bisect_right(self.boundaries, index)
        if k == len(self.boundaries):
            return self.sentence.end
        return self._clause_cut(self.boundaries[k])

    def _ends_content(self, spot: _Spot) -> bool:
        """True when the cue at spot opens a clause that ends the content before it."""
        if spot.cue.cls is lx.CueClass.VERB and not spot.clause_start:
            return False
        if spot.cue.cls is lx.CueClass.PREPOSITION and not self._comma_before(spot.i):
            return False
        if spot.cue.cls is lx.CueClass.PRONOUN_PHRASE and not self._comma_before(spot.i):
            return False
        if spot.cue.cls is lx.CueClass.PARTICIPLE and not (
            self._comma_before(spot.i) and self._opens_content_soon(spot.i, 3)
        ):
            return False
        if spot.cue.cls is lx.CueClass.VERB and not self._comma_before(spot.i):
            # "… ولفت" without a comma is still a new clause when the verb has a subject or
            # a complementiser right after it; a bare و+noun is not a cue at all.
            return self._opens_content_soon(spot.i)
        return True

    def _comma_before(self, index: int) -> bool:
        return index > 0 and self.tokens[index - 1].text in "،,؛;"

    def _opens_content_soon(self, index: int, window: int = 12) -> bool:
        for tok in self.tokens[index + 1 : index + window]:
            if tok.norm in lx.COMPLEMENTISERS or tok.text == ":":
                return True
        return False

    def _clause_cut(self, index: int) -> int:
        """Offset of the end of the text before the clause that begins at token index."""
        k = index
        while k > 0 and not self.tokens[k - 1].is_word and self.tokens[k - 1].text in "،,؛;":
            k -= 1
        return self.tokens[k - 1].end if k > 0 else self.tokens[index].start

    def _content_start_before(self, index: int) -> int:
        """Start of the content a trailing cue ("، بحسب X" / "، على حد قوله") looks back on."""
        k = index
        while k > 0 and self.tokens[k - 1].text in "،,؛;":
            k -= 1
        return self.clause_start_before(k) if k < index else self.clause_start_before(index)

    def clause_start_before(self, index: int) -> int:
        """Token index where the clause holding token index begins."""
        return self.clause_starts[index]

    def content_span(
        self, index: int, *, limit: int | None = None
    ) -> tuple[int, int, QuoteKind] | None:
        """Content starting at token index: a quotation, or the clause up to the boundary."""
        while index < len(self.tokens) and self.tokens[index].text in "،,:":
            index += 1
        if index >= len(self.tokens):
            return None
        quote = self.quote_at(index)
        end = limit if limit is not None else self.boundary_after(index)
        if quote is not None:
            after = self.index_at(quote[1] + 1)
            rest_end = end
            rest = self.text[quote[1] + 1 : rest_end].strip(" .،,؛;\"'»”")
            if not rest or after >= len(self.tokens) or quote[1] + 1 >= rest_end:
                return quote[0] + 1, quote[1], QuoteKind.DIRECT
        start = self.tokens[index].start
        start, end = trim_span(self.text, start, end)
        if end - start < 3:
            return None
        whole_quote = self.quote_from.get(start - 1) == (start - 1, end)
        return start, end, QuoteKind.DIRECT if whole_quote else QuoteKind.INDIRECT

    # -- voice phrases -----------------------------------------------------------------------

    def phrase_end(self, index: int, *, verb: lx.Cue | None, carrier: bool = False) -> int:
        """Token index where a voice phrase starting at index stops.

        With ``carrier`` the phrase starts with an attached ل ("لقناة «…»").
        """
        k = index
        while k < len(self.tokens) and k - index < MAX_VOICE_TOKENS:
            tok = self.tokens[k]
            norm = tok.norm
            if tok.text in OPENING_QUOTES:
                prev = self.tokens[k - 1].norm if k > index else ""
                quote = self.quote_at(k)
                if (
                    quote is not None
                    and k > index
                    and (
                        _strip_conj(prev) in _QUOTE_HEADS
                        or prev in {"ل", "لل"}
                        or (prev[:1] == "ل" and prev[1:] in _QUOTE_HEADS)
                        or (quote[1] - quote[0] < 40 and self._short_name_quote(quote))
                    )
                ):
                    k = self.index_at(quote[1] + 1)
                    continue
                return k
            if not tok.is_word or (k > index and norm in lx.PRONOUN_NOUNS):
                return k
            if k > index and tok.text.endswith(("ً", "اً")):
                return k  # an accusative adverb: "قال كيري مازحاً"
            if norm in lx.COMPLEMENTISERS or norm in lx.ADVERBS or (norm in _LINKERS and k > index):
                if norm in {"في", "عن"} and k > index and self._attached_phrase(k):
                    k += 1
                    continue
                return k
            if k > index and (norm in lx.CLAUSE_BREAKERS or self._is_spot(k)):
                return k
            if verb is not None and verb.stance is Stance.DENIES and k > index:
                if norm in _DENIAL_OBJECTS:
                    return k
            if k > index and norm.startswith("ل") and self._carrier_at(k):
                return k
            if carrier and k == index:
                k += 1
                continue
            k += 1
        return k

    def _name_in_lead(self, k: int) -> bool:
        """A short quotation in the lead that a complementiser follows is a name, not content:
        "في بيان حصلت «الشرق الأوسط» على نسخة منه، إن …"."""
        quote = self.quote_at(k)
        if quote is None or len(self.text[quote[0] + 1 : quote[1]].split()) > 4:
            return False
        after = self.index_at(quote[1] + 1)
        return any(t.norm in lx.COMPLEMENTISERS for t in self.tokens[after : after + 10])

    def _short_name_quote(self, quote: tuple[int, int]) -> bool:
        inner = self.text[quote[0] + 1 : quote[1]]
        return 0 < len(inner.split()) <= 4 and self.known([fold(w) for w in inner.split()], True)

    def _attached_phrase(self, k: int) -> bool:
        """في/عن inside a voice phrase: "مصدر في الوزارة", "الباحث في الشؤون الدولية"."""
        prev = self.tokens[k - 1].norm
        nxt = self.tokens[k + 1].norm if k + 1 < len(self.tokens) else ""
        if nxt in lx.OCCASIONS or nxt in _NOT_ATTACHED:
            return False
        if self.tokens[k].norm == "عن":
            return prev in {"صادر", "الصادر"}
        return prev in lx.ANONYMOUS_HEADS or prev in lx.PERSON_TITLES or prev in lx.OFFICIAL_TITLES

    def _is_spot(self, k: int) -> bool:
        return k in self.spot_at

    def _carrier_at(self, k: int) -> bool:
        """ "لوكالة …" / "لـ«…»" / "لصحيفة …": a medium that carried the statement."""
        tok = self.tokens[k]
        norm = tok.norm
        if norm == "ل" and k + 1 < len(self.tokens):
            return True
        rest = norm[1:]
        return rest in lx.OUTLET_HEADS or rest in lx.AGENCY_HEADS or rest in lx.MEDIA_PLURALS

    def read_carrier(self, k: int) -> tuple[Mention | None, int]:
        """Read "لـX" at token k; return (mention or None, index after it)."""
        tok = self.tokens[k]
        if tok.norm == "ل":
            start = k + 1
            end = self.phrase_end(start, verb=None)
            if end == start and self.quote_at(start) is not None:
                quote = self.quote_at(start)
                assert quote is not None
                end = self.index_at(quote[1] + 1)
            phrase = self.tokens[start:end]
        else:
            end = self.phrase_end(k, verb=None, carrier=True)
            stripped = Token(tok.text[1:].lstrip("ـ"), tok.start + 1, tok.end, tok.norm[1:])
            phrase = [stripped, *self.tokens[k + 1 : end]]
        if not phrase:
            return None, end
        mention = read_voice(self.text, phrase, self.known, allow_bare_name=False)
        if mention is None and self._quoted(phrase):
            mention = read_voice(self.text, phrase, self.known, allow_bare_name=True)
        return mention, end

    def _quoted(self, phrase: Sequence[Token]) -> bool:
        return bool(phrase) and phrase[0].text in OPENING_QUOTES

    # -- cue readers -------------------------------------------------------------------------

    def read_all(self) -> list[RawAttribution]:
        """Read every cue of the sentence into attributions."""
        for spot in self.spots:
            at = self.tokens[spot.i].start
            # A cue inside a span already read (its lead or content) belongs to that reading.
            lookback = self.found[-MAX_OVERLAP_LOOKBACK:]
            if any(min(r.cue_start, r.start) <= at < r.end for r in lookback):
                continue
            cls = spot.cue.cls
            if cls is lx.CueClass.VERB:
                raw = self.read_verb(spot)
            elif cls is lx.CueClass.PARTICIPLE:
                raw = self.read_participle(spot)
            elif cls is lx.CueClass.PREPOSITION:
                raw = self.read_preposition(spot)
            elif cls is lx.CueClass.PRONOUN_PHRASE:
                raw = self.read_pronoun_phrase(spot)
            else:
                raw = self.read_impersonal(spot)
            if raw is not None:
                self.found.append(raw)
        return self.found

    def _cue_text(self, i: int, j: int | None = None) -> tuple[str, int, int]:
        tok = self.tokens[i]
        start = tok.start + (1 if tok.norm != _strip_conj(tok.norm) else 0)
        end = self.tokens[j].end if j is not None else tok.end
        return self.text[start:end], start, end

    def read_verb(self, spot: _Spot) -> RawAttribution | None:
        """قال X [لـY] [نقلا عن Z] إن … / X قال: «…» / نقلت X عن Y قوله …"""
        cue = spot.cue
        i = spot.i
        k = i + 1
        while k < len(self.tokens) and (
            self.tokens[k].norm in lx.ADVERBS or self.tokens[k].text in "،,"
        ):
            if (
                self.tokens[k].text in "،,"
                and k + 1 < len(self.tokens)
                and (self.tokens[k + 1].norm in lx.COMPLEMENTISERS)
            ):
                break
            k += 1
        subject: Mention | None = None
        subject_end = k
        starts_modifier = k < len(self.tokens) and (
            self.tokens[k].norm in _LINKERS
            or self.tokens[k].norm in lx.COMPLEMENTISERS
            or (self.tokens[k].norm.startswith("ل") and self._carrier_at(k))
            or self.tokens[k].text in ":"
            or self.tokens[k].text in OPENING_QUOTES
        )
        if not starts_modifier and k < len(self.tokens):
            subject_end = self.phrase_end(k, verb=cue)
            if subject_end > k:
                subject = read_voice(
                    self.text,
                    self.tokens[k:subject_end],
                    self.known,
                    allow_bare_name=True,
                    gender=cue.gender,
                )
                if subject is None:
                    return None
        carriers: list[Mention] = []
        inner: list[Mention] = []
        k = subject_end
        content_at: int | None = None
        steps = 0
        while k < len(self.tokens) and steps < MAX_LEAD_TOKENS:
            steps += 1
            tok = self.tokens[k]
            norm = tok.norm
            if norm in lx.COMPLEMENTISERS:
                content_at = (
                    k if norm.endswith(("ه", "ها", "هم", "هما", "نا")) and len(norm) > 3 else k + 1
                )
                if norm in {"بانه", "بانها", "انه", "انها", "انهم"}:
                    content_at = k
                break
            if tok.text in OPENING_QUOTES and self._name_in_lead(k):
                lead_quote = self.quote_at(k)
                assert lead_quote is not None
                k = self.index_at(lead_quote[1] + 1)
                continue
            if tok.text == ":" or tok.text in OPENING_QUOTES:
                content_at = k + 1 if tok.text == ":" else k
                break
            if tok.text in "،,":
                k += 1
                continue
            if norm in lx.ADVERBS or norm in lx.PRONOUN_NOUNS:
                k += 1
                continue
            if _strip_conj(norm) == "نقلا":
                if k + 1 < len(self.tokens) and self.tokens[k + 1].norm == "عن":
                    end = self.phrase_end(k + 2, verb=None)
                    voice = read_voice(
                        self.text, self.tokens[k + 2 : end], self.known, allow_bare_name=True
                    )
                    if voice is not None:
                        inner.append(voice)
                    k = end
                    continue
            if norm in {"عن", "عنه", "عنها", "عنهم"}:
                if norm == "عن" and cue.lemma == "نقل":
                    end = self.phrase_end(k + 1, verb=None)
                    voice = read_voice(
                        self.text, self.tokens[k + 1 : end], self.known, allow_bare_name=True
                    )
                    if voice is not None:
                        inner.append(voice)
                    k = end
                    continue
                if norm == "عن" and cue.takes_an:
                    content_at = k + 1
                    break
                k += 1
                continue
            if norm in {"في", "خلال", "عبر", "أمام", "امام"} and k + 1 < len(self.tokens):
                nxt = self.tokens[k + 1].norm
                if nxt in lx.OCCASIONS or _strip_conj(nxt) in lx.OCCASIONS:
                    k += 2
                    continue
                k += 1
                continue
            if norm.startswith("ل") and self._carrier_at(k):
                carrier, k = self.read_carrier(k)
                if carrier is not None:
                    carriers.append(carrier)
                continue
            if norm in {
                "له",
                "لها",
                "لهم",
                "صحفي",
                "صحفية",
                "صحافي",
                "صحافية",
                "خاص",
                "خاصة",
                "الى",
                "على",
                "بان",
                "بشان",
                "حول",
                "مؤتمر",
            }:
                k += 1
                continue
            if cue.stance is Stance.DENIES and (norm in _DENIAL_OBJECTS or subject is not None):
                content_at = k
                break
            if cue.takes_an and norm in _NEWS_OBJECTS:
                k += 1
                continue
            if self._is_spot(k) or cue.strict or steps > 12:
                return None
            k += 1
        if content_at is None:
            return self._content_before(spot, subject, carriers, inner)
        if subject is None and cue.strict and content_at - i > 3:
            return None
        if content_at >= len(self.tokens) and self.tokens[content_at - 1].text == ":":
            span: tuple[int, int, QuoteKind] | None = (
                self.sentence.end,
                self.sentence.end,
                QuoteKind.INDIRECT,
            )
        else:
            span = self.content_span(content_at)
        if span is None:
            return None
        start, end, quote = span
        start, inner = (
            self._nested(start, end, inner) if quote is QuoteKind.INDIRECT else (start, inner)
        )
        if subject is None and spot.clause_start is False and i > 0:
            subject = self._subject_before(i, cue.gender)
        cue_text, c_start, c_end = self._cue_text(i)
        return RawAttribution(
            subject,
            tuple(carriers),
            tuple(inner),
            cue_text,
            c_start,
            c_end,
            start,
            end,
            quote,
            cue.stance,
            cue.gender,
        )

    def _content_before(
        self,
        spot: _Spot,
        subject: Mention | None,
        carriers: list[Mention],
        inner: list[Mention],
    ) -> RawAttribution | None:
        """«…»، قال المتحدث: a quotation just before the cue is its content."""
        i = spot.i
        before = bisect_left(self.quote_ends, self.tokens[i].start)
        if not before or subject is None:
            return None
        a, b = self.quotes[before - 1]
        between = self.text[b + 1 : self.tokens[i].start].strip(" ،,.")
        if between:
            return None
        cue_text, c_start, c_end = self._cue_text(i)
        return RawAttribution(
            subject,
            tuple(carriers),
            tuple(inner),
            cue_text,
            c_start,
            c_end,
            a + 1,
            b,
            QuoteKind.DIRECT,
            spot.cue.stance,
            spot.cue.gender,
        )

    def _subject_before(self, i: int, gender: str) -> Mention | None:
        """Subject-first order: "وزير الخارجية … قال إن" reads the phrase before the verb."""
        start = self.clause_start_before(i)
        while start < i and self.tokens[start].norm in _LEADING_PARTICLES:
            start += 1
        phrase = self.tokens[start:i]
        if not phrase or len(phrase) > MAX_VOICE_TOKENS:
            return None
        first = _strip_conj(phrase[0].norm)
        if first in lx.PRONOUN_LEADS or phrase[0].norm in {"من"}:
            return None
        return read_voice(self.text, phrase, self.known, allow_bare_name=start == 0, gender=gender)

    def _nested(self, start: int, end: int, inner: list[Mention]) -> tuple[int, list[Mention]]:
        """Content that opens with another voice and cue ("التسريبات تتحدث عن أن …") nests."""
        k = self.index_at(start)
        # Spots sit on distinct tokens: only the six after token k can be within six of it.
        after_k = bisect_right(self.spots, k, key=_spot_index)
        for spot in self.spots[after_k : after_k + 6]:
            if spot.i <= k or spot.i - k > 6 or spot.cue.cls is not lx.CueClass.VERB:
                continue
            if self.tokens[spot.i].start >= end:
                break
            voice = read_voice(
                self.text, self.tokens[k : spot.i], self.known, allow_bare_name=False
            )
            if voice is None:
                return start, inner
            m = spot.i + 1
            while m < len(self.tokens) and m - spot.i <= 3:
                norm = self.tokens[m].norm
                if norm in lx.COMPLEMENTISERS:
                    nested_at = m + 1 if len(norm) <= 3 else m
                    if nested_at >= len(self.tokens) or self.tokens[nested_at].start >= end:
                        return start, inner
                    new_start = self.tokens[nested_at].start
                    # The inner complementiser's clause may nest again ("عن أن").
                    return new_start, [*inner, voice]
                if norm not in _LINKERS:
                    break
                m += 1
            return start, inner
        return start, inner

    def read_participle(self, spot: _Spot) -> RawAttribution | None:
        """…، مشيرا إلى أن … : the voice is the clause's speaker."""
        i = spot.i
        k = i + 1
        while k < len(self.tokens) and k - i <= 3:
            tok = self.tokens[k]
            if tok.norm in lx.COMPLEMENTISERS:
                content_at = k + 1 if len(tok.norm) <= 3 else k
                break
            if tok.text == ":" or tok.text in OPENING_QUOTES:
                content_at = k + 1 if tok.text == ":" else k
                break
            if tok.norm not in _LINKERS and tok.norm not in lx.PRONOUN_NOUNS:
                return None
            k += 1
        else:
            return None
        span = self.content_span(content_at)
        if span is None:
            return None
        start, end, quote = span
        cue_text, c_start, c_end = self._cue_text(i)
        return RawAttribution(
            None,
            (),
            (),
            cue_text,
            c_start,
            c_end,
            start,
            end,
            quote,
            spot.cue.stance,
            spot.cue.gender,
        )

    def read_preposition(self, spot: _Spot) -> RawAttribution | None:
        """بحسب X، … / …، وفقا لـX / نقلا عن X / بحسب ما ذكرت X."""
        i = spot.i
        k = i + 1
        if k < len(self.tokens) and self.tokens[k].norm in {"عن", "الى", "ل"}:
            k += 1
        if k >= len(self.tokens):
            return None
        tokens = list(self.tokens)
        first = tokens[k]
        strip_l = spot.cue.lemma in _TAKES_LAM and first.norm.startswith("ل")
        inner: list[Mention] = []
        source: Mention | None
        if first.norm in {"ما", "لما"} or spot.cue.lemma == "حسبما":
            verb_at = k + 1 if first.norm in {"ما", "لما"} else k
            source, after, inner = self._embedded_verb(verb_at)
            if source is None:
                return None
        else:
            if strip_l:
                first = Token(
                    first.text[1:].lstrip("ـ"), first.start + 1, first.end, first.norm[1:]
                )
            end = (
                self.phrase_end(k, verb=None) if not strip_l else self.phrase_end(k + 1, verb=None)
            )
            phrase = [first, *tokens[k + 1 : end]]
            strong = spot.cue.lemma in {"بحسب", "نقلا"}
            source = read_voice(self.text, phrase, self.known, allow_bare_name=strong)
            if source is None:
                return None
            after = end
        carriers: list[Mention] = []
        while (
            after < len(self.tokens)
            and self.tokens[after].norm.startswith("ل")
            and (self._carrier_at(after))
        ):
            carrier, after = self.read_carrier(after)
            if carrier is not None:
                carriers.append(carrier)
        cue_text, c_start, c_end = self._cue_text(i)
        rest = self.text[
            self.tokens[after].start
            if after < len(self.tokens)
            else self.sentence.end : self.sentence.end
        ]
        trailing = len(rest.strip(" .،,؛;!؟?\"'»”")) < 3 and i > 0
        clause_start = self._content_start_before(i) if trailing else i
        if not trailing:
            # Prepositional phrase leads the clause: content follows it.
            span = self.content_span(after)
            if span is None:
                return None
            start, end, quote = span
            while True:
                k2 = self.index_at(start)
                if (
                    k2 < len(self.tokens)
                    and self.tokens[k2].norm in lx.COMPLEMENTISERS
                    and (len(self.tokens[k2].norm) <= 3)
                ):
                    start = self.tokens[k2 + 1].start if k2 + 1 < len(self.tokens) else end
                    continue
                break
        else:
            if clause_start >= i:
                return None
            start = self.tokens[clause_start].start
            end = self._clause_cut(i)
            start, end = trim_span(self.text, start, end)
            whole = self.quote_from.get(start - 1) == (start - 1, end)
            quote = QuoteKind.DIRECT if whole else QuoteKind.INDIRECT
        if end - start < 3:
            return None
        return RawAttribution(
            source,
            tuple(carriers),
            tuple(inner),
            cue_text,
            c_start,
            c_end,
            start,
            end,
            quote,
            spot.cue.stance,
            "",
        )

    def _embedded_verb(self, k: int) -> tuple[Mention | None, int, list[Mention]]:
        """بحسب ما نقلت X عن Y / وفقا لما ذكره X: the embedded verb's subject is the voice."""
        if k >= len(self.tokens):
            return None, k, []
        norm = _strip_conj(self.tokens[k].norm)
        stem = norm
        for suffix in ("ته", "تها", "ه", "ها"):
            if norm.endswith(suffix) and norm[: -len(suffix)] in lx.VERB_CUES:
                stem = norm[: -len(suffix)]
                break
        if stem not in lx.VERB_CUES:
            return None, k, []
        m = k + 1
        inner: list[Mention] = []
        while m < len(self.tokens) and self.tokens[m].norm in {"عنه", "عنها", "عنهم", "به"}:
            m += 1
        end = self.phrase_end(m, verb=None)
        source = read_voice(self.text, self.tokens[m:end], self.known, allow_bare_name=True)
        if end < len(self.tokens) and self.tokens[end].norm == "عن":
            inner_end = self.phrase_end(end + 1, verb=None)
            voice = read_voice(
                self.text, self.tokens[end + 1 : inner_end], self.known, allow_bare_name=True
            )
            if voice is not None:
                inner.append(voice)
            end = inner_end
        return source, end, inner

    def read_pronoun_phrase(self, spot: _Spot) -> RawAttribution | None:
        """…، على حد قوله / حسب تعبيره: the content is the clause before, the voice "he"."""
        i = spot.i
        clause_start = self._content_start_before(i)
        if clause_start >= i:
            return None
        start, end = trim_span(self.text, self.tokens[clause_start].start, self._clause_cut(i))
        if end - start < 3:
            return None
        noun = self.tokens[i + 2].norm if spot.cue.lemma == "على حد" else self.tokens[i + 1].norm
        gender = "p" if noun.endswith("هم") else "f" if noun.endswith("ها") else "m"
        last = 2 if spot.cue.lemma == "على حد" else 1
        cue_text, c_start, c_end = self._cue_text(i, i + last)
        whole = self.quote_from.get(start - 1) == (start - 1, end)
        quote = QuoteKind.DIRECT if whole else QuoteKind.INDIRECT
        return RawAttribution(
            None, (), (), cue_text, c_start, c_end, start, end, quote, Stance.ASSERTS, gender
        )

    def read_impersonal(self, spot: _Spot) -> RawAttribution | None:
        """يُعتقد أن … / قيل إن …: a statement with no voice at all."""
        span = self.content_span(
            spot.i + 2 if len(self.tokens[spot.i + 1].norm) <= 3 else spot.i + 1
        )
        if span is None:
            return None
        start, end, quote = span
        cue_text, c_start, c_end = self._cue_text(spot.i)
        return RawAttribution(
            None,
            (),
            (),
            cue_text,
            c_start,
            c_end,
            start,
            end,
            quote,
            Stance.ASSERTS,
            "",
            impersonal=True,
        )


def extract_sentences(
    text: str, sentences: Sequence[Sentence], known: Known
) -> list[RawAttribution]:
    """Find the attributions of a sequence of sentences, in text order.

    Content runs over the next sentence when the text makes that plain: a colon lead-in that
    ends its sentence takes the next one, and a sentence that opens with "وأن" continues the
    indirect content before it.
    """
    found: list[RawAttribution] = []
    for index, sentence in enumerate(sentences):
        if not _may_hold_cue(text[sentence.start : sentence.end]):
            continue
        raws = _Sentence(text, sentence, known).read_all()
        for raw in raws:
            raw = _continue(text, raw, sentences, index)
            if raw.end - raw.start >= 3:
                found.append(raw)
    return _drop_overlaps(found)


#: Every folded word that can start a cue reading (without its و/ف).
_CUE_WORDS = (
    frozenset(lx.VERB_CUES) | frozenset(lx.PREPOSITIONS) | lx.IMPERSONAL | {"حسبما", "بحسب", "علي"}
)
#: The prefilter looks for "حد" rather than "على": على حد قوله needs both, and على alone is in
#: a third of all sentences.
_PREFILTER_WORDS = (_CUE_WORDS - {"علي"}) | {"حد"}
_WORD_SPLIT = re.compile(r"[^\w]+")


def _may_hold_cue(chunk: str) -> bool:
    """Cheap test before tokenising: does the folded sentence contain any cue form at all?"""
    words = _PREFILTER_WORDS
    for word in _WORD_SPLIT.split(fold(chunk)):
        if word in words or (word[:1] in "وف" and word[1:] in words):
            return True
    return False


def _continue(
    text: str, raw: RawAttribution, sentences: Sequence[Sentence], index: int
) -> RawAttribution:
    sentence = sentences[index]
    nxt = sentences[index + 1] if index + 1 < len(sentences) else None
    if nxt is None:
        return raw
    if raw.start == raw.end:
        start, end, quote = colon_paragraph(text, nxt)
        return replace(raw, start=start, end=end, quote=quote)
    tail = text[raw.end : sentence.end].strip(" .\"'»”")
    if tail:
        return raw
    if raw.quote is QuoteKind.INDIRECT:
        words = tokenize(text, nxt.start, min(nxt.end, nxt.start + 20))
        if words and words[0].norm in _CONTINUATIONS and nxt.paragraph == sentence.paragraph:
            return replace(raw, end=trim_span(text, raw.start, nxt.end)[1])
    return raw


def _drop_overlaps(raws: list[RawAttribution]) -> list[RawAttribution]:
    """Keep one attribution per content span: the one found first (outermost cue)."""
    kept: list[RawAttribution] = []
    for raw in raws:
        if any(
            k.start <= raw.start
            and raw.end <= k.end
            and k.cue_start != raw.cue_start
            and not (raw.cue_start >= k.end or raw.cue_start < k.start)
            for k in kept[-MAX_OVERLAP_LOOKBACK:]
        ):
            continue
        kept.append(raw)
    return kept
