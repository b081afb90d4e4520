"""Denials a cue does not mark, and claims quoted inside their own denial (pure).

"أكد مصدر أنه لا صحة لما تم تناقله عن …" has an asserting cue but denies: what it asserts is
that a report is untrue. And in "نفى فلان الأنباء التي تحدثت عن زيارة …" the reports the
denier names are what he denies, not something he asserts; an attribution found inside a
denial's span is the claim being denied, and its voice is not an asserting origin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang import content_words, union
from ..models import UNNAMED_KINDS, Attribution, Stance
from ..text import fold, normal_words, normalize, words_of
from .independence import origin_of

#: Openings of a content that says a report is untrue (normalized, every language's
#: ``Words.denial_phrases``), looked for among the first words of the content.
DENYING_PHRASES = tuple(sorted(union("denial_phrases")))
#: How many words into the content a denying phrase may start.
OPENING_WORDS = 6
#: Nouns calling a report made up (every language's ``Words.fabrication_phrases``).
FABRICATION_PHRASES = tuple(sorted(union("fabrication_phrases")))
#: Words naming what was reported (every language's ``Words.denial_frame``): "تداوله",
#: "الأنباء", "reports".
REPORT_WORDS = union("denial_frame")
#: Among how many content words opening the content the report must be named, and how many
#: words in the clause calling it untrue may start (``_calls_report_untrue``).
REPORT_OPENING = 3
CLOSING_WORDS = 30
#: Marks that end a clause.
_CLAUSE_BREAKS = re.compile(r"[،,؛;]")


#: denies_in_content's answers by content: judging a claim asks it again of every member.
_DENIES: dict[str, bool] = {}


def denies_in_content(content: str) -> bool:
    """True when the content's opening says that something reported is untrue."""
    found = _DENIES.get(content)
    if found is None:
        if len(_DENIES) > 100_000:
            _DENIES.clear()
        words = normal_words(content)  # (the words of normalize(content), not joined)
        found = _opens_with_denial(words) or _calls_report_untrue(content, words)
        _DENIES[content] = found
    return found


#: Any denying phrase, as a whole phrase between spaces: the first found in a text is where
#: the earliest of them starts.
_DENYING = re.compile("|".join(re.escape(f" {phrase} ") for phrase in DENYING_PHRASES))
#: Any noun calling a report made up, as a whole phrase between spaces.
_FABRICATED = re.compile("|".join(re.escape(f" {phrase} ") for phrase in FABRICATION_PHRASES))


def _opens_with_denial(words: Sequence[str]) -> bool:
    """True when a denying phrase starts within the first ``OPENING_WORDS`` of the content's
    normalized ``words``, and the content is not a bare report's reasons (``_gives_reasons``)."""
    head = " " + " ".join(words[: OPENING_WORDS + 4]) + " "
    found = _DENYING.search(head)  # the earliest phrase: if it starts too late, all do
    if found is None:
        return False
    before = head[: found.start()].count(" ")
    if before > OPENING_WORDS:
        return False
    after = before + found.group().strip().count(" ") + 1
    return not _gives_reasons(words[:before], words[after:])


#: Openings of the reasons given for calling a report untrue (every language's
#: ``Words.reason_openers``), as whole phrases.
REASON_OPENERS = tuple(sorted(union("reason_openers")))
#: Matching keys that only point back at a report (``Words.report_nouns`` and the words of
#: the denial frame): a report named by these alone names nothing it says.
REPORT_KEYS = union("report_nouns") | REPORT_WORDS


def _gives_reasons(before: Sequence[str], after: Sequence[str]) -> bool:
    """True when the words ``before`` a denying phrase point back at a report and say
    nothing of it, and those ``after`` it open the voice's reasons: in "ما قيل غير صحيح لعدة
    أسباب، أبرزها أن المصنع مغلق" what the voice says is the reasons, and it denies none
    of them; the report it calls untrue is named by no word of its own, so no claim could be
    matched to the denial."""
    if not before or not set(content_words(" ".join(before))) <= REPORT_KEYS:
        return False
    tail = " ".join(after) + " "
    return any(tail.startswith(opener + " ") for opener in REASON_OPENERS)


def _calls_report_untrue(content: str, words: Sequence[str]) -> bool:
    """True when the content opens by naming what was reported, and a later clause of its
    first ``CLOSING_WORDS`` words opens with a denying phrase: "ما تم تداوله عن رفع رسوم
    الموانئ والحديث عن آليات جديدة، غير صحيح" denies what was circulated, the denying phrase
    coming only after the report it names. The phrase must open its clause: "استخدم الدواء
    بشكل غير صحيح" says how, not that a report is untrue; or close the content, with no mark
    before it ("ما تداولته المواقع عن إفلاس الشركة غير صحيح"), or close the clause that names
    the report ("ما تم تداوله عن إفلاس الشركة لا صحة له، مؤكدا …"). ``words`` are the
    content's normalized words."""
    return _untrue_clause_at(content, words) is not None


def _untrue_clause_at(content: str, words: Sequence[str]) -> int | None:
    """Where (a character offset) the clause calling the report untrue starts, when the
    content is as ``_calls_report_untrue`` says, else None."""
    lead = " " + " ".join(words[: CLOSING_WORDS + 4]) + " "
    denying = _DENYING.search(lead) is not None
    if not denying and _FABRICATED.search(lead) is None:
        return None  # most contents: no denying phrase at all, no clause to read
    breaks = [m.end() for m in _CLAUSE_BREAKS.finditer(content)]
    starts = [0, *breaks]
    clauses = [content[a : b - 1] for a, b in zip(starts, breaks, strict=False)]
    clauses.append(content[starts[-1] :])
    opening = content_words(words_of(fold(clauses[0])))[:REPORT_OPENING]
    if REPORT_WORDS.isdisjoint(opening):
        return None
    made_up = _fabrication_at(clauses[0])
    if made_up is not None or not denying:
        return made_up
    closing = _closing_phrase_at(clauses[0])
    if closing is not None and len(clauses) > 1:
        return closing  # "ما تم تداوله عن … لا صحة لها، مؤكدا …": the phrase closes its clause
    seen = len(clauses[0].split())
    for start, clause in zip(starts[1:], clauses[1:], strict=True):
        if seen > CLOSING_WORDS:
            break
        head = " " + normalize(clause) + " "
        if any(head.startswith(" " + phrase + " ") for phrase in DENYING_PHRASES):
            return start
        seen += len(clause.split())
    return _closing_phrase_at(content)


#: Any run of characters between spaces: a word with the marks around it.
_TOKEN = re.compile(r"\S+")


def _closing_phrase_at(content: str) -> int | None:
    """Where the denying phrase that closes the content starts, or None: "ما تداولته المواقع
    عن إفلاس الشركة غير صحيح" calls the report untrue with no mark before the phrase, so no
    clause of its own opens with it (the caller has seen that the content opens with the
    report). Something must come before the phrase."""
    tokens = [(m.start(), normalize(m.group())) for m in _TOKEN.finditer(content)]
    tokens = [(start, word) for start, word in tokens if word]
    for phrase in DENYING_PHRASES:
        size = phrase.count(" ") + 1
        if len(tokens) > size and " ".join(w for _, w in tokens[-size:]) == phrase:
            return tokens[-size][0]
    return None


def _fabrication_at(content: str) -> int | None:
    """Where the first noun calling the report made up starts among the first
    ``CLOSING_WORDS`` words of ``content`` (the clause that names the report), after at least
    one word: "ما تم تداوله عن اعتقال المدير فبركات إعلامية" calls what it names made up with
    no mark before the noun; else None. In a later clause the noun may be something else
    the voice warns of ("…، فإنها توضح الصورة منعا لأي فبركات")."""
    tokens = [(m.start(), normalize(m.group())) for m in _TOKEN.finditer(content)]
    tokens = [(start, word) for start, word in tokens if word][:CLOSING_WORDS]
    for k in range(1, len(tokens)):
        for phrase in FABRICATION_PHRASES:
            size = phrase.count(" ") + 1
            if " ".join(w for _, w in tokens[k : k + size]) == phrase:
                return tokens[k][0]
    return None


def denied_part(content: str) -> str:
    """What a denial's content says is untrue: the report it names before the clause calling
    it untrue ("ما تم تداوله عن رفع الرسوم، غير صحيح، وأن أي تعديل سيعلن رسميا" → "ما تم تداوله
    عن رفع الرسوم"), else the whole content; what follows that clause is the denier's own say."""
    at = _untrue_clause_at(content, normalize(content).split())
    return content if at is None else content[: at - 1].rstrip()  # the break mark left out


def stance_of(att: Attribution) -> Stance:
    """The attribution's stance, a denial when its content denies though its cue asserts."""
    if att.stance is Stance.ASSERTS and denies_in_content(att.content):
        return Stance.DENIES
    return att.stance


def quoted_in_denials(attributions: Sequence[Attribution]) -> frozenset[str]:
    """Ids of asserting attributions that are the claim a denial of their article names.

    Their cue lies inside the denial's content, and their voice is the denier's own or an
    unnamed one ("الأنباء التي تحدثت عن …"): a named outlet reported inside a denial ("نفى
    ما نشرته صحيفة …") did assert the claim, and keeps its say.
    """
    denials = [a for a in attributions if stance_of(a) is Stance.DENIES]
    if not denials:
        return frozenset()
    out = set()
    for att in attributions:
        if stance_of(att) is not Stance.ASSERTS:
            continue
        for denial in denials:
            if not denial.start <= att.cue_start < denial.end:
                continue
            own = origin_of(att).independence_group == origin_of(denial).independence_group
            if own or att.source.kind in UNNAMED_KINDS:
                out.add(att.id)
    return frozenset(out)
