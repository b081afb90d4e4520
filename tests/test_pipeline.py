"""Worker processes of the pipeline."""

from __future__ import annotations

import gc

from tracker.models import ArticleResult
from tracker.pipeline import Options, in_workers
from tracker.readers import Document


def _frozen_in_worker(result: ArticleResult) -> tuple[bytes, ...]:
    """Runs in a worker: how many objects its garbage collector leaves alone."""
    return (str(gc.get_freeze_count()).encode(),)


def test_a_worker_never_collects_what_it_inherits():
    """Objects a forked worker inherits are frozen for its collector: a garbage SQLite
    connection of the parent, finalised in the worker while a thread of the parent held
    SQLite's lock at the fork, would wait for that lock for ever. The parent is unfrozen
    once the workers are done."""
    garbage: list[object] = []
    garbage.append(garbage)  # a cycle the collector would otherwise free in the worker
    del garbage
    documents = [
        Document(f"d{n}.txt", f"Title {n}\n\nThe minister said the dam would hold.\n")
        for n in range(3)
    ]
    outcomes = list(in_workers(documents, Options(), 2, encode=_frozen_in_worker))
    assert len(outcomes) == 3
    for outcome in outcomes:
        assert isinstance(outcome, ArticleResult)
        assert int(outcome.encoded[0]) > 0
    assert gc.get_freeze_count() == 0
