"""origin47: the first to print a text is its origin; a store links as one report does."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from test_story47 import _scorer

from tracker.corroborate import DEFAULT
from tracker.models import Status
from tracker.pipeline import Options, analyse_paths
from tracker.report import to_json_data
from tracker.store import SQLiteStore, add_paths


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


_SCOOP = """الإثنين 3 مارس 2025
اقتصاد

شركة الندى تفوز بعقد الميناء

صحيفة الرابية

كشفت مصادر مطلعة لـ«الرابية» أن شركة الندى للإنشاءات فازت بعقد بناء الميناء الجديد في مدينة \
السحاب بقيمة مئتي مليون دينار.

وأضافت المصادر أن العمل في المشروع سيبدأ في الصيف المقبل.
"""

_LAWMAKER = """الأربعاء 5 مارس 2025
برلمان

الكناني: الندى فازت بعقد الميناء

موقع الواحة

قال رئيس لجنة الاقتصاد في مجلس الشورى سعيد الكناني إن شركة الندى للإنشاءات فازت بعقد بناء \
الميناء الجديد في مدينة السحاب بقيمة مئتي مليون دينار.

ودعا الكناني الحكومة إلى نشر تفاصيل العقد.
"""


@pytest.mark.parametrize("order", [("scoop", "lawmaker"), ("lawmaker", "scoop")])
def test_a_voice_given_a_papers_words_days_later_repeats_them(
    tmp_path: Path, order: tuple[str, str]
) -> None:
    """A paper's scoop from unnamed sources, printed word for word two days later as what a
    lawmaker said, is one text whose origin is the paper that printed it first, in whatever
    order the pages come; the explanation says he repeats its words."""
    (tmp_path / "scoop.txt").write_text(_SCOOP, encoding="utf-8")
    (tmp_path / "lawmaker.txt").write_text(_LAWMAKER, encoding="utf-8")
    report = analyse_paths([str(tmp_path / f"{name}.txt") for name in order], Options())
    (shared,) = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert shared.status is Status.SINGLE_SOURCED
    assert "all tracing to صحيفة الرابية" in shared.explanation
    assert "سعيد الكناني repeats the same words as صحيفة الرابية two days earlier" in (
        shared.explanation
    )
