"""The `tracker` command line: thin commands over the library; errors become exit codes."""

from __future__ import annotations

import io
import json
import os
import sys
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import __version__
from .corroborate import DEFAULT
from .errors import TrackerError
from .evaluate import evaluate, load_gold
from .graph import aggregate, build_graph, summary, write_graphml, write_node_link
from .lang import codes as languages
from .models import Report
from .pipeline import Options, analyse_paths, paused_gc
from .readers import FIELDS, MAX_BYTES
from .report import bidi_display, claim_tree, print_tables, to_markdown, write_json

app = typer.Typer(
    name="tracker",
    help="Who said it, through whom did it reach us, and does anyone independent confirm it?",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class InputFormat(str, Enum):
    """Input formats."""

    text = "text"
    html = "html"
    json = "json"
    jsonl = "jsonl"


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


Paths = Annotated[
    list[str],
    typer.Argument(help="Article files (.txt), directories of them (recursively), or - for stdin."),
]
Publisher = Annotated[
    str | None, typer.Option(help="Publisher name, overriding what the page header says.")
]
Date = Annotated[
    str | None, typer.Option(help="Publication date YYYY-MM-DD, overriding the header.")
]
Lang = Annotated[
    str | None,
    typer.Option(help=f"Article language ({', '.join(languages())}); else from its script."),
]
Encoding = Annotated[
    str | None, typer.Option(help="Force an input encoding, e.g. cp1256 or utf-16.")
]
Sources = Annotated[
    list[Path] | None,
    typer.Option("--sources", help="Extra source registry TOML (adds or overrides entries)."),
]
MaxBytes = Annotated[int, typer.Option(help="Refuse articles larger than this many bytes.")]
Jobs = Annotated[
    int, typer.Option(min=1, help="Worker processes for extraction (2 pays off on 2 cores).")
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
FormatIn = Annotated[
    InputFormat | None,
    typer.Option("--format-in", help="Input format: text, html, json, jsonl (default: by ending)."),
]
Fields = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="JSON field for a meaning, e.g. --field text=body --field publisher=source "
        "(meanings: text, id, title, publisher, date, url, language, author).",
    ),
]
Confirm = Annotated[
    float,
    typer.Option(
        min=0, max=101, help="Token-set ratio that merges claims across articles (101: never)."
    ),
]
Suggest = Annotated[
    float,
    typer.Option(min=0, max=100, help="Token-set ratio that suggests a link (no merge)."),
]


def _options(
    publisher: str | None,
    date: str | None,
    lang: str | None,
    encoding: str | None,
    sources: list[Path] | None,
    max_bytes: int,
    confirm: float = DEFAULT.confirm_ratio,
    suggest: float = DEFAULT.link_ratio,
    format_in: InputFormat | None = None,
    fields: list[str] | None = None,
) -> Options:
    if date is not None and not _is_iso_date(date):
        raise typer.BadParameter("use YYYY-MM-DD, e.g. 2024-04-16", param_hint="--date")
    if suggest > confirm:
        raise typer.BadParameter("must not exceed --confirm-ratio", param_hint="--suggest-ratio")
    if lang is not None and lang not in languages():
        raise typer.BadParameter(f"use one of {', '.join(languages())}", param_hint="--lang")
    thresholds = replace(DEFAULT, confirm_ratio=confirm, link_ratio=suggest)
    return Options(
        publisher=publisher,
        date=date,
        language=lang,
        encoding=encoding,
        max_bytes=max_bytes,
        sources=tuple(sources or ()),
        thresholds=thresholds,
        input_format=format_in.value if format_in else None,
        fields=_field_map(fields or []),
    )


def _field_map(pairs: list[str]) -> dict[str, str]:
    mapped: dict[str, str] = {}
    for pair in pairs:
        meaning, _, name = pair.partition("=")
        if meaning not in FIELDS or not name:
            allowed = ", ".join(FIELDS)
            raise typer.BadParameter(
                f"use MEANING=NAME with MEANING one of {allowed}", param_hint="--field"
            )
        mapped[meaning] = name
    return mapped


def _analyse(paths: list[str], options: Options, jobs: int, quiet: bool) -> Report:
    """Run the pipeline with a progress bar on stderr when it is a terminal."""
    err = _stderr()
    show = not quiet and err.is_terminal and len(paths) > 0
    try:
        if not show:
            return analyse_paths(paths, options, jobs=jobs)
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
        ) as bar:
            task = bar.add_task("analysing", total=None)

            def step(path: str, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            return analyse_paths(paths, options, jobs=jobs, progress=step)
    except TrackerError as exc:
        err.print(f"[red]Error:[/red] {exc}", markup=True)
        raise typer.Exit(1) from None


def _report_failures(result: Report) -> None:
    err = _stderr()
    for duplicate in result.duplicates:
        err.print(
            f"[yellow]Warning:[/yellow] {duplicate.path}: same text as {duplicate.same_as}; "
            "analysed once",
            markup=True,
        )
    for failure in result.failures:
        err.print(f"[red]Error:[/red] {failure.message}", markup=True)
    if result.failures:
        raise typer.Exit(1)


@app.command()
def report(
    paths: Paths,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, json or markdown.")
    ] = OutputFormat.table,
    claim: Annotated[
        str | None,
        typer.Option(help="Show one claim (k1, or an article claim id) as a tree of its chains."),
    ] = None,
    corpus_only: Annotated[
        bool, typer.Option("--corpus-only", help="Skip the per-article tables.")
    ] = False,
    indent: Annotated[
        int | None, typer.Option(min=0, help="Indent JSON by this many spaces (default: compact).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to FILE, not stdout.")
    ] = None,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="Put each analysed text into the JSON.")
    ] = False,
    bidi: Annotated[
        bool,
        typer.Option("--bidi", help="Reorder Arabic for terminals without BiDi support (tables)."),
    ] = False,
    format_in: FormatIn = None,
    fields: Fields = None,
    publisher: Publisher = None,
    date: Date = None,
    lang: Lang = None,
    encoding: Encoding = None,
    sources: Sources = None,
    max_bytes: MaxBytes = MAX_BYTES,
    jobs: Jobs = 1,
    quiet: Quiet = False,
    confirm_ratio: Confirm = DEFAULT.confirm_ratio,
    suggest_ratio: Suggest = DEFAULT.link_ratio,
    width: Annotated[int | None, typer.Option(help="Table width in columns.")] = None,
) -> None:
    """Report who asserted each claim, through whom, and how well it stands across articles.

    Example: tracker report data/corpus/ --corpus-only
    """
    options = _options(
        publisher,
        date,
        lang,
        encoding,
        sources,
        max_bytes,
        confirm_ratio,
        suggest_ratio,
        format_in,
        fields,
    )
    view = View(output_format, claim, corpus_only, indent, width, include_text, bidi)
    with paused_gc():
        result = _analyse(paths, options, jobs, quiet)
        if output is None:
            _emit(result, view, sys.stdout)
        else:
            _write_report(result, view, output)
    _report_failures(result)


@dataclass(frozen=True)
class View:
    """How the report is shown."""

    output_format: OutputFormat
    claim: str | None
    corpus_only: bool
    indent: int | None
    width: int | None
    include_text: bool
    bidi: bool


def _write_report(result: Report, view: View, output: Path) -> None:
    """Write to a temporary file beside the target, then rename: no half-written reports."""
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            _emit(result, view, stream)
        partial.replace(output)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        _stderr().print(
            f"[red]Error:[/red] {output}: cannot write ({exc.strerror}); "
            "choose a writable path with -o",
            markup=True,
        )
        raise typer.Exit(1) from None


class GraphFormat(str, Enum):
    """Graph export formats."""

    graphml = "graphml"
    json = "json"


@app.command()
def export(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="File to write (.graphml or .json).")
    ],
    graph_format: Annotated[
        GraphFormat | None,
        typer.Option("--format", "-f", help="graphml or json (default: from the file extension)."),
    ] = None,
    multigraph: Annotated[
        bool, typer.Option(help="Every edge apart, instead of one per relation with a count.")
    ] = False,
    publisher: Publisher = None,
    date: Date = None,
    lang: Lang = None,
    encoding: Encoding = None,
    sources: Sources = None,
    max_bytes: MaxBytes = MAX_BYTES,
    jobs: Jobs = 1,
    quiet: Quiet = False,
    confirm_ratio: Confirm = DEFAULT.confirm_ratio,
    suggest_ratio: Suggest = DEFAULT.link_ratio,
    format_in: FormatIn = None,
    fields: Fields = None,
) -> None:
    """Export the claim graph as GraphML (Gephi, Cytoscape, Neo4j) or node-link JSON.

    Example: tracker export data/corpus/ -o claims.graphml
    """
    kind = graph_format or _format_from_suffix(output)
    options = _options(
        publisher,
        date,
        lang,
        encoding,
        sources,
        max_bytes,
        confirm_ratio,
        suggest_ratio,
        format_in,
        fields,
    )
    with paused_gc():
        result = _analyse(paths, options, jobs, quiet)
        graph = build_graph(result)
        if not multigraph:
            graph = aggregate(graph)
    sidecar = output.with_name(output.name + ".run.json")
    try:
        if kind is GraphFormat.graphml:
            write_graphml(graph, output)
        else:
            write_node_link(graph, output)
        meta = {"tracker": __version__, "multigraph": multigraph, **summary(graph, paths)}
        sidecar.write_text(
            json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
    except OSError as exc:
        _stderr().print(
            f"[red]Error:[/red] {output}: cannot write ({exc.strerror}); "
            "choose a writable path with -o",
            markup=True,
        )
        raise typer.Exit(1) from None
    if not quiet:
        _stderr().print(
            f"wrote {output} ({graph.number_of_nodes()} nodes, "
            f"{graph.number_of_edges()} edges) and {sidecar.name}"
        )
    _report_failures(result)


@app.command(name="eval")
def evaluate_command(
    gold: Annotated[
        list[str],
        typer.Argument(
            help="Gold: brat .ann files or folders (text beside or in ../text/), "
            "or tracker gold JSON files."
        ),
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table or json.")
    ] = OutputFormat.table,
    sources: Sources = None,
    jobs: Jobs = 1,
    quiet: Quiet = False,
) -> None:
    """Score extraction against annotated gold: precision, recall and F1 per role.

    Example: tracker eval corpus/data/dev/attributions/
    """
    try:
        golds = load_gold(gold)
    except TrackerError as exc:
        _stderr().print(f"[red]Error:[/red] {exc}", markup=True)
        raise typer.Exit(1) from None
    options = _options(None, None, None, None, sources, MAX_BYTES)
    with paused_gc():
        result = _analyse([str(g.path) for g in golds], options, jobs, quiet)
    scored = evaluate(golds, result.results)
    if output_format is OutputFormat.json:
        data = scored.as_data()
        sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
        return
    table = Table(
        title=f"Extraction against gold ({scored.articles} articles)", title_justify="left"
    )
    for column in ("role", "gold", "predicted", "precision", "recall", "F1"):
        table.add_column(column, justify="right" if column != "role" else "left")
    for s in scored.scores:
        table.add_row(
            s.role,
            str(s.gold),
            str(s.predicted),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
        )
    _console(None, sys.stdout).print(table)
    sys.stdout.writelines(m.line() for m in scored.mismatches)


def _format_from_suffix(output: Path) -> GraphFormat:
    suffix = output.suffix.lower()
    if suffix == ".graphml":
        return GraphFormat.graphml
    if suffix == ".json":
        return GraphFormat.json
    raise typer.BadParameter(
        "end the file in .graphml or .json, or pass --format", param_hint="--output"
    )


def _console(width: int | None, stream: TextIO) -> Console:
    terminal = stream.isatty()
    columns = width or (None if terminal else 100)
    return Console(
        file=stream,
        width=columns,
        highlight=False,
        no_color=bool(os.environ.get("NO_COLOR")) or not terminal or None,
    )


def _emit(result: Report, view: View, stream: TextIO) -> None:
    if view.output_format is OutputFormat.json and view.claim is None:
        write_json(result, stream, indent=view.indent, include_text=view.include_text)
        return
    if view.output_format is OutputFormat.markdown and view.claim is None:
        stream.write(to_markdown(result))
        return
    console = _console(view.width, stream)
    if view.bidi:
        console = Console(width=console.width, no_color=True, highlight=False, file=io.StringIO())
    if view.claim is not None:
        tree = claim_tree(result, view.claim)
        if tree is None:
            _stderr().print(
                f"[red]Error:[/red] no claim {view.claim!r}; "
                "see the ids in the report (k1, k2 … or a1b2c3d4.c1)",
                markup=True,
            )
            raise typer.Exit(1)
        console.print(tree)
    elif result.results:
        print_tables(result, console, articles=not view.corpus_only)
    if view.bidi:
        assert isinstance(console.file, io.StringIO)
        stream.write(bidi_display(console.file.getvalue()))


def _is_iso_date(value: str) -> bool:
    parts = value.split("-")
    return len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4


__all__ = ["app"]
