"""Version 1: articles, their extraction, claims with their history, and the blocking keys."""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- One row per distinct text (hash), seq being the order articles were added in.
CREATE TABLE articles (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, hash TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL, title TEXT, publisher TEXT, published TEXT, url TEXT,
    added_at TEXT NOT NULL, meta TEXT NOT NULL, text TEXT NOT NULL,
    voice TEXT, fingerprints TEXT NOT NULL
);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, grp TEXT NOT NULL,
    country TEXT, name_en TEXT
);
-- Every distinct voice record (a source as one text names it), by a hash of its data.
CREATE TABLE voices (key TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
-- Attributions (kind 'a') and own-voice statements (kind 's'), with their match keys.
CREATE TABLE items (
    id TEXT PRIMARY KEY, article TEXT NOT NULL, pos INTEGER NOT NULL, kind TEXT NOT NULL,
    member TEXT NOT NULL, voice TEXT NOT NULL, stance TEXT, data TEXT NOT NULL,
    vocabulary TEXT NOT NULL, numbers TEXT NOT NULL, negated INTEGER NOT NULL
);
CREATE INDEX items_article ON items (article, pos);
CREATE INDEX items_member ON items (member);
-- An article's own claims (members) and the store claim each belongs to.
CREATE TABLE members (
    id TEXT PRIMARY KEY, article TEXT NOT NULL, seq INTEGER NOT NULL, number INTEGER NOT NULL,
    claim INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE INDEX members_claim ON members (claim);
CREATE INDEX members_article ON members (article);
-- Claims across the store, a merged claim points to the claim it was merged into.
CREATE TABLE claims (
    id INTEGER PRIMARY KEY, text TEXT NOT NULL, status TEXT NOT NULL,
    explanation TEXT NOT NULL, articles INTEGER NOT NULL, places INTEGER NOT NULL,
    first_member TEXT NOT NULL, data TEXT NOT NULL,
    first_seen TEXT NOT NULL, first_article TEXT NOT NULL, merged_into INTEGER
);
CREATE INDEX claims_status ON claims (status) WHERE merged_into IS NULL;
CREATE INDEX claims_merged ON claims (merged_into) WHERE merged_into IS NOT NULL;
CREATE TABLE history (
    id INTEGER PRIMARY KEY, claim INTEGER NOT NULL, status TEXT NOT NULL,
    article TEXT NOT NULL, recorded_at TEXT NOT NULL
);
CREATE INDEX history_claim ON history (claim);
-- Blocking: statements per content word (document frequency in words), and each
-- statement's own rarest words (blocks).
CREATE TABLE words (word TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE postings (word TEXT, item TEXT, PRIMARY KEY (word, item)) WITHOUT ROWID;
CREATE TABLE blocks (
    word TEXT, item TEXT, size INTEGER NOT NULL, PRIMARY KEY (word, item)
) WITHOUT ROWID;
CREATE TABLE fingerprints (hash TEXT, article TEXT, PRIMARY KEY (hash, article)) WITHOUT ROWID;
CREATE TABLE relays (
    copy TEXT NOT NULL, original TEXT NOT NULL, shared INTEGER NOT NULL,
    copy_publisher TEXT NOT NULL, original_publisher TEXT NOT NULL,
    seq_a INTEGER NOT NULL, seq_b INTEGER NOT NULL, PRIMARY KEY (copy, original)
);
CREATE INDEX relays_original ON relays (original);
CREATE TABLE links (a TEXT, b TEXT, score REAL NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
"""


def apply(conn: sqlite3.Connection) -> None:
    """Create the version-1 tables."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
