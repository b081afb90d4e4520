"""The store's blocking tables (words and key_df: counts; lists: postings, blocks and the lists
of other keys), read through a cache.

Each new statement asks how many statements hold each of its words, and which statements hold
its rarest ones; the same words come back article after article, and asking SQLite each time
cost more than judging the pairs found. These classes keep what they read (and write through
what the store adds) in memory. The cache is only ever a copy of the tables: it is dropped when
another connection has written to the store since (PRAGMA data_version), when a transaction is
rolled back, and when it holds more than LIMIT keys; the counts and lists it adds reach the
tables at the end of each transaction (Index.flush), before it commits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

#: Most keys (words, stems, anchors) cached over all tables before the cache starts afresh.
LIMIT = 600_000

#: The kinds of blocking keys beyond words: stems of the rarest words, anchors, telling
#: counts with what they count (``corroborate.count_keys``), bilingual terms, and a denial's
#: words counted over denials alone ("d": ``corroborate._among_denials``).
KINDS = ("s", "a", "c", "t", "d")
#: The kinds whose keys also have full postings (every statement holding the key), as words
#: do: anchors, few per statement and blocked on only with embeddings, and bilingual terms
#: ("t": ``corroborate.term_keys``), one of which pairs statements of two languages.
POSTED = ("a", "t")
#: Separates the statements of a row of the lists table (no statement id holds it).
SEP = "\x1f"
#: Runs "… IN ({})" for a list of values, in parts SQLite takes (reader._lookup).
Lookup = Callable[[str, Sequence[Any]], list[Any]]


class Counts:
    """How many statements hold each key (a words or key_df table).

    The counts added are written to the table once per transaction (``flush``), summed: a chunk
    of articles repeats most of its words.
    """

    def __init__(self, db: sqlite3.Connection, lookup: Lookup, select: str, upsert: str) -> None:
        """``select`` reads (key, count) rows for "IN ({})"; ``upsert`` adds (key, n) rows."""
        self._db, self._lookup, self._select, self._upsert = db, lookup, select, upsert
        self.held: dict[str, int] = {}
        self._added: dict[str, int] = {}

    def get(self, keys: Iterable[str]) -> dict[str, int]:
        """Each key's count (0 when no statement holds it)."""
        held = self.held
        missing = sorted({k for k in keys if k not in held})
        if missing:
            found = dict(self._lookup(self._select, missing))
            for key in missing:
                held[key] = found.get(key, 0)
        return held

    def add(self, counts: Mapping[str, int]) -> None:
        """Count more statements for these keys (each read with get first, so that the cache
        holds it until flush has written it)."""
        held, added = self.held, self._added
        for key, n in counts.items():
            held[key] += n
            added[key] = added.get(key, 0) + n

    def flush(self) -> None:
        """Write the counts added since the last flush, in key order (sorting the keys alone is
        cheaper than sorting the pairs)."""
        added = self._added
        self._db.executemany(self._upsert, [(key, added[key]) for key in sorted(added)])
        added.clear()


class Lists:
    """The statements listed under each key, with their sizes: one kind of the lists table.

    What a transaction lists is written at its end (``flush``), one row per key: a chunk of
    articles lists some hundred statements per article, mostly under keys that other
    statements of the chunk use too.
    """

    def __init__(self, db: sqlite3.Connection, lookup: Lookup, kind: str, *, sized: bool) -> None:
        """``kind`` picks the lists (see SEP); a list not ``sized`` keeps no sizes (all 0)."""
        self._db, self._lookup, self._kind, self._sized = db, lookup, kind, sized
        self.held: dict[str, dict[str, int]] = {}
        # What this transaction listed under each key, not written yet: items and their sizes.
        self._items: dict[str, list[str]] = {}
        self._sizes: dict[str, list[int]] = {}

    def get(self, keys: Iterable[str]) -> dict[str, dict[str, int]]:
        """Each key's statements and their sizes (empty when none)."""
        held = self.held
        missing = sorted({k for k in keys if k not in held})
        if not missing:
            return held
        for key in missing:
            held[key] = {}
        select = (
            f"SELECT key, items, sizes FROM lists WHERE kind = '{self._kind}' AND key IN ({{}})"
        )
        for key, items, sizes in self._lookup(select, missing):
            self._update(held[key], items.split(SEP), [int(n) for n in sizes.split()])
        added = self._items
        for key in missing:
            if key in added:  # listed in this transaction, not written yet
                self._update(held[key], added[key], self._sizes.get(key, []))
        return held

    def _update(self, listed: dict[str, int], items: list[str], sizes: list[int]) -> None:
        if self._sized:
            listed.update(zip(items, sizes, strict=True))
        else:
            listed.update(dict.fromkeys(items, 0))

    def add(self, rows: Sequence[tuple[str, str, int]]) -> None:
        """List statements under keys: (key, item, size) rows."""
        held, added, sizes, sized = self.held, self._items, self._sizes, self._sized
        for key, item, size in rows:
            listed = added.get(key)
            if listed is None:
                added[key] = [item]
                if sized:
                    sizes[key] = [size]
            else:
                listed.append(item)
                if sized:
                    sizes[key].append(size)
            if key in held:  # a list not read yet is read whole, with what was added, when asked
                held[key][item] = size

    def drop(self, keys: Sequence[str]) -> None:
        """Forget the lists of these keys."""
        if not keys:
            return
        self._db.executemany(
            f"DELETE FROM lists WHERE kind = '{self._kind}' AND key = ?", [(k,) for k in keys]
        )
        for key in keys:
            self.held[key] = {}
            self._items.pop(key, None)
            self._sizes.pop(key, None)

    def flush(self, batch: int) -> None:
        """Write what was listed since the last flush: a row per key, numbered ``batch``."""
        items, sizes, sized = self._items, self._sizes, self._sized
        rows = [
            (key, batch, SEP.join(items[key]), " ".join(map(str, sizes[key])) if sized else "")
            for key in sorted(items)
        ]
        self._db.executemany(
            f"INSERT INTO lists VALUES ('{self._kind}', ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
            f"items = items || '{SEP}' || excluded.items, "
            "sizes = trim(sizes || ' ' || excluded.sizes)",
            rows,
        )
        self._items.clear()
        sizes.clear()


class Index:
    """The blocking tables of one store connection (see the module docstring)."""

    def __init__(self, db: sqlite3.Connection, lookup: Lookup) -> None:
        self._db, self._lookup = db, lookup
        self._version: int | None = None
        self.clear()

    def clear(self) -> None:
        """Start afresh: everything is read from the tables again."""
        db, lookup = self._db, self._lookup
        self.words = Counts(
            db,
            lookup,
            "SELECT word, df FROM words WHERE word IN ({})",
            "INSERT INTO words VALUES (?, ?) "
            "ON CONFLICT (word) DO UPDATE SET df = df + excluded.df",
        )
        self.postings = Lists(db, lookup, "p", sized=False)
        self.blocks = Lists(db, lookup, "b", sized=True)
        # The kinds of keys beyond words: "s" stems of the rarest words, "a" anchors.
        self.key_df = {kind: self._key_counts(kind) for kind in KINDS}
        self.key_blocks = {kind: self._key_lists(kind) for kind in KINDS}
        # Every statement under each of its blockable anchors, as postings are for words: a
        # short statement (a quote whose only anchor is its speaker) finds each statement
        # holding that anchor, not only those that hold it among their rarest.
        self.key_postings = {kind: Lists(db, lookup, "p" + kind, sized=False) for kind in POSTED}

    def _key_counts(self, kind: str) -> Counts:
        return Counts(
            self._db,
            self._lookup,
            f"SELECT key, df FROM key_df WHERE kind = '{kind}' AND key IN ({{}})",
            f"INSERT INTO key_df VALUES ('{kind}', ?, ?) "
            "ON CONFLICT (kind, key) DO UPDATE SET df = df + excluded.df",
        )

    def _key_lists(self, kind: str) -> Lists:
        return Lists(self._db, self._lookup, kind, sized=True)

    def _size(self) -> int:
        tables: list[Counts | Lists] = [self.words, self.postings, self.blocks]
        tables += [*self.key_df.values(), *self.key_blocks.values(), *self.key_postings.values()]
        return sum(len(table.held) for table in tables)

    def flush(self) -> None:
        """Write the counts and lists added in this transaction (before it commits); the lists'
        rows are numbered by the last article stored."""
        for counts in (self.words, *self.key_df.values()):
            counts.flush()
        (batch,) = self._db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()
        for lists in (
            self.postings,
            self.blocks,
            *self.key_blocks.values(),
            *self.key_postings.values(),
        ):
            lists.flush(batch)

    def begin(self) -> None:
        """At the start of a write transaction: start afresh if another connection has written
        to the store since this one last looked, or the cache has grown past LIMIT."""
        (version,) = self._db.execute("PRAGMA data_version").fetchone()
        if version != self._version or self._size() > LIMIT:
            self.clear()
        self._version = version
