"""origin47: the first to print a text is its origin; a store links as one report does."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

from tracker.corroborate import DEFAULT
from tracker.pipeline import Options
from tracker.report import to_json_data
from tracker.store import SQLiteStore, add_paths

ROOT = Path(__file__).resolve().parents[1]


def _scorer() -> ModuleType:
    """benchmarks/score_story.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location(
        "score_story", ROOT / "benchmarks" / "score_story.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_story_added_page_by_page_links_as_one_report(tmp_path: Path) -> None:
    """The story's pages added one per batch to a store with embeddings link the gold
    mentions into the claims one report makes, with the same verdicts: a quote whose only
    anchor is its speaker finds a stored statement of his that holds that anchor among rarer
    ones, as the report's blocking finds it."""
    scorer = _scorer()
    gold = json.loads(scorer.GOLD.read_text(encoding="utf-8"))
    pages = sorted(str(p) for p in scorer.STORY.iterdir() if p.suffix in scorer.PAGES)
    store = SQLiteStore(tmp_path / "claims.db", replace(DEFAULT, semantic=True))
    try:
        for n, page in enumerate(pages):
            add_paths(store, [page], Options(), clock=lambda n=n: f"2025-06-{1 + n:02d}")
        stored: dict[str, Any] = json.loads(
            json.dumps(to_json_data(store.report(), include_text=True))
        )
    finally:
        store.close()
    by_store = scorer.score(stored, gold)
    by_report = scorer.score(scorer.run_report(scorer.STORY), gold)
    assert by_store["link"] == by_report["link"]
    assert by_store["clusters"] == by_report["clusters"]
