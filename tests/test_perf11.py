"""Judging a corpus's candidate pairs in worker processes: the same links as judging here."""

from __future__ import annotations

from itertools import pairwise

from conftest import CORPUS

from tracker import Options, analyse_paths, pipeline
from tracker.corroborate import link_corpus
from tracker.report import to_json


def _paths() -> list[str]:
    return sorted(str(p) for p in CORPUS.glob("*.txt"))


def test_parts_cover_every_index_once_in_order():
    """The runs of statements cut for the workers are consecutive and cover all of them."""
    sizes = [5, 0, 0, 7, 1, 1, 1, 9, 0, 2]
    parts = pipeline._parts(sizes, 4)
    assert parts[0][0] == 0
    assert parts[-1][1] == len(sizes)
    assert all(a[1] == b[0] for a, b in pairwise(parts))
    assert len(parts) <= 4


def test_parts_of_no_pairs_still_cover_the_statements():
    """Statements without candidates still fall in one run (so nothing is skipped)."""
    assert pipeline._parts([0, 0, 0], 4) == [(0, 3)]
    assert pipeline._parts([], 4) == []


def test_workers_link_what_this_process_links():
    """link_corpus with pairs judged in two forked processes gives the same claims and links."""
    report = analyse_paths(_paths(), Options())
    judge_all = pipeline.judge_in_workers(2)
    assert judge_all is not None
    here = link_corpus(report.results)
    there = link_corpus(report.results, judge_all=judge_all)
    assert there == here
    assert any(len(claim.articles) > 1 for claim in there[0])


def test_one_job_judges_here():
    """One job asks for no worker processes."""
    assert pipeline.judge_in_workers(1) is None


def test_report_with_jobs_is_the_same_json(monkeypatch):
    """A report judged in workers (the corpus made to count as large) prints the same JSON."""
    serial = to_json(analyse_paths(_paths(), Options()))
    monkeypatch.setattr(pipeline, "PARALLEL_JUDGE_ARTICLES", 2)
    parallel = to_json(analyse_paths(_paths(), Options(), jobs=2))
    assert parallel == serial
