"""Whole-output check: the JSON report over every fixture article matches tests/golden/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES, GOLDEN

from tracker import Options, analyse_paths
from tracker.report import to_json


def test_fixture_report_matches_golden(request: pytest.FixtureRequest):
    """The JSON report over all fixtures is byte-identical to the golden file."""
    report = analyse_paths([str(p) for p in sorted(FIXTURES.glob("*.txt"))], Options())
    data = json.loads(to_json(report))
    for article in data["articles"]:
        article["path"] = Path(article["path"]).name
    rendered = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    golden = GOLDEN / "fixtures.json"
    if request.config.getoption("--update-golden"):
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")
