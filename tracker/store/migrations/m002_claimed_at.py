"""Version 2: a claim's claimed_at (earliest publication date) and each change's article date."""

from __future__ import annotations

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    """Add claims.claimed_at and history.published, filled from the articles already held."""
    conn.execute("ALTER TABLE claims ADD COLUMN claimed_at TEXT")
    conn.execute("ALTER TABLE history ADD COLUMN published TEXT")
    conn.execute(
        "UPDATE claims SET claimed_at = (SELECT min(a.published) FROM members m "
        "JOIN articles a ON a.id = m.article WHERE m.claim = claims.id)"
    )
    conn.execute(
        "UPDATE history SET published = "
        "(SELECT a.published FROM articles a WHERE a.id = history.article)"
    )
