"""The stage timer (benchmarks/stages.py): it prints each stage's time and leaves the report
as `tracker report` writes it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_stages_prints_each_stage_and_the_same_report(tmp_path: Path) -> None:
    records = [
        {
            "source": "صحيفة مختلقة",
            "url": f"https://example.invalid/{n}",
            "date_extracted": "2001-02-03 10:00:00",
            "title": f"عنوان {n}",
            "author": "",
            "content": f"قال المتحدث باسم هيئة النقل سامر الخيالي إن الهيئة ستفتح {n} طرق جديدة.",
        }
        for n in (3, 5)
    ]
    given = tmp_path / "two.json"
    given.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    script = ROOT / "benchmarks" / "stages.py"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    timed = subprocess.run(
        [sys.executable, str(script), str(given)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    plain = subprocess.run(
        [sys.executable, "-m", "tracker", "report", str(given), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    assert timed.stdout == plain.stdout
    for stage in ("read_inputs", "corpus_report", "write_json", "whole run"):
        assert stage in timed.stderr
