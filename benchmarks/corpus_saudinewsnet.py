"""Measure `tracker report` over 1,000, 5,000 and all 31,030 SaudiNewsNet articles.

Usage: python benchmarks/corpus_saudinewsnet.py [--sizes 1000 3000 5000 31030] [--jobs 2]

Cuts the first N articles of the unzipped SaudiNewsNet JSON arrays into one JSON array (the
corpus's own layout), then runs the real command line,
`tracker report FILE.json --format json --jobs N --quiet`, once per size, and prints wall time, peak
memory of the whole process tree (sampled from /proc every 0.2 s), corpus claims, suggested links
and near-verbatim copies. Says so and stops when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import snn


def tree_rss_mb(pid: int, field: str = "VmRSS:", file: str = "status") -> int:
    """Resident memory of a process and all its descendants, in MB (Linux /proc).

    The default sums each process's VmRSS, which counts a page a forked process shares with
    its parent in both; ``tree_pss_mb`` counts it once.
    """
    total, todo, seen = 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            status = Path(f"/proc/{current}/{file}").read_text()
            total += next(
                int(line.split()[1]) for line in status.splitlines() if line.startswith(field)
            )
            children = Path(f"/proc/{current}/task/{current}/children").read_text()
            todo += [int(child) for child in children.split()]
        except (FileNotFoundError, StopIteration, ProcessLookupError, PermissionError):
            continue
    return total // 1024


def tree_pss_mb(pid: int) -> int:
    """Proportional memory of a process tree in MB: each shared page split among its sharers
    (the linking processes forked after extraction share the parent's statements)."""
    return tree_rss_mb(pid, "Pss:", "smaps_rollup")


def run(source: Path, jobs: int) -> tuple[float, float, float, dict[str, int]]:
    """Run tracker report on an input; return (seconds, peak MB of the process tree as RSS
    and as PSS, counts)."""
    out = source.with_suffix(".report.json")
    log = source.with_suffix(".stderr.txt")
    started = time.perf_counter()
    peak = peak_pss = 0
    with out.open("w", encoding="utf-8") as handle, log.open("w", encoding="utf-8") as errors:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tracker",
                "report",
                str(source),
                "--format",
                "json",
                "--jobs",
                str(jobs),
                "--quiet",
            ],
            stdout=handle,
            stderr=errors,
        )
        while process.poll() is None:
            peak = max(peak, tree_rss_mb(process.pid))
            peak_pss = max(peak_pss, tree_pss_mb(process.pid))
            time.sleep(0.2)
    seconds = time.perf_counter() - started
    data = json.loads(out.read_text(encoding="utf-8"))
    counts = {
        "articles": len(data["articles"]),
        "attributions": len(data["attributions"]),
        "corpus claims": len(data["corpus_claims"]),
        "claims in 2+ articles": sum(1 for c in data["corpus_claims"] if len(c["articles"]) > 1),
        "suggested links": len(data["suggested_links"]),
        "near-verbatim copies": len(data["relays"]),
        "records without text": len(data["failures"]),
        "duplicates": len(data["duplicates"]),
    }
    return seconds, peak, peak_pss, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 5000, 31030])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not snn.available():
        print(f"SaudiNewsNet not found at {snn.DATASET}; nothing to measure.")
        return 0
    times: dict[int, float] = {}
    for size in args.sizes:
        seconds, peak, pss, counts = run(snn.subset(size), args.jobs)
        times[size] = seconds
        summary = ", ".join(f"{k} {v}" for k, v in counts.items())
        print(
            f"{size} articles, --jobs {args.jobs}: {seconds:.1f} s, peak {peak:.0f} MB RSS, "
            f"{pss:.0f} MB PSS (all processes); {summary}",
            flush=True,
        )
    if 3000 in times and max(times) > 3000:
        largest = max(times)
        print(f"time({largest})/time(3000) = {times[largest] / times[3000]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
