"""The `tracker` command line: thin commands over the library; errors become exit codes."""

from __future__ import annotations

import functools
import gc
import inspect
import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from . import quick
from . import report_store as rs
from .corroborate import DEFAULT
from .errors import TrackerError
from .lang import codes as languages
from .models import Report
from .pipeline import Options, analyse_paths, paused_gc
from .readers import FIELDS, MAX_BYTES
from .store import Store, open_store, store_path

if TYPE_CHECKING:
    from .graph import Graph

# The graph, export, evaluation and report modules (networkx, rich trees, BiDi) are imported
# by the commands that use them, so that a quick query (`tracker claims`) starts quickly.

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
        from . import __version__

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
StorePaths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Article files, directories, globs, or - for stdin (or give --store).",
        show_default=False,
    ),
]
FromStore = Annotated[
    Path | None,
    typer.Option(
        "--store", help="Read the claims from this store instead of PATHs.", show_default=False
    ),
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
Semantic = Annotated[
    bool | None,
    typer.Option(
        "--semantic/--no-semantic",
        help="Also link paraphrases and Arabic/English pairs by multilingual sentence "
        "embeddings. Default: on for a report of up to 500 articles in more than one "
        "language; a store only when created with --semantic.",
        show_default=False,
    ),
]


@dataclass(frozen=True)
class Inputs:
    """The shared input options of a command that reads articles, validated."""

    options: Options
    jobs: int
    quiet: bool

    def analyse(self, paths: list[str], *, encode: bool = False) -> Report:
        """Run the pipeline over the paths with these options (see ``_analyse``); ``encode``
        has the workers write each article's compact JSON too (for ``--format json``)."""
        return _analyse(paths, self.options, self.jobs, self.quiet, encode)


def input_options(
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
    semantic: Semantic = None,
) -> Inputs:
    """Check the shared input options and turn them into pipeline Options; usage errors exit 2."""
    if date is not None and not quick.is_iso_date(date):
        raise typer.BadParameter("use YYYY-MM-DD, e.g. 2024-04-16", param_hint="--date")
    if suggest_ratio > confirm_ratio:
        raise typer.BadParameter("must not exceed --confirm-ratio", param_hint="--suggest-ratio")
    if lang is not None and lang not in languages():
        raise typer.BadParameter(f"use one of {', '.join(languages())}", param_hint="--lang")
    options = Options(
        publisher=publisher,
        date=date,
        input_format=format_in.value if format_in else None,
        language=lang,
        encoding=encoding,
        fields=_field_map(fields or []),
        max_bytes=max_bytes,
        sources=tuple(sources or ()),
        thresholds=replace(
            DEFAULT, confirm_ratio=confirm_ratio, link_ratio=suggest_ratio, semantic=semantic
        ),
    )
    return Inputs(options, jobs, quiet)


def reads_articles(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the shared input options, passed to it as one ``inputs: Inputs``.

    The command declares its own parameters and ``inputs``; the options of ``input_options``
    are added after its own in ``--help``, so every command reading articles takes the same ones.
    """
    shared = inspect.signature(input_options, eval_str=True).parameters
    own = [
        p
        for p in inspect.signature(command, eval_str=True).parameters.values()
        if p.name != "inputs"
    ]
    clash = sorted({p.name for p in own} & set(shared))
    if clash:
        raise TypeError(f"{command.__name__}: {', '.join(clash)} is already an input option")

    @functools.wraps(command)
    def wrapper(**given: Any) -> None:
        inputs = input_options(**{name: given.pop(name) for name in shared})
        command(inputs=inputs, **given)

    parameters = [*own, *shared.values()]
    setattr(wrapper, "__signature__", inspect.Signature(parameters))  # noqa: B010
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
    return wrapper


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


def _error(message: str) -> None:
    """Print one ``Error:`` line on stderr."""
    _stderr().print(f"[red]Error:[/red] {message}", markup=True)


def _fail(message: str) -> NoReturn:
    """Print one ``Error:`` line and exit 1: an expected failure, not a bug."""
    _error(message)
    raise typer.Exit(1)


def _cannot_write(output: Path, exc: OSError) -> NoReturn:
    _fail(f"{output}: cannot write ({exc.strerror}); choose a writable path with -o")


def _analyse(
    paths: list[str], options: Options, jobs: int, quiet: bool, encode: bool = False
) -> Report:
    """Run the pipeline with a progress bar on stderr when it is a terminal."""
    show = not quiet and _stderr().is_terminal and len(paths) > 0
    try:
        with _progress("analysing", show) as step:
            return analyse_paths(paths, options, jobs=jobs, progress=step, encode=encode)
    except TrackerError as exc:
        _fail(str(exc))


@contextmanager
def _progress(label: str, show: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """Give a step callback that moves a progress bar on stderr, or None when not shown."""
    if not show:
        yield None
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=_stderr(),
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def step(path: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield step


def _report_failures(result: Report) -> None:
    """Warn of duplicates, name each failed input, and exit 1 if any failed."""
    err = _stderr()
    for duplicate in result.duplicates:
        err.print(
            f"[yellow]Warning:[/yellow] {duplicate.path}: same text as {duplicate.same_as}; "
            "analysed once",
            markup=True,
        )
    for failure in result.failures:
        _error(failure.message)
    if result.failures:
        raise typer.Exit(1)


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


@app.command()
@reads_articles
def report(
    inputs: Inputs,
    paths: StorePaths = None,
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
    width: Annotated[int | None, typer.Option(help="Table width in columns.")] = None,
    store: FromStore = None,
) -> None:
    """Report who asserted each claim, through whom, and how well it stands across articles.

    Example: tracker report data/sample/ --corpus-only  (or: tracker report --store tracker.db)
    """
    view = View(output_format, claim, corpus_only, indent, width, include_text, bidi)
    with paused_gc():
        compact_json = output_format is OutputFormat.json and indent is None
        result = _analyse_or_load(paths, store, inputs, compact_json)
        _KEPT[:] = [result]
        try:
            if output is None:
                _emit(result, view, sys.stdout)
            else:
                _write_report(result, view, output)
            _report_failures(result)
        finally:
            # What the run made is frozen before the collector is turned on again: the first
            # collection after the pause would otherwise walk all of it, as the command ends.
            gc.freeze()


#: The last report made, kept to the process's end: a corpus report is millions of objects,
#: and freeing them one by one as the command returns took seconds of one core while the other
#: idled. The command line ends its process without freeing them (``__main__``).
_KEPT: list[Report] = []


def _write_report(result: Report, view: View, output: Path) -> None:
    """Write to a temporary file beside the target, then rename: no half-written reports."""
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            _emit(result, view, stream)
        partial.replace(output)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        _cannot_write(output, exc)


class GraphFormat(str, Enum):
    """Graph export formats."""

    graphml = "graphml"
    json = "json"
    jsonld = "jsonld"
    html = "html"


#: How each graph format is written (jsonld by write_claim_review from the report; html by
#: write_html, which also reads the report's chains), and the file ending that chooses it.
def _graph_writer(kind: GraphFormat) -> Callable[[Graph, Path], None]:
    from .graph import write_graphml, write_node_link

    return {GraphFormat.graphml: write_graphml, GraphFormat.json: write_node_link}[kind]


_GRAPH_SUFFIXES = {
    ".graphml": GraphFormat.graphml,
    ".json": GraphFormat.json,
    ".jsonld": GraphFormat.jsonld,
    ".html": GraphFormat.html,
}


@app.command()
@reads_articles
def export(
    inputs: Inputs,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="File to write (.graphml, .json, .jsonld or .html)."),
    ],
    paths: StorePaths = None,
    graph_format: Annotated[
        GraphFormat | None,
        typer.Option(
            "--format", "-f", help="graphml, json, jsonld or html (default: the extension)."
        ),
    ] = None,
    multigraph: Annotated[
        bool, typer.Option(help="Every edge apart, instead of one per relation with a count.")
    ] = False,
    store: FromStore = None,
) -> None:
    """Export the claim graph (GraphML, node-link JSON, a web page) or the claims (JSON-LD).

    GraphML opens in Gephi, Cytoscape and Neo4j; a web page is one file with all it needs.
    JSON-LD gives the claims as schema.org Claims, shaped as ClaimReview.

    Example: tracker export data/sample/ -o claims.graphml (or -o story.html)
    (or: tracker export --store tracker.db -o claims.jsonld)
    """
    from . import __version__
    from .export import write_html
    from .graph import aggregate, build_graph, summary

    kind = graph_format or _format_from_suffix(output)
    with paused_gc():
        result = _analyse_or_load(paths, store, inputs)
    if kind is GraphFormat.jsonld:
        _write_jsonld(result, output, inputs.quiet)
        return
    with paused_gc():
        graph = build_graph(result)
        if not multigraph:
            graph = aggregate(graph)
    sidecar = output.with_name(output.name + ".run.json")
    meta = {
        "tracker": __version__,
        "multigraph": multigraph,
        **summary(graph, paths or [str(store)]),
    }
    try:
        if kind is GraphFormat.html:
            write_html(result, graph, output)
        else:
            _graph_writer(kind)(graph, output)
        sidecar.write_text(
            json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
    except OSError as exc:
        _cannot_write(output, exc)
    if not inputs.quiet:
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
    from .evaluate import evaluate, load_gold
    from .report import evaluation_data, evaluation_table

    try:
        golds = load_gold(gold)
    except TrackerError as exc:
        _fail(str(exc))
    inputs = input_options(sources=sources, jobs=jobs, quiet=quiet)
    with paused_gc():
        result = inputs.analyse([str(g.path) for g in golds])
    scored = evaluate(golds, result.results)
    if output_format is OutputFormat.json:
        data = evaluation_data(scored)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
        return
    rs.console(sys.stdout).print(evaluation_table(scored))
    sys.stdout.writelines(m.line() for m in scored.mismatches)


def _format_from_suffix(output: Path) -> GraphFormat:
    """The export format the file ending names; a usage error for any other ending."""
    kind = _GRAPH_SUFFIXES.get(output.suffix.lower())
    if kind is None:
        endings = " or ".join(_GRAPH_SUFFIXES)
        raise typer.BadParameter(
            f"end the file in {endings}, or pass --format", param_hint="--output"
        )
    return kind


def _emit(result: Report, view: View, stream: TextIO) -> None:
    from .report import bidi_display, claim_tree, print_tables, to_markdown, write_json

    if view.output_format is OutputFormat.json and view.claim is None:
        write_json(result, stream, indent=view.indent, include_text=view.include_text)
        return
    if view.output_format is OutputFormat.markdown and view.claim is None:
        stream.write(to_markdown(result))
        return
    console = rs.console(stream, view.width)
    if view.bidi:
        console = Console(width=console.width, no_color=True, highlight=False, file=io.StringIO())
    if view.claim is not None:
        tree = claim_tree(result, view.claim)
        if tree is None:
            _fail(f"no claim {view.claim!r}; see the ids in the report (k1, k2 … or a1b2c3d4.c1)")
        console.print(tree)
    elif result.results:
        print_tables(result, console, articles=not view.corpus_only)
    if view.bidi:
        assert isinstance(console.file, io.StringIO)
        stream.write(bidi_display(console.file.getvalue()))


# --- the claim store: add, claims, timeline, sources; report/export --store -----------------------

StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="The store file (default: $TRACKER_STORE, else ./tracker.db).",
        show_default=False,
    ),
]
StoreFormat = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="table, json or markdown.")
]


def _open(path: Path | None, *, create: bool = False, options: Options | None = None) -> Store:
    thresholds = options.thresholds if options and options.thresholds != DEFAULT else None
    try:
        return open_store(path, thresholds, create=create)
    except TrackerError as exc:
        _fail(str(exc))


def _answer(question: Callable[[], None]) -> None:
    """Answer a query on the store (quick.py); its errors are an ``Error:`` line."""
    try:
        question()
    except quick.BadValue as exc:
        raise typer.BadParameter(exc.message, param_hint=exc.param) from None
    except TrackerError as exc:
        _fail(str(exc))


def _analyse_or_load(
    paths: list[str] | None, store: Path | None, inputs: Inputs, encode: bool = False
) -> Report:
    """The report of the given inputs, or of everything in --store."""
    if store is None:
        if not paths:
            raise typer.BadParameter("give article PATHs, or --store FILE", param_hint="PATHS")
        return inputs.analyse(paths, encode=encode)
    if paths:
        raise typer.BadParameter("give PATHs or --store, not both", param_hint="--store")
    opened = _open(store)
    try:
        return opened.report()
    finally:
        opened.close()


def _write_jsonld(result: Report, output: Path, quiet: bool) -> None:
    from .export.jsonld import write_claim_review

    try:
        write_claim_review(result, output)
    except OSError as exc:
        _cannot_write(output, exc)
    if not quiet:
        _stderr().print(f"wrote {output} ({len(result.corpus_claims)} claims)")
    _report_failures(result)


@app.command()
@reads_articles
def add(
    inputs: Inputs,
    paths: Paths,
    store: StoreOption = None,
) -> None:
    """Add articles to the claim store, linking them to the claims it holds.

    Example: tracker add data/sample/ --store story.db
    """
    options, jobs, quiet = inputs.options, inputs.jobs, inputs.quiet
    from .store import add_paths

    opened = _open(store, create=True, options=options)
    err = _stderr()
    try:
        with paused_gc(), _progress("adding", not quiet and err.is_terminal) as step:
            done = add_paths(opened, paths, options, progress=step, jobs=jobs)
    except TrackerError as exc:
        _fail(str(exc))
    finally:
        opened.close()
    for path, same in done.duplicates:
        err.print(
            f"[yellow]Warning:[/yellow] {path}: same text as {same}; stored once", markup=True
        )
    for failure in done.failures:
        _error(failure.message)
    if not quiet:
        err.print(rs.add_summary(done, str(store_path(store))))
    if done.failures:
        raise typer.Exit(1)


@app.command()
def claims(
    store: StoreOption = None,
    status: Annotated[
        str | None, typer.Option(help="corroborated, single-sourced, contested or unattributed.")
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            help="Only claims this source asserts or denies (a name, part of one, or an id)."
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            help="Only claims whose status was set by an "
            "article of this date (YYYY-MM-DD) or later."
        ),
    ] = None,
    search: Annotated[
        str | None, typer.Option(help="Only claims whose text has these words.")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many claims.")] = None,
    output_format: StoreFormat = OutputFormat.table,
) -> None:
    """List the store's claims, most widely carried first.

    The table shows the first 25 unless --limit is given; JSON and Markdown give them all.

    Example: tracker claims --status corroborated --since 2024-10-08
    """

    def question() -> None:
        query = quick.claim_query(status, source, since, search, limit)
        quick.claims(store, query, output_format.value, sys.stdout)

    _answer(question)


@app.command()
def timeline(
    claim: Annotated[str, typer.Argument(help="A claim id from `tracker claims` (k12, or 12).")],
    store: StoreOption = None,
    output_format: StoreFormat = OutputFormat.table,
) -> None:
    """Tell one claim's story: who said it first, who carried it after, how its status moved.

    Example: tracker timeline k3
    """
    _answer(
        lambda: quick.timeline(store, quick.claim_number(claim), output_format.value, sys.stdout)
    )


@app.command(name="sources")
def sources_command(
    store: StoreOption = None,
    name: Annotated[
        str | None,
        typer.Option(
            help="Only sources with this in their name (or this id), with their claim ids."
        ),
    ] = None,
    output_format: StoreFormat = OutputFormat.table,
) -> None:
    """List the origins in the store: claims asserted, corroborated by others, denials.

    Example: tracker sources --name رويترز
    """
    _answer(lambda: quick.sources(store, name, output_format.value, sys.stdout))


__all__ = ["app"]
