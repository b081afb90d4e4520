"""Round 46: adding articles to a store one batch at a time gives what one report gives.

Every example is made up.
"""

from __future__ import annotations

import json
from pathlib import Path

from tracker import Options, analyse_paths
from tracker.corroborate import Thresholds
from tracker.models import Report, Status
from tracker.store import SQLiteStore, add_paths

#: One sentence two desks print from one dispatch, each after a first word of its own.
_DISPATCH = (
    " في كلمة متلفزة بثها المكتب الإعلامي مساء الخميس أن مجلس الإدارة لن يوقع أي عقد"
    " جديد قبل مراجعة حسابات الموسم الماضي كاملة."
)


def _day(tmp_path: Path, name: str, *records: tuple[str, str]) -> str:
    """One day's JSON array of made-up SaudiNewsNet-like records (source, content)."""
    path = tmp_path / f"{name}.json"
    rows = [
        {
            "source": source,
            "author": "",
            "url": f"http://example.test/{name}/{n}",
            "title": "خبر",
            "content": content,
            "date_extracted": f"2024-10-{20 + int(name[-1])}",
        }
        for n, (source, content) in enumerate(records)
    ]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _signature(report: Report) -> dict[frozenset[str], tuple[Status, frozenset[str]]]:
    return {
        frozenset((*c.attributions, *c.statements)): (c.status, frozenset(c.origins))
        for c in report.corpus_claims
    }


def _store_of(tmp_path: Path, days: list[str]) -> Report:
    store = SQLiteStore(tmp_path / "claims.db")
    for n, day in enumerate(days):
        add_paths(store, [day], Options(), clock=lambda n=n: f"2024-10-{20 + n}T09:00:00Z")
    try:
        return store.report()
    finally:
        store.close()


def test_a_rewording_of_a_dispatch_stored_a_day_later_adds_no_origin(tmp_path: Path) -> None:
    """A paper that prints a long run of another article's dispatch and credits an unnamed
    source with what that article has a club's chairman say, in other words, reworded that
    dispatch: the store, adding the two a day apart, reads both texts as one report does and
    finds one origin, not two."""
    first = _day(
        tmp_path,
        "day1",
        (
            "alwatan",
            "وأفادت إذاعة الوادي بأن رئيس نادي الشروق نبيل الهاشمي طلب عقد جمعية عمومية"
            " طارئة لأعضاء النادي الأسبوع المقبل لبحث انتخاب مجلس إدارة جديد للنادي."
            " وأضاف الهاشمي" + _DISPATCH,
        ),
    )
    second = _day(
        tmp_path,
        "day2",
        (
            "okaz",
            "وذكر مصدر مطلع أن نبيل الهاشمي رئيس نادي الشروق دعا إلى جمعية عمومية طارئة"
            " لأعضاء النادي في الأسبوع المقبل للنظر في انتخاب مجلس إدارة جديد للنادي."
            " وقال الهاشمي" + _DISPATCH,
        ),
    )
    batch = analyse_paths([first, second], Options())
    shared = [c for c in batch.corpus_claims if len(c.articles) == 2 and "جمعية" in c.text]
    assert len(shared) == 1
    assert shared[0].status is Status.SINGLE_SOURCED
    assert _signature(_store_of(tmp_path, [first, second])) == _signature(batch)


#: What one voice says on the first day; three more say it in other orders, until each of its
#: content words is in more statements than the store blocks on.
_SEEDS = "إن الوزارة ستوزع بذورا محسنة على المزارعين في الموسم المقبل."


def test_a_link_made_on_words_that_grow_too_common_goes_as_in_one_report(
    tmp_path: Path,
) -> None:
    """Two voices saying one thing on the first day are linked by words in few statements;
    once the next day prints each of those words in more statements than the blocking bar,
    one report over both days compares none of them, so the store drops the links made
    before the words grew common and keeps no corroboration one report would not give."""
    few = Thresholds(max_postings=3)
    first = _day(
        tmp_path,
        "day1",
        ("alwatan", "وقال المتحدث باسم الهيئة سعيد الكامل " + _SEEDS),
        (
            "okaz",
            "وقال رئيس اتحاد الفلاحين فهد الراشد إن المزارعين في الموسم المقبل ستوزع عليهم"
            " الوزارة بذورا محسنة.",
        ),
    )
    second = _day(
        tmp_path,
        "day2",
        (
            "alriyadh",
            "وذكر مدير الفرع ناصر الحميد أنه في الموسم المقبل ستوزع الوزارة على المزارعين"
            " بذورا محسنة.",
        ),
        (
            "aleqtisadiya",
            "وأوضح الخبير مازن العلي أن بذورا محسنة ستوزع الوزارة في الموسم المقبل على المزارعين.",
        ),
    )
    options = Options(thresholds=few)
    batch = analyse_paths([first, second], options)
    assert not [c for c in batch.corpus_claims if c.status is Status.CORROBORATED]
    store = SQLiteStore(tmp_path / "claims.db", few)
    for n, day in enumerate((first, second)):
        add_paths(store, [day], options, clock=lambda n=n: f"2024-10-{20 + n}T09:00:00Z")
    held = store.report()
    store.close()
    assert _signature(held) == _signature(batch)
