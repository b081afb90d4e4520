"""A negation the negating particles miss: "without" before what did not happen (pure).

"انفجار في سوق الوادي دون سقوط ضحايا" says no one died, "انفجار في سوق الوادي وسقوط ضحايا"
that some did: the two share nearly every word, so two statements of which only one says
"without" are not confirmed as one claim across articles. Within an article "without" is often
a detail ("بطاقة تمكنه من السحب دون الحاجة لمراجعة المكتب"), so it is no negation of the
whole statement (``MatchKey.negated``). Before a number it means "below" ("تراجع سعر القمح
دون 300 دولار"), and negates nothing.

"Without" is a detail, though, in a statement that says all another says and more: "أبقى
المصرف سعر الفائدة دون تغيير وتراجعت الليرة" and "تراجعت الليرة" are one claim, as the second
says nothing the first withholds or does not say. A second that adds a word of its own may say
in other words what the first says did not happen ("قتلى" for "دون ضحايا"): kept apart
(``contradicts``).

A verb that denies ("تنفي", "denies") negates a statement as a particle does.

Some fixed phrases open with a negating particle and negate nothing: "لا يزال" / "ما زال" /
"لم يزل" mean "still", "لا سيما" "especially", "لا بد" "must", "لا شك" "surely", "ليس فقط"
"not only", "لا يقل عن" / "no fewer than" "at least", "ما لم" "unless", "لا يوجد شك" /
"ليس هناك أدنى شك" "surely" (as "لا شك"), and a particle an
exception follows says "only" ("لا يملك سوى …"): "لا تزال الطرق مغلقة في الوادي" says the
roads are closed, as "الطرق مغلقة في الوادي" does (``negates``). "سوى" says "only" further
from its particle too, when no other clause opens between ("لم تتم السيطرة على واحد من أكبر
الحرائق في منطقة الوادي سوى بنسبة 5": ``_excepted_far``), and "لا" after a preposition or a
noun of a place, before no verb, is the article of a transliterated name ("في لا فيرنا":
``_article_of_name``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..lang import content_words, union
from ..text import fold, words_of
from .morph import related
from .numbers import spelled_numbers

#: Statements whose "without", negated and withheld words are kept: each is weighed against many
#: others (the candidates of cross-article linking), and working them out reads the whole text.
TEXTS_KEPT = 65_536

#: Folded forms of "without", with a conjunction or preposition before them.
WITHOUT = frozenset({"دون", "بدون", "ودون", "وبدون", "without"})

#: The negating particles of every language (``Words.negations``), folded.
NEGATIONS = union("negations")
#: Folded verbs of preventing: negated, they negate nothing of what follows ("لن يمنع
#: الاتفاق الشركة من رفع الأسعار" says the company may raise prices, as "سترفع الشركة الأسعار"
#: does, and not what "لن ترفع الشركة الأسعار" says).
PREVENTING = frozenset(
    {"يمنع", "تمنع", "يمنعها", "يمنعه", "تمنعها", "تمنعه", "يمنعهم", "تمنعهم"}
    | {"prevent", "prevents"}
)
#: Folded words after which a negating particle negates nothing ("لا يزال": still; "لا
#: تنفك" / "لا يفتأ": keeps on; "لا سيما": especially; "لا بد": must; "لم يزل": still; "لا
#: شك" / "no doubt": surely; "ليس فقط" / "not only": and more; "ما لا يقل عن 20" / "no fewer
#: than 20": at least, a bound of a count that "20 على الأقل" gives as well).
NOT_NEGATED = frozenset(
    {"يزال", "تزال", "يزالون", "تزالان", "يزالان", "نزال", "ازال", "زال", "زالت"}
    | {"ينفك", "تنفك", "ننفك", "انفك", "ينفكون", "يفتا", "تفتا", "نفتا", "افتا", "يفتوون"}
    | {"يزل", "تزل", "سيما", "بد", "شك", "ريب", "فقط", "doubt", "only"}
    | {"يقل", "تقل", "fewer", "less"}
    | PREVENTING
)


#: Folded verbs that deny what follows them, as a negating particle does: "تنفي الوزارة
#: وجود خطط لإغلاق المصنع" says what "لا خطط لإغلاق المصنع" says.
DENYING_VERBS = frozenset(
    {"نفى", "نفي", "نفت", "ينفي", "تنفي", "ونفى", "ونفي", "ونفت", "وينفي", "وتنفي"}
    | {"deny", "denies", "denied"}
)


#: Folded words of exception ("لا … سوى", "لم … إلا": only) and how many words after the
#: particle they may stand: "لا تملك الشركة سوى مصنع واحد" says it owns one factory. "إلا
#: أن" is "however", no exception ("لم تعلن الوزارة الحصيلة، إلا أن مصادر قالت …").
EXCEPT = frozenset(words_of(fold("سوى إلا")))
EXCEPT_WITHIN = 8
HOWEVER = frozenset(words_of(fold("أن ان")))


#: "ما لم" is "unless": a condition, no negation ("يصل القطار غدا ما لم تهب عاصفة").
UNLESS = frozenset({"لم"})
UNLESS_BEFORE = frozenset({"ما"})


def _excepted(words: Sequence[str], start: int) -> bool:
    """True when an exception (not "إلا أن") stands within ``EXCEPT_WITHIN`` words of
    ``start``."""
    for n in range(start, min(start + EXCEPT_WITHIN, len(words))):
        if words[n] in EXCEPT and (n + 1 == len(words) or words[n + 1] not in HOWEVER):
            return True
    return False


def negates(words: Sequence[str]) -> bool:
    """True when a statement's folded words (``text.words_of``) hold a verb that denies, or a
    negating particle that is not the first word of a fixed phrase negating nothing (see the
    module docstring)."""
    if not DENYING_VERBS.isdisjoint(words):
        return True
    if NEGATIONS.isdisjoint(words):
        return False
    return any(_negating(words, n) for n in range(len(words)))


#: Folded words that say a thing is there ("لا يوجد", "ليس هناك"), and those of doubt: "لا
#: يوجد شك" / "ليس هناك أدنى شك" say "surely", as "لا شك" does ("there is no doubt" is read
#: by ``NOT_NEGATED``, its particle standing right before "doubt").
THERE_IS = frozenset({"يوجد", "توجد", "هناك", "ثمه"})
DOUBT = frozenset({"شك", "ريب"})
#: Words after the one saying a thing is there that the doubt may stand behind ("أدنى").
DOUBT_WITHIN = 2


def _negating(words: Sequence[str], n: int) -> bool:
    """True when the ``n``-th word is a negating particle that negates (``negates``)."""
    word = words[n]
    if word not in NEGATIONS:
        return False
    if n + 1 < len(words) and words[n + 1] in NOT_NEGATED:
        return False
    if n + 1 < len(words) and words[n + 1] in THERE_IS:
        if not DOUBT.isdisjoint(words[n + 2 : n + 2 + DOUBT_WITHIN]):
            return False
    if n and word in UNLESS and words[n - 1] in UNLESS_BEFORE:
        return False
    if _article_of_name(words, n):
        return False
    return not (_excepted(words, n + 1) or _excepted_far(words, n + 1))


#: Folded prepositions and nouns of a place after which "لا" before no verb is the article
#: of a name written in Arabic letters ("في لا فيرنا", "جزيرة لا مارسا"), not a negation.
#: Not "من", also "who": "من لا مأوى له" negates.
NAME_ARTICLE = frozenset({"لا"})
PLACE_BEFORE = frozenset(
    words_of(fold("في إلى الى على جزيرة مدينة ولاية بلدة منطقة مقاطعة ميناء نهر"))
)
#: "لا شيء" is "nothing" after a preposition too ("انتهى الأمر إلى لا شيء").
NOTHING = frozenset({"شيء", "شي"})
#: Letters of the present tense: "لا" before a verb negates it ("تي في لا يشكل خطرا").
PRESENT = ("ي", "ت", "ن", "ا")


def _article_of_name(words: Sequence[str], n: int) -> bool:
    """True when the ``n``-th word is "لا" after a preposition or a noun of a place and
    before no verb of the present: the article of a transliterated name ("وقع الحادث في
    لا فيرنا" names a town, as "في لافيرنا" does)."""
    if words[n] not in NAME_ARTICLE or not n or n + 1 >= len(words):
        return False
    after = words[n + 1]
    if words[n - 1] not in PLACE_BEFORE or after.startswith(PRESENT):
        return False
    return not (NOT_NEGATED | THERE_IS | DOUBT | NOTHING).intersection((after,))


#: The exception "سوى" may stand further from its particle when nothing between opens
#: another clause: "لم تتم السيطرة على واحد من أكبر الحرائق في منطقة الوادي سوى بنسبة 5".
EXCEPT_FAR = frozenset(words_of(fold("سوى")))
EXCEPT_FAR_WITHIN = 14
#: Folded words that open another clause, which an exception further on belongs to.
CLAUSE_OPENERS = frozenset(words_of(fold("أن إن ان انه انها لكن ولكن بينما حيث إذ اذ قال"))) | {
    "لكنه",
    "لكنها",
    "فيما",
}


def _excepted_far(words: Sequence[str], start: int) -> bool:
    """True when "سوى" (not "سوى أن", as "إلا أن" is no exception in ``_excepted``) stands
    within ``EXCEPT_FAR_WITHIN`` words of ``start`` with no negating particle, denying verb
    or word opening another clause before it."""
    for n in range(start, min(start + EXCEPT_FAR_WITHIN, len(words))):
        word = words[n]
        if word in EXCEPT_FAR:
            return n + 1 == len(words) or words[n + 1] not in HOWEVER
        if word in NEGATIONS or word in DENYING_VERBS or word in CLAUSE_OPENERS:
            return False
    return False


@lru_cache(maxsize=TEXTS_KEPT)
def says_without(text: str) -> bool:
    """True when a statement holds a "without" that is not "below" a number (kept: the store
    asks again for each new neighbour)."""
    return without(words_of(fold(text)))


def without(words: Sequence[str]) -> bool:
    """True when a statement's folded words (``text.words_of``) hold a "without" that is not
    "below" a number (see the module docstring)."""
    if WITHOUT.isdisjoint(words):
        return False
    for n, word in enumerate(words):
        if word not in WITHOUT:
            continue
        after = words[n + 1] if n + 1 < len(words) else ""
        if not (any(c.isdigit() for c in after) or spelled_numbers([after])):
            return True
    return False


#: Words after a "without" read for what it says did not happen, and how many of their
#: content words count ("دون أن يسقط ضحايا": يسقط, ضحايا).
WITHHELD_SPAN = 3
WITHHELD_WORDS = 2


@lru_cache(maxsize=TEXTS_KEPT)
def withheld(text: str) -> tuple[str, ...]:
    """The content words a statement says did not happen: the first ``WITHHELD_WORDS`` of
    the ``WITHHELD_SPAN`` words after each "without" that is not "below" a number."""
    words = words_of(fold(text))
    out: list[str] = []
    for n, word in enumerate(words):
        if word not in WITHOUT:
            continue
        after = words[n + 1 : n + 1 + WITHHELD_SPAN]
        if after and (any(c.isdigit() for c in after[0]) or spelled_numbers(after[:1])):
            continue
        out += content_words(after)[:WITHHELD_WORDS]
    return tuple(out)


def contradicts(text: str, other: Sequence[str]) -> bool:
    """True when a statement saying "without" may deny what ``other`` (content words of a
    statement not saying it) says happened: it is no detail (``_detail``; see the module
    docstring). The other saying anything more may say in other words what did not happen
    ("قتلى" for "دون ضحايا")."""
    return not _detail(withheld(text), text, other)


def negation_is_detail(text: str, other: Sequence[str]) -> bool:
    """True when a negated statement's negation is a detail ``other`` (content words of a
    statement not negated) says nothing of: each word of ``other`` has a form among the
    statement's words outside what its negations govern, and none among those. "اندلع حريق في
    المخزن ولم يصب العمال" and "اندلع حريق في المخزن" are one claim; "لم يندلع حريق في المخزن"
    and "اندلع حريق في المخزن" are not."""
    return _detail(governed(text), text, other)


@lru_cache(maxsize=TEXTS_KEPT)
def governed(text: str) -> tuple[str, ...]:
    """The content words each negating word of a statement governs (``negates``): the first
    ``WITHHELD_WORDS`` of the ``WITHHELD_SPAN`` words after it ("لا يوجد اتفاق": the verb and
    what it says is not there)."""
    words = words_of(fold(text))
    out: list[str] = []
    for n, word in enumerate(words):
        if word in DENYING_VERBS or _negating(words, n):
            out += content_words(words[n + 1 : n + 1 + WITHHELD_SPAN])[:WITHHELD_WORDS]
    return tuple(out)


def _detail(covered: Sequence[str], text: str, other: Sequence[str]) -> bool:
    """True when the words a statement ``covered`` (withholds or negates) are a detail beside
    ``other``: none has a form among them (``morph.related``), and each of them has a form
    among the statement's other words. Nothing covered tells nothing: no detail."""
    if not covered or any(related(w, o) for w in covered for o in other):
        return False
    rest = [w for w in _content(text) if w not in covered]
    return all(any(related(o, w) for w in rest) for o in other)


@lru_cache(maxsize=TEXTS_KEPT)
def _content(text: str) -> tuple[str, ...]:
    """A statement's content words, kept: one statement is weighed against many others."""
    return tuple(content_words(text))
