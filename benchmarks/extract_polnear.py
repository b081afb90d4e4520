"""Measure English extraction speed over the PolNeAR train and dev texts.

Usage: python benchmarks/extract_polnear.py [--limit N] [--gc] [--profile]

Reads the plain-text articles of ../shared/corpora/polnear/data/{train,dev}/text/ the way
`tracker report *.txt` does (tracker.readers.read_documents), on one core, and prints the
extraction rate (read the article, find its attributions, resolve their sources) in articles
per second, with the attributions found. Python's cyclic garbage collector is paused while it
runs, as `tracker report` pauses it (pipeline.paused_gc); --gc leaves it on. --profile prints
the cProfile top functions instead of timing. Says so and stops when the corpus is absent.

It measures the tracker package Python imports, and prints where that is: the venv's
editable install unless PYTHONPATH names a worktree (PYTHONPATH=. from the worktree).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from contextlib import nullcontext
from pathlib import Path

import tracker
from tracker import Options, Registry
from tracker.models import Article
from tracker.pipeline import article_from, extract_article, paused_gc
from tracker.readers import Document, read_documents

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear" / "data"
SPLITS = ("train", "dev")


def articles(limit: int | None) -> list[Article]:
    """The corpus's train then dev articles, parsed (the first ``limit`` of them)."""
    options = Options()
    found: list[Article] = []
    for split in SPLITS:
        for path in sorted((POLNEAR / split / "text").glob("*.txt")):
            for document in read_documents(str(path)):
                if isinstance(document, Document):
                    found.append(article_from(document, options))
            if limit is not None and len(found) >= limit:
                return found[:limit]
    return found


def extract_all(docs: list[Article], registry: Registry) -> int:
    """Extract every article; the number of attributions found."""
    return sum(len(extract_article(article, registry).attributions) for article in docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--gc", action="store_true", help="leave the garbage collector on")
    args = parser.parse_args()
    if not POLNEAR.is_dir():
        print(f"PolNeAR not found at {POLNEAR}; nothing to measure.")
        return 0
    docs = articles(args.limit)
    registry = Registry.load()
    extract_all(docs[:20], registry)  # warm the caches and lazy imports
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(extract_all, docs, registry)
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        return 0
    with nullcontext() if args.gc else paused_gc():
        started, cpu = time.perf_counter(), time.process_time()
        found = extract_all(docs, registry)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"tracker measured: {Path(tracker.__file__).parent}")
    print(f"articles: {len(docs)}")
    print(f"extraction: {elapsed:.2f} s, {len(docs) / elapsed:.0f} articles/s (one core)")
    print(f"processor time: {cpu:.2f} s, {len(docs) / cpu:.0f} articles/s (less noisy when shared)")
    print(f"attributions: {found} ({found / len(docs):.2f} per article)")
    print(f"garbage collector: {'on' if args.gc else 'paused, as in tracker report'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
