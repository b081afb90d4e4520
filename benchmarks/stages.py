"""Time a `tracker report` run stage by stage, without changing its output.

    python benchmarks/stages.py FILE.json [--jobs 2] > report.json

Runs the command line as `tracker report FILE.json --format json` would (the extra arguments
are passed on), with the pipeline's stages wrapped in timers, and prints to stderr each stage's
wall time and this (main) process's CPU over it. A stage whose CPU is well below its wall time
waited for worker or forked processes (or for a busy machine); a stage whose CPU is its wall
time ran here alone, the other core idle unless something else used it.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from tracker import corroborate, pipeline, report

_LINES: list[str] = []
_DEPTH = [0]


def _timed(owner: Any, name: str, label: str | None = None) -> None:
    inner: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(inner)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        _DEPTH[0] += 1
        try:
            return inner(*args, **kwargs)
        finally:
            _DEPTH[0] -= 1
            _note(label or name, wall, cpu)

    setattr(owner, name, wrapper)


def _note(label: str, wall: float, cpu: float) -> None:
    took, used = time.perf_counter() - wall, time.process_time() - cpu
    _LINES.append(f"{'  ' * _DEPTH[0]}{label:<28} wall {took:7.2f} s  main CPU {used:7.2f} s")


def _timed_generator(owner: Any, name: str) -> None:
    inner: Callable[..., Iterator[Any]] = getattr(owner, name)

    @functools.wraps(inner)
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        wall, cpu = time.perf_counter(), time.process_time()
        _DEPTH[0] += 1
        try:
            yield from inner(*args, **kwargs)
        finally:
            _DEPTH[0] -= 1
            _note(name + " (extraction)", wall, cpu)

    setattr(owner, name, wrapper)


def main() -> None:
    for name in ("read_inputs", "corpus_report"):
        _timed(pipeline, name)
    _timed_generator(pipeline, "in_workers")
    for name in (
        "find_relays",
        "statement_voices",
        "_sides",
        "candidates",
        "_cross_links",
        "kept_apart",
        "corpus_claims",
    ):
        _timed(corroborate, name)
    _timed(pipeline.ForkedShare, "__call__", "ForkedShare step")
    _timed(report, "write_json")
    # The command line itself (``tracker.__main__`` would end the process before the lines
    # below are printed).
    from tracker.cli import app

    sys.argv = ["tracker", "report", *sys.argv[1:], "--format", "json"]
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        app(prog_name="tracker")
    except SystemExit:
        pass
    finally:
        _note("whole run", wall, cpu)
        children = os.times()
        print("\n".join(_LINES), file=sys.stderr)
        print(
            f"children CPU {children.children_user + children.children_system:.2f} s",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
