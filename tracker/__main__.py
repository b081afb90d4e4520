"""`python -m tracker`, and the `tracker` command: the command line.

A query on the store (`claims`, `timeline`, `sources`) is answered by quick.py, which loads only
what the query needs; everything else, and any query it does not take, goes to cli.py.
"""

from __future__ import annotations

import gc
import sys


def main() -> None:
    """Run the command line on sys.argv."""
    from .quick import answer

    if not answer(sys.argv[1:]):
        from .cli import app

        try:
            app(prog_name="tracker")
        finally:
            # The process ends here. What it still holds (a corpus report's caches: millions of
            # objects) is left to be freed, not walked once more by the collector at exit.
            gc.freeze()


if __name__ == "__main__":
    main()
