"""The HTML story page: its data, its safety, and the page itself in a real headless browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from tracker import Options, analyse_paths
from tracker.cli import app
from tracker.export.html import COLUMNS, HEADLESS, render_html, script_json, story_data
from tracker.graph import aggregate, build_graph

DATA = re.compile(r'<script id="story-data" type="application/json">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def report():
    """The report over the corpus fixtures."""
    return analyse_paths(sorted(str(p) for p in CORPUS.glob("*.txt")), Options())


@pytest.fixture(scope="module")
def graph(report):
    """The aggregated claim graph of the corpus fixtures, as `tracker export` draws it."""
    return aggregate(build_graph(report))


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """The story page of the corpus fixtures, written by the command line."""
    path = tmp_path_factory.mktemp("story") / "story.html"
    result = CliRunner().invoke(app, ["export", str(CORPUS), "-o", str(path), "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def drawn_expectation(graph) -> Counter[str]:
    """What the page should draw at first, computed from the graph alone (not the chains)."""
    claims = [n for n, d in graph.nodes(data=True) if d["kind"] == "claim"]
    stating = {u for u, _, d in graph.edges(data=True) if d["relation"] in ("asserts", "denies")}
    cites = nx.Graph()
    cites.add_edges_from((u, v) for u, v, d in graph.edges(data=True) if d["relation"] == "cites")
    voices = set(stating)
    for source in stating & set(cites):
        voices |= nx.node_connected_component(cites, source)
    return Counter(claim=len(claims), source=len(voices))


def test_data_rows_follow_the_graph(report, graph):
    """Every graph node is one row of its kind's columns, every edge one row, every claim has
    chains, and a voice stating a claim in the graph is in that claim's chains."""
    data = story_data(report, graph)
    assert set(data) == {
        "schema_version",
        "tracker",
        "focus",
        "columns",
        "nodes",
        "relations",
        "edges",
        "chains",
    }
    assert [row[1] for row in data["nodes"]] == list(graph.nodes)
    for row in data["nodes"]:
        assert data["columns"][row[0]] == ["kind", "id", *COLUMNS[row[0]]]
        assert len(row) == len(data["columns"][row[0]])
    assert len(data["edges"]) == graph.number_of_edges()
    assert sum(edge[3] for edge in data["edges"]) == sum(
        d["count"] for *_, d in graph.edges(data=True)
    )
    claims = [i for i, row in enumerate(data["nodes"]) if row[0] == "claim"]
    assert sorted(map(int, data["chains"])) == claims
    ids = [row[1] for row in data["nodes"]]
    fuel = ids.index("claim:k1")
    voices = {ids[v] for chain in data["chains"][str(fuel)] for v in chain[1]}
    assert {graph.nodes[v]["label"] for v in voices} == {"الرافدين", "مصادر حكومية"}
    assert data["focus"] == 1  # 22 claims: all drawn at first


def test_script_json_cannot_close_the_script():
    """Text such as "</script>" or "<!--" in the data cannot end the data element early."""
    text = script_json({"t": "</script><script>alert(1)</script><!-- & >"})
    assert not set(text) & set("<>&")
    assert json.loads(text) == {"t": "</script><script>alert(1)</script><!-- & >"}


def test_page_is_self_contained_and_deterministic(page, report, graph):
    """One file: the library and its licence header inline, no external reference, a CSP that
    forbids the network, the embedded data equal to story_data, and the same bytes every time."""
    html = page.read_text(encoding="utf-8")
    assert "Copyright (c) 2016-2026, The Cytoscape Consortium" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html
    assert "default-src 'none'" in html
    embedded = json.loads(DATA.search(html).group(1))
    assert embedded == json.loads(script_json(story_data(report, graph)))
    again = page.with_name("again.html")
    CliRunner().invoke(app, ["export", str(CORPUS), "-o", str(again), "--quiet"])
    assert again.read_bytes() == page.read_bytes()


def test_html_title_is_escaped(report, graph):
    """The page title is HTML-escaped."""
    html = render_html(story_data(report, graph), "<b>&</b>")
    assert "<title>&lt;b&gt;&amp;&lt;/b&gt;</title>" in html


def test_export_html_from_the_suffix(tmp_path):
    """`tracker export … -o x.html` picks the HTML writer; a bad suffix names .html as a choice."""
    result = CliRunner().invoke(app, ["export", str(CORPUS), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 0
    assert (tmp_path / "x.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = CliRunner().invoke(app, ["export", str(CORPUS), "-o", str(tmp_path / "x.txt")])
    assert result.exit_code == 2
    assert ".html" in result.output


def _chromium() -> str:
    """The Chromium binary and the Playwright driver, or a skip (a failure on CI) saying why."""
    binary = (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    problem = ""
    if binary is None:
        problem = "no chromium on PATH (Debian: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "the playwright package is missing (pip install -e '.[test]')"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run on CI: {problem}")
        pytest.skip(f"no browser for the HTML test: {problem}")
    assert binary is not None
    return binary


def _artifacts() -> Path:
    folder = Path(os.environ.get("TRACKER_ARTIFACTS", Path(tempfile.gettempdir()) / "artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_story_in_headless_chromium(page, report, graph, tmp_path, capsys):
    """In Debian's chromium the corpus story loads without console error or network request,
    draws the claims and their voices, shows a clicked claim's explanation, is captured, and
    filters by status and text; with the focus on (as for a large corpus) only the claims in 2+
    articles are drawn."""
    binary = _chromium()
    from playwright.sync_api import sync_playwright

    # The fixtures: 14 articles, 22 claims after linking (7 of them in 2+ articles, so the
    # page's focus stays off), 20 sources. Every source but one states a claim or is a voice in
    # a chain; the exception is الخليج, whose two articles (c04, c08) attribute every sentence
    # to others and which only publishes. So 22 claims and 19 sources are drawn; "show articles"
    # adds the 14 articles and their publisher الخليج.
    expected = drawn_expectation(graph)
    assert expected == Counter(claim=22, source=19)
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=binary, args=list(HEADLESS))
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 820})
            tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.on("request", lambda r: requests.append(r.url))
            tab.goto(page.as_uri())
            tab.wait_for_function("() => document.body.dataset.ready === 'true'", timeout=30_000)
            drawn = _drawn(tab)
            assert drawn == expected
            claim = "claim:k1"
            box: dict[str, Any] = tab.evaluate(
                "id => { const p = story.cy.getElementById(id).renderedPosition();"
                " const r = document.getElementById('graph').getBoundingClientRect();"
                " return {x: r.left + p.x, y: r.top + p.y}; }",
                claim,
            )
            tab.mouse.click(box["x"], box["y"])
            tab.wait_for_selector(f'#panel[data-node="{claim}"]', timeout=5_000)
            assert tab.inner_text("#panel .explanation") == graph.nodes[claim]["explanation"]
            assert "الرافدين" in tab.inner_text("#panel .chains")
            shot = _artifacts() / "story.png"
            tab.screenshot(path=str(shot))
            tab.click("#show-articles")
            assert _drawn(tab) == expected + Counter(article=14, source=1)
            tab.click("#show-articles")
            claims = [d for _, d in graph.nodes(data=True) if d["kind"] == "claim"]
            tab.click("#status-unattributed")
            judged = sum(1 for d in claims if d["status"] != "unattributed")
            assert _drawn(tab)["claim"] == judged == 12
            tab.click("#status-unattributed")
            tab.fill("#search", "الوقود")
            fuel = sum(1 for d in claims if "الوقود" in d["text"])
            tab.wait_for_function(
                "n => story.cy.nodes('.claim').length === n", arg=fuel, timeout=5_000
            )
            assert fuel == 3
            focused = tmp_path / "focused.html"
            data = story_data(report, graph) | {"focus": 2}
            focused.write_text(render_html(data, "focused"), encoding="utf-8")
            tab.goto(focused.as_uri())
            tab.wait_for_function("() => document.body.dataset.ready === 'true'", timeout=30_000)
            spread = sum(1 for _, d in graph.nodes(data=True) if d.get("articles", 0) >= 2)
            assert _drawn(tab)["claim"] == spread == 7
        finally:
            browser.close()
    with capsys.disabled():
        print(f"\nscreenshot of the corpus story: {shot}")
    assert errors == []
    assert requests == [page.as_uri(), focused.as_uri()]


def _drawn(tab: Any) -> Counter[str]:
    counts = tab.evaluate(
        "() => ['claim', 'source', 'article'].map(k => story.cy.nodes('.' + k + ':visible').length)"
    )
    return +Counter(dict(zip(("claim", "source", "article"), counts, strict=True)))
