"""SaudiNewsNet for the benchmarks: unzip the daily JSON arrays once, or cut a subset of them.

The corpus lives in ../shared/corpora/saudinewsnet/dataset/ (one ZIP a day, each holding a JSON
array of {source, url, date_extracted, title, author, content}); none of it is copied into the
repository. tracker reads the unzipped files directly: `tracker report DIR_OF_JSON/`.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path

DATASET = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet" / "dataset"
SCRATCH = Path(tempfile.gettempdir()) / "tracker-bench"


def available() -> bool:
    """True when the corpus ZIPs are there."""
    return DATASET.is_dir() and any(DATASET.glob("*.zip"))


def unzipped(scratch: Path = SCRATCH) -> list[Path]:
    """The daily JSON files, unzipped into scratch/snn-json/ on first use, in date order."""
    folder = scratch / "snn-json"
    if not folder.is_dir():
        folder.mkdir(parents=True)
        for archive in sorted(DATASET.glob("*.zip")):
            with zipfile.ZipFile(archive) as zf:
                zf.extractall(folder)
    return sorted(folder.rglob("*.json"))


def subset(size: int, scratch: Path = SCRATCH) -> Path:
    """A JSON array of the first ``size`` articles (all of them when size is larger)."""
    target = scratch / f"snn-{size}.json"
    if not target.exists():
        records: list[dict[str, object]] = []
        for day in unzipped(scratch):
            records += json.loads(day.read_text(encoding="utf-8"))
            if len(records) >= size:
                break
        target.write_text(json.dumps(records[:size], ensure_ascii=False), encoding="utf-8")
    return target
