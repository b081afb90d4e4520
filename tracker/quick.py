"""The store's queries (`claims`, `timeline`, `sources`), answered without the full command line.

A query on the store takes a few hundredths of a second; loading the command line (typer builds
a pydantic adapter for each option) and the pipeline behind it takes several times that. So
``python -m tracker`` hands its arguments here first (see __main__.py): a query whose arguments
this module understands completely, and which succeeds, is answered here. Anything else (help,
an option or value this module does not take, an error from the store) is left to the full
command line (cli.py), which explains it. Both print the answer with the functions below, so
the two paths cannot drift apart in what they show.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import report_store as rs
from .errors import TrackerError
from .models import Status
from .store import ClaimQuery, open_reader

#: The output formats of the query commands.
FORMATS = ("table", "json", "markdown")

#: Each query command's options, by spelling, with the parameter each sets; every option takes
#: a value. They are cli.py's options for these commands (tests/test_store.py checks).
OPTIONS: dict[str, dict[str, str]] = {
    "claims": {
        "--store": "store",
        "--status": "status",
        "--source": "source",
        "--since": "since",
        "--search": "search",
        "--limit": "limit",
        "--format": "output_format",
        "-f": "output_format",
    },
    "timeline": {"--store": "store", "--format": "output_format", "-f": "output_format"},
    "sources": {
        "--store": "store",
        "--name": "name",
        "--format": "output_format",
        "-f": "output_format",
    },
}
#: The positional argument of each command that takes one.
ARGUMENT = {"timeline": "claim"}


@dataclass(frozen=True)
class BadValue(Exception):
    """A value the command cannot use: the option's name and what to give instead."""

    param: str
    message: str


def is_iso_date(value: str) -> bool:
    """True for a date written YYYY-MM-DD."""
    parts = value.split("-")
    return len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4


def claim_query(
    status: str | None,
    source: str | None,
    since: str | None,
    search: str | None,
    limit: int | None,
) -> ClaimQuery:
    """The claims query the options ask for; BadValue for a status or date it cannot use."""
    if since is not None and not is_iso_date(since):
        raise BadValue("--since", "use YYYY-MM-DD, e.g. 2024-04-16")
    known = [s.value for s in Status]
    if status is not None and status not in known:
        raise BadValue("--status", f"use one of {', '.join(known)}")
    return ClaimQuery(Status(status) if status else None, source, since, search, limit)


def claim_number(claim: str) -> int:
    """A claim id as typed (k12, #12 or 12) as its number; BadValue for anything else."""
    number = claim.removeprefix("k").removeprefix("#")
    if not number.isdigit():
        raise BadValue("CLAIM", "use a claim id such as k12")
    return int(number)


def _show(
    output_format: str,
    data: Callable[[], object],
    table: Callable[[], object],
    markdown: Callable[[], str],
    stream: TextIO,
) -> None:
    """Write one of the three forms of an answer (only the one asked for is built)."""
    if output_format == "json":
        stream.write(json.dumps(data(), ensure_ascii=False, sort_keys=True) + "\n")
    elif output_format == "markdown":
        stream.write(markdown())
    else:
        rs.console(stream).print(table())


def claims(store: Path | None, query: ClaimQuery, output_format: str, stream: TextIO) -> None:
    """`tracker claims`: the matching claims; a table without --limit shows the first page."""
    opened = open_reader(store)
    try:
        rows = opened.claims(query)
    finally:
        opened.close()
    shown = len(rows) if query.limit else rs.PAGE
    _show(
        output_format,
        lambda: rs.claims_json(rows),
        lambda: rs.claims_table(rows, shown),
        lambda: rs.claims_markdown(rows),
        stream,
    )


def timeline(store: Path | None, claim: int, output_format: str, stream: TextIO) -> None:
    """`tracker timeline`: one claim's story."""
    from .store import open_store  # the story judges the claim anew: the linking code

    opened = open_store(store, create=False)
    try:
        story = opened.timeline(claim)
    finally:
        opened.close()
    _show(
        output_format,
        lambda: rs.timeline_json(story),
        lambda: rs.timeline_view(story),
        lambda: rs.timeline_markdown(story),
        stream,
    )


def sources(store: Path | None, name: str | None, output_format: str, stream: TextIO) -> None:
    """`tracker sources`: the origins in the store."""
    opened = open_reader(store)
    try:
        rows = opened.sources(name)
    finally:
        opened.close()
    _show(
        output_format,
        lambda: rs.sources_json(rows),
        lambda: rs.sources_table(rows),
        lambda: rs.sources_markdown(rows),
        stream,
    )


def _parse(argv: list[str]) -> tuple[str, dict[str, str]] | None:
    """The command and its options' values (the last one given wins, as on the full command
    line), or None when anything is left that this module does not take."""
    if not argv or argv[0] not in OPTIONS:
        return None
    command, spellings = argv[0], OPTIONS[argv[0]]
    given: dict[str, str] = {}
    rest = argv[1:]
    while rest:
        word, rest = rest[0], rest[1:]
        if not word.startswith("-"):
            if command not in ARGUMENT or ARGUMENT[command] in given:
                return None
            given[ARGUMENT[command]] = word
            continue
        flag, equals, value = word.partition("=")
        # --name=value, as the full command line reads it (not -f=value: there "=" is a value).
        if flag not in spellings or (equals and not flag.startswith("--")):
            return None
        if not equals and not rest:
            return None
        if not equals:
            value, rest = rest[0], rest[1:]
        given[spellings[flag]] = value
    if command in ARGUMENT and ARGUMENT[command] not in given:
        return None
    return command, given


def _prepared(command: str, given: dict[str, str]) -> Callable[[TextIO], None]:
    """The parsed query, its values checked, ready to run (BadValue or ValueError when a value
    does not do)."""
    output_format = given.get("output_format", "table")
    if output_format not in FORMATS:
        raise BadValue("--format", f"use one of {', '.join(FORMATS)}")
    store = Path(given["store"]) if "store" in given else None
    if command == "claims":
        limit = int(given["limit"]) if "limit" in given else None
        if limit is not None and limit < 1:
            raise BadValue("--limit", "give 1 or more")
        query = claim_query(
            given.get("status"), given.get("source"), given.get("since"), given.get("search"), limit
        )
        return lambda stream: claims(store, query, output_format, stream)
    if command == "timeline":
        number = claim_number(given["claim"])
        return lambda stream: timeline(store, number, output_format, stream)
    return lambda stream: sources(store, given.get("name"), output_format, stream)


def answer(argv: list[str]) -> bool:
    """Answer a store query given as command-line arguments; False, having printed nothing,
    when it is not one this module takes or the store refuses it: the full command line takes
    over then, and explains."""
    parsed = _parse(argv)
    if parsed is None:
        return False
    try:
        run = _prepared(*parsed)
    except (BadValue, ValueError):
        return False
    try:
        # The store is asked before anything is written: its errors leave no output behind.
        run(sys.stdout)
    except TrackerError:
        return False
    return True
