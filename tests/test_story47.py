"""Issue 13, story47: a made-up story in fourteen pages, Arabic and English, scored whole.

The pages (tests/fixtures/story47) tell of a minister's reported secret trip over the sale
of a state refinery: a paper's scoop citing unnamed sources, outlets relaying it, one wire
dispatch printed by two papers and in English, a named official confirming one claim, a
ministry's denial in other words, unnamed sources of one ministry in three outlets, numbers
in digits and in words, and a figure given only in the publishers' own voice. Its gold
(tests/gold/story47.json, written before tracker was run on it) names each claim's verdict;
the key ones are pinned here, and benchmarks/score_story.py prints the whole score.

Every name in the story is made up, but for the wires.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tracker.corroborate import DEFAULT, match_key
from tracker.models import Article, Stance, Status
from tracker.pipeline import Options, analyse_paths
from tracker.sources import Registry, publisher_source
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


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    """The story's scores against its gold."""
    scorer = _scorer()
    gold = scorer.json.loads(scorer.GOLD.read_text(encoding="utf-8"))
    return scorer.score(scorer.run_report(scorer.STORY), gold)


def test_every_gold_mention_is_found_in_the_pages(scores: dict[str, Any]) -> None:
    """Each gold mention's substring is in its page and lands on a claim of the report."""
    found, total = scores["found"]
    assert found == total


@pytest.mark.parametrize(
    "cluster",
    [
        "K1",
        "K2",
        pytest.param(
            "K3",
            marks=pytest.mark.xfail(
                strict=True, reason="a named official saying a paper's claim in close words"
            ),
        ),
        "K4",
        "K5",
        "K6",
        "K7",
    ],
)
def test_key_verdict(scores: dict[str, Any], cluster: str) -> None:
    """The key claim's verdict is the gold one (the claim holding most of its mentions)."""
    assert scores["clusters"][cluster]


@pytest.mark.parametrize(
    ("publisher", "registered"),
    [
        ("صحيفة الغدير اليوم", False),
        ("شبكة السواحل اليوم", False),
        ("صحيفة اليوم", True),
        ("اليوم", True),
    ],
)
def test_a_common_word_closing_a_publishers_name_is_no_other_outlet(
    registry: Registry, publisher: str, registered: bool
) -> None:
    """A registry name that is also a common word ("اليوم") names the publisher when it is the
    whole field or follows its head word, not when it closes another outlet's name: "صحيفة
    الغدير اليوم" is its own outlet, so its unnamed sources and a relay citing «الغدير» are
    one origin, not two."""
    article = Article(id="a1", path="a1.txt", text="نص.", publisher=publisher)
    found = publisher_source(article, registry)
    assert (found.name == "اليوم") == registered


def _numbers(text: str) -> tuple[str, ...]:
    """The numbers the match key of an asserted statement reads in ``text``."""
    return match_key("a1.a1", "a1", text, Stance.ASSERTS).numbers


@pytest.mark.parametrize(
    ("spelled", "digits"),
    [
        ("قال المتحدث إن المصنع يعمل به ألف ومئتا عامل", "قال المتحدث إن المصنع يعمل به 1200 عامل"),
        ("يضم المخيم ألفين وخمسمئة لاجئ", "يضم المخيم 2500 لاجئ"),
        ("وصل ألف وخمسة وعشرون حاجا", "وصل 1025 حاجا"),
    ],
)
def test_a_thousand_and_what_follows_it_are_one_number(spelled: str, digits: str) -> None:
    """ "ألف ومئتا عامل" is 1200 workers, as a desk printing the wire's digits writes it, not
    a thousand and two hundred: the two copies give one count."""
    assert _numbers(spelled) == _numbers(digits)


def test_a_thousand_after_a_spelled_number_multiplies_it() -> None:
    """ "خمسة وثمانين ألف برميل" is 85 thousand barrels, read as "85 ألف برميل" is, not 85
    and 1000."""
    assert _numbers("تنتج المحطة خمسة وثمانين ألف برميل") == _numbers("تنتج المحطة 85 ألف برميل")


_SPOKESMAN_AR = """الثلاثاء 3 يونيو 2025
محليات

الحكومة تراجع خطط النقل

موقع الجسر

قال المتحدث باسم وزارة النقل وليد الشمري إن الحكومة تدرس عدة خيارات لتحديث شبكة القطارات \
من بينها الشراكة مع القطاع الخاص.
"""

_SPOKESMAN_EN = """Title: Government weighs rail options
Publisher: The Bridge Times
Date: 2025-06-03

The government was studying several options to modernise the rail network, including a \
partnership with the private sector, transport ministry spokesman Walid al-Shammari said.
"""


def test_one_spokesman_quoted_in_two_languages_is_one_claim(tmp_path: Path) -> None:
    """A spokesman's words told in Arabic by one outlet and in English by another share no
    name, place or count, but they share him: his name, in either script, anchors them for the
    embeddings, and the two are one claim with one origin."""
    (tmp_path / "ar.txt").write_text(_SPOKESMAN_AR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(_SPOKESMAN_EN, encoding="utf-8")
    report = analyse_paths([str(tmp_path / "ar.txt"), str(tmp_path / "en.txt")], Options())
    shared = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert len(shared) == 1
    assert shared[0].status is Status.SINGLE_SOURCED


def test_said_then_a_surname_with_its_article_and_an_office_is_the_voice(tmp_path: Path) -> None:
    """ "…, said Karim al-Tamimi, head of the energy committee." names the voice after the cue:
    a surname with its article ("al-Tamimi") ends a name as a capitalised word does, so what
    comes before the cue is the content, not the voice."""
    page = tmp_path / "en.txt"
    page.write_text(
        "Title: Fuel prices\n\nFuel prices will rise next month, said Karim al-Tamimi, head of"
        " the energy committee.\n",
        encoding="utf-8",
    )
    found = analyse_paths([str(page)], Options(language="en")).results[0].attributions
    assert [(a.source.name, a.content) for a in found] == [
        ("Karim al-Tamimi", "Fuel prices will rise next month")
    ]


def test_a_store_with_embeddings_links_one_spokesman_in_two_languages(tmp_path: Path) -> None:
    """A store created with embeddings links the spokesman's English words, added a day
    after his Arabic ones, to them as one report does: the stored statement keeps its
    speaker."""
    (tmp_path / "ar.txt").write_text(_SPOKESMAN_AR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(_SPOKESMAN_EN, encoding="utf-8")
    store = SQLiteStore(tmp_path / "claims.db", replace(DEFAULT, semantic=True))
    try:
        for n, page in enumerate(("ar.txt", "en.txt")):
            add_paths(
                store, [str(tmp_path / page)], Options(), clock=lambda n=n: f"2025-06-0{3 + n}"
            )
        report = store.report()
    finally:
        store.close()
    shared = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert len(shared) == 1
    assert shared[0].status is Status.SINGLE_SOURCED
