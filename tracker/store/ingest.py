"""`tracker add`: read and analyse articles, then add them to a store chunk by chunk."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..models import ArticleResult, Failure
from ..pipeline import Options, Progress, analyse_document, read_inputs
from ..sources import Registry
from .base import StatusChange, Store

#: Articles per transaction: a crash loses at most this many.
CHUNK = 100


@dataclass(frozen=True, slots=True)
class AddSummary:
    """What `tracker add` did."""

    added: tuple[str, ...]
    #: (path, path of the article already stored, or read earlier, with the same text).
    duplicates: tuple[tuple[str, str], ...]
    failures: tuple[Failure, ...]
    changes: tuple[StatusChange, ...]

    @property
    def changed_claims(self) -> int:
        """Existing claims whose status changed (new claims not counted)."""
        return len({c.claim for c in self.changes if c.previous is not None})

    @property
    def new_claims(self) -> int:
        """Claims the added articles brought to the store."""
        return len({c.claim for c in self.changes if c.previous is None})


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def add_paths(
    store: Store,
    paths: Iterable[str],
    options: Options,
    *,
    progress: Progress | None = None,
    chunk: int = CHUNK,
    clock: Callable[[], str] = _now,
) -> AddSummary:
    """Analyse the articles under ``paths`` and add them to ``store``, ``chunk`` per transaction.

    Texts the store holds already are duplicates and are not analysed again; bad inputs become
    failures and the rest still goes in.
    """
    documents, failures, dups = read_inputs(paths, options)
    duplicates = [(d.path, d.same_as) for d in dups]
    registry = Registry.load(options.sources)
    digests = [hashlib.sha1(d.text.strip().encode("utf-8")).hexdigest() for d in documents]
    held = store.known(digests)
    added: list[str] = []
    changes: list[StatusChange] = []
    pending: list[tuple[str, ArticleResult]] = []
    total = len(documents)

    def flush() -> None:
        stored = store.add(pending, clock())
        added.extend(stored.added)
        duplicates.extend(stored.duplicates)
        changes.extend(stored.changes)
        pending.clear()

    for done, (digest, document) in enumerate(zip(digests, documents, strict=True), 1):
        if digest in held:
            duplicates.append((document.path, held[digest]))
        else:
            outcome = analyse_document(document, options, registry)
            if isinstance(outcome, Failure):
                failures.append(outcome)
            else:
                pending.append((digest, outcome))
        if len(pending) >= chunk:
            flush()
        if progress is not None:
            progress(document.path, done, total)
    if pending:
        flush()
    return AddSummary(tuple(added), tuple(duplicates), tuple(failures), tuple(changes))
