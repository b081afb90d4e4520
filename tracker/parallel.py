"""Run the parts of one computation side by side in forked processes, results in order.

Linking a corpus reads data that took the whole run to build (every statement's match key,
every claim); sending it to worker processes would cost more than the work. A forked child sees
that data as it was at the fork, without copying or pickling it; only its results come back.
Where fork is not the platform's usual way to start processes, the parts run one after another.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any, TypeVar

_T = TypeVar("_T")

#: The parts of the computation under way, for the forked children to find by number.
_PARTS: Sequence[Callable[[], Any]] = ()


def _run(number: int) -> Any:
    return _PARTS[number]()


def side_by_side(parts: Sequence[Callable[[], _T]], jobs: int) -> list[_T]:
    """Run ``parts`` and return their results in order: the first in this process, the others
    in up to ``jobs - 1`` forked children meanwhile.

    The parts must not change data that later parts read (a child sees its own copy), and
    their results must be picklable. With ``jobs`` < 2, or off Linux, they run here in turn.
    """
    global _PARTS
    if jobs < 2 or len(parts) < 2 or not sys.platform.startswith("linux"):
        return [part() for part in parts]
    _PARTS = parts
    try:
        with ProcessPoolExecutor(min(jobs - 1, len(parts) - 1), get_context("fork")) as pool:
            others = [pool.submit(_run, number) for number in range(1, len(parts))]
            first = parts[0]()
            return [first, *(other.result() for other in others)]
    finally:
        _PARTS = ()
