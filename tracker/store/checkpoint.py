"""Checkpoints of the store's write-ahead log, in a thread of their own.

A commit in WAL mode appends the pages it wrote to the log; a checkpoint copies them into the
database file and syncs both, which left to SQLite (wal_autocheckpoint) the writer does inside
its commit. Here a thread with its own connection does it after each commit while the writer
goes on linking the next chunk (SQLite lets go of the GIL while it copies and syncs, so the
copy runs on another core). The log starts again from its beginning only when a writer begins
a transaction with every page of it copied: the writer asks for that (``catch_up``) once the
log has grown past a limit, and then copies only what the last commit added.
"""

from __future__ import annotations

import sqlite3
import threading

#: Log frames (pages) after which the writer has the log start again at its next transaction.
LIMIT = 16_000


class Checkpointer:
    """A thread that checkpoints one store file's log after each commit (see the module)."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._state = threading.Condition()
        self._wanted = self._running = self._stopping = False
        #: Frames in the log at the last checkpoint.
        self.frames = 0
        self._thread = threading.Thread(target=self._run, name="tracker-checkpoints", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        """Say that a transaction has committed: its pages can be copied."""
        with self._state:
            self._wanted = True
            self._state.notify_all()

    def catch_up(self, db: sqlite3.Connection) -> None:
        """When the log is past LIMIT frames, copy the rest of it on ``db`` (the writer's
        connection, outside a transaction), so that its next transaction starts it again."""
        if self.frames <= LIMIT:
            return
        with self._state:
            while self._running or self._wanted:
                self._state.wait()
        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        self.frames = 0

    def close(self) -> None:
        """Stop the thread (after the checkpoint in progress, if any)."""
        with self._state:
            self._stopping = True
            self._state.notify_all()
        self._thread.join()

    def _run(self) -> None:
        db = sqlite3.connect(self._path, isolation_level=None, check_same_thread=True)
        try:
            while self._next():
                try:
                    row = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                except sqlite3.Error:
                    # Only an optimisation: the writer's catch_up, or closing the store, copies
                    # what this one could not.
                    row = None
                with self._state:
                    self._running = False
                    if row is not None:
                        self.frames = int(row[1])
                    self._state.notify_all()
        finally:
            db.close()

    def _next(self) -> bool:
        """Wait for a commit to checkpoint; False when asked to stop."""
        with self._state:
            while not self._wanted and not self._stopping:
                self._state.wait()
            if self._stopping:
                return False
            self._wanted, self._running = False, True
            return True
