"""A persistent claim store: track a story as its articles arrive.

``open_store(path)`` gives the SQLite store (the default); ``add_paths`` reads, analyses and adds
articles in chunks; the query methods live on the Store protocol (base.py). ``open_reader(path)``
opens a store for the claims and sources queries only, without loading the linking code.
"""

from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from .base import (
    SCHEMA_VERSION,
    Appearance,
    ClaimQuery,
    ClaimRow,
    Reader,
    SourceRow,
    StatusChange,
    Store,
    Stored,
    Timeline,
)
from .reader import SQLiteReader

if TYPE_CHECKING:
    from ..corroborate import Thresholds
    from .ingest import AddSummary, add_paths
    from .sqlite import SQLiteStore

#: Where the names that load the linking code live: adding reads and analyses articles (the
#: whole pipeline) and the store links them; queries need none of it, so `tracker claims` does
#: not load it at start-up.
_LINKING = {"AddSummary": "ingest", "add_paths": "ingest", "SQLiteStore": "sqlite"}


def __getattr__(name: str) -> Any:
    if name in _LINKING:
        return getattr(import_module(f".{_LINKING[name]}", __name__), name)
    raise AttributeError(f"module 'tracker.store' has no attribute {name!r}")


#: The store used when neither --store nor TRACKER_STORE names one.
DEFAULT_PATH = "tracker.db"


def store_path(given: str | Path | None = None) -> Path:
    """The store to use: the given path, else $TRACKER_STORE, else ./tracker.db."""
    return Path(given or os.environ.get("TRACKER_STORE") or DEFAULT_PATH)


def _existing(path: str | Path | None) -> Path:
    where = store_path(path)
    if not where.exists():
        raise StoreError(
            f"{where}: no store here; add articles first (tracker add PATH... "
            f"--store {where}) or give the right --store"
        )
    return where


def open_store(
    path: str | Path | None = None, thresholds: Thresholds | None = None, *, create: bool = True
) -> Store:
    """Open the store at ``path`` (see store_path); ``create=False`` refuses a missing file."""
    from .sqlite import SQLiteStore

    return SQLiteStore(store_path(path) if create else _existing(path), thresholds)


def open_reader(path: str | Path | None = None) -> Reader:
    """Open the existing store at ``path`` (see store_path) for the claims and sources queries."""
    return SQLiteReader(_existing(path))


__all__ = [
    "DEFAULT_PATH",
    "SCHEMA_VERSION",
    "AddSummary",
    "Appearance",
    "ClaimQuery",
    "ClaimRow",
    "Reader",
    "SQLiteReader",
    "SQLiteStore",
    "SourceRow",
    "StatusChange",
    "Store",
    "StoreError",
    "Stored",
    "Timeline",
    "add_paths",
    "open_reader",
    "open_store",
    "store_path",
]
