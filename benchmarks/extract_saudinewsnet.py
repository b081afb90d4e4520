"""Measure full extraction speed and peak memory over the SaudiNewsNet corpus.

Usage: python benchmarks/extract_saudinewsnet.py [--limit N] [--corpus DIR]

Reads the daily ZIP files (each a JSON array of articles) from ../shared/corpora/saudinewsnet/
dataset/ by default, runs tracker's whole per-article pipeline (extract, resolve, link) on one
core, and prints articles per second, attributions found and peak memory. Says so and stops
when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import zipfile
from pathlib import Path

from tracker import Registry, analyse_article
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
    started = time.perf_counter()
    found = claims = 0
    for name, text in texts:
        if not text.strip():
            continue
        result = analyse_article(parse_article(text, name), registry)
        found += len(result.attributions)
        claims += len(result.claims)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(texts)}")
    print(f"seconds: {elapsed:.2f}")
    print(f"articles/s (one core): {len(texts) / elapsed:.0f}")
    print(f"attributions: {found} ({found / len(texts):.2f} per article)")
    print(f"claims: {claims}")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
