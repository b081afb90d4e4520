"""Give a role that speaks without a name the name the article gives its holder (pure).

"قال وزير الزراعة إن …" names no one, but the same article may write "وزير الزراعة حمدان
السالم" or "حمدان السالم، وزير الزراعة" elsewhere; "وقال الوزير" may follow "التقى وزير الزراعة
حمدان السالم …" in a sentence with no cue. The role is then that person: one speaker is never
two voices. Only role-only voices are looked up, each with a few ``str.find`` over the text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice
from typing import TypeGuard

from ...models import BODY_KINDS, Mention, RawAttribution, SourceKind
from ...text import CLOSING_QUOTES, OPENING_QUOTES, Token, fold, in_folded_head, tokenize
from ..base import Known, folded
from . import lexicon as lx
from .proclitics import strip_article
from .voices import (
    HONORIFIC_TITLES,
    KIN_HEADS,
    MIN_PLURAL_GROUP_LETTERS,
    ON_WRITTEN,
    act_with_it,
    given_name,
    nisba,
    read_voice,
)
from .words import WORDS

#: A full name has two words at least and five at most ("راشد بن عبدالله آل حمدان").
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 5
#: "لوكالة", "بالقول": a word this long after ل/ب carries a preposition ("بن" does not).
MIN_PREFIXED = 3
#: Forms of address that may open a role: "معالي الوزير", "سعادة السفير".
_COURTESIES = folded(
    """
    معالي سعادة سماحة فضيلة فخامة
    """
)
#: "البحريني": the article, three letters of the place at least, and the nisba's ي.
MIN_NISBA_LETTERS = 6
#: Letters left at least when a preposition or the article is taken off a title's word.
MIN_STEM_LETTERS = 3
#: Speakers after a role looked at for its holder named with the same title.
MAX_LATER_SPEAKERS = 6
#: Characters read around a role's occurrence for the name next to it.
NAME_WINDOW = 80
#: Occurrences of one role looked at, nearest first: a bound for a page that repeats it.
MAX_OCCURRENCES = 8
#: "أعلن رئيس الوزراء … . وقال خالد الحمدان …": the next speaker, named bare this close after
#: the role's words (characters), is its holder.
MAX_NAMED_AHEAD = 300

#: "من جانبه", "من جهتها", "بدوره", "في المقابل": the next speaker is another party.
_TURN = re.compile(fold(r"من (?:جانب|جهت|ناحيت)|بدور(?:ه|ها|هم)\b|في المقابل"))
#: Words that are never part of a name next to a role.
_NOT_NAME = folded(
    """
    في من عن على إلى الى مع لدى أمس اليوم غدا يوم مساء صباح الذي التي الذين أن ألا إن أنه بأن
    خلال عبر بعد قبل حيث كما وقد قد هذا هذه ذلك كل بين أيضا عقب أثناء أمام لدى
    """
) | folded(
    # Verbs of an official's day after his title ("يذكر أن وزير الصحة بدأ اجتماعه بـ …"): the
    # words after a role are his acts there, not his name.
    """
    بدأ قام أجرى التقى استقبل زار ترأس افتتح دشن وصل غادر شارك حضر رعى تسلم اطلع تفقد وقع
    """
)
#: "كان" opening a clause in the pluperfect ("وكان فلان، وزير المالية، قد أعلن"): its subject
#: follows, and the verb is never part of the name.
_BEING = folded(
    """
    كان كانت كانوا
    """
)
#: Words inside a name: "بن", "آل", "أبو".
_NAME_LINKS = folded(
    """
    بن بنت آل أبو ابو
    """
)


def name_roles(text: str, raws: Sequence[RawAttribution]) -> list[RawAttribution]:
    """The attributions with each role-only voice given its holder's name when the text has it."""
    out: list[RawAttribution] = []
    surnames: set[str] = set()
    full_names: dict[str, tuple[str, str, SourceKind]] = {}
    bodies: list[Mention] = []
    # The last words of every voice read so far: a surname one of them ends with is left to
    # the resolver, which knows the relay that voice spoke through.
    heard: set[str] = set()
    for raw in raws:
        voice = raw.source
        surnamed = _surnamed_holder(text, voice, full_names) if voice is not None else None
        pointed = _pointed_back(text, voice, out) if voice is not None else None
        if surnamed is not None:
            raw = replace(raw, source=surnamed)
        elif pointed is not None:
            raw = replace(raw, source=pointed)
        elif voice is not None and _role_only(voice):
            holder = _holder(text, voice, surnames) or _described_before(text, voice, out)
            holder = holder or _fuller_post_before(text, voice) or _named_right_after(text, voice)
            holder = holder or _post_named_later(text, voice) or _headed_by_name(text, voice)
            if holder is not None:
                name, descriptor = holder
                raw = replace(raw, source=replace(voice, name=name, descriptor=descriptor))
        elif voice is not None and _kin_only(voice):
            holder = _kin_named_before(text, voice)
            if holder is not None:
                name, descriptor = holder
                raw = replace(raw, source=replace(voice, name=name, descriptor=descriptor))
        elif voice is not None and (_person_title_only(voice) or _epithet(voice)):
            holder = _titled_holder(text, voice) or _described_before(text, voice, out)
            holder = holder or _epithet_of_last_speaker(text, voice, out)
            if holder is not None:
                name, descriptor = holder
                raw = replace(raw, source=replace(voice, name=name, descriptor=descriptor))
        elif voice is not None and (
            _plural_or_surname(voice)
            or (_surname_only(voice) and fold(voice.surface.split()[-1]) not in heard)
        ):
            # A full name the article gave a voice before, else a titled one in the text.
            word = voice.surface.strip()
            titled = full_names.get(fold(word.split()[-1])) or _titled_name(text, word, voice.start)
            if titled is not None and not _plural_or_surname(voice) and word[:2] != "ال":
                titled = titled if _plain_full_name(titled) else None
            if titled is not None:
                name, descriptor, kind = titled
                person = replace(voice, name=name, descriptor=descriptor, kind=kind, gender="")
                raw = replace(raw, source=person)
        elif voice is not None and _given_name_only(voice):
            in_full = _given_name_in_full(text, voice)
            if in_full is not None:
                raw = replace(raw, source=replace(voice, name=in_full))
        if voice is not None and voice.kind is SourceKind.OFFICIAL:
            same = _titled_for_body(voice, out)
            if same is not None:
                raw = replace(
                    raw, source=replace(voice, name=same.name, descriptor=same.descriptor)
                )
        if voice is not None and voice.kind in BODY_KINDS:
            raw = _body_shortened(raw, voice, bodies)
            if raw.source is not None and len(raw.source.name.split()) > 2:
                bodies.append(raw.source)
        if named_voice(raw.source):
            surnames.add(fold(raw.source.name.split()[-1]))
            if len(raw.source.name.split()) > 1 and raw.source.kind is not None:
                # "المتحدث باسم الهيئة جون هاملتون … وقال هاملتون": his surname alone later.
                full = (raw.source.name, raw.source.descriptor, raw.source.kind)
                full_names.setdefault(fold(raw.source.name.split()[-1]), full)
        heard.update(
            fold(mention.name.split()[-1])
            for mention in (raw.source, *raw.carriers, *raw.inner)
            if mention is not None and mention.name.strip()
        )
        out.append(raw)
    for k in range(len(out) - 1):
        role = out[k].source
        named_next = _named_next(text, out[k], out[k + 1]) or _titled_later(out[k], out[k + 1 :])
        if role is not None and named_next is not None:
            named = replace(role, name=named_next, descriptor=role.surface.strip())
            out[k] = replace(out[k], source=named)
    return out


#: "وأصدرت وزارة الصحة أمس بيانا …", "وصدر أمس عن الوزارة بيان …", "صدر عن الديوان البيان
#: التالي": the issuing verb (or "صدر عن", a word of time between), its subject (group 1), then
#: the statement; or the subject first, "وكانت الوزارة قد أصدرت أمس بيانا" (group 2). No full
#: stop, colon, comma or quotation mark inside the subject.
_ISSUED_STATEMENT = re.compile(
    r"(?<!\w)[وف]?(?:(?:[أاإ]صدر(?:ت)?|صدر(?:ت)?\s+(?:[^\s.:،,]+\s+)?عن)"
    r"\s+([^.:،,«»\"\n]{2,80}?)|كان(?:ت)?\s+([^.:،,«»\"\n]{2,80}?)\s+قد\s+[أاإ]صدر(?:ت)?"
    r"(?:\s+[^\s.:،,]+)?)\s+(?:ال)?بيان(?:اً|ًا|ا)?(?!\w)"
)
#: The bare definite statement that points back to the one issued before: "وقال البيان".
_THE_STATEMENT = folded(
    """
    البيان وبيان
    """
)
#: How far back (characters) the issuing sentence may stand.
MAX_ISSUED_BEFORE = 1500


def name_issuers(text: str, raws: Sequence[RawAttribution], known: Known) -> list[RawAttribution]:
    """ "أصدرت وزارة الصحة أمس بيانا بشأن … . وقال البيان إن …": "the statement" with no author
    of its own is the one the article said who issued; its issuer speaks. A statement whose
    issuer the text never names stays a document."""
    out = list(raws)
    for k, raw in enumerate(out):
        voice = raw.source
        if voice is None or voice.kind is not SourceKind.DOCUMENT:
            continue
        if fold(voice.surface.strip()) not in _THE_STATEMENT:
            continue
        issuer = issuer_before(text, raw.cue_start, known)
        if issuer is not None:
            out[k] = replace(raw, source=issuer)
    return out


def issuer_before(text: str, at: int, known: Known) -> Mention | None:
    """The voice that issued the last statement the text announced before ``at``, or None."""
    window = max(0, at - MAX_ISSUED_BEFORE)
    last = deque(_ISSUED_STATEMENT.finditer(text, window, at), maxlen=1)
    if not last:
        return None
    subject = 1 if last[0].group(1) is not None else 2
    words = tokenize(text, last[0].start(subject), last[0].end(subject))
    while words and words[-1].norm in lx.ADVERBS:
        words.pop()  # "أصدرت الوزارة أمس بيانا": the time is no part of the issuer
    found = read_voice(text, words, known, allow_bare_name=False) if words else None
    if found is None or found.kind in (None, SourceKind.DOCUMENT, SourceKind.ANONYMOUS):
        return None
    return found


#: "وأعدت وزارة العدل تقريرا كشف عن …": the verb that made or published a report (group 1
#: when it published), then its maker (group 2), right before the report that speaks. No full
#: stop, colon or comma inside the maker (a quoted name is one: "نشر موقع «الرابية» تقريرا").
_MADE_REPORT = re.compile(
    r"(?<!\w)[وف]?(?:[أا]عد(?:ت)?|[أاإ]صدر(?:ت)?|(نشر)(?:ت)?|[أا]جر(?:ى|ت))"
    r"\s+([^.:،,\n]{2,80}?)\s+$"
)
#: Makers that publish a report they did not write: the medium carries it ("ونشرت مجلة «…»
#: دراسة تفيد …": the study is the researchers', the journal printed it).
_CARRYING_MAKERS = frozenset({SourceKind.AGENCY, SourceKind.OUTLET})
#: The indefinite report, as the object of that verb, whose maker speaks for it.
_A_REPORT = folded(
    """
    تقريرا تقريراً تقريرًا دراسة مسحا مسحاً
    """
)
#: How far back (characters) from the report its maker's verb may stand.
MAX_MADE_BEFORE = 100


def name_report_makers(
    text: str, raws: Sequence[RawAttribution], known: Known
) -> list[RawAttribution]:
    """ "وأعدت وزارة العدل تقريرا كشف عن ممارسات …": a report with no author of its own that
    the sentence's subject made or published just before it speaks for that subject, as the
    statement an issuer put out does (name_issuers). A medium that published it only carries
    it; a maker that is no body, person or medium (a bare document, an unnamed source) leaves
    the report as it was."""
    out = list(raws)
    for k, raw in enumerate(out):
        voice = raw.source
        if voice is None or voice.kind is not SourceKind.DOCUMENT or voice.anaphor:
            continue
        if fold(voice.surface.strip()) not in _A_REPORT:
            continue
        made = _MADE_REPORT.search(text, max(0, voice.start - MAX_MADE_BEFORE), voice.start)
        if made is None:
            continue
        words = tokenize(text, made.start(2), made.end(2))
        while words and words[-1].norm in lx.ADVERBS:
            words.pop()  # "نشرت الهيئة أمس تقريرا": the time is no part of the maker
        maker = read_voice(text, words, known, allow_bare_name=False) if words else None
        if maker is None or maker.kind in (None, SourceKind.DOCUMENT, SourceKind.ANONYMOUS):
            continue
        if made.group(1) and maker.kind in _CARRYING_MAKERS:
            out[k] = replace(raw, carriers=(*raw.carriers, maker))
        else:
            out[k] = replace(raw, source=maker)
    return out


#: "مكتب الحاكم": the short form of a body, head and one definite word.
SHORT_BODY_WORDS = 2


#: Body heads whose bare definite form ("الشركة") refers back to the body last named with them.
_BACK_HEADS = folded(
    """
    شركة جامعة هيئة جمعية مؤسسة بلدية أمانة إدارة مديرية لجنة منظمة مستشفى كلية مركز مجموعة
    بنك
    """
)
#: How far back (characters) the body's naming may stand, and how many tokens its name takes.
MAX_BODY_BEFORE = 1500
MAX_BODY_NAME_TOKENS = 7
#: "«نجمة» للاتصالات": words after a body's quoted name that still name it; "اتصالات الوادي":
#: indefinite words in construct before the definite one that closes a body's name.
MAX_AFTER_QUOTED = 2
MAX_CONSTRUCT_WORDS = 3
_QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES
#: Clitics a body's head may carry where it is named: "وشركة", "لشركة", "بجامعة".
_HEAD_CLITICS = "وفلب"
#: Adjectives of relation a bare head may carry and still point back ("الشركة اليابانية").
MAX_BACK_NISBAS = 2
#: Words after what a body named in full serves that still name it ("والمقاييس والجودة").
MAX_SERVED_WORDS = 3


def name_bodies(text: str, raws: Sequence[RawAttribution]) -> list[RawAttribution]:
    """ "كشفت شركة «نجمة» للاتصالات عن … . وأوضحت الشركة أن …": a body's bare definite head
    is the body last named with that head before it, when its name is quoted or opens with an
    indefinite word ("شركة اتصالات الوادي"); one body, one voice. (A definite word after the
    head, "جامعة الوادي", is found when sources are resolved.)"""
    out = list(raws)
    for k, raw in enumerate(out):
        voice = raw.source
        if voice is None or voice.kind not in BODY_KINDS:
            continue
        words = fold(voice.surface).split()
        if not words or not words[0].startswith("ال") or words[0][2:] not in _BACK_HEADS:
            continue
        if len(words) > 1 + MAX_BACK_NISBAS or not all(map(nisba, words[1:])):
            continue  # "الشركة" and "الشركة اليابانية" point back; "الشركة المصنعة" is new
        head, nisbas = words[0][2:], words[1:]
        name = _body_voice_before(out[:k], head, raw.cue_start, nisbas)
        name = name or _body_named_before(text, head, raw.cue_start, nisbas)
        if name:
            out[k] = replace(raw, source=replace(voice, name=name, anaphor=False))
    return out


def _body_voice_before(
    before: Sequence[RawAttribution], head: str, at: int, nisbas: Sequence[str] = ()
) -> str:
    """The name of the last body voice before ``at`` that opens with ``head`` ("شركة نجمة
    المتخصصة في الاتصالات" after "أعلنت"), or with it made definite and named in full
    ("الشركة الوطنية للاتصالات"), holding ``nisbas`` (folded: "اليابانيه" of "الشركة
    اليابانية"): the same body speaks again, under the same name."""
    for raw in reversed(before):
        if raw.cue_start < at - MAX_BODY_BEFORE:
            break
        voice = raw.source
        if voice is None or voice.kind not in BODY_KINDS:
            continue
        words = fold(voice.name).split()
        if len(words) < 2 or not set(nisbas) <= set(words):
            continue
        if words[0] == head or (words[0] == "ال" + head and _full_name_end(words, 1)):
            return voice.name
    return ""


def _body_named_before(text: str, head: str, at: int, nisbas: Sequence[str] = ()) -> str:
    """The name of the body named last before ``at`` with ``head`` and a quoted or indefinite
    word after it ("شركة «نجمة» للاتصالات", "وشركة اتصالات الوادي"), or with the head made
    definite and the body named in full ("والشركة الوطنية للاتصالات"), with ``nisbas`` in the
    name or right after it ("شركة «نجمة» اليابانية" for "الشركة اليابانية"); "" when there is
    none."""
    tokens = tokenize(text, max(0, at - MAX_BODY_BEFORE), at)
    norms = [t.norm for t in tokens]
    for i in range(len(tokens) - 2, -1, -1):
        norm = norms[i]
        definite = norm.endswith("ال" + head)  # its whole name must follow
        clitic = len(norm) - len(head) - (len("ال") if definite else 0)
        if not norm.endswith(head) or clitic > 1 or (clitic and norm[0] not in _HEAD_CLITICS):
            continue
        if definite:
            end = _full_name_end(norms, i + 1)
        else:
            end = _quoted_body_end(tokens, i + 1) or _construct_end(tokens, i + 1)
        if end and not set(nisbas) <= set(norms[i + 1 : end + MAX_BACK_NISBAS]):
            continue  # "الشركة اليابانية" is no company named with no such adjective
        if end:
            start = tokens[i].start + clitic
            written = text[start : tokens[end - 1].end]
            return " ".join("".join(c for c in written if c not in _QUOTE_MARKS).split())
    return ""


def _full_name_end(norms: Sequence[str], k: int) -> int:
    """After a body's definite head at k - 1, its name in full: one or two adjectives, what
    the body serves in ل, and the adjectives and the things joined to it by و that go on
    naming it ("[الشركة] الوطنية للاتصالات", "[الهيئة] العامة للسياحة والتراث الوطني",
    "[الشركة] الكويتية لنفط الخليج"): the index after them, or 0 ("الشركة المصنعة" and
    "الشركة السعودية" alone name no body)."""
    j = k
    while j < min(len(norms), k + MAX_BACK_NISBAS) and (nisba(norms[j]) or norms[j] in _PUBLIC):
        j += 1
    if j == k or j >= len(norms) or not norms[j].startswith("ل") or len(norms[j]) <= len("لل"):
        return 0
    end = j + 1
    if not norms[j].startswith("لل"):
        if end >= len(norms) or not _with_article(norms[end]):
            return 0  # "لنفط الخليج": what it serves, in construct
        end += 1
    while end < len(norms) and end - j <= MAX_SERVED_WORDS:
        word = norms[end]
        joined = word[:1] == "و" and _with_article(word[1:]) and word[1:] not in lx.BODY_HEADS
        if not (nisba(word) or joined):
            break  # (not "والشركة": another body joined to it)
        end += 1
    return end


def _with_article(norm: str) -> bool:
    """A folded word with the article and a stem after it ("الخليج", not "ال")."""
    return norm.startswith("ال") and len(norm) > len("ال") + 1


def _quoted_body_end(tokens: Sequence[Token], k: int) -> int:
    """After a body's head at k - 1, its quoted name and up to two words in ل or ال after it
    ("«نجمة» للاتصالات"): the index after them, or 0."""
    if tokens[k].text not in OPENING_QUOTES:
        return 0
    stop = min(len(tokens), k + MAX_BODY_NAME_TOKENS)
    close = next((j for j in range(k + 1, stop) if tokens[j].text in CLOSING_QUOTES), None)
    if close is None or close == k + 1:
        return 0
    end = close + 1
    while end < len(tokens) and end - close <= MAX_AFTER_QUOTED and tokens[end].norm[:1] == "ل":
        end += 1  # "للاتصالات", "الأمريكية"
    return end


def _construct_end(tokens: Sequence[Token], k: int) -> int:
    """After a body's head at k - 1, indefinite words in construct up to the first definite one
    ("اتصالات الوادي", "معلومات الطاقة") and the nisbas after it: the index after them, or 0."""
    if tokens[k].norm[:1] in "لب":
        return 0  # "أكبر شركة لمنتجات الألبان": what kind of company, no name
    j = k
    while j < min(len(tokens), k + MAX_CONSTRUCT_WORDS):
        tok = tokens[j]
        if not tok.is_word or tok.norm in lx.CLAUSE_BREAKERS or tok.norm in lx.COMPLEMENTISERS:
            return 0
        if tok.norm in _GOVERNING_PREPOSITIONS:
            return 0  # "مجموعة من الخبراء": what the group holds, no name
        if tok.norm in _TIME_OPENERS:
            return j if j > k else 0  # "تعتزم شركة سوني يوم الإثنين": the name ends at the day
        if tok.text.startswith("ال"):
            if j == k:
                return 0
            if tok.norm.startswith("الم") and tok.norm.endswith("ه"):
                return j  # "شركة نجمة المتخصصة": the adjective describes the named company
            end = j + 1
            while end < len(tokens) and nisba(tokens[end].norm) and end - j <= 2:
                end += 1
            if end < len(tokens) and tokens[end].norm in _GOVERNING_PREPOSITIONS:
                return 0  # "تعتزم شركة نجمة الكشف عن هاتف": a verbal noun and its object
            return end
        j += 1
    return 0


#: Prepositions a verbal noun takes after it: the definite word before one is no name's end.
_GOVERNING_PREPOSITIONS = folded("عن على في من إلى الى مع")
#: Words that open a time after a body's name ("شركة سوني يوم الإثنين", "… صباح أمس").
_TIME_OPENERS = folded("يوم صباح مساء ظهر فجر ليلة أمس غدا اليوم الليلة خلال منذ")


def _body_shortened(
    raw: RawAttribution, voice: Mention, bodies: Sequence[Mention]
) -> RawAttribution:
    """ "أعلن مكتب حاكم إقليم الشمال … . وقال مكتب الحاكم إن …": a two-word body whose second
    word, made definite, stands for the construct an earlier body opened with is that body:
    one office, one voice."""
    words = [fold(w) for w in voice.name.split()]
    if len(words) != SHORT_BODY_WORDS or not words[1].startswith("ال"):
        return raw
    head, short = words[0], words[1][2:]
    for body in reversed(bodies):
        full = [fold(w) for w in body.name.split()]
        if full[0] == head and full[1] == short:
            return replace(raw, source=replace(voice, name=body.name, descriptor=body.descriptor))
    return raw


def _titled_later(raw: RawAttribution, later: Sequence[RawAttribution]) -> str | None:
    """ "أعلن سفير الدولة في العاصمة أن … . وقال السفير سالم العلي إن …": a role with no
    name, then a later speaker named with that very title made definite and nothing else
    ("السفير", not "السفير الفرنسي"): the title points back to the role, so he holds it.
    Returns his name, or None."""
    role = raw.source
    if role is None or role.anaphor or not _role_only(role):
        return None
    words = role.surface.split()
    head = fold(words[0])
    head = head[1:] if head[:1] in "وف" and head[1:] in lx.OFFICIAL_TITLES else head
    if head.startswith("ال"):
        return None  # "الوزير" alone is an anaphor of its own
    title = "ال" + head
    for nxt in islice(later, MAX_LATER_SPEAKERS):
        person = nxt.source
        if person is None or person.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL):
            continue
        if fold(person.descriptor.strip()) == title and len(person.name.split()) >= MIN_NAME_WORDS:
            if not role.gender or not person.gender or role.gender == person.gender:
                return person.name.strip()
    return None


def _named_next(text: str, raw: RawAttribution, nxt: RawAttribution) -> str | None:
    """ "أعلن رئيس الوزراء … . وقال خالد الحمدان للصحافيين …": a role the text never ties to a
    name, then the very next speaker named bare, for the first time and with no title of his
    own: news gives a new person a title, so a name first written bare here is the role's
    holder. Returns that name, or None."""
    role, person = raw.source, nxt.source
    if role is None or person is None or role.anaphor or not _role_only(role):
        return None
    if person.kind is not SourceKind.PERSON or person.descriptor or person.anaphor:
        return None
    name = person.name.strip()
    words = tokenize(name)
    if _name_length(words) != len(words) or nxt.cue_start - raw.end > MAX_NAMED_AHEAD:
        return None  # a full name only ("حمدان السالم"), not "المدعي العام"
    if role.gender and person.gender and role.gender != person.gender:
        return None
    if _apposed_title(text, person.end):
        return None  # "حمدان السالم، الأمين العام …": a title of his own follows
    if _TURN.search(fold(text[raw.end : nxt.cue_start])):
        return None  # "من جانبه، قال …": another party speaks
    return name if text.find(name) == person.start else None


#: "هذا المسؤول", "هذه الناطقة": a demonstrative before a post points back to the one just
#: heard, a man or a woman as the demonstrative is.
_POINTING = {fold("هذا"): "m", fold("هذه"): "f"}
#: How far back (characters) the speaker a demonstrative points to may have spoken.
MAX_POINTED_BACK = 600


def _pointed_back(text: str, voice: Mention, before: Sequence[RawAttribution]) -> Mention | None:
    """ "وقال المتحدث باسم الجيش سالم العلي إن … . وأكد هذا المسؤول أن …": a post after a
    demonstrative ("هذا", "هذه") is the speaker just heard, a person named (in full or by
    his surname) whose gender the demonstrative's agrees with, whatever words the post is
    given again ("هذا الناطق باسم القوات" for "الناطق باسم قيادة القوات"). None when the
    last speaker is no such person or spoke too far back."""
    if voice.kind not in (SourceKind.OFFICIAL, SourceKind.PERSON) or named_voice(voice):
        return None
    words = text[max(0, voice.start - len("وهذا ")) : voice.start].split()
    gender = _POINTING.get(fold(words[-1])) if words else None
    if gender is None or not before:
        return None
    last = before[-1]
    person = last.source
    if not named_voice(person):
        return None
    if voice.start - last.end > MAX_POINTED_BACK or person.gender not in ("", gender):
        return None
    return replace(voice, name=person.name, descriptor=person.descriptor, anaphor=False)


def named_voice(voice: Mention | None) -> TypeGuard[Mention]:
    """A voice that is a person's name ("الهاشمي", "الوزير سالم الهاشمي"), not a role alone."""
    if voice is None or not voice.name.split():
        return False
    return voice.kind is SourceKind.PERSON or (
        voice.kind is SourceKind.OFFICIAL and bool(voice.descriptor)
    )


def _role_only(voice: Mention) -> bool:
    """An official named by a title alone: "وزير الزراعة", "الوزير" (not "مصدر مسؤول")."""
    if voice.kind is not SourceKind.OFFICIAL or voice.descriptor:
        return False
    words = voice.surface.split()
    if not words:
        return False
    head = fold(words[0])
    return head in lx.OFFICIAL_TITLES or (head[:1] in "وف" and head[1:] in lx.OFFICIAL_TITLES)


def _kin_only(voice: Mention) -> bool:
    """A person named by a kin noun and the definite noun it governs alone: "زوج المعلمة",
    "ووالد الطالب" (a relation used as a role)."""
    if voice.kind is not SourceKind.PERSON or voice.descriptor:
        return False
    words = [fold(w) for w in voice.surface.split()]
    if len(words) != 2 or not words[1].startswith("ال"):
        return False
    head = words[0]
    return head in KIN_HEADS or (head[:1] in "وف" and head[1:] in KIN_HEADS)


def _kin_named_before(text: str, voice: Mention) -> tuple[str, str] | None:
    """(name, relation) of the man an earlier clause set the same relation off after:
    "قال فلان، زوج المعلمة، …" makes a later "ونفى زوج المعلمة" that man (looked back only,
    the nearest such apposition first)."""
    words = voice.surface.split()
    if fold(words[0])[:1] in "وف" and fold(words[0])[1:] in KIN_HEADS:
        words[0] = words[0][1:]
    role = " ".join(words)
    end = voice.start
    for _ in range(MAX_OCCURRENCES):
        at = text.rfind(role, 0, end)
        if at <= 0:
            return None
        end = at
        stop = at + len(role)
        if text[at - 1].isalnum() or (stop < len(text) and text[stop].isalnum()):
            continue  # inside a longer word
        if not text[:at].rstrip().endswith(_SETTING_OFF):
            continue  # not set off after a name
        name = _name_before(text, at, stop, frozenset())
        if name is not None:
            return name
    return None


def _person_title_only(voice: Mention) -> bool:
    """A person named by a definite title and adjectives alone: "المدرب الهلالي", "اللاعب";
    or by a title and the definite noun it governs: "مدرب المنتخب", "رئيس النادي"."""
    if voice.kind is not SourceKind.PERSON or voice.descriptor:
        return False
    words = voice.surface.split()
    # The head is looked up first: few voices open with a title, and the other words are then
    # left unfolded.
    head = fold(words[0]) if words else ""
    if head not in lx.PERSON_TITLES or not (head.startswith("ال") or len(words) > 1):
        return False
    return all(fold(w).startswith("ال") for w in words[1:])


#: Heads of an expert's epithet ("الخبير السياسي", "الباحث والمحلل"), folded: the writer's
#: second name for the expert just quoted, never a post that another man holds.
_EPITHET_HEADS = folded(
    """
    الخبير الخبيرة المحلل المحللة الباحث الباحثة
    """
)


#: Words that carry an epithet on to its field and a name ("الباحث في شؤون …"), folded.
_FIELD_OPENERS = folded(
    """
    في فى من لدى بمركز بمعهد بجامعة
    """
)


def _epithet(voice: Mention) -> bool:
    """A person named by an expert's epithet alone, its adjectives and a second epithet after
    "و" definite too: "الخبير الاقتصادي", "الباحث والمحلل السياسي" (no name, no descriptor)."""
    words = [fold(w) for w in voice.surface.split()]
    if voice.kind is not SourceKind.PERSON or voice.descriptor or not words:
        return False
    if words[0] not in _EPITHET_HEADS:
        return False
    return all(w.startswith(("ال", "وال")) for w in words[1:])


def _epithet_of_last_speaker(
    text: str, voice: Mention, before: Sequence[RawAttribution]
) -> tuple[str, str] | None:
    """(name, epithet) of the last speaker when he is a person named in full with a title or
    a description and the voice is an expert's epithet: "توقع الدكتور سالم العلي أن … ورأى
    الخبير الاقتصادي أن …" (the writer names the expert once and then calls him by his
    field); None for a woman's epithet after a man, or when the last voice was a body, a bare
    role, a bare name or anonymous."""
    if not _epithet(voice):
        return None
    after = text[voice.end :].split(maxsplit=1)
    if after and fold(after[0]) in _FIELD_OPENERS:
        return None  # "وأضاف الباحث في شؤون الإرهاب فلان": the epithet goes on to a name
    last = next((raw.source for raw in reversed(before) if raw.source is not None), None)
    if not named_voice(last) or not last.descriptor or len(last.name.split()) < MIN_NAME_WORDS:
        return None  # a bare name may be a poet or a book the speaker cites, not the expert
    feminine = fold(voice.surface.split()[0]).endswith("ه")
    if last.gender and (last.gender == "f") != feminine:
        return None
    return last.name, voice.surface.strip()


def _titled_holder(text: str, voice: Mention) -> tuple[str, str] | None:
    """(name, title) of the person the text named before with the same title: "قال مدرب الفريق
    سالم العلي …" makes a later "وقال المدرب" or "الدكتور العلي" that man (the title's word
    without its article, then adjectives, then a given name; a word written after the title
    must be the holder's surname or one of the adjectives the text gave him)."""
    words = voice.surface.split()
    head = words[0][2:] if words[0].startswith("ال") else words[0]
    found = _look(text, head, voice.start, 0, with_words=True)
    if found is None or len(words) == 1:
        return found
    last = fold(words[-1])
    if fold(found[0].split()[-1]) == last:
        return found  # "الدكتور العلي" and "الدكتور سالم العلي"
    if all(fold(w) in fold(found[1]).split() for w in words[1:]):
        return found  # "الخبير العسكري" and "الخبير العسكري اليمني سالم العلي"
    # "الدكتور العمري" is not "الدكتور سالم الحربي" named before; and "المدرب الهلالي" (an
    # adjective) cannot be told from a surname in ي, so it is left as written.
    return None


def _holder(text: str, voice: Mention, surnames: set[str]) -> tuple[str, str] | None:
    """(name, role) of the role's holder named elsewhere in the text, or None.

    A bare anaphor ("الوزير") looks back only, for its head without the article ("وزير …
    NAME"); a role as written looks back, then ahead, for "ROLE NAME" and "NAME، ROLE".
    """
    role = voice.surface.strip()
    if voice.anaphor:
        head = role[2:] if role.startswith("ال") else role
        return _look(text, head, voice.start, 0, with_words=True)
    return _look(text, role, voice.start, 0, with_words=False, surnames=surnames)


def _titled_for_body(voice: Mention, before: Sequence[RawAttribution]) -> Mention | None:
    """ "وأوضح المتحدث الإعلامي لجمعية الهلال الأخضر بمحافظة تيماء فلان …" then "وأضاف متحدث
    هلال تيماء أن …": a bare title with words that all stand in an earlier speaker's title of
    the same head is that speaker (a body's short name read after the title, however much it
    looks like a given name). Returns the earlier voice, or None."""
    title = fold(voice.descriptor.strip())
    if not title or " " in title or title not in lx.OFFICIAL_TITLES:
        return None
    words = {_stem_word(w) for w in voice.name.split()}
    for raw in reversed(before):
        known = raw.source
        if not named_voice(known) or known is voice or not known.descriptor:
            continue
        described = [_stem_word(w) for w in known.descriptor.split()]
        if described[0] == _stem_word(title) and words <= set(described[1:]):
            return known
    return None


def _stem_word(word: str) -> str:
    """A word of a title without its attached preposition and article: "لهيئة" → "هييه",
    "بمنطقة" → "منطقه", "المتحدث" → "متحدث" (folded)."""
    norm = fold(word)
    for prefix in ("بال", "لل", "وال", "ال", "ب", "ل"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= MIN_STEM_LETTERS:
            return norm[len(prefix) :]
    return norm


def _described_before(
    text: str, voice: Mention, before: Sequence[RawAttribution]
) -> tuple[str, str] | None:
    """(name, role) of the last speaker before whose own title holds the role: "أكد الشيخ
    سالم … وزير العدل بمملكة البحرين …" then "وبين معالي وزير العدل البحريني"; the
    form of address and a nisba of a place the text names are dropped to compare."""
    plain = fold(_without_courtesy(text, voice.surface.strip()))
    if not plain:
        return None
    for raw in reversed(before):
        known = raw.source
        if not named_voice(known) or len(known.name.split()) < MIN_NAME_WORDS:
            continue
        if f" {plain} " in f" {fold(known.descriptor)} ":
            return known.name, voice.surface.strip()
    return None


#: Heads of a post one man holds at a time ("وزير الخارجية", "رئيس النادي"), folded; a post
#: several hold at once ("مستشار", "عضو", "نائب") may be another man when named later.
_ONE_HOLDER = folded(
    """
    وزير وزيرة رئيس رئيسة أمين أمينة محافظ مدير مديرة سفير سفيرة قائد أمير مفتي والي حاكم
    عميد عميدة
    """
)
#: "نائب" heading the post of one holder's deputy: one man too, and the very post named with
#: a man later is he ("نائب رئيس الوزراء العراقي"; "النائب" alone is a member of parliament).
_DEPUTY = folded("نائب نائبة")


def _post_named_later(text: str, voice: Mention) -> tuple[str, str] | None:
    """(name, post) of the one man the text names later with the very post that spoke first
    without a name: "قال وزير الخارجية البريطاني إن … . وأضاف وزير الخارجية البريطاني سالم
    العلي أن …" (news often names the speaker only on his second turn). A post several men
    hold, or two names given to it, leave it as it was."""
    words = voice.surface.split()
    head = fold(words[0]) if words else ""
    if _bare(head) in _DEPUTY and len(words) > MIN_NAME_WORDS:
        head = fold(words[1])  # "نائب رئيس الوزراء": the deputy of a post one man holds
    if head not in _ONE_HOLDER and _bare(head) not in _ONE_HOLDER:
        return None
    if voice.anaphor or len(words) < MIN_NAME_WORDS:
        return None
    role = voice.surface.strip()
    found: dict[str, tuple[str, str]] = {}
    at = text.find(role, voice.end)
    for _ in range(MAX_OCCURRENCES):
        if at < 0:
            break
        stop = at + len(role)
        inside = at and text[at - 1].isalnum() and text[at - 1] not in "وفل"
        if not inside and not _word_char(text, stop) and not _titled_before(text, at):
            named = _name_after(text, at, stop, with_words=False)
            named = named or _name_before(text, at, stop, frozenset())
            if named is not None:
                found[fold(named[0])] = named
        at = text.find(role, stop)
    if len(found) != 1:
        return None
    (holder,) = found.values()
    return holder


#: Words that name a body's head after them ("اللجنة برئاسة فلان", "اللجنة التي يرأسها
#: فلان", "القوة بقيادة فلان", "المركز الذي يديره فلان"), folded, by the head of the post
#: its holder bears.
_HEADED_BY = {
    fold("رئيس"): folded("برئاسة يرأسه يرأسها يترأسه يترأسها"),
    fold("قائد"): folded("بقيادة يقوده يقودها"),
    fold("مدير"): folded("بإدارة يديره يديرها"),
    fold("مشرف"): folded("بإشراف"),
}
#: "التي يرأسها فلان": the relative before a verb of heading, between it and the body.
_RELATIVES = folded("التي الذي والتي والذي")
#: Qualifiers of a post that its holder's naming may leave out: "رئيس النادي المكلف" is the
#: man the text named as heading the club ("السابق" is another man: see _FORMER).
_ACTING = folded("المكلف المكلفة المؤقت المؤقتة الجديد الجديدة الحالي الحالية")
#: Words read back from a word of heading for the body it heads ("وعقدت اللجنة الفنية
#: للمعرض … اجتماعها الأول برئاسة"): up to a mark, or this many.
MAX_HEADED_BODY = 10
#: "إدارة النادي برئاسة فلان": the head of a club's administration is the club's president.
_ADMINISTRATION = fold("اداره")
_CLUB = fold("نادي")
#: "فريق الوادي", "نادي الوادي": a club named by its name after one of these.
_CLUB_NAMED = re.compile(r"(?<![\u0621-\u064a])(?:نادي|فريق|النادي|الفريق)\s+(ال[\u0621-\u064a]+)")


def _headed_by_name(text: str, voice: Mention) -> tuple[str, str] | None:
    """(name, post) of the one man the text named before as heading the post's body through
    a word of heading rather than the post: "رفضت إدارة النادي المؤقتة برئاسة سالم بن حمد
    العرض … . وقال رئيس النادي المكلف إن …", "اللجنة التي يرأسها فلان … وأكد رئيس اللجنة".
    The post's words (its qualifiers "المكلف", "الجديد" left out) must all stand in the body
    named before the word of heading ("رئيس الاتحاد الجنوبي" is not the man heading "الاتحاد
    الشمالي"); a club's administration is the club ("إدارة النادي برئاسة فلان" and "رئيس
    النادي", or "رئيس الوادي" when the text writes "فريق الوادي"). A former holder ("رئيس
    النادي السابق", "الإدارة السابقة برئاسة فلان"), or two men named so, give None."""
    words = voice.surface.split()
    head = _bare(fold(words[0])) if words else ""
    heading = _HEADED_BY.get(head)
    if heading is None or voice.anaphor or len(words) < MIN_NAME_WORDS:
        return None
    post = [_stem_word(w) for w in words[1:] if fold(w) not in _ACTING]
    if not post or any(fold(w) in _FORMER for w in words[1:]):
        return None
    tokens = tokenize(text, 0, voice.start)
    found: dict[str, tuple[str, str]] = {}
    for i, token in enumerate(tokens):
        if token.norm not in heading:
            continue
        body = _headed_body(tokens, i)
        if not body or body & {_stem_word(w) for w in _FORMER}:
            continue
        if not set(post) <= body and not _club_administration(text, post, body):
            continue
        k = _after_person_title(tokens, _after_rank(tokens, _past_post(tokens, i + 1)))
        n = _heading_name(tokens, k)
        if n:
            name = text[tokens[k].start : tokens[k + n - 1].end]
            found[fold(name)] = (name, voice.surface.strip())
    if len(found) != 1:
        return None
    (holder,) = found.values()
    return holder


def _headed_body(tokens: Sequence[Token], i: int) -> set[str]:
    """The stems of the words before the word of heading at i, back to a mark (a relative
    right before it skipped): the body it heads is among them."""
    j = i - 1
    if j >= 0 and tokens[j].norm in _RELATIVES:
        j -= 1
    body: set[str] = set()
    while j >= 0 and i - j <= MAX_HEADED_BODY and tokens[j].is_word:
        body.add(_stem_word(tokens[j].text))
        j -= 1
    return body


def _club_administration(text: str, post: Sequence[str], body: set[str]) -> bool:
    """ "إدارة النادي برئاسة فلان" (or "الإدارة الوادية برئاسة فلان") heads the club: its
    president is "رئيس النادي", or "رئيس الوادي" when the text names the club "فريق الوادي"
    or "نادي الوادي" and the administration is the club's."""
    if _ADMINISTRATION not in body or len(post) != 1:
        return False
    if post[0] == _CLUB:
        # the club's own administration: "إدارة النادي", or one named by a nisba ("الوادية"),
        # not "مجلس إدارة الشركة"
        return _CLUB in body or any(word.endswith("يه") for word in body)
    named = {_stem_word(m.group(1)) for m in _CLUB_NAMED.finditer(text)}
    return _CLUB in body and post[0] in named


def _past_post(tokens: Sequence[Token], k: int) -> int:
    """The index after a post written from k before its holder's name ("برئاسة [محافظ الوادي
    رئيس اللجنة] المهندس فلان"): titles and the definite words after them; k when none."""
    j = k
    while j < len(tokens) and j - k < MAX_FULLER_POST and _bare_title(tokens[j].norm):
        j += 1
        while j < len(tokens) and j - k < MAX_FULLER_POST and _adjective(tokens[j].norm):
            if tokens[j].norm in _RANKS_BEFORE_NAME or tokens[j].norm in lx.PERSON_TITLES:
                break
            j += 1
    return j


#: Tokens of a name that make it closed well enough with no family name after it: "سالم بن
#: حمد", "سالم حمد فهد".
MIN_CLOSED_TOKENS = 3


def _heading_name(tokens: Sequence[Token], k: int, *, closed: bool = False) -> int:
    """How many tokens from k make a man's name after a word of heading: a given name, then
    names linked by بن/آل/أبو, given names and one family name in ال ("سالم بن حمد العتيبي
    رفض العرض" is three words); 0 when no given name opens it or it has one word, or, when
    ``closed``, when it neither ends in a family name in ال nor has three tokens."""
    if k >= len(tokens) or not _given_first(tokens[k]):
        return 0
    j = k + 2 if tokens[k].norm == _SERVANT else k + 1
    family = False
    while j < len(tokens) and tokens[j].is_word and _name_words(tokens[k:], j - k) < MAX_NAME_WORDS:
        norm = tokens[j].norm
        if (norm in _NAME_LINKS or norm == _SERVANT) and j + 1 < len(tokens):
            if not tokens[j + 1].is_word:
                break
            j += 2
            if tokens[j - 1].norm == _SERVANT and j < len(tokens) and tokens[j].is_word:
                j += 1  # "بن عبد الله"
        elif given_name(norm) and tokens[j].text != ON_WRITTEN:
            j += 1
        elif norm.startswith("ال") and _name_token(tokens[j]) and not norm.endswith("ات"):
            j += 1  # (not "المليشيات", a plural: the clause goes on)
            family = True
            break
        else:
            break
    if closed and not family and (j - k < MIN_CLOSED_TOKENS or tokens[j - 1].norm == _SERVANT):
        return 0  # "سالم حمد فرج …": a word no list holds may go on a short name
    return j - k if j - k >= MIN_NAME_WORDS else 0


def _named_right_after(text: str, voice: Mention) -> tuple[str, str] | None:
    """(name, post) when the post that speaks is followed at once (or after a word or two
    that go on with it) by an honorific or a rank and its holder's name: "أوضح سماحة مفتي
    عام البلاد رئيس هيئة العلماء الشيخ فلان بن فلان آل فلان، أن …", a chain of titles too
    long for the voice to take the name with it."""
    words = tokenize(text, voice.end, min(len(text), voice.end + NAME_WINDOW))
    for k, word in enumerate(words[: MAX_POST_GOES_ON + 1]):
        if word.norm in _RANKS_BEFORE_NAME or word.norm in HONORIFIC_TITLES:
            end = words[k - 1].end if k else voice.end
            return _name_after(text, voice.start, end, with_words=False)
        if not word.is_word or not _bare(word.norm).startswith("ال"):
            return None
    return None


#: Definite words that may go on with a post after the voice ("للبحوث العلمية [والإفتاء]").
MAX_POST_GOES_ON = 2


#: Most words of a post's fuller naming between its head and its holder's name ("مدير
#: [مستشفى النور التخصصي] الدكتور فلان").
MAX_FULLER_POST = 7
#: Words that make a post's holder a former one ("مدير الشرطة السابق فلان"): not who speaks now.
_FORMER = folded("السابق السابقة الأسبق الأسبقة سابقا")


def _fuller_post_before(text: str, voice: Mention) -> tuple[str, str] | None:
    """(name, post) of the one man the text named before with a fuller form of the post:
    "مدير مستشفى النور التخصصي الدكتور فلان" makes a later "مدير المستشفى" that man, and
    "رئيس الهيئة العامة للطيران المدني فلان" a later "رئيس هيئة الطيران". The post's head
    and the word it governs must be the same, the role's other words among the fuller
    post's ("الرئيس الجزائري" is no "رئيس مجلس الأمة الجزائري"); two men named so, or none,
    give None: two holders stay two voices."""
    words = [_stem_word(w) for w in voice.surface.split()]
    if len(words) < MIN_NAME_WORDS:
        return None
    if not in_folded_head(words[0], text, voice.start):
        return None  # (half the voices: no word before the voice folds to one holding its head)
    tokens = tokenize(text, 0, voice.start)
    found: dict[str, tuple[str, str]] = {}
    for i, token in enumerate(tokens):
        if not token.is_word or _stem_word(token.text) != words[0]:
            continue
        if _titled_before(text, token.start):
            continue  # "نائب مدير المستشفى" is another post
        end = _post_end(tokens, i + 1)
        post = _without_kind([_stem_word(t.text) for t in tokens[i + 1 : end]], words[1])
        if not post or post[0] != words[1]:
            continue
        left_out = set(words[2:]) - _ACTING_STEMS - set(post)
        if left_out and not _place_told(text, token.start, voice, left_out):
            continue  # (an acting qualifier, "مدير الجامعة المكلف", may be left out before)
        if any(
            t.norm in _FORMER or (_bare_title(t.norm) and _royal_in_body(tokens, j) == j)
            for j, t in enumerate(tokens[i + 1 : end], start=i + 1)
        ):
            continue  # "المسؤول الأمريكي برئيس الوزراء فلان": he met another man
        if _named_after_a_man(tokens[end - 1].norm):
            continue  # "المدير الطبي بمستشفى د. فلان": the hospital bears the name
        k = _after_person_title(tokens, _after_person_title(tokens, _after_rank(tokens, end)))
        n = _name_length(tokens[k:]) if k < len(tokens) else None
        # "… الدكتور فلان بن فلان الفلاني اتفاقية": a name closed by its family name.
        n = n or _heading_name(tokens, k, closed=True) or None
        if n is None or not _given_first(tokens[k]):
            continue
        n = _to_family_name(tokens[k : k + n])
        name = text[tokens[k].start : tokens[k + n - 1].end]
        found[fold(name)] = (name, text[token.start : tokens[end - 1].end])
    if len(found) != 1:
        return None
    (holder,) = found.values()
    return holder


def _place_told(text: str, at: int, voice: Mention, left_out: set[str]) -> bool:
    """Whether the words a role adds to a post named before at ``at`` are only its country's
    adjective, told in that naming's sentence: "وقّع عن الجانب المغربي وزير الطاقة فلان" then
    "وقال وزير الطاقة المغربي" (the same man; a country the sentence never names may be
    another minister's)."""
    added = [w for w in (fold(x) for x in voice.surface.split()[2:]) if _stem_word(w) in left_out]
    if len(added) != len(left_out) or not all(map(nisba, added)):
        return False
    opened = max(text.rfind(mark, 0, at) for mark in ".\n؟!")
    told = fold(text[opened + 1 : at])
    return all(re.search(rf"(?<!\w){w}(?:ه)?(?!\w)", told) for w in added)


#: Words naming the kind of a body before its name, which a post may leave out: "أمير منطقة
#: الوادي" is "أمير الوادي", "رئيس نادي الوادي" is "رئيس الوادي" (stems).
_KIND_STEMS = frozenset(_stem_word(word) for word in ("منطقة", "محافظة", "نادي"))


def _without_kind(post: list[str], governed: str) -> list[str]:
    """The post's words without a word of kind before the word the role governs: "[منطقة]
    الوادي" for "أمير الوادي"; the post as it is otherwise."""
    if len(post) > 1 and post[0] in _KIND_STEMS and post[0] != governed and post[1] == governed:
        return post[1:]
    return post


def _named_after_a_man(norm: str) -> bool:
    """A body's head with no article, with or without a joined preposition ("بمستشفى",
    "مركز"): a name right after it is the body's, not a post holder's."""
    bare = norm[1:] if norm[:1] in "وبل" and len(norm) > MIN_PREFIXED else norm
    return not bare.startswith("ال") and bare.removesuffix("ه") in _BODY_HEADS


#: Heads of a body that may bear a man's name ("مستشفى فلان", "مركز فلان"), folded, without ة.
_BODY_HEADS = frozenset(word.removesuffix("ه") for word in _BACK_HEADS | folded("مجموعة مجمع"))


def _bare_title(norm: str) -> bool:
    """A title with or without a joined preposition, "و" or the article: "برئيس", "والمدير"."""
    for clitic in ("", "و", "ب", "ل", "وب", "ول"):
        if norm.startswith(clitic) and norm[len(clitic) :] in lx.OFFICIAL_TITLES:
            return True
    return False


def _to_family_name(words: Sequence[Token]) -> int:
    """How many of a name's words run to its first family name in ال ("سالم الهاشمي الكادر
    الطبي" is "سالم الهاشمي"; "سالم بن حمد آل الهاشمي" and "عبد الرحمن الهاشمي" are read
    whole)."""
    for n, word in enumerate(words[1:], start=2):
        if word.norm.startswith("ال") and words[n - 2].norm not in (_FAMILY, _SERVANT):
            return n
    return len(words)


def _post_end(tokens: Sequence[Token], k: int) -> int:
    """The index after a post's words from k: words up to a given name, an honorific, a rank
    or a personal title, a mark, or MAX_FULLER_POST words."""
    end = k
    royal = 0
    while end < len(tokens) and end - k - royal < MAX_FULLER_POST:
        token = tokens[end]
        after = _royal_in_body(tokens, end)
        if after > end:
            royal += after - end
            end = after
            continue  # "مدير جامعة [الملك فلان] المكلف": the body bears a king's name
        if not token.is_word or given_name(token.norm) or token.norm in _RANKS_BEFORE_NAME:
            break
        if token.norm in lx.PERSON_TITLES or token.norm in _NOT_NAME:
            break
        end += 1
    return end


#: Royal titles a body's name may hold with the name after them ("جامعة الملك فلان").
_ROYAL = folded("الملك الأمير الأميرة")
_ACTING_STEMS = frozenset(_stem_word(word) for word in _ACTING)


def _royal_in_body(tokens: Sequence[Token], j: int) -> int:
    """The index after a king's or a prince's name at j that names the body before it
    ("مستشفى [الملك فلان بن فلان]", "جامعة [الأمير فلان]"), else j."""
    if tokens[j].norm not in _ROYAL or not j or not _named_after_a_man(tokens[j - 1].norm):
        return j
    end = j + 1
    if end < len(tokens) and tokens[end].norm == _SERVANT:
        end += 1  # "عبد الله"
    if end >= len(tokens) or not tokens[end].is_word:
        return j
    end += 1
    while end + 1 < len(tokens) and tokens[end].norm in _NAME_LINKS and tokens[end + 1].is_word:
        end += 2  # "بن فلان"
        if tokens[end - 1].norm == _SERVANT and end < len(tokens) and tokens[end].is_word:
            end += 1  # "بن عبد العزيز"
    return end


def _without_courtesy(text: str, role: str) -> str:
    """ "معالي وزير العدل البحريني" as the text may have written it before: "وزير العدل"
    (near "بمملكة البحرين"). The form of address goes; so does a last nisba adjective whose
    country or place the text names too ("البحريني" and "البحرين")."""
    words = role.split()
    if len(words) > 1 and fold(words[0]) in _COURTESIES:
        words = words[1:]
    last = words[-1] if len(words) > MIN_NAME_WORDS else ""
    if last.startswith("ال") and last.endswith("ي") and len(last) >= MIN_NISBA_LETTERS:
        if text.count(last[2:-1]) > text.count(last):
            words = words[:-1]  # the place itself is written somewhere else in the text
    return " ".join(words)


def _look(
    text: str,
    role: str,
    before: int,
    after: int,
    *,
    with_words: bool,
    surnames: set[str] | frozenset[str] = frozenset(),
) -> tuple[str, str] | None:
    """Search occurrences of role in text[after:before], nearest to ``before`` first."""
    end = before
    for _ in range(MAX_OCCURRENCES):
        at = text.rfind(role, after, end)
        if at < 0:
            return None
        end = at
        if at and text[at - 1].isalnum() and text[at - 1] not in "وفل":
            continue  # inside a longer word
        if _titled_before(text, at):
            continue  # "نائب وزير الزراعة" is another role
        if _addressed_before(text, at):
            continue  # "برقية تهنئة لجلالة الملك فلان": the one the cable is sent to
        stop = at + len(role)
        if stop < len(text) and text[stop].isalnum():
            if not with_words:
                continue
        name = _name_after(text, at, stop, with_words)
        if name is None:
            name = _name_before(text, at, stop, surnames)
        if name is not None:
            return _cut_at_surname(name, surnames)
    return None


def _plural_or_surname(voice: Mention) -> bool:
    """One indefinite word in ون/ين read as an unnamed group: "مسؤولون", or a surname such as
    "هاملتون" (the text tells, see _titled_name), read as a group or, having no plural's
    shape, as a person."""
    words = voice.surface.split()
    if voice.kind not in (SourceKind.ANONYMOUS, SourceKind.PERSON) or len(words) != 1:
        return False
    norm = fold(words[0])
    if voice.kind is SourceKind.PERSON and len(norm) < MIN_PLURAL_GROUP_LETTERS:
        return False  # "حسين": a name no reader takes for a group, resolved as any other
    return not norm.startswith("ال") and norm.endswith(("ون", "ين"))


#: The word right after a point, past spaces only.
_NEXT_WORD = re.compile(r"[ \t]+([\u0621-\u064a]+)")
#: Characters looked at before a full name for the honorific written with it.
MAX_HONORIFIC_CHARS = 20
#: A full name a given name opens: its father's or forebear's name after "بن", its family
#: after "آل", a name in "عبد" ("سالم بن حمد آل نهيان", "سامر عبد الفتاح"), and a family name
#: in ال…ي after them ("سامر بن علي الدوسري").
_NAME_AFTER_GIVEN = re.compile(
    r"(?:\s+(?:بن|ابن|بنت|آل|عبد)\s*[\u0621-\u064a]+)+(?:\s+ال[\u0621-\u064a]+ي(?![\u0621-\u064a]))?"
)


def _given_name_only(voice: Mention) -> bool:
    """A person named by a given name alone, bare or after an honorific: "ويقول سامر", "وكان
    الشيخ سالم قد أشار"."""
    words = voice.name.split()
    if len(words) != 1 or not given_name(fold(words[0])):
        return False
    return not voice.descriptor or fold(voice.descriptor) in HONORIFIC_TITLES


def _given_name_in_full(text: str, voice: Mention) -> str | None:
    """The full name the text gave before the voice that opens with its given name ("نشر الشيخ
    سالم بن حمد آل نهيان صورة …" before "وكان الشيخ سالم قد أشار"): the same man named again
    by his given name, with the same honorific or none ("الأمير سالم بن حمد" is no later bare
    "سالم", who may be anyone). None when no such name is written, or two people share the
    given name."""
    given = voice.name
    found: set[str] = set()
    for at in re.finditer(rf"(?<![\u0621-\u064a])[وف]?{re.escape(given)}", text[: voice.start]):
        match = _NAME_AFTER_GIVEN.match(text, at.end())
        if match is not None and _same_honorific(text, at.start(), voice.descriptor):
            found.add(given + match.group(0))
        elif match is None and _another_name_after(text, at.end()):
            return None  # "أحمد سعد القحطاني … أحمد عبدالواسع": two men of that given name
    if len(found) != 1:
        return None
    (full,) = found
    return " ".join(full.split())


def _another_name_after(text: str, at: int) -> bool:
    """The word right after ``at`` goes on a name: a given name ("أحمد سعد …") or a family
    name in ال ("أحمد القحطاني"), not a clause word ("يقول أحمد:", "ويقول محمد لـ…")."""
    match = _NEXT_WORD.match(text, at)
    if match is None:
        return False
    word = fold(match.group(1))
    return given_name(word) or (word.startswith("ال") and word not in _NOT_NAME)


def _same_honorific(text: str, at: int, descriptor: str) -> bool:
    """The word before ``at`` is the honorific ``descriptor`` ("الشيخ"), or, with none, no
    title or other definite word ("ويشرح سامر عبد الفتاح", not "الأمير سامر …")."""
    before = text[max(0, at - MAX_HONORIFIC_CHARS) : at].split()
    word = fold(before[-1]) if before else ""
    if descriptor:
        return word == fold(descriptor)
    return not word.startswith("ال") and word not in HONORIFIC_TITLES


def _surname_only(voice: Mention) -> bool:
    """One word read as a person with nothing said of him: "وقال الراشد" may be the surname
    of a person the article named in full with no cue ("التقى … المهندس سعد بن فهد الراشد"),
    who is then that person (see _titled_name); so may a surname with no article ("وقاد
    رئيس الهيئة الفريق مهند مطير …" … "وقال مطير"), though not a given name used alone."""
    words = voice.surface.split()
    if voice.kind is not SourceKind.PERSON or voice.descriptor:
        return False
    if len(words) == MIN_NAME_WORDS and fold(words[0]) == _FAMILY:
        return True  # "وقال آل حمد" after "… سامي آل حمد": a family name is a surname
    if len(words) != 1:
        return False
    norm = fold(words[0])
    return norm.startswith("ال") or not given_name(norm)


def _surnamed_holder(
    text: str, voice: Mention, full_names: dict[str, tuple[str, str, SourceKind]]
) -> Mention | None:
    """ "وأعرب العقيد الرميح" after "… العقيد سالم بن فهد الرميح": a title and the surname of
    a man the article named in full before (as a voice, else with a title in the text) are
    that man; None for any other voice."""
    bare = _title_and_bare_surname(voice)
    if not bare and not _title_and_surname(voice):
        return None
    surname = voice.surface.split()[-1]
    titled = full_names.get(fold(surname))
    if bare and not _one_bearer(text, surname, voice):
        return None
    if bare and titled is not None and fold(titled[0].split()[0]).startswith("ال"):
        return None  # "الخامسة عشرة" after "الرابعة عشرة": no name, no surname
    if titled is None and bare:
        if fold(voice.surface.split()[0]) not in _TITLES:
            return None  # "البارونة فلان": a word no list holds as a title, only after his voice
        titled = _titled_name(text, surname, voice.start)
        titled = titled if titled is not None and _plain_full_name(titled) else None
    if titled is None:
        titled = _titled_name(text, surname, voice.start)
    if titled is None or len(titled[0].split()) < MIN_NAME_WORDS:
        return None
    name, descriptor, kind = titled
    if fold(name.split()[0]) in _NAME_LINKS:
        return None  # "بن فلان الفلاني": the naming found was cut short, his given name lost
    title = voice.surface.split()[0]
    if fold(title) not in map(fold, descriptor.split()):
        descriptor = f"{title} {descriptor}".strip()  # "السفير", the office that tells his state
    if voice.kind is SourceKind.OFFICIAL:
        kind = SourceKind.OFFICIAL
    return replace(voice, name=name, descriptor=descriptor, kind=kind, gender="")


def _title_and_surname(voice: Mention) -> bool:
    """A title or rank and one definite word, read whole as the voice's name ("العقيد الرميح",
    "الدكتور الخياط"): the word may be the surname of a man the text named in full before
    (see _titled_name), when the text names him so; another title or a nisba is none."""
    words = voice.surface.split()
    if (
        voice.descriptor
        or len(words) != MIN_NAME_WORDS
        or voice.name.strip() != voice.surface.strip()
    ):
        return False
    first, last = fold(words[0]), fold(words[1])
    if first not in _TITLES or not first.startswith("ال") or last in _TITLES:
        return False  # ("رئيس الهلال": a title in construct with what it heads, no surname)
    if not last.startswith("ال"):
        return False
    return not last.endswith(_NISBA_ENDS)  # "الوزير السوري": his country, left to the resolver


def _one_bearer(text: str, surname: str, voice: Mention) -> bool:
    """The text names in full before the voice one bearer of the surname at most: "الشيخ
    فلان" is no one's when it also names his son and his nephew by it ("والد الشهيد الجندي
    حسن فلان", "ابن عم الشهيد …")."""
    given = set()
    for at in _whole_word(text, surname):
        if at < voice.start and (named := _named_at(text, at, surname, voice.start)):
            if len(named[0].split()) >= MIN_NAME_WORDS:
                given.add(_given_word(named[0]))
    return len(given) <= 1


def _title_and_bare_surname(voice: Mention) -> bool:
    """A definite title and one word with no article that no list holds as a given name
    ("وأضاف المحامي بليك" after "وقال تيموثي بليك"): the word may be the surname, written
    without "ال" as foreign names are, of a man the text named in full before (see
    _surnamed_holder); not "الشيخ محمد" (a given name: another man, or the same one named
    by his given name) nor "رئيس هيئة" (a title in construct). The definite word may be a
    title or a description no list holds ("البارونة", "الأب", "السويسري"): the man must then
    have spoken in full before."""
    words = voice.surface.split()
    if (
        voice.descriptor
        or len(words) != MIN_NAME_WORDS
        or voice.name.strip() != voice.surface.strip()
        or voice.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL)
    ):
        return False
    first, last = fold(words[0]), fold(words[1])
    if not first.startswith("ال") or last in _TITLES:
        return False
    return not last.startswith("ال") and not given_name(last) and last not in _NAME_LINKS


#: Most words of a full name after an official's title whose given name no list holds
#: (``_plain_full_name``): "فلاديمير بوتين", "كارل هاينز موللر".
MAX_OFFICIAL_UNLISTED_WORDS = 3
#: Endings of a nisba adjective, folded ("السوري", "التنفيذيه").
_NISBA_ENDS = ("ي", "يه")
#: "آل", which opens a family name ("آل حمد").
_FAMILY = fold("آل")


def _plain_full_name(titled: tuple[str, str, SourceKind]) -> bool:
    """A full name found for a surname with no article that opens with a given name (not the
    preposition "على", which folds to "علي"), or of two words after an official's title:
    "الفريق مهند مطير", "الرئيس الروسي فلاديمير بوتين", "وزير الخارجية الألماني كارل هاينز
    موللر" (a foreign name of three words no list holds), or after a definite title of any
    trade ("المدرب الأرجنتيني ماركو فيلاني", "الطبيب دافيدي روسيلا": a given name no list
    holds); not "على معصم فلان", "تسجيل مصور ظهرت فيه فلانة" (the words before such a
    surname are seldom his, and an indefinite "مصور" is a video, no photographer)."""
    name, title, kind = titled
    words = name.split()
    if words[0] == ON_WRITTEN:
        return False
    official = kind is SourceKind.OFFICIAL and len(words) <= MAX_OFFICIAL_UNLISTED_WORDS
    if given_name(fold(words[0])) or official:
        return True
    head = _as_title(fold(title.split()[0])) if title else ""
    return head.startswith("ال") and len(words) == MIN_NAME_WORDS


def _titled_name(
    text: str, surname: str, voice_at: int | None = None
) -> tuple[str, str, SourceKind] | None:
    """(name, title, kind) when the text writes the word as the last of a titled full name:
    "رئيس الوزراء البريطاني جون هاملتون" makes a later "يقول هاملتون" that person, not a
    group ("قال مسؤولون" has no title and given name before it anywhere).

    With ``voice_at`` (where the voice stands), the namings before it are read first, nearest
    first, and a full name that opens with a given name needs no title ("أبدى حمدان السالم
    رضاه …"); a title among the words before the name is the role ("محافظ المدينة المهندس
    …" is the governor)."""
    found = _whole_word(text, surname)
    if voice_at is None:
        return next((named for at in found if (named := _named_at(text, at, surname, None))), None)
    before = [
        (at, named)
        for at in reversed(found)
        if at < voice_at and (named := _named_at(text, at, surname, voice_at)) is not None
    ]
    people = [named for _, named in before]
    if len({_given_word(name) for name, _, _ in people if len(name.split()) > 1}) > 1:
        # "المذيع فلان الهاشمي … تأكيده وفاة ابنة خاله فلانة الهاشمي، وقال الهاشمي": two
        # people share the surname; one named as another's relative is not the one meant.
        people = [named for at, named in before if not _kin_before(text, at, named[0])]
        return people[0] if people else None
    if people:
        return people[0]
    after = (_named_at(text, at, surname, voice_at) for at in found if at > voice_at)
    return next((named for named in after if named is not None), None)


def _kin_before(text: str, at: int, name: str) -> bool:
    """The full name closed by the surname at ``at`` follows a kin word ("ابنة خاله فلانة",
    "شقيقه فلان"): a relative named through someone else."""
    start = text.rfind(name, 0, at + len(name))
    words = tokenize(text, max(0, start - KIN_WINDOW), max(0, start))[-2:]
    return any(_kin_word(w.norm) for w in words)


def _kin_word(norm: str) -> bool:
    """A kin noun, bare or with a possessive pronoun ("خاله", "شقيقته", "ابن")."""
    for suffix in ("", "ه", "ها", "هم", "تها", "ته"):
        stem = norm.removesuffix(suffix) if suffix else norm
        if stem in WORDS.kin or fold(stem + "ة") in WORDS.kin:
            return True
    return False


#: Characters before a name looked through for a kin word: two words at most.
KIN_WINDOW = 24


def _given_word(name: str) -> str:
    """The first word of a full name, folded ("عبد الله" as one word): two namings with
    different ones are two people."""
    return fold(name.replace("عبد ", "عبد")).split()[0]


def _named_at(
    text: str, at: int, surname: str, voice_at: int | None
) -> tuple[str, str, SourceKind] | None:
    """(name, title, kind) of the full name the surname at ``at`` closes, or None."""
    tokens = tokenize(text, max(0, at - NAME_WINDOW), at + len(surname))
    if at > NAME_WINDOW and tokens:
        tokens.pop(0)  # the window may cut its first word short
    k = len(tokens) - 1
    j = k
    while j > 0 and k - j < MAX_NAME_WORDS - 1 and _name_token(tokens[j - 1]):
        if tokens[j - 1].norm.startswith("ال") and tokens[j - 1].norm != _FAMILY:
            break
        if _joined_title(tokens, j - 1):
            break  # "الشاعر والأديب فلان": the titles end where the name begins
        j -= 1
    title = j - 1
    while title >= 0 and j - title <= MAX_TITLE_ADJECTIVES and _adjective(tokens[title].norm):
        title -= 1  # "[رئيس] الوزراء البريطاني"
    if voice_at is not None and title >= 0 and _as_title(tokens[title].norm) not in _TITLES:
        # The farthest title among the words skipped: "[المهندس] سعد" after "برئاسة".
        title = next((t for t in range(title + 1, j) if tokens[t].norm in _TITLES), title)
    head = _as_title(tokens[title].norm) if title >= 0 and j < k else ""
    if head in HONORIFIC_TITLES:
        title = _post_before(tokens, title)
        head = _as_title(tokens[title].norm)
    if head in _TITLES:
        kind = SourceKind.OFFICIAL if head in lx.OFFICIAL_TITLES else SourceKind.PERSON
        name = text[tokens[j].start : tokens[k].end]
        return name, text[tokens[title].start : tokens[j - 1].end], kind
    given = next((t for t in range(j, k) if _given_first(tokens[t])), None)
    if given is not None and given > j and tokens[given].norm in _NAME_LINKS:
        given -= 1  # "[حسين] بن علي": the name opens one word before "بن"
    if voice_at is not None and given is not None:
        # (a verb the name reader does not know may stand before it: "أبدى خالد …")
        name = text[tokens[given].start : tokens[k].end]
        public = _public_body_before(tokens, given)
        if public is not None:
            # "توقع أخصائي الطقس بالرئاسة العامة للأرصاد فلان …": a public body's staff
            return name, text[tokens[public].start : tokens[given - 1].end], SourceKind.PERSON
        return name, "", SourceKind.PERSON
    return None


#: Heads of a public body and the adjective that makes them so ("الرئاسة العامة"), folded.
_PUBLIC_HEADS = WORDS.public_heads
_PUBLIC = WORDS.public_adjectives
#: Most words between a public body's head and the name of one who works there.
MAX_PUBLIC_BODY_WORDS = 8


def _public_body_before(tokens: Sequence[Token], given: int) -> int | None:
    """Where a public body named right before a name with no title opens ("أخصائي الطقس
    [بالرئاسة] العامة للأرصاد فلان": a head with its article, with or without ب or ل, and
    "العامة" after it), within a few words and no mark between; None when there is none."""
    for t in range(given - 2, max(-1, given - 2 - MAX_PUBLIC_BODY_WORDS), -1):
        if not tokens[t].is_word or not tokens[t + 1].is_word:
            return None
        norm = tokens[t].norm
        bare = norm[1:] if norm[:1] in "بل" and norm[1:3] == "ال" else norm
        if bare[:2] == "ال" and bare[2:] in _PUBLIC_HEADS and tokens[t + 1].norm in _PUBLIC:
            return t
    return None


_TITLES = lx.OFFICIAL_TITLES | lx.PERSON_TITLES


def _post_before(tokens: Sequence[Token], title: int) -> int:
    """Where the post before an honorific opens ("أمضاها [وكيل] وزير الصحة للطب الوقائي
    الدكتور فلان": the deputy minister), or ``title`` itself when none stands right before
    it: the nearest title and the titles right before it ("نائب وزير"). A word led by و
    ("ومدير الجامعة الدكتور فلان"), by ب ("وفدا برئاسة الدكتور فلان"), a given name or a mark
    closes the search."""
    for t in range(title - 1, max(-1, title - 1 - MAX_POST_WORDS), -1):
        word = tokens[t]
        if not word.is_word or word.norm[:1] == "ب" or given_name(word.norm):
            return title
        if word.text[:1] == "و" and fold(word.text[1:]) in _TITLES:
            return title
        if word.norm in lx.OFFICIAL_TITLES:
            while t > 0 and tokens[t - 1].is_word and tokens[t - 1].norm in lx.OFFICIAL_TITLES:
                t -= 1
            return t
    return title


#: Most words of a post written before an honorific ("وكيل وزير الصحة للطب الوقائي").
MAX_POST_WORDS = 6


#: Words between a title and the name it gives: "رئيس الوزراء البريطاني" has two.
MAX_TITLE_ADJECTIVES = 3


def _whole_word(text: str, word: str) -> list[int]:
    """Where the word stands whole in the text, first to last (at most MAX_OCCURRENCES)."""
    if not word:
        found = re.finditer(r"(?<!\w)(?!\w)", text)
        return [m.start() for m in islice(found, MAX_OCCURRENCES)]
    # str.find, then the ends checked by hand: a pattern that opens with (?<!\w) is tried at
    # every character of the text (\w is str.isalnum or "_", as for the pattern).
    out: list[int] = []
    at = text.find(word)
    while at >= 0 and len(out) < MAX_OCCURRENCES:
        end = at + len(word)
        if not _word_char(text, at - 1) and not _word_char(text, end):
            out.append(at)
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return out


def _word_char(text: str, at: int) -> bool:
    """The character at ``at`` (none outside the text) is a word character: a letter or digit
    (str.isalnum) or "_", what the pattern's word class matches."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _titled_before(text: str, at: int) -> bool:
    """A title right before the role makes it another role ("نائب وزير الزراعة"); a term of
    address does not ("فخامة الرئيس" is the president)."""
    words = text[max(0, at - 20) : at].split()
    if not words:
        return False
    before = fold(words[-1]).lstrip("و")
    return before in lx.OFFICIAL_TITLES and before not in _ADDRESS_TERMS


def _addressed_before(text: str, at: int) -> bool:
    """A term of address in ل right before the role ("بعث الملك فلان برقية تهنئة لجلالة الملك
    فلان"): the one a cable or a letter is sent to, never the holder who then speaks."""
    words = text[max(0, at - 20) : at].split()
    if not words:
        return False
    before = fold(words[-1])
    return before[:1] == "ل" and before[1:] in _ADDRESS_TERMS_SENT_TO


#: Terms of address a cable or a letter is sent to, after ل: "لجلالة", "لفخامة", "لسمو".
_ADDRESS_TERMS_SENT_TO = folded("جلالة فخامة سمو معالي دولة")


#: Terms of address before a title, which leave the role the same: "فخامة الرئيس".
_ADDRESS_TERMS = folded(
    """
    فخامة معالي سمو
    """
)


def _name_after(text: str, at: int, stop: int, with_words: bool) -> tuple[str, str] | None:
    """ "وزير الزراعة [السوري] حمدان السالم": the name after the role and its adjectives."""
    window = min(len(text), stop + NAME_WINDOW)
    tokens = tokenize(text, stop, window)
    if window < len(text) and tokens:
        tokens.pop()  # the window may cut its last word short
    if tokens and tokens[0].start == stop and with_words:
        tokens = tokens[1:]  # the rest of the anaphor's head word ("وزير" + "ة")
    k = 0
    while with_words and k < len(tokens) and tokens[k].is_word and _adjective(tokens[k].norm):
        k += 1
    k = _after_person_title(tokens, _after_rank(tokens, k))
    if (
        k < len(tokens)
        and tokens[k].text == ON_WRITTEN
        and (k + 1 >= len(tokens) or not given_name(tokens[k + 1].norm))
    ):
        return None  # "ووقف أمين المدينة على التشغيل …": the preposition, no man called علي
    role_end = tokens[k - 1].end if k else stop
    if k + 1 < len(tokens) and tokens[k].text in "،," and given_name(tokens[k + 1].norm):
        # "اطمأن وكيل المحافظة، سالم الدوسري، على …": the name set off by commas after the
        # role, closed by its own comma.
        n = _name_length(tokens[k + 1 :])
        closed = n is not None and k + 1 + n < len(tokens) and tokens[k + 1 + n].text in "،,"
        if n is not None and closed:
            return " ".join(t.text for t in tokens[k + 1 : k + 1 + n]), text[at:role_end]
    n = _name_length(tokens[k:])
    if n is None and not with_words:
        # "طالب الرئيس فلان بن فلان الفلاني المليشيات …": the name closed by its family name
        # (or three given names), and the clause going on after it.
        n = _heading_name(tokens, k, closed=True) or None
    if n is None or (with_words and not given_name(tokens[k].norm)):
        return None  # a bare anaphor's head is common: only a given name shows a name follows
    return " ".join(t.text for t in tokens[k : k + n]), text[at:role_end]


#: Abbreviated titles written with a full stop: "د." (doctor), "م." (engineer), "أ." (professor).
_ABBREVIATED_TITLES = folded(
    """
    د م أ
    """
)


#: Honorifics and ranks that stand between a post and its holder's name: "أمير المنطقة
#: [الأمير] فلان", "وزير الخارجية [الشيخ] فلان", "قائد القوات [اللواء] فلان".
_RANKS_BEFORE_NAME = folded("الأمير الأميرة الشيخ الشيخة") | lx.RANKS


def _after_rank(tokens: Sequence[Token], k: int) -> int:
    """The index after an honorific or a rank at k, else k: "نائب الملك [الأمير] سالم بن
    حمد" — the post is the prince's, and his name follows his honorific."""
    if k + 1 < len(tokens) and tokens[k].norm in _RANKS_BEFORE_NAME and tokens[k + 1].is_word:
        return k + 1
    return k


def _after_person_title(tokens: Sequence[Token], k: int) -> int:
    """The index after a personal title at k, else k: "رئيس اللجنة [د.] سالم العلي", "رئيس
    اللجنة [الدكتور] سالم العلي" — the title stands between the role and the name."""
    if k + 1 < len(tokens) and tokens[k].norm in _ABBREVIATED_TITLES and tokens[k + 1].text == ".":
        return k + 2
    if k < len(tokens) and tokens[k].norm in lx.PERSON_TITLES:
        return k + 1
    return k


def _cut_at_surname(found: tuple[str, str], surnames: set[str] | frozenset[str]) -> tuple[str, str]:
    """The name cut after a word the article already uses alone for a speaker: "أماط رئيس
    اللجنة سالم العلي اللثام عن …" then "وقال العلي" makes the holder "سالم العلي", not
    "سالم العلي اللثام" (the verb's object runs on after the name)."""
    name, role = found
    words = name.split()
    for n in range(MIN_NAME_WORDS, len(words)):
        if fold(words[n - 1]) in surnames:
            return " ".join(words[:n]), role
    return found


def _apposed_title(text: str, end: int) -> bool:
    """A comma after a name at end, then a title or a definite noun: "، الأمين العام"."""
    after = text[end : end + NAME_WINDOW].lstrip()
    if after[:1] not in ("،", ","):
        return False
    words = after[1:].split(maxsplit=1)
    word = fold(words[0]) if words else ""
    return word.startswith("ال") or word in lx.OFFICIAL_TITLES or word in lx.PERSON_TITLES


def _adjective(norm: str) -> bool:
    """A word that goes on describing an anaphor's head: "[وزير] الزراعة السوري"."""
    return norm.startswith("ال") and norm not in _NOT_NAME


def _name_before(
    text: str, at: int, stop: int, surnames: set[str] | frozenset[str]
) -> tuple[str, str] | None:
    """ "وأضاف حمدان السالم، وزير الزراعة": the name set off by a comma before the role, right
    after a verb or the start of a clause; one word will do when an earlier voice bears it as
    its last name ("قال الهاشمي … وكان الهاشمي، وزير المالية، قد …"). With no comma ("توقع
    حمدان السالم وزير الزراعة ارتفاع …") the name must open with a given name and have two
    words at least."""
    head = text[max(0, at - NAME_WINDOW) : at].rstrip()
    apposed = head.endswith(_SETTING_OFF)
    if not apposed and not text[at - 1 : at].isspace():
        return None  # "قول المسؤول": the role's head inside its word with the article
    tokens = tokenize(head[:-1] if apposed else head)
    if at > NAME_WINDOW and tokens:
        tokens.pop(0)  # the window may cut its first word short
    k = len(tokens)
    while k > 0 and _name_words(tokens[k:], len(tokens) - k) <= MAX_NAME_WORDS:
        if not _name_token(tokens[k - 1]):
            break
        k -= 1
    # "وقال الأمير فلان بن فلان، أمير المنطقة": forms of address and ranks between the verb
    # and the name are his, never part of the name.
    j = k
    while j > k - MAX_NAME_TITLES and j > 0 and _definite_title(tokens[j - 1].norm):
        j -= 1
    opener = tokens[j - 1].norm if j else ""
    if j and tokens[j - 1].is_word and not _cue_or_being(opener) and opener not in _WITH:
        if not (apposed and _same_title(tokens[j:k], text[at:stop])):
            return None
    words = tokens[k:]
    if not apposed and (len(words) < MIN_NAME_WORDS or not _given_first(words[0])):
        return None
    known = apposed and len(words) == 1 and words[0].norm in surnames
    if not known and _name_length(words, apposed=True) != len(words):
        return None
    return " ".join(t.text for t in words), text[at:stop]


#: Marks that set a post off after a name: "فلان، وزير …" and "فلان -وزير …-".
_SETTING_OFF = ("،", ",", "-", "–", "—")
#: Most forms of address and ranks between a verb and the name it opens ("السفير الدكتور").
MAX_NAME_TITLES = 3
#: "with", before the name of one met: "بحث الوزير مع الدكتور فلان الأمين العام للمجلس …"
#: (the post is his, said of him, not another voice or the verb's object).
_WITH = folded("مع")


def _same_title(titles: Sequence[Token], role: str) -> bool:
    """A title before the name is the head of the post set off after it ("رعى الأمير فلان،
    أمير المنطقة، …"): the name is the post's holder whatever verb opens the clause. Another
    title ("استقبل الرئيس فلان، وزير …") may stand before a subject and his guest's post."""
    words = role.split()
    head = strip_article(fold(words[0])) if words else ""
    return any(strip_article(title.norm) == head for title in titles)


def _definite_title(norm: str) -> bool:
    """A title with the article, as it stands before a name: "الأمير", "الدكتور", "السفير"."""
    return norm.startswith("ال") and norm in _TITLES


def _cue_or_being(norm: str) -> bool:
    """A reporting verb or a form of "كان", with or without a joined و/ف: "وقال", "كان"; a
    verb that itself opens with و ("وصف", "وعد") as written too, not only without it."""
    bare = _bare(norm)
    return bare in lx.VERB_CUES or bare in _BEING or norm in lx.VERB_CUES


def _given_first(token: Token) -> bool:
    """A given name opening a name, not the preposition "على" that folds as "علي" does."""
    return given_name(token.norm) and token.text != ON_WRITTEN


def _as_title(norm: str) -> str:
    """The word as a title: itself when it is one ("وزير", "والي"), else without a leading
    و/ف ("والمدير")."""
    return norm if norm in _TITLES else _bare(norm)


def _bare(norm: str) -> str:
    return norm[1:] if norm[:1] in "وف" else norm


def _joined_title(tokens: Sequence[Token], k: int) -> bool:
    """The word at k is a second title joined by و to the one before it ("المستشار والمحامي
    فلان", "الشاعر والأديب فلان"): it titles the name after it and is no word of that name."""
    norm = tokens[k].norm
    if norm[:3] != "وال":
        return False
    return norm[1:] in _TITLES or (k > 0 and tokens[k - 1].norm in _TITLES)


#: "وعدد من", "وجمع من", "ولفيف من": others named with a person, never part of his name.
_AND_SOME = folded("وعدد وجمع ولفيف وبعض")
#: Possessive pronouns closing a noun ("نظيره", "زوجتها"), and the fewest letters of a word
#: read as "و" + such a noun.
_POSSESSIVES = ("ه", "ها", "هم", "هما")
MIN_JOINED_NOUN = 4


def _name_token(token: Token) -> bool:
    """A word that may be part of a name: not a function word, verb, title, nor a noun with an
    attached preposition ("لوكالة", "بالقول") or in ة ("كلمة") unless it is a given name."""
    norm = token.norm
    if given_name(norm) or norm in _NAME_LINKS:
        return True
    if norm.startswith("و") and norm.endswith(_POSSESSIVES) and len(norm) > MIN_JOINED_NOUN:
        return False  # "سالم نوفيك ونظيره خالد العمري": "and his counterpart" ends the name
    if act_with_it(token):
        return False  # "رسالة من الرئيس فلان وجهه للملك": what he did with it ends the name
    if norm in _AND_SOME:
        return False  # "المحافظ سالم الهاشمي وعدد من المسؤولين": others with him, no name
    if len(norm) >= MIN_HIS_NOUN and token.text.endswith("ه") and not norm.endswith("لله"):
        return False  # "حسبو محمد عبدالرحمن اتهامه لجهات": "his accusation" ends the name
    return (
        token.is_word
        and norm.isalpha()
        and norm not in _NOT_NAME
        and not _cue_or_being(norm)
        and norm not in lx.COMPLEMENTISERS
        and norm not in lx.OFFICIAL_TITLES
        and norm not in lx.PERSON_TITLES
        and norm not in lx.NP_CONTENT_HEADS
        and norm not in lx.ADVERBS
        and not token.text.endswith(("ة", "ً", "اً"))
        and not (norm[:1] in "لب" and len(norm) > MIN_PREFIXED)
    )


#: Fewest letters of a noun with "his" written ه ("اتهامه"); shorter words are names ("طه").
MIN_HIS_NOUN = 5


def _name_length(tokens: Sequence[Token], *, apposed: bool = False) -> int | None:
    """How many leading tokens make a full name, or None: two to five words ending where a
    punctuation mark, a function word, a verb or a prefixed noun begins; the first a given name,
    or else no word with the article (a foreign name) unless the name is ``apposed`` (set off
    by a comma after its verb), where only the first word may not have it."""
    n = 0
    after_surname = False
    while n < len(tokens) and _name_words(tokens, n) <= MAX_NAME_WORDS and _in_name(tokens, n):
        if n >= MIN_NAME_WORDS and _past_family_name(tokens[n - 1], tokens[n]):
            after_surname = True  # "عادل بن أحمد الهاشمي مباحثات": the name ends before
            break
        n += 1
    if n < MIN_NAME_WORDS or _name_words(tokens, n) > MAX_NAME_WORDS:
        return None
    if not after_surname and n < len(tokens) and tokens[n].is_word and _plain_word(tokens[n]):
        return None  # "سالم الكعبي بريطانيا": the words run on; where the name ends is unclear
    if given_name(tokens[0].norm):
        return n
    checked = tokens[:1] if apposed else tokens[:n]
    return n if all(not t.norm.startswith("ال") for t in checked) else None


def _in_name(tokens: Sequence[Token], n: int) -> bool:
    """The token at n goes on a name: a name's word, or any word after "آل", which is the
    family's name even when it is also a title ("آل الشيخ")."""
    if n and tokens[n - 1].norm == _FAMILY and tokens[n].is_word:
        return True
    return _name_token(tokens[n])


def _name_words(tokens: Sequence[Token], n: int) -> int:
    """How many words of a name the first n tokens hold, "عبد" and the word after it being one
    ("عبد الله بن سالم بن حمد" has four): a name's length is counted in names, not tokens."""
    return n - sum(1 for t in tokens[: n - 1] if t.norm == _SERVANT)


#: "عبد", which makes one given name with the word after it ("عبد الله", "عبد العزيز").
_SERVANT = fold("عبد")


def _past_family_name(last: Token, word: Token) -> bool:
    """A family name in ال ends a name of given names linked by بن before it: an indefinite
    word after it that is no given name is the clause going on ("أجرى الوزير فلان بن فلان
    الهاشمي مباحثات"); "الحاج حسن" goes on, a given name."""
    norm = word.norm
    return (
        last.norm.startswith("ال")
        and not norm.startswith("ال")
        and not given_name(norm)
        and norm not in _NAME_LINKS
    )


def _plain_word(token: Token) -> bool:
    """A word that neither ends a name nor belongs to one for sure: a noun or a name."""
    norm = token.norm
    return (
        norm not in _NOT_NAME
        and norm not in _AND_SOME
        and _bare(norm) not in lx.VERB_CUES
        and norm not in lx.COMPLEMENTISERS
        and not (norm[:1] in "لب" and len(norm) > MIN_PREFIXED)
        and not act_with_it(token)
    )
