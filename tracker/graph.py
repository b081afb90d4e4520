"""The claim graph (networkx) and its export to GraphML and node-link JSON.

The only module that imports networkx. Nodes are articles, sources and claims; edges are
``publishes`` (source → article), ``asserts``/``denies`` (source → claim), ``cites`` (outer voice →
inner voice of a chain), ``reports`` (article → claim) and ``copies`` (article → the article it
repeats nearly word for word).

GraphML follows one export profile so that Gephi, Cytoscape and Neo4j (APOC) all read it: a
fixed, typed attribute schema with named key ids; ``label`` on every node and edge (first on
edges, so APOC takes it as the relationship type); ``name``/``interaction`` for Cytoscape;
``labels`` (":Claim") for APOC; no None, list or graph-level attributes (run metadata goes into a
JSON sidecar); XML-illegal characters removed; lxml as the writer, which refuses bad strings
rather than writing a broken file.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeAlias

import networkx as nx

from .models import ArticleResult, Attribution, Claim, CorpusClaim, Report, Source, Stance

#: The graph type: node ids are strings ("article:…", "source:…", "claim:…").
Graph: TypeAlias = "nx.MultiDiGraph[str]"

#: Node attributes and their types; anything else is not written.
NODE_SCHEMA: dict[str, type] = {
    "label": str,
    "name": str,
    "labels": str,
    "kind": str,
    "source_kind": str,
    "group": str,
    "country": str,
    "status": str,
    "independent_origins": int,
    "articles": int,
    "outlets": int,
    "contested": int,
    "published": str,
    "publisher": str,
    "path": str,
    "language": str,
    "text": str,
    "explanation": str,
}
#: Edge attributes and their types; ``label`` comes first on purpose (Neo4j APOC).
EDGE_SCHEMA: dict[str, type] = {
    "label": str,
    "interaction": str,
    "relation": str,
    "article": str,
    "cue": str,
    "quote": str,
    "own_voice": int,
    "count": int,
    "eid": str,
}
#: Longest claim text kept in a node label (the full text is in ``text``).
LABEL_LENGTH = 120

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]")


def clean(value: str) -> str:
    """A string safe for XML 1.0: NFC, without control characters or lone surrogates."""
    return _ILLEGAL.sub("", unicodedata.normalize("NFC", value))


def _node(graph: Graph, node: str, **attrs: Any) -> None:
    if node in graph:
        return
    graph.add_node(node, **_coerce(attrs, NODE_SCHEMA))


def _coerce(attrs: dict[str, Any], schema: dict[str, type]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, kind in schema.items():  # schema order: "label" first
        value = attrs.get(key)
        if value is None:
            continue
        if kind is int:
            out[key] = int(value)
        else:
            out[key] = clean(str(value))
    return out


def _source_node(graph: Graph, source: Source) -> str:
    node = f"source:{source.id}"
    _node(
        graph,
        node,
        label=source.name,
        name=source.name,
        labels=":Source",
        kind="source",
        source_kind=source.kind.value,
        group=source.independence_group,
        country=source.country,
    )
    return node


def build_graph(report: Report) -> Graph:
    """Build the full claim graph of a report: one edge per statement, chain link and article.

    Claims are the corpus claims when the report has them, else each article's claims.
    """
    builder = _Builder()
    for claim in report.corpus_claims or [c for r in report.results for c in r.claims]:
        builder.add_claim(claim)
    for result in report.results:
        builder.add_article(result)
    for relay in report.relays:
        builder.edge(f"article:{relay.copy}", f"article:{relay.original}", "copies")
    return builder.graph


class _Builder:
    """The steps of ``build_graph``: claim nodes, then each article with its edges, numbered."""

    def __init__(self) -> None:
        self.graph: Graph = nx.MultiDiGraph()
        #: The claim node of each attribution and statement id.
        self.claim_of: dict[str, str] = {}
        self._edges = 0

    def edge(self, u: str, v: str, relation: str, **attrs: Any) -> None:
        """Add an edge with the next id (``e1``, ``e2`` …) and the relation as its label."""
        self._edges += 1
        eid = f"e{self._edges}"
        base = {"label": relation.upper(), "interaction": relation, "relation": relation}
        self.graph.add_edge(u, v, key=eid, **_coerce({**base, "eid": eid, **attrs}, EDGE_SCHEMA))

    def add_claim(self, claim: Claim | CorpusClaim) -> None:
        """A claim node, remembered as the node of each of its attributions and statements."""
        node = f"claim:{claim.id}"
        self.claim_of.update({m: node for m in (*claim.attributions, *claim.statements)})
        text = " ".join(claim.text.split())
        _node(
            self.graph,
            node,
            label=text[:LABEL_LENGTH],
            name=text[:LABEL_LENGTH],
            labels=":Claim",
            kind="claim",
            status=claim.status.value,
            independent_origins=len(claim.origins),
            articles=len(getattr(claim, "articles", ())) or 1,
            outlets=getattr(claim, "outlets", 1),
            contested=claim.contested,
            text=text,
            explanation=claim.explanation,
        )

    def add_article(self, result: ArticleResult) -> None:
        """An article node, its publisher, its statements' voices and the claims it reports."""
        art = result.article
        article = f"article:{art.id}"
        _node(
            self.graph,
            article,
            label=art.title or art.path,
            name=art.title or art.path,
            labels=":Article",
            kind="article",
            published=art.published,
            publisher=art.publisher,
            path=art.path,
            language=art.language,
        )
        if result.publisher is not None:
            self.edge(_source_node(self.graph, result.publisher), article, "publishes")
        for att in result.attributions:
            self.add_attribution(att)
        for statement in result.statements:
            voice = _source_node(self.graph, statement.voice)
            claim = self.claim_of[statement.id]
            self.edge(voice, claim, "asserts", article=art.id, own_voice=not statement.credited)
        ids = [a.id for a in result.attributions] + [s.id for s in result.statements]
        for claim_node in sorted({self.claim_of[i] for i in ids}):
            self.edge(article, claim_node, "reports")

    def add_attribution(self, att: Attribution) -> None:
        """The chain's ``cites`` edges, outermost first, then the source's assertion or denial."""
        chain = att.chain or (att.source,)
        nodes = [_source_node(self.graph, v) for v in chain]
        for outer, inner in itertools.pairwise(nodes):
            self.edge(outer, inner, "cites", article=att.article)
        relation = "denies" if att.stance is Stance.DENIES else "asserts"
        source = _source_node(self.graph, att.source)
        claim = self.claim_of[att.id]
        self.edge(source, claim, relation, article=att.article, cue=att.cue, quote=att.quote.value)


def aggregate(graph: Graph) -> Graph:
    """One edge per (source, target, relation) with a ``count``: what Gephi handles best."""
    out: Graph = nx.MultiDiGraph()
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        relation = data["relation"]
        key = f"{relation}:{u}->{v}"
        if out.has_edge(u, v, key):
            out.edges[u, v, key]["count"] += 1
            continue
        kept = {k: data[k] for k in ("label", "interaction", "relation") if k in data}
        out.add_edge(u, v, key=key, **kept, count=1, eid=key)
    return out


def write_graphml(graph: Graph, path: Path) -> None:
    """Write GraphML with named key ids and typed attributes (see the module docstring)."""
    nx.write_graphml(
        graph, path, named_key_ids=True, infer_numeric_types=True, edge_id_from_attribute="eid"
    )


def write_node_link(graph: Graph, path: Path) -> None:
    """Write node-link JSON (nodes, edges) as networkx reads it back."""
    data = nx.node_link_data(graph, edges="edges")
    path.write_text(
        json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def sources_of(graph: Graph, claim: str) -> list[tuple[str, str]]:
    """(source node, relation) for every source asserting or denying a claim node."""
    return sorted(
        {
            (u, d["relation"])
            for u, _, d in graph.in_edges(claim, data=True)
            if d["relation"] in ("asserts", "denies")
        }
    )


def claims_of(graph: Graph, source: str) -> list[str]:
    """Claim nodes a source node asserts or denies."""
    return sorted(
        {
            v
            for _, v, d in graph.out_edges(source, data=True)
            if d["relation"] in ("asserts", "denies")
        }
    )


def summary(graph: Graph, inputs: Iterable[str]) -> dict[str, Any]:
    """Run metadata for the JSON sidecar (GraphML graph attributes break Gephi)."""
    kinds: dict[str, int] = {}
    for _, data in graph.nodes(data=True):
        kinds[data["kind"]] = kinds.get(data["kind"], 0) + 1
    relations: dict[str, int] = {}
    for _, _, data in graph.edges(data=True):
        relations[data["relation"]] = relations.get(data["relation"], 0) + data.get("count", 1)
    return {"inputs": sorted(inputs), "nodes": kinds, "edges": relations}
