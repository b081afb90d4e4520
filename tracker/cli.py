"""The `tracker` command line: thin commands over the library; errors become exit codes."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .errors import TrackerError
from .models import Report
from .pipeline import Options, analyse_paths
from .readers import MAX_BYTES
from .report import print_tables, to_json, to_markdown

app = typer.Typer(
    name="tracker",
    help="Who said it, through whom did it reach us, and does anyone independent confirm it?",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class OutputFormat(str, Enum):
    """Report formats."""

    table = "table"
    json = "json"
    markdown = "markdown"


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Find who asserted each claim in news articles and whether anyone independent confirms it."""


@app.command()
def report(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files (.txt), directories of them, or - for stdin."),
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, json or markdown.")
    ] = OutputFormat.table,
    publisher: Annotated[
        str | None, typer.Option(help="Publisher name, overriding what the page header says.")
    ] = None,
    date: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, overriding the header.")
    ] = None,
    lang: Annotated[str | None, typer.Option(help="Article language (ar or en).")] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Force an input encoding, e.g. cp1256 or utf-16.")
    ] = None,
    sources: Annotated[
        list[Path] | None,
        typer.Option("--sources", help="Extra source registry TOML (adds or overrides entries)."),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Refuse articles larger than this many bytes.")
    ] = MAX_BYTES,
    width: Annotated[int | None, typer.Option(help="Table width in columns.")] = None,
) -> None:
    """Report who asserted each claim in the articles, with chains and claim status.

    Example: tracker report data/articles/ --format json
    """
    if date is not None and not _is_iso_date(date):
        raise typer.BadParameter("use YYYY-MM-DD, e.g. 2024-04-16", param_hint="--date")
    options = Options(publisher=publisher, date=date, language=lang, encoding=encoding,
                      max_bytes=max_bytes, sources=tuple(sources or ()))  # fmt: skip
    err = _stderr()
    try:
        result = analyse_paths(paths, options)
    except TrackerError as exc:
        err.print(f"[red]Error:[/red] {exc}", markup=True)
        raise typer.Exit(1) from None
    _emit(result, output_format, width)
    for failure in result.failures:
        err.print(f"[red]Error:[/red] {failure.message}", markup=True)
    if result.failures:
        raise typer.Exit(1)


def _emit(result: Report, output_format: OutputFormat, width: int | None) -> None:
    if output_format is OutputFormat.json:
        sys.stdout.write(to_json(result))
    elif output_format is OutputFormat.markdown:
        sys.stdout.write(to_markdown(result))
    elif result.results:
        columns = width or (None if sys.stdout.isatty() else 100)
        console = Console(width=columns, no_color=bool(os.environ.get("NO_COLOR")) or None,
                          highlight=False)  # fmt: skip
        print_tables(result, console)


def _is_iso_date(value: str) -> bool:
    parts = value.split("-")
    return len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4


__all__ = ["app"]
