"""Linking a corpus shared with forked processes: the same claims, links and report."""

from __future__ import annotations

import os
import time
from itertools import pairwise

from conftest import CORPUS

from tracker import Options, analyse_paths, pipeline
from tracker.corroborate import _runs, link_corpus
from tracker.report import to_json


def _paths() -> list[str]:
    return sorted(str(p) for p in CORPUS.glob("*.txt"))


def test_runs_cover_every_index_once_in_order():
    """The runs of indices cut for the parts are consecutive and cover all of them."""
    sizes = [5, 0, 0, 7, 1, 1, 1, 9, 0, 2]
    runs = _runs(sizes, 4)
    assert runs[0][0] == 0
    assert runs[-1][1] == len(sizes)
    assert all(a[1] == b[0] for a, b in pairwise(runs))
    assert len(runs) <= 4


def test_runs_of_nothing_to_do_still_cover_the_indices():
    """Indices without work still fall in one run (so none is skipped)."""
    assert _runs([0, 0, 0], 4) == [(0, 3)]
    assert _runs([], 4) == []


def _slow_pid(n: int) -> tuple[int, int]:
    time.sleep(0.2)
    return n, os.getpid()


def test_forked_share_returns_the_parts_in_order_from_two_processes():
    """ForkedShare gives each part's result in part order, some of them run in the forked
    process and some here."""
    found = pipeline.ForkedShare(1)(_slow_pid, 8)
    assert [n for n, _ in found] == list(range(8))
    assert os.getpid() in {pid for _, pid in found}
    assert len({pid for _, pid in found}) == 2


def test_shared_linking_links_what_this_process_links():
    """link_corpus shared with a forked process gives the same claims, links and relays."""
    report = analyse_paths(_paths(), Options())
    here = link_corpus(report.results)
    there = link_corpus(report.results, share=pipeline.ForkedShare(1))
    assert there == here
    assert any(len(claim.articles) > 1 for claim in there[0])


def test_one_job_or_a_small_corpus_links_here():
    """One job, or fewer articles than PARALLEL_LINK_ARTICLES, forks no process to link."""
    assert pipeline.shared_linking(1, 100_000) is None
    assert pipeline.shared_linking(2, pipeline.PARALLEL_LINK_ARTICLES - 1) is None
    assert pipeline.shared_linking(2, pipeline.PARALLEL_LINK_ARTICLES) is not None


def test_report_with_jobs_is_the_same_json(monkeypatch):
    """A report linked with a forked process (the corpus made to count as large) prints the
    same JSON as one linked here."""
    serial = to_json(analyse_paths(_paths(), Options()))
    monkeypatch.setattr(pipeline, "PARALLEL_LINK_ARTICLES", 2)
    parallel = to_json(analyse_paths(_paths(), Options(), jobs=2))
    assert parallel == serial
