"""Version 3: blocking keys beyond words (stems of rare words, anchors) and link reasons."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

from ...models import MatchKey

SCHEMA = """
-- Each statement's other blocking keys by kind ('s': stems of its rarest words, 'a': anchors,
-- with semantic linking), and how many statements hold each key (key_df).
CREATE TABLE key_blocks (
    kind TEXT, key TEXT, item TEXT, size INTEGER NOT NULL, PRIMARY KEY (kind, key, item)
) WITHOUT ROWID;
CREATE TABLE key_df (kind TEXT, key TEXT, df INTEGER NOT NULL, PRIMARY KEY (kind, key))
    WITHOUT ROWID;
-- Confirmed links between statements and why they were made (explanations say "linked by").
CREATE TABLE reasons (a TEXT, b TEXT, score REAL NOT NULL, why TEXT NOT NULL, PRIMARY KEY (a, b))
    WITHOUT ROWID;
CREATE INDEX reasons_b ON reasons (b);
"""


def apply(conn: sqlite3.Connection) -> None:
    """Create the tables and block the statements already held on the stems of their rarest
    words (by today's word counts); links made before keep their explanations."""
    # Imported here: opening an up-to-date store (for a query) need not load the linking code.
    from ...corroborate import DEFAULT, Thresholds, rare_stems

    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    held = conn.execute("SELECT value FROM meta WHERE key = 'thresholds'").fetchone()
    t = Thresholds(**json.loads(held[0])) if held else DEFAULT
    df = dict(conn.execute("SELECT word, df FROM words").fetchall())
    rows = []
    for item, article, vocabulary in conn.execute("SELECT id, article, vocabulary FROM items"):
        key = MatchKey(item, article, tuple(vocabulary.split()), (), False, None)
        own = rare_stems(key, df, t)
        rows += [("s", s, item, len(own)) for s in own]
    counts = Counter((kind, key) for kind, key, _, _ in rows)
    # As when adding: a key in more statements than max_postings is not blocked on.
    rows = [row for row in rows if counts[(row[0], row[1])] <= t.max_postings]
    conn.executemany("INSERT INTO key_blocks VALUES (?, ?, ?, ?)", rows)
    conn.executemany(
        "INSERT INTO key_df VALUES (?, ?, ?)", [(k, s, n) for (k, s), n in sorted(counts.items())]
    )
