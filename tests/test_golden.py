"""Whole-output checks over the fixture articles.

`tests/golden/expected/*.json` is the definition of right: per fixture, the attributions a careful
annotator expects (source, chain, cue, content; stance "asserts" and quote "indirect" unless
given) and the sentences left in the publisher's own voice, written by reading the text. Where
the tool is wrong today the expectation carries an `xfail` reason and stays as it should be.

`tests/golden/snapshot.json` is only a change detector: the whole JSON report as it was last
accepted, wrong spans included. `pytest --update-snapshot` rewrites it after an intended change.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, FIXTURES, GOLDEN

from tracker import Options, analyse_paths
from tracker.models import ArticleResult
from tracker.report import to_json

EXPECTED = sorted((GOLDEN / "expected").glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _xfail(reason: str | None) -> tuple[pytest.MarkDecorator, ...]:
    return (pytest.mark.xfail(strict=True, reason=reason),) if reason else ()


def _record(
    source: str,
    chain: list[str],
    cue: str,
    content: str,
    stance: str = "asserts",
    quote: str = "indirect",
    xfail: str | None = None,
) -> tuple[str, tuple[str, ...], str, str, str, str]:
    """One attribution as compared: every field an annotator judges, in one tuple."""
    return (source, tuple(chain), cue, content, stance, quote)


def _found(result: ArticleResult) -> list[tuple[str, tuple[str, ...], str, str, str, str]]:
    return [
        (
            a.source.name,
            tuple(v.name for v in a.chain),
            a.cue,
            a.content,
            a.stance.value,
            a.quote.value,
        )
        for a in result.attributions
    ]


def _attribution_cases() -> list[Any]:
    cases = []
    for path in EXPECTED:
        gold = _load(path)
        for number, expected in enumerate(gold["attributions"], 1):
            marks = _xfail(expected.get("xfail"))
            case_id = f"{path.stem}#{number}"
            cases.append(pytest.param(gold["fixture"], expected, id=case_id, marks=marks))
    return cases


def _fixture_cases(reason_key: str) -> list[Any]:
    return [
        pytest.param(_load(path), id=path.stem, marks=_xfail(_load(path).get(reason_key)))
        for path in EXPECTED
    ]


def test_every_fixture_has_expectations():
    """Each single-article fixture has a hand-written expectation file naming it.

    The corpus fixtures are judged as stories, by tests/test_corpus.py, tests/test_link_*.py and
    tests/test_story47.py.
    """
    paths = (p.relative_to(FIXTURES) for p in FIXTURES.rglob("*.txt"))
    stories = {"corpus", "link", "story47"}
    fixtures = sorted(p.as_posix() for p in paths if p.parts[0] not in stories)
    assert sorted(_load(p)["fixture"] for p in EXPECTED) == fixtures


@pytest.mark.parametrize(("fixture", "expected"), _attribution_cases())
def test_expected_attribution_is_found(analyse, fixture: str, expected: dict[str, Any]):
    """The tool finds the attribution with the expected source, chain, cue, content and stance."""
    assert _record(**expected) in _found(analyse(fixture))


@pytest.mark.parametrize("gold", _fixture_cases("unexpected_xfail"))
def test_no_unexpected_attribution(analyse, gold: dict[str, Any]):
    """Every attribution the tool finds is one the annotator expects."""
    expected = [_record(**e) for e in gold["attributions"]]
    assert [f for f in _found(analyse(gold["fixture"])) if f not in expected] == []


@pytest.mark.parametrize("gold", _fixture_cases("statements_xfail"))
def test_own_voice_statements(analyse, gold: dict[str, Any]):
    """The sentences in the publisher's own voice are exactly the expected ones."""
    statements = [s.content for s in analyse(gold["fixture"]).statements]
    assert statements == gold["statements"]


def _keys(items: list[dict[str, Any]]) -> set[str]:
    assert items, "no item to read keys from"
    keys = set(items[0])
    assert all(set(item) == keys for item in items)
    return keys


def _names(words: str) -> set[str]:
    return set(words.split())


def test_json_key_sets_are_pinned():
    """The JSON report's key sets are exactly schema 1's: adding a key means changing this test."""
    paths = [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    data = json.loads(to_json(analyse_paths(paths, Options())))
    voice = _names("id name kind aliases")
    claim = _names(
        "id text attributions statements origins independent_origins denied_by status contested"
        " explanation"
    )
    assert set(data) == _names(
        "schema_version articles sources attributions statements claims corpus_claims"
        " suggested_links relays failures duplicates"
    )
    assert data["schema_version"] == 1
    assert _keys(data["articles"]) == _names(
        "id path title publisher published language encoding url author text_source"
    )
    assert _keys(data["sources"]) == voice | _names("group country name_en descriptor in_registry")
    assert _keys(data["attributions"]) == _names(
        "id article source chain cue cue_start cue_end content start end quote stance origin"
    )
    assert _keys([a["source"] for a in data["attributions"]]) == voice
    assert _keys([v for a in data["attributions"] for v in a["chain"]]) == voice
    assert _keys(data["statements"]) == _names("id article content start end voice credited")
    assert _keys(data["claims"]) == claim
    assert _keys(data["corpus_claims"]) == claim | _names("members articles spread own_voices")
    assert _keys([c["spread"] for c in data["corpus_claims"]]) == _names("articles outlets")
    assert _keys(data["relays"]) == _names("copy original shared_sentences reason")


def test_snapshot_unchanged(request: pytest.FixtureRequest):
    """Change detector, not the definition of right: the fixture report equals snapshot.json."""
    report = analyse_paths([str(p) for p in sorted(FIXTURES.glob("*.txt"))], Options())
    data = json.loads(to_json(report))
    for article in data["articles"]:
        article["path"] = Path(article["path"]).name
    rendered = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    snapshot = GOLDEN / "snapshot.json"
    if request.config.getoption("--update-snapshot"):
        snapshot.write_text(rendered, encoding="utf-8")
    assert rendered == snapshot.read_text(encoding="utf-8")
