"""Statements that tell one formula of two different people (pure).

Papers tell funerals, condolences, appointments and arrests in one formula: "شيع أهالي القرية
جثمان الشهيد فلان بن علان" and "شيع أهالي القرية جثمان الشهيد زيد بن عمرو" share all their
words but the name, and are two facts. Two statements each naming a person the other does not
name in any form are not one claim, however close their other words (``names_apart``).

A name is read where a text gives one: a run of two words or more opening with a given name
(``Words.given_names``: "محمد", "عبدالله" …), or the word after a lead (``Words.name_leads``:
"الشهيد", "المواطن", a kinship word such as "نجل"), the ranks and titles after the lead
skipped ("الشهيد الجندي أول …"). It goes on through the joints of a lineage ("بن", "أبو", "آل")
and the words after them, given names, and one family name. A statement names a person the
other gives when it holds a word of the name that is no given name (the family name: a surname
alone, "الدكتور فلان", names the man "فلان بن علان الفلاني"), every word of a name of given
names only, or a name ending in the same word; words are compared as spellings share them
(``names.skeleton``). Two statements are apart only when both name people and neither names
any of the other's: a name only one gives is a detail, and one person named on both sides
makes the others details too (a list of those present, told twice with one name more).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lang import union
from ..names import skeleton
from ..text import fold

#: Most words a name runs to after its first ("محمد بن علي بن سالم الغامدي").
MAX_NAME_WORDS = 7
#: Shortest word that may open a name after a lead (shorter ones are particles).
MIN_NAME_LETTERS = 3
#: Shortest skeleton two words are compared by (shorter ones are shared by many words).
MIN_SKELETON = 3
#: Longest statement read for names: a longer one (a paragraph, a list of those present)
#: names many people in many roles, where no one name is whom it tells of.
MAX_TEXT = 600

_WORD = re.compile("[\u0621-\u064a\u064b-\u0652\u0640]+|[^\\s\u0621-\u0652\u0640]+")
#: Dashes that close a byline ("فلان الفلاني - الرياض:").
_DASHES = frozenset("-\u2013\u2014")
_LETTERS = re.compile("^[\u0621-\u064a]+$")
#: Proclitics a lead may carry ("والشهيد", "بالمواطن"; "للمواطن" is read too).
_CLITICS = ("و", "ف", "ب", "ل")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Given names, leads, joints and titles, over all languages."""
    return (
        union("given_names"),
        union("name_leads"),
        union("name_joints"),
        union("name_titles") | union("stopwords"),
    )


@cache
def _heads() -> tuple[str, ...]:
    """Heads of compound names, folded ("عبد" of "عبد الله"), over all languages."""
    return tuple(sorted(union("name_heads")))


@cache
def _tails() -> frozenset[str]:
    """``Words.name_tails`` over all languages."""
    return union("name_tails")


@cache
def _lookalikes() -> frozenset[str]:
    """``Words.name_lookalikes`` over all languages."""
    return union("name_lookalikes")


@cache
def _presence() -> frozenset[str]:
    """``Words.presence_words`` over all languages."""
    return union("presence_words")


@cache
def _openings() -> frozenset[str]:
    """Words that may open a name but for a compound name's head (``_given`` and a lead's
    forms, ``_bare``): given names, also after "و", and leads with their proclitics."""
    given, leads, _, _ = _lists()
    return given | {"و" + name for name in given} | _with_clitics(leads)


def _bare(word: str, known: frozenset[str]) -> bool:
    """True when the word, or the word without its proclitic, is one of ``known``."""
    return word in _with_clitics(known)


@cache
def _with_clitics(known: frozenset[str]) -> frozenset[str]:
    """The words of ``known`` with and without each proclitic ("الشهيد", "والشهيد",
    "للشهيد"): one look-up for each word read."""
    forms = set(known)
    for word in known:
        forms.update(clitic + word for clitic in _CLITICS)
        if word.startswith("ال"):
            forms.add("لل" + word[2:])
    return frozenset(forms)


def _given(word: str, raw: str, given: frozenset[str]) -> str | None:
    """The given name a word is, or is after "و" ("ومحمد"), or a compound name opens with
    (``Words.name_heads``: "عبدالرحمن", "عبد"); not a word written as one that only folds
    to a name (``Words.name_lookalikes``: the preposition "على" and "علي")."""
    if raw in _lookalikes():
        return None
    if word[:1] == "و" and word[1:] in given:
        word = word[1:]
    if word in given or word.startswith(_heads()):
        return word
    return None


@lru_cache(maxsize=4096)
def people(text: str) -> tuple[tuple[str, ...], ...]:
    """The names of people a statement gives, each a tuple of folded words, in order.

    A name opened by a given name must run to two words at least ("عز وجل", "فضل الله" are
    no one); one after a lead may be a single word ("الشهيد فلان"). Those named after a word
    of presence ("بحضور فلان") are left out: who attended is a detail of the event; so is
    the writer's name opening a text before a dash ("فلان الفلاني - الرياض:"), a byline."""
    given, leads, joints, titles = _lists()
    raws = _WORD.findall(text)
    words = _WORD.findall(fold(text))
    if len(words) != len(raws):  # a word of marks alone, which folding deletes
        words = [fold(w) for w in raws]
    presence = _presence()
    cut = next((n for n, word in enumerate(words) if word in presence), len(words))
    raws, words = raws[:cut], words[:cut]
    found: list[tuple[str, ...]] = []
    # Only a given name (also after "و"), a compound name's head or a lead opens a name: the
    # words that may are picked out by a set test, and the others stepped over at once.
    opening, heads = _openings(), _heads()
    may_open = [n for n, word in enumerate(words) if word in opening or word.startswith(heads)]
    k = 0
    at = 0
    while at < len(words):
        while k < len(may_open) and may_open[k] < at:
            k += 1
        if k == len(may_open):
            break
        at = may_open[k]
        start = _given(words[at], raws[at], given)
        begin, led = at, False
        if start is None and _bare(words[at], leads):
            begin = at + 1
            while begin < len(words) and _bare(words[begin], titles):
                begin += 1
            if begin < len(words) and _name_word(words[begin], titles):
                start = words[begin]
                led = _given(start, raws[begin], given) is not None
        if start is None:
            at += 1
            continue
        name = [start]
        end = begin + 1
        while end < len(words) and len(name) < MAX_NAME_WORDS:
            word = words[end]
            after_joint = name[-1] in joints or name[-1] in _heads()
            lineage = word in joints or word in _heads() or _given(word, raws[end], given)
            if lineage or word in _tails() or (after_joint and _LETTERS.match(word)):
                name.append(word)
            elif _family(word, titles):
                name.append(word)
                end += 1
                break
            else:
                break
            end += 1
        while name and name[-1] in joints:
            name.pop()
        byline = at == 0 and end < len(words) and words[end] in _DASHES
        if (len(name) > 1 or led) and not byline:
            found.append(tuple(_joined(name)))
        at = max(end, at + 1)
    return tuple(found)


def _name_word(word: str, titles: frozenset[str]) -> bool:
    """A word that may open a name after a lead: letters only, long enough, no title or
    stopword, not definite (an adjective: "الشهيد البطل")."""
    return (
        len(word) >= MIN_NAME_LETTERS
        and _LETTERS.match(word) is not None
        and not word.startswith(("ال", "و"))
        and not _bare(word, titles)
    )


def _family(word: str, titles: frozenset[str]) -> bool:
    """A family name closing a name ("الغامدي"): definite, no title, no stopword, no noun in
    the feminine ("التاريخية" after "قلعة الملك فلان"), not "الله"."""
    return (
        word.startswith("ال")
        and len(word) > MIN_NAME_LETTERS + 1
        and not word.endswith("ه")
        and _LETTERS.match(word) is not None
        and not _bare(word, titles)
    )


def _joined(name: list[str]) -> list[str]:
    """A compound name's head joined to the word after it (``Words.name_heads``): "عبد الله"
    and "عبدالله" are one word."""
    out: list[str] = []
    for word in name:
        if out and out[-1] in _heads():
            out[-1] += word
        else:
            out.append(word)
    return out


def _named_in(name: tuple[str, ...], text: str) -> bool:
    """True when a text names the person in some form: a word of the name that is no given
    name (the family name, "فلان" alone after "الدكتور"), or all its words when it is all
    given names ("محمد بن علي")."""
    given, _, joints, _ = _lists()
    words = [word for word in name if word not in joints]
    held = _text_keys(text)
    own = [_key(w) for w in words if w not in given and not w.startswith(_heads())]
    if own:
        return any(key in held for key in own)
    return all(_key(word) in held for word in words)


@lru_cache(maxsize=4096)
def _text_keys(text: str) -> frozenset[str]:
    """The keys (``_key``) of a text's words, and of each word without a proclitic."""
    keys: set[str] = set()
    for word in _joined([fold(word) for word in _WORD.findall(text)]):
        keys.add(_key(word))
        if word[:1] in _CLITICS and len(word) > MIN_NAME_LETTERS:
            keys.add(_key(word[1:]))
    return frozenset(keys)


@cache
def _key(word: str) -> str:
    """A name's word as spellings share it: no article, its consonant skeleton, or the word
    itself when the skeleton is shorter than ``MIN_SKELETON`` ("شوشة" is "s", as "شيع" is)."""
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
    key = skeleton(bare)
    return key if len(key) >= MIN_SKELETON else "=" + bare


def names_apart(mine: str, theirs: str) -> bool:
    """True when two statements each name people and neither names any of the other's, in
    any form (``_named_in``): two facts of two people told in one formula."""
    if len(mine) > MAX_TEXT or len(theirs) > MAX_TEXT:
        return False
    a, b = people(mine), people(theirs)
    if not a or not b:
        return False
    if any(_last(x) == _last(y) for x in a for y in b):
        return False
    return not any(_named_in(x, theirs) for x in a) and not any(_named_in(y, mine) for y in b)


def _last(name: tuple[str, ...]) -> str:
    """The last word of a name as spellings share it: two names ending alike ("فلان بن علي
    صالح", "علي صالح") may be one man's, the one given in full and the other in part."""
    return _key(name[-1])
