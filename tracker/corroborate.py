"""Link statements of the same claim and decide how well each claim stands (pure).

Two statements are one claim when their content words overlap enough (rapidfuzz token-set
ratio over normalised, article-stripped words) and nothing that changes the meaning differs:
numbers and negation are guards. Each claim's origins are the independence groups of the voices
it traces to; unnamed sources already count with the voice citing them (see sources.origin).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .models import Attribution, Claim, Source, Stance, Statement, Status
from .text import content_words, fold

#: Minimum token-set ratio (0-100) of content words for two statements to be one claim.
LINK_THRESHOLD = 65
#: Minimum Dice overlap of the two content-word sets: token-set ratio alone lets a short
#: statement match any long one that contains its words.
MIN_DICE = 0.3
#: Minimum number of content words two statements must share.
MIN_SHARED_WORDS = 3

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_NEGATIONS = frozenset(
    fold(w)
    for w in ("لا", "لم", "لن", "ليس", "ليست", "not", "no", "never", "n't")
)  # fmt: skip


_DENIAL_FRAME = frozenset(
    content_words("صحة الأنباء التقارير الأخبار المعلومات ما تردد وجود الشائعات الرواية حول أي قيام")
)


@dataclass(frozen=True, slots=True)
class _Item:
    id: str
    words: tuple[str, ...]
    vocabulary: frozenset[str]
    joined: str
    numbers: frozenset[str]
    negated: bool
    stance: Stance | None  # None for the publisher's own statements


def _item(item_id: str, content: str, stance: Stance | None) -> _Item:
    folded = fold(content)
    words = tuple(content_words(folded, folded=True))
    negated = not _NEGATIONS.isdisjoint(folded.split())
    numbers = frozenset(_NUMBER.findall(folded))
    return _Item(item_id, words, frozenset(words), " ".join(words), numbers, negated, stance)


def same_claim(a: _Item, b: _Item) -> bool:
    """True when two statements say the same thing (see module docstring for the guards)."""
    if a.numbers and b.numbers and a.numbers != b.numbers:
        return False
    same_stance = a.stance is b.stance or Stance.DENIES not in (a.stance, b.stance)
    if same_stance and a.negated != b.negated:
        return False
    set_a, set_b = a.vocabulary, b.vocabulary
    if (a.stance is Stance.DENIES) != (b.stance is Stance.DENIES):
        # A denial names what it denies in a few words ("صحة الأنباء عن إغلاق المستشفى"):
        # drop its framing and ask that most of what is left appear in the claim.
        denial, claim = (set_a, set_b) if a.stance is Stance.DENIES else (set_b, set_a)
        denial = denial - _DENIAL_FRAME
        shared = denial & claim
        return len(shared) >= 2 and len(shared) >= 0.6 * len(denial)
    shared = set_a & set_b
    if len(shared) < min(MIN_SHARED_WORDS, len(set_a), len(set_b)):
        return False
    if 2 * len(shared) / (len(set_a) + len(set_b)) < MIN_DICE:
        return False
    return fuzz.token_set_ratio(a.joined, b.joined) >= LINK_THRESHOLD


def link_claims(
    article_id: str,
    attributions: Sequence[Attribution],
    statements: Sequence[Statement],
    publisher: Source,
) -> list[Claim]:
    """Group attributions and own-voice statements into claims with a status and explanation."""
    items = [_item(a.id, a.content, a.stance) for a in attributions]
    items += [_item(s.id, s.content, None) for s in statements]
    # Complete linkage: a statement joins a claim only if it matches every statement in it, so
    # that A~B and B~C (sharing different words) do not chain A and C into one claim. An index
    # from content word to claims keeps the comparisons to claims that share words.
    clusters: list[list[int]] = []
    smallest: list[int] = []  # the fewest content words of any member, per claim
    index_of: dict[str, set[int]] = {}
    for position, item in enumerate(items):
        shared: dict[int, int] = {}
        for word in item.vocabulary:
            for c in index_of.get(word, ()):
                shared[c] = shared.get(c, 0) + 1
        # same_claim needs at least two shared words, or one where a side has only one word.
        candidates = sorted(
            c for c, n in shared.items() if n >= min(2, len(item.vocabulary), smallest[c])
        )
        home = next(
            (c for c in candidates if all(same_claim(items[m], item) for m in clusters[c])), None
        )
        if home is None:
            home = len(clusters)
            clusters.append([position])
            smallest.append(len(item.vocabulary))
        else:
            clusters[home].append(position)
            smallest[home] = min(smallest[home], len(item.vocabulary))
        for word in item.vocabulary:
            index_of.setdefault(word, set()).add(home)
    by_id = {a.id: a for a in attributions}
    by_statement = {s.id: s for s in statements}
    claims = []
    for number, members in enumerate(sorted(clusters, key=min), 1):
        ids = [items[m].id for m in members]
        atts = [by_id[i] for i in ids if i in by_id]
        stated = [by_statement[i] for i in ids if i in by_statement]
        first = atts[0].content if atts else stated[0].content
        claims.append(_claim(f"{article_id}.c{number}", first, atts, stated, publisher))
    return claims


def _claim(
    claim_id: str,
    text: str,
    atts: Sequence[Attribution],
    stated: Sequence[Statement],
    publisher: Source,
) -> Claim:
    asserting = _groups(a for a in atts if a.stance is Stance.ASSERTS)
    denying = _groups(a for a in atts if a.stance is Stance.DENIES)
    if denying:
        status = Status.CONTESTED
    elif len(asserting) >= 2:
        status = Status.CORROBORATED
    elif asserting:
        status = Status.SINGLE_SOURCED
    else:
        status = Status.UNATTRIBUTED
    return Claim(
        id=claim_id,
        text=text,
        attributions=tuple(a.id for a in atts),
        statements=tuple(s.id for s in stated),
        origins=tuple(source.id for source in asserting.values()),
        denying_origins=tuple(source.id for source in denying.values()),
        status=status,
        explanation=explain(status, atts, stated, asserting, denying, publisher),
    )


def _groups(atts: object) -> dict[str, Source]:
    """Origins by independence group, in order of first appearance."""
    out: dict[str, Source] = {}
    for att in atts:  # type: ignore[attr-defined]
        out.setdefault(att.origin.independence_group, att.origin)
    return out


def explain(
    status: Status,
    atts: Sequence[Attribution],
    stated: Sequence[Statement],
    asserting: dict[str, Source],
    denying: dict[str, Source],
    publisher: Source,
) -> str:
    """Say in one line why a claim has its status."""
    places = len(atts) + len(stated)
    where = f"stated {places} time{'s' if places != 1 else ''}"
    if status is Status.UNATTRIBUTED:
        return f"{where}, only in the publisher's own voice ({publisher.name})"
    relays = sorted({v.name for a in atts for v in a.chain if v.id != a.origin.id})
    via = f"; relayed through {', '.join(relays)}" if relays else ""
    merged = _merged_note(atts)
    if status is Status.CONTESTED:
        deny = ", ".join(s.name for s in denying.values())
        said = ", ".join(s.name for s in asserting.values()) or "no one in this article"
        return f"{where}; denied by {deny}; asserted by {said}{via}{merged}"
    if status is Status.SINGLE_SOURCED:
        (origin,) = asserting.values()
        return f"{where}, all tracing to {origin.name}{via}{merged}"
    names = "; ".join(s.name for s in asserting.values())
    return f"{where}, from {len(asserting)} independent origins: {names}{via}{merged}"


def _merged_note(atts: Sequence[Attribution]) -> str:
    """Name origins that count as one because they share an independence group."""
    by_group: dict[str, set[str]] = {}
    for att in atts:
        if att.origin.group:
            by_group.setdefault(att.origin.group, set()).add(att.origin.name)
    notes = [f"{' and '.join(sorted(names))} count as one ({group})"
             for group, names in sorted(by_group.items()) if len(names) > 1]  # fmt: skip
    return "; " + "; ".join(notes) if notes else ""
