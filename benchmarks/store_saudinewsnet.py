"""Measure `tracker add` over SaudiNewsNet, added day by day into one store.

Usage: python benchmarks/store_saudinewsnet.py [--days N] [--jobs 2] [--store PATH]

Adds the unzipped daily JSON arrays (benchmarks/snn.py) one day per `add` batch, in date order,
through the library call `tracker add` makes, then prints: each day's articles and time per
article (the first against the last batch), the whole ingest against one `tracker report` over
the same days (the real command line, same --jobs), in wall time and in CPU time over all
processes (less at the mercy of the machine's load), the store's size, peak memory (this process
and its worker processes), and how long `claims --status corroborated` takes (the library call,
and the command line including Python's start-up). Says so and stops when the corpus is absent.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import snn

from tracker.models import Status
from tracker.pipeline import Options, paused_gc
from tracker.store import ClaimQuery, SQLiteStore, add_paths


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB (Linux: KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def _cpu(who: int) -> float:
    """CPU seconds (user and system) of this process, or of its children waited for."""
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=None, help="only the first N days")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--store", type=Path, default=None, help="default: a temporary file")
    parser.add_argument("--skip-report", action="store_true", help="no single-report run")
    args = parser.parse_args()
    if not snn.available():
        print(f"SaudiNewsNet not found at {snn.DATASET}; nothing to measure.")
        return 0
    days = snn.unzipped()[: args.days]
    path = args.store or Path(tempfile.mkdtemp(prefix="tracker-store-")) / "snn.db"
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    store = SQLiteStore(path)
    per_day: list[tuple[str, int, float]] = []
    # CPU time of this process (reading, linking, writing; extraction is in the workers with
    # --jobs 2): less at the mercy of other load on the machine than wall time.
    per_cpu: list[float] = []
    started = time.perf_counter()
    with paused_gc():
        for day in days:
            begun, cpu = time.perf_counter(), time.process_time()
            done = add_paths(store, [str(day)], Options(), jobs=args.jobs)
            seconds, cpu = time.perf_counter() - begun, time.process_time() - cpu
            per_day.append((day.stem, len(done.added), seconds))
            per_cpu.append(cpu)
            print(
                f"{day.stem}: {len(done.added)} articles in {seconds:.1f} s "
                f"({1000 * seconds / max(1, len(done.added)):.1f} ms/article; CPU of this "
                f"process {1000 * cpu / max(1, len(done.added)):.1f} ms/article), "
                f"{done.new_claims} new claims, {done.changed_claims} changed status",
                flush=True,
            )
    ingest = time.perf_counter() - started
    # CPU is less at the mercy of the machine's load than wall time: the whole ingest's (this
    # process and its extraction workers) against the whole report's.
    ingest_cpu = (_cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN))
    articles = sum(n for _, n, _ in per_day)
    begun = time.perf_counter()
    corroborated = store.claims(ClaimQuery(status=Status.CORROBORATED))
    query = time.perf_counter() - begun
    store.close()
    own, children = _peak_mb()
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
    begun = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "tracker",
            "claims",
            "--status",
            "corroborated",
            "--store",
            str(path),
            "--format",
            "json",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    cli_query = time.perf_counter() - begun
    first, last = per_day[0], per_day[-1]
    print(
        f"\n{len(days)} days, {articles} articles added in {ingest:.1f} s "
        f"({1000 * ingest / max(1, articles):.1f} ms/article), --jobs {args.jobs}"
    )
    print(
        f"first batch {first[0]}: {1000 * first[2] / max(1, first[1]):.1f} ms/article; "
        f"last batch {last[0]}: {1000 * last[2] / max(1, last[1]):.1f} ms/article "
        f"(ratio {(last[2] / max(1, last[1])) / (first[2] / max(1, first[1])):.2f})"
    )
    print(
        f"CPU of this process: first batch {1000 * per_cpu[0] / max(1, first[1]):.1f} "
        f"ms/article, last batch {1000 * per_cpu[-1] / max(1, last[1]):.1f} ms/article"
    )
    print(
        f"store {path}: {size:.0f} MB; peak memory {own:.0f} MB (this process), "
        f"{children:.0f} MB (largest worker)"
    )
    print(
        f"claims --status corroborated: {len(corroborated)} claims, {1000 * query:.0f} ms "
        f"(library), {1000 * cli_query:.0f} ms (command line, with start-up)"
    )
    if not args.skip_report:
        begun, before = time.perf_counter(), _cpu(resource.RUSAGE_CHILDREN)
        with tempfile.TemporaryFile() as sink:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tracker",
                    "report",
                    *map(str, days),
                    "--format",
                    "json",
                    "--jobs",
                    str(args.jobs),
                    "--quiet",
                ],
                stdout=sink,
                stderr=subprocess.DEVNULL,
            )
        single, report_cpu = time.perf_counter() - begun, _cpu(resource.RUSAGE_CHILDREN) - before
        print(
            f"one `tracker report` over the same days: {single:.1f} s; "
            f"ingest / report = {ingest / single:.2f}"
        )
        print(
            f"CPU: ingest {sum(ingest_cpu):.0f} s (this process {ingest_cpu[0]:.0f} s, workers "
            f"{ingest_cpu[1]:.0f} s), report {report_cpu:.0f} s (all its processes); "
            f"ingest / report = {sum(ingest_cpu) / report_cpu:.2f}"
        )
    print(f"load average at the end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
