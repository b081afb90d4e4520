"""The one chain the CLI calls: read → normalise → extract → resolve → link → report data."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .corroborate import link_claims, link_corpus
from .errors import InputError
from .extract import extract
from .models import Article, ArticleResult, Attribution, Failure, Report, Source, Statement
from .readers import MAX_BYTES, decode, expand_paths, parse_article, read_path
from .sources import Registry, resolve_article


@dataclass(frozen=True, slots=True)
class Options:
    """What the user can set for a run."""

    publisher: str | None = None
    date: str | None = None
    language: str | None = None
    encoding: str | None = None
    max_bytes: int = MAX_BYTES
    sources: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """An article's attributions and own-voice statements, before claims are linked."""

    article: Article
    attributions: tuple[Attribution, ...]
    statements: tuple[Statement, ...]
    publisher: Source


def extract_article(article: Article, registry: Registry) -> Extraction:
    """Find an article's attributions, resolve their sources, and list its own statements."""
    raws, own = extract(article, registry.knows)
    attributions, publisher, wire = resolve_article(article, raws, registry)
    voice = wire or publisher
    statements = tuple(
        Statement(f"{article.id}.s{n}", article.id, article.text[a:b], a, b, voice, wire is not None)
        for n, (a, b) in enumerate(own, 1)
    )
    return Extraction(article, tuple(attributions), statements, publisher)


def link_article(extraction: Extraction) -> ArticleResult:
    """Link an article's statements into claims with a status each."""
    claims = link_claims(extraction.article.id, extraction.attributions, extraction.statements)
    return ArticleResult(
        article=extraction.article,
        attributions=extraction.attributions,
        statements=extraction.statements,
        claims=tuple(claims),
        sources=_sources(extraction.attributions),
    )


def analyse_article(article: Article, registry: Registry) -> ArticleResult:
    """Run extraction, resolution and claim linking over one article."""
    return link_article(extract_article(article, registry))


def _sources(attributions: Iterable[Attribution]) -> tuple[Source, ...]:
    """Every source an attribution names, origins included, sorted by id."""
    seen: dict[str, Source] = {}
    for att in attributions:
        for voice in (att.source, *att.chain, att.origin):
            seen.setdefault(voice.id, voice)
    return tuple(sorted(seen.values(), key=lambda s: s.id))


def load_article(raw_path: str, options: Options) -> Article:
    """Read one path (or "-" for stdin) into an Article."""
    if raw_path == "-":
        text, encoding = decode(sys.stdin.buffer.read(), "<stdin>", options.encoding)
    else:
        text, encoding = read_path(Path(raw_path), encoding=options.encoding,
                                   max_bytes=options.max_bytes)  # fmt: skip
    return parse_article(
        text,
        raw_path if raw_path != "-" else "<stdin>",
        encoding=encoding,
        publisher=options.publisher,
        published=options.date,
        language=options.language,
    )


def analyse_paths(
    paths: Iterable[str],
    options: Options,
    *,
    registry: Registry | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Analyse every article under the given paths; bad inputs become failures, not crashes."""
    registry = registry or Registry.load(options.sources)
    results: list[ArticleResult] = []
    failures: list[Failure] = []
    for raw in paths:
        try:
            expanded = list(expand_paths([raw]))
        except InputError as exc:
            failures.append(Failure(raw, str(exc)))
            continue
        for path in expanded:
            try:
                article = load_article(path, options)
            except InputError as exc:
                failures.append(Failure(path, str(exc)))
                continue
            results.append(analyse_article(article, registry))
            if progress is not None:
                progress(path)
    return corpus_report(results, failures)


def corpus_report(results: Sequence[ArticleResult], failures: Sequence[Failure] = ()) -> Report:
    """Wrap article results in a Report, linking claims across articles when there are several."""
    if len(results) < 2:
        return Report(results=tuple(results), failures=tuple(failures))
    claims, links, relays = link_corpus(results)
    return Report(
        results=tuple(results),
        failures=tuple(failures),
        corpus_claims=tuple(claims),
        suggested_links=tuple(links),
        relays=tuple(relays),
    )

