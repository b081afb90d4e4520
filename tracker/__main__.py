"""`python -m tracker`, and the `tracker` command: the command line.

A query on the store (`claims`, `timeline`, `sources`) is answered by quick.py, which loads only
what the query needs; everything else, and any query it does not take, goes to cli.py.
"""

from __future__ import annotations

import gc
import logging
import os
import sys


def main() -> None:
    """Run the command line on sys.argv."""
    from .quick import answer

    if not answer(sys.argv[1:]):
        from .cli import app

        try:
            app(prog_name="tracker")
        except SystemExit as done:
            end(done.code)
        finally:
            # The process ends here. What it still holds (a corpus report's caches: millions of
            # objects) is left to be freed, not walked once more by the collector at exit.
            gc.freeze()


def end(code: object) -> None:
    """End the process with a command's exit code (as SystemExit would), its output flushed,
    without freeing what it holds: after a corpus report, freeing each of its millions of
    objects and the interpreter's own teardown took seconds of one core, while the system
    takes the memory back at once. A command has closed its files and stores by then."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            # As at a normal exit, output that could not be written fails the run.
            status = status or 120
    os._exit(status)


if __name__ == "__main__":
    main()
