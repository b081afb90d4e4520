"""A voice that claims what followed another voice's event (pure).

"توقع المحلل ارتفاع أسعار الإسمنت بعد إغلاق المصنع الشمالي" and "أعلنت الشركة إغلاق المصنع
الشمالي" share the closure, and their words overlap enough to link; but the analyst names the
closure only as the time or the cause of what he claims, the rise in prices, which the company
does not say. They are two claims: linked, the analyst would count as a second origin of the
closure, which he did not announce.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..lang import content_words
from ..text import fold, words_of
from .morph import forms_index, has_form_in

#: Words that open a clause naming the event after which, or by which, the main clause's
#: claim comes about (folded).
SEQUEL_WORDS = frozenset(
    fold(word) for word in ("بعد", "بعدما", "إثر", "عقب", "جراء", "بسبب", "after", "following")
)
#: Marks that end the clause such a word opens: what comes after is another clause.
_CLAUSE_END = re.compile(r"[،,.؛;:«»“”\"()\[\]]")
#: A word, as ``text.words_of`` reads them.
_WORD = re.compile(r"\w+")
#: Content words of the main clause, at least, that have no form in the other statement:
#: the claim of its own the longer statement makes ("وزير التعليم بعد اطلاعه على … أكد"
#: opens with its speaker's title, not with a claim).
OWN_WORDS = 3
#: Words of the other statement, at least, that have a form in the clause after the word,
#: and the share of its words they make: the event both name.
EVENT_WORDS = 2
EVENT_SHARE = 0.5
#: Words of the other statement, at most, that have a form in the main clause.
MAIN_HELD = 1


def sequel_apart(short: Sequence[str], long_text: str) -> bool:
    """True when ``long_text`` claims what came after, or of, the event that a statement of
    content words ``short`` tells: the words of ``short`` are said in the clause a word such
    as "بعد" or "إثر" opens in ``long_text`` (``EVENT_WORDS`` or more, ``EVENT_SHARE`` of them;
    at most ``MAIN_HELD`` before it), and the main clause before that word has content words
    of its own (``OWN_WORDS`` or more, half its content words or more) with no form in
    ``short``."""
    if not short:
        return False
    main, event = _clauses(long_text)
    if not main or not event:
        return False
    mine = forms_index(short)
    own = [w for w in main if not has_form_in(w, short, mine)]
    if len(own) < OWN_WORDS or 2 * len(own) < len(main):
        return False
    in_main, in_event = forms_index(main), forms_index(event)
    if sum(1 for w in short if has_form_in(w, main, in_main)) > MAIN_HELD:
        return False
    told = sum(1 for w in short if has_form_in(w, event, in_event))
    return told >= EVENT_WORDS and told >= EVENT_SHARE * len(short)


@lru_cache(maxsize=65_536)
def _clauses(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The content words of the clause a text's first word such as "بعد" (not its first word)
    ends, from the mark before it (``_CLAUSE_END``), and of the clause that word opens, up to
    the next mark; two empty tuples when it has none."""
    folded = fold(text)
    runs = list(_WORD.finditer(folded))
    at = next((n for n, run in enumerate(runs) if n and _opens_sequel(run.group())), None)
    if at is None:
        return (), ()
    clause = _CLAUSE_END.split(folded[runs[at].end() :], maxsplit=1)[0]
    # The main clause is the one the word ends: "أحضرت الطفلة، وبعد الكشف عليها تبين …" opens
    # a clause of its own after the comma, whose claim follows the word.
    main = _CLAUSE_END.split(folded[: runs[at].start()])[-1]
    return tuple(content_words(words_of(main))), tuple(content_words(words_of(clause)))


def _opens_sequel(word: str) -> bool:
    """True for a folded word such as "بعد"; not "وبعد", which opens a clause of its own
    ("… ونقل إلى العيادة وبعد فحصه اتضح أن الكسر بسيط": its claim follows the word)."""
    return word in SEQUEL_WORDS


#: Nouns by which a voice weighs what it names rather than telling it ("أهمية", "ضرورة"),
#: folded; read as a statement's first word, or after "على" ("أكد على أهمية …").
WEIGHING_NOUNS = frozenset(
    fold(word) for word in ("أهمية", "ضرورة", "خطورة", "importance", "significance")
)
#: Relative pronouns that open a clause describing a noun ("الجولة التي أجراها …"), folded.
_RELATIVES = frozenset(
    fold(word) for word in ("التي", "الذي", "اللذين", "اللتين", "الذين", "that", "which")
)
#: Words read after the weighing noun for the relative pronoun: the noun it weighs, and one
#: word qualifying it ("أهمية الجولة الرسمية التي …", "the importance of the tour that").
WEIGHED_WITHIN = 3


def weighs_event(text: str) -> bool:
    """True when a statement weighs an event it describes only in a relative clause ("أهمية
    الجولة التي أجراها الوزير …"): the voice asserts the event's importance, not the event."""
    words = _opening(text)
    return (
        bool(words)
        and words[0] in WEIGHING_NOUNS
        and not _RELATIVES.isdisjoint(words[2 : 2 + WEIGHED_WITHIN])
    )


def weighs(text: str) -> bool:
    """True when a statement opens with a weighing noun ("ضرورة التقيد بالأنظمة …")."""
    words = _opening(text)
    return bool(words) and words[0] in WEIGHING_NOUNS


def _opening(text: str) -> list[str]:
    """A statement's first folded words, "على" or "of the" before a weighing noun aside."""
    words = words_of(fold(text[:_OPENING_CHARS]))
    while words and words[0] in _LEADS:
        words = words[1:]
    return words


#: Characters of a statement's start read for its opening.
_OPENING_CHARS = 80
#: Words before a weighing noun that leave it the opening ("على أهمية", "the importance").
_LEADS = frozenset({fold("على"), "علي", "the"})
