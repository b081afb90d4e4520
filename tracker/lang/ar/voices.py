"""Read a voice noun phrase: split its descriptor from its name and tell its kind (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ...models import Mention, SourceKind, slot_init
from ...text import CLOSING_QUOTES, OPENING_QUOTES, Token, fold
from ..base import Known, folded
from . import lexicon as lx
from .proclitics import CONJUNCTIONS, WORD_CACHE_SIZE, strip_article
from .words import WORDS

#: Present verbs describing an indefinite body by what it does, right after its head noun:
#: "جماعة تعمل في …", "منظمة تعنى بـ…", "شركة تتخذ من لندن مقرا" (folded).
_DESCRIBING_VERBS = folded(
    """
    تعمل يعمل تعنى يعنى تهتم يهتم تنشط ينشط تتخذ يتخذ تمثل يمثل تضم يضم تدافع يدافع ترصد
    يرصد تتابع يتابع تختص يختص تنتج ينتج تدير يدير تملك يملك يعملون
    """
)
_ORGANIZATION_HEADS = folded(
    """
    منظمة المنظمة جمعية الجمعية حزب الحزب حركة الحركة جماعة الجماعة تنظيم التنظيم الجبهة جبهة
    الشركة شركة المرصد مرصد المركز مركز جامعة الجامعة البنك بنك النقابة نقابة الاتحاد التحالف
    تحالف الائتلاف ائتلاف صندوق الصندوق المؤسسة مؤسسة النادي نادي القوى قوى اتحاد رابطة الرابطة
    معهد المعهد المقاومة مقاومة
    """
)
#: "الشؤون" (affairs) heading a body's name with its adjective: "الشؤون الصحية بالمنطقة", a
#: region's directorate of health affairs (alone, "الشؤون" opens no name: "الشؤون الخارجية
#: للحزب" only with its adjective after it, and then it is a body too).
_AFFAIRS = folded("الشؤون الشئون")
#: Bare nouns for a company that refer back to it, outside the body heads ("مجموعة من" is
#: a number of people, not a body, so "مجموعة" is no head of a body's name).
_COMPANY_ANAPHORS = folded("المجموعة")
_PORTFOLIOS = folded(
    """
    خارجية داخلية دفاع مالية إعلام صحة تعليم عدل اقتصاد نفط طاقة تجارة زراعة نقل عمل إسكان
    سياحة ثقافة أوقاف شؤون لشؤون الوزراء وزراء حكومة أركان الأركان عام العام الأعلى باسم الرسمي
    الرسمية الإعلامي الإعلامية السابق السابقة الأسبق المتقاعد المكلف لحقوق للأمم المتحدة الدولي
    الدولية حقوق دولة تخطيط تربية تنمية بيئة صناعة اتصالات مواصلات رياضة شباب كهرباء مياه
    موارد شئون لشئون
    """
)


def _portfolio(norm: str) -> bool:
    """A minister's portfolio, bare or of the state named before ("وزير خارجيته", "وزير
    دفاعها"), folded: the ة before "his"/"its" is written ت."""
    if norm in _PORTFOLIOS:
        return True
    stem = next((norm[: -len(p)] for p in _POSSESSIVES if norm.endswith(p)), "")
    return len(stem) > 2 and (stem in _PORTFOLIOS or f"{stem.removesuffix('ت')}ه" in _PORTFOLIOS)


#: Titles and ranks: a word after one qualifies it ("اللواء ركن", "العقيد طيار").
_TITLES = lx.OFFICIAL_TITLES | lx.PERSON_TITLES

_HEAD_WORDS = (
    lx.OUTLET_HEADS
    | lx.AGENCY_HEADS
    | frozenset(lx.OUTLET_ANAPHORS)
    | lx.MEDIA_PLURALS
    | lx.LEAK_HEADS
    | lx.ANONYMOUS_HEADS
    | lx.DOCUMENT_HEADS
    | lx.OFFICIAL_TITLES
    | lx.PERSON_TITLES
    | lx.BODY_HEADS
    | lx.OFFICIAL_ANAPHORS
)
#: A word shorter than this keeps its first letter (``_bare``).
_BARE_MIN_LETTERS = 4
#: Each head word with a و/ف conjunction in front → the head ("والوزير" → "الوزير"): what
#: drop_conjunction(word, keep=_HEAD_WORDS, leaves=_HEAD_WORDS, min_length=4) drops, built
#: once, so that _bare (run on most words of every voice read) is one table look-up.
_BARE_HEADS = {
    c + head: head
    for head in _HEAD_WORDS
    for c in CONJUNCTIONS
    if len(c + head) >= _BARE_MIN_LETTERS and c + head not in _HEAD_WORDS
}


def _is_quote(token: Token) -> bool:
    return token.text in OPENING_QUOTES or token.text in CLOSING_QUOTES


def _bare(word: str) -> str:
    """Drop a leading و/ف conjunction from a folded word when what is left is a head we know."""
    return _BARE_HEADS.get(word, word)


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.is_word]


def surface(text: str, tokens: Sequence[Token]) -> tuple[str, int, int]:
    """Return the original text covered by tokens, with its offsets."""
    start, end = tokens[0].start, tokens[-1].end
    return text[start:end], start, end


def _join(tokens: Sequence[Token]) -> str:
    """Join the words of a span as written, dropping quote marks and trailing punctuation."""
    kept = [t for t in tokens if not _is_quote(t) and t.text not in "،,؛:()"]
    if not kept:
        return ""
    parts: list[str] = []
    prev_end = -1
    for t in kept:
        if parts and t.start > prev_end:
            parts.append(" ")
        elif parts and t.start == prev_end and not t.is_word:
            pass
        parts.append(t.text)
        prev_end = t.end
    return "".join(parts).strip().replace("ـ", "")


#: A voice phrase of more words than this is a clause, not a voice.
MAX_VOICE_WORDS = 12


@slot_init
@dataclass(frozen=True, slots=True)
class _Phrase:
    """A candidate voice phrase: its tokens and words, and what the registry says of it."""

    text: str
    tokens: Sequence[Token]
    words: Sequence[Token]
    gender: str
    #: True when some part of the phrase is a registry name.
    registry: bool
    known: Known
    #: The folded words (read once: the readers below ask for them again and again).
    norms: list[str]
    #: The head word, without a و/ف conjunction.
    first: str

    def mention(
        self, name: str, descriptor: str, kind: SourceKind | None, anaphor: bool = False
    ) -> Mention:
        """A mention spanning the whole phrase, with the given name (or the phrase itself)."""
        span_text, start, end = surface(self.text, self.tokens)
        name = name or _join(self.tokens)
        return Mention(span_text, start, end, name, descriptor, kind, anaphor, self.gender)


def read_voice(
    text: str,
    tokens: Sequence[Token],
    known: Known,
    *,
    allow_bare_name: bool,
    gender: str = "",
) -> Mention | None:
    """Read tokens as a voice; return None when they do not name one.

    ``allow_bare_name`` lets a phrase with no descriptor at all stand as a person's name; it is
    only safe in a strong slot (the subject of a reporting verb with its content found).
    """
    found = _without_dangling_particle(
        _read_voice(text, tokens, known, allow_bare_name=allow_bare_name, gender=gender)
    )
    if found is not None and found.kind is SourceKind.PERSON and _dual_of_sides(fold(found.name)):
        # "الجانبان": the two sides, a group for "وشددا" and "مؤكدين" after it.
        return replace(found, gender="p")
    return found


def _read_voice(
    text: str,
    tokens: Sequence[Token],
    known: Known,
    *,
    allow_bare_name: bool,
    gender: str = "",
) -> Mention | None:
    """Read tokens as a voice, as ``read_voice`` does, before its name is tidied."""
    tokens = _before_compass_aside(_without_title_slash(_trimmed(_without_initial_stops(tokens))))
    tokens = _without_and_after_quote(tokens)
    placed = _nationality_before_titled_name(text, tokens, known, allow_bare_name, gender)
    if placed is not None:
        return placed
    verb = next((j for j in (1, 2) if described_unnamed(tokens, j)), None)
    if verb is not None:
        tokens = [*tokens[:verb], *tokens[verb + 1 :]]  # "مسؤول [يعمل] في الوزارة"
    if len(tokens) > 1 and tokens[-1].norm == "من" and _on_his_part(text, tokens[-1].end):
        tokens = _trimmed(tokens[:-1])  # "الدكتور فلان من جهته، أن": "on his part"
    tokens = _without_other_side(_without_professor(tokens))
    if len(tokens) > 2 and tokens[-1].norm in lx.PRONOUN_LEADS:
        # "وأكد الوزير فلان من جانبه أن", "وقال فلان بدوره إن": on his part, no name
        tokens = _trimmed(tokens[:-2] if tokens[-2].norm == "من" else tokens[:-1])
    tokens = _without_time_after(tokens)
    cut_short = False
    while tokens and tokens[-1].norm in _TRAILING_PREPOSITIONS and not _fathers_name(tokens):
        # "قال فلان في تصريح …" cut at the preposition: it opens what follows, no name ends so.
        tokens = _trimmed(tokens[:-1])
        cut_short = True
    pious = next((j for j in range(1, len(tokens) - 1) if _pious_formula(tokens, j)), None)
    if pious is not None:
        # "الإمام فلان يرحمه الله", "نوح عليه السلام لقومه", "توقعت الهيئة بمشيئة الله": a
        # prayer or "God willing" after the name, no part of it (nor what follows it).
        tokens = _trimmed(tokens[:pious])
    if len(tokens) > 1 and tokens[-1].norm in lx.ATTACHED and tokens[-1].norm.startswith("ال"):
        # "أعلنت الحركة المنضوية في التحالف": what ties it to a body, cut from its phrase.
        tokens = _trimmed(tokens[:-1])
    if cut_short and len(_words(tokens)) == 1:
        allow_bare_name = False  # "ونحذر شبابنا من": one word before it is no name to trust
    tokens = _without_words_of(tokens)
    if _spokesman_for(tokens):
        # "لكن متحدثا باسم الشرطة قال": the title in the accusative, read as "متحدث باسم"
        tokens = [tokens[0]._replace(norm=tokens[0].norm[: -len(_ACCUSATIVE)]), *tokens[1:]]
    if tokens and circumstantial(tokens[0].norm):
        return None  # "وأضاف مخاطبا البرلمان": how the speaker named before spoke, no voice
    if tokens and tokens[0].norm in _MERCY:
        return None  # "كان رحمه الله يقول": a prayer for the one named before, no voice
    if _blessing(tokens):
        return None  # "عنه صلى الله عليه وسلم": a blessing on the one named before
    if tokens and tokens[0].norm == _GOD:
        return None  # "ودعا الله عز وجل أن …، مؤكدا": God prayed to, not the one who speaks
    if len(tokens) > 2 and tokens[0].norm in lx.PREPOSITIONS:
        if tokens[1].norm in lx.RELAYED_PRONOUNS:
            tokens = tokens[2:]  # "حسبما ذكرت نقلا عنها هيئة الإذاعة": the medium after it
    if tokens and _strip_and_or_so(tokens[0].norm) in lx.PREPOSITIONS:
        return None  # "أشار بحسب الشركة إلى": a credit word, which names no voice itself
    if tokens and tokens[0].norm in _OPENING_PREPOSITIONS:
        return None  # "حسبما ذُكر في نصها": a passive verb, then where; no one is named
    if tokens and _strip_and_or_so(tokens[0].norm) in _EXTENT:
        return None  # "جهات تؤكد مدى فعاليته": how far it works, the object; no one named
    if tokens and _strip_and_or_so(tokens[0].norm) in _CONCERNING:
        return None  # "وفيما يخص اللاعبين …، كشف أن": what he spoke about, not who spoke
    if tokens and _on_not_ali(tokens):
        return None  # "حسبما نشر على صفحته": where, not a man called علي
    if tokens and tokens[0].text.removeprefix("و") == _AFTER_EVENT:
        return None  # "وإثر انتهائه وقف يقول": right after; the speaker follows
    if tokens and tokens[0].norm in _AT_ONCE:
        return None  # "وقال فور انتهاء اللقاء إن": when he spoke; the speaker went before
    if len(tokens) > 1 and tokens[1].is_word and _when_asked(tokens, 0):
        return None  # "وأضاف لدى زيارته المعرض أن": when he spoke; the speaker went before
    if tokens and tokens[0].norm in _WHEN:
        return None  # "يستغربون حين يعلمون أن": when they learn; the subject went before
    if tokens and no_voice_opening(_words(tokens[:2])):
        return None  # "أعرب خلاله عن", "واختتم حديثه بقوله": the speaker named before
    if tokens and _bare(tokens[0].norm) in _OWN_INFORMATION:
        return None  # "وتشير المعلومات إلى أن": what the paper learnt, in its own voice
    if tokens and _own_knowledge(tokens[0]):
        return None  # "بحسب علمنا ومتابعتنا": the speaker's own knowledge, no one else's
    if tokens and tokens[0].norm in _ATTENTION_OF:
        return None  # "ويلفت نظر الزائر أن …": what catches the eye, no one's saying
    if tokens and _addressed_to_you(tokens[0].norm):
        return None  # "أن أعرب لفخامتكم عن …": whom a letter's writer addresses, no voice
    if tokens and _strip_and_or_so(tokens[0].norm) in _MODALS:
        return None  # "وقال يجب أن …": what he said opens with "must", he spoke before
    if tokens and _object_case(tokens[0]):
        return None  # "يحذَر الآخرةَ ويرجو …": the verb's object, written with its fatha
    if tokens and _bare(tokens[0].norm) in _SAYINGS:
        return None  # "كما يقول المثل": a proverb, no one's claim
    tokens = _before_kin_of_another(tokens)
    if len(tokens) > 2 and tokens[-1].norm in _PAST_OR_NEXT and tokens[-2].norm in _SPANS_OF_TIME:
        tokens = _trimmed(tokens[:-2])  # "وكانت السفارة الأسبوع الماضي حذرت": when, no name
    while tokens and tokens[-1].norm in _EMPHATICS and len(tokens) > 1:
        tokens = _trimmed(tokens[:-1])  # "المصدر نفسه": the same source, named before
    if len(tokens) > 1 and tokens[0].norm in _DEMONSTRATIVES and tokens[1].norm.startswith("ال"):
        tokens = tokens[1:]  # "تلك المصادر": the sources named before
    if len(tokens) > 1 and tokens[0].norm in _SAME and tokens[1].norm.startswith("ال"):
        tokens = tokens[1:]  # "نفس المتحدث", "ذات المصدر": the same one, named before
    if len(tokens) > 2 and tokens[0].norm in _ONE_OF_THEM and _opens_name(tokens[1].norm):
        tokens = tokens[1:]  # "وأكد أحدهم سالم الهاشمي أن": one of them, then his name
    tokens = _without_address(tokens)
    tokens = _without_conjunction(tokens)
    tokens = _without_epithet(tokens)
    tokens = _without_appearing(tokens)
    if len(tokens) > 1 and _bare(tokens[0].norm) in _SO_CALLED:
        tokens = tokens[1:]  # "فالمدعو سالم (17 عاما) أفاد": "the one called", then his name
    if len(tokens) > 1 and tokens[0].norm in _LATEST and tokens[1].norm in lx.DOCUMENT_HEADS:
        tokens = tokens[1:]  # "آخر إحصاء لوزارة الزراعة": the latest of its records
    tokens, possessed = _title_without_pronoun(tokens)
    words = _words(tokens)
    cut = _title_overrun(words)
    behalf = next(
        (
            k
            for k, w in enumerate(words)
            if k
            and w.norm in _ON_BEHALF
            and _bare(words[k - 1].norm).removeprefix("ال") not in _SPEAKERS_FOR
        ),
        None,
    )
    if behalf is not None and (cut is None or behalf < cut):
        cut = behalf  # "الأمير باسمه واسم أهل الإمارة": on whose behalf he spoke is no voice
    # Only a phrase that opens as a voice does ("المرصد", "وزير", a given name) is cut there:
    # elsewhere the word shows the phrase is something else.
    named = bool(words) and _opens_voice_word(words[0].norm)
    manner = next(
        (
            k
            for k, w in enumerate(words)
            if k
            and not _abd_compound(words, k)
            and (
                _told_after_unnamed(words, k)
                or _told_person(words, k)
                or _ends_voice(w.norm)
                or _own_words(w)
                or w.norm in _OBJECT_NOUNS  # "ولفت فلان الانتباه إلى": the verb's object
                or (w.norm in _STRESSED and words[k - 1].norm not in _TRAILING_PREPOSITIONS)
                or w.norm in _RECORDINGS_PUT_OUT
                or _attention_of(words, k)
                or _position_object(words, k)
                or (named and _refers_back(w))
                or (named and act_with_it(w))
                or (named and _object_demonstrative(words, k))
                or _accusative_pair(words, k)
                or ((named or words[0].norm.startswith("ال")) and _possessed_object(words, k))
                or _without_at(words, k)
                or _right_after(words, k)
                or _told_outlet(words, k)
                or _when_asked(words, k)
                or _once(words, k)
                or _title_after_named(words, k)
                or _modal_after_name(words, k)
                or _in_recording(words, k)
                or _addressed_after_name(words, k)
                or _TANWEEN.intersection(w.text)
            )
        ),
        None,
    )
    if manner is not None and manner > 1 and words[manner].norm in _NEGATING:
        if _bare(words[manner - 1].norm) in _ASKING_UNNAMED:
            manner -= 1  # "مسؤول فضل عدم الكشف عن اسمه": the request is no part of him
    if manner is not None and (cut is None or manner < cut):
        # "وقال سالم الفارس مخاطبا النواب", "… عند وصوله": how or when he spoke is no part
        # of his name.
        cut = manner
    if cut is not None:
        # "وصف وزير الخارجية التركي المحادثات بأنها …": the object is no part of the voice.
        tokens = [t for t in tokens if t.start < words[cut].start]
        words = words[:cut]
    if _verb_before_title(words):
        # "استقبل الوزير سالم الهاشمي": the verb of another clause, then the voice.
        tokens = [t for t in tokens if t.start >= words[1].start]
        words = words[1:]
    if not words or len(words) > MAX_VOICE_WORDS + MAX_NAME_WORDS:
        return None
    if len(words) == 1 and (_act_verb(words[0].norm) or _event_of_his(words[0])):
        # "وأصدرت بيانا ذكرت فيه": the issuing verb, its subject named before; "نص يذكر مقتله
        # دون …": the event told of, with "his".
        return None
    if len(words) > MAX_VOICE_WORDS and not (
        any(given_name(w.norm) for w in words[-MAX_NAME_WORDS:]) or _name_between_titles(words)
    ):
        # Only a title chain with a name at its end, or between its titles ("النقيب فلان
        # المتحدث الرسمي في قيادة …"), may run this long.
        return None
    first = _bare(words[0].norm)
    has_quotes = any(_is_quote(t) for t in tokens)
    has_head = first in lx.OUTLET_HEADS or first in lx.AGENCY_HEADS or first in lx.OUTLET_ANAPHORS
    norms = [w.norm for w in words]
    registry = known(norms, has_head or has_quotes)
    phrase = _Phrase(text, tokens, words, gender, registry, known, norms, first)
    if tokens[0].text in OPENING_QUOTES and tokens[-1].text in CLOSING_QUOTES:
        # A quoted phrase is a name as written: «الرئيس اليوم» is not the title الرئيس.
        if registry or allow_bare_name:
            return phrase.mention(_join(tokens), "", None if registry else SourceKind.OUTLET)
        return None
    if len(words) > EACH_OF_WORDS and words[0].norm == "كل" and words[1].norm == "من":
        return _first_of_each(text, tokens, words, known, gender)
    found = _possessed_title_voice(phrase) if possessed else None
    found = found or _honorific_surname(phrase) or _head_then_quoted(phrase)
    found = found or _called(phrase) or _anaphor_voice(phrase) or _media_voice(phrase)
    found = found or (_one_of_some(phrase) if allow_bare_name else None)
    found = found or (_placed_by_one_of(phrase) if allow_bare_name else None)
    if found is not None:
        return found
    if first in _COUNTS and len(phrase.norms) > 1 and phrase.norms[1] in lx.ANONYMOUS_HEADS:
        # "أربعة مصادر في الجمارك والموانئ": so many unnamed sources, of the body after.
        found = phrase.mention("", _affiliation(phrase), SourceKind.ANONYMOUS)
        return replace(found, gender="p")
    people = allow_bare_name and plural_nisba(first)  # only as a verb's subject
    if first in lx.ANONYMOUS_HEADS or _one_of_a_group(phrase.norms) or people:
        definite = first.startswith("ال") and all(
            n.startswith(("ال", "لل")) for n in phrase.norms[1:]
        )  # "المصدر الإعلامي التابع للمركز": the source, described
        named = _sources_of_named_body(phrase)
        # "مسؤولون يرافقون الوزير": unnamed people described by what they do, as "مسؤولون
        # يعملون في الوزارة" are by where they work
        doing = _plural_head(first) and len(phrase.norms) > 1 and _describing_verb(phrase.norms[1])
        if _is_anonymous(phrase.norms) or definite or named or doing:
            found = phrase.mention("", _affiliation(phrase), SourceKind.ANONYMOUS)
            # A verb before its subject stays singular ("يستبعد مسؤولون"): the number is the
            # noun's, and "وقالوا" later refers back to it.
            return replace(found, gender="p") if _plural_head(first) else found
        if people:
            # "ويصف عقاريون سوق العقار بأنه …": the group, then what it describes
            head = phrase.words[0]
            found = Mention(head.text, head.start, head.end, head.text, "", SourceKind.ANONYMOUS)
            return replace(found, gender="p")
        if first not in lx.OFFICIAL_TITLES and not any(map(given_name, phrase.norms[1:])):
            # "مصدر قلق", "مصادر الطاقة": not a voice at all; but "مسؤول العلاقات العامة
            # فلان", "عضو المجلس فلان" name a person by a title the lexicon leaves out.
            return None
    grouped = _sound_plural_group(phrase.norms) or _people_group(phrase.norms)
    if _counted_group(phrase.norms) or (allow_bare_name and grouped):
        found = phrase.mention("", _affiliation(phrase), SourceKind.ANONYMOUS)
        return replace(found, gender="p")
    if len(words) == 1 and (_TANWEEN.intersection(words[0].text) or _lone_possessed(words[0])):
        return None  # "يرى زيفاً أن", "كشف خفاياهم": an object or an adverb, no one's name
    found = _named_voice(phrase, allow_bare_name)
    if found is None and allow_bare_name:
        found = _described_person(phrase) or _voice_from(text, tokens, words, known, gender)
    if found is None and allow_bare_name and _kin_of_one_told(words):
        found = phrase.mention("", "", SourceKind.PERSON)
    if found is not None and fold(found.name.split(maxsplit=1)[0]) == _BETWEEN:
        return None  # "نوّه بالتعاون بين الوزارة و«نماء»": between two bodies, no one named
    if found is not None and found.descriptor and _preposition_name(found.name):
        # "قالت مواطنة من المدينة": no name opens with a preposition; the unnamed person as
        # the phrase says, or the title alone when the preposition closes it ("استغرب رئيس
        # النادي من …": from what he wondered at).
        if " " in found.name.strip():
            if len(words) > MAX_UNNAMED_WORDS:
                return None  # "المدرب فلان سبعة من لاعبيه من قائمته": an object ran on
            return phrase.mention("", "", found.kind)
        return read_voice(text, tokens[:-1], known, allow_bare_name=allow_bare_name, gender=gender)
    if found is not None and _another_named(found.name):
        return _unnamed_other(phrase)
    if found is not None and first.startswith("ال") and first.endswith("ون"):
        # "الباحثون", "المحتجون": a plural group, for "مؤكدين" and "وقالوا" after it.
        return replace(found, gender="p")
    if found is not None and _definite_broken_plural(first):
        # "الخطباء", "الوزراء": a group of people, for "مشيرين" and "وبينوا" after it.
        return replace(found, gender="p")
    if found is not None and first in _POSSESSORS_OF:
        # "ذوو الضحايا", "ذوي المفقودين": the families, a group for "مشيرين" after it.
        return replace(found, gender="p")
    return found


#: "Another", "others": "وقال مهندس آخر في الورشة", "وقال آخر:", "وأكد آخرون" name no one;
#: and the plural forms of it.
_ANOTHER = folded("آخر أخرى آخرون آخرين آخران")
_OTHERS = folded("آخرون آخرين آخران")
#: Words after "another" that place him, not name him: "آخر في الورشة", "آخر باسم الوزارة".
_PLACING_WORDS = folded("في من باسم لدى داخل بين")


def _definite_broken_plural(first: str) -> bool:
    """The phrase opens with a broken plural of people and its article: "الخطباء", "الوزراء"
    (not "خطباء" alone, which an adjective or a place may follow as an object's)."""
    return first.startswith("ال") and first[2:] in lx.BROKEN_PLURALS_OF_PEOPLE


def _another_named(name: str) -> bool:
    """The name read is "another" alone or with where he stands ("آخر", "آخرين", "آخر في
    الورشة", "آخر باسم الوزارة"): no one is named. Not "the latest" before a noun ("آخر
    النشرات السنوية", "آخر مرة"), nor another who is named ("آخر اسمه …")."""
    words = fold(name).split(maxsplit=2)
    if not words or words[0] not in _ANOTHER:
        return False
    return len(words) == 1 or words[1] in _PLACING_WORDS


def _unnamed_other(phrase: _Phrase) -> Mention:
    """ "مهندس آخر في الورشة", "آخر", "آخرون": one more unnamed voice like the one before, as the
    phrase says (a group for the plural)."""
    found = phrase.mention("", _affiliation(phrase), SourceKind.ANONYMOUS)
    return replace(found, gender="p") if any(n in _OTHERS for n in phrase.norms) else found


#: Most words of an unnamed person's phrase with a preposition in it ("الصحافي الكردي المقرب
#: من الحزب").
MAX_UNNAMED_WORDS = 7


def _strip_and_or_so(norm: str) -> str:
    """The folded word without a و/ف that opens it, when a word of three letters or more is
    left."""
    return norm[1:] if norm[:1] in CONJUNCTIONS and len(norm) > MIN_AND_WORD else norm


def _on_not_ali(tokens: Sequence[Token]) -> bool:
    """ "على" written with ى, opening the phrase before a word that is no name ("على موقعه",
    "على الموقع"): the preposition, which folds like the name "علي"."""
    if tokens[0].text != "على":
        return False
    return len(tokens) < 2 or not given_name(tokens[1].norm)


#: "ذوو"/"ذوي" (the kin of, those with): the plural head of a group named by whom they
#: belong to ("ذوو الشهداء", "ذوي الإعاقة").
_POSSESSORS_OF = folded("ذوو ذوي")
#: Nouns of a side whose definite dual names two parties at once ("الجانبان", "الطرفان",
#: "البلدان", "الدولتان"); the stems, folded.
_PARTY_NOUNS = folded("جانب طرف بلد دولت")


def _dual_of_sides(norm: str) -> bool:
    """ "الجانبان", "الطرفان", "البلدان", "الدولتان": two parties named together, a group."""
    return norm.startswith("ال") and norm.endswith("ان") and norm[2:-2] in _PARTY_NOUNS


def _preposition_name(name: str) -> bool:
    """The name read after a title opens with a preposition: "من المدينة", "من"."""
    words = name.split(maxsplit=1)
    return bool(words) and (fold(words[0]) in _OPENING_PREPOSITIONS or fold(words[0]) == "من")


#: Prepositions that never close a name: "فلان في", "فلان مع" end where the phrase was cut
#: ("من" is left: a phrase that holds it is no bare name, see _NOT_NAMES).
_TRAILING_PREPOSITIONS = folded("في مع عن على إلى الى لدى عند")
#: "وأكد فلان من أمام المقر", "وصف فلان بـ«…»": a bare "من" or "بـ" left at the end of a
#: voice's name opens what follows it; no name ends so.
_DANGLING_PARTICLES = folded("من ب")
#: Fewest words a voice's name keeps once its dangling particle is dropped.
MIN_TIDIED_WORDS = 2


def _without_dangling_particle(found: Mention | None) -> Mention | None:
    """The voice found, its name without a bare "من" or "بـ" at its end (only a voice already
    read is renamed: the particle never makes a phrase a voice).

    A one-word name ("مجموعة من") or one with a word under "لـ" ("فلان لمجموعة من") is an
    object run on, not a name to tidy: it is left as read.
    """
    if found is None:
        return None
    head, _, last = found.name.rstrip().rpartition(" ")
    words = head.split()
    if len(words) < MIN_TIDIED_WORDS or fold(last) not in _DANGLING_PARTICLES:
        return found
    if any(w.startswith("ل") and not w.startswith("ال") for w in words[1:]):
        return found
    return replace(found, name=" ".join(words))


#: "أقر الأطباء وقتها", "أكد البنك أمس", "تقول الإدارة الآن": when the voice spoke, after it.
_TIME_AFTER = folded("الآن أمس امس حينها وقتها آنذاك حينذاك")
#: "وقال المحاميان يومها إن", "مصدر مختص في العمالة الفلبينية تحديدا": that day, or
#: "specifically", after the voice; no word of its name.
_TIME_AFTER |= folded("يومها تحديدا")
#: "مساء أمس", "صباح أمس": the part of that day, before it.
_PART_OF_DAY = folded("مساء صباح")


def _without_time_after(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens without a time adverb after the voice ("أكد البنك مساء أمس أن")."""
    if len(tokens) < 2 or tokens[-1].norm not in _TIME_AFTER:
        return tokens
    kept = _trimmed(tokens[:-1])
    if len(kept) > 1 and kept[-1].norm in _PART_OF_DAY:
        kept = _trimmed(kept[:-1])
    return kept


def _pious_formula(tokens: Sequence[Token], j: int) -> bool:
    """A formula of piety opens at token j: "رحمه الله", "رضي الله عنه", "صلى الله عليه
    وسلم", "عليه السلام", "بمشيئة الله", "بإذن الله"."""
    first, second = tokens[j].norm, tokens[j + 1].norm
    if second == _GOD:
        return first in _MERCY or first in _BY_GODS_WILL or first in _BLESSED
    return second == _PEACE and first in _UPON_HIM


def _blessing(tokens: Sequence[Token]) -> bool:
    """A blessing opens the tokens ("صلى الله عليه وسلم", "رضي الله عنه", "عليه السلام"):
    it is said of the one named before it, and names no voice of its own."""
    return len(tokens) > 1 and tokens[0].norm not in _BY_GODS_WILL and _pious_formula(tokens, 0)


#: "بمشيئة الله", "بإذن الله" (God willing).
_BY_GODS_WILL = folded("بمشيئة بإذن باذن")
#: "رضي الله", "صلى الله" before "عنه", "عليه وسلم".
_BLESSED = folded("رضي صلى")
#: "عليه السلام" (peace be upon him) after a prophet's name.
_UPON_HIM = folded("عليه عليها عليهم")
_PEACE = fold("السلام")


def _fathers_name(tokens: Sequence[Token]) -> bool:
    """Whether the last word is a name after "بن", "أبو" or "آل" ("سالم بن علي", "أبو علي"):
    "علي" folds as the preposition "على" does, but a name is what those words take."""
    return len(tokens) > 1 and tokens[-2].norm in _LINKED_NAME_WORDS


#: "رحمه الله", "رحمها الله": a prayer for the dead, after his name.
_MERCY = folded("رحمه رحمها رحمهم يرحمه يرحمها يرحمهم")
#: "the extent": "مدى فعاليته", what is confirmed or asked about, never a voice.
_EXTENT = folded("مدى")
#: "concerns": "فيما يخص", "فيما يتعلق ب" open a topic, never a voice.
_CONCERNING = folded("يخص تخص يتعلق تتعلق")
#: Prepositions that never open a voice's name.
_OPENING_PREPOSITIONS = folded("في مع عن إلى الى")  # (not على: folded, it is "علي")
#: Forms of address before a title: "صاحب السمو الملكي الأمير فلان", "صاحب المعالي الوزير".
_ADDRESS_HOLDERS = folded(
    """
    صاحب صاحبة
    """
)
#: Forms of address written alone before a title or name: "سماحة المفتي", "فضيلة الشيخ".
_BARE_ADDRESSES = folded(
    """
    سماحة فضيلة سمو فخامة جلالة
    """
)
_ADDRESSES = folded(
    """
    السمو المعالي الفضيلة السعادة الجلالة
    """
)
#: Forms of address that are also common nouns ("سعادة", joy): only before a title.
_TITLED_ADDRESSES = folded("سعادة معالي")


def _without_address(tokens: Sequence[Token]) -> Sequence[Token]:
    """The phrase after a form of address that a title or name follows: "صاحب السمو الملكي
    الأمير سالم بن فهد" is the prince, not "صاحب السمو" with a descriptor."""
    if len(tokens) > 1 and tokens[0].norm in _BARE_ADDRESSES and tokens[1].is_word:
        return tokens[1:]  # "سماحة مفتي عام الدولة الشيخ فلان": the mufti, not "سماحة"
    if len(tokens) > 1 and tokens[0].norm in _TITLED_ADDRESSES and tokens[1].norm in _TITLES:
        return tokens[1:]  # "سعادة مدير التعليم فلان" (not "سعادة المواطنين", their joy)
    if len(tokens) < 3 or tokens[0].norm not in _ADDRESS_HOLDERS:
        return tokens
    if tokens[1].norm not in _ADDRESSES:
        return tokens
    k = 3 if tokens[2].norm == fold("الملكي") else 2
    return tokens[k:] if k < len(tokens) and tokens[k].is_word else tokens


def _nationality_before_titled_name(
    text: str, tokens: Sequence[Token], known: Known, allow_bare_name: bool, gender: str
) -> Mention | None:
    """ "الفرنسي فلان الفلاني رئيس الاتحاد الأوروبي للعبة": a nationality before a given name,
    the name, then his title. The man is the voice, the nationality part of his description;
    read whole, the phrase had been the body his title names. None unless the words after the
    nationality read as a person with a title."""
    if len(tokens) < MIN_PLACED_NAME_TOKENS or not (tokens[0].is_word and tokens[1].is_word):
        return None
    if not nisba(tokens[0].norm) or not _may_open_name(tokens[1].norm):
        return None
    found = read_voice(text, tokens[1:], known, allow_bare_name=allow_bare_name, gender=gender)
    if found is None or found.kind not in _NAMED_PEOPLE or not found.descriptor:
        return None
    if not given_name(tokens[1].norm) and not _named_from(found, tokens[1]):
        return None
    described = f"{tokens[0].text} {found.descriptor}"
    surface = text[tokens[0].start : found.end]
    return replace(found, surface=surface, start=tokens[0].start, descriptor=described)


#: A nationality, a given name, a family name and a title: the fewest tokens of such a phrase.
MIN_PLACED_NAME_TOKENS = 4


def _may_open_name(norm: str) -> bool:
    """A word after a nationality that may open a name: a given name we know, or a foreign one
    we do not ("الفرنسي فلان فلانوف المدرب …"), which is no title, body or word in ال."""
    if given_name(norm):
        return True
    return not norm.startswith("ال") and norm not in _TITLES_OR_BODIES


def _named_from(found: Mention, first: Token) -> bool:
    """The voice read after a nationality is a name that opens with its first word, then a
    title: "الإيطالي فلان فلانيني رئيس النادي" (a foreign given name no list holds)."""
    return bool(found.name) and found.name.split()[0] == first.text


#: Kinds of a voice named as a person, with or without an office.
_NAMED_PEOPLE = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL})


def _kin_of_one_told(words: Sequence[Token]) -> bool:
    """One kin noun with "his"/"her"/"their": "وقال والده إن …", "…، كما قال والده.",
    "وأوضحت والدتها أن …" (the kin of the one the article tells of). Only as the subject of a
    reporting verb whose content was found; its ة is written ت before the pronoun."""
    if len(words) != 1:
        return False
    norm = words[0].norm
    return possessed_kin(norm) or possessed_kin(_strip_and_or_so(norm))


def possessed_kin(norm: str) -> bool:
    """ "والده", "والدتها", "شقيقهم": a kin noun of KIN_HEADS and a possessive pronoun."""
    for pronoun in _POSSESSIVES:
        stem = norm.removesuffix(pronoun)
        if stem == norm or len(stem) < MIN_KIN_STEM:
            continue
        if stem in KIN_HEADS or (stem.endswith("ت") and fold(stem[:-1] + "ة") in KIN_HEADS):
            return True
    return False


#: Fewest letters of a kin noun before its pronoun: "ابنه", "زوجها" ("عمه", "جده" are left,
#: as often other words).
MIN_KIN_STEM = 3


def _voice_from(
    text: str, tokens: Sequence[Token], words: Sequence[Token], known: Known, gender: str
) -> Mention | None:
    """ "فلان من سلطنة عمان": a person named in two words or more before "من", which says
    where he comes from; None when there is none."""
    at = next((k for k, w in enumerate(words) if w.norm == "من"), None)
    if at is None or at < MIN_WORDS_BEFORE_FROM or at + 1 >= len(words):
        return None
    if not any(given_name(w.norm) for w in words[:at]) and not _foreign_name_of_body(words, at):
        return None  # "بحسب القانون الموروث من …", "تعتبر أسرة … من الأسر": no person named
    before = [t for t in tokens if t.start < words[at].start]
    found = read_voice(text, before, known, allow_bare_name=True, gender=gender)
    if found is None:
        return None
    return replace(found, descriptor=" ".join(filter(None, (found.descriptor, _join(words[at:])))))


#: "عدد من المسؤولين" is no voice "عدد": a voice before "من" has two words at least.
MIN_WORDS_BEFORE_FROM = 2


def _foreign_name_of_body(words: Sequence[Token], at: int) -> bool:
    """ "لارس بيدرسون من شرطة الميناء": two name-like words no name list knows, with no
    article, then "من" and a body: a person of that body, named in the way of another
    language ("لورا إيه فلانة من جامعة …": a Latin letter between them is her initial)."""
    norms = [
        w.norm
        for j, w in enumerate(words[:at])
        if not (0 < j < at - 1 and w.norm in lx.LETTER_NAMES)
    ]
    if len(norms) != MIN_WORDS_BEFORE_FROM or at + 1 >= len(words):
        return False
    if any(n.startswith("ال") for n in norms) or not _looks_like_name(norms, words[0].text):
        return False
    return words[at + 1].norm in lx.BODY_HEADS


def _first_of_each(
    text: str, tokens: Sequence[Token], words: Sequence[Token], known: Known, gender: str
) -> Mention | None:
    """ "كل من وزير الخارجية فلان ونظيره فلان": the first voice stands for the joint statement
    (one attribution, so that a joint statement never looks corroborated by itself)."""
    second = next(
        (
            k
            for k in range(3, len(words))
            if words[k].norm[:1] == "و" and _opens_voice_word(words[k].norm[1:])
        ),
        None,
    )
    if second is None:
        return None
    first = [t for t in tokens if words[2].start <= t.start < words[second].start]
    return read_voice(text, first, known, allow_bare_name=True, gender=gender)


def _opens_voice_word(norm: str) -> bool:
    """A word that may open a second voice after و: a given name, a title, a body or a
    counterpart ("نظيره")."""
    return (
        given_name(norm)
        or norm in lx.OFFICIAL_TITLES
        or norm in lx.PERSON_TITLES
        or norm in lx.BODY_HEADS
        or norm.startswith("نظير")
    )


#: "كل من" and at least two more words before a joint statement's voices.
EACH_OF_WORDS = 3


def _called(phrase: _Phrase) -> Mention | None:
    """ "شاهد عيان يدعى فلان", "إحدى المتدربات وتدعى فلانة": the person named after "is
    called", described by what comes before it; None when the phrase has no such word."""
    words = phrase.words
    at = next((k for k, w in enumerate(words) if _NAMED_AS.get(w.norm) == w.text), None)
    if at is None or at == 0 or at + 1 >= len(words):
        return None
    return phrase.mention(_join(words[at + 1 :]), _join(words[:at]), SourceKind.PERSON)


#: The passive "is called" by its folded form, with its spelling (alef maqsura, not "claims").
_NAMED_AS = {fold(w): w for w in "يدعى تدعى ويدعى وتدعى".split()}


def _title_overrun(words: Sequence[Token]) -> int | None:
    """Where a title's phrase runs into the verb's object, or None: after a nisba adjective
    ("الإيراني", "الخارجية"), a definite plural in ـات ("المفاوضات") is a new noun, never an
    adjective of the title nor a name."""
    if len(words) < 3 or _bare(words[0].norm) not in lx.OFFICIAL_TITLES:
        return None
    for k in range(2, len(words)):
        before, norm = words[k - 1].norm, words[k].norm
        nisba = before.startswith("ال") and before.endswith(("ي", "يه"))
        if nisba and norm.startswith("ال") and norm.endswith("ات") and not given_name(norm):
            return k
    return None


#: "من جهة أخرى", "من ناحية ثانية" (on the other hand), folded: the side, then "other".
_SIDES = folded("جهة ناحية")
_OTHER_SIDE = folded("أخرى اخرى ثانية")


def other_side_at(tokens: Sequence[Token], k: int) -> bool:
    """Tokens k to k + 2 are "من جهة أخرى" (on the other hand): a turn to another point of
    the speaker's, after his name or his verb, no part of either."""
    return (
        k >= 0
        and k + 2 < len(tokens)
        and tokens[k].norm == "من"
        and tokens[k + 1].norm in _SIDES
        and tokens[k + 2].norm in _OTHER_SIDE
    )


#: "أ." (professor) before "د." (doctor), folded: "أ. د. فلان" is "د. فلان" with a higher rank.
_PROFESSOR = fold("أ")
_DOCTOR = fold("د")


def _without_professor(tokens: Sequence[Token]) -> Sequence[Token]:
    """The phrase without "أ." opening "أ. د. فلان …": the two abbreviated titles are read as
    the doctor's one, so the title after his name is not taken into it."""
    if len(tokens) > 4 and tokens[0].norm == _PROFESSOR and tokens[1].text == ".":
        if tokens[2].norm == _DOCTOR and tokens[3].text == ".":
            return tokens[2:]
    return tokens


def _without_other_side(tokens: Sequence[Token]) -> Sequence[Token]:
    """The phrase without "من جهة أخرى" closing it: "وشدد فلان من جهة أخرى على أن …" turns
    to another point of his; the three words are no part of his name."""
    if len(tokens) > 3 and other_side_at(tokens, len(tokens) - 3):
        return _trimmed(tokens[:-3])
    return tokens


def _on_his_part(text: str, at: int) -> bool:
    """The word at offset ``at`` is "جهته"/"جانبه"…: "من" before it says "on his part"; or
    "خلال": "وقالت الجامعة من خلال بيانها" says how the voice spoke."""
    after = text[at : at + MAX_LEAD_CHARS].split(maxsplit=1)
    if not after:
        return False
    word = fold(after[0].strip("،,:"))
    return word in lx.PRONOUN_LEADS or word == _THROUGH


_THROUGH = fold("خلال")


#: "جهتهم،": the longest word of "on his part" with its comma, and the blank before it.
MAX_LEAD_CHARS = 8


def _object_demonstrative(words: Sequence[Token], k: int) -> bool:
    """A demonstrative after a definite word opens the verb's object or a time, not the voice:
    "ووصف وزير النقل المصري هؤلاء المقاولين بأنهم …" (not "مدير هذه الشركة", a construct)."""
    return words[k].norm in _DEMONSTRATIVES and words[k - 1].norm.startswith("ال")


def _honorific_surname(phrase: _Phrase) -> Mention | None:
    """An honorific and a surname that closed a full name earlier in the text: "وأضاف
    الدكتور الهاشمي" after "سالم الهاشمي" is the surname, so that the person named before
    is found again (read as one name, "الدكتور الهاشمي" would be a second voice)."""
    words = phrase.words
    if len(words) != TITLE_AND_NAME or phrase.first not in HONORIFIC_TITLES:
        return None
    surname = words[1]
    if not surname.norm.startswith("ال") or surname.norm in _TITLES:
        return None
    if phrase.known([surname.norm], False):
        return None  # "الدكتور العربي": a word the registry names (a channel) is left whole
    at = phrase.text.rfind(" " + surname.text, 0, phrase.tokens[0].start)
    while at > 0:
        before = phrase.text[:at].rsplit(None, 2)
        if before and given_name(fold(before[-1])):
            # "سالم الهاشمي" is named again in full; "… بن سالم الهاشمي" by the surname, which
            # finds the whole name ("سالم" there is the father's).
            linked = len(before) > 1 and fold(before[-2]) in _LINKED_NAME_WORDS
            name = surname.text if linked else f"{before[-1]} {surname.text}"
            return Mention(surname.text, surname.start, surname.end, name, "", None)
        at = phrase.text.rfind(" " + surname.text, 0, at)
    return None


#: Honorifics before a surname ("الدكتور الهاشمي", "د. الهاشمي", "المهندس …", "الشيخ …").
HONORIFIC_TITLES = folded("الدكتور الدكتورة د المهندس المهندسة الأستاذ الأستاذة الشيخ")


def _once(words: Sequence[Token], k: int) -> bool:
    """ "ذات مرة", "ذات يوم" (once, one day) at k: when he spoke, no part of his name
    ("وصف الكاتب فلان ذات مرة والده بأنه …")."""
    return words[k].norm == "ذات" and k + 1 < len(words) and words[k + 1].norm in _ONCE


#: "ذات مرة", "ذات يوم", "ذات ليلة": after "ذات", a time.
_ONCE = folded("مرة يوم ليلة صباح مساء")


def _title_after_named(words: Sequence[Token], k: int) -> bool:
    """A title that only follows a name, at k after a given name: "الدكتور سالم الهاشمي
    المشرف العام على المهرجان" ends at the name ("نائب المشرف العام", "رئيس الفريق الفني
    المكلف المهندس فلان" do not: no name stands before it)."""
    if words[k].norm not in _TITLES_AFTER_NAME:
        return False
    # "علي" is also the preposition على ("المشرف العام على المركز …"), no name.
    if any(given_name(w.norm) and w.norm != "علي" for w in words[:k]):
        return True
    # "الدكتور زعيبل الهذلي المشرف على …": a leading definite title (which governs no noun,
    # unlike "مدير مدارس النور المكلف"), then a name no list holds.
    head = words[0].norm
    titled = head.startswith("ال") and (head in lx.OFFICIAL_TITLES or head in lx.PERSON_TITLES)
    name = [w.norm for w in words[1:k]]
    if not titled or len(name) < MIN_UNLISTED_NAME or words[1].text.endswith("ى"):
        return False  # ("المشرف على اللجان المكلفة": على folds like the name علي)
    # Only the family name may bear the article ("الناطق باسم النيابة الفيدرالية المكلفة").
    return not any(n.startswith("ال") for n in name[:-1]) and _looks_like_name(name)


#: A name no list holds, read between a title and a later title: two words at least.
MIN_UNLISTED_NAME = 2


#: Words that open a title only after a name, with what they govern: "… المشرف العام على
#: المهرجان", "… القائم بأعمال المدير", "… المكلف ملف المياه".
_TITLES_AFTER_NAME = folded("المشرف المشرفة القائم القائمة المكلف المكلفة")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _ends_voice(norm: str) -> bool:
    """A word after which the voice's phrase says how or when he spoke, not who he is."""
    return (
        circumstantial(norm)
        or norm in _WHEN
        or norm in MANNER_ADVERBS
        or norm in WAS
        or norm in _NEGATING
        or norm in _RELATIVES
        or norm in _TITLED
        or norm in _POLLED
        or norm in _FOR_THE_TIME
        or norm in _STAYING
    )


#: "أعلنت الدولة لأول مرة", "قالت الشركة للأسبوع الثاني": which time it spoke, no name.
_FOR_THE_TIME = folded("لأول للمرة للأسبوع للاسبوع للشهر لليوم")
#: "وقال فلان الموجود حاليا في العاصمة إن …": where the voice is, no part of his name.
_STAYING = folded("الموجود الموجودة المتواجد المتواجدة")
#: "خبراء استطلعت «الصحيفة» آراءهم": the paper that asked them is no part of the voice.
_POLLED = folded("استطلعت استطلع التقتهم التقاهم سألتهم سألهم")


#: "فلان، وزير النفط كان قد أشار": the verb "was" after the voice, no part of its name.
WAS = folded("كان كانت كانا كانتا كانوا")
#: Verbs asking not to be named, before "عدم": "فضل عدم الكشف", "طالبين عدم ذكر أسمائهم".
_ASKING_UNNAMED = lx.ANONYMITY_VERBS | folded(
    """
    فضلت فضلوا طلبت طلبوا اشترطت اشترطوا رفضت رفضوا طالبة طالبين طالبتين مفضلين مفضلة
    طلبا رفضا فضلا اشترطا طلبتا رفضتا
    """
)
#: "غير أن النادي لم يقبل انتقال حارسه حين أعلن أن …": a negated verb after the voice ends it;
#: so does "عدم" (the lack of), which opens the object: "أكد فلان عدم صحة الرسائل".
_NEGATING = folded("لم لن عدم")
#: "تقرير لمركز الدراسات بعنوان «…»": what a document is called, after its author's name;
#: "فلان الحائز على جائزة", "فلان رحمه الله": what is said of a person after his name.
_TITLED = folded("بعنوان تحت الحائز الحائزة الفائز الفائزة رحمه رحمها")
#: "محامي المتهمين اللذين …": a relative clause describes the voice; its name ends before.
_RELATIVES = folded("الذي التي اللذين اللذان اللتين اللتان الذين اللواتي اللاتي")


#: Times that open no voice after a verb: "تقول الآن إن", "وقال أمس إن".
_DAYS = folded("الآن أمس امس غدا الليلة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد")


def _when_asked(words: Sequence[Token], k: int) -> bool:
    """لدى/عند before a verbal noun with its pronoun says when the voice spoke: "وقالت فلانة
    لدى سؤالها عن …", "وقال عند وصوله"; "مندوب البلاد لدى المنظمة" keeps its link."""
    if words[k].norm not in _AT_TIME or k + 1 >= len(words):
        return False
    nxt = words[k + 1].text  # as written: "المملكة" ends in ة, "سؤاله" in the pronoun
    return nxt.endswith(("ه", "ها", "هم")) and len(nxt) > MIN_POSSESSED_LETTERS


#: "لدى سؤالها", "عند وصوله": prepositions of time before a verbal noun and its pronoun.
_AT_TIME = folded("لدى عند")
#: "سؤالها" and "وصوله" have more letters than a preposition with its pronoun ("لديه").
MIN_POSSESSED_LETTERS = 4


def _told_outlet(words: Sequence[Token], k: int) -> bool:
    """The paper named before, last at k after a name with no title ("وأبلغ فلان الصحيفة أن"):
    whom he told, no part of his name (a title before it governs it: "رئيس تحرير الصحيفة", and
    so does a body with ل: "لهيئة الإذاعة")."""
    return (
        k == len(words) - 1
        and k <= MAX_TOLD_NAME_WORDS
        and _bare(words[k].norm) in lx.OUTLET_ANAPHORS
        and not words[k - 1].norm.startswith("ل")
        and not any(_opens_voice_word(w.norm) and not given_name(w.norm) for w in words[:k])
    )


def _accusative_pair(words: Sequence[Token], k: int) -> bool:
    """An indefinite noun and its nisba adjective in the accusative at k ("وفدا تجاريا",
    "بيانا رسميا"): the verb's object, after the voice's name."""
    if k + 1 >= len(words):
        return False
    noun, adjective = words[k].norm, words[k + 1].norm
    return (
        len(noun) > MAX_ATTACHED_PRONOUN_WORD
        and noun.endswith("ا")
        and adjective.endswith("يا")
        and not noun.startswith("ال")
        and not given_name(noun)
        and not given_name(adjective)
    )


def _possessed_object(words: Sequence[Token], k: int) -> bool:
    """The verb's object or a circumstance opens at k: a noun with "his"/"its" that refers back
    to the voice ("فلان إمكاناته", "مدى فعاليته"), or the word that governs it
    or the preposition before it ("الوزير الأردني موقف بلاده", "فلان إثر لقائه الوفد"). Not a
    title's complement ("وزير خارجيتها") nor a verb on a record ("تقرير نشرته مجلة")."""
    if k + 1 < len(words) and _possessed_noun(words, k + 1) and _governs_possessed(words, k):
        return True
    return _possessed_noun(words, k)


def _position_object(words: Sequence[Token], k: int) -> bool:
    """A feeling or stance noun at k is the verb's object, after the voice: with "his"/"its"
    ("أبدى الأمير فلان قلقه من …", "جدد الوزير دعمه"), or definite after a definite word or
    a given name, which it cannot complete ("رفع رئيس المجلس الشكر لـ…"; "وزير التضامن",
    "جمعية الأمل" and "عملية إعادة الأمل" keep it). Read on the word as written, where the
    pronoun's ه is no ة."""
    text = words[k].text
    if words[k].norm in FORMULA_ELATIVES and k + 1 < len(words):
        # "رفع فلان أحر التعازي", "قدم فلان خالص الشكر": the formula opens the object.
        return fold(words[k + 1].text.removeprefix("ال")) in _POSITIONS
    if text.startswith("ال"):
        if not _definite_position(text):
            return False
        before = _bare(words[k - 1].norm)
        return before.startswith("ال") or given_name(before)
    return _possessed_position(text)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _definite_position(text: str) -> bool:
    """A definite word, as written, naming a feeling or a stance ("الشكر"); kept by word, as
    ``_position_object`` asks it of every word of every voice phrase."""
    return fold(text[2:]) in _POSITIONS


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _possessed_position(text: str) -> bool:
    """A word, as written, naming a feeling or a stance with "his"/"its" ("قلقه", "ودعمه")."""
    return possessed_noun_in(text, _POSITIONS)


def possessed_noun_in(text: str, nouns: frozenset[str]) -> bool:
    """A word, as written, is one of ``nouns`` (folded) with "his"/"its" ("قلقه", "شكرها")."""
    for word in (text, text.removeprefix("و")):  # "وقوفه" (his standing), "ودعمه"
        stem = next((word[: -len(p)] for p in _POSSESSIVES if word.endswith(p)), "")
        if len(stem) > 1 and not nouns.isdisjoint(_stem_forms(stem)):
            return True
    return False


def _stem_forms(stem: str) -> frozenset[str]:
    """A noun's folded forms, read from its stem before a pronoun: the stem, and in ت the
    noun in ة it was written from ("إدانت" of "إدانته" is "إدانة"; "خبر" stays "خبر")."""
    if stem.endswith("ت"):
        return frozenset({fold(stem), fold(stem[:-1] + "ة")})
    return frozenset({fold(stem)})


#: Nouns of a voice's own feeling or stance ("قلق", "شكر", "تضامن"), folded.
_POSITIONS = WORDS.position_nouns
#: Shapes of a derived verb's verbal noun, folded: استفعال، افتعال، انفعال، إفعال، تفعيل،
#: تفاعل ("استعداد", "انتقال", "تدريب").
DERIVED_NOUN = re.compile(r"است..ا.|است.ا.ه|ا.ت.ا.|ان..ا.|ا..ا.|ت..ي.|ت.ا..")
#: God's name ("ودعا الله عز وجل أن …"): prayed to, never a voice.
_GOD = fold("الله")
#: Elatives that open a formula of thanks or condolence: "أحر التعازي", "خالص الشكر".
FORMULA_ELATIVES = folded("أحر أصدق خالص بالغ أعمق جزيل وافر")


def _right_after(words: Sequence[Token], k: int) -> bool:
    """ "إثر" (right after) at k says when the voice spoke: "وقال فلان إثر لقائه الوفد". Read
    on the word as written: "أثر" with its hamza above is an effect ("دراسة تناولت أثر …"), and
    a record's phrase keeps the bare "اثر" as that."""
    text = words[k].text.removeprefix("و")
    if text == _AFTER_EVENT:
        return True
    return text == _AFTER_OR_EFFECT and _bare(words[0].norm) not in _RECORD_HEADS


#: "فور" (at once after) opens when the voice spoke, never its name: "وقال فور وصوله".
_AT_ONCE = folded("فور فورا")
#: "إثر" as written with its hamza below, and without any hamza.
_AFTER_EVENT, _AFTER_OR_EFFECT = "إثر", "اثر"


def _without_at(words: Sequence[Token], k: int) -> bool:
    """ "دون"/"بدون" at k says what the voice left out ("وأضاف فلان دون الكشف عن …"); before a
    number it is part of a team's name ("مدرب منتخب دون 23 عاما"), right after a title a name."""
    if words[k].norm not in _WITHOUT or words[k - 1].norm in _TITLES:
        return False  # ("السفيرة دون …": right after a title, "Dawn" is her name)
    return k + 1 >= len(words) or not words[k + 1].norm[:1].isdigit()


#: "without": "دون الكشف عن", "بدون أن يذكر".
_WITHOUT = folded("دون بدون")


def _possessed_noun(words: Sequence[Token], k: int) -> bool:
    """The word at k is a noun with an attached "his"/"its", read on the word as written where
    the pronoun's ه is no ة: a plural in ـات ("مفاوضاته"), a noun in ـية ("فعاليته"), a noun in
    ـاء ("انتهائه") or "his country" ("بلاده")."""
    text = words[k].text
    if k == 0 or text.startswith("ال") or given_name(words[k].norm):
        return False
    stem = next((text[: -len(p)] for p in _POSSESSIVES if text.endswith(p)), "")
    if len(stem) < MIN_POSSESSED_STEM:
        return False
    country = fold(stem) in _COUNTRY or fold(stem[1:]) in _COUNTRY  # "وبلاده", "لبلاده"
    # (not any noun in ة: a verb with its object pronoun looks the same, "دراسة أجرتها"; a
    # derived verbal noun is none: "مع استعداده", "بعد انتقاله")
    derived = DERIVED_NOUN.fullmatch(fold(stem)) is not None
    if not (stem.endswith(("ات", "يت", "ائ")) or country or derived):
        return False
    before = words[k - 1].norm
    if before in _TITLES_OR_BODIES or (before[:1] == "و" and before[1:] in _TITLES_OR_BODIES):
        # "وزير خارجيتها", "وزارة خارجيتها", "ووزير خارجيته": of the state named before
        return False
    return _bare(words[0].norm) not in _RECORD_HEADS  # "تقرير نشرته مجلة", "دراسة أجرتها"


def _governs_possessed(words: Sequence[Token], k: int) -> bool:
    """The word at k, before a possessed noun, opens the object with it: a preposition of time
    ("إثر لقائه"), or an indefinite noun after a definite word ("الأردني موقف بلاده")."""
    norm = words[k].norm
    if _strip_and_or_so(norm) in _BEFORE_POSSESSED:
        return True
    return (
        k > 0
        and not norm.startswith("ال")
        and words[k - 1].norm.startswith("ال")
        and not given_name(norm)
        and norm not in _TITLES
    )


#: A title or a body's head, which a noun with "its" may complete ("وزير خارجيتها").
_TITLES_OR_BODIES = _TITLES | lx.BODY_HEADS
#: "بلاده": his country, never a word of a name.
_COUNTRY = folded("بلاد")
#: Prepositions of time or company before a noun and its pronoun: "إثر لقائه", "مع استعداده".
_BEFORE_POSSESSED = folded("إثر اثر قبل بعد عقب مع خلال")
#: Fewest letters of a noun before its pronoun: "وقوت" in "وقوتها", "بلاد" in "بلاده".
MIN_POSSESSED_STEM = 4
#: "وإثر" has a و before a three-letter word.
MIN_AND_WORD = 3


#: A name told to the paper has two words at most before it ("مشغل الموقع" is a descriptor).
MAX_TOLD_NAME_WORDS = 2
#: "بها", "لها": a preposition with its pronoun, no accusative noun ("المعترف بها دوليا").
MAX_ATTACHED_PRONOUN_WORD = 3


def _event_of_his(word: Token) -> bool:
    """An event noun with "his"/"its", read on the word as written ("مقتله", "وفاتها")."""
    text = word.text
    stem = next((text[: -len(p)] for p in _POSSESSIVES if text.endswith(p)), "")
    if not stem:
        return False
    norm = fold(stem)
    return norm in lx.NP_CONTENT_HEADS or fold(stem.removesuffix("ت") + "ة") in lx.NP_CONTENT_HEADS


def _act_verb(norm: str) -> bool:
    """A news act, "and" before it or not ("وأصدرت", "استقبل"): a verb, never a voice."""
    return norm in lx.OPENING_ACTS or (norm[:1] in CONJUNCTIONS and norm[1:] in lx.OPENING_ACTS)


#: "البعض": some people, a voice that may carry the clause's و or ف.
_SOME = folded("البعض")


#: Plural nouns of saying or expecting that speak as a verb's subject, in construct with their
#: holder: "وترجح تعليقات فلان أن …", "وتشير توقعات المحللين إلى …" (folded; no article:
#: "التصريحات" alone are those named before). A singular one ("قول", "تعبير") after a verb is
#: its object ("وذكر قول بعض السلف"); after "بحسب" see rules._WORDS_IN_CONSTRUCT.
_WORDS_OF_HOLDER = folded(
    """
    تعليقات تصريحات تأكيدات توقعات تصورات أقوال
    """
)


def _without_words_of(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens without a plural noun of saying that opens them when its holder follows:
    "وترجح تعليقات فلان أن …": whose comments they are is the voice, one with him where he
    speaks again, not a man called "تعليقات فلان"."""
    if len(tokens) < 2 or not tokens[0].is_word or not tokens[1].is_word:
        return tokens
    if _strip_and_or_so(tokens[0].norm) not in _WORDS_OF_HOLDER:
        return tokens
    return tokens[1:] if _may_hold_words(tokens[1].norm) else tokens


def _may_hold_words(norm: str) -> bool:
    """The word after a noun of saying may open whose words they are: a definite word, a given
    name, a title, a body or an unnamed head, or a plain word that is no noun in ة nor a
    verbal noun ("تعليقات كارلوس"); not what is expected ("توقعات زيادة الطلب")."""
    if norm.startswith("ال") or given_name(norm) or norm in _TITLES:
        return True
    if norm in lx.BODY_HEADS or norm in lx.ANONYMOUS_HEADS:
        return True
    return not norm.endswith("ه") and not _verbal_noun(norm)


#: Impersonal verbs of need and possibility that open what is said, never a name: "وقال
#: يجب أن …", "وأضاف ينبغي أن …", "يمكن تلخيص …" (folded).
_MODALS = folded("يجب ينبغي يمكن يتعين يتوجب يلزم")


#: The fatha: on a noun's last letter, the accusative case of an object.
_FATHA = "\u064e"


def _object_case(token: Token) -> bool:
    """A word written with a fatha on its last letter ("الآخرةَ", "وعيَ"): an object, never the
    subject that speaks (the plural "ونَ" is nominative: "القائمونَ" may speak)."""
    text = token.text
    return text.endswith(_FATHA) and not text.removesuffix(_FATHA).endswith("ن")


def _modal_after_name(words: Sequence[Token], k: int) -> bool:
    """A modal after the name opens the words said: "وقال فلان الفلاني يجب أن …" (no name ends
    in "must"; the speaker's name ends before it)."""
    if not k or words[k].norm not in _MODALS or any(_TANWEEN.intersection(w.text) for w in words):
        return False  # ("حيث تحدث سنوياً … وفاة يمكن أن": an adverb, no name before it)
    return _looks_like_name([w.norm for w in words[:k]], words[0].text)


#: "وظهر الرئيس في شريط …": the verb of appearing before the one who then speaks.
_APPEARED = folded("ظهر ظهرت وظهر وظهرت")
#: Recordings one appears in: "في شريط فيديو", "في تسجيل مصور", "في مقطع".
_RECORDINGS = folded("شريط تسجيل مقطع فيديو")
#: Those that head a construct after the voice, what it put out: "نشرت الجماعة شريط فيديو
#: أعلنت فيه …" (never its first word: "وأظهر مقطع فيديو أن …" is the recording's own voice;
#: "تسجيل" and "فيديو" name too much else after a voice).
_RECORDINGS_PUT_OUT = _RECORDINGS - folded("تسجيل فيديو")


def _without_appearing(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens without a verb of appearing that opens them: "وظهر الرئيس فلان في شريط فيديو
    يؤكد فيه أن …" is the president's voice; "ظهر" is no word of his name."""
    if len(tokens) > 1 and tokens[0].norm in _APPEARED and tokens[1].is_word:
        return _trimmed(tokens[1:])
    return tokens


#: Fewest letters of an addressee in لل after a name ("للكونجرس", not "لله").
MIN_ADDRESSEE_LETTERS = 5


def _addressed_after_name(words: Sequence[Token], k: int) -> bool:
    """A word in لل right after a given name and a family name: whom he spoke to ("وزير
    الخارجية فلان الفلاني للكونجرس إن …"), no part of his name. Not after a body's head
    ("شركة فلان الفلاني للمقاولات" is the company's name) nor after a title."""
    norm = words[k].norm
    if k < TITLE_AND_NAME or not norm.startswith("لل") or len(norm) < MIN_ADDRESSEE_LETTERS:
        return False
    given, family = words[k - 2].norm, words[k - 1].norm
    if not given_name(given) or given_name(family) or family in _TITLES or given in _TITLES:
        return False  # ("مساعد أمين العاصمة للعلاقات العامة": titles, not a name)
    head = words[k - 3].norm if k > TITLE_AND_NAME else ""
    if head in _TITLES or head in _NAMESAKE_TITLES:
        return False  # ("مستشفى الملك فلان التخصصي للعيون": a body named after a king)
    return not body_head(head) and head not in WORDS.namesake_heads


def _in_recording(words: Sequence[Token], k: int) -> bool:
    """ "في" before a recording ("الرئيس في شريط فيديو"): where he appeared, no part of him."""
    if not 0 < k < len(words) - 1:
        return False
    return words[k].norm == "في" and words[k + 1].norm in _RECORDINGS


#: Fewest letters of an address in ل with "your" ("لكم" is two letters and the pronoun).
MIN_ADDRESS_LETTERS = 5


def _addressed_to_you(norm: str) -> bool:
    """ "لفخامتكم", "لجلالتكم", "لسموكم": an honorific in ل with "your", to whom a letter or
    a cable speaks; its writer is the first person, never the one addressed."""
    return norm[:1] == "ل" and norm.endswith(("كم", "كما")) and len(norm) >= MIN_ADDRESS_LETTERS


def _without_conjunction(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens without a و that opens a title or a body ("ووزارة الداخلية إذ تعلن", "ووزير
    الخارجية"): "and" joins the clause, it is no letter of the name (a given name such as
    "وليد" keeps it)."""
    if not tokens or not tokens[0].is_word:
        return tokens
    first = tokens[0]
    norm = first.norm
    if len(norm) < MIN_JOINED_STEM or norm[0] not in "وف" or given_name(norm):
        return tokens
    rest = norm[1:]
    if rest not in lx.OFFICIAL_TITLES and rest not in lx.BODY_HEADS and rest not in _SOME:
        return tokens  # ("فالبعض يرى": "so some", the ف joins the clause)
    return [Token(first.text[1:], first.start + 1, first.end, rest), *tokens[1:]]


#: Epithets of a sovereign after his title ("الملك المفدى", "السلطان المعظم"): praise, no name.
_EPITHETS = folded("المفدى المفداة المعظم المعظمة")


def _without_epithet(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens without an epithet right after a title: "وأعرب الملك المفدى عن …" is the
    king named before, whose title the role reader takes to his name."""
    kept = [
        t
        for k, t in enumerate(tokens)
        if not (k and t.norm in _EPITHETS and tokens[k - 1].norm in _TITLES)
    ]
    return tokens if len(kept) == len(tokens) else kept


def _title_without_pronoun(tokens: Sequence[Token]) -> tuple[Sequence[Token], bool]:
    """The tokens with a title's "its"/"his" dropped when more words follow ("رئيسها فلان",
    "مدربه الهولندي فلان"), and whether it was: the title of the body or team named before,
    then the name. Read on the word as written, where the pronoun's ه is no ة ("رئيسة")."""
    if len(tokens) < TITLE_AND_NAME or not tokens[0].is_word:
        return tokens, False
    first = tokens[0]
    for pronoun in _POSSESSIVES:
        stem = first.text[: -len(pronoun)]
        if first.text.endswith(pronoun) and len(stem) >= MIN_JOINED_STEM - 1:
            norm = fold(stem)
            titled = norm in lx.OFFICIAL_TITLES or norm in lx.PERSON_TITLES
            if titled or (norm in _RELATIONS and _name_after_adjectives(tokens[1:])):
                cut = Token(stem, first.start, first.start + len(stem), norm)
                return [cut, *tokens[1:]], True
            break
    return tokens, False


def _named_until(norms: Sequence[str], k: int) -> int | None:
    """The end of the name that opens at word k ("فلان" in "زميله الأكبر فلان قائد الفريق",
    where a title ends it), or None when the words from k do not look like a name."""
    titled = _title_after_name(norms[k:])
    if titled is not None and norms[k + titled - 1] in _COMPOUND_FIRSTS:
        titled = None  # "عبد الملك": the title word completes a compound given name
    end = len(norms) if titled is None else k + titled
    if not 1 <= end - k <= MAX_NAME_WORDS or not _looks_like_name(list(norms[k:end])):
        return None
    return end


#: First words of compound given names: "عبد الملك", "أبو الأمير".
_COMPOUND_FIRSTS = folded("عبد ابو أبو ابي أبي")


def _name_after_adjectives(tokens: Sequence[Token]) -> bool:
    """After a relation's adjectives in ال ("الأكبر"), the words look like a name."""
    words = [t for t in tokens if t.is_word]
    k = _past_adjectives(words, 0)
    return _named_until([w.norm for w in words], k) is not None


def _past_adjectives(words: Sequence[Token], k: int) -> int:
    """The index past the adjectives in ال from k on ("الروسي", "الأكبر"); a word written with
    a hamza on its alif ("أليكسي") is no article, but a name."""
    while k < len(words) and words[k].norm.startswith("ال") and words[k].text[:1] != "أ":
        k += 1
    return k


#: Kin and peers named with "his"/"her" before a name ("وقال نظيره الروسي فلان", "وقالت
#: زوجته فلانة", "شقيقه الأكبر فلان"): the name is the voice, the relation describes it.
#: (Stems as written before the pronoun: "زوجته" → "زوجت".)
_RELATIONS = folded(
    """
    نظير نظيرت زميل زميلت شقيق شقيقت زوج زوجت ابن ابنت والد والدت صديق صديقت رفيق رفيقت
    """
)


def _told_person(words: Sequence[Token], k: int) -> bool:
    """A given name with ل at k after a name is the one told, no part of the voice: "وأكد
    المدير سالم حسن لخالد العمر أنه …" (a name never goes on with ل; "لل…" is a body's
    complement, "مدير عام للشركة")."""
    norm = words[k].norm
    return (
        norm[:1] == "ل"
        and norm[:2] != "لل"
        and given_name(norm[1:])
        and any(given_name(w.norm) for w in words[:k])
    )


def _told_after_unnamed(words: Sequence[Token], k: int) -> bool:
    """A definite noun right after an indefinite plural head in ون is the one told, not part of
    the voice: "وأبلغ مسؤولون النادي أن …" (officials told the club; in construct the head
    would drop its ن, "مسؤولو النادي", and an adjective would agree with it, "مسؤولون كبار")."""
    head = words[0].norm
    return (
        k == 1
        and head in lx.ANONYMOUS_HEADS
        and head.endswith("ون")
        and not head.startswith("ال")
        and words[1].norm.startswith("ال")
    )


def described_unnamed(tokens: Sequence[Token], verb: int) -> bool:
    """A verb at ``verb`` that describes an unnamed person by where he works, then في or ب:
    "مسؤول يعمل في الوزارة", "مصدر أمني يعمل في الجيش" (the head, an adjective at most, the
    verb); the man is the ministry's, as "مسؤول في الوزارة" is."""
    if not 0 < verb < len(tokens) - 1 or tokens[verb].norm not in _DESCRIBING_VERBS:
        return False
    after = tokens[verb + 1].norm
    if after != "في" and not (after[:1] == "ب" and after[1:3] == "ال"):
        return False
    return any(
        tokens[j].norm in lx.ANONYMOUS_HEADS or tokens[j].norm in _PEOPLE_HEADS
        for j in range(max(0, verb - 2), verb)
    )


def _possessed_title_voice(phrase: _Phrase) -> Mention | None:
    """ "رئيسها فلان", "مدربه الهولندي فلان": a title with its pronoun governs no noun, so the
    words after its adjectives are the name; None when they do not look like one."""
    words = phrase.words
    k = _past_adjectives(words, 1)  # "الهولندي": an adjective of the title
    end = _named_until(phrase.norms, k)
    if end is None:
        return None
    kind = SourceKind.OFFICIAL if phrase.first in lx.OFFICIAL_TITLES else SourceKind.PERSON
    descriptor = _join([*words[:k], *words[end:]])
    return phrase.mention(_join(words[k:end]), descriptor, kind)


#: A title and at least one word of a name.
TITLE_AND_NAME = 2


def _verb_before_title(words: Sequence[Token]) -> bool:
    """A word that opens no voice before a definite title and its given name ("استقبل الوزير
    سالم الهاشمي"): a verb (or any word of another clause), since a title with its name needs
    nothing before it."""
    return (
        len(words) > VERB_TITLE_NAME
        and words[1].norm.startswith("ال")
        and words[1].norm in lx.OFFICIAL_TITLES
        and words[1].norm not in _HONORIFICS  # "ولد الشيخ أحمد" is a name
        and words[1].norm not in _NAMESAKE_TITLES
        and given_name(words[2].norm)
        and not words[0].norm.startswith("ال")
        and not _opens_voice_word(words[0].norm)
        and words[0].norm not in _HONORIFICS
        and words[0].norm not in _ADDRESS_HOLDERS
    )


#: Titles that bodies and places are named after: "مدينة الملك فلان الطبية", "جامعة الأمير
#: فلان" are no verb before a king or a prince.
_NAMESAKE_TITLES = folded("الملك الملكة الأمير الأميرة الإمام السلطان")
#: A verb, a title and a given name: three words at least (a family name may follow).
VERB_TITLE_NAME = 2


def _abd_compound(words: Sequence[Token], k: int) -> bool:
    """ "عبد الستار", "عبد الرقيب": the word with the article after "عبد" is the second half of a
    given name, whatever else it may be (the verb's object, a rank)."""
    return words[k - 1].norm == _ABD and words[k].norm.startswith("ال")


def no_voice_opening(words: Sequence[Token]) -> bool:
    """A phrase opening that names no one: a preposition with its pronoun ("أعرب خلاله عن":
    during it), the speaker's own words ("واختتم حديثه بقوله", "وتابع قوله"), what is drawn
    or wished ("لفت النظر إلى", "نفى رغبة بلاده في"), a time ("تقول الآن إن") or "again"
    ("أكد من جديد")."""
    norms = [w.norm for w in words if w.is_word]
    if not norms:
        return False
    first = _bare(norms[0])
    if first in _PRONOUN_PREPOSITIONS or first in _OBJECT_NOUNS or _own_words(words[0]):
        return True
    if first in _EXPLAINED:
        return True  # "وأوضح الفارق بين … قائلا": what he explained, he spoke before
    if first in _DAYS and len(norms) > 1:
        return True
    if first == _WITH_ALL and len(norms) > 1:
        return True  # "تحدثت بكل عفوية عن …": how she spoke
    return first == "من" and norms[1:2] == ["جديد"]


def _own_words(word: Token) -> bool:
    """The speaker's own saying, with "his"/"her" ("بقوله", "حديثها"): read on the word as
    written, where the pronoun's ه is no ة ("دراسة حديثة" is a recent study)."""
    return _bare(word.norm) in _OWN_WORDS and not word.text.endswith("ة")


def _with_pronouns(stems: str) -> frozenset[str]:
    """The folded stems, each with every attached pronoun ("خلال" → "خلاله", "خلالها" …)."""
    return frozenset(
        fold(stem + suffix) for stem in stems.split() for suffix in ("ه", "ها", "هما", "هم", "هن")
    )


def _own_knowledge(word: Token) -> bool:
    """A noun of knowledge, estimate or means with "my"/"our"/"his" ("علمنا", "معلوماتي",
    "تقديرنا", "إمكاناتنا"): the speaker's or the writer's own, named by no one else (read on
    the word as written, where the pronoun's ه is no ة)."""
    text = word.text
    if given_name(word.norm):
        return False  # ("فهمي", "رنا": names)
    for suffix in _KNOWING_PRONOUNS:
        stem = text.removesuffix(suffix)
        if stem != text and len(stem) > 1:
            if not _KNOWLEDGE.isdisjoint(_stem_forms(stem)):
                return True
    return False


#: "my", "our", "his", "her", "their", as written after a noun.
_KNOWING_PRONOUNS = ("نا", "ي", "ه", "ها", "هم")
#: Nouns of what one knows, judges or can do: "بحسب علمنا", "حسب تقديري", "وفق إمكاناتنا".
_KNOWLEDGE = folded(
    """
    علم معلومات تقدير تقديرات رأي متابعة متابعات اطلاع ظن اعتقاد تصور قراءة
    إمكانيات إمكانات قدرات خبرة انتباه
    """
)
#: What the paper learnt or found, told in its own voice: "وتشير المعلومات/التفاصيل إلى".
_OWN_INFORMATION = folded("المعلومات المعطيات التفاصيل")
#: Sayings that belong to no one: "كما يقول المثل", "وكما تقول الحكمة"; and the one who might
#: say it ("وقد يقول قائل إن …"), a writer's own objection put to himself.
_SAYINGS = folded("المثل المثل الشعبي الحكمة المقولة قائل")
#: Data, findings and filings with no issuer named ("وتوقعت البيانات", "وتشير الإحصاءات",
#: "وتقول الدعوى إن"): a document (its issuer when one follows), never a person; "القضية"
#: (the case) is no "القاضية" (the judge).
_DATA_NOUNS = folded(
    """
    الإحصائية الإحصاءات البيانات التوقعات التقديرات المسح الأبحاث الدراسات التحليل الوثائق
    التحقيقات الورقة القضية الدعوى العريضة
    """
)
#: Records whose issuer a verb with its pronoun names after them ("تقرير نشرته مجلة").
_RECORD_HEADS = lx.DOCUMENT_HEADS | _DATA_NOUNS | folded("تقارير التقارير دراسات الدراسات")
#: Prepositions and adverbs with their pronoun: "أكد خلاله", "أضاف فيها", "كشف عنه".
_BETWEEN = fold("بين")
_WITH_ALL = fold("بكل")
_PRONOUN_PREPOSITIONS = _with_pronouns("خلال في عن من ل لدي علي الي مع ب امام عند اثناء")
#: The speaker's own saying or speech, with "his"/"her": "بقوله", "حديثه", "كلمتها"; and "the
#: saying" after one relayed ("ونقلت الإذاعة عن المصادر القول إن …").
_OWN_WORDS = _with_pronouns("قول بقول حديث كلمت بكلمت تصريح تصريحات كلام خطاب بخطاب") | folded(
    "بكلمة القول"
)
#: Objects of a verb that is also a cue: "لفت النظر"/"الانتباه" (drew attention), "رغبة"
#: (a wish, "نفى رغبة بلاده في …").
_OBJECT_NOUNS = folded("النظر الانتباه الأنظار النقاب الستار رغبة رغبته رغبتها") | folded(
    # A document in the accusative, what the voice put out: "ونشرت الصحيفة تقريرا عن …".
    "تقريرا بيانا خبرا مقالا تصريحا مقطعا"
)
#: What a voice stresses, right after its name ("كما أوضح التقرير أهمية الترشيد «…»"): the
#: verb's object, which ends the name (not a voice's opening: "وأكد ضرورة أن …" is a call;
#: nor after a preposition: "الباحث في أهمية …" is what he wrote on).
_STRESSED = folded("أهمية ضرورة")


#: What a voice explains, right after its verb: "وأوضح الأسباب قائلا …", "وشرح الفارق بين …"
#: (the speaker is the one named before; never a voice's first word).
_EXPLAINED = folded("الفارق الأسباب الدوافع")

#: Attention or sight in construct with whom the voice told: "ولفت المدير انتباه الحضور إلى
#: أن …"; after "وجهة" it is a point of view ("بحسب وجهة نظر …"), which names its holder.
_ATTENTION_OF = folded("انتباه نظر أنظار")
_POINT_OF = folded("وجهة وجهات")


def _attention_of(words: Sequence[Token], k: int) -> bool:
    """Attention in construct at k, after the voice's name: the verb's object."""
    return words[k].norm in _ATTENTION_OF and words[k - 1].norm not in _POINT_OF


def _refers_back(word: Token) -> bool:
    """A word with "its"/"his" that refers back to the voice ("المرصد ومقره لندن", "وذكر
    المرصد بعدها"): where it sits or when it spoke, no part of its name ("ونظيره" opens a
    second voice instead). Read on the word as written, where the pronoun's ه is no ة
    ("وزارة")."""
    text = word.text
    stem = next((text[: -len(p)] for p in _POSSESSIVES if text.endswith(p)), "")
    if not stem:
        return False
    joined = stem[:1] == "و" and len(stem) >= MIN_JOINED_STEM and not given_name(word.norm)
    if joined and _opens_voice_word(word.norm[1:]):
        return False  # "ونظيره الأردني": a second voice, read as one
    return joined or fold(stem) in _ADVERBS_OF_TIME


def act_with_it(word: Token) -> bool:
    """A news act with an object pronoun after a name is a relative clause on something the
    speaker did, no part of his name: "رسالة من الرئيس فلان وجهها للمؤتمر", "كلمة من الوزير
    فلان ألقاه…" (read on the word as written; "وجه" alone may be a surname)."""
    text = word.text
    stem = next((text[: -len(p)] for p in _POSSESSIVES if text.endswith(p)), "")
    return bool(stem) and fold(stem) in lx.ACTS_ON_IT


def _lone_possessed(word: Token) -> bool:
    """A noun with "its"/"their" standing alone ("خفاياهم", "استقلالها"): what the verb acts
    on, never a name. Read on the word as written; "ه" alone is left, since it folds with the
    ة that ends many names, and a short stem is left for names such as "مها". Members and a
    title with the pronoun are people of a body named before, and speak."""
    text = word.text.replace("\u064e", "")  # "حقيقتَهم": a fatha before the pronoun
    stem = next((text[: -len(p)] for p in _PLURAL_OR_HER if text.endswith(p)), "")
    if text.startswith("ال"):
        return False  # "المتهم": a definite word takes no pronoun; هم is its own letters
    if stem.endswith(("و", "ؤ")) or fold(stem) in _PEOPLE_STEMS:
        return False  # "قال أعضاؤها", "ذكر رئيسها", "حسب أسرتها", "قال معظمهم": people
    return len(fold(stem)) >= MIN_LONE_STEM and not given_name(word.norm)


#: Nouns that, with "their", are people who speak: a title, kin, a share of a group.
_PEOPLE_STEMS = lx.OFFICIAL_TITLES | lx.KIN_STEMS | lx.GROUP_QUANTIFIERS
#: "her", "their", "their two": pronouns that close no name a voice has.
_PLURAL_OR_HER = ("هما", "هم", "هن", "ها")
#: Fewest letters of a noun before its pronoun in a one-word voice ("عزم" in "عزمها").
MIN_LONE_STEM = 3


#: Possessive pronouns closing a word, longest first ("ومقرهما", "بعدها").
_POSSESSIVES = ("هما", "هم", "ها", "ه")
#: Fewest letters of "و" and a noun before its pronoun ("ومقر").
MIN_JOINED_STEM = 4
#: Adverbs of time that take a pronoun ("بعدها", "حينه").
_ADVERBS_OF_TIME = folded("بعد قبل حين وقت")


#: Fewest and most letters of a participle of manner ("مؤكدا", "مستطردا"), folded.
MIN_MANNER_LETTERS, MAX_MANNER_LETTERS = 5, 7


#: "The latest" before a record: "بحسب آخر إحصاء للوزارة", "أحدث تقرير للبنك".
_LATEST = folded("آخر أحدث")
#: The accusative tanween: a word written with it is an object or an adverb, in a name's place
#: never ("قدم فلان درعًا للفائز", "رسمياً"); the genitive one may be inside the voice
#: ("بحسب تقدير عددٍ من الخبراء").
_TANWEEN = frozenset("\u064b")


#: Most words of a title and its place before an aside on where the place lies.
MAX_PLACED_TITLE_WORDS = 5


def _before_compass_aside(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens before a comma that opens an aside on where a place lies: "والي الوادي، جنوب
    البلاد،" is the governor of the valley; the aside names no one. Only a short title and
    its place stand before such an aside."""
    for j in range(1, min(len(tokens) - 1, MAX_PLACED_TITLE_WORDS + 1)):
        if tokens[j].text in "،," and tokens[j + 1].norm in lx.COMPASS:
            return _trimmed(tokens[:j])
    return tokens


@lru_cache(maxsize=WORD_CACHE_SIZE)
def circumstantial(norm: str) -> bool:
    """An indefinite participle in the accusative after the voice, saying how he spoke
    ("مخاطبا", "متحدثا", "مؤكدا", "مستطردا"): the voice's name ends before it. Names from
    other languages may end in ا too, but not with the participle's shape: ا or ي as second
    letter ("مالطا", "ميليسا"), or a closing "يا"/"كا" ("ماريا", "مونيكا"); and a noun
    with "our" ("منتخبنا") is part of a title, though "معلنا" is a participle; "مصادرها" is a
    voice with "its" ("علمت الصحيفة من مصادرها أن")."""
    return (
        MIN_MANNER_LETTERS <= len(norm) <= MAX_MANNER_LETTERS
        and norm[0] == "م"
        and norm[1] not in "اي"
        and norm.endswith("ا")
        and not norm.endswith(("يا", "كا"))
        and not (norm.endswith("نا") and len(norm) > MIN_MANNER_LETTERS)
        and not given_name(norm)
        and norm not in lx.ANONYMOUS_HEADS
    )


def _affiliation(phrase: _Phrase) -> str:
    """The body an unnamed source belongs to: "مصدر مسؤول في صندوق الإسكان" → "صندوق الإسكان",
    "مصدر بالوزارة" → "الوزارة", "مسؤول مركز الإعلام" → "مركز الإعلام"; "" when none is named
    ("تجار في سوق الجملة" names a place)."""
    words = phrase.words
    for k, word in enumerate(words[1:], 1):
        if word.norm in _AFFILIATION_LINKS and k + 1 < len(words):
            body = list(_body_words(words[k + 1 :]))
            return _join(body) if body and _is_body(phrase, [w.norm for w in body]) else ""
        if word.norm.startswith(("ب", "لل")) and len(word.norm) > MIN_ATTACHED_LETTERS + 1:
            # "بالوزارة", "بمنظمة الدول المصدرة", "… الأمين العام للمنظمة"
            rest = _body_words(words[k + 1 :], 1)
            bare = word.text[1:] if word.norm[0] == "ب" else "ال" + word.text[2:]
            norms = [fold(bare), *(w.norm for w in rest)]
            if _is_body(phrase, norms):
                return " ".join([bare, *(w.text for w in rest)]).replace("ـ", "")
    if len(words) > 1 and words[1].norm in lx.BODY_HEADS:
        # "مسؤول مركز الإعلام الأمني", "ضابط الشرطة": the body in construct with the head.
        body = list(_body_words(words[1:]))
        if body and _is_body(phrase, [w.norm for w in body]):
            return _join(body)
    return ""


def _is_body(phrase: _Phrase, norms: Sequence[str]) -> bool:
    """A ministry, fund, party … or a registry name: something that can speak."""
    head = norms[0]
    heads = lx.BODY_HEADS
    return head in heads or strip_article(head) in heads or phrase.known(list(norms), True)


def _body_words(words: Sequence[Token], taken: int = 0) -> Sequence[Token]:
    """The words of a body's name, up to a clause glued on ("ماتم تناقله") or MAX_BODY_WORDS."""
    for k, word in enumerate(words):
        glued_relative = word.norm.startswith("ما") and len(word.norm) > len("ما") + 1
        ends = glued_relative or word.norm in _NOT_NAMES or given_name(word.norm)
        if ends or k + taken >= MAX_BODY_WORDS:
            return words[:k]
    return words


def _one_of_a_group(norms: Sequence[str]) -> bool:
    """ "أحد الشهود", "أحد المسؤولين": one unnamed member of an unnamed group."""
    return len(norms) > 1 and norms[0] in lx.ONE_OF and _group_noun(norms[1])


def _one_of_some(phrase: _Phrase) -> Mention | None:
    """ "أحد الباعة", "أحد أقارب الضحايا", "إحدى العاملات في المصنع": one unnamed member of
    a group the lexicon does not list, read only as the subject of a reporting verb (a strong
    slot); a name after it ("أحد قادة الحزب سالم الهاشمي") names the person instead."""
    norms = phrase.norms
    if len(norms) < 2 or norms[0] not in lx.ONE_OF:
        return None
    definite = norms[1].startswith("ال") or (len(norms) > 2 and norms[2].startswith("ال"))
    definite = definite or _ranked_group(norms)
    named = next((k for k in range(2, len(norms)) if given_name(norms[k])), None)
    if named is not None and _group_before_name(norms[1:named]):
        # "أحد كبار مشايخ القبيلة سالم الهاشمي": the person, described as one of the group.
        words = phrase.words
        return phrase.mention(_join(words[named:]), _join(words[:named]), SourceKind.PERSON)
    if not definite or named is not None:
        return None
    return phrase.mention("", _affiliation(phrase), SourceKind.ANONYMOUS)


def _ranked_group(norms: Sequence[str]) -> bool:
    """ "أحد كبار مشايخ القبيلة", "أحد أبرز قادة الحزب": a rank, then a group in construct
    with a definite word (as "أحد قادة الحزب" is)."""
    return len(norms) > 3 and norms[1] in _RANKS and norms[3].startswith("ال")


#: Ranks within a group before its noun: "أحد كبار مسؤولي …", "أحد أبرز قادة …".
_RANKS = folded("كبار أبرز قدامى")


def _placed_by_one_of(phrase: _Phrase) -> Mention | None:
    """ "عامل في أحد المكاتب", "موظفة في إحدى الشركات": a person left unnamed, placed by one of
    several workplaces; anonymous, named by the whole phrase. Only in a strong slot (the
    subject of a reporting verb whose content was found)."""
    norms = phrase.norms
    if len(norms) < 4 or norms[1] != "في" or norms[2] not in lx.ONE_OF:
        return None
    if norms[0].startswith("ال") or given_name(norms[0]):
        return None
    if not all(n.startswith("ال") for n in norms[3:]):
        return None
    return phrase.mention("", _affiliation(phrase), SourceKind.ANONYMOUS)


def _group_before_name(group: Sequence[str]) -> bool:
    """The words between "أحد" and a name are one construct naming the group ("كبار مشايخ
    القبيلة"): a definite word, no name, title or preposition ("أحد الجرحى من الكتيبة التابعة
    للقائد فلان": the name is the commander's, not the wounded man's)."""
    return (
        any(n.startswith("ال") for n in group)
        and not any(map(given_name, group))
        and not any(n in _GROUP_BREAKS or _descriptor_word(n) for n in group)
        and not any(n in lx.OFFICIAL_TITLES or n in lx.PERSON_TITLES for n in group)
    )


#: Words that end a group's construct before a name: prepositions.
_GROUP_BREAKS = folded(
    """
    من في عن على إلى الى مع
    """
)


def _group_noun(norm: str) -> bool:
    return norm in lx.ANONYMOUS_HEADS or strip_article(norm) in lx.ANONYMOUS_HEADS


#: "الأسبوع الماضي", "الشهر المقبل": a time after a voice, before its verb.
_SPANS_OF_TIME = folded("الأسبوع الاسبوع الشهر العام")
_PAST_OR_NEXT = folded("الماضي الماضية الفائت المنصرم المقبل القادم")


def _without_and_after_quote(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens without a "و" closing them after a quoted name: "هيئتا تحرير صحيفتي «…» و"
    (the second name, cut off, is another voice; the first stands as written)."""
    if len(tokens) > 2 and tokens[-1].norm == "و" and tokens[-2].text in CLOSING_QUOTES:
        return tokens[:-1]
    return tokens


def _without_title_slash(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens without a slash that parts a title from the name after it: "الأستاذ/ فلان
    الفلاني", "المهندس / فلان", "المقدم/فلان" (a habit of official releases), so the name
    is read with its title."""
    slashes = {k for k in range(1, len(tokens) - 1) if title_slash(tokens, k)}
    if not slashes:
        return tokens
    return [t for k, t in enumerate(tokens) if k not in slashes]


def title_slash(tokens: Sequence[Token], k: int) -> bool:
    """Token k (neither first nor last) is a slash between a title or rank and a name:
    "الأستاذ/ فلان", "المقدم / فلان"."""
    before = tokens[k - 1].norm
    return (
        tokens[k].text == "/"
        and (before in HONORIFIC_TITLES or before in lx.RANKS)
        and tokens[k + 1].is_word
    )


def initial_stop(tokens: Sequence[Token], j: int) -> bool:
    """Token j is the full stop of a Latin letter spelled as an initial between two names:
    "مارغريت إيه. هانسن"."""
    return (
        1 < j < len(tokens) - 1
        and tokens[j].text == "."
        and tokens[j - 1].norm in lx.LETTER_NAMES
        and tokens[j - 2].is_word
        and tokens[j + 1].is_word
    )


def _without_initial_stops(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens without an initial's full stop: "مارغريت إيه. هانسن من جامعة …" reads as
    "مارغريت إيه هانسن من جامعة …"."""
    stops = [j for j in range(2, len(tokens) - 1) if initial_stop(tokens, j)]
    return [t for j, t in enumerate(tokens) if j not in stops] if stops else tokens


def _trimmed(tokens: Sequence[Token]) -> list[Token]:
    """The tokens without punctuation at either end (quotation marks kept)."""
    kept = list(tokens)
    while kept and not kept[0].is_word and kept[0].text not in OPENING_QUOTES:
        kept.pop(0)
    while kept and not kept[-1].is_word and kept[-1].text not in CLOSING_QUOTES:
        kept.pop()
    return kept


def _anaphor_voice(phrase: _Phrase) -> Mention | None:
    """A bare noun that refers back to a voice named before: "الصحيفة", "الوزارة", "الوزير",
    "المتحدث الرسمي", "المصدر"."""
    first, words = phrase.first, phrase.words
    nisbas = all(nisba(n) for n in phrase.norms[1:])
    if first in lx.OUTLET_ANAPHORS and len(words) <= MAX_ANAPHOR_WORDS + 1 and nisbas:
        # "الصحيفة", "الصحيفة السعودية", "الوكالة الرسمية": the outlet named before.
        kind = SourceKind.AGENCY if lx.OUTLET_ANAPHORS[first] == "agency" else SourceKind.OUTLET
        return phrase.mention("", "", kind, anaphor=True)
    if len(words) == 1 and first in _COMPANY_ANAPHORS:
        # "وأضافت المجموعة": the company (group of companies) named before.
        return phrase.mention("", "", SourceKind.ORGANIZATION, anaphor=True)
    if len(words) == 1 and first.startswith("ال") and first in lx.BODY_HEADS:
        organization = first in _ORGANIZATION_HEADS  # "الشركة", "الجمعية": no state body
        kind = SourceKind.ORGANIZATION if organization else SourceKind.GOVERNMENT_BODY
        return phrase.mention("", "", kind, anaphor=True)
    if len(words) == 1 and first.startswith("ال") and first in lx.PERSON_TITLES:
        return phrase.mention("", "", SourceKind.PERSON, anaphor=True)
    short = len(words) <= MAX_ANAPHOR_WORDS
    if short and first in lx.OFFICIAL_ANAPHORS and _all_descriptive(phrase.norms[1:]):
        kind = SourceKind.ANONYMOUS if first in {"المصدر", "المصادر"} else SourceKind.OFFICIAL
        return phrase.mention("", "", kind, anaphor=True)
    if len(words) == 1 and first in lx.PLURAL_OFFICIAL_ANAPHORS:
        # "وقال المسؤولون" after "أعلن مسؤولون أمنيون …": the unnamed officials named before
        return phrase.mention("", "", SourceKind.ANONYMOUS, anaphor=True)
    return None


def _media_voice(phrase: _Phrase) -> Mention | None:
    """An outlet, agency, media in general or leaks: "صحيفة «الحياة»", "وكالة رويترز",
    "وسائل إعلام محلية", "التسريبات"."""
    first, tokens, words = phrase.first, phrase.tokens, phrase.words
    if first in lx.OUTLET_HEADS or first in lx.AGENCY_HEADS:
        kind = SourceKind.AGENCY if first in lx.AGENCY_HEADS else SourceKind.OUTLET
        quoted = _quoted_name(tokens)
        if quoted:
            rest = [t for t in tokens if not (quoted[1] <= t.start < quoted[2])]
            found = phrase.mention(quoted[0], _join(rest), kind)
            return _without_trailing_adjectives(found, phrase.tokens, quoted[2])
        if kind is SourceKind.AGENCY:
            # "وكالة الأنباء الحكومية السورية" is named as the registry names it without
            # the word that only says it is the state's.
            plain = [w for w in words if w.norm not in lx.STATE_MEDIA_WORDS]
            return phrase.mention(_join(plain), "", kind)
        return phrase.mention(_join(words[1:]), words[0].text, kind)
    if first in lx.MEDIA_PLURALS:
        return phrase.mention("", "", SourceKind.OUTLET)
    if first in _MEDIA_COUNTS and phrase.norms[1:2] and phrase.norms[1] in lx.MEDIA_PLURALS:
        # "عدة وسائل إعلامية من بينها …", "عدة صحف محلية": some media, no one person
        among = next((k for k, n in enumerate(phrase.norms) if k and n.startswith("بين")), None)
        cut = phrase.words[among - 1].start if among and phrase.norms[among - 1] == "من" else None
        kept = [t for t in tokens if cut is None or t.start < cut]
        return replace(phrase, tokens=kept).mention("", "", SourceKind.OUTLET)
    if first in lx.LEAK_HEADS:
        return phrase.mention("", "", SourceKind.LEAKS)
    return None


def _head_then_quoted(phrase: _Phrase) -> Mention | None:
    """One head word, then a name in quotation marks: "السيد «فلان»" is the man so named, a
    periodical ("دورية «العلوم» الطبية") the journal so named; None for any other phrase."""
    quoted = _quoted_name(phrase.tokens)
    if quoted is None or [w.start < quoted[1] for w in phrase.words][:2] != [True, False]:
        return None
    if phrase.first in lx.PERIODICAL_HEADS:
        found = phrase.mention(quoted[0], phrase.words[0].text, SourceKind.OUTLET)
        return _without_trailing_adjectives(found, phrase.tokens, quoted[2])
    if phrase.first in lx.HONORIFIC_HEADS and phrase.words[-1].end <= quoted[2]:
        return phrase.mention(quoted[0], phrase.words[0].text, SourceKind.PERSON)
    return None


#: "عدة" before a media plural: "عدة وسائل إعلامية" ("بعض"/"عدد من" read as a counted group).
_MEDIA_COUNTS = folded("عدة")


def _without_trailing_adjectives(found: Mention, tokens: Sequence[Token], closed: int) -> Mention:
    """The outlet named in quotes, without the adjectives after its name.

    "وذكرت مجلة «النجمة» الهولندية الشهرية": the adjectives describe the magazine; read as
    part of its name, "الهولندية" or "الفرنسية" could be taken for an agency of that country.
    """
    after = [t for t in tokens if t.start >= closed]
    if not after or not all(t.is_word and t.norm.startswith("ال") for t in after):
        return found
    end = max(t.end for t in tokens if t.end <= closed)
    return replace(found, surface=found.surface[: end - found.start], end=end)


def _witness_of(phrase: _Phrase) -> bool:
    """ "امرأة من سكان الحي", "شاب من أبناء القرية": an unnamed witness known by a common noun
    of a person and where he is from, read as "رجل من سكان الحي" is (``lx.WITNESS_NOUNS``)."""
    norms = phrase.norms
    return len(norms) > 2 and norms[0] in lx.WITNESS_NOUNS and norms[1] == "من"


def _named_voice(phrase: _Phrase, allow_bare_name: bool) -> Mention | None:
    """A document, a registry name, a title with or without a name, a body, or a bare name:
    "تقرير الأمم المتحدة", "وزير الخارجية السوري وليد المعلم", "وزارة الداخلية", "المعلم"."""
    first, words = phrase.first, phrase.words
    if _imam_title(words):
        return _imam_voice(phrase)
    if first in lx.DOCUMENT_HEADS or first in _DATA_NOUNS or _result_of_record(phrase.norms):
        return _document_voice(phrase)
    if conducted_inquiry(phrase.norms):  # "تحقيق أجرته المنظمة": the body that conducted it
        return _document_voice(phrase)
    title_at = _title_after_name(phrase.norms)
    if title_at is not None:
        # "سالم الكعبي وزير الداخلية" is the minister as much as "وزير الداخلية سالم الكعبي".
        official = phrase.norms[title_at] in lx.OFFICIAL_TITLES
        kind = SourceKind.OFFICIAL if official else SourceKind.PERSON
        return phrase.mention(_join(words[:title_at]), _join(words[title_at:]), kind)
    supervised = _supervisor_voice(phrase)
    if supervised is not None:
        return supervised
    titled = first in lx.OFFICIAL_TITLES or first in lx.PERSON_TITLES or _witness_of(phrase)
    titled = titled and not _given_before_son_of(phrase.norms, 0)  # "مساعد بن فهد": a name
    # "المذيع بقناة «…» فلان": a man of the medium named after his trade speaks, not it.
    staff = first in lx.PERSON_TITLES and _named_after_title(words)
    if phrase.registry and not ((first in lx.OFFICIAL_TITLES and _represents(words)) or staff):
        return phrase.mention("", "", None)
    if titled:
        kind = SourceKind.OFFICIAL if first in lx.OFFICIAL_TITLES else SourceKind.PERSON
        principal = _principal_name_at(words)
        if principal is not None:
            # "متحدث باسم الرئيس الفلاني سالم": the unnamed spokesman of the president's
            # office, one voice with "متحدث باسم الرئيس الفلاني" (not the president himself)
            return phrase.mention(_join(words[:principal]), "", kind)
        split = _name_after_comma(phrase)
        split = _name_start(words) if split is None else split
        between = _name_between_titles(words)
        if split is not None and between is not None:
            # "المقدم فلان الناطق الرسمي لشرطة المنطقة": a given name between the titles is
            # the name; what follows the last title is its body, not a name.
            named = any(given_name(w.norm) for w in words[between[0] : between[1]])
            between = between if named and split >= between[1] else None
        if between is not None:
            a, b = between
            descriptor = _join([*words[:a], *words[b:]])
            if any(w.norm in lx.OFFICIAL_TITLES for w in words[b:]):
                kind = SourceKind.OFFICIAL  # "الدكتور فلان الملحق الثقافي بالسفارة …"
            return phrase.mention(_join(words[a:b]), descriptor, kind)
        if split is None:
            return phrase.mention("", "", kind)
        return phrase.mention(_join(words[split:]), _join(words[:split]), kind)
    if lx.OUTLET_ANAPHORS.get(first) == "agency" and len(words) > 1:
        # "الوكالة الأمريكية للحماية البيئية": an agency described, not a news agency named
        # before (that one is "الوكالة" with nisbas at most, see _anaphor_voice).
        return phrase.mention("", "", SourceKind.ORGANIZATION)
    if first in lx.BODY_HEADS and len(phrase.norms) > 1 and phrase.norms[1] in _DESCRIBING_VERBS:
        # "قالت جماعة تعمل في قطاع الصيد", "شركة تعنى بالنفط": a body described, not named
        # (the wire may name it later; an unnamed voice never counts beside a named one).
        return phrase.mention("", "", SourceKind.ANONYMOUS)
    if first in _AFFAIRS and len(phrase.norms) > 1 and nisba(phrase.norms[1]):
        # "نفت الشؤون الصحية بالمنطقة …": a directorate of the state, not a person's name.
        return phrase.mention("", "", SourceKind.GOVERNMENT_BODY)
    if first in lx.BODY_HEADS:
        organization = first in _ORGANIZATION_HEADS
        return phrase.mention(
            "", "", SourceKind.ORGANIZATION if organization else SourceKind.GOVERNMENT_BODY
        )
    if first in _NAMED_PLACES and _namesake_of_body(phrase.norms, 1):
        # "مدينة الملك فلان الطبية": a medical, military or sports city named after a king, a
        # body that runs hospitals or posts; not a man.
        return phrase.mention("", "", SourceKind.ORGANIZATION)
    if allow_bare_name and _plural_group(phrase.norms):
        return phrase.mention("", "", SourceKind.ANONYMOUS)
    if allow_bare_name and _things(phrase.norms):
        # "وتشير الإحصاءات الرسمية إلى …": statistics or studies with no issuer named, a
        # document (never a second origin), not a person.
        return phrase.mention("", "", SourceKind.DOCUMENT)
    if allow_bare_name and _looks_like_name(phrase.norms, phrase.words[0].text):
        if first.startswith("ال") and not given_name(first):
            # "المنتج فلان", "الناقد الرياضي فلان": a trade the lexicon lacks, then a name
            # with its given name first; the trade is his descriptor.
            described = _described_person(phrase)
            if described is not None:
                return described
        return phrase.mention("", "", SourceKind.PERSON)
    if allow_bare_name and first in KIN_HEADS and 1 < len(words) <= MAX_NAME_WORDS:
        # "وقال والد فلان الشاب": the father of someone named, the whole phrase.
        return phrase.mention("", "", SourceKind.PERSON)
    return None


#: "نتيجة", the result of what follows it.
_RESULT = folded("نتيجة النتيجة")


def _result_of_record(norms: Sequence[str]) -> bool:
    """The result of a survey or study, the record itself: "وتقول نتيجة استطلاع حديث لمركز …
    إن …" ("نتيجة لذلك", as a result, is none)."""
    return len(norms) > 1 and norms[0] in _RESULT and norms[1] in lx.DOCUMENT_HEADS


#: An inquiry, a record only where the verb of its making follows it (``conducted_inquiry``).
INQUIRIES = folded("تحقيق تحقيقات")


def conducted_inquiry(norms: Sequence[str]) -> bool:
    """An inquiry and who conducted it: "تحقيق أجرته المنظمة" is the body's finding, as "مسح
    أجرته الهيئة" is; "تحقيق" alone is an act ("فتح تحقيق في الحادث"), never a voice."""
    return len(norms) > 2 and norms[0] in INQUIRIES and norms[1] in AUTHORED


#: An imam's title, folded as "أمام" (before) is.
IMAM = fold("إمام")
#: What follows an imam's title: the preacher's title joined to it, or the mosque he leads
#: ("امام وخطيب الجامع", "امام المسجد").
OF_A_MOSQUE = folded("وخطيب خطيب المسجد مسجد الجامع جامع الحرم")


#: An unlisted name set off by commas after a title has two or three words.
MIN_UNLISTED_WORDS = 2
MAX_UNLISTED_WORDS = 3


def _name_after_comma(phrase: _Phrase) -> int | None:
    """Index of the word that opens a name set off by a comma after a title and its
    complements ("المتحدث باسم المجلس بالعاصمة، جون ميلر"): two or three plain words, none a
    title, none definite, that no list need hold; None when the phrase holds no such comma."""
    commas = [t.start for t in phrase.tokens if t.text in "،,"]
    if not commas:
        return None
    at = next((k for k, w in enumerate(phrase.words) if w.start > commas[-1]), None)
    if at is None or at < MIN_UNLISTED_WORDS:
        return None  # (a title and its complement at least before the comma)
    if not MIN_UNLISTED_WORDS <= len(phrase.words) - at <= MAX_UNLISTED_WORDS:
        return None
    name = phrase.norms[at:]
    if any(n.startswith("ال") or n in _TITLES or n in lx.BODY_HEADS for n in name):
        return None
    return at if all(n.isalpha() for n in name) else None


def _imam_title(words: Sequence[Token]) -> bool:
    """True when the phrase opens with an imam's title: "إمام وخطيب المسجد …".

    "إمام" folds like "أمام" (before), a word that never opens a voice: written with hamza
    below it is the imam; with none, only before "وخطيب" or a mosque ("أمام المسجد" is before
    it)."""
    if not words or words[0].norm != IMAM:
        return False  # ("الإمام فلان" names a scholar of old, read as a name)
    text = words[0].text
    if text.startswith("إ"):
        return True
    return text.startswith("ا") and len(words) > 1 and words[1].norm in OF_A_MOSQUE


def _imam_voice(phrase: _Phrase) -> Mention:
    """An imam, by his title and mosque, with his name when a title or a given name after the
    mosque opens it: "إمام وخطيب المسجد الكبير الشيخ فلان" → فلان. An official: the state
    appoints him, and the title alone later is the imam named before."""
    words = phrase.words
    titles = [k for k in range(1, len(words)) if words[k].norm in _TITLES]
    named = [k for k in range(2, len(words)) if given_name(words[k].norm)]
    start = titles[-1] + 1 if titles else (named[0] if named else len(words))
    while start < len(words) and words[start].norm in _TITLES:
        start += 1
    if start >= len(words):
        return phrase.mention("", "", SourceKind.OFFICIAL)
    return phrase.mention(_join(words[start:]), _join(words[:start]), SourceKind.OFFICIAL)


def _represents(words: Sequence[Token]) -> bool:
    """True when a title and what follows name a person, not the registry body named in the
    phrase: a name after the title ("السفير في الأمم المتحدة سالم الحمدان"), or a country's
    adjective on the title ("السفير الأمريكي في الأمم المتحدة": an envoy at the body speaks for
    his state, not for it)."""
    split = _name_start(words)
    if split is not None:
        name = [w.norm for w in words[split:]]
        return _looks_like_name(name)
    return len(words) > 1 and (nisba(words[1].norm) or _envoy_of(words))


def _named_after_title(words: Sequence[Token]) -> bool:
    """A name follows the title and what it is over ("المراسل في قناة … فلان")."""
    split = _name_start(words)
    return split is not None and _looks_like_name([w.norm for w in words[split:]])


def _envoy_of(words: Sequence[Token]) -> bool:
    """ "سفير روسيا في الأمم المتحدة", "مندوب تونس الدائم لدى الأمم المتحدة": the title's
    construct names a state by a word with no article (and adjectives with it), then في/لدى
    the body he is posted at; he speaks for his state, not for the body."""
    if words[1].norm.startswith("ال") or words[1].norm in _AFFILIATION_LINKS:
        return False
    for w in words[2:MAX_ENVOY_AT]:
        if w.norm in _POSTED_AT_BODY:
            return True
        if not w.norm.startswith("ال"):
            return False
    return False


#: "سفير روسيا في …", "مندوب مصر لدى …": the body an envoy is posted at follows these.
_POSTED_AT_BODY = folded("في لدى")
#: "مندوب تونس الدائم لدى": the preposition stands within the first words after the title.
MAX_ENVOY_AT = 4


def supervisor_head(norms: Sequence[str], preposition: str | None = None) -> bool:
    """The words are a title that a preposition completes: "المشرف", "المشرف العام" (على),
    "المسؤول" (عن); with ``preposition``, one that this preposition completes."""
    head = list(norms)
    if head and head[-1] in _GENERAL:
        head = head[:-1]
    if len(head) != 1 or head[0] not in _SUPERVISORS:
        return False
    return preposition is None or _SUPERVISORS[head[0]] == preposition


def _supervisor_voice(phrase: _Phrase) -> Mention | None:
    """ "المشرف العام على البرامج بالوزارة سالم الهاشمي": the person named after what he
    supervises (the first given name after على and its object), else the whole title as an
    unnamed official; None when the phrase is no supervisor's title. The title may follow
    another joined by و ("نائب رئيس النادي والمشرفة على البرنامج الدكتورة فلانة": one
    holder of both, named after what she supervises)."""
    norms, words = phrase.norms, phrase.words
    opens = 0
    if phrase.first not in _SUPERVISORS:
        opens = next((k for k, n in enumerate(norms) if k and n[1:] in _SUPERVISORS), 0)
        if not opens or norms[opens][:1] != "و":
            opens = supervising_body(norms)
        if not opens:
            return None  # most phrases: a set lookup or two
    head = norms[opens].removeprefix("و") if opens else phrase.first
    preposition = _SUPERVISORS[head]
    rest = [head, *norms[opens + 1 : opens + 3]]
    ala = next((k for k, n in enumerate(rest) if n == preposition), None)
    if ala is None or not supervisor_head(rest[:ala]) or opens + ala + 1 >= len(norms):
        return None
    ala += opens
    for k in range(ala + 2, len(words)):
        titled = norms[k] in lx.PERSON_TITLES or norms[k] in {"د", "الشيخ"}
        at = k + 1 if titled else k  # "… الدكتور فلان": the name after the title
        if norms[k] in {"بن", "بنت"} and k > ala + 2:
            at = k - 1  # "… روّاف بن مجاهد": the given name before بن is the name's first
        named = given_name(norms[k]) and words[k].text != ON_WRITTEN
        if titled or named or _unlisted_full_name(norms, k):
            name = norms[at:]
            if name and len(name) <= MAX_NAME_WORDS and _looks_like_name(name):
                return phrase.mention(_join(words[at:]), _join(words[:at]), SourceKind.OFFICIAL)
            break
    # (after another title, a name no list holds is left to the reading of titled phrases)
    return None if opens else phrase.mention("", "", SourceKind.OFFICIAL)


def supervising_body(norms: Sequence[str]) -> int:
    """Where a definite supervisor's adjective describes the body an official title opens on
    ("عضو مجلس الجمعية المشرفة على الجائزة الدكتور فلان", "رئيس اللجنة المشرفة على المهرجان
    فلان": the holder is named after what the body supervises), else 0. The title's next word
    is a body's head: never a name ("الشيخ فلان عضو … المشرف العام على الفرع")."""
    if len(norms) < MIN_SUPERVISING:
        return 0
    first = norms[0] if norms[0] in lx.OFFICIAL_TITLES else norms[0].removeprefix("و")
    if first not in lx.OFFICIAL_TITLES or norms[1] not in lx.BODY_HEADS:
        return 0  # ("الشيخ فلان …": a title, then a name no list may hold)
    at = next(
        (
            k
            for k in range(2, min(len(norms) - 1, MAX_SUPERVISING_AT + 1))
            if norms[k] in _SUPERVISORS and norms[k][:2] == "ال"
        ),
        0,
    )
    # "الشيخ فلان عضو … المشرف العام على الفرع": a name before it, whose second office it is.
    return 0 if any(map(given_name, norms[1:at])) else at


#: Fewest words of a title, its body and a supervisor's adjective ("رئيس اللجنة المشرفة"), and
#: the furthest word the adjective may be ("عضو الهيئة الدولية للمسرح المشرف"): further on, a
#: long title of offices ("وكيل الإمارة المساعد للحقوق المشرف العام على …") is no body's.
MIN_SUPERVISING = 3
MAX_SUPERVISING_AT = 4
#: A title completed by a preposition and its object, then the holder's name: "المشرف العام
#: على البرنامج فلان" (على), "المسؤولة عن الركن فلانة" (عن; only definite: "مسؤول عن …" is an
#: unnamed official), folded → the preposition.
_SUPERVISORS = {
    **dict.fromkeys(folded("المشرف المشرفة مشرف مشرفة"), fold("على")),
    **dict.fromkeys(folded("المسؤول المسؤولة المسئول المسئولة"), fold("عن")),
}
_GENERAL = folded(
    """
    العام العامة
    """
)
#: "على" as written with ى: the preposition, which folds as the name "علي" does.
ON_WRITTEN = "على"


#: "علي" as "على" (on) folds.
_ALI = fold("على")


def _described_person(phrase: _Phrase) -> Mention | None:
    """A person in a phrase no title heads, in a strong slot: a name of two words or more,
    starting with a given name, ending a short descriptor of nouns ("صانع ألعاب الفريق سالم
    الهاشمي")."""
    words, norms = phrase.words, phrase.norms
    for k in range(1, min(len(words) - 1, MAX_DESCRIBED_WORDS + 1)):
        if norms[k - 1] in _NAME_LINKS_BEFORE:
            continue
        if norms[k] in SON_OF and _given_or_definite_given(norms[k - 1]):
            continue  # "سالم بن سعيد": "بن" links the name begun before it ("الإمام ابن فلان")
        if not given_name(norms[k]) and not _unlisted_full_name(norms, k):
            continue
        if words[k].text.endswith("ى") and norms[k] == _ALI:
            continue  # "على" folds like the name "علي" ("لبنى" is a name)
        name = norms[k:]
        if len(name) > MAX_NAME_WORDS or not _looks_like_name(name):
            return None
        if not all(_plain_noun(w) for w in words):
            return None
        if norms[0] in KIN_HEADS and not _kin_named(norms, k):
            # "وقال والد الطفل سامر الخطيب": the name is the child's; the father speaks.
            return phrase.mention("", "", SourceKind.PERSON)
        return phrase.mention(_join(words[k:]), _join(words[:k]), SourceKind.PERSON)
    return None


def _kin_named(norms: Sequence[str], k: int) -> bool:
    """The name at k is the kin's own: a title stands before it ("والد الشبان اللواء فلان"), or
    a second relation joined by و ("زوج المعلمة ووالد الطالبة فلان") describes one man."""
    before = norms[k - 1]
    if before in lx.OFFICIAL_TITLES or before in lx.PERSON_TITLES:
        return True
    return any(n[:1] == "و" and n[1:] in KIN_HEADS for n in norms[1:k])


#: Kin heading a descriptor before a name ("والد الطفل فلان"): the name is the relative's.
KIN_HEADS = folded(
    """
    والد والدة شقيق شقيقة أخ أخت ابن ابنة نجل نجلة زوج زوجة أرملة عم عمة خال خالة جد جدة
    """
)


#: A descriptor before a name with no title ("صانع ألعاب الفريق") is this short at most.
MAX_DESCRIBED_WORDS = 5


def _plain_noun(word: Token) -> bool:
    """A word that may describe a person: no function word, verb, number or pronoun noun."""
    norm = word.norm
    return (
        norm.isalpha()
        and norm not in _NOT_NAMES
        and norm not in lx.CLAUSE_BREAKERS
        and _bare(norm) not in lx.VERB_CUES
        and not word.text.endswith(("ً", "اً"))
    )


#: Words inside a name after which a given name is the name's middle, not its start.
_NAME_LINKS_BEFORE = folded(
    """
    بن بنت آل أبو ابو عبد
    """
)
#: Unnamed heads that are people (not "مصادر الطاقة"): with a place after them, a group.
_PEOPLE_HEADS = folded(
    """
    سكان أهالي شهود تجار مواطنو ناشطو مسؤولو طلاب طالبات عمال ركاب حجاج زوار
    """
)
#: "تلك المصادر", "هذا المسؤول": a demonstrative before an anaphor.
_DEMONSTRATIVES = folded(
    """
    تلك هذه هذا ذلك هؤلاء
    """
)
#: "One of them" before a name: "وأكد أحدهم سالم الهاشمي".
_ONE_OF_THEM = folded("أحدهم إحداهن إحداهم أحدهما إحداهما")
#: "المدعو فلان": "the one called", before a name.
_SO_CALLED = folded("المدعو المدعوة فالمدعو فالمدعوة")
#: "نفس المتحدث", "ذات المصدر": "the same" before a voice named before.
_SAME = folded("نفس ذات")
#: "المصدر نفسه", "الوزير ذاته": emphatic words after a voice.
_EMPHATICS = folded(
    """
    نفسه نفسها ذاته ذاتها عينه
    """
)


def _opens_name(norm: str) -> bool:
    """A word that may open a person's name: a given name, or an undefined word that is no
    title, unnamed head or preposition ("أحدهم سوميرو …" as much as "أحدهم سالم …")."""
    if given_name(norm):
        return True
    return (
        not norm.startswith(("ال", "لل"))
        and norm not in lx.OFFICIAL_TITLES
        and norm not in lx.ANONYMOUS_HEADS
        and norm not in _TRAILING_PREPOSITIONS
        and norm not in lx.PRONOUN_LEADS
        and len(norm) > 2
    )


#: Heads of who wrote a record (built once: a union per call costs more than the lookups).
_AUTHOR_HEADS = lx.OUTLET_HEADS | lx.AGENCY_HEADS | lx.BODY_HEADS


def _document_voice(phrase: _Phrase) -> Mention:
    """A document, or its author when named after it: "بيان رئاسة الإقليم" → the presidency,
    "تقرير للأمم المتحدة" → the UN; "البيان", "تقرير نشرته الصحيفة" stay documents."""
    head = phrase.words[0]
    rest = [t for t in phrase.tokens if t.start > head.start]
    if len(rest) > 3 and _indefinite_nisba(rest[0].norm) and rest[1].norm in _ISSUED:
        rest = rest[1:]  # "بيان صحفي صادر عن الصندوق": the adjective, then who issued it
    elif len(rest) > 3 and rest[1].norm in _ISSUED and rest[2].norm in {"عن", "من"}:
        rest = rest[1:]  # "تقرير حديث صادر عن «الشركة»": any adjective, then the issuer
    if len(rest) > 1 and _indefinite_nisba(rest[0].norm) and rest[1].norm.startswith("ل"):
        rest = rest[1:]  # "إحصاء رسمي لوزارة الزراعة": the adjective, then by whom
    issued = len(rest) > 2 and rest[0].norm in _ISSUED and rest[1].norm in {"عن", "من"}
    if issued:
        rest = rest[2:]  # "بيان صادر عن الوزارة": the ministry issued it
    elif len(rest) > 1 and rest[0].norm in AUTHORED:
        issued = True
        rest = rest[1:]  # "تقرير أصدرته الهيئة", "دراسة أعدها المركز": who wrote it
    quoted_issuer = issued and not rest[0].is_word
    if quoted_issuer:
        rest = [t for t in rest if t.is_word]  # "تقرير صادر عن «الصندوق»": named in quotes
    heads = _AUTHOR_HEADS
    first = rest[0] if rest else None
    lam_quote = first is not None and first.norm == "ل" and len(rest) > 1
    if lam_quote:
        rest = rest[1:]  # "بيان لـ«الوكالة»": ل written apart, then its author quoted
        first = None
    if first is not None and first.norm.startswith("لل"):
        # "للمكتب الإعلامي": ل on the article, which it swallowed ("ال" + "مكتب").
        rest = [
            Token("ال" + first.text[2:], first.start, first.end, "ال" + first.norm[2:]),
            *rest[1:],
        ]
    elif first is not None and first.norm[1:] in heads:
        # "لصحيفة الوادي", "لوزارة الصحة": by whom.
        rest = [Token(first.text[1:], first.start + 1, first.end, first.norm[1:]), *rest[1:]]
    author = None
    if rest and (issued or not head.norm.startswith("ال")):
        # No bare names: "بيان مشترك", "تقرير سري" are not a person called مشترك. A definite
        # document stays one ("البيان الختامي") unless its issuer follows: "البيان الصادر
        # عن وزارة النقل" is the ministry's.
        author = read_voice(
            phrase.text, rest, phrase.known, allow_bare_name=lam_quote or quoted_issuer
        )
    if author is not None and len(rest) == 1 and _indefinite_nisba(rest[0].norm):
        author = None  # "دراسة أكاديمية", "بحث أكاديمي": an adjective of the document
    if author is None or author.kind is SourceKind.DOCUMENT:
        return phrase.mention("", "", SourceKind.DOCUMENT)
    if quoted_issuer and author.kind is SourceKind.PERSON:
        return replace(author, kind=SourceKind.ORGANIZATION)  # a record's issuer is a body
    return author


def definite_record_words(norms: Sequence[str]) -> int | None:
    """How many of the folded words ``norms`` a definite record's name holds: "التوقعات
    العالمية ستشهد …" → 2 (a definite noun takes only adjectives in ال after it, so the verb
    opens what the record says); None when the phrase is no definite record or names its
    issuer ("التقرير الصادر عن الوزارة", "الإحصاءات لمركز …"), which read_voice reads whole."""
    if not norms or not norms[0].startswith("ال"):
        return None
    if norms[0] not in lx.DOCUMENT_HEADS and norms[0] not in _DATA_NOUNS:
        return None
    for k, norm in enumerate(norms[1:], 1):
        if norm in _ISSUED or (norm.startswith("ل") and not norm.startswith("ال")):
            return None
        if norm in _RECORD_LINKS:
            return None  # "البيانات الواردة من الشركة", "التوقعات بشأن الأسعار": it goes on
        if not norm.startswith("ال"):
            return k
    return None


#: Prepositions and relatives that carry a definite record's name on: "البيانات الواردة من
#: الشركة", "الدراسة التي أجرتها الوزارة".
_RECORD_LINKS = folded("من عن في بشأن حول على إلى الى لدى مع خلال منذ حتى بين ضد") | _RELATIVES
#: "بيان صادر عن …", "تقرير صدر عن …": the body after it issued the document.
_ISSUED = folded(
    """
    صادر الصادر صادرة الصادرة صدر صدرت
    """
)


#: "تقرير أصدرته الهيئة", "دراسة أعدها المركز", "مسح أجرته الوزارة": the body after the verb
#: wrote the record (not "نشرته": a paper that printed it is its carrier).
AUTHORED = folded(
    """
    أصدره أصدرته أصدرها أصدرتها أعده أعدته أعدها أعدتها أجراه أجرته أجراها أجرتها
    أعلنه أعلنته أعلنها أعلنتها
    """
)


def _counted_group(norms: Sequence[str]) -> bool:
    """ "عدد من الأهالي", "بعض السكان", "كثير من المراقبين": some of an unnamed group."""
    if share_of_group(norms) is not None:
        return True
    if len(norms) > 2 and _bare(norms[0]) in _COUNTS and norms[1] == "من":
        return True  # "ثلاثة من السكان", "خمسة من حكام الولايات": so many of them
    if len(norms) < 2 or _bare(norms[0]) not in lx.GROUP_QUANTIFIERS:
        return False
    if norms[1] in _SIZES and len(norms) > 3 and norms[2] == "من":
        return True  # "عدد كبير من المعلمين": some of them, however many
    if norms[1] == "من":
        return len(norms) > 2  # "عدد من …", "كثير من …": some of whoever follows
    nxt = norms[1]
    if len(norms) > 2 and _bare(norms[0]) in _SOME_OF and norms[2].startswith("ال"):
        return True  # "بعض قادة العشائر", "معظم مسؤولي الوزارة": some of the … of a body
    return nxt.startswith("ال") or _plural_head(nxt) or nxt in lx.ANONYMOUS_HEADS


def share_of_group(norms: Sequence[str]) -> int | None:
    """ "64 في المائة من المزارعين", "نحو 40% من التجار", "300 من الموظفين": a figure or a
    share of a group that follows "من", as surveys report what so many of those asked said.
    The index of the group's first word, or None."""
    k = 1 if norms and norms[0] in ABOUT else 0
    if k >= len(norms) or not norms[k].isdigit():
        return None
    k += 1
    if list(norms[k : k + 2]) in (["في", "المايه"], ["في", "الميه"]):
        k += 2
    elif k < len(norms) and norms[k] in _PER_CENT:
        k += 1
    if len(norms) > k + 1 and norms[k] == "من" and not norms[k + 1].isdigit():
        return k + 1  # (not "300 من 500": a figure out of another)
    return None


#: "About" before a figure: "يقاتل نحو مائة", "قال نحو 40 في المائة من …" (not "نحو الحل",
#: towards).
ABOUT = folded("نحو حوالي حوالى قرابة زهاء")
#: A share written after its figure in one word or sign: "بالمائة", "%".
_PER_CENT = folded("بالمائة بالمئة % ٪")


#: Quantifiers taking the plural of a group in construct: "بعض قادة العشائر".
_SOME_OF = folded("بعض معظم أغلب غالبية")
#: Numbers counting people of a group: "ثلاثة من السكان" (two to ten, both genders).
_COUNTS = folded(
    """
    اثنان اثنين اثنتان ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع
    عشرة
    """
)
#: How many, between a quantifier and "من": "عدد كبير من", "عدد محدود من".
_SIZES = folded("كبير قليل محدود ضخم هائل صغير")
#: "محللون", "متعاملون": a sound plural this long is a group; shorter words in ون are often
#: names ("خلدون", "حسون").
MIN_PLURAL_GROUP_LETTERS = 6


def _sound_plural_group(norms: Sequence[str]) -> bool:
    """An unnamed group named by a sound plural of people, with or without the article, alone
    or placed by a preposition: "متعاملون في السوق", "المحللون"."""
    word = _bare(norms[0])
    head = word[2:] if word.startswith("ال") else word
    if head[:1] in "لبك" and head[1:].startswith(("ل", "ال")):
        return False  # "للصحفيين", "بالمسؤولين": a preposition's object, not a subject
    if len(head) < MIN_PLURAL_GROUP_LETTERS or not head.endswith(_PLURAL_ENDINGS):
        return False
    if head == word and not _plural_of_people(head):
        return False  # "كاميرون", "هاميلتون", "جوردون": a foreign name, no group
    rest = _past_plural_adjectives(norms[1:])  # "الموظفون المتضررون من القرار"
    while rest and _joined_plural(rest[0]):
        rest = rest[1:]  # "مستثمرون وخبراء": two groups joined by و, one unnamed voice
    # "الباحثون بالمعهد": placed by ب attached to a definite word, in the nominative only
    # ("كذب المتحرشين بالفتاة": the object of a noun, the ب its complement)
    placed = head.endswith("ون") and bool(rest) and _placed_with_bi(rest[0])
    if not rest or rest[0] in _FROM_OR_AFFILIATION or placed:
        return True
    return _describing_verb(rest[0])


#: The stem of a sound plural of people in the shapes فاعل ("ناشطون"), فعّال ("صيادون") and
#: فعيل ("كثيرون"): this many letters, with ا or ي at one of these places.
PLURAL_SHAPE_LETTERS = 4
_SHAPE_LONG_VOWELS = ((1, "ا"), (2, "ا"), (2, "ي"))


def _plural_of_people(word: str) -> bool:
    """A sound plural with no article has the shape of a plural of people: a participle in م
    ("محللون", "مواطنون"), a nisba ("اقتصاديون", "يمنيين") or فاعل/فعّال/فعيل ("ناشطون",
    "صيادون", "كثيرون"); a foreign surname in ون ("كاميرون", "جونسون") has none of them."""
    stem = word[:-2]
    if stem.startswith("م") or stem.endswith("ي"):
        return True
    return len(stem) == PLURAL_SHAPE_LETTERS and any(stem[k] == v for k, v in _SHAPE_LONG_VOWELS)


def _placed_with_bi(norm: str) -> bool:
    """ب attached to a definite word after a group: "بالمعهد", "بالشركة" (where they work)."""
    return norm.startswith("بال") and len(norm) > MIN_ATTACHED_LETTERS + 1


def _joined_plural(norm: str) -> bool:
    """A plural of people joined by و to the group before it: "وخبراء", "ومحللون"."""
    word = norm[1:]
    if norm[:1] != "و" or word.startswith("ال") or given_name(word):
        return False  # ("وحسين" is a name, not a group)
    if word in lx.ANONYMOUS_HEADS:
        return True
    return len(word) >= MIN_PLURAL_GROUP_LETTERS and word.endswith(_PLURAL_ENDINGS)


def _past_plural_adjectives(norms: Sequence[str]) -> Sequence[str]:
    """The words after the definite plural adjectives that open ``norms``: "المتضررون من
    القرار" → "من القرار" (the group is described, then placed)."""
    k = 0
    while k < len(norms) and norms[k].startswith("ال") and norms[k].endswith(_PLURAL_ENDINGS):
        k += 1
    return norms[k:]


#: "يعملون", "يقيمون": the shortest imperfect plural verb that describes a group.
MIN_DESCRIBING_VERB_LETTERS = 5


def _describing_verb(norm: str) -> bool:
    """An imperfect plural verb after a group's noun describes the group: "مزارعون يعملون في
    الوادي" (farmers who work in the valley)."""
    return len(norm) >= MIN_DESCRIBING_VERB_LETTERS and norm[:1] in "يت" and norm.endswith("ون")


#: Heads of a group of people, built once (see _AUTHOR_HEADS).
_PEOPLE_OR_PLURAL_HEADS = _PEOPLE_HEADS | lx.PLURAL_HEADS
#: Attached pronouns of "its" and "their" ("سكانها", "طلابهم").
_THEIR = ("ها", "هم", "هن")


def _people_group(norms: Sequence[str]) -> bool:
    """ "السكان", "الأهالي", "ممثلو الادعاء", "مسؤولو الوزارة": people in the plural, named
    by what they are."""
    first = _bare(norms[0])
    if len(norms) == 1 and first.endswith(_THEIR) and first[:-2] in _PEOPLE_HEADS:
        return True  # "سكانها", "طلابهم": its residents, their students
    if first in _PEOPLE_HEADS and len(norms) > 1 and norms[1].startswith("ال"):
        return True  # "سكان الحي", "طلاب الكلية": the people of a place or a body
    if strip_article(first) in _PEOPLE_OR_PLURAL_HEADS:
        # "الطلاب", "الطلاب المتضررون من القرار": alone, or described and then placed
        rest = _past_plural_adjectives(norms[1:])
        if not rest or _placed_with_bi(rest[0]):
            return True  # "الأطباء بالمستشفى": where they work
        return len(rest) < len(norms) - 1 and rest[0] in _FROM_OR_AFFILIATION
    # A sound plural in construct drops its ن: "ممثلو", "مسؤولو".
    construct = len(first) >= MIN_PLURAL_GROUP_LETTERS - 1 and first.endswith("و")
    return construct and len(norms) > 1 and norms[1].startswith("ال") and first[:1] == "م"


def _plural_head(norm: str) -> bool:
    """A plural unnamed head: "مسؤولون", "مصادر", "شهود", not "مسؤول" or "مصدر"."""
    return norm.endswith(_PLURAL_ENDINGS) or norm in lx.PLURAL_HEADS


def plural_nisba(norm: str) -> bool:
    """An indefinite plural of a nisba, people of a kind: "أكاديميون", "اقتصاديين",
    "حقوقيون" (unnamed, like "خبراء")."""
    return len(norm) >= MIN_PLURAL_NISBA and norm.endswith(("يون", "يين")) and norm[:2] != "ال"


#: The shortest plural nisba ("سياسيون"); shorter words in يون are names ("ليون").
MIN_PLURAL_NISBA = 7
#: Sound plural endings: "مختصون", "عقاريين".
_PLURAL_ENDINGS = ("ون", "ين")


def _plural_group(norms: Sequence[str]) -> bool:
    """An unnamed group of several words, each an indefinite plural: "مختصون عقاريون",
    "خبراء اقتصاديون" (one word alone may be a name: "هارون")."""
    if len(norms) < 2 or len(norms) > MAX_NAME_WORDS:
        return False
    first_plural = norms[0].endswith(_PLURAL_ENDINGS) or norms[0] in lx.ANONYMOUS_HEADS
    rest_plural = all(n.endswith(_PLURAL_ENDINGS) and not n.startswith("ال") for n in norms[1:])
    return first_plural and rest_plural and not norms[0].startswith("ال")


#: A name written before its title has at most this many words ("عبد الله بن محمد الفلاني").
MAX_NAME_WORDS = 4


def _title_after_name(norms: Sequence[str]) -> int | None:
    """Where the title starts in a name-first phrase, or None: "سالم الهاشمي رئيس الهيئة
    الوطنية للطرق" → 2, so the voice is the person, not the body named in the descriptor.
    A title word after بن/آل is read as a name first ("سالم بن مساعد أمير المنطقة"), as a
    title when no other title follows."""
    if _LINKED_NAME_WORDS.isdisjoint(norms):
        return _title_after_name_from(norms, linked=False)
    found = _title_after_name_from(norms, linked=True)
    return found if found is not None else _title_after_name_from(norms, linked=False)


#: Heads of a role in construct after a name: "فلان مسؤول العلاقات العامة".
_ROLE_IN_CONSTRUCT = folded("مسؤول مسؤولة مسئول مسئولة")


def _title_after_name_from(norms: Sequence[str], *, linked: bool) -> int | None:
    """_title_after_name, with ``linked`` taking a title word after بن/آل for a name."""
    for k in range(1, min(len(norms), _name_reach(norms) + 1)):
        # "سالم الهاشمي أحد سكان الحي": one of a group describes the person named before it.
        one_of = norms[k] in lx.ONE_OF and k + 1 < len(norms)
        # "صاحب أحد المحلات سالم العمري": a name after the group makes the words before a
        # title ("the owner of one of the shops"), not a man called صاحب.
        one_of = one_of and not any(given_name(n) for n in norms[k + 2 :])
        if linked and norms[k - 1] in _LINKED_NAME_WORDS:
            continue
        if norms[k - 1] == _ABD and norms[k].startswith("ال"):
            continue  # "عبد الرقيب فلان": the word after "عبد" is his given name, no rank
        if norms[k - 1] in SON_OF and k + 1 == len(norms):
            continue  # "سالم بن مشرف": a last word after بن is the father's name, no title
        if linked and _family_name_title(norms, k):
            continue
        if _title_as_family_name(norms, k):
            continue
        if _namesake_of_body(norms, k):
            return None  # "مدينة الملك فلان الطبية": a body named after him, no name and title
        # "سالم الهاشمي والد الرهينة": kin of someone named after a name describes him.
        kin = norms[k] in _KIN_AFTER_NAME and k + 1 < len(norms) and k > 1
        # "فلانة مسؤولة الأسر المنتجة بالمهرجان": an official in construct with what she runs
        # (alone, "مسؤول" is an unnamed official, no title).
        role = norms[k] in _ROLE_IN_CONSTRUCT and k + 1 < len(norms) and norms[k + 1][:2] == "ال"
        owner = _owner_after_name(norms, k)
        if (
            norms[k] in lx.OFFICIAL_TITLES
            or norms[k] in lx.PERSON_TITLES
            or one_of
            or kin
            or role
            or owner
        ):
            name = norms[:k]
            if name[0].startswith("ال") or name[0] in _HEAD_WORDS:
                return None
            if name[-1] in _GROUP_BREAKS:
                return None  # "عامل في أحد المكاتب": no name ends in a preposition
            if _honorific_before_name(norms, k):
                return None  # "مشرف النادي الشيخ سالم الهاشمي": the name follows the honorific
            return k if _looks_like_name(list(name)) else None
    return None


def _owner_after_name(norms: Sequence[str], k: int) -> bool:
    """ "مالك" at k, after a name of two words or more and in construct with what he owns, is
    the owner's title, not the given name Malik: "سالم الهاشمي مالك ورئيس المعرض", "فلان مالك
    شركة النقل" (the name ends before it). After بن or بني it is a forebear's or a tribe's
    name ("سالم بن مالك", "بني مالك"), and before a family name in ال with its ي, or a given
    name, it is a name's first word ("فلان، مالك الرشيدي")."""
    if norms[k] not in _OWNERS or k < MIN_OWNER_AT or k + 1 >= len(norms):
        return False
    if norms[k - 1] in SON_OF or norms[k - 1] in _LINKED_NAME_WORDS or norms[k - 1] in _TRIBE_OF:
        return False
    after = norms[k + 1]
    return not given_name(after) and not (after.startswith("ال") and after.endswith("ي"))


#: "مالك", "مالكة": an owner's title in construct with what he owns (also a given name).
_OWNERS = folded("مالك مالكة")
#: Fewest words of the name an owner's title follows: "فلان الهاشمي مالك …" (after one word,
#: "حسن مالك" may be a man's whole name).
MIN_OWNER_AT = 2
#: "بني": the sons of, before a tribe's forebear ("بني مالك").
_TRIBE_OF = folded("بني")


def _before_kin_of_another(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "البائع سالم الحربي والد الطفلين": kin of someone else after a titled name describes
    the person; the voice ends before it (a name-first phrase is cut in _title_after_name)."""
    for k in range(2, len(tokens) - 1):
        if tokens[k].norm in _KIN_AFTER_NAME and any(given_name(t.norm) for t in tokens[1:k]):
            return _trimmed(tokens[:k])
    return tokens


#: Kin that describe a person after his name, with whose kin he is: "فلان والد الرهينة".
_KIN_AFTER_NAME = folded("والد والدة شقيق شقيقة نجل نجلة زوج زوجة أرملة")
#: "المشرف العام": a title that also follows another title in one chain.
_DEFINITE_SUPERVISORS = folded("المشرف المشرفة")


def _family_name_title(norms: Sequence[str], k: int) -> bool:
    """A title word with the article closing "X بن Y", at the end of the phrase or before the
    title proper, is a family name: "سالم بن عبدالكريم المرشد مدير عام الإدارة" and "مدير
    عام الإدارة، سالم بن عبدالكريم المرشد" are the person سالم بن عبدالكريم المرشد (a title
    is followed by what it governs, not by another title or nothing)."""
    if k < 2 or norms[k - 2] not in _LINKED_NAME_WORDS or not norms[k].startswith("ال"):
        return False
    return k + 1 == len(norms) or norms[k + 1] in _TITLES


def _title_as_family_name(norms: Sequence[str], k: int) -> bool:
    """A title of address that is also a common family name ("السيد", "الشيخ", "الأمير"),
    right after a given name and no family name, at the end of the phrase or before the title
    proper, is the family name: "محمد السيد" and "محمد السيد، المتحدث باسم الوزارة" are Mr
    al-Sayyid (a title of address goes before a name, never after it; "عبد" takes the word
    after it into the given name). Any definite title ending the phrase after a given name
    is one too: "محمد الأمين", "سالم القاضي" (a bare title never follows a name in apposition;
    "سالم، القاضي" or "سالم قاضي المحكمة" do)."""
    if not given_name(norms[0]):
        return False
    if norms[k] not in _FAMILY_TITLES and not (k + 1 == len(norms) and norms[k][:2] == "ال"):
        return False
    first = 2 if norms[0] in TWO_WORD_GIVEN and k > 1 else 1
    if any(n.startswith("ال") for n in norms[first:k]):
        return False
    return k + 1 == len(norms) or norms[k + 1] in _TITLES


def _family_title_after_given(norms: Sequence[str], k: int) -> bool:
    """A title of address that is a common family name ("السيد", "الشيخ", "الأمير") right
    after a given name that a title or role opens, at the end of the phrase or before the
    title proper, is his family name: "الدكتور سالم السيد مدير المركز" is Dr Salem al-Sayyid,
    not a Dr Salem followed by a "Mr." (a title of address goes before a name, never after
    it; _title_as_family_name reads the same with no title first)."""
    if k < MIN_FAMILY_TITLE_AT or norms[k] not in _FAMILY_TITLES or not given_name(norms[k - 1]):
        return False
    return k + 1 == len(norms) or norms[k + 1] in _TITLES


#: Where a family name spelt as a title of address may stand at the earliest: a title, a
#: given name, then it ("الدكتور سالم السيد").
MIN_FAMILY_TITLE_AT = 2


def _given_name_as_title(norms: Sequence[str], k: int) -> bool:
    """A title word that is a common given name too ("أمين", "رائد", "مساعد"), after a rank or
    a title or a given name and before a family name, is the given name: "اللواء أمين سالم",
    "الفريق رائد فلان", "سامي أمين الحربي" (a title is followed by what it governs: "أمين عام",
    "أمين سر", "أمين منطقة الوادي", "مساعد مدير الإدارة", "أمين الصندوق"; a term of address
    goes before the title itself, "معالي أمين الوادي")."""
    if not 0 < k < len(norms) - 1:
        return False
    before, after = norms[k - 1], norms[k + 1]
    # "حسين أمير عبد الوهابي": "أمير", a given name the lexicon keeps as a title only, in a
    # name between a given name and another (an emir's title governs his land, "أمير قطر").
    middle = norms[k] in _EMIRS and given_name(before) and given_name(after)
    if norms[k] not in _TITLED_GIVEN and not middle:
        return False
    if before in _TITLED_ADDRESSES or before in _BARE_ADDRESSES:
        return False
    if before not in _TITLES and not given_name(before):
        return False
    if after in _TITLES or after in _NOT_NAMES or after in _SECRETARY or body_head(after):
        return False
    if after in _PLACE_HEADS:
        return False
    # A family name in ال is a nisba ("الحربي"); "الصندوق", "العاصمة" are what he heads.
    return not after.startswith("ال") or (after.endswith("ي") and nisba(after))


#: "أمير", an emir's title, folded: also a given name, as a middle name reads it.
_EMIRS = folded("أمير")
#: Words both a title and a common given name ("أمين", "رائد", "مساعد"), folded.
_TITLED_GIVEN = lx.GIVEN_NAMES & (lx.OFFICIAL_TITLES | lx.PERSON_TITLES)
#: "أمين سر": the secretary, what the title governs.
_SECRETARY = folded("سر")
#: Titles of address that are common family names too.
_FAMILY_TITLES = folded("السيد الشيخ الأمير")
#: Given names that take the next word into them: "عبد اللطيف", "أبو بكر" (also read by the
#: rules, where a name ends).
TWO_WORD_GIVEN = folded("عبد أبو")
#: Words of a name that the next word belongs to: "بن", "بنت", "آل", "أبو".
#: "son of", "daughter of": the word after it names the father.
SON_OF = folded("بن بنت ابن")
#: "آل" folded: the family of, before the forebear's name ("آل مرزوق").
_AL = fold("آل")
_LINKED_NAME_WORDS = folded(
    """
    بن بنت آل أبو
    """
)


def _honorific_before_name(norms: Sequence[str], k: int) -> bool:
    """True when the title at k is an honorific ("الشيخ", "الدكتور") that a given name follows
    while no given name comes before it: the words before are a role, not a name."""
    if k + 1 >= len(norms) or not given_name(norms[k + 1]):
        return False
    honorific = norms[k] in lx.PERSON_TITLES or norms[k] in _HONORIFICS
    return honorific and not any(given_name(n) for n in norms[:k])


#: Titles of respect that also stand before a name after a role ("مشرف المركز الشيخ فلان").
_HONORIFICS = folded(
    """
    الشيخ
    """
)


def _quoted_name(tokens: Sequence[Token]) -> tuple[str, int, int] | None:
    """Return (name, start, end) of a quoted name inside a phrase: صحيفة «الوادي»."""
    for i, token in enumerate(tokens):
        if token.text in OPENING_QUOTES:
            for j in range(i + 1, len(tokens)):
                if tokens[j].text in CLOSING_QUOTES:
                    inner = tokens[i + 1 : j]
                    if inner:
                        return _join(inner), token.start, tokens[j].end
                    return None
    return None


#: "المتحدث الرسمي", "المصدر المسؤول": an anaphor takes at most one descriptive word.
MAX_ANAPHOR_WORDS = 2


def _indefinite_nisba(norm: str) -> bool:
    """An indefinite relational adjective: "أكاديمي", "حكومية" (no first name such as "علي")."""
    return (
        norm.endswith(("ي", "يه"))
        and len(norm) >= MIN_NISBA_LETTERS
        and not norm.startswith("ال")
        and not given_name(norm)
    )


def nisba(norm: str) -> bool:
    """A definite relational adjective: "السعودية", "الإسبانية", "اللندنية", "الرسمي" (not
    "إلى", which folds to the same letters as an article and a ي)."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > MIN_DEFINITE_NISBA


#: "الي" (إلى folded) has three letters; "الرسمي" has six.
MIN_DEFINITE_NISBA = 4


def _all_descriptive(norms: Sequence[str]) -> bool:
    return all(n.startswith("ال") or n in _PORTFOLIOS for n in norms)


#: "المجلس الأعلى للقوات المسلحة": a body's name is rarely longer.
MAX_BODY_WORDS = 5
#: "مصدر في الوزارة", "مسؤول داخل الحزب": the words after these name the source's body.
_AFFILIATION_LINKS = folded(
    """
    في داخل لدى ب
    """
)
#: "من" or a link to whom a group belongs, built once (see _AUTHOR_HEADS).
_FROM_OR_AFFILIATION = frozenset({"من", *_AFFILIATION_LINKS})
#: ب attached to the word after an unnamed head: "مصدر بالوزارة" (an attached ل is a carrier:
#: "مصادر لرويترز").
#: Words after an anonymous head that tie it to a place or a body: "مصدر في", "مصادر وسط".
_ANONYMOUS_LINKS = folded(
    """
    في ب من داخل لدى قريب قريبة مقرب مقربة وسط ضمن
    """
)
#: Heads that name one member of a body, whatever its name: "مسؤول الإعلام", "عضو اللجنة".
_MEMBER_HEADS = folded(
    """
    مسؤول مسؤولة مسئول مسؤولو مسؤولون ضابط عضو مندوب
    """
)
_ATTACHED_PREPOSITIONS = "ب"
#: "بها", "له" are pronouns, not a preposition with its noun.
MIN_ATTACHED_LETTERS = 3


#: Sources with "its"/"his"/"our": definite, as "المصادر" is.
_POSSESSED_SOURCES = folded("مصادرها مصادره مصادرهم مصادرنا")


#: The dual ending of a head and its adjective in the nominative: "مصدران مطلعان".
_DUAL = "ان"


def _dual(norm: str) -> bool:
    """A word in the nominative dual, longer than its ending and ``ال``-free."""
    return norm.endswith(_DUAL) and len(norm) > len(_DUAL) + 2 and not norm.startswith("ال")


#: The accusative ending of an indefinite head and its adjective: "مصدرا مطلعا".
_ACCUSATIVE = "ا"


def _accusative(norm: str) -> bool:
    """An indefinite word in the accusative, its alif written, longer than two letters."""
    return norm.endswith(_ACCUSATIVE) and len(norm) > len(_ACCUSATIVE) + 2


def _sources_of_named_body(phrase: _Phrase) -> bool:
    """An unnamed head in construct with a name the registry knows, right after it: "مصادر
    الحركة" names its body by a head noun, "مصادر طالبان", "مسؤول حزب الله" by its name
    (not "مصادر تمويل التنظيم": the name must follow the head; nor "مسؤول الحركة فلان", who
    is named; nor a news medium's sources, which the rules read as the medium's)."""
    norms = phrase.norms
    if not phrase.registry or len(norms) < 2 or phrase.first not in lx.ANONYMOUS_HEADS:
        return False
    if any(map(given_name, norms[2:])):
        return False
    if phrase.known(norms[1:3], False, media=True):
        return False  # "مصادر «الوادي»": the paper's own sources, read as the paper
    if phrase.known(norms[1:2], False):
        return True
    return phrase.known(norms[1:3], False) and not phrase.known(norms[2:3], False)


def _is_anonymous(norms: list[str]) -> bool:
    """مصدر مطلع / مصادر متطابقة / مسؤول رفض الكشف عن اسمه, but not مصدر قلق / مصادر الطاقة."""
    if len(norms) == 1 or _one_of_a_group(norms):
        return True
    second = norms[1]
    attached = second[:1] in _ATTACHED_PREPOSITIONS and len(second) > MIN_ATTACHED_LETTERS
    if attached and second not in lx.NOT_BI_CONTENT:
        return True  # "مندوب بالمنظمة", "مندوبان بمنظمة أوبك", "مصدر بالوزارة"
    if second in lx.ANONYMOUS_MODIFIERS or _bare(second) in lx.ANONYMITY_VERBS:
        return True
    definite = norms[0].startswith("ال") or norms[0] in _POSSESSED_SOURCES
    if definite and strip_article(second) in lx.ANONYMOUS_MODIFIERS:
        # "المصدر المقرب من اللاعب", "مصادرها الخاصة": the definite source, described
        return True
    if second in _ANONYMOUS_LINKS:
        return True
    if second.startswith("ال") and norms[0] in _PEOPLE_OR_PLURAL_HEADS:
        # "سكان العاصمة", "أهالي الحي": the people of a place; "خبراء الطقس": the experts of
        # a field
        return True
    if second.startswith("ال") and norms[0] in _MEMBER_HEADS:
        # "مسؤول الإعلام الأمني": an official of a department, unless a name follows
        # ("مسؤول العلاقات العامة فلان" is that person).
        return not any(map(given_name, norms[2:]))
    if second in lx.BODY_HEADS:
        # "ضابط الشرطة", "مسؤول الوزارة", "خبراء منظمة …": an unnamed member of the body,
        # unless a name follows ("عضو هيئة التدريس بالجامعة الدكتور فلان" is that person).
        return not any(map(given_name, norms[2:]))
    if second[:1] == "و" and second[1:] in lx.ANONYMOUS_HEADS:
        return True  # "سكان ومسؤولون محليون": unnamed voices joined by و
    if _accusative(norms[0]) and _accusative(second) and not second.startswith("ال"):
        # "لكن مصدرا قضائيا قال", "إلا أن مسؤولا رفيعا أكد": the head and its adjective
        # in the accusative after لكن/أن, the adjective's alif added to what the list holds
        single = second[: -len(_ACCUSATIVE)]  # ("قريبا من": close to, as "قريب من" is)
        return single in lx.ANONYMOUS_MODIFIERS or single in _ANONYMOUS_LINKS or single[-1:] == "ي"
    if _dual(norms[0]) and _dual(second):
        # "مصدران أمنيان", "مسؤولان مطلعان": a dual head and its dual adjective
        single = second[: -len(_DUAL)]
        return single in lx.ANONYMOUS_MODIFIERS or single.endswith("ي")
    # An indefinite adjective (nisba) after the head: مسؤول أمريكي، مصادر كردية.
    return not second.startswith("ال") and second.endswith(("ي", "يه", "يون", "يين"))


def _namesake_of_body(norms: Sequence[str], k: int) -> bool:
    """The word at k is a king's or prince's title right after a body's head, in construct:
    "مركز الملك سلمان", "لجامعة الأمير سالم" (the body is named after him; he is no voice),
    or after "مدينة" ("مدير مدينة الملك سالم الرياضية": a sports or medical city)."""
    if not 0 < k < len(norms) or norms[k] not in _NAMESAKE_TITLES:
        return False  # (a lone "سوق" or "مدينة" names no one after it)
    before = norms[k - 1]
    return body_head(before) or before in _NAMED_PLACES or before[1:] in _NAMED_PLACES


def body_head(norm: str) -> bool:
    """The folded word is a body's head, bare or after ل/ب: "مركز", "لمركز", "بجامعة",
    "للهيئة" (ل before the article drops its alif)."""
    if norm in lx.BODY_HEADS:
        return True
    if norm.startswith("لل"):
        return "ا" + norm[1:] in lx.BODY_HEADS
    return norm[:1] in ("ل", "ب") and norm[1:] in lx.BODY_HEADS


def principal_named(norms: Sequence[str]) -> bool:
    """An indefinite spokesman speaks for an official named by his title ("متحدث باسم الرئيس
    فلان", "ناطقة باسم وزير الداخلية فلان"): the name after is his principal's, and the
    spokesman himself is unnamed."""
    if len(norms) < 4 or norms[0] not in _SPEAKERS_FOR:
        return False
    at = next((k for k in (1, 2) if norms[k] == _IN_NAME_OF), None)
    return at is not None and norms[at + 1] in lx.OFFICIAL_TITLES and "،" not in norms


def _principal_name_at(words: Sequence[Token]) -> int | None:
    """Where the principal's name starts in an indefinite spokesman's phrase that names him
    ("متحدث باسم الرئيس الفلاني سالم" → سالم), or None."""
    norms = [w.norm for w in words]
    if not principal_named(norms):
        return None
    at = norms.index(_IN_NAME_OF) + 1
    start = _name_start(words[at:])
    return None if start is None or start == 0 else at + start


def _name_start(words: Sequence[Token]) -> int | None:
    """Index where the name starts after a title and its complements, or None if no name.

    The name follows the last title in the phrase ("مدير الدفاع المدني بمنطقة مكة العقيد سعيد
    سرحان" → "سعيد سرحان"); a common given name after the title marks its start outright, unless
    descriptor words follow it ("مركز الملك سلمان للإغاثة … فلان": سلمان belongs to the centre).
    """
    norms = [w.norm for w in words]
    if principal_named(norms):
        return None
    titles = [
        k
        for k, norm in enumerate(norms)
        if norm in _TITLES
        and not _family_name_title(norms, k)
        and not (k and norms[k - 1] in _LINKED_NAME_WORDS)  # "آل الشيخ": a family
        and not (k and norms[k - 1] == _ABD)  # "عبد الرقيب": a given name
        and not _namesake_of_body(norms, k)
        and not _given_before_son_of(norms, k)
        and not _given_name_as_title(norms, k)
        and not _family_title_after_given(norms, k)
    ]
    last_title = max(titles, default=0)
    # "… في وزارة الشؤون فايز الحارثي": the name comes after the last link of the descriptor.
    # The word right after the link is its complement ("في أستراليا فلان"), never the name.
    linked = max((k for k, n in enumerate(norms) if n in _DESCRIPTOR_LINKS), default=-2)
    start = max(last_title + 1, _after_descriptors(words), linked + 2)
    if 0 < start < len(words) - 1 and _rank_qualified(norms, start - 1, titles):
        start += 1  # "الرقيب أول فلان", "العميد ركن فلان": the rank's grade or kind, then the name
    supervisor = norms[start - 1].removeprefix("و") if 0 < start < len(words) else ""
    if supervisor in _SUPERVISORS and norms[start] == _SUPERVISORS[supervisor]:
        return None  # "… والمشرفة على البرنامج": what she supervises, no name
    for k in range(start, len(words)):
        if given_name(words[k].norm):
            if k and _namesake_of_body(norms, k - 1):
                continue  # "لمركز الملك سلمان للإغاثة فلان": the king the centre is named after
            if k and norms[k - 1] == _AL:
                continue  # "نائب قبيلة آل مرزوق … فلان": a family named after a forebear
            if any(w.norm in _DESCRIPTOR_LINKS or w.norm in lx.BODY_HEADS for w in words[k + 1 :]):
                continue  # "لشؤون حجاج الخارج في وزارة …": a name never runs on into a body
            if start > last_title + 1 and any(w.norm.endswith("يه") for w in words[k:]):
                return None  # "بجامعة الأمير سالم بن حمدان الأهلية": a body named after someone
            return _name_head(words, k, start)
    at = len(words) - 2
    if at >= start and _unlisted_full_name(norms, at) and not _namesake_of_body(norms, at - 1):
        # "المسؤولة عن الجناح غدير الهذلي": a name no list holds ("مدير مكتبة الملك سالم
        # العامة": the king the library is named after, then its adjective, no name)
        return at
    i = start
    while i < len(words):
        norm = words[i].norm
        descriptive = norm.startswith("ال") or _joined_article(norm, ("وال", "لل"))
        descriptive = descriptive or norm in _DESCRIPTOR_LINKS
        # "رئيس اللجنة المنظمة لمعرض الكتاب 2030", "عضو تحالف 8 أيار فلان": the year, number or
        # date of what he serves, no name
        descriptive = descriptive or norm[:1].isdigit()
        descriptive = descriptive or (i > 0 and norms[i - 1][:1].isdigit() and norm in WORDS.months)
        descriptive = descriptive or (i > start and _joined_complement(words, i))
        # "رئيس اتحاد الساحل لكرة القدم": a complement in ل before a definite word, no name
        # ("ليزا موناكو", "لوس أنجلوس" are names)
        descriptive = descriptive or (
            i > start
            and norm[:1] == "ل"
            and not given_name(norm)
            and i + 1 < len(words)
            and words[i + 1].norm.startswith("ال")
        )
        body = norm in lx.BODY_HEADS  # "رئيس لجنة العلاقات": the body the title heads
        # "الناطق الإعلامي لشرطة منطقة الساحل": a region or town the body serves, no name.
        body = body or norm in _PLACE_HEADS  # nor does one cut short ("… في حكومة إقليم")
        # "مساعد مدير المنطقة ببنك الوادي فلان": the body in ب where he works, no name; in ل,
        # the body he heads ("المدير التنفيذي لسوق فلان")
        body = body or _body_in_particle(norm)
        if _portfolio(norm) or descriptive or norm in lx.OFFICIAL_TITLES or body:
            i += 1  # "وزير الخارجية والتعاون الدولي في الحكومة المؤقتة …"
            continue
        if norm in lx.PERSON_TITLES or norm in {"د", "م"} or _coordinated_title(norm):
            i += 1  # "إمام وخطيب المسجد": titles joined by و
            continue
        if _unnamed_adjective(words, i):
            i += 1  # "متحدث رئاسي": an adjective of an indefinite title, no name
            continue
        if _governed_place(words, i):
            i += 1  # "محافظ ديالى العراقية السابق فلان": the place the title governs
            continue
        if _namesake_of_body(norms, i - 1):
            i += 1  # "مدير جامعة الملك سالم": the king the university is named after
            continue
        if _governed_noun(norms, i):
            i += 1  # "مدير مدارس النور": an indefinite title governs the word after it
            continue
        verbal = _verbal_noun(norm) and norm not in _PLACE_HEADS  # (not "مقاطعة", a county)
        if i and norms[i - 1] in lx.BODY_HEADS and verbal and not given_name(norm):
            i += 1  # "مدير مركز تدريب الشباب": what the body does, no name
            continue
        governed = i > 1 and norms[i - 2] in lx.BODY_HEADS and _verbal_noun(norms[i - 1])
        governed = governed and norms[i - 1] not in _PLACE_HEADS
        # "رئيس اللجنة الوطنية لتحسين أوضاع العمال": what a body is for, in ل, and its object
        purpose = norm[:1] == "ل" and _verbal_noun(norm[1:]) and not given_name(norm)
        governed = governed or (
            i > 0 and norms[i - 1][:1] == "ل" and _verbal_noun(norms[i - 1][1:])
        )
        if (governed and not given_name(norm)) or purpose:
            i += 1  # "رئيس مجلس تشخيص مصلحة النظام": the verbal noun's own object
            continue
        if i and norms[i - 1] in _PLACE_HEADS:
            i = _past_place_name(norms, i)  # "شرطة مقاطعة سانت لويس الأميركية فلان"
            continue
        if i > 1 and norms[i - 1] == _IN_NAME_OF and strip_article(norms[i - 2]) in _SPEAKERS_FOR:
            i += 1  # "متحدث باسم ناطحة السحاب": what he speaks for, no name
            continue
        if i and norms[i - 1][:1] in "بل" and norms[i - 1][1:] in _PLACE_HEADS:
            i = _past_place_name(norms, i)  # "المتحدث بمديرية الدفاع المدني بمنطقة الوادي"
            continue
        # (an indefinite head, in construct with what follows: not "المسؤول بالشرطة فلان")
        after_body = i and norms[i - 1][:1] == "ب" and norms[i - 1][1:] in lx.BODY_HEADS
        after_body = after_body and not norms[i - 1][1:].startswith("ال")
        if after_body and i + 1 < len(words) and not given_name(norm):
            i += 1  # "رئيس اللجنة بغرفة جدة فلانة": the town the chamber is of, no name
            continue
        if _named_body_after_lam(norms, i):
            i += 1  # "المدرب السابق لمنتخب انجلترا": the team's name after its head, no name
            continue
        nisba = _nisba_after_name_of_body(norms, i)
        if nisba is not None:
            i = nisba + 1  # "مدرب ريفر بليت الأرجنتيني ماركو دي لوكا": club, nationality
            continue
        break
    if i >= len(words) or _governed_by_title(words, i) or _place_after_body(words, i):
        return None
    if words[i].norm in lx.NP_CONTENT_HEADS or words[i].norm in lx.EVENT_NOUNS:
        return None  # "ووصف مفتي عام المملكة حادث التفجير بأنه": the event, no name
    return i


def _named_body_after_lam(norms: Sequence[str], i: int) -> bool:
    """The word at i names the body whose indefinite head stands before it with ل ("لمنتخب
    انجلترا", "لجامعة تبوك"): it ends the phrase, or a given name or a definite word follows it.
    Before another plain word it may open a man's name ("لشركة تيم كوك")."""
    if not i or norms[i - 1][:1] != "ل" or given_name(norms[i]):
        return False
    head = norms[i - 1][1:]
    if head not in lx.BODY_HEADS or head.startswith("ال"):
        return False
    after = norms[i + 1] if i + 1 < len(norms) else ""
    return not after or after.startswith("ال") or given_name(after)


def _nisba_after_name_of_body(norms: Sequence[str], i: int) -> int | None:
    """Where a definite nisba adjective stands after the name of what the title is over, at
    i, and before a name of two words or more: "مدرب ريفر بليت الأرجنتيني ماركو دي لوكا"
    (the club's name, then his nationality, then his name). The club's words have no article
    and are no given names."""
    for j in range(i + 1, min(i + MAX_BODY_NAME_WORDS + 1, len(norms) - 2)):
        word = norms[j]
        if word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= MIN_NISBA:
            named = all(
                not n.startswith(("ال", "لل", "بال", "و")) and not given_name(n) for n in norms[i:j]
            )
            return j if named else None
    return None


#: Most words of a club's or firm's name between a title and the holder's nationality, and
#: fewest letters of a nisba adjective with its article ("الهولندي").
MAX_BODY_NAME_WORDS = 3
MIN_NISBA = 6


def _verbal_noun(norm: str) -> bool:
    """A folded word shaped like a verbal noun of a derived verb, that a body head governs
    ("مركز تدريب", "هيئة تطوير", "مجلس تشخيص", "جمعية مكافحة", "لجنة استقبال"): تفعيل,
    تفاعل, إفعال/افتعال, استفعال, مفاعلة."""
    n = len(norm)
    return (
        (n == MASDAR_LETTERS and norm[0] == "ت" and (norm[3] == "ي" or norm[2] == "ا"))
        or (n == MASDAR_LETTERS and norm[0] == "ا" and norm[3] == "ا")
        or (n == MASDAR_LETTERS + 2 and norm.startswith("است") and norm[5] == "ا")
        or (n == MASDAR_LETTERS + 1 and norm[0] == "م" and norm[2] == "ا" and norm[-1] == "ه")
    )


#: Letters of the commonest derived verbal nouns ("تدريب", "إنتاج", "تعاون").
MASDAR_LETTERS = 5


def _past_place_name(norms: Sequence[str], i: int) -> int:
    """The index past the name of the place a place head governs, opening at i: up to the
    definite adjective after it when one follows before any given name ("مقاطعة سانت لويس
    الأميركية"), else the one word ("محافظة جدة سالم …", "مدينة نيويورك بيل دي بلاسيو")."""
    for k in range(i, min(len(norms), i + MAX_PLACE_NAME_WORDS)):
        if given_name(norms[k]):
            break
        if norms[k].startswith("ال"):
            return k
    return i + 1


#: The longest name of a place after its head ("مقاطعة سانت لويس"), before its adjective.
MAX_PLACE_NAME_WORDS = 3


def _governed_noun(norms: Sequence[str], i: int) -> bool:
    """The word at i is the noun an indefinite title before it governs, a definite word or
    nothing after it: "مدير مدارس النور" (not "نائب قبيلة آل مرزوق", where آل opens a name)."""
    if not i or norms[i - 1] not in lx.OFFICIAL_TITLES or norms[i - 1].startswith("ال"):
        return False
    if given_name(norms[i - 1]):
        return False  # "مساعد غالي العنزي": مساعد may be the given name itself
    after = norms[i + 1] if i + 1 < len(norms) else ""
    # (not before a surname in ال…ي: "… فلان العنزي" is a name)
    return not after or (after.startswith("ال") and len(after) > len("ال") and not nisba(after))


def _governed_place(words: Sequence[Token], i: int) -> bool:
    """The word at i is what an indefinite official title right before it governs, a place
    described by the definite words after it: "محافظ ديالى العراقية السابق ساهر الكعبي" (a
    given name would have opened the name already)."""
    if i == 0 or i + 1 >= len(words) or given_name(words[i].norm):
        return False
    title = words[i - 1].norm
    if not (
        title in lx.OFFICIAL_TITLES
        and not title.startswith("ال")
        and words[i + 1].norm.startswith("ال")
        and words[i + 1].norm not in _TITLES
        and words[i + 1].norm not in _LINKED_NAME_WORDS  # "نائب عشيرة آل غانم": a family
    ):
        return False
    j = i + 1
    while j < len(words) and words[j].norm.startswith("ال"):
        j += 1
    # "رئيس اتحاد الكاريبي لكرة القدم": a complement with ل follows; the words name a body.
    return j < len(words) and words[j].norm[:1] not in "لب"


def _place_after_body(words: Sequence[Token], i: int) -> bool:
    """The one word left at i is where the body sits, with ب, not a name: "رئيس اللجنة
    السياحية بجدة" names the office in that town, with no one in it."""
    norm = words[i].norm
    return (
        i == len(words) - 1
        and i > 0
        and words[i - 1].norm.startswith("ال")
        and norm.startswith("ب")
        and not norm.startswith("بن")
        and not given_name(norm)
    )


def _governed_by_title(words: Sequence[Token], i: int) -> bool:
    """The one word left at i is what an indefinite title governs, not a name: "محافظ جدة",
    "مدعي عام المدينة" as in "قال مدعي عام ليون" name the office, with no one in it."""
    first = words[0].norm
    if i != len(words) - 1 or first not in lx.OFFICIAL_TITLES:
        return False
    return not any(w.norm.startswith("ال") for w in words[: i + 1])


def _unnamed_adjective(words: Sequence[Token], i: int) -> bool:
    """The word at i is an indefinite relational adjective ("رئاسي", "عسكرية") right after the
    indefinite title opening the phrase: it describes the title-holder and names no one."""
    if i > MAX_UNNAMED_AT or any(w.norm.startswith("ال") for w in words[: i + 1]):
        return False  # only "متحدث رئاسي" opening the phrase, not "… مساعد غالي العنزي"
    for word in words[i + 1 :]:
        if word.norm in _DESCRIPTOR_LINKS or word.norm == "باسم" or _descriptor_word(word.norm):
            break  # "متحدث رسمي باسم المجلس": what follows is the title's complement
        if not word.norm.startswith("ال") and not word.norm.endswith(("ي", "يه")):
            return False  # "مستشار مفتي مصر": a noun in construct with what it governs
    norm = words[i].norm
    return norm.endswith(("ي", "يه")) and not given_name(norm) and len(norm) >= MIN_NISBA_LETTERS


#: "ناشط سياسي محلي": the adjective is the second or third word of an indefinite phrase.
MAX_UNNAMED_AT = 2

#: "أمني" has four letters; shorter words in ي ("علي", "زكي") are too often names.
MIN_NISBA_LETTERS = 4


def _coordinated_title(norm: str) -> bool:
    rest = norm[1:]
    return norm[:1] == "و" and (rest in lx.PERSON_TITLES or rest in lx.OFFICIAL_TITLES)


def _name_between_titles(words: Sequence[Token]) -> tuple[int, int] | None:
    """(start, end) of a name between a leading title and a later one: "الدكتور سالم الهاشمي
    وزير الخارجية" → the two name words; None when the phrase is not so built. A title word
    after بن/آل is read as a name first ("الأمير سالم بن مساعد أمير المنطقة")."""
    if _LINKED_NAME_WORDS.isdisjoint(w.norm for w in words):
        return _name_between_titles_from(words, linked=False)
    found = _name_between_titles_from(words, linked=True)
    return found if found is not None else _name_between_titles_from(words, linked=False)


#: "عبد" before a word that is also a title: "عبد الرقيب" is a given name.
_ABD = fold("عبد")
#: "الرقيب أول", "ملازم أول": the grade of a rank.
_RANK_GRADE = fold("أول")
#: "باسم": a given name, and "on behalf of" after a spokesman's title.
_BI_ISM = fold("باسم")


def _spokes_title(norm: str) -> bool:
    """A spokesman's or spokeswoman's title, with or without the article ("متحدثة")."""
    return strip_article(norm).startswith(("متحدث", "ناطق"))


def _spokesman_for(tokens: Sequence[Token]) -> bool:
    """The phrase opens with a spokesman's title in the accusative and "باسم" ("لكن متحدثا
    باسم الشرطة قال إن"): the subject after لكن/إن, not "speaking" after a voice named before."""
    return (
        len(tokens) > 2
        and _accusative(tokens[0].norm)
        and _spokes_title(tokens[0].norm)
        and tokens[1].norm == _BI_ISM
    )


def _name_between_titles_from(words: Sequence[Token], *, linked: bool) -> tuple[int, int] | None:
    """_name_between_titles, with ``linked`` taking a title word after بن/آل for a name."""
    norms = [w.norm for w in words]
    titles = [
        k
        for k, w in enumerate(words)
        if (w.norm in lx.OFFICIAL_TITLES or w.norm in lx.PERSON_TITLES)
        and not (linked and k and words[k - 1].norm in _LINKED_NAME_WORDS)
        and not (k and _abd_compound(words, k))  # "العميد عبد الأمير فلان قائد …": his name
        and not _namesake_of_body(norms, k)
        and not _family_title_after_given(norms, k)
        and not _given_name_as_title(norms, k)
    ]
    if len(titles) < 2 or titles[0] != 0:
        return None
    k = 0
    while k + 1 < len(words) and (
        k + 1 in titles or words[k + 1].norm.startswith("ال") or _rank_qualified(norms, k, titles)
    ):
        k += 1  # "الفريق الركن الشيخ", "العميد ركن": a run of titles and their adjectives
    later = next((t for t in titles if t > k + 1), None)
    if later is None:
        return None
    name = [w.norm for w in words[k + 1 : later]]
    # "سالم بن ماجد بن عبد العزيز": each "بن" adds a father's name to the chain.
    longest = MAX_NAME_WORDS + 1 + sum(n in SON_OF for n in name)
    if not 1 <= len(name) <= longest or _descriptor_word(name[0]):
        return None
    if (body_head(name[0]) or name[0] in _PLACE_HEADS) and not _NAMESAKE_TITLES.isdisjoint(name):
        return None  # "مدير مدينة الملك فلان الطبية الدكتور فلان": the body the title heads
    if name[0] in _PLACE_HEADS:
        # "أمير منطقة الساحل رئيس اللجنة …": the region he governs is no name; one may
        # stand between the later titles ("أمين محافظة الساحل المهندس فلان").
        after = _name_between_titles_from(words[later:], linked=linked)
        return None if after is None else (later + after[0], later + after[1])
    if name[0] in _ON_BEHALF or (name[0] == _BI_ISM and _spokes_title(words[k].norm)):
        return None  # "متحدثة باسم الممثلة فلانة": "on behalf of", no one named باسم
    if any((_descriptor_word(n) and not n.startswith("ال")) or n in _NOT_NAMES for n in name):
        return None
    if any(n in _DESCRIPTOR_LINKS or n in _AFFILIATION_LINKS for n in name):
        return None
    if words[later].norm in _DEFINITE_SUPERVISORS and not any(map(given_name, name)):
        return None  # "أمين المنطقة المشرف العام على …": two titles, no name between
    # (A definite title governs no noun: "مدير سلسلة المعارض" is no name between titles.)
    family = later == len(words) - 1 and len(name) == 1 and words[0].norm.startswith("ال")
    if family and words[later].norm.startswith("ال"):
        return k + 1, later + 1  # "الفنانة سلمى المرشد": a family name spelt like a title
    return k + 1, later


def _rank_qualified(norms: Sequence[str], k: int, titles: Sequence[int]) -> bool:
    """The word after the title at k says what the rank is ("العميد ركن", "اللواء طيار") or its
    grade ("الرقيب أول"): no first name, whatever title follows the name."""
    after = norms[k + 1]
    if norms[k] in _DEPUTY_RANK and after in _DEPUTIZED_RANKS:
        return True  # "الوكيل رقيب فلان": one rank in two words ("deputy sergeant")
    rank = k in titles or strip_article(norms[k]) in _RANK_QUALIFIERS  # "اللواء الطيار ركن"
    return rank and (after in _RANK_QUALIFIERS or after == _RANK_GRADE)


def _given_before_son_of(norms: Sequence[str], k: int) -> bool:
    """The title word at k is a given name: a whole word with no article, and "بن"/"بنت"
    follows it ("الدكتور مساعد بن فهد", "رائد بن سالم"). A title with the article, or cut
    short, keeps its reading before a family name ("الرئيس بن علي", "د. ابن رشد")."""
    if k + 1 >= len(norms) or norms[k + 1] not in _SON_OF_GIVEN:
        return False
    return len(norms[k]) >= MIN_GIVEN_TITLE_LETTERS and not norms[k].startswith("ال")


#: "بن"/"بنت" after a first name; "ابن" also opens a family name ("د. ابن رشد").
_SON_OF_GIVEN = folded("بن بنت")
#: Letters of the shortest title word that is also a given name ("أمين", "رائد").
MIN_GIVEN_TITLE_LETTERS = 4


#: Letters left after "وال" in "والش" (Walsh): one letter is no noun, so the word is no "و" +
#: "ال" + noun.
ONE_LETTER = 1


#: The article behind a proclitic, as a name word may not open.
_JOINED_ARTICLES = ("لل", "بال", "وال", "فال", "كال")


def _joined_article(norm: str, prefixes: tuple[str, ...]) -> bool:
    """The word opens with one of the prefixes, an article behind a proclitic ("للإغاثة",
    "والأعمال", "بالوزارة"), and more than one letter after it ("والش" is a name; "لله" is
    "to God", ل with the article run into the noun). "والد" (father) describes as such a word
    does."""
    prefix = next((p for p in prefixes if norm.startswith(p)), None)
    if prefix is None:
        return False
    return prefix == "لل" or norm in KIN_HEADS or len(norm) - len(prefix) != ONE_LETTER


def _descriptor_word(norm: str) -> bool:
    """A word that describes rather than names: "للإغاثة", "والأعمال", "بمنطقة", "بالوزارة"."""
    if norm in {"بن", "بنت"} or given_name(norm):
        return False
    return _joined_article(norm, ("لل", "وال", "بال")) or (
        norm[:1] in "بل" and len(norm) > MIN_ATTACHED_LETTERS + 1
    )


def _body_in_particle(norm: str) -> bool:
    """ "ببنك", "لسوق", "لمهرجان": a body or a place in ب or ل after a title, where he works or
    what he heads; what follows is its name ("المدير التنفيذي لسوق فلان"), no man's."""
    return norm[:1] in "بل" and (norm[1:] in lx.BODY_HEADS or norm[1:] in _PLACE_HEADS)


def _joined_complement(words: Sequence[Token], i: int) -> bool:
    """A noun joined by و to the body's complement before it, in construct with the definite
    word after it ("المؤسسة العامة لصوامع الغلال [ومطاحن] الدقيق"): the body's name goes on;
    no name opens with "و" and a noun (a given name such as "وليد" does)."""
    norm = words[i].norm
    if norm[:1] != "و" or len(norm) < MIN_JOINED_STEM or i + 1 >= len(words):
        return False
    if given_name(norm) or given_name(norm[1:]) or norm[1:3] == "ال":
        return False
    before, after = words[i - 1].norm, words[i + 1].norm
    # (a nisba before it ends a title's description: "رئيس المجلس الماروني وديع فلان")
    return before.startswith("ال") and not nisba(before) and after.startswith("ال")


def _after_descriptors(words: Sequence[Token]) -> int:
    """The index after the last descriptor word: a name comes after them all."""
    last = -1
    for k, word in enumerate(words):
        if _descriptor_word(word.norm) and not _ba_family_name(word.text):
            last = k
    return last + 1


def _ba_family_name(text: str) -> bool:
    """A family name in "با" ("باسليم", "باعشن", "باوزير"), written with a bare alif: no ب on a
    noun, which would carry the article ("بالوزارة") or a hamza ("بإدارة"); "باسمه" (in his
    name) and "بارز" (prominent) are no names."""
    return (
        text.startswith("با")
        and text[2:3] not in ("", "ل")
        and len(text) > MIN_ATTACHED_LETTERS
        and not text.startswith("باسم")
        and text not in _NOT_BA_NAMES
    )


#: Words in "با" that are no family name: "بارز" (prominent), "باحث" (researcher).
_NOT_BA_NAMES = frozenset({"بارز", "بارزة", "باحث", "باحثة"})


def _name_head(words: Sequence[Token], k: int, start: int) -> int:
    """The name's first word when a given name or link is found at k: "مبارك بن سالم" starts
    one word before "بن" when that word is no descriptor."""
    if k > start and words[k].norm in {"بن", "بنت"}:
        before = words[k - 1].norm
        if not before.startswith("ال") and before not in _PORTFOLIOS:
            return k - 1
    if k > start and k >= 2 and _unlisted_given(words[k - 2].norm, words[k - 1].norm):
        if k >= 3 and _namesake_of_body([w.norm for w in words[k - 3 : k - 1]], 1):
            return k  # "مدير جامعة الملك سالم فلان": the king the body is named after
        # "عضو مجلس الأهالي عوض محمد الحارثي": after the definite end of the descriptor, a
        # word no list knows before a given name is the person's first name; not one set off
        # from it by a mark ("بعثة الأمم المتحدة «أونامو»، سلمى الحداد").
        if words[k].start - words[k - 1].end <= MAX_NAME_GAP:
            return k - 1
    return k


#: Characters between two words of one name: a space (a quote or comma is more).
MAX_NAME_GAP = 1

#: Words the lexicon lists as heads, none a given name (built once, see _AUTHOR_HEADS).
_LISTED_HEADS = _TITLES | lx.BODY_HEADS | lx.ANONYMOUS_HEADS


def _unlisted_given(before: str, norm: str) -> bool:
    """``norm`` may be a first name the lexicon lacks: it follows the definite end of a
    descriptor that is no title, and is no title, body, place or descriptor word itself, with
    no article, attached preposition or conjunction ("بجدة", "وعضو")."""
    if not before.startswith(("ال", "بال", "لل")):
        return False  # ("مدير مكتب التعليم بالداير فلان": the place ends the descriptor;
        # "النائبة أواز حميد": a definite title too)
    if len(norm) < 3 or norm[:1] in "بلوف" or norm.startswith("ال") or norm in _PORTFOLIOS:
        return False
    if len(norm) > 3 and norm.endswith("ا"):
        return False  # an adverb in the accusative: "المعين حديثا فلان", "السابق رسميا"
    if norm in _LISTED_HEADS or norm in _PLACE_HEADS or norm in _DESCRIPTOR_LINKS:
        return False
    if norm in _RANK_QUALIFIERS:
        return False  # "اللواء ركن فلان", "العقيد طيار فلان": the rank goes on
    return _looks_like_name([norm])


def _unlisted_full_name(norms: Sequence[str], k: int) -> bool:
    """The phrase ends at k with a first name no list holds and one family name after it,
    definite: "المسؤولة عن الجناح غدير الهذلي", "الرسامة سديم العتيبي". A plain word between
    the definite end of a descriptor and a definite last word opens no construct (that needs ل
    or the article), so the two are one person's name."""
    if k < 1 or k != len(norms) - 2 or not _unlisted_given(norms[k - 1], norms[k]):
        return False
    if norms[k] in _MERCY or _verbal_noun(norms[k]):
        return False  # "فلان رحمه الله", "فلان استهداف المساجد": a prayer, an act
    family = norms[k + 1]
    if not family.startswith("ال") or family in _LISTED_HEADS or family in _PORTFOLIOS:
        return False
    if family == _GOD:
        return False  # "الإمام فلان يرحمه الله": a prayer for the man named
    return _looks_like_name([norms[k], family])


#: Words that qualify a military rank after it, no first name: "اللواء ركن", "العقيد طيار".
_RANK_QUALIFIERS = folded("ركن طيار متقاعد بحري مظلي مهندس")
#: "الوكيل رقيب", "وكيل عريف": a rank of the ranks below it, written after "وكيل".
_DEPUTY_RANK = folded("الوكيل وكيل")
_DEPUTIZED_RANKS = folded("رقيب عريف")


#: Prepositions inside a long descriptor: "وزير … في الحكومة المؤقتة", "مندوب … لدى المنظمة".
#: Heads of a place's name in construct ("منطقة الساحل", "محافظة الوادي"): no name starts so.
#: A city, a library or a market a body is named after a king: "مدينة الملك فلان الطبية",
#: "مكتبة الملك فلان العامة", "سوق الأمير فلان".
_NAMED_PLACES = folded("مدينة مكتبة سوق")
#: (A market is a place: "محلل بسوق المال" works there, no man is called "بسوق …".)
_PLACE_HEADS = folded(
    """
    منطقة محافظة مدينة إقليم ولاية بلدة قرية مقاطعة سوق
    """
)
_DESCRIPTOR_LINKS = folded(
    """
    في لدى ب ل
    """
)
#: "المتحدث باسمها": a spokesman's title, where باسم… names whom he speaks for.
#: "باسم" (in the name of) after a spokesman's title.
_IN_NAME_OF = fold("باسم")
_SPEAKERS_FOR = folded(
    """
    متحدث متحدثة ناطق ناطقة
    """
)
#: "باسمه", "نيابة عن": what follows says on whose behalf the voice before spoke.
_ON_BEHALF = folded(
    """
    باسمه باسمها باسمهم باسمهما باسمي باسمنا نيابة ونيابة
    """
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def given_name(norm: str) -> bool:
    """A word that starts a name: a common given name, "أبو", "بن", "بنت", "عبد" …

    "بنت" as "بن" ("الدكتورة سلمى بنت فهد"): the name starts one word before it, whether or not
    that word is a given name we know."""
    if norm in lx.GIVEN_NAMES or norm in {"ابو", "ابي", "ام", "بن", "بنت", "عبد"}:
        return True
    return norm.startswith("عبد") and len(norm) > 4


#: Words no bare name holds; "البلاد" ("كما أعلنت البلاد الحداد") is the country, not a person,
#: "وأشار بهذا الخصوص إلى" says in what regard the speaker before spoke, and "كان" ("فلان كان
#: قد أشار") is the verb "was"; "فهناك من يقول" is "there are those who say".
#: ("عام" closes a title in construct: "مفتي عام المملكة", "أمين عام المجلس"; "وأضافت كيف
#: لنا أن نلوم …" asks a question, no one named; "فهو عندما شاهدها قال" is "he", the one
#: named before; "وزاد الطين بلة أن …" is an idiom, made matters worse; "أعمال" is the
#: business of "وكيل أعمال اللاعب", "مدير أعمال الفنان", the player's agent and no name.)
_NOT_NAMES = folded(
    """
    هذا هذه ذلك الذي التي كل بعض جميع معظم أحد عدد أكثر أقل الجميع الكثير البعض هناك هنا ما من
    لا لكنه لكنها ولكنه ولكنها البلاد بهذا بهذه بذلك لهذا لذلك كان كانت كانا كانتا كانوا
    بدلا ربما إذا هل هكذا طبعا عام غير سوى بيد كيف لماذا
    هو هي هم فهو فهي فهم وهو وهي وهم الطين
    أعمال
    """
)
#: Adverbs, often written without their tanween, that end the voice's phrase ("ردت حماس
#: فورا", "وقال فلان هاتفيا من المدينة"); alone they name no one ("أبدا").
MANNER_ADVERBS = folded(
    """
    أبدا دائما أيضا تماما فورا كذبا جدا مطلقا قطعا حاليا سابقا لاحقا مجددا أخيرا غالبا أحيانا
    عادة بشدة بقوة بحزم هاتفيا شخصيا رسميا علنا صراحة مازحا ضاحكا مبتسما بالنص حرفيا
    جازما قاطعا ساخرا باكيا واثقا فقط قطعيا نهائيا كليا جزئيا مبدئيا
    بصراحة بوضوح بثقة بإيجاز باختصار بدقة بهدوء بحسرة بمرارة بفخر بأسف بحماس بتفاؤل
    بتأثر بحزن بغضب بألم بحدة بلهجة بسخرية بدهشة باستغراب بتشاؤم بانفعال بتحد بحذر باندفاع
    ببساطة بابتسامة
    بشكل بصورة
    بهدف بغية سعيا
    """
)
# ("بشكل", "بصورة": "أعلن فلان بشكل نهائي", "نفى المكتب بصورة قاطعة": how, not who; "بهدف",
# "بغية", "سعيا": what for, "حسب ما نشرته صحف محلية بهدف إقناعه …".)
#: Words of time that end the voice's phrase ("فلان عند وصوله", "وعند الوصول"): what
#: follows says when he spoke; a phrase opening with one names no one. (Not "لدى", which
#: is also "to" in "السفير لدى المملكة فلان".)
_WHEN = folded("عند وعند أثناء وأثناء خلال وخلال عقب وعقب منذ حين وحين إذ وإذ عندما حينما")
#: "وقال الرئيس فلان عشية القمة": on the eve of (or the day after, just before) an event.
_WHEN |= folded("عشية وعشية غداة وغداة قبيل وقبيل")
#: "وغرد الوزير أواخر الشهر، بأن …", "وقال المدير منتصف الأسبوع إن …": when in a period
#: (not "مطلع", which is also "informed": "مصدر مطلع").
_WHEN |= folded("أواخر أوائل منتصف")
#: Ordinals that alone are no name ("يقول الأول", "قال أمس الأول"); in a name they are
#: ("عبد الله الثاني").
_ORDINALS = folded("الأول الثاني")
#: Definite plurals in ـات that name states or bodies that speak ("الولايات المتحدة",
#: "الجهات الأمنية", "المنظمات الحقوقية").
_SPEAKING_PLURALS = folded("الولايات الإمارات الجهات المنظمات")
#: Fewest letters of a definite plural in ـات that heads a phrase of things ("التقديرات").
MIN_THINGS_LETTERS = 6


def _things(norms: Sequence[str]) -> bool:
    """ "التقديرات الأولية", "الدراسات الحديثة": a definite plural in ـات with its adjective
    names things that "indicate" (a document with no issuer), never a person (a family name
    such as "السادات" comes alone or with a given name; a body such as "الجوازات" alone)."""
    head = norms[0]
    return (
        len(norms) > 1
        and len(head) >= MIN_THINGS_LETTERS
        and head.startswith("ال")
        and head.endswith("ات")
        and head not in _SPEAKING_PLURALS
        and norms[1].startswith("ال")
    )


def _foreign_first_name(norms: Sequence[str], first_text: str) -> bool:
    """ "فالتر شميدت", "والتر بيل": a foreign first name may open like a definite word with
    و, ف, ب or ك before it, when it is written with a plain "ال" (no "وألقى", folded alike)
    and plain name words follow it."""
    return (
        len(norms) > 1
        and first_text[1:3] == "ال"
        and not any(n.startswith("ال") for n in norms[1:])
    )


#: "روى" (narrated), folded like the name "روي" (Roy), which is written with ي.
NARRATED = fold("روى")


def _given_or_definite_given(norm: str) -> bool:
    """A given name, also one written with the article ("الوليد", "القاسم")."""
    return given_name(norm) or (norm.startswith("ال") and given_name(strip_article(norm)))


#: Most names in a name that opens with a given name and "بن" ("سالم بن حمد سعيد راشد
#: الفلاني"): the father's, grandfather's and forebears' names run on without a "بن" between.
MAX_CHAIN_NAMES = 5


def _fathers_chain(norms: Sequence[str]) -> bool:
    """A given name, then "بن"/"بنت": the fathers' names follow ("سالم بن حمد سعيد راشد
    الفلاني", "سالم بن حمد آل مرزوق"); a name so built may run to five names."""
    return len(norms) > 2 and _given_or_definite_given(norms[0]) and norms[1] in _SON_OF_GIVEN


def _name_reach(norms: Sequence[str]) -> int:
    """Words a name before its title may take: four names, five in a chain of fathers, and
    the "بن"/"آل" that link them."""
    if not _fathers_chain(norms):
        return MAX_NAME_WORDS
    links = sum(n in SON_OF or n == _AL for n in norms[1 : MAX_CHAIN_NAMES * 2])
    return MAX_CHAIN_NAMES + links


def _looks_like_name(norms: list[str], first_text: str = "") -> bool:
    """A short phrase of name-like words: no function words (nor a time, "وعند الوصول", or an
    ordinal, "الأول": "قال أمس الأول" is the day before yesterday), no verbs we know, no
    things (``_things``)."""
    names = len(norms)
    if norms and _given_or_definite_given(norms[0]):
        names -= sum(n in SON_OF for n in norms[1:-1])  # "سالم بن سعيد بن حمد": three names
    most = MAX_NAME_WORDS
    if _fathers_chain(norms) and _TITLES.isdisjoint(norms[2:]):
        # (not "سالم بن علي رئيس نادي الشروق": a name, then his title)
        names -= sum(n == _AL for n in norms[1:-1])
        most = MAX_CHAIN_NAMES
    if not 1 <= names <= most or _things(norms) or (len(norms) == 1 and norms[0] in _ORDINALS):
        return False
    if norms[0] in _WHEN or norms[0] in MANNER_ADVERBS:
        return False
    foreign_first = _foreign_first_name(norms, first_text)
    for k, n in enumerate(norms):
        if _joined_article(n, _JOINED_ARTICLES) and not (k == 0 and foreign_first):
            if not given_name(n):  # ("فالح": a given name, no ف and an article)
                return False
        joined = n[:1] in ("و", "ف") and n[1:] in _NOT_NAMES  # "فهناك", "ولذلك"
        if n in _NOT_NAMES or joined or n in lx.CLAUSE_BREAKERS or n.isdigit() or len(n) < 2:
            return False
        roy = k == 0 and n == NARRATED and first_text.endswith("ي")  # "روي هودجسون"
        if (_bare(n) in lx.VERB_CUES and not roy) or (n in lx.COMPLEMENTISERS and n != "فان"):
            return False  # "فان" may be "van" ("يوهان فان دام"), the rules say where
    return True
