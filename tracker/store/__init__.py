"""A persistent claim store: track a story as its articles arrive.

``open_store(path)`` gives the SQLite store (the default); ``add_paths`` reads, analyses and adds
articles in chunks; the query methods live on the Store protocol (base.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..corroborate import Thresholds
from ..errors import StoreError
from .base import (
    SCHEMA_VERSION,
    Appearance,
    ClaimQuery,
    ClaimRow,
    SourceRow,
    StatusChange,
    Store,
    Stored,
    Timeline,
)
from .sqlite import SQLiteStore

if TYPE_CHECKING:
    from .ingest import AddSummary, add_paths


def __getattr__(name: str) -> Any:
    # Adding reads and analyses articles (the whole pipeline); queries need none of it, so
    # `tracker claims` does not load it at start-up.
    if name in ("AddSummary", "add_paths"):
        from . import ingest

        return getattr(ingest, name)
    raise AttributeError(f"module 'tracker.store' has no attribute {name!r}")


#: The store used when neither --store nor TRACKER_STORE names one.
DEFAULT_PATH = "tracker.db"


def store_path(given: str | Path | None = None) -> Path:
    """The store to use: the given path, else $TRACKER_STORE, else ./tracker.db."""
    return Path(given or os.environ.get("TRACKER_STORE") or DEFAULT_PATH)


def open_store(
    path: str | Path | None = None, thresholds: Thresholds | None = None, *, create: bool = True
) -> Store:
    """Open the store at ``path`` (see store_path); ``create=False`` refuses a missing file."""
    where = store_path(path)
    if not create and not where.exists():
        raise StoreError(
            f"{where}: no store here; add articles first (tracker add PATH... "
            f"--store {where}) or give the right --store"
        )
    return SQLiteStore(where, thresholds)


__all__ = [
    "DEFAULT_PATH",
    "SCHEMA_VERSION",
    "AddSummary",
    "Appearance",
    "ClaimQuery",
    "ClaimRow",
    "SQLiteStore",
    "SourceRow",
    "StatusChange",
    "Store",
    "StoreError",
    "Stored",
    "Timeline",
    "add_paths",
    "open_store",
    "store_path",
]
