"""The claim graph as one self-contained HTML page: `tracker export … -o story.html`.

The page inlines the vendored Cytoscape.js (``static/cytoscape.min.js``, MIT, licence beside it),
its own script and style, and the data as JSON in a ``<script type="application/json">`` tag, so
it opens offline and its Content-Security-Policy forbids every network request.

The data is the graph that :mod:`tracker.graph` builds, in rows to keep a large corpus small,
plus, for each claim, the chains it was stated through, read from the report:

- ``columns``: per node kind, the names of a node row's fields: ``kind``, ``id`` (the graph's
  node id), then :data:`COLUMNS` (the graph's node attributes; null where absent).
- ``nodes``: one row per graph node, in the graph's order; edges and chains index this list.
- ``relations`` and ``edges``: ``[source, target, relation index, count]`` per graph edge.
- ``chains``: claim node index → ``[[article, [voice, …], stance, cue], …]``, voices outermost
  first; stance ``asserts`` or ``denies``, or ``own`` / ``credit`` for a statement in an
  article's own voice or a wire credit (its voice alone, no cue).
- ``focus``: the fewest articles a claim needs to be drawn at first (2 for large graphs).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from .. import __version__
from ..graph import Graph
from ..models import Report, Stance

#: The page's parts: template, style, script and the vendored Cytoscape.js with its licence.
STATIC = Path(__file__).parent / "static"
#: Bumped when the embedded data changes shape.
SCHEMA_VERSION = 1
#: With more claims than this, the page first draws only claims found in 2+ articles.
FOCUS_ABOVE = 300
#: The graph attributes the page reads, per node kind, in the order of each node's row.
COLUMNS: dict[str, tuple[str, ...]] = {
    "article": ("label", "publisher", "published", "path", "language"),
    "claim": ("text", "status", "explanation", "articles", "outlets", "independent_origins"),
    "source": ("label", "source_kind", "group", "country"),
}
#: Characters that must not appear raw inside a <script> element's JSON.
_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}
#: Chromium flags that open a story page headless and offline, as the tests and benchmarks do.
HEADLESS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


def story_data(report: Report, graph: Graph) -> dict[str, Any]:
    """Collect what the page draws: the graph's nodes and edges, and each claim's chains."""
    index = {node: i for i, node in enumerate(graph.nodes)}
    nodes = [
        [data["kind"], node, *(data.get(column) for column in COLUMNS[data["kind"]])]
        for node, data in graph.nodes(data=True)
    ]
    relations = sorted({data["relation"] for _, _, data in graph.edges(data=True)})
    code = {relation: i for i, relation in enumerate(relations)}
    edges = sorted(
        (index[u], index[v], code[data["relation"]], int(data.get("count", 1)))
        for u, v, data in graph.edges(data=True)
    )
    claims = sum(1 for node in nodes if node[0] == "claim")
    return {
        "schema_version": SCHEMA_VERSION,
        "tracker": __version__,
        "focus": 2 if claims > FOCUS_ABOVE else 1,
        "columns": {kind: ["kind", "id", *columns] for kind, columns in COLUMNS.items()},
        "nodes": nodes,
        "relations": relations,
        "edges": [list(edge) for edge in edges],
        "chains": _chains(report, index),
    }


def _chains(report: Report, index: dict[str, int]) -> dict[str, list[list[Any]]]:
    """List each claim's statements as [article, voices (outermost first), stance, cue]."""
    claim_of: dict[str, int] = {}
    for claim in report.corpus_claims or [c for r in report.results for c in r.claims]:
        node = index[f"claim:{claim.id}"]
        claim_of.update({member: node for member in (*claim.attributions, *claim.statements)})
    chains: dict[int, list[list[Any]]] = {}
    for result in report.results:
        article = index[f"article:{result.article.id}"]
        for att in result.attributions:
            voices = [index[f"source:{v.id}"] for v in att.chain or (att.source,)]
            stance = "denies" if att.stance is Stance.DENIES else "asserts"
            chains.setdefault(claim_of[att.id], []).append([article, voices, stance, att.cue])
        for statement in result.statements:
            voice = [index[f"source:{statement.voice.id}"]]
            stance = "credit" if statement.credited else "own"
            chains.setdefault(claim_of[statement.id], []).append([article, voice, stance, ""])
    return {str(node): chains[node] for node in sorted(chains)}


def script_json(data: Any) -> str:
    """Dump JSON that is safe inside a <script> element: sorted keys, compact.

    ``<``, ``>`` and ``&`` are written as ``\\u`` escapes (they only occur inside strings), so
    no ``</script>`` or ``<!--`` can end or bend the element.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&]", lambda m: _UNSAFE[m.group(0)], text)


def render_html(data: dict[str, Any], title: str) -> str:
    """Assemble the page: template, style, Cytoscape.js, script and data, all inline."""
    parts = {
        "title": html.escape(title),
        "style": (STATIC / "story.css").read_text(encoding="utf-8"),
        "cytoscape": (STATIC / "cytoscape.min.js").read_text(encoding="utf-8"),
        "script": (STATIC / "story.js").read_text(encoding="utf-8"),
        "data": script_json(data),
    }
    template = (STATIC / "story.html").read_text(encoding="utf-8")
    # One pass, so text inside a part is never taken for a placeholder.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], template)


def write_html(report: Report, graph: Graph, path: Path) -> None:
    """Write the story page of a report's graph to ``path``."""
    data = story_data(report, graph)
    articles = sum(1 for node in data["nodes"] if node[0] == "article")
    claims = sum(1 for node in data["nodes"] if node[0] == "claim")
    title = f"tracker story: {_count(claims, 'claim')} in {_count(articles, 'article')}"
    path.write_text(render_html(data, title), encoding="utf-8")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
