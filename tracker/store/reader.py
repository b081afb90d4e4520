"""The SQLite store's reading half: open (creating or migrating) the file, and answer the
claims and sources queries.

Nothing here links or judges claims, so a query (`tracker claims`) loads none of the linking code;
SQLiteStore (sqlite.py) adds articles, tells a claim's story and rebuilds the report on top of it.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..models import Status
from .base import ClaimQuery, ClaimRow, SourceRow
from .migrations import CURRENT, STEPS

#: Milliseconds a writer waits for another process's transaction before saying the store is busy.
BUSY_MS = 30_000
#: WAL pages written before SQLite copies them into the database file.
CHECKPOINT = 16_000
#: The page cache of a connection, in KB.
CACHE_KB = 65_536
#: Prepared statements a connection keeps (lookups of each length up to _BATCH, see _padded).
STATEMENTS = 512
#: Most ids in one "IN (…)" query.
_BATCH = 5000


#: One encoder for every row (json.dumps with options builds a new one each call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _json(value: Any) -> str:
    return _ENCODER.encode(value)


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _BATCH):
        yield values[start : start + _BATCH]


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def _padded(values: Sequence[Any]) -> Sequence[Any]:
    """The values, the last repeated up to a power of two: "IN (…)" finds the same rows, and
    its statement, prepared once for each length, comes from the connection's cache rather
    than being prepared again for every length a lookup happens to have."""
    size = 1 << (len(values) - 1).bit_length()
    return [*values, *[values[-1]] * (size - len(values))] if size > len(values) else values


class SQLiteReader:
    """A claim store in one SQLite file, for queries (see the module docstring)."""

    def __init__(self, path: str | Path) -> None:
        """Open the store at ``path``, creating it or bringing an older schema up to date."""
        self.path = str(path)
        deadline = time.monotonic() + BUSY_MS / 1000
        while True:
            try:
                self._open()
                return
            except sqlite3.OperationalError as exc:
                # Two processes creating one store at once: switching the new file to WAL can
                # fail at once ("database is locked") rather than wait for the busy timeout.
                if hasattr(self, "_db"):
                    self._db.close()
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or time.monotonic() > deadline:
                    raise self._error(exc) from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                raise self._error(exc) from None

    def _open(self) -> None:
        """Connect, set the connection up, and create or migrate the schema."""
        self._db = sqlite3.connect(
            self.path, isolation_level=None, timeout=BUSY_MS / 1000, cached_statements=STATEMENTS
        )
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        # The blocking tables are read and written all over at each article: keep their
        # pages in memory (the default cache is 2 MB) rather than spill them to the WAL.
        self._db.execute(f"PRAGMA cache_size = {-CACHE_KB}")
        self._db.execute("PRAGMA temp_store = MEMORY")
        # A chunk writes a few thousand pages: checkpoint (and fsync) every CHECKPOINT
        # pages rather than after nearly every commit (SQLite's default is 1000).
        self._db.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT}")
        self._migrate()

    # --- opening -----------------------------------------------------------------------------

    def _error(self, exc: sqlite3.Error) -> StoreError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return StoreError(
                f"{self.path}: the store is busy (another tracker is writing to it "
                f"for over {BUSY_MS // 1000} s); try again when it has finished"
            )
        return StoreError(
            f"{self.path}: not a usable tracker store ({text}); "
            "give another --store path, or move this file away"
        )

    def _version(self) -> int:
        found = self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if found is None:
            return 0
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        version = self._version()
        if version > CURRENT:
            raise StoreError(
                f"{self.path}: this store has schema version {version}, written by a newer "
                f"tracker; this one reads up to version {CURRENT}. Upgrade tracker "
                "(pip install -U tracker) or give another --store"
            )
        if version == CURRENT:
            return
        with self._transaction():
            version = self._version()  # another process may have migrated while we waited
            for step in STEPS[version:]:
                step(self._db)
            self._db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(CURRENT),)
            )

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> None:
            self.db.execute("BEGIN IMMEDIATE")

        def __exit__(self, kind: object, exc: object, tb: object) -> None:
            self.db.execute("COMMIT" if kind is None else "ROLLBACK")

    def _transaction(self) -> SQLiteReader._Tx:
        """One write transaction, taking the write lock at once (so writers queue, not fail)."""
        return SQLiteReader._Tx(self._db)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    # --- reading -----------------------------------------------------------------------------

    def known(self, hashes: Sequence[str]) -> dict[str, str]:
        """Stored article paths by content hash, for the hashes already held."""
        found: dict[str, str] = {}
        for part in _chunks(list(hashes)):
            sql = f"SELECT hash, path FROM articles WHERE hash IN ({_marks(part)})"
            found.update(self._db.execute(sql, part).fetchall())
        return found

    def _lookup(self, sql: str, values: Sequence[Any]) -> list[Any]:
        out: list[Any] = []
        for part in _chunks(values):
            padded = _padded(part)
            out += self._db.execute(sql.format(_marks(padded)), padded).fetchall()
        return out

    # --- queries -----------------------------------------------------------------------------

    def _names(self, ids: Iterable[str]) -> dict[str, str]:
        return dict(self._lookup("SELECT id, name FROM sources WHERE id IN ({})", sorted(set(ids))))

    def _rows(
        self, where: str = "", args: Sequence[Any] = (), *, full: bool = True
    ) -> list[tuple[int, dict[str, Any], str, str | None]]:
        """(id, data, first_seen, claimed_at) of the claims not merged away, most widely carried
        first. The data has text, status, explanation and the article count (n_articles), and
        either everything (``full``) or only outlets and origins, which SQLite picks out of the
        stored JSON itself: the claims table needs no more, and a widely carried claim's member
        lists are long."""
        data = (
            "data"
            if full
            else "json_object('outlets', json_extract(data, '$.outlets'), "
            "'origins', json_extract(data, '$.origins'), "
            "'denying_origins', json_extract(data, '$.denying_origins'))"
        )
        sql = (
            f"SELECT id, {data}, first_seen, claimed_at, text, status, explanation, articles "
            f"FROM claims WHERE merged_into IS NULL {where} "
            "ORDER BY articles DESC, places DESC, first_member"
        )
        return [
            (i, {**json.loads(d), "text": t, "status": st, "explanation": e, "n_articles": n}, f, c)
            for i, d, f, c, t, st, e, n in self._db.execute(sql, args)
        ]

    def _claim_rows(
        self, rows: Sequence[tuple[int, dict[str, Any], str, str | None]]
    ) -> tuple[ClaimRow, ...]:
        names = self._names(
            chain.from_iterable((*d["origins"], *d["denying_origins"]) for _, d, _, _ in rows)
        )
        return tuple(
            ClaimRow(
                i,
                d["text"],
                Status(d["status"]),
                d["n_articles"],
                d["outlets"],
                tuple(names.get(o, o) for o in d["origins"]),
                tuple(names.get(o, o) for o in d["denying_origins"]),
                first,
                claimed,
                d["explanation"],
            )
            for i, d, first, claimed in rows
        )

    def claims(self, query: ClaimQuery) -> tuple[ClaimRow, ...]:
        """Claims matching the query, most widely carried first."""
        where, args = "", []
        if query.status is not None:
            where += "AND status = ? "
            args.append(query.status.value)
        if query.since is not None:
            where += (
                "AND id IN (SELECT claim FROM history "
                "WHERE coalesce(published, substr(recorded_at, 1, 10)) >= ?) "
            )
            args.append(query.since)
        rows = self._rows(where, args, full=False)
        if query.source is not None:
            wanted = self._source_ids(query.source)
            rows = [r for r in rows if wanted & {*r[1]["origins"], *r[1]["denying_origins"]}]
        if query.search is not None:
            from ..text import fold, words_of  # here: compiling its patterns delays every query

            words = words_of(fold(query.search))
            rows = [r for r in rows if all(w in fold(r[1]["text"]) for w in words)]
        return self._claim_rows(rows[: query.limit] if query.limit else rows)

    def _source_ids(self, name: str) -> set[str]:
        from ..text import fold  # here: compiling its patterns delays every query

        needle = fold(name)
        rows = self._db.execute("SELECT id, name, name_en FROM sources").fetchall()
        return {
            i
            for i, n, en in rows
            if needle in (i, fold(n)) or needle in fold(n) or (en and needle in fold(en))
        }

    def _resolve(self, claim: int) -> int:
        seen = set()
        current = claim
        while current not in seen:
            seen.add(current)
            row = self._db.execute(
                "SELECT merged_into FROM claims WHERE id = ?", (current,)
            ).fetchone()
            if row is None:
                raise StoreError(f"{self.path}: no claim k{claim}; see the ids in `tracker claims`")
            if row[0] is None:
                return current
            current = int(row[0])
        return current

    def sources(self, name: str | None = None) -> tuple[SourceRow, ...]:
        """Origins with their claims, corroborations and denials (one source's claim ids when
        asked for by name)."""
        counts: dict[str, list[int]] = {}
        claims_of: dict[str, list[int]] = {}
        for claim, data, _, _ in self._rows():
            corroborated = data["status"] == Status.CORROBORATED.value
            for origin in data["origins"]:
                tally = counts.setdefault(origin, [0, 0, 0])
                tally[0] += 1
                tally[1] += corroborated
                claims_of.setdefault(origin, []).append(claim)
            for denier in data["denying_origins"]:
                counts.setdefault(denier, [0, 0, 0])[2] += 1
                claims_of.setdefault(denier, []).append(claim)
        wanted = self._source_ids(name) if name is not None else set(counts)
        info = dict(
            self._lookup(
                "SELECT id, name || char(0) || kind FROM sources WHERE id IN ({})",
                sorted(wanted & set(counts)),
            )
        )
        rows = []
        for source in sorted(info):
            label, kind = info[source].split("\0")
            asserted, corroborated, denials = counts[source]
            ids = tuple(sorted(claims_of[source])) if name is not None else ()
            rows.append(SourceRow(source, label, kind, asserted, corroborated, denials, ids))
        rows.sort(key=lambda r: (-r.claims - r.denials, r.id))
        return tuple(rows)
