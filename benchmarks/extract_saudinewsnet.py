"""Measure extraction speed and peak memory over the SaudiNewsNet corpus.

Usage: python benchmarks/extract_saudinewsnet.py [--limit N] [--gc] [--profile]

Reads the unzipped daily JSON arrays of ../shared/corpora/saudinewsnet/ the way
`tracker report 2015-07-21.json` does (tracker.readers.read_documents), on one core, and prints
two rates: extraction (read the record, find attributions, resolve their sources; also by CPU
time, which leaves out waiting for a core on a shared machine) and the whole per-article
pipeline (the same plus claim linking and statuses), with attributions, claims and peak memory.
Python's cyclic garbage collector is paused while it runs, as `tracker report` pauses it
(pipeline.paused_gc); --gc leaves it on. --profile runs the extraction under cProfile instead
and prints where its time goes (the rates it prints then are the profiler's, far slower). Says so
and stops when the corpus is absent.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import time
from contextlib import nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import snn

from tracker import Options, Registry
from tracker.pipeline import article_from, extract_article, link_article, paused_gc
from tracker.readers import Document, read_documents

#: How many functions --profile lists, by own and by cumulative time.
PROFILE_LINES = 30


def documents(limit: int | None) -> list[Document]:
    """The corpus's articles as documents, in date order (the first ``limit`` of them)."""
    found: list[Document] = []
    for day in snn.unzipped():
        found += [d for d in read_documents(str(day)) if isinstance(d, Document)]
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--gc", action="store_true", help="leave the garbage collector on")
    parser.add_argument(
        "--profile", action="store_true", help="profile the extraction and print its hot spots"
    )
    args = parser.parse_args()
    if not snn.available():
        print(f"SaudiNewsNet not found at {snn.DATASET}; nothing to measure.")
        return 0
    docs = documents(args.limit)
    registry = Registry.load()
    options = Options()
    extracting = linking = cpu = 0.0
    found = claims = 0
    profiler = cProfile.Profile() if args.profile else None
    with nullcontext() if args.gc else paused_gc():
        for document in docs:
            started, started_cpu = time.perf_counter(), time.process_time()
            if profiler is not None:
                profiler.enable()
            extraction = extract_article(article_from(document, options), registry)
            if profiler is not None:
                profiler.disable()
            middle = time.perf_counter()
            cpu += time.process_time() - started_cpu
            claims += len(link_article(extraction).claims)
            linking += time.perf_counter() - middle
            extracting += middle - started
            found += len(extraction.attributions)
    elapsed = extracting + linking
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(docs)}")
    print(f"extraction: {extracting:.2f} s, {len(docs) / extracting:.0f} articles/s (one core)")
    # CPU time leaves out the time the process waited for the core (a shared machine).
    print(f"extraction CPU time: {cpu:.2f} s, {len(docs) / cpu:.0f} articles/s")
    print(f"with claim linking: {elapsed:.2f} s, {len(docs) / elapsed:.0f} articles/s (one core)")
    print(f"attributions: {found} ({found / len(docs):.2f} per article)")
    print(f"claims: {claims}")
    print(f"peak memory: {peak_mb:.0f} MB")
    print(f"garbage collector: {'on' if args.gc else 'paused, as in tracker report'}")
    if profiler is not None:
        # Own time shows the hot functions; cumulative time, the hot paths that lead to them.
        for order in ("tottime", "cumulative"):
            pstats.Stats(profiler).sort_stats(order).print_stats(PROFILE_LINES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
