"""Parts of one computation run side by side in forked processes, results in order."""

from __future__ import annotations

import os
import sys
from functools import partial

import pytest

from tracker.parallel import side_by_side


def test_results_come_back_in_the_order_of_the_parts():
    """Each part reads data built before the fork; the results keep the parts' order."""
    numbers = list(range(1, 1001))
    parts = [partial(sum, numbers[start::3]) for start in range(3)]
    assert side_by_side(parts, 2) == [sum(numbers[start::3]) for start in range(3)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parts fork on Linux only")
def test_parts_after_the_first_run_in_another_process():
    """With two jobs the first part runs here and the second in a child; with one, all here."""
    here = os.getpid()
    first, second = side_by_side([os.getpid, os.getpid], 2)
    assert first == here
    assert second != here
    assert side_by_side([os.getpid, os.getpid], 1) == [here, here]
