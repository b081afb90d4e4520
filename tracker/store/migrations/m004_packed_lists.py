"""Version 4: the blocking lists packed, one row per key for each transaction that added to it.

Versions 1-3 kept one row per (key, statement) in postings, blocks and key_blocks: adding an
article inserted some hundred rows there, which cost more than linking it. A row of ``lists``
holds the statements a transaction listed under one key, with their sizes (word counts), the
kind of list first: "p" postings (statements per word), "b" blocks (each statement's rarest
words), and the kinds of key_blocks ("s" stems, "a" anchors).
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE lists (
    kind TEXT, key TEXT, batch INTEGER, items TEXT NOT NULL, sizes TEXT NOT NULL,
    PRIMARY KEY (kind, key, batch)
) WITHOUT ROWID
"""

#: Each old table's rows grouped by key into one row (batch 0), the ids joined by char(31)
#: (index.SEP); both group_concat calls of a query read the rows in one order, so items and
#: sizes stay aligned.
_MOVES = (
    "INSERT INTO lists SELECT 'p', word, 0, group_concat(item, char(31)), '' "
    "FROM postings GROUP BY word",
    "INSERT INTO lists SELECT 'b', word, 0, group_concat(item, char(31)), "
    "group_concat(size, ' ') FROM blocks GROUP BY word",
    "INSERT INTO lists SELECT kind, key, 0, group_concat(item, char(31)), "
    "group_concat(size, ' ') FROM key_blocks GROUP BY kind, key",
)


def apply(conn: sqlite3.Connection) -> None:
    """Pack the rows of postings, blocks and key_blocks into lists, and drop those tables."""
    conn.execute(SCHEMA)
    for move in _MOVES:
        conn.execute(move)
    for table in ("postings", "blocks", "key_blocks"):
        conn.execute(f"DROP TABLE {table}")
