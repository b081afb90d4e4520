"""The one chain the CLI calls: read → normalise → extract → resolve → link → report data."""

from __future__ import annotations

import gc
import hashlib
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import TypeVar, cast

from . import lang
from .corroborate import DEFAULT, Thresholds, fingerprints, link_claims, link_corpus, match_keys
from .errors import InputError
from .extract import background, body_sentences, extract, interview_answers
from .models import (
    BACKGROUND,
    Article,
    ArticleResult,
    Attribution,
    Duplicate,
    Failure,
    MatchKey,
    QuoteKind,
    Report,
    Source,
    Statement,
)
from .readers import (
    MAX_BYTES,
    Document,
    expand_paths,
    parse_article,
    read_documents,
    read_offsets,
)
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
    thresholds: Thresholds = DEFAULT
    #: Force the input format (text, html, json, jsonl); else it follows the file ending.
    input_format: str | None = None
    #: JSON field names by meaning, e.g. {"text": "body"} (see readers.FIELDS).
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Extraction:
    """An article's attributions and own-voice statements, before claims are linked."""

    article: Article
    attributions: tuple[Attribution, ...]
    statements: tuple[Statement, ...]
    publisher: Source
    #: Hashes of the body's long sentences (see corroborate.fingerprints).
    fingerprints: tuple[str, ...] = ()


def extract_article(article: Article, registry: Registry) -> Extraction:
    """Find an article's attributions, resolve their sources, and list its own statements."""
    sentences = body_sentences(article)
    raws, own = extract(article, registry.knows, sentences)
    attributions, publisher, wires = resolve_article(article, raws, registry)
    wire, also = (wires[0], wires[1:]) if wires else (None, ())
    attributions, own = interview_answers(article, attributions, own)
    voice, credited = wire or publisher, wire is not None
    # A quotation is the voice's own words throughout.
    contents = ((a.start, a.end) for a in attributions if a.quote is not QuoteKind.DIRECT)
    told = background(article.text, contents, lang.get(article.language).words)
    # The background statements are numbered apart ("….b1"), and all listed in text order.
    statements = tuple(
        sorted(
            (
                Statement(
                    f"{article.id}.{kind}{n}",
                    article.id,
                    article.text[a:b],
                    a,
                    b,
                    voice,
                    credited,
                    also,
                )
                for kind, spans in (("s", own), (BACKGROUND, told))
                for n, (a, b) in enumerate(spans, 1)
            ),
            key=lambda s: s.start,
        )
    )
    extraction = Extraction(
        article, tuple(attributions), statements, publisher, fingerprints(article, sentences)
    )
    return extraction if article.read_as is None else _as_read(extraction, article.read_as)


def _as_read(extraction: Extraction, read_as: str) -> Extraction:
    """The extraction with its offsets into the text as read (with its presentation forms,
    see readers.read_offsets), and the article holding that text; the contents stay as
    extraction read them, the forms spelt out."""
    at = read_offsets(read_as)
    attributions = tuple(
        replace(
            a,
            cue_start=at(a.cue_start, False),
            cue_end=at(a.cue_end, True),
            start=at(a.start, False),
            end=at(a.end, True),
        )
        for a in extraction.attributions
    )
    statements = tuple(
        replace(s, start=at(s.start, False), end=at(s.end, True)) for s in extraction.statements
    )
    article = replace(
        extraction.article,
        text=read_as,
        read_as=None,
        body_start=at(extraction.article.body_start, False),
    )
    return replace(extraction, article=article, attributions=attributions, statements=statements)


def link_article(extraction: Extraction) -> ArticleResult:
    """Link an article's statements into claims with a status each."""
    keys = match_keys(extraction.attributions, extraction.statements)
    claims = link_claims(
        extraction.article.id,
        extraction.attributions,
        extraction.statements,
        keys=keys,
        publisher=extraction.publisher.id if extraction.publisher else None,
        body_start=extraction.article.body_start,
    )
    return ArticleResult(
        article=extraction.article,
        attributions=extraction.attributions,
        statements=extraction.statements,
        claims=tuple(claims),
        sources=_sources(extraction.attributions),
        publisher=extraction.publisher,
        match_keys=tuple(keys),
        fingerprints=extraction.fingerprints,
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


def article_from(document: Document, options: Options) -> Article:
    """Build an Article from a document: options override the container, which overrides the
    page header the text itself carries."""
    return parse_article(
        document.text,
        document.path,
        encoding=document.encoding,
        publisher=options.publisher or document.publisher,
        published=options.date or document.date,
        language=options.language or document.language,
        title=document.title,
        url=document.url,
        text_source=document.text_source,
        author=document.author,
    )


def _documents(path: str, options: Options) -> Iterator[Document | InputError]:
    """Read the documents in one input with the options' format, encoding, size and fields."""
    return read_documents(
        path,
        fmt=options.input_format,
        encoding=options.encoding,
        max_bytes=options.max_bytes,
        fields=options.fields,
    )


def load_article(raw_path: str, options: Options) -> Article:
    """Read one single-article input (a file, or "-" for stdin) into an Article."""
    for found in _documents(raw_path, options):
        if isinstance(found, InputError):
            raise found
        return article_from(found, options)
    raise InputError(f"{raw_path}: no article in this input; give a file with an article")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a batch run.

    A corpus run holds millions of small acyclic records; each automatic full collection walks
    all of them (measured on 31,030 articles: 34 s of extraction, 13 s of linking and 16 s of
    JSON writing drop to 29, 9 and 7 s with collection paused). Reference counting still frees
    everything that is not in a cycle.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


#: progress(path, done, total) after each article.
Progress = Callable[[str, int, int], None]


def expand_inputs(paths: Iterable[str]) -> tuple[list[str], list[Failure]]:
    """Expand directories into their articles; paths that cannot be expanded become failures."""
    files: list[str] = []
    failures: list[Failure] = []
    for raw in paths:
        try:
            files.extend(expand_paths([raw]))
        except InputError as exc:
            failures.append(Failure(raw, str(exc)))
    return files, failures


def read_inputs(
    paths: Iterable[str], options: Options
) -> tuple[list[Document], list[Failure], list[Duplicate]]:
    """Read every document under the given paths, once per distinct text.

    Unreadable inputs and records become failures; a text already read under another name is
    a duplicate and is not read again.
    """
    files, failures = expand_inputs(paths)
    documents: list[Document] = []
    duplicates: list[Duplicate] = []
    first_path: dict[bytes, str] = {}
    for path in files:
        try:
            for found in _documents(path, options):
                if isinstance(found, InputError):
                    failures.append(Failure(path, str(found)))
                    continue
                digest = hashlib.sha1(found.text.strip().encode("utf-8")).digest()
                if digest in first_path:
                    duplicates.append(Duplicate(found.path, first_path[digest]))
                    continue
                first_path[digest] = found.path
                documents.append(found)
        except InputError as exc:
            failures.append(Failure(path, str(exc)))
    return documents, failures, duplicates


def analyse_document(
    document: Document, options: Options, registry: Registry
) -> ArticleResult | Failure:
    """Analyse one document; a document that is not an article is returned as a Failure."""
    try:
        article = article_from(document, options)
    except InputError as exc:
        return Failure(document.path, str(exc))
    return analyse_article(article, registry)


_R = TypeVar("_R")
_WORKER: tuple[Options, Registry] | None = None
#: Set in a worker that encodes its articles' JSON records (report.encode_article), or what
#: another consumer asked for (the store's rows).
_ENCODE: Callable[[ArticleResult], tuple[bytes, ...]] | None = None
#: What in_workers' ``encode`` takes: True for the report's records, or an encoder.
Encode = bool | Callable[[ArticleResult], tuple[bytes, ...]]


def _start_worker(options: Options, encode: Encode, nice: int = 0) -> None:
    global _WORKER, _ENCODE
    _exit_with(os.getppid())
    if nice and hasattr(os, "nice"):
        os.nice(nice)
    _WORKER = (options, Registry.load(options.sources))
    if encode is True:
        from .report import encode_article

        _ENCODE = encode_article
    elif encode:
        _ENCODE = encode


#: Seconds between a worker's looks at whether the process that started it still runs.
PARENT_CHECK_SECONDS = 1.0


def _exit_with(parent: int) -> None:
    """End this worker once ``parent`` is gone: a process killed outright (kill -9, the OOM
    killer) cannot stop its workers, which would otherwise wait on their queue for ever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _work(document: Document) -> ArticleResult | Failure:
    assert _WORKER is not None
    outcome = analyse_document(document, *_WORKER)
    if _ENCODE is not None and isinstance(outcome, ArticleResult):
        return replace(outcome, encoded=_ENCODE(outcome))
    return outcome


def analyse_paths(
    paths: Iterable[str],
    options: Options,
    *,
    registry: Registry | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    encode: bool = True,
) -> Report:
    """Analyse every article under the given paths; bad inputs become failures, not crashes.

    Inputs are read in this process; with ``jobs`` > 1 the articles are analysed in that many
    worker processes, which with ``encode`` also encode each article's JSON records (so that
    report.write_json does not do it serially here), as are the corpus claims where they are
    judged (``corpus_report``). The output is the same either way, in input order.
    """
    documents, failures, duplicates = read_inputs(paths, options)
    registry = registry or Registry.load(options.sources)
    outcomes: list[ArticleResult | Failure] = []
    total = len(documents)
    if jobs > 1 and total > 1:
        for outcome in in_workers(documents, options, jobs, encode=encode):
            outcomes.append(outcome)
            if progress is not None:
                progress(_path_of(outcome), len(outcomes), total)
    else:
        for document in documents:
            outcomes.append(analyse_document(document, options, registry))
            if progress is not None:
                progress(document.path, len(outcomes), total)
    results = [o for o in outcomes if isinstance(o, ArticleResult)]
    failures += [o for o in outcomes if isinstance(o, Failure)]
    return corpus_report(
        results, failures, options.thresholds, duplicates, jobs=jobs, encode=encode and jobs > 1
    )


def in_workers(
    documents: list[Document],
    options: Options,
    jobs: int,
    *,
    encode: Encode = False,
    nice: int = 0,
    ahead: int = 0,
) -> Iterator[ArticleResult | Failure]:
    """Analyse documents in worker processes, in input order, with few chunks in flight.

    Executor.map would submit every document at once, holding a pickled copy of the whole
    corpus in memory; here at most 4 chunks per worker wait (or ``ahead`` documents, below),
    and each document is let go of as soon as it is sent. The first chunks are small (2, 4, 8,
    … documents) so that this process has results to work on while the fresh workers warm
    up. ``nice`` lowers the
    workers' scheduling priority (Unix), for a caller whose own work on the results is what
    the run waits for; ``ahead`` lets that many documents be in flight at least, for a caller
    that takes results in bursts (the store links a chunk of articles at a time, and workers
    that may run only 4 chunks ahead would stand idle meanwhile).
    """
    size = max(1, min(64, len(documents) // (jobs * 8)))
    chunks = deque(_chunked(documents, size))
    documents.clear()
    in_flight = max(4 * jobs, -(-ahead // size))
    pending: deque[Future[list[ArticleResult | Failure]]] = deque()
    start = (options, encode, nice)
    # A forked worker must never collect what it inherits: a garbage SQLite connection of this
    # process, finalised in the child while another thread here held SQLite's lock at the
    # fork, would wait for that lock for ever (seen with the store's checkpoint thread).
    # Frozen objects are left alone by the collector in the workers, and here until unfrozen.
    gc.freeze()
    try:
        with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=start) as pool:
            while chunks or pending:
                while chunks and len(pending) < in_flight:
                    pending.append(pool.submit(_work_chunk, chunks.popleft()))
                for outcome in pending.popleft().result():
                    yield _interned(outcome) if isinstance(outcome, ArticleResult) else outcome
    finally:
        gc.unfreeze()


def _chunked(documents: list[Document], size: int) -> Iterator[list[Document]]:
    """The documents in chunks of ``size``, after chunks of 2, 4, 8, … up to it."""
    start, step = 0, min(2, size)
    while start < len(documents):
        yield documents[start : start + step]
        start, step = start + step, min(size, 2 * step)


def _interned(result: ArticleResult) -> ArticleResult:
    """Share the word strings of match keys that arrive from a worker.

    Each worker's result carries its own copy of every word; over a corpus that is millions of
    duplicate small strings in this process.
    """
    intern = sys.intern
    keys = tuple(
        MatchKey(k.id, k.article, tuple(map(intern, k.vocabulary)), k.numbers, k.negated, k.stance)
        for k in result.match_keys
    )
    return replace(result, match_keys=keys)


def _work_chunk(documents: list[Document]) -> list[ArticleResult | Failure]:
    return [_work(document) for document in documents]


def _path_of(outcome: ArticleResult | Failure) -> str:
    return outcome.path if isinstance(outcome, Failure) else outcome.article.path


def corpus_report(
    results: Sequence[ArticleResult],
    failures: Sequence[Failure] = (),
    thresholds: Thresholds = DEFAULT,
    duplicates: Sequence[Duplicate] = (),
    *,
    jobs: int = 1,
    encode: bool = False,
) -> Report:
    """Wrap article results in a Report, linking claims across articles when there are several.

    With ``jobs`` > 1 a large corpus is linked by this process and ``jobs`` - 1 forked ones
    (shared_linking); the report is the same. With ``encode``, the corpus claims' JSON records
    are encoded as they are judged, in those processes (report.encode_corpus_claim).
    """
    if len(results) < 2:
        return Report(
            results=tuple(results), failures=tuple(failures), duplicates=tuple(duplicates)
        )
    share = shared_linking(jobs, len(results))
    encoder = None
    if encode:
        from .report import encode_corpus_claim

        encoder = encode_corpus_claim
    claims, links, relays = link_corpus(results, thresholds, share, encoder)
    return Report(
        results=tuple(results),
        failures=tuple(failures),
        duplicates=tuple(duplicates),
        corpus_claims=tuple(claims),
        suggested_links=tuple(links),
        relays=tuple(relays),
    )


#: Fewest articles for which the corpus linking is shared with forked processes
#: (``ForkedShare``): below, the fork and the caches each process fills again cost about what
#: the second core saves.
PARALLEL_LINK_ARTICLES = 5_000
#: The part runner the forked processes call: set just before they are forked, never pickled.
_SHARED: Callable[[int], object] | None = None


class ForkedShare:
    """A ``corroborate.Share`` that runs the parts in this process and ``helpers`` forked ones.

    The processes are forked when a step starts, so they read what this one holds (the
    statements, the word caches it has filled) instead of a pickled copy, and send back only
    each part's result. They take the parts from the last, this process from the first, until
    they meet: neither side idles while the other has parts left, whatever else loads the
    machine, and at the end one waits at most for the other's last part (a forked process is
    given its next part in advance only while more than ``AHEAD_WHILE`` parts are left).
    """

    def __init__(self, helpers: int) -> None:
        """``helpers`` is the number of processes forked for each step."""
        self.helpers = helpers

    def __call__(self, run: Callable[[int], _R], parts: int) -> list[_R]:
        """The results of ``run`` over 0 … ``parts`` - 1, in that order."""
        global _SHARED
        if parts < 2:
            return [run(n) for n in range(parts)]
        done: dict[int, _R] = {}
        failed: list[BaseException] = []
        left = _Parts(parts)
        _SHARED = run
        # As in in_workers: the forked processes must never collect what they inherit.
        gc.freeze()
        try:
            fork = get_context("fork")
            with ProcessPoolExecutor(self.helpers, fork, _exit_with, (os.getpid(),)) as pool:

                def there(n: int, future: Future[object]) -> None:
                    # Each forked process is given its parts by a thread of this process that
                    # waits for them. While more than AHEAD_WHILE parts are left it is given
                    # the next one in advance (no wait between two parts), then one at a time:
                    # a part handed over cannot be taken back, and at the end this process
                    # would wait for two.
                    queued = deque([(n, future)])
                    try:
                        while queued:
                            if len(queued) < 2 and left.untaken() > AHEAD_WHILE:
                                if (ahead := left.take(last=True)) is not None:
                                    queued.append((ahead, pool.submit(_run_shared, ahead)))
                            n, future = queued.popleft()
                            done[n] = cast(_R, future.result())
                            if not queued and (after := left.take(last=True)) is not None:
                                queued.append((after, pool.submit(_run_shared, after)))
                    except BaseException as exc:
                        failed.append(exc)
                        left.stop()

                # The first parts are handed over here: the processes are forked at the first,
                # before this one goes on.
                firsts = [left.take(last=True) for _ in range(self.helpers)]
                started = [(n, pool.submit(_run_shared, n)) for n in firsts if n is not None]
                feeders = [threading.Thread(target=there, args=first) for first in started]
                for feeder in feeders:
                    feeder.start()
                try:
                    while (n := left.take(last=False)) is not None:
                        done[n] = run(n)
                finally:
                    left.stop()
                    for feeder in feeders:
                        feeder.join()
        finally:
            _SHARED = None
            gc.unfreeze()
        if failed:
            raise failed[0]
        return [done[n] for n in range(parts)]


#: Parts left untaken above which a forked process is given its next part in advance
#: (``ForkedShare``).
AHEAD_WHILE = 2


class _Parts:
    """The parts of a step not taken yet, taken from the first or from the last (ForkedShare)."""

    def __init__(self, parts: int) -> None:
        self._lock = threading.Lock()
        self._first, self._end = 0, parts

    def take(self, *, last: bool) -> int | None:
        """The first (or the last) part left, now taken; None when none is left."""
        with self._lock:
            if self._first >= self._end:
                return None
            if last:
                self._end -= 1
                return self._end
            self._first += 1
            return self._first - 1

    def untaken(self) -> int:
        """How many parts are left to take."""
        with self._lock:
            return self._end - self._first

    def stop(self) -> None:
        """Leave no part to take."""
        with self._lock:
            self._end = self._first


def shared_linking(jobs: int, articles: int) -> ForkedShare | None:
    """How a corpus of ``articles`` is linked with ``jobs`` processes: shared with jobs - 1
    forked ones from ``PARALLEL_LINK_ARTICLES`` articles, else (or where processes cannot be
    forked) None, here alone."""
    if jobs < 2 or articles < PARALLEL_LINK_ARTICLES or "fork" not in get_all_start_methods():
        return None
    return ForkedShare(jobs - 1)


def _run_shared(n: int) -> object:
    assert _SHARED is not None
    return _SHARED(n)
