"""Schema migrations: step N brings a store from version N-1 to version N.

A store records its version in ``meta``; opening it applies the steps it lacks, in one
transaction. Add a step by adding a module and appending its ``apply`` to STEPS; never edit a
step that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from . import m001_initial, m002_claimed_at, m003_link_keys, m004_packed_lists

#: STEPS[n] takes a store from version n to version n + 1.
STEPS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    m001_initial.apply,
    m002_claimed_at.apply,
    m003_link_keys.apply,
    m004_packed_lists.apply,
)

#: The schema version this code writes.
CURRENT = len(STEPS)
