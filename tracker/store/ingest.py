"""`tracker add`: read and analyse articles, then add them to a store chunk by chunk."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from ..models import ArticleResult, Failure
from ..pipeline import Options, Progress, analyse_document, in_workers, read_inputs
from ..readers import Document
from ..sources import Registry
from .base import StatusChange, Store
from .rows import encode

#: Articles per transaction: a crash loses at most this many. Each commit writes every page of
#: the blocking tables that the chunk touched (some 15,000 for 250 SaudiNewsNet articles, mostly
#: the same ones chunk after chunk), and each key's list gains one row per chunk: 500 rather
#: than 250 cut the commit's CPU per article by a quarter, 1,000 rather than 500 the main
#: process's CPU per article by 3-5%, while a second `add` still waits for a chunk (some 5 s of
#: linking) well within the busy timeout.
CHUNK = 1000


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
    jobs: int = 1,
) -> AddSummary:
    """Analyse the articles under ``paths`` and add them to ``store``, ``chunk`` per transaction.

    Texts the store holds already are duplicates and are not analysed again; bad inputs become
    failures and the rest still goes in. With ``jobs`` > 1, articles are analysed in ``jobs`` - 1
    worker processes while this one, the ``jobs``-th, links them and writes to the store.
    """
    documents, failures, dups = read_inputs(paths, options)
    duplicates = [(d.path, d.same_as) for d in dups]
    digests = [hashlib.sha1(d.text.strip().encode("utf-8")).hexdigest() for d in documents]
    held = store.known(digests)
    added: list[str] = []
    changes: list[StatusChange] = []
    pending: list[tuple[str, ArticleResult]] = []

    # The first transactions of a batch are small (chunk/16, /8, … up to chunk): linking starts
    # as soon as the workers' first results arrive instead of waiting for a whole chunk of them.
    size = max(1, chunk // 16)

    def flush() -> None:
        nonlocal size
        size = min(chunk, 2 * size)
        stored = store.add(pending, clock())
        added.extend(stored.added)
        duplicates.extend(stored.duplicates)
        changes.extend(stored.changes)
        pending.clear()

    todo: list[tuple[str, Document]] = []
    for digest, document in zip(digests, documents, strict=True):
        if digest in held:
            duplicates.append((document.path, held[digest]))
        else:
            todo.append((digest, document))
    outcomes = _analysed([d for _, d in todo], options, jobs, chunk)
    for done, ((digest, document), outcome) in enumerate(zip(todo, outcomes, strict=True), 1):
        if isinstance(outcome, Failure):
            failures.append(outcome)
        else:
            pending.append((digest, outcome))
        if len(pending) >= size:
            flush()
        if progress is not None:
            progress(document.path, done, len(todo))
    if pending:
        flush()
    return AddSummary(tuple(added), tuple(duplicates), tuple(failures), tuple(changes))


def _analysed(
    documents: list[Document], options: Options, jobs: int, chunk: int = 0
) -> Iterator[ArticleResult | Failure]:
    """Each document's analysis, in order: here, or in worker processes (pipeline's pool), which
    then encode each article's store rows too (rows.py)."""
    if jobs > 1 and len(documents) > 1:
        # This process links and writes every article in turn, so an add takes as long as it
        # does; jobs - 1 workers at its own priority keep ahead of it (on 2 cores, extraction
        # takes some 3 ms/article, linking 4.5) without taking from its core, and keep their
        # share when other programs load the machine (workers at a lower priority did not: they
        # stood still and this process waited). Up to two chunks of articles ahead.
        workers, ahead = jobs - 1, 2 * chunk
        yield from in_workers(documents, options, workers, encode=encode, ahead=ahead)
        return
    registry = Registry.load(options.sources)  # the workers load their own
    for document in documents:
        yield analyse_document(document, options, registry)
