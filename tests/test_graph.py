"""The claim graph and its GraphML / node-link JSON export."""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx
import pytest
from conftest import CORPUS, FIXTURES
from lxml import etree

from tracker import Options, analyse_paths
from tracker.graph import (
    aggregate,
    build_graph,
    claims_of,
    sources_of,
    write_graphml,
    write_node_link,
)

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def report():
    """The report over the corpus fixtures."""
    return analyse_paths(sorted(str(p) for p in CORPUS.glob("*.txt")), Options())


def test_graph_model_nodes_and_edges(report):
    """Nodes are articles, sources and claims; the edge relations are the documented five+1."""
    graph = build_graph(report)
    kinds = Counter(d["kind"] for _, d in graph.nodes(data=True))
    assert kinds["article"] == 14
    assert kinds["claim"] == len(report.corpus_claims)
    relations = {d["relation"] for _, _, d in graph.edges(data=True)}
    assert relations == {"publishes", "asserts", "denies", "cites", "reports", "copies"}


def test_queries_follow_the_chain(report):
    """sources_of / claims_of answer who asserts a claim and what a source asserts."""
    graph = build_graph(report)
    claim = next(c for c in report.corpus_claims if "سترفع أسعار الوقود" in c.text)
    asserting = sources_of(graph, f"claim:{claim.id}")
    assert {relation for _, relation in asserting} == {"asserts"}
    (source, _) = asserting[0]
    assert f"claim:{claim.id}" in claims_of(graph, source)
    assert graph.nodes[source]["label"] == "الرافدين"


def test_aggregate_counts_parallel_edges(report):
    """The default graph has one edge per (source, target, relation) with a count."""
    full = build_graph(report)
    merged = aggregate(full)
    assert sum(d["count"] for _, _, d in merged.edges(data=True)) == full.number_of_edges()
    keys = [(u, v, d["relation"]) for u, v, d in merged.edges(data=True)]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("multigraph", [False, True])
def test_graphml_profile(report, tmp_path, multigraph):
    """GraphML has named keys, label first on edges, no graph attributes, and round-trips."""
    graph = build_graph(report) if multigraph else aggregate(build_graph(report))
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    root = etree.parse(str(path)).getroot()
    keys = [(k.get("id"), k.get("for")) for k in root.iter(f"{GRAPHML}key")]
    assert len(keys) == len(set(keys))
    assert not any(key_id.startswith("d") and key_id[1:].isdigit() for key_id, _ in keys)
    assert all(scope in ("node", "edge") for _, scope in keys)
    for edge in root.iter(f"{GRAPHML}edge"):
        assert edge[0].get("key") == "label"
    labels = [d.text for d in root.iter(f"{GRAPHML}data") if d.get("key") == "label"]
    assert "الرافدين" in labels
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert all("label" in d and "kind" in d for _, d in back.nodes(data=True))


def test_graphml_survives_control_characters(tmp_path):
    """A control character in an article does not break the GraphML file."""
    text = (FIXTURES / "ar-01-outlet-relay.txt").read_text(encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_text(text.replace("القدس العربي", "القدس\x0b العربي\x01"), encoding="utf-8")
    other = FIXTURES / "ar-02-state-group.txt"
    report = analyse_paths([str(broken), str(other)], Options())
    path = tmp_path / "g.graphml"
    write_graphml(aggregate(build_graph(report)), path)
    etree.parse(str(path))
    assert nx.read_graphml(path).number_of_nodes() > 0


def test_node_link_json_round_trips(report, tmp_path):
    """Node-link JSON reads back into the same graph."""
    graph = aggregate(build_graph(report))
    path = tmp_path / "g.json"
    write_node_link(graph, path)
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
