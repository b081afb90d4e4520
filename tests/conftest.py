"""Shared fixtures: the hand-written articles and the loaded registry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st

from tracker import Registry, analyse_article
from tracker.models import ArticleResult, CorpusClaim, Report
from tracker.pipeline import Options, analyse_paths
from tracker.readers import parse_article

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
#: The hand-written corpus the corpus tests read (the Quickstart's own story is in data/sample/).
CORPUS = FIXTURES / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-snapshot",
        action="store_true",
        help="rewrite tests/golden/snapshot.json, the change detector (not the expectations)",
    )


@pytest.fixture(scope="session")
def registry() -> Registry:
    """The shipped source registry."""
    return Registry.load()


@pytest.fixture(scope="session")
def analyse(registry: Registry):
    """Analyse a fixture article by file name."""
    cache: dict[str, ArticleResult] = {}

    def run(name: str) -> ArticleResult:
        if name not in cache:
            path = FIXTURES / name
            text = path.read_text(encoding="utf-8")
            cache[name] = analyse_article(parse_article(text, str(path)), registry)
        return cache[name]

    return run


def by_cue(result: ArticleResult, cue: str) -> list:
    """Attributions whose cue text is ``cue``."""
    return [a for a in result.attributions if a.cue == cue]


def chain_names(att) -> list[str]:
    """Names along an attribution's chain."""
    return [v.name for v in att.chain]


def voices_checked(result: ArticleResult) -> dict[str, str]:
    """Each attribution's source name and content, after checking its offsets slice the text."""
    text = result.article.text
    found = {}
    for att in result.attributions:
        assert text[att.start : att.end] == att.content
        found[att.source.name] = att.content
    return found


def dated_story(tmp_path: Path, *articles: tuple[str, str, str]) -> Report:
    """The report over made-up articles (id, publisher, text), dated one a day in order."""
    records = [
        {
            "id": ident,
            "title": "خبر",
            "publisher": publisher,
            "date": f"2026-04-{n + 1:02d}",
            "text": text,
        }
        for n, (ident, publisher, text) in enumerate(articles)
    ]
    path = tmp_path / "story.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return analyse_paths([str(path)], Options())


def corpus_claim_with(report: Report, words: str) -> CorpusClaim:
    """The corpus claim one of whose statements holds ``words``."""
    texts = {a.id: a.content for r in report.results for a in r.attributions}
    texts |= {s.id: s.content for r in report.results for s in r.statements}
    for claim in report.corpus_claims:
        if any(words in texts[i] for i in (*claim.attributions, *claim.statements)):
            return claim
    raise AssertionError(f"no corpus claim holds {words!r}")


#: Property tests run the same examples on every run (no example database).
FUZZ = settings(derandomize=True, database=None, max_examples=400, deadline=None)


def fuzz_texts(*pieces: tuple[str, ...], size: int = 40) -> st.SearchStrategy[str]:
    """Texts of up to ``size`` of the given pieces (words, marks, spaces), any Unicode between."""
    return st.lists(
        st.one_of(*(st.sampled_from(p) for p in pieces), st.text(max_size=3)), max_size=size
    ).map("".join)


@pytest.fixture(scope="session")
def read_en(registry: Registry):
    """Analyse a short made-up English article given as a string (English test modules take
    it as their ``read``)."""

    def run(text: str) -> ArticleResult:
        return analyse_article(parse_article(text, "made-up.txt"), registry)

    return run


@pytest.fixture(scope="session")
def read(registry: Registry):
    """Analyse a short Arabic text, with an optional publisher and byline (English test
    modules define their own ``read``)."""

    def run(text: str, *, publisher: str = "okaz", author: str | None = None) -> ArticleResult:
        article = parse_article(text, "t.json", publisher=publisher, language="ar", author=author)
        return analyse_article(article, registry)

    return run


@pytest.fixture(scope="session")
def read_page(registry: Registry):
    """Analyse a saved page's text, read as a page (its header: title, byline, publisher)."""

    def run(text: str) -> ArticleResult:
        return analyse_article(parse_article(text, "page.txt"), registry)

    return run
