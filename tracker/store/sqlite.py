"""The SQLite store: one file in WAL mode, linked incrementally as articles arrive.

Adding an article stores its extraction (attributions, statements, its own claims) and its match
keys, then finds candidates among the stored statements through blocking keys kept in the store
(the statements holding each content word, each statement's rarest words and their stems),
decides each pair with corroborate.judge_pair (as one report does), merges the claims that
confirmed links join, and re-judges only the claims it touched with the same code a one-off
report uses. The cost of an article therefore depends on
how many statements share its rare words, not on the size of the store.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, replace
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Any

from ..corroborate import (
    DEFAULT,
    Decision,
    Side,
    Thresholds,
    corpus_claims,
    count_keys,
    day_of,
    deniers,
    find_relays,
    judge_pair,
    kept_apart,
    semantic_links,
    short_denials_cut,
    speaker_named,
    speaker_of,
    statement_voices,
    term_keys,
)
from ..errors import StoreError, UsageError
from ..link.independence import origin_of
from ..link.morph import arabic_script, stems
from ..link.semantic import INSTALL_HINT, available
from ..models import (
    Article,
    ArticleResult,
    Attribution,
    Claim,
    CorpusClaim,
    Link,
    MatchKey,
    Relay,
    Report,
    Source,
    SourceKind,
    Stance,
    Statement,
    Status,
)
from . import codec
from .base import (
    Appearance,
    StatusChange,
    Stored,
    Timeline,
)
from .checkpoint import Checkpointer
from .index import Index
from .reader import _BATCH, SQLiteReader, _json, _marks
from .rows import Rows, rows_of

#: Stored statements whose sides (words, stems, places) are kept in memory between articles.
SIDES = 100_000
#: Stored rows kept decoded for judging claims again (members' items, articles' heads, the
#: members' claims), each kind; past it that kind starts afresh.
DECODED = 100_000

#: What judging a claim reads of an article besides its members' items: the article without
#: its text, its publisher, its first statement (position and statement) if any, and its long
#: sentences' fingerprints (which tell a dispatch two articles print).
_Head = tuple[Article, Source | None, tuple[int, Statement] | None, tuple[str, ...]]


def _sharing(lists: Sequence[dict[str, int]], least: int, short: int) -> set[str]:
    """The statements in ``least`` (1 or 2) of these lists (statement → size) or more, or in any
    of them with fewer than ``short`` words.

    Set operations rather than a count per statement: a new statement looks through some ten
    lists of up to max_postings statements each, many thousand times a chunk.
    """
    seen: set[str] = set()
    found: set[str] = set()
    for listed in lists:
        if least > 1:
            found |= seen.intersection(listed)
        seen.update(listed)
    if least <= 1:
        found = seen
    if short:
        found |= {item for listed in lists for item, size in listed.items() if size < short}
    return found


#: An item row as report() reads it: kind, data, vocabulary, numbers, negated, stance.
_ItemRow = tuple[str, str, str, str, int, str | None]


class SQLiteStore(SQLiteReader):
    """A claim store in one SQLite file (see the module docstring)."""

    def __init__(self, path: str | Path, thresholds: Thresholds | None = None) -> None:
        """Open (creating or migrating) the store at ``path``.

        ``thresholds`` are fixed when the store is created; asking for others later is an error,
        since claims already merged could not be taken apart.
        """
        self._voice_cache: dict[str, Source] = {}
        self._sides: OrderedDict[str, Side] = OrderedDict()
        # Rows never change once stored: kept decoded (see _partial_results); dropped when a
        # transaction is rolled back.
        self._member_items: dict[str, list[tuple[str, int, Attribution | Statement]]] = {}
        self._heads: dict[str, _Head] = {}
        self._member_claims: dict[str, Claim] = {}
        # Rows nothing reads while adding (sources, suggested links, status history), written
        # once per transaction rather than once per article (see _write_later).
        self._sources_later: dict[str, tuple[Any, ...]] = {}
        self._links_later: list[tuple[str, str, float]] = []
        self._history_later: list[tuple[Any, ...]] = []
        # Stored statements holding a word (or listed under a stem or count) that has just
        # become too common to block on: their links are asked again whether one report
        # would still compare the two (_unblocked).
        self._crossed: set[str] = set()
        super().__init__(path)
        self._index = Index(self._db, self._lookup)
        # The log is checkpointed in a thread of its own, while this connection goes on writing.
        self._db.execute("PRAGMA wal_autocheckpoint = 0")
        self._checkpoints = Checkpointer(self.path)
        try:
            self._thresholds = self._settle_thresholds(thresholds)
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None

    def _settle_thresholds(self, wanted: Thresholds | None) -> Thresholds:
        """The thresholds the store links with: those it was created with. A store links by
        embeddings only when created with them asked for (``--semantic``): left to the corpus
        (None), a store, which cannot know the languages of articles still to come, does not."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'thresholds'").fetchone()
        if row is None:
            chosen = wanted or DEFAULT
            if chosen.semantic is None:
                chosen = replace(chosen, semantic=False)
            with self._transaction():
                self._db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('thresholds', ?)", (_json(asdict(chosen)),)
                )
            return chosen
        held = Thresholds(**json.loads(row[0]))
        if wanted is not None and wanted.semantic is None:
            wanted = replace(wanted, semantic=held.semantic)
        if wanted is not None and wanted != held:
            raise StoreError(
                f"{self.path}: this store links claims with confirm ratio {held.confirm_ratio:g} "
                f"and suggest ratio {held.link_ratio:g}; add with those ratios, or give a new "
                "--store for others"
            )
        return held

    @property
    def thresholds(self) -> Thresholds:
        """The linking thresholds the store was created with."""
        return self._thresholds

    def add(self, results: Sequence[tuple[str, ArticleResult]], now: str) -> Stored:
        """Add (content hash, result) pairs as one transaction, linking them to what is held."""
        added: list[str] = []
        duplicates: list[tuple[str, str]] = []
        changes: list[StatusChange] = []
        try:
            self._checkpoints.catch_up(self._db)
            with self._transaction():
                self._index.begin()
                for digest, result in results:
                    same = self.known([digest]) or self._same_id(result.article.id)
                    if same:
                        duplicates.append((result.article.path, next(iter(same.values()))))
                        continue
                    changes += self._add_one(digest, result, now)
                    added.append(result.article.id)
                self._write_later()
                self._index.flush()
            self._checkpoints.committed()
        except sqlite3.OperationalError as exc:
            self._forget()
            raise self._error(exc) from None
        except BaseException:
            self._forget()  # what the rolled-back transaction wrote is not in the tables
            raise
        return Stored(tuple(added), tuple(duplicates), tuple(changes))

    def close(self) -> None:
        """Stop checkpointing and close the connection (which copies what is left of the log
        into the database file)."""
        self._checkpoints.close()
        super().close()

    def _write_later(self) -> None:
        """Write the rows kept for the end of the transaction, in the order they came."""
        db = self._db
        db.executemany(
            "INSERT OR IGNORE INTO sources VALUES (?,?,?,?,?,?)", [*self._sources_later.values()]
        )
        db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?)", self._links_later)
        db.executemany(
            "INSERT INTO history (claim, status, article, recorded_at, published) "
            "VALUES (?,?,?,?,?)",
            self._history_later,
        )
        self._drop_later()

    def _drop_later(self) -> None:
        self._sources_later.clear()
        self._links_later.clear()
        self._history_later.clear()

    def _forget(self) -> None:
        """Drop what is cached of the tables (after a rollback)."""
        self._drop_later()
        self._crossed.clear()
        self._index.clear()
        self._member_items.clear()
        self._heads.clear()
        self._member_claims.clear()

    def _same_id(self, article: str) -> dict[str, str]:
        row = self._db.execute("SELECT hash, path FROM articles WHERE id = ?", (article,))
        return dict(row.fetchall())

    def _add_one(self, digest: str, result: ArticleResult, now: str) -> list[StatusChange]:
        """Store one new article, link its statements and return the status changes it causes."""
        rows = rows_of(result)
        seq = self._insert_article(digest, result, rows, now)
        self._add_sources(result)
        texts = self._insert_items(result, rows)
        self._keep_decoded(result)
        member_of = {i: c.id for c in result.claims for i in (*c.attributions, *c.statements)}
        speakers = (
            {a.id: name for a in result.attributions if (name := speaker_of(a))}
            if self._thresholds.semantic
            else {}
        )
        confirmed = self._link(
            result.article.id, result.match_keys, texts, member_of, speakers, deniers([result])
        )
        relayed = self._relays(result, seq)
        return self._claims_of(result, rows, seq, confirmed, relayed, now)

    def _insert_article(self, digest: str, result: ArticleResult, rows: Rows, now: str) -> int:
        """Insert the article row after the last one stored; return its sequence number."""
        db = self._db
        art = result.article
        seq: int = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchone()[0]
        db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                art.id,
                seq,
                digest,
                art.path,
                art.title,
                art.publisher,
                art.published,
                art.url,
                now,
                rows.meta,
                art.text,
                rows.publisher,
                rows.fingerprints,
            ),
        )
        return seq

    def _insert_items(self, result: ArticleResult, rows: Rows) -> dict[str, str]:
        """Insert the article's attributions, statements and voices; return contents by item."""
        art = result.article
        member_of = {i: c.id for c in result.claims for i in (*c.attributions, *c.statements)}
        keys = {k.id: k for k in result.match_keys}
        every: tuple[Attribution | Statement, ...] = (*result.attributions, *result.statements)
        values = []
        for pos, (item, data) in enumerate(zip(every, rows.items, strict=True)):
            key = keys[item.id]
            if isinstance(item, Attribution):
                kind, voice = "a", item.origin.id
            else:
                kind, voice = "s", item.voice.id
            values.append(
                (
                    item.id,
                    art.id,
                    pos,
                    kind,
                    member_of[item.id],
                    voice,
                    key.stance.value if key.stance else None,
                    data,
                    " ".join(key.vocabulary),
                    " ".join(key.numbers),
                    int(key.negated),
                )
            )
        self._db.executemany("INSERT INTO items VALUES (?,?,?,?,?,?,?,?,?,?,?)", values)
        self._db.executemany("INSERT OR IGNORE INTO voices VALUES (?, ?)", rows.voices)
        return {item.id: item.content for item in every}

    def _keep_decoded(self, result: ArticleResult) -> None:
        """Keep the new article's items, claims and head as judging reads them back from its
        rows (_items_of, _decoded_claims, _heads_of): its claims are judged at once, and rows
        never change."""
        art = result.article
        items = _bounded(self._member_items)
        claims = _bounded(self._member_claims)
        member_of: dict[str, str] = {}
        for claim in result.claims:
            claims[claim.id] = claim
            items[claim.id] = []
            member_of.update(dict.fromkeys((*claim.attributions, *claim.statements), claim.id))
        every: tuple[Attribution | Statement, ...] = (*result.attributions, *result.statements)
        for pos, item in enumerate(every):
            items[member_of[item.id]].append((art.id, pos, item))
        first = (len(result.attributions), result.statements[0]) if result.statements else None
        _bounded(self._heads)[art.id] = (
            replace(art, text=""),
            result.publisher,
            first,
            result.fingerprints,
        )

    def _add_sources(self, result: ArticleResult) -> None:
        voices = [*result.sources, *([result.publisher] if result.publisher else [])]
        voices += [s.voice for s in result.statements]
        later = self._sources_later
        for s in voices:  # the first row of an id stays, as INSERT OR IGNORE keeps it
            if s.id not in later:
                later[s.id] = (
                    s.id,
                    s.name,
                    s.kind.value,
                    s.independence_group,
                    s.country,
                    s.name_en,
                )

    # --- blocking and links ------------------------------------------------------------------

    def _link(
        self,
        article: str,
        keys: Sequence[MatchKey],
        texts: dict[str, str],
        member_of: Mapping[str, str],
        speakers: Mapping[str, str],
        denied_by: Mapping[str, tuple[str, date | None]],
    ) -> list[tuple[str, str]]:
        """Store the article's blocking keys and links; return its confirmed (item, item) pairs.

        Candidates mirror corroborate.candidates: statements sharing two of either side's
        rarest blockable words (one, when a side has fewer than ``short_words`` words), or two
        stems of their rarest words, or a telling count of one thing (``count_keys``), or, for
        two denials, two of their rarest words counted over denials alone, or (semantic
        linking) two anchors. Each pair is decided by
        corroborate.judge_pair, the stored (earlier) statement first, as one report would.
        ``texts`` are the article's statements' contents, ``member_of`` their article claims,
        ``denied_by`` its denials' deniers and day (corroborate.deniers).
        """
        t = self._thresholds
        if t.semantic and not available():
            raise UsageError(INSTALL_HINT)
        df, usable, mine = self._index_words(keys)
        candidates = self._word_candidates(keys, usable, mine)
        sides = {k.id: Side.across(k, texts.get(k.id), semantic=bool(t.semantic)) for k in keys}
        for item, side in sides.items():
            side.speaker = speakers.get(item)
        # rare_stems of each statement, its per-word lookups inlined (df holds every word).
        rank, most = df.__getitem__, t.block_words
        other_keys = {"s": {k.id: stems(sorted(k.vocabulary, key=rank)[:most]) for k in keys}}
        other_keys["c"] = {k.id: count_keys(k, texts.get(k.id)) for k in keys}
        other_keys["d"] = {k.id: k.vocabulary for k in keys if k.stance is Stance.DENIES}
        if t.semantic:
            other_keys["a"] = {k.id: tuple(sorted(sides[k.id].mark.keys())) for k in keys}
        for kind, keys_of in other_keys.items():
            for item, found in self._blocked_by(kind, keys_of).items():
                candidates[item] |= found
        if t.semantic:
            terms_of = {k.id: term_keys(sides[k.id].mark.keys()) for k in keys}
            self._across_by_terms(self._blocked_by("t", terms_of), sides, candidates)
        own = article + "."
        for k in keys:
            candidates[k.id] = {item for item in candidates[k.id] if not item.startswith(own)}
        return self._decide_pairs(keys, candidates, sides, member_of, denied_by)

    def _across_by_terms(
        self,
        found: dict[str, set[str]],
        sides: Mapping[str, Side],
        candidates: dict[str, set[str]],
    ) -> None:
        """Add to ``candidates`` the stored statements sharing a bilingual term with a new one
        (``found``), those of the other language only, as corroborate.candidates does."""
        stored = self._stored_sides(sorted(set(chain.from_iterable(found.values()))))
        for item, others in found.items():
            mine = arabic_script(sides[item].text or "")
            candidates[item] |= {
                other for other in others if arabic_script(stored[other].text or "") != mine
            }

    def _index_words(
        self, keys: Sequence[MatchKey]
    ) -> tuple[dict[str, int], dict[str, list[str]], dict[str, list[str]]]:
        """Count and post the statements' words; return document frequencies (of every word the
        cache holds, these statements' among them), and each statement's blockable words (in no
        more statements than max_postings) and rarest words."""
        t, index = self._thresholds, self._index
        most = t.max_postings
        per_word = Counter(chain.from_iterable(k.vocabulary for k in keys))
        df = index.words.get(per_word)
        # A word in more statements than max_postings is never a blocking key again: forget
        # where it is, so no word's lists grow with the store.
        too_common = [w for w, n in per_word.items() if df[w] <= most < df[w] + n]
        index.words.add(per_word)
        usable = {k.id: [w for w in k.vocabulary if df[w] <= most] for k in keys}
        index.postings.add([(w, k.id, 0) for k in keys for w in usable[k.id]])
        if too_common:
            held = index.postings.get(too_common)
            self._crossed.update(chain.from_iterable(held[w] for w in too_common))
        index.postings.drop(too_common)
        index.blocks.drop(too_common)
        mine: dict[str, list[str]] = {}
        for k in keys:
            rare = sorted(w for w in usable[k.id] if df[w] > 1)
            rare.sort(key=df.__getitem__)  # stable: by count, then word
            mine[k.id] = rare[: t.block_words]
        return df, usable, mine

    def _word_candidates(
        self,
        keys: Sequence[MatchKey],
        usable: dict[str, list[str]],
        mine: dict[str, list[str]],
    ) -> dict[str, set[str]]:
        """Find stored statements sharing rare words with each new one (``usable``: its
        blockable words, ``mine``: its rarest); then store its blocks."""
        t, index = self._thresholds, self._index
        postings = index.postings.get(chain.from_iterable(mine.values()))
        blocks = index.blocks.get(chain.from_iterable(usable.values()))
        candidates: dict[str, set[str]] = {}
        for k in keys:
            # Forward: statements holding two of this one's rarest words (one, if it is short).
            least = 1 if len(k.vocabulary) < t.short_words else 2
            found = _sharing([postings[w] for w in mine[k.id]], least, 0)
            # Backward: statements whose own rarest words include two of this one's words
            # (one, when they are short).
            listed = [blocks[w] for w in usable[k.id]]
            found |= _sharing([b for b in listed if b], 2, t.short_words)
            candidates[k.id] = found
        index.blocks.add([(w, k.id, len(k.vocabulary)) for k in keys for w in mine[k.id]])
        return candidates

    def _decide_pairs(
        self,
        keys: Sequence[MatchKey],
        candidates: dict[str, set[str]],
        sides: dict[str, Side],
        member_of: Mapping[str, str],
        denied_by: Mapping[str, tuple[str, date | None]],
    ) -> list[tuple[str, str]]:
        """Judge new statements against their candidates; store links, return confirmed pairs.

        Confirmed links that would join two claims another article keeps apart go, as in a
        report (corroborate.kept_apart); ``member_of`` gives the new statements' claims. So do
        links between two short denials by two deniers printed days apart
        (corroborate.short_denials_cut); ``denied_by`` gives the new denials' deniers."""
        t, db = self._thresholds, self._db
        stored_sides = self._stored_sides(sorted(set(chain.from_iterable(candidates.values()))))
        confirmed: list[tuple[str, str]] = []
        reasons: list[tuple[str, str, float, str]] = []
        suggested: list[tuple[str, str, float]] = []
        pending: list[tuple[Side, Side, Decision]] = []
        for k in keys:
            for other_id in sorted(candidates[k.id]):
                decision = judge_pair(stored_sides[other_id], sides[k.id], t)
                if decision is None:
                    continue
                if decision.tier == "semantic":
                    pending.append((stored_sides[other_id], sides[k.id], decision))
                elif decision.tier == "confirmed":
                    confirmed.append((k.id, other_id))
                    reasons.append((other_id, k.id, decision.score, decision.why))
                else:
                    suggested.append((other_id, k.id, decision.score))
        by_embedding, more = semantic_links(pending, t)
        reasons = self._kept_apart(reasons + by_embedding, sides, stored_sides, member_of)
        if denied_by:
            denials = {**self._stored_deniers([a for a, _, _, _ in reasons]), **denied_by}
            reasons = short_denials_cut(reasons, denials, {**stored_sides, **sides})
        confirmed = [(b, a) for a, b, _, _ in reasons]
        suggested += [(a, b, value) for a, b, value, _ in more]
        self._links_later += suggested
        db.executemany("INSERT OR REPLACE INTO reasons VALUES (?, ?, ?, ?)", reasons)
        self._keep(sides.values())
        return confirmed

    def _kept_apart(
        self,
        pairs: list[tuple[str, str, float, str]],
        sides: Mapping[str, Side],
        stored_sides: Mapping[str, Side],
        member_of: Mapping[str, str],
    ) -> list[tuple[str, str, float, str]]:
        """The confirmed (stored, new) pairs corroborate.kept_apart keeps."""
        if len(pairs) < 2:
            return pairs  # one link joins no two claims of an article
        stored = sorted({a for a, _, _, _ in pairs})
        claim_of = dict(member_of)
        claim_of.update(self._lookup("SELECT id, member FROM items WHERE id IN ({})", stored))
        both = {**stored_sides, **sides}
        return kept_apart(pairs, claim_of, {i: both[i] for p in pairs for i in p[:2]})

    def _stored_deniers(self, items: Sequence[str]) -> dict[str, tuple[str, date | None]]:
        """The stored denials among ``items``: each one's denier (its origin's independence
        group) and the day its article was published, as corroborate.deniers gives them."""
        rows = self._lookup(
            "SELECT i.id, i.data, a.published FROM items i JOIN articles a ON a.id = i.article "
            f"WHERE i.kind = 'a' AND i.stance = '{Stance.DENIES.value}' AND i.id IN ({{}})",
            sorted(set(items)),
        )
        return {
            i: (origin_of(self._attribution(data)).independence_group, day_of(published))
            for i, data, published in rows
        }

    def _blocked_by(self, kind: str, keys_of: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
        """Store the new statements' blocking keys of one kind; return, for each, the stored
        statements sharing two of its rarest such keys (one, when either side has few).

        A kind with full postings (anchors) is looked up as words are (``_word_candidates``),
        as corroborate.candidates pairs them: forward, the statements holding two of this
        one's rarest keys (one, when it is short), whatever keys they count rarest; backward,
        those whose own rarest keys include two of its keys (one, when they are short)."""
        t, index = self._thresholds, self._index
        counts, lists = index.key_df[kind], index.key_blocks[kind]
        posted = index.key_postings.get(kind)
        per_key = Counter(chain.from_iterable(keys_of.values()))
        df = counts.get(per_key)  # every key's count the cache holds, these among them
        most = t.max_postings
        crossing = [key for key, n in per_key.items() if df[key] <= most < df[key] + n]
        if crossing:  # their statements' links are asked again (_unblocked)
            held = (posted or lists).get(crossing)
            self._crossed.update(chain.from_iterable(held[key] for key in crossing))
            if posted is not None:
                posted.drop(crossing)
        lists.drop(crossing)
        counts.add(per_key)
        usable_of: dict[str, list[str]] = {}
        chosen_of: dict[str, list[str]] = {}
        for item, own in keys_of.items():
            usable = usable_of[item] = sorted(key for key in own if df[key] <= most)
            chosen = sorted(usable, key=df.__getitem__)  # stable: by count, then key
            chosen_of[item] = chosen[: t.block_words]
        out: dict[str, set[str]] = {}
        if posted is None:
            listed = lists.get(chain.from_iterable(chosen_of.values()))
            for item, own in keys_of.items():
                least = 1 if len(own) < t.short_words else 2
                lists_of = [listed[key] for key in chosen_of[item]]
                out[item] = _sharing(lists_of, least, t.short_words)
        else:
            full = posted.get(chain.from_iterable(chosen_of.values()))
            listed = lists.get(chain.from_iterable(usable_of.values()))
            for item, own in keys_of.items():
                least = 1 if len(own) < t.short_words else 2
                found = _sharing([full[key] for key in chosen_of[item]], least, 0)
                found |= _sharing([listed[key] for key in usable_of[item]], 2, t.short_words)
                out[item] = found
            posted.add([(key, item, 0) for item in keys_of for key in usable_of[item]])
        lists.add([(key, item, len(keys_of[item])) for item in keys_of for key in chosen_of[item]])
        return out

    def _stored_sides(self, items: Sequence[str]) -> dict[str, Side]:
        """The stored statements' sides, from the cache or read (and cached) from the store.

        A stored statement never changes, so its side (with the stems and places judge_pair
        works out the first time a pair needs them) can be kept across articles and chunks.
        """
        cache, semantic = self._sides, bool(self._thresholds.semantic)
        found = {i: cache[i] for i in items if i in cache}
        # With embeddings, the name and kind of the voice an attribution quotes too (speaker_of).
        voice = (
            "json_extract(v.data, '$.name'), json_extract(v.data, '$.kind') FROM items i "
            "LEFT JOIN voices v ON v.key = json_extract(i.data, '$.source')"
            if semantic
            else "NULL, NULL FROM items i"
        )
        rows = self._lookup(
            "SELECT i.id, i.article, i.vocabulary, i.numbers, i.negated, i.stance, "
            f"json_extract(i.data, '$.content'), {voice} WHERE i.id IN ({{}})",
            [i for i in items if i not in found],
        )
        for i, a, v, n, neg, s, text, name, kind in rows:
            key = MatchKey(
                i, a, tuple(v.split()), tuple(n.split()), bool(neg), Stance(s) if s else None
            )
            side = found[i] = Side.across(key, text, semantic=semantic)
            if name and kind:
                side.speaker = speaker_named(name, SourceKind(kind))
        self._keep(found.values())
        return found

    def _keep(self, sides: Iterable[Side]) -> None:
        """Cache sides, most recently used last; the least recently used go past SIDES."""
        cache = self._sides
        for side in sides:
            cache[side.key.id] = side
            cache.move_to_end(side.key.id)
        while len(cache) > SIDES:
            cache.popitem(last=False)

    # --- relays ------------------------------------------------------------------------------

    def _relays(self, result: ArticleResult, seq: int) -> tuple[bool, set[str]]:
        """Store the article's fingerprints and relays.

        Returns whether the article copies a stored one, and the stored articles whose voice
        changed because they turn out to copy it (with their own copies).
        """
        db, t = self._db, self._thresholds
        mine = list(result.fingerprints)
        owners: dict[str, list[str]] = {}
        for digest, article in self._lookup(
            "SELECT hash, article FROM fingerprints WHERE hash IN ({})", mine
        ):
            owners.setdefault(digest, []).append(article)
        db.executemany(
            "INSERT INTO fingerprints VALUES (?, ?)", [(h, result.article.id) for h in mine]
        )
        shared: Counter[str] = Counter()
        for found in owners.values():
            if len(found) + 1 <= 50:  # as find_relays: a sentence in very many is boilerplate
                shared.update(found)
        changed: set[str] = set()
        is_copy = False
        for other, count in sorted(shared.items()):
            if count < t.copy_sentences:
                continue
            earlier = self._relay_result(other)
            other_seq = db.execute("SELECT seq FROM articles WHERE id = ?", (other,)).fetchone()[0]
            for relay in find_relays([earlier, result], t):
                db.execute(
                    "INSERT OR REPLACE INTO relays VALUES (?,?,?,?,?,?,?)",
                    (
                        relay.copy,
                        relay.original,
                        relay.shared_sentences,
                        relay.copy_publisher,
                        relay.original_publisher,
                        other_seq,
                        seq,
                    ),
                )
                if relay.copy != result.article.id:
                    changed |= self._copies_of(relay.copy)
                else:
                    is_copy = True
        return is_copy, changed

    def _relay_result(self, article: str) -> ArticleResult:
        meta, fingerprints = self._db.execute(
            "SELECT meta, fingerprints FROM articles WHERE id = ?", (article,)
        ).fetchone()
        return ArticleResult(
            codec.article_from(json.loads(meta), ""),
            (),
            (),
            (),
            (),
            fingerprints=tuple(json.loads(fingerprints)),
        )

    def _copies_of(self, article: str) -> set[str]:
        """The article and every article copying it, directly or through other copies."""
        found, todo = {article}, [article]
        while todo:
            rows = self._db.execute("SELECT copy FROM relays WHERE original = ?", (todo.pop(),))
            for (copy,) in rows:
                if copy not in found:
                    found.add(copy)
                    todo.append(copy)
        return found

    # --- claims ------------------------------------------------------------------------------

    def _claims_of(
        self,
        result: ArticleResult,
        rows: Rows,
        seq: int,
        confirmed: Sequence[tuple[str, str]],
        relayed: tuple[bool, set[str]],
        now: str,
    ) -> list[StatusChange]:
        """Merge the article's claims into the stored ones its links reach; re-judge those.

        ``relayed`` says whether the article copies another, and which stored articles now
        count as its copies (their statements changed voice).
        """
        db, art = self._db, result.article
        previous: dict[int, Status | None] = {}
        split = self._unblocked(art.id, previous)
        reached = self._reached(result, confirmed)
        touched, fresh = self._place_claims(result, rows.members, seq, reached, previous)
        for claim_id in split:
            current = self._current(claim_id)
            self._status_before(current, previous)
            touched.add(current)
        is_copy, voice_changed = relayed
        statuses = self._add_fresh(result, fresh, judge=not is_copy, now=now)
        if is_copy:
            touched |= set(fresh)
        for other in sorted(voice_changed):
            for (claim_id,) in db.execute(
                "SELECT DISTINCT claim FROM members WHERE article = ?", (other,)
            ).fetchall():
                self._status_before(claim_id, previous)
                touched.add(claim_id)
        statuses.update((claim_id, self._judge(claim_id)) for claim_id in sorted(touched))
        changes = [
            StatusChange(claim_id, status, previous[claim_id], art.id, art.published, now)
            for claim_id, status in sorted(statuses.items())
            if status != previous[claim_id]
        ]
        self._history_later += [
            (c.claim, c.status.value, c.article, c.recorded_at, c.published) for c in changes
        ]
        return changes

    def _unblocked(self, article: str, previous: dict[int, Status | None]) -> set[int]:
        """Drop the links of statements holding a word (or a stem, a count) that has become
        too common to block on (``_crossed``) that one report over what is stored would no
        longer compare (``_still_blocked``), and split the claims they held together; return
        those claims.

        A word in few statements when a link was made can be in too many later, and one report
        never compares two statements that share only common words: so the store, which could
        not know, links no more than the report. Words cross that bar once each, so this reads
        each statement's links a few times in its life. The links ``article`` (the one being
        added) has just made stand: they were made on today's counts.
        """
        crossed, self._crossed = sorted(self._crossed), set()
        if not crossed:
            return set()
        pairs = self._lookup("SELECT a, b FROM reasons WHERE a IN ({})", crossed)
        pairs += self._lookup("SELECT a, b FROM reasons WHERE b IN ({})", crossed)
        own = article + "."
        pairs = sorted({(a, b) for a, b in pairs if not b.startswith(own)})
        sides = self._stored_sides(sorted({i for pair in pairs for i in pair}))
        gone = [(a, b) for a, b in pairs if not self._still_blocked(sides[a], sides[b])]
        if not gone:
            return set()
        self._db.executemany("DELETE FROM reasons WHERE a = ? AND b = ?", gone)
        claims = self._lookup(
            "SELECT DISTINCT m.claim FROM items i JOIN members m ON m.id = i.member "
            "WHERE i.id IN ({})",
            sorted({a for a, _ in gone}),
        )
        split: set[int] = set()
        for (claim_id,) in sorted(claims):
            split |= self._split(claim_id, previous)
        return split

    def _still_blocked(self, a: Side, b: Side) -> bool:
        """Whether one report over what is stored now would compare two statements: as
        corroborate.candidates, one shares two of the other's rarest blockable words or stems
        (one, when that one is short), or a telling count of one thing, or both deny and share
        two of either one's rarest words counted over denials alone."""
        t, index = self._thresholds, self._index
        if t.semantic:
            return True  # anchors are blocked on too; not asked again
        most, few, short = t.max_postings, t.block_words, t.short_words
        df = index.words.get(chain(a.key.vocabulary, b.key.vocabulary))
        rank = df.__getitem__

        def finds(own: Sequence[str], theirs: Sequence[str], counts: Mapping[str, int]) -> bool:
            usable = sorted(k for k in own if 1 < counts[k] <= most)
            usable.sort(key=counts.__getitem__)  # stable: by count, then key
            shared = len(set(usable[:few]).intersection(theirs))
            return shared >= (1 if len(own) < short else 2)

        mine, theirs = a.key.vocabulary, b.key.vocabulary
        if finds(mine, theirs, df) or finds(theirs, mine, df):
            return True
        keys = [
            stems(words if len(words) <= few else sorted(words, key=rank)[:few])
            for words in (mine, theirs)
        ]
        key_df = index.key_df["s"].get(chain.from_iterable(keys))
        if finds(keys[0], keys[1], key_df) or finds(keys[1], keys[0], key_df):
            return True
        counted = set(count_keys(a.key, a.text)).intersection(count_keys(b.key, b.text))
        count_df = index.key_df["c"].get(counted)
        if any(1 < count_df[k] <= most for k in counted):
            return True
        if a.key.stance is not Stance.DENIES or b.key.stance is not Stance.DENIES:
            return False
        denial_df = index.key_df["d"].get(chain(mine, theirs))
        return finds(mine, theirs, denial_df) or finds(theirs, mine, denial_df)

    def _split(self, claim: int, previous: dict[int, Status | None]) -> set[int]:
        """Cut a stored claim into the parts its remaining links hold together: the part of
        its first member keeps its id, each other part is a claim of its own (first seen when
        the claim was). Returns the claims' ids."""
        db = self._db
        rows = db.execute(
            "SELECT id, article FROM members WHERE claim = ? ORDER BY seq, number", (claim,)
        ).fetchall()
        members = [m for m, _ in rows]
        member_of = dict(self._lookup("SELECT id, member FROM items WHERE member IN ({})", members))
        parent = {m: m for m in members}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in self._lookup("SELECT a, b FROM reasons WHERE a IN ({})", sorted(member_of)):
            if b in member_of:
                ra, rb = find(member_of[a]), find(member_of[b])
                if ra != rb:
                    parent[max(ra, rb, key=members.index)] = min(ra, rb, key=members.index)
        parts: dict[str, list[tuple[str, str]]] = {}
        for member, article in rows:
            parts.setdefault(find(member), []).append((member, article))
        self._status_before(claim, previous)
        if len(parts) < 2:
            return {claim}
        (first_seen,) = db.execute(
            "SELECT first_seen FROM claims WHERE id = ?", (claim,)
        ).fetchone()
        next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0]
        out = {claim}
        for part in list(parts.values())[1:]:
            home, next_id = next_id, next_id + 1
            previous[home] = None
            db.execute(
                "INSERT INTO claims (id, text, status, explanation, articles, places, "
                "first_member, data, claimed_at, first_seen, first_article) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (home, *_EMPTY, first_seen, part[0][1]),
            )
            db.executemany(
                "UPDATE members SET claim = ? WHERE id = ?", [(home, m) for m, _ in part]
            )
            out.add(home)
        return out

    def _reached(
        self, result: ArticleResult, confirmed: Sequence[tuple[str, str]]
    ) -> dict[str, set[int]]:
        """The stored claims each of the article's claims reaches through confirmed links."""
        member_of = {i: c.id for c in result.claims for i in (*c.attributions, *c.statements)}
        others = sorted({b for _, b in confirmed})
        claim_of_item = dict(
            self._lookup(
                "SELECT i.id, m.claim FROM items i JOIN members m ON m.id = i.member "
                "WHERE i.id IN ({})",
                others,
            )
        )
        reached: dict[str, set[int]] = {}
        for mine, other in confirmed:
            reached.setdefault(member_of[mine], set()).add(claim_of_item[other])
        return reached

    def _place_claims(
        self,
        result: ArticleResult,
        members: Sequence[str],
        seq: int,
        reached: dict[str, set[int]],
        previous: dict[int, Status | None],
    ) -> tuple[set[int], dict[int, Claim]]:
        """Merge each article claim into the claims it reaches or number it afresh; store them.

        ``members`` are the claims' JSON texts. Returns the stored claims touched and the fresh
        ones by their new numbers.
        """
        db, art = self._db, result.article
        touched: set[int] = set()
        fresh: dict[int, Claim] = {}
        rows = []
        next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0]
        for number, (claim, data) in enumerate(zip(result.claims, members, strict=True), 1):
            # Earlier claims of this article may have merged what this one reaches.
            targets = {self._current(c) for c in reached.get(claim.id, ())}
            if targets:
                home = min(targets)
                for gone in sorted(targets - {home}):
                    self._status_before(gone, previous)
                    db.execute("UPDATE members SET claim = ? WHERE claim = ?", (home, gone))
                    db.execute("UPDATE claims SET merged_into = ? WHERE id = ?", (home, gone))
                    db.execute(
                        "UPDATE claims SET merged_into = ? WHERE merged_into = ?", (home, gone)
                    )
                    touched.discard(gone)
                self._status_before(home, previous)
                touched.add(home)
            else:
                home, next_id = next_id, next_id + 1
                fresh[home] = claim
                previous[home] = None
            rows.append((claim.id, art.id, seq, number, home, data))
        # A later claim of this article may have merged the claim an earlier one joined.
        rows = [(*row[:4], self._current(row[4]), row[5]) for row in rows]
        db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?)", rows)
        return touched, fresh

    def _add_fresh(
        self, result: ArticleResult, fresh: dict[int, Claim], *, judge: bool, now: str
    ) -> dict[int, Status]:
        """Store the claims no link reached; judge them here unless the article is a copy
        (then its original's voice matters, and _judge reads it from the store)."""
        art = result.article
        values: dict[int, tuple[Any, ...]] = {home: _EMPTY for home in fresh}
        statuses: dict[int, Status] = {}
        if judge and fresh:
            voice_of = {s.id: s.voice for s in result.statements}
            groups = {str(home): [claim] for home, claim in fresh.items()}
            home_of = {claim.id: home for home, claim in fresh.items()}
            for judged in corpus_claims([result], groups, voice_of, []):
                home = home_of[judged.members[0]]
                values[home] = _claim_values(judged, art.published)
                statuses[home] = judged.status
        self._db.executemany(
            "INSERT INTO claims (id, text, status, explanation, articles, places, first_member, "
            "data, claimed_at, first_seen, first_article) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(home, *values[home], now, art.id) for home in sorted(fresh)],
        )
        return statuses

    def _current(self, claim: int) -> int:
        row = self._db.execute("SELECT merged_into FROM claims WHERE id = ?", (claim,)).fetchone()
        return int(row[0]) if row and row[0] is not None else claim

    def _status_before(self, claim: int, previous: dict[int, Status | None]) -> None:
        if claim not in previous:
            row = self._db.execute("SELECT status FROM claims WHERE id = ?", (claim,)).fetchone()
            previous[claim] = Status(row[0]) if row and row[0] else None

    def _judge(self, claim: int) -> Status:
        """Judge one stored claim from all its members, as a corpus report would."""
        db = self._db
        rows = db.execute(
            "SELECT id, article, data FROM members WHERE claim = ? ORDER BY seq, number", (claim,)
        ).fetchall()
        members = self._decoded_claims(rows)
        articles = list(dict.fromkeys(article for _, article, _ in rows))
        relays = self._relay_chain(articles)
        involved = list(dict.fromkeys([*articles, *(r.original for r in relays)]))
        results = self._partial_results(involved, [m.id for m in members])
        voice_of = statement_voices(results, relays)
        items = [i for m in members for i in (*m.attributions, *m.statements)]
        reasons = self._lookup("SELECT score, why FROM reasons WHERE a IN ({})", items)
        (judged,) = corpus_claims(
            results,
            {"": members},
            voice_of,
            relays,
            {"": [(v, why) for v, why in reasons]},
            printed=self._printed(results),
            texts=_Texts(self._db),
        )
        db.execute(
            "UPDATE claims SET text = ?, status = ?, explanation = ?, articles = ?, places = ?, "
            "first_member = ?, data = ?, claimed_at = ? WHERE id = ?",
            (*_claim_values(judged, _claimed_at(results, judged.articles)), claim),
        )
        return judged.status

    def _relay_chain(self, articles: Sequence[str]) -> list[Relay]:
        """Relays of these articles and of the originals they lead to, in input order."""
        found: dict[tuple[str, str], tuple[int, int, Relay]] = {}
        seen, todo = set(articles), list(articles)
        while todo:
            part, todo = todo[:_BATCH], todo[_BATCH:]
            for copy, original, shared, cp, op, sa, sb in self._db.execute(
                f"SELECT * FROM relays WHERE copy IN ({_marks(part)})", part
            ):
                found[(copy, original)] = (sa, sb, Relay(copy, original, shared, cp, op))
                if original not in seen:
                    seen.add(original)
                    todo.append(original)
        return [relay for _, _, relay in sorted(found.values(), key=lambda v: (v[0], v[1]))]

    def _decoded_claims(self, rows: Sequence[tuple[str, str, str]]) -> list[Claim]:
        """The article claims of (member id, article, data) rows, decoded once and kept."""
        cache = _bounded(self._member_claims)
        out = []
        for member, _, data in rows:
            found = cache.get(member)
            if found is None:
                found = cache[member] = codec.claim_from(json.loads(data))
            out.append(found)
        return out

    def _partial_results(
        self, articles: Sequence[str], members: Sequence[str]
    ) -> list[ArticleResult]:
        """Articles with their publishers, the items of these members and each article's first
        statement: all that judging a claim reads (decoded once and kept: rows never change)."""
        items_of = self._items_of(members)
        heads = self._heads_of(articles)
        atts: dict[str, dict[int, Attribution]] = {}
        stmts: dict[str, dict[int, Statement]] = {}
        for member in members:
            for article, pos, item in items_of[member]:
                if isinstance(item, Attribution):
                    atts.setdefault(article, {})[pos] = item
                else:
                    stmts.setdefault(article, {})[pos] = item
        out = []
        for a in articles:
            bare, publisher, first, prints = heads[a]
            if first is not None:
                stmts.setdefault(a, {})[first[0]] = first[1]
            out.append(
                ArticleResult(
                    bare,
                    tuple(v for _, v in sorted(atts.get(a, {}).items())),
                    tuple(v for _, v in sorted(stmts.get(a, {}).items())),
                    (),
                    (),
                    # The publisher tells copies apart from named origins (corroborate._copies).
                    publisher=publisher,
                    fingerprints=prints,
                )
            )
        return out

    def _items_of(
        self, members: Sequence[str]
    ) -> dict[str, list[tuple[str, int, Attribution | Statement]]]:
        """Each member's items as (article, position, item), from the cache or the store."""
        cache = _bounded(self._member_items)
        missing = [m for m in dict.fromkeys(members) if m not in cache]
        for member in missing:
            cache[member] = []
        for member, article, kind, data, pos in self._lookup(
            "SELECT member, article, kind, data, pos FROM items WHERE member IN ({})", missing
        ):
            item = self._attribution(data) if kind == "a" else self._statement(data)
            cache[member].append((article, pos, item))
        return cache

    def _heads_of(self, articles: Sequence[str]) -> dict[str, _Head]:
        """Each article without its text, its publisher and its first statement (see _Head)."""
        cache = _bounded(self._heads)
        missing = [a for a in dict.fromkeys(articles) if a not in cache]
        if not missing:
            return cache
        firsts = {
            article: (pos, self._statement(data))
            for article, data, pos in self._lookup(
                "SELECT article, data, min(pos) FROM items WHERE kind = 's' AND article IN ({}) "
                "GROUP BY article",
                missing,
            )
        }
        for a, meta, voice, prints in self._lookup(
            "SELECT id, meta, voice, fingerprints FROM articles WHERE id IN ({})", missing
        ):
            publisher = json.loads(voice)
            cache[a] = (
                codec.article_from(json.loads(meta), ""),
                codec.source_from(publisher) if publisher else None,
                firsts.get(a),
                tuple(json.loads(prints)),
            )
        return cache

    def _printed(self, results: Sequence[ArticleResult]) -> dict[str, int]:
        """How many stored articles print each long sentence of these (their fingerprints),
        as one report counts them over all its articles."""
        mine = sorted({h for r in results for h in r.fingerprints})
        return dict(
            self._lookup(
                "SELECT hash, count(*) FROM fingerprints WHERE hash IN ({}) GROUP BY hash", mine
            )
        )

    def timeline(self, claim: int) -> Timeline:
        """A claim's story (a merged claim's id leads to the claim it was merged into)."""
        found = self._resolve(claim)
        rows = self._rows("AND id = ?", (found,))
        (row,) = self._claim_rows(rows)
        data = rows[0][1]
        first_article = self._db.execute(
            "SELECT first_article FROM claims WHERE id = ?", (found,)
        ).fetchone()[0]
        appearances = self._appearances(list(data["members"]), list(data["articles"]))
        merged = tuple(
            i
            for (i,) in self._db.execute(
                "SELECT id FROM claims WHERE merged_into = ? ORDER BY id", (found,)
            )
        )
        return Timeline(row, first_article, appearances, self._history(found), merged)

    def _appearances(self, members: list[str], articles: list[str]) -> tuple[Appearance, ...]:
        """Each article a claim appears in, by date, with its chains, role and new origins.

        The role comes from judging the claim as one report over the articles up to this one
        would (copies of one text collapsed into one voice, relays counted as their
        originals): an article is a "new origin" only when that judgement gains an origin.
        """
        items = self._lookup(
            "SELECT article, kind, data FROM items WHERE member IN ({}) ORDER BY article, pos",
            members,
        )
        by_article: dict[str, list[Attribution | Statement]] = {}
        for article, kind, item in items:
            decoded = self._attribution(item) if kind == "a" else self._statement(item)
            by_article.setdefault(article, []).append(decoded)
        meta = self._lookup(
            "SELECT id, seq, published, publisher, path, url FROM articles WHERE id IN ({})",
            articles,
        )
        meta.sort(key=lambda m: (m[2] or "9999", m[1]))
        every = list(chain.from_iterable(by_article.values()))
        judged = self._judged_prefixes(members, [(m[0], by_article.get(m[0], [])) for m in meta])
        names = self._names(chain.from_iterable(j.origins for j in judged))
        relayed = self._lookup("SELECT copy FROM relays WHERE copy IN ({})", articles)
        copies = {c for (c,) in relayed}
        seen: set[str] = set()
        origins = 0
        counted: set[str] = set()
        last: CorpusClaim | None = None
        appearances: list[Appearance] = []
        for (article, _, published, publisher, path, url), now in zip(meta, judged, strict=True):
            mine = by_article.get(article, [])
            # An origin counts as new when the claim gains one: a copy's voice collapsing into
            # the origin it copies may rename the origin without adding one.
            gained = len(now.origins) > origins
            new = [o for o in now.origins if o not in seen] if gained else []
            seen |= set(now.origins)
            origins = max(origins, len(now.origins))
            if now is not last:  # the judgement stands for the articles that add no voice
                counted, last = _counted_groups(every, now), now
            copied = article in copies or not all(
                _voice_of(i).independence_group in counted for i in mine
            )
            role = _role(first=not appearances, copy=copied, mine=mine, new=bool(new))
            appearances.append(
                Appearance(
                    article,
                    published,
                    publisher or path,
                    url,
                    tuple(_chain_text(i) for i in mine),
                    role,
                    tuple(names.get(o, o) for o in new) if role != "denial" else (),
                )
            )
        return tuple(appearances)

    def _judged_prefixes(
        self, members: list[str], shown: list[tuple[str, list[Attribution | Statement]]]
    ) -> list[CorpusClaim]:
        """The claim judged over its first article, its first two, … (``shown``: each article
        with its items), each time as one report over those articles judges it.

        An article whose voices all count already cannot add an origin: the judgement before
        it stands for it (so a claim carried by hundreds of relays is judged a few times).
        """
        order = [article for article, _ in shown]
        every = list(chain.from_iterable(items for _, items in shown))
        rows = self._lookup(
            "SELECT article, data FROM members WHERE id IN ({}) ORDER BY seq, number", members
        )
        claims = [(article, codec.claim_from(json.loads(data))) for article, data in rows]
        relays = self._relay_chain(order)
        involved = list(dict.fromkeys([*order, *(r.original for r in relays)]))
        results = {r.article.id: r for r in self._partial_results(involved, members)}
        out: list[CorpusClaim] = []
        counted: set[str] = set()
        for n, (_, items) in enumerate(shown, 1):
            if out and all(_voice_of(i).independence_group in counted for i in items):
                out.append(out[-1])
                continue
            upto = set(order[:n])
            mine = [r for r in relays if r.copy in upto]
            held = [results[a] for a in dict.fromkeys([*order[:n], *(r.original for r in mine)])]
            voice_of = statement_voices(held, mine)
            group = [c for a, c in claims if a in upto]
            (judged,) = corpus_claims(
                held,
                {"": group},
                voice_of,
                mine,
                printed=self._printed(held),
                texts=_Texts(self._db),
            )
            out.append(judged)
            counted = _counted_groups(every, judged)
        return out

    def _history(self, claim: int) -> tuple[StatusChange, ...]:
        """A claim's recorded status changes, oldest first, each with the status before it."""
        history = self._db.execute(
            "SELECT status, article, published, recorded_at FROM history WHERE claim = ? "
            "ORDER BY id",
            (claim,),
        ).fetchall()
        changes, before = [], None
        for status, article, published, recorded in history:
            changes.append(
                StatusChange(claim, Status(status), before, article, published, recorded)
            )
            before = Status(status)
        return tuple(changes)

    def report(self) -> Report:
        """Everything held, as the Report one `tracker report` over the same articles gives,
        but with the store's stable claim ids (k1 is the first claim the store saw)."""
        db = self._db
        items: dict[str, list[_ItemRow]] = {}
        for row in db.execute(
            "SELECT article, kind, data, vocabulary, numbers, negated, stance "
            "FROM items ORDER BY article, pos"
        ):
            items.setdefault(row[0], []).append(row[1:])
        members: dict[str, list[Claim]] = {}
        for article, data in db.execute(
            "SELECT article, data FROM members ORDER BY article, number"
        ):
            members.setdefault(article, []).append(codec.claim_from(json.loads(data)))
        results = [
            self._full_result(meta, text, voice, prints, items.get(a, []), members.get(a, []))
            for a, meta, text, voice, prints in db.execute(
                "SELECT id, meta, text, voice, fingerprints FROM articles ORDER BY seq"
            )
        ]
        claim_of = {c.id: c for claims in members.values() for c in claims}
        corpus = [_corpus_claim(i, d, claim_of) for i, d, _, _ in self._rows()]
        return Report(
            results=tuple(results),
            corpus_claims=tuple(corpus),
            suggested_links=tuple(self._links()),
            relays=tuple(self._relay_chain([r.article.id for r in results])),
        )

    def _full_result(
        self,
        meta: str,
        text: str,
        voice: str,
        prints: str,
        items: Sequence[_ItemRow],
        claims: Sequence[Claim],
    ) -> ArticleResult:
        """An article's whole result, as analysing it gave it."""
        article: Article = codec.article_from(json.loads(meta), text)
        atts = tuple(self._attribution(d) for k, d, *_ in items if k == "a")
        stmts = tuple(self._statement(d) for k, d, *_ in items if k == "s")
        every: tuple[Attribution | Statement, ...] = (*atts, *stmts)
        keys = tuple(
            MatchKey(
                i.id,
                article.id,
                tuple(v.split()),
                tuple(n.split()),
                bool(neg),
                Stance(s) if s else None,
            )
            for i, (_, _, v, n, neg, s) in zip(every, items, strict=True)
        )
        publisher = json.loads(voice)
        seen: dict[str, Source] = {}
        for att in atts:
            for v in (att.source, *att.chain, att.origin):
                seen.setdefault(v.id, v)
        return ArticleResult(
            article=article,
            attributions=atts,
            statements=stmts,
            claims=tuple(claims),
            sources=tuple(sorted(seen.values(), key=lambda s: s.id)),
            publisher=codec.source_from(publisher) if publisher else None,
            match_keys=keys,
            fingerprints=tuple(json.loads(prints)),
        )

    def _voice(self, key: str) -> Source:
        found = self._voice_cache.get(key)
        if found is None:
            row = self._db.execute("SELECT data FROM voices WHERE key = ?", (key,)).fetchone()
            found = self._voice_cache[key] = codec.source_from(json.loads(row[0]))
        return found

    def _attribution(self, data: str) -> Attribution:
        return codec.attribution_from(json.loads(data), self._voice)

    def _statement(self, data: str) -> Statement:
        return codec.statement_from(json.loads(data), self._voice)

    def _links(self) -> list[Link]:
        claim_of = dict(
            self._db.execute(
                "SELECT i.id, m.claim FROM links l JOIN items i ON i.id IN (l.a, l.b) "
                "JOIN members m ON m.id = i.member"
            )
        )
        best: dict[tuple[str, str], float] = {}
        for a, b, ratio in self._db.execute("SELECT a, b, score FROM links"):
            first, second = sorted(
                (f"k{self._current(claim_of[a])}", f"k{self._current(claim_of[b])}")
            )
            if first != second:
                best[(first, second)] = max(best.get((first, second), 0.0), round(ratio, 1))
        return [Link(a, b, s) for (a, b), s in sorted(best.items())]


#: Column values of a claim row before it is judged.
_EMPTY: tuple[Any, ...] = ("", "", "", 0, 0, "", "{}", None)


class _Texts(Mapping[str, str]):
    """Stored articles' texts, read when judging asks for one (few claims need any)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __getitem__(self, article: str) -> str:
        row = self._db.execute("SELECT text FROM articles WHERE id = ?", (article,)).fetchone()
        if row is None:
            raise KeyError(article)
        return str(row[0])

    def __iter__(self) -> Iterator[str]:
        return (a for (a,) in self._db.execute("SELECT id FROM articles ORDER BY seq"))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])


def _bounded(cache: dict[str, Any]) -> dict[str, Any]:
    """The cache, emptied first when it holds DECODED entries or more."""
    if len(cache) >= DECODED:
        cache.clear()
    return cache


def _claim_values(claim: CorpusClaim, claimed_at: str | None) -> tuple[Any, ...]:
    """A judged claim's row values, text to claimed_at (the rest is in its members' rows)."""
    data = {
        "members": list(claim.members),
        "articles": list(claim.articles),
        "outlets": claim.outlets,
        "origins": list(claim.origins),
        "denying_origins": list(claim.denying_origins),
        "own_voices": list(claim.own_voices),
    }
    places = len(claim.attributions) + len(claim.statements)
    return (
        claim.text,
        claim.status.value,
        claim.explanation,
        len(claim.articles),
        places,
        claim.members[0],
        _json(data),
        claimed_at,
    )


def _corpus_claim(claim: int, data: dict[str, Any], claim_of: dict[str, Claim]) -> CorpusClaim:
    members = [claim_of[m] for m in data["members"]]
    return CorpusClaim(
        id=f"k{claim}",
        text=data["text"],
        members=tuple(data["members"]),
        attributions=tuple(a for m in members for a in m.attributions),
        statements=tuple(s for m in members for s in m.statements),
        articles=tuple(data["articles"]),
        outlets=data["outlets"],
        origins=tuple(data["origins"]),
        denying_origins=tuple(data["denying_origins"]),
        own_voices=tuple(data["own_voices"]),
        status=Status(data["status"]),
        explanation=data["explanation"],
    )


def _claimed_at(results: Sequence[ArticleResult], articles: Sequence[str]) -> str | None:
    """The earliest publication date of these articles (read from their results), if any."""
    wanted = set(articles)
    dates = [r.article.published for r in results if r.article.id in wanted]
    return min((d for d in dates if d is not None), default=None)


def _asserts(item: Attribution | Statement) -> bool:
    if isinstance(item, Attribution):
        return item.stance is Stance.ASSERTS
    return item.credited


def _counted_groups(every: Iterable[Attribution | Statement], judged: CorpusClaim) -> set[str]:
    """The groups of the voices that count in the claim as judged: an item copied from another
    outlet's text takes that outlet's voice, and its own no longer counts. ``every`` are the
    claim's items in all its articles."""
    counted = {*judged.origins, *judged.denying_origins, *judged.own_voices}
    return {_voice_of(i).independence_group for i in every if _voice_of(i).id in counted}


def _voice_of(item: Attribution | Statement) -> Source:
    return origin_of(item) if isinstance(item, Attribution) else item.voice


def _chain_text(item: Attribution | Statement) -> str:
    if isinstance(item, Statement):
        return f"{item.voice.name} ({'wire credit' if item.credited else 'own voice'})"
    voices = " → ".join(v.name for v in item.chain) or item.source.name
    return f"{voices} ({'denies' if item.stance is Stance.DENIES else item.cue})"


def _role(*, first: bool, copy: bool, mine: Sequence[Attribution | Statement], new: bool) -> str:
    """How an article took part in a claim's story (see Appearance.role)."""
    if any(isinstance(i, Attribution) and i.stance is Stance.DENIES for i in mine):
        return "denial"
    if first:
        return "first"
    if new:  # an origin gained tells more than the copied text beside it
        return "new origin"
    if copy:
        return "copy"
    return "relayed" if any(_asserts(i) for i in mine) else "own voice"
