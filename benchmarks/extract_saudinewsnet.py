"""Measure full extraction speed and peak memory over the SaudiNewsNet corpus.

Usage: python benchmarks/extract_saudinewsnet.py [--limit N] [--corpus DIR]

Reads the daily ZIP files (each a JSON array of articles) from ../shared/corpora/saudinewsnet/
dataset/ by default and runs tracker's per-article pipeline on one core. It prints two rates:
extraction (read the header, find attributions, resolve their sources) and the whole per-article
pipeline (the same plus claim linking and statuses), with attributions, claims and peak memory.
Says so and stops when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import zipfile
from pathlib import Path

from tracker import Registry
from tracker.pipeline import extract_article, link_article
from tracker.readers import parse_article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet" / "dataset"


def articles(corpus: Path, limit: int | None):
    """Yield (name, text) for each article in the corpus ZIPs, in a stable order."""
    count = 0
    for archive in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in sorted(zf.namelist()):
                if not member.endswith(".json"):
                    continue
                for n, item in enumerate(json.loads(zf.read(member))):
                    yield f"{member}#{n}", f"{item.get('title', '')}\n\n{item.get('content', '')}"
                    count += 1
                    if limit is not None and count >= limit:
                        return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.corpus.is_dir() or not any(args.corpus.glob("*.zip")):
        print(f"SaudiNewsNet not found at {args.corpus}; nothing to measure.")
        return 0
    texts = list(articles(args.corpus, args.limit))
    registry = Registry.load()
    extracting = linking = 0.0
    found = claims = 0
    for name, text in texts:
        if not text.strip():
            continue
        started = time.perf_counter()
        extraction = extract_article(parse_article(text, name), registry)
        middle = time.perf_counter()
        claims += len(link_article(extraction).claims)
        linking += time.perf_counter() - middle
        extracting += middle - started
        found += len(extraction.attributions)
    elapsed = extracting + linking
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(texts)}")
    print(f"extraction: {extracting:.2f} s, {len(texts) / extracting:.0f} articles/s (one core)")
    print(f"with claim linking: {elapsed:.2f} s, {len(texts) / elapsed:.0f} articles/s (one core)")
    print(f"attributions: {found} ({found / len(texts):.2f} per article)")
    print(f"claims: {claims}")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
