"""Render the store's query results (claims, timeline, sources, add summary) as rich tables,
JSON or Markdown. The store's counterpart of report.py; only these two and cli.py import rich.

rich is imported by the table views only, so that a query asking for JSON or Markdown does not
load it (see quick.py).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from .models import Status
from .store import SCHEMA_VERSION, ClaimRow, SourceRow, Timeline

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.table import Table

    from .store import AddSummary

#: Claims the table shows when no --limit is given: the most widely carried ones (drawing a
#: table row costs far more than finding it; JSON and Markdown always give every claim).
PAGE = 25
#: Characters of a claim's text in a table cell (as report.py's tables, whose module is not
#: imported here: it loads rich and the BiDi code).
EXCERPT = 90

_STYLE = {
    Status.CORROBORATED: "green",
    Status.SINGLE_SOURCED: "yellow",
    Status.CONTESTED: "red",
    Status.UNATTRIBUTED: "dim",
}


def claim_id(claim: int) -> str:
    """A stored claim's id as users see and type it."""
    return f"k{claim}"


def console(stream: TextIO, width: int | None = None) -> Console:
    """A console drawing on ``stream``: 100 columns and no colour unless it is a terminal."""
    from rich.console import Console

    terminal = stream.isatty()
    columns = width or (None if terminal else 100)
    return Console(
        file=stream,
        width=columns,
        highlight=False,
        no_color=bool(os.environ.get("NO_COLOR")) or not terminal or None,
    )


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


# --- claims ------------------------------------------------------------------------------------


def claim_data(row: ClaimRow) -> dict[str, Any]:
    """One claim row as JSON data."""
    return {
        "id": claim_id(row.id),
        "text": row.text,
        "status": row.status.value,
        "articles": row.articles,
        "outlets": row.outlets,
        "origins": list(row.origins),
        "denied_by": list(row.denied_by),
        "first_seen": row.first_seen,
        "claimed_at": row.claimed_at,
        "explanation": row.explanation,
    }


def claims_json(rows: Sequence[ClaimRow]) -> dict[str, Any]:
    """`tracker claims --format json`."""
    return {"schema_version": SCHEMA_VERSION, "claims": [claim_data(r) for r in rows]}


def claims_table(rows: Sequence[ClaimRow], shown: int | None = None) -> Table:
    """The claims as a terminal table: the first ``shown`` of them (all by default), with a
    caption saying how to see the rest."""
    from rich.table import Table
    from rich.text import Text

    more = len(rows) - shown if shown is not None and shown < len(rows) else 0
    table = Table(
        title=f"Claims in the store ({len(rows)})",
        title_justify="left",
        show_lines=True,
        caption=f"the first {len(rows) - more} shown; {more} more with --limit {len(rows)}, "
        "or all of them with --format json or markdown"
        if more
        else None,
        caption_justify="left",
    )
    table.add_column("id")
    table.add_column("claim", overflow="fold", ratio=3)
    table.add_column("spread", overflow="fold")
    table.add_column("origins", overflow="fold", ratio=2)
    table.add_column("status", overflow="fold", ratio=2)
    for row in rows[: len(rows) - more]:
        status = Text(row.status.value, style=_STYLE[row.status])
        status.append(f"\nsince {row.claimed_at or row.first_seen[:10]}", style="dim")
        origins = ", ".join(row.origins) or "—"
        if row.denied_by:
            origins += f"\ndenied by {', '.join(row.denied_by)}"
        table.add_row(
            claim_id(row.id),
            _excerpt(row.text),
            f"{row.articles} art. / {row.outlets} outl.",
            origins,
            status,
        )
    return table


def claims_markdown(rows: Sequence[ClaimRow]) -> str:
    """The claims as a Markdown table."""
    lines = ["| id | claim | articles | origins | status |", "|---|---|---|---|---|"]
    for row in rows:
        lines.append(
            f"| {claim_id(row.id)} | {_md(_excerpt(row.text))} | {row.articles} | "
            f"{_md(', '.join(row.origins)) or '—'} | {row.status.value} |"
        )
    return "\n".join(lines) + "\n"


# --- timeline ----------------------------------------------------------------------------------


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    """`tracker timeline --format json`."""
    return {
        "schema_version": SCHEMA_VERSION,
        "claim": claim_data(timeline.claim),
        "first_article": timeline.first_article,
        "appearances": [
            {
                "article": a.article,
                "published": a.published,
                "outlet": a.outlet,
                "url": a.url,
                "chains": list(a.chains),
                "role": a.role,
                "new_origins": list(a.new_origins),
            }
            for a in timeline.appearances
        ],
        "history": [
            {
                "status": c.status.value,
                "previous": c.previous.value if c.previous else None,
                "article": c.article,
                "published": c.published,
                "recorded_at": c.recorded_at,
            }
            for c in timeline.history
        ],
        "summary": timeline.summary,
        "merged": [claim_id(m) for m in timeline.merged],
    }


def timeline_view(timeline: Timeline) -> RenderableType:
    """A claim's story: header, the articles in order, and the status history."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    row = timeline.claim
    head = Text()
    head.append(f"{claim_id(row.id)}  ", style="bold")
    head.append(row.text, style="bold")
    head.append(f"\n{row.status.value}", style=_STYLE[row.status])
    head.append(f": {row.explanation}", style="dim")
    head.append(
        f"\nfirst seen {row.first_seen} (article {timeline.first_article}); "
        f"claimed at {row.claimed_at or 'unknown'}"
    )
    if timeline.merged:
        head.append(f"\nmerged from {', '.join(claim_id(m) for m in timeline.merged)}", style="dim")
    table = Table(title="Articles", title_justify="left", show_lines=True)
    for column in ("date", "outlet", "chain", "role"):
        table.add_column(column, overflow="fold", ratio=3 if column == "chain" else 1)
    for a in timeline.appearances:
        role = a.role + (f"\n({', '.join(a.new_origins)})" if a.new_origins else "")
        table.add_row(a.published or "—", a.outlet, "\n".join(a.chains) or "—", role)
    history = Text("Status history: ", style="bold")
    history.append(timeline.summary)
    return Group(head, table, history)


def timeline_markdown(timeline: Timeline) -> str:
    """A claim's story as Markdown."""
    row = timeline.claim
    lines = [
        f"## {claim_id(row.id)}: {_md(row.text)}",
        "",
        f"**{row.status.value}**: {_md(row.explanation)}",
        "",
        f"First seen {row.first_seen}; claimed at {row.claimed_at or 'unknown'}.",
        "",
        "| date | outlet | chain | role |",
        "|---|---|---|---|",
    ]
    for a in timeline.appearances:
        lines.append(
            f"| {a.published or '—'} | {_md(a.outlet)} | "
            f"{_md('; '.join(a.chains)) or '—'} | {a.role} |"
        )
    lines += ["", f"Status history: {timeline.summary}"]
    return "\n".join(lines) + "\n"


# --- sources -----------------------------------------------------------------------------------


def sources_json(rows: Sequence[SourceRow]) -> dict[str, Any]:
    """`tracker sources --format json`."""
    return {
        "schema_version": SCHEMA_VERSION,
        "sources": [
            {
                "id": r.id,
                "name": r.name,
                "kind": r.kind,
                "claims": r.claims,
                "corroborated": r.corroborated,
                "denials": r.denials,
                "claim_ids": [claim_id(c) for c in r.claim_ids],
            }
            for r in rows
        ],
    }


def sources_table(rows: Sequence[SourceRow]) -> Table:
    """Origins across the store as a terminal table (with claim ids when asked by name)."""
    from rich.table import Table

    table = Table(title=f"Sources in the store ({len(rows)})", title_justify="left")
    with_ids = any(r.claim_ids for r in rows)
    columns = ("source", "kind", "claims", "corroborated", "denials")
    for column in (*columns, *(("claim ids",) if with_ids else ())):
        table.add_column(column, overflow="fold")
    for r in rows:
        cells = [r.name, r.kind, str(r.claims), str(r.corroborated), str(r.denials)]
        if with_ids:
            cells.append(", ".join(claim_id(c) for c in r.claim_ids))
        table.add_row(*cells)
    return table


def sources_markdown(rows: Sequence[SourceRow]) -> str:
    """Origins across the store as Markdown."""
    lines = ["| source | kind | claims | corroborated | denials |", "|---|---|---|---|---|"]
    lines += [
        f"| {_md(r.name)} | {r.kind} | {r.claims} | {r.corroborated} | {r.denials} |" for r in rows
    ]
    return "\n".join(lines) + "\n"


# --- add ---------------------------------------------------------------------------------------


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def add_summary(summary: AddSummary, store: str) -> str:
    """The line `tracker add` ends with, and one line per claim whose status changed."""
    lines = [
        f"{store}: added {_count(len(summary.added), 'article')}, "
        f"{_count(len(summary.duplicates), 'duplicate')}, "
        f"{_count(len(summary.failures), 'failure')}; {_count(summary.new_claims, 'new claim')}, "
        f"{_count(summary.changed_claims, 'claim')} changed status"
    ]
    for change in summary.changes:
        if change.previous is not None:
            lines.append(
                f"  {claim_id(change.claim)}: {change.previous.value} → "
                f"{change.status.value} (article {change.article}, "
                f"{change.published or 'undated'})"
            )
    return "\n".join(lines)
