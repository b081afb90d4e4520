"""Link statements of the same claim, within an article and across a corpus, and judge them (pure).

Two statements are one claim when their content words overlap enough (rapidfuzz token-set
ratio over normalised, article-stripped words, and the Dice overlap of the word sets) and
nothing that changes the meaning differs: numbers and negation are guards, and short texts must
share all their words. Across articles there are two tiers: a *confirmed* link merges claims, a
*suggested* one is only reported. Candidates are found by blocking on each statement's rarest
words, so the cost grows with the corpus, not with its square.

Independence: a statement's origin is the innermost named voice of its chain (unnamed sources
count with the voice citing them); origins in one registry group count once; what an article
says in its own voice belongs to the wire it is credited to, or to its publisher; and an
article that repeats an earlier one nearly word for word is a relay of it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from rapidfuzz import fuzz

from .lang import content_words, union
from .models import (
    Article,
    ArticleResult,
    Attribution,
    Claim,
    CorpusClaim,
    Link,
    MatchKey,
    Relay,
    Source,
    Stance,
    Statement,
    Status,
)
from .text import Sentence, fold, normalize, split_sentences, words_of


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Claim-matching thresholds; see README, "Claim linking"."""

    #: Token-set ratio (0-100) and Dice overlap for a link within an article, and for a
    #: *suggested* link across articles.
    link_ratio: float = 65
    link_dice: float = 0.3
    #: The same for a *confirmed* link across articles (confirmed links merge claims).
    confirm_ratio: float = 80
    confirm_dice: float = 0.5
    #: Content words two statements must share at least.
    min_shared: int = 3
    #: Statements with fewer content words than this link only when their words are the same.
    short_words: int = 4
    #: Rarest words per statement used to find candidates, and the most statements a word may
    #: be in before it is too common to block on.
    block_words: int = 4
    max_postings: int = 60
    #: Sentences an article must share with an earlier one to count as its copy: at least
    #: this many, and this share of the copy's own long sentences.
    copy_sentences: int = 2
    copy_share: float = 0.5


DEFAULT = Thresholds()

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_NEGATIONS = union("negations")
_DENIAL_FRAME = union("denial_frame")


def match_key(item_id: str, article: str, content: str, stance: Stance | None) -> MatchKey:
    """What claim matching needs to know about one statement."""
    folded = fold(content)
    words = words_of(folded)
    return MatchKey(
        item_id,
        article,
        tuple(sorted(set(content_words(words)))),
        tuple(sorted(set(_NUMBER.findall(folded)))),
        not _NEGATIONS.isdisjoint(words),
        stance,
    )


def match_keys(
    attributions: Iterable[Attribution], statements: Iterable[Statement]
) -> list[MatchKey]:
    """Match keys of an article's attributions, then its own-voice statements."""
    out = [match_key(a.id, a.article, a.content, a.stance) for a in attributions]
    out += [match_key(s.id, s.article, s.content, None) for s in statements]
    return out


def joined(key: MatchKey) -> str:
    """The statement's words as one string for rapidfuzz (token_set_ratio ignores order)."""
    return " ".join(key.vocabulary)


def score(
    a: MatchKey, b: MatchKey, t: Thresholds = DEFAULT, texts: tuple[str, str] | None = None
) -> tuple[float, float] | None:
    """(token-set ratio, Dice) of two statements, or None when a guard keeps them apart.

    ``texts`` are joined(a) and joined(b) when the caller has them already.
    """
    if a.numbers and b.numbers and a.numbers != b.numbers:
        return None
    set_a, set_b = set(a.vocabulary), set(b.vocabulary)
    if (a.stance is Stance.DENIES) != (b.stance is Stance.DENIES):
        # A denial names what it denies in a few words ("صحة الأنباء عن إغلاق المستشفى"):
        # drop its framing and ask that most of what is left appear in the claim.
        denial, claim = (set_a, set_b) if a.stance is Stance.DENIES else (set_b, set_a)
        denial = denial - _DENIAL_FRAME
        shared = denial & claim
        if len(shared) >= 2 and len(shared) >= 0.6 * len(denial):
            return 100.0, 1.0
        return None
    if a.negated != b.negated:
        return None
    if min(len(set_a), len(set_b)) < t.short_words:
        return (100.0, 1.0) if set_a == set_b and set_a else None
    shared = set_a & set_b
    if len(shared) < min(t.min_shared, len(set_a), len(set_b)):
        return None
    dice = 2 * len(shared) / (len(set_a) + len(set_b))
    if dice < t.link_dice:
        return None
    first, second = texts or (joined(a), joined(b))
    return fuzz.token_set_ratio(first, second), dice


def same_claim(
    a: MatchKey, b: MatchKey, t: Thresholds = DEFAULT, texts: tuple[str, str] | None = None
) -> bool:
    """True when two statements say the same thing (see the module docstring)."""
    found = score(a, b, t, texts)
    return found is not None and found[0] >= t.link_ratio


# --- status ---------------------------------------------------------------------------------


def _groups(voices: Iterable[Source]) -> dict[str, Source]:
    """Voices by independence group, in order of first appearance."""
    out: dict[str, Source] = {}
    for voice in voices:
        out.setdefault(voice.independence_group, voice)
    return out


@dataclass(frozen=True, slots=True)
class Standing:
    """Who asserts and who denies a claim, and the status that follows."""

    status: Status
    asserting: dict[str, Source]
    denying: dict[str, Source]
    own_voices: dict[str, Source]


def standing(
    atts: Sequence[Attribution], stated: Sequence[Statement], voice_of: dict[str, Source]
) -> Standing:
    """Judge a claim from its attributions and own-voice statements.

    Statements credited to a wire assert it in the wire's name; other own-voice statements
    only make it unattributed. ``voice_of`` maps a statement id to the voice it counts as
    (after relays are collapsed).
    """
    credited = [voice_of[s.id] for s in stated if s.credited]
    asserting = _groups([a.origin for a in atts if a.stance is Stance.ASSERTS] + credited)
    denying = _groups(a.origin for a in atts if a.stance is Stance.DENIES)
    own = _groups(voice_of[s.id] for s in stated if not s.credited)
    if denying:
        status = Status.CONTESTED
    elif len(asserting) >= 2:
        status = Status.CORROBORATED
    elif asserting:
        status = Status.SINGLE_SOURCED
    else:
        status = Status.UNATTRIBUTED
    return Standing(status, asserting, denying, own)


def _names(voices: Iterable[Source]) -> str:
    return ", ".join(v.name for v in voices)


def explain(
    judged: Standing,
    atts: Sequence[Attribution],
    stated: Sequence[Statement],
    *,
    articles: int = 1,
    outlets: int = 1,
    relays: Sequence[Relay] = (),
) -> str:
    """Say in one line why a claim has its status."""
    places = len(atts) + len(stated)
    where = f"stated {places} time{'s' if places != 1 else ''}"
    if articles > 1:
        where += f" in {articles} articles from {outlets} outlet{'s' if outlets != 1 else ''}"
    relay_names = sorted({v.name for a in atts for v in a.chain if v.id != a.origin.id})
    tail = f"; relayed through {', '.join(relay_names)}" if relay_names else ""
    tail += _merged_note(judged, atts, stated)
    if relays:
        copies = "; ".join(f"{r.copy_publisher} copies {r.original_publisher}" for r in relays)
        tail += f"; {copies} (near-verbatim)"
    if judged.status is Status.UNATTRIBUTED:
        whose = "publisher's" if len(judged.own_voices) == 1 else "publishers'"
        return (
            f"{where}, only in the {whose} own voice ({_names(judged.own_voices.values())}){tail}"
        )
    if judged.status is Status.CONTESTED:
        said = _names(judged.asserting.values()) or "no one"
        return f"{where}; denied by {_names(judged.denying.values())}; asserted by {said}{tail}"
    if judged.status is Status.SINGLE_SOURCED:
        (origin,) = judged.asserting.values()
        return f"{where}, all tracing to {origin.name}{tail}"
    count = len(judged.asserting)
    return f"{where}, from {count} independent origins: {_names(judged.asserting.values())}{tail}"


def _merged_note(judged: Standing, atts: Sequence[Attribution], stated: Sequence[Statement]) -> str:
    """Name origins that count as one because they share an independence group."""
    by_group: dict[str, set[str]] = {}
    voices = [a.origin for a in atts] + [s.voice for s in stated if s.credited]
    for voice in voices:
        if voice.group:
            by_group.setdefault(voice.group, set()).add(voice.name)
    notes = [
        f"{' and '.join(sorted(names))} count as one ({group})"
        for group, names in sorted(by_group.items())
        if len(names) > 1
    ]
    return "; " + "; ".join(notes) if notes else ""


# --- within one article ------------------------------------------------------------------------


def link_claims(
    article_id: str,
    attributions: Sequence[Attribution],
    statements: Sequence[Statement],
    t: Thresholds = DEFAULT,
    *,
    keys: Sequence[MatchKey] | None = None,
) -> list[Claim]:
    """Group an article's attributions and own-voice statements into claims.

    ``keys`` are their match keys in that order, when already computed.
    """
    items = list(keys) if keys is not None else match_keys(attributions, statements)
    clusters = _complete_linkage(items, t)
    by_id = {a.id: a for a in attributions}
    by_statement = {s.id: s for s in statements}
    voice_of = {s.id: s.voice for s in statements}
    claims = []
    for number, members in enumerate(sorted(clusters, key=min), 1):
        ids = [items[m].id for m in members]
        atts = [by_id[i] for i in ids if i in by_id]
        stated = [by_statement[i] for i in ids if i in by_statement]
        judged = standing(atts, stated, voice_of)
        claims.append(
            Claim(
                id=f"{article_id}.c{number}",
                text=atts[0].content if atts else stated[0].content,
                attributions=tuple(a.id for a in atts),
                statements=tuple(s.id for s in stated),
                origins=tuple(v.id for v in judged.asserting.values()),
                denying_origins=tuple(v.id for v in judged.denying.values()),
                status=judged.status,
                explanation=explain(judged, atts, stated),
            )
        )
    return claims


def _complete_linkage(items: Sequence[MatchKey], t: Thresholds) -> list[list[int]]:
    """Cluster statements so that every member matches every other (no chaining A~B~C).

    An index from content word to clusters keeps comparisons to clusters sharing words. Only
    clusters holding an attribution are indexed: an article's own sentences are compared with
    what its sources said, not with each other (they seldom repeat a claim, and linking across
    articles still merges them when they do). Only the words the corpus blocks on are indexed
    (see _blockable), so no word leads to more than ``t.max_postings`` clusters and the cost
    grows with the statements, not with their square.
    """
    blockable = _blockable(items, t)
    clusters: list[list[int]] = []
    smallest: list[int] = []  # the fewest content words of any member, per cluster
    index_of: dict[str, set[int]] = {}
    texts: dict[int, str] = {}

    def text(position: int) -> str:
        if position not in texts:
            texts[position] = joined(items[position])
        return texts[position]

    for position, item in enumerate(items):
        shared: dict[int, int] = {}
        for word in item.vocabulary:
            for c in index_of.get(word, ()):
                shared[c] = shared.get(c, 0) + 1
        # A link needs two shared words, or one where a side has only one word.
        candidates = sorted(
            c for c, n in shared.items() if n >= min(2, len(item.vocabulary), smallest[c])
        )
        home = next(
            (
                c
                for c in candidates
                if all(
                    same_claim(items[m], item, t, (text(m), text(position))) for m in clusters[c]
                )
            ),
            None,
        )
        if home is None:
            home = len(clusters)
            clusters.append([position])
            smallest.append(len(item.vocabulary))
        else:
            clusters[home].append(position)
            smallest[home] = min(smallest[home], len(item.vocabulary))
        if item.stance is not None:
            for word in item.vocabulary:
                if word in blockable:
                    index_of.setdefault(word, set()).add(home)
    return clusters


# --- across a corpus ---------------------------------------------------------------------------


def fingerprints(article: Article, sentences: Iterable[Sentence] | None = None) -> tuple[str, ...]:
    """Hashes of an article's long sentences (eight words or more), normalised, for copy finding.

    ``sentences`` are the article's sentences when already split.
    """
    own: set[str] = set()
    if sentences is None:
        sentences = split_sentences(article.text, article.body_start)
    for sentence in sentences:
        key = normalize(article.text[sentence.start : sentence.end])
        if len(key.split()) >= 8:
            own.add(hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])
    return tuple(sorted(own))


def find_relays(results: Sequence[ArticleResult], t: Thresholds = DEFAULT) -> list[Relay]:
    """Articles that repeat an earlier article nearly word for word.

    Long sentences (eight words or more) are hashed after normalisation; an article sharing
    enough of its long sentences with another is the later one's copy (by date, then by input
    order when dates are equal or unknown).
    """
    order = {r.article.id: n for n, r in enumerate(results)}
    hashes: dict[str, set[str]] = {}
    owners: dict[str, list[str]] = {}
    for result in results:
        art = result.article
        own = set(result.fingerprints or fingerprints(art))
        hashes[art.id] = own
        for digest in own:
            owners.setdefault(digest, []).append(art.id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in owners.values():
        if 1 < len(ids) <= 50:  # a sentence in very many articles is boilerplate
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    shared[(a, b) if order[a] < order[b] else (b, a)] += 1
    by_id = {r.article.id: r for r in results}
    relays = []
    for (a, b), count in sorted(shared.items(), key=lambda kv: (order[kv[0][0]], order[kv[0][1]])):
        original, copy = _direction(by_id[a], by_id[b])
        mine = len(hashes[copy.article.id]) or 1
        if count >= t.copy_sentences and count / mine >= t.copy_share:
            relays.append(
                Relay(
                    copy=copy.article.id,
                    original=original.article.id,
                    shared_sentences=count,
                    copy_publisher=copy.article.publisher or copy.article.path,
                    original_publisher=original.article.publisher or original.article.path,
                )
            )
    return relays


def _direction(a: ArticleResult, b: ArticleResult) -> tuple[ArticleResult, ArticleResult]:
    """(original, copy): the earlier article by date; input order when dates do not say."""
    da, db = a.article.published, b.article.published
    if da and db and db < da:
        return b, a
    return a, b


def link_corpus(
    results: Sequence[ArticleResult], t: Thresholds = DEFAULT
) -> tuple[list[CorpusClaim], list[Link], list[Relay]]:
    """Link the articles' claims across the corpus; judge each corpus claim.

    Returns the corpus claims (ranked by spread), the suggested links between them, and the
    relays (near-verbatim copies) found.
    """
    relays = find_relays(results, t)
    voice_of = _statement_voices(results, relays)
    items: list[MatchKey] = []
    claim_of: dict[str, str] = {}
    for result in results:
        items += result.match_keys or match_keys(result.attributions, result.statements)
        for claim in result.claims:
            for member in (*claim.attributions, *claim.statements):
                claim_of[member] = claim.id
    confirmed, suggested = _cross_links(items, t)
    parent = {c.id: c.id for r in results for c in r.claims}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in confirmed:
        ra, rb = find(claim_of[a]), find(claim_of[b])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Claim]] = {}
    for result in results:
        for claim in result.claims:
            groups.setdefault(find(claim.id), []).append(claim)
    corpus = _corpus_claims(results, groups, voice_of, relays)
    number_of = {member: c.id for c in corpus for member in c.members}
    best: dict[tuple[str, str], float] = {}
    for a, b, ratio in suggested:
        first, second = sorted((number_of[claim_of[a]], number_of[claim_of[b]]))
        if first != second:
            best[(first, second)] = max(best.get((first, second), 0.0), round(ratio, 1))
    links = [Link(a, b, score) for (a, b), score in sorted(best.items())]
    return corpus, links, relays


def _statement_voices(
    results: Sequence[ArticleResult], relays: Sequence[Relay]
) -> dict[str, Source]:
    """The voice each own-voice statement counts as: a copy speaks with its original's voice."""
    voice_of = {s.id: s.voice for r in results for s in r.statements}
    original_of = {r.copy: r.original for r in relays}
    article_voice = {r.article.id: r.statements[0].voice for r in results if r.statements}
    for result in results:
        source = result.article.id
        seen = {source}
        while source in original_of and original_of[source] not in seen:
            source = original_of[source]
            seen.add(source)
        if source != result.article.id and source in article_voice:
            for statement in result.statements:
                voice_of[statement.id] = article_voice[source]
    return voice_of


def _blockable(
    items: Sequence[MatchKey], t: Thresholds, df: Counter[str] | None = None
) -> frozenset[str]:
    """The words to block on: in two statements or more, but not in very many.

    A word in one statement only can never pair two statements, and a word in very many is
    too common to block on. ``df`` is each word's count of statements, when already counted.
    """
    if df is None:
        df = Counter(chain.from_iterable(item.vocabulary for item in items))
    return frozenset(w for w, n in df.items() if 1 < n <= t.max_postings)


def _cross_links(
    items: Sequence[MatchKey], t: Thresholds
) -> tuple[list[tuple[str, str, float]], list[tuple[str, str, float]]]:
    """Confirmed and suggested links between statements of different articles."""
    df = Counter(chain.from_iterable(item.vocabulary for item in items))
    blockable = _blockable(items, t, df)
    postings: dict[str, list[int]] = {}
    keys: list[list[str]] = []
    for index, item in enumerate(items):
        mine = [w for w in item.vocabulary if w in blockable]
        for word in mine:
            postings.setdefault(word, []).append(index)
        if len(mine) > t.block_words:
            mine.sort(key=lambda w: (df[w], w))
            del mine[t.block_words :]
        keys.append(mine)
    confirmed: list[tuple[str, str, float]] = []
    suggested: list[tuple[str, str, float]] = []
    seen: set[tuple[int, int]] = set()
    article_of = [item.article for item in items]
    texts: dict[int, str] = {}
    sets = {word: frozenset(found) for word, found in postings.items()}
    for index, item in enumerate(items):
        mine_keys = keys[index]
        if not mine_keys:
            continue  # none of its words is in another statement: nothing to compare with
        # Candidates share at least two of this statement's rarest words (one for short ones):
        # pairwise intersections of the words' statement sets, computed in C.
        if len(item.vocabulary) < t.short_words:
            candidates: set[int] = set(chain.from_iterable(sets[w] for w in mine_keys))
        else:
            candidates = set()
            for a in range(len(mine_keys)):
                for b in range(a + 1, len(mine_keys)):
                    candidates |= sets[mine_keys[a]] & sets[mine_keys[b]]
        own_article = article_of[index]
        for other in candidates:
            if article_of[other] == own_article:
                continue
            pair_key = (index, other) if index < other else (other, index)
            if pair_key in seen:
                continue
            seen.add(pair_key)
            if index not in texts:
                texts[index] = joined(item)
            if other not in texts:
                texts[other] = joined(items[other])
            found = score(item, items[other], t, (texts[index], texts[other]))
            if found is None or found[0] < t.link_ratio:
                continue
            ratio, dice = found
            pair = (item.id, items[other].id, ratio)
            if ratio >= t.confirm_ratio and dice >= t.confirm_dice:
                confirmed.append(pair)
            else:
                suggested.append(pair)
    return confirmed, suggested


def _corpus_claims(
    results: Sequence[ArticleResult],
    groups: dict[str, list[Claim]],
    voice_of: dict[str, Source],
    relays: Sequence[Relay],
) -> list[CorpusClaim]:
    atts = {a.id: a for r in results for a in r.attributions}
    stmts = {s.id: s for r in results for s in r.statements}
    publisher = {r.article.id: r.article.publisher or r.article.path for r in results}
    copies = {relay.copy for relay in relays}
    relays_of: dict[str, list[Relay]] = {}
    for relay in relays:
        relays_of.setdefault(relay.copy, []).append(relay)
    built: list[tuple[tuple[int, int, str], dict[str, Any]]] = []
    for members in groups.values():
        mine_a = [atts[i] for c in members for i in c.attributions]
        mine_s = [stmts[i] for c in members for i in c.statements]
        articles = sorted({c.id.rsplit(".", 1)[0] for c in members})
        fields: dict[str, Any] = {
            "text": mine_a[0].content if mine_a else mine_s[0].content,
            "members": tuple(c.id for c in members),
            "attributions": tuple(a.id for a in mine_a),
            "statements": tuple(s.id for s in mine_s),
            "articles": tuple(articles),
        }
        if len(members) == 1 and articles[0] not in copies:
            # Seen in one article that copies no other: the article's verdict stands as it is.
            (claim,) = members
            own = [voice_of[s.id] for s in mine_s if not s.credited]
            own_ids = (own[0].id,) if len(own) == 1 else tuple(v.id for v in _groups(own).values())
            fields.update(
                outlets=1,
                origins=claim.origins,
                denying_origins=claim.denying_origins,
                own_voices=own_ids,
                status=claim.status,
                explanation=claim.explanation,
            )
        else:
            outlets = len({publisher[a] for a in articles})
            judged = standing(mine_a, mine_s, voice_of)
            in_claim = set(articles)
            mine_relays = [
                r for a in articles for r in relays_of.get(a, ()) if r.original in in_claim
            ]
            fields.update(
                outlets=outlets,
                origins=tuple(v.id for v in judged.asserting.values()),
                denying_origins=tuple(v.id for v in judged.denying.values()),
                own_voices=tuple(v.id for v in judged.own_voices.values()),
                status=judged.status,
                explanation=explain(
                    judged,
                    mine_a,
                    mine_s,
                    articles=len(articles),
                    outlets=outlets,
                    relays=mine_relays,
                ),
            )
        rank = (-len(articles), -(len(mine_a) + len(mine_s)), members[0].id)
        built.append((rank, fields))
    built.sort(key=lambda pair: pair[0])
    return [CorpusClaim(id=f"k{n}", **fields) for n, (_, fields) in enumerate(built, 1)]
