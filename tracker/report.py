"""Render a Report as rich tables, JSON or Markdown. Only this module and cli.py import rich."""

from __future__ import annotations

import codecs
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from operator import attrgetter
from typing import Any, BinaryIO, TextIO, cast

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from .evaluate import Evaluation
from .models import (
    Article,
    ArticleResult,
    Attribution,
    Claim,
    CorpusClaim,
    Relay,
    Report,
    Source,
    Stance,
    Statement,
    Status,
)

SCHEMA_VERSION = 1
#: Longest content excerpt shown in the table and Markdown views.
EXCERPT = 90

_STATUS_STYLE = {
    Status.CORROBORATED: "green",
    Status.SINGLE_SOURCED: "yellow",
    Status.CONTESTED: "red",
    Status.UNATTRIBUTED: "dim",
}


class _Fields:
    """Copy a record's named attributes into a dict under the same names (JSON fields)."""

    def __init__(self, *names: str) -> None:
        self.names = names
        self._get = attrgetter(*names)

    def __call__(self, record: object) -> dict[str, Any]:
        return dict(zip(self.names, self._get(record), strict=True))


_ARTICLE = _Fields(
    "id",
    "path",
    "title",
    "publisher",
    "published",
    "language",
    "encoding",
    "url",
    "author",
    "text_source",
)
_SOURCE = _Fields("country", "name_en", "descriptor", "in_registry")
_SPANS = _Fields("id", "article", "content", "start", "end")
_CUE = _Fields("cue", "cue_start", "cue_end")
_RELAY = _Fields("copy", "original", "shared_sentences")
_CLAIM = _Fields("id", "text", "contested", "explanation")


def _voice(source: Source, *, aliases: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"id": source.id, "name": source.name, "kind": source.kind.value}
    if aliases:
        names = [*source.aliases, *([source.name_en] if source.name_en else [])]
        out["aliases"] = list(dict.fromkeys(n for n in names if n != source.name))
    return out


def _attribution(att: Attribution) -> dict[str, Any]:
    return {
        **_SPANS(att),
        **_CUE(att),
        "source": _voice(att.source),
        "chain": [_voice(v) for v in att.chain],
        "quote": att.quote.value,
        "stance": att.stance.value,
        "origin": att.origin.id,
    }


def _claim(claim: Claim | CorpusClaim) -> dict[str, Any]:
    """The fields an article claim and a corpus claim share."""
    return {
        **_CLAIM(claim),
        "attributions": list(claim.attributions),
        "statements": list(claim.statements),
        "origins": list(claim.origins),
        "independent_origins": len(claim.origins),
        "denied_by": list(claim.denying_origins),
        "status": claim.status.value,
    }


def _corpus_claim(claim: CorpusClaim) -> dict[str, Any]:
    return {
        **_claim(claim),
        "members": list(claim.members),
        "articles": list(claim.articles),
        "spread": {"articles": len(claim.articles), "outlets": claim.outlets},
        "own_voices": list(claim.own_voices),
    }


def _article(article: Article, include_text: bool) -> dict[str, Any]:
    return {**_ARTICLE(article), **({"text": article.text} if include_text else {})}


def _source(source: Source) -> dict[str, Any]:
    return {**_voice(source), **_SOURCE(source), "group": source.independence_group}


def _statement(statement: Statement) -> dict[str, Any]:
    also = {"also_credited": [w.id for w in statement.also]} if statement.also else {}
    voice = {"voice": statement.voice.id, "credited": statement.credited}
    return {**_SPANS(statement), **voice, **also}


def _relay(relay: Relay) -> dict[str, Any]:
    return {**_RELAY(relay), "reason": "near-verbatim"}


def _sources(report: Report) -> list[Source]:
    """Every source of the report once (the first seen of an id), sorted by id."""
    sources: dict[str, Source] = {}
    for result in report.results:
        for source in result.sources:
            sources.setdefault(source.id, source)
    return sorted(sources.values(), key=lambda s: s.id)


#: The sections whose records each belong to one article, in the order of ArticleResult.encoded
#: (the article's own record there is without its text: ``include_text`` encodes it anew).
ARTICLE_SECTIONS = ("attributions", "statements", "claims", "articles")

_COMPACT = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def encode_article(result: ArticleResult) -> tuple[bytes, ...]:
    """The article's records of each of ARTICLE_SECTIONS as compact JSON without brackets.

    Workers encode their articles with this, and write_json splices the texts in: the same
    output as encoding the records in this process, since they depend on the article only.
    UTF-8 bytes, as they are held until the report is written: a third smaller than str for
    Arabic text, and sent from the worker without another encoding by pickle.
    """
    records = (
        [_attribution(a) for a in result.attributions],
        [_statement(s) for s in result.statements],
        [_claim(c) for c in result.claims],
        [_article(result.article, False)],
    )
    return tuple(_COMPACT(section)[1:-1].encode() for section in records)


def encode_corpus_claim(claim: CorpusClaim) -> tuple[bytes, bytes]:
    """The claim's compact JSON record in UTF-8, cut around the value of its id: what comes
    before it (up to ``"id":``) and after it.

    Linking encodes each claim with this where it judges it (in parts shared with forked
    processes), before the claims are ranked and numbered; write_json splices the id in: the
    same output as encoding the record there, as ``sort_keys`` puts the fields before "id"
    first.
    """
    record = _corpus_claim(claim)
    del record["id"]
    before = {key: value for key, value in record.items() if key < "id"}
    after = {key: value for key, value in record.items() if key > "id"}
    head = _COMPACT(before)[:-1] + (',"id":' if before else '"id":')
    tail = ("," if after else "") + _COMPACT(after)[1:]
    return head.encode(), tail.encode()


def json_sections(report: Report, *, include_text: bool = False) -> dict[str, Any]:
    """The schema-version-1 JSON object (see README, "JSON output"), its lists left lazy."""
    results = report.results
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": (_article(r.article, include_text) for r in results),
        "sources": (_source(s) for s in _sources(report)),
        "attributions": (_attribution(a) for r in results for a in r.attributions),
        "statements": (_statement(s) for r in results for s in r.statements),
        "claims": (_claim(c) for r in results for c in r.claims),
        "corpus_claims": (_corpus_claim(c) for c in report.corpus_claims),
        "suggested_links": (
            {"a": link.a, "b": link.b, "score": link.score} for link in report.suggested_links
        ),
        "relays": (_relay(r) for r in report.relays),
        "failures": ({"path": f.path, "error": f.message} for f in report.failures),
        "duplicates": ({"path": d.path, "same_as": d.same_as} for d in report.duplicates),
    }


def to_json_data(report: Report, *, include_text: bool = False) -> dict[str, Any]:
    """The schema-version-1 JSON object as plain data."""
    sections = json_sections(report, include_text=include_text)
    return {k: v if isinstance(v, int) else list(v) for k, v in sections.items()}


def write_json(
    report: Report, stream: TextIO, *, indent: int | None = None, include_text: bool = False
) -> None:
    """Write the report as JSON with sorted keys; compact unless ``indent`` is given.

    Compact output is streamed element by element through the json module's C encoder, so a
    31,000-article corpus never sits in memory as one string (an indented dump of it is also
    ten times slower).
    """
    if indent is not None:
        data = to_json_data(report, include_text=include_text)
        stream.write(json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=True) + "\n")
        return
    dumps = _COMPACT
    stream.write("{")
    sections = json_sections(report, include_text=include_text)
    encoded = all(r.encoded for r in report.results)
    claims_encoded = all(c.encoded for c in report.corpus_claims)
    for n, (key, value) in enumerate(sorted(sections.items())):
        stream.write(("," if n else "") + dumps(key) + ":")
        if isinstance(value, int):
            stream.write(dumps(value))
            continue
        if encoded and key in ARTICLE_SECTIONS and not (include_text and key == "articles"):
            index = ARTICLE_SECTIONS.index(key)
            raw = _utf8_bytes(stream)
            if raw is not None:
                _write_encoded(stream, raw, (r.encoded[index] for r in report.results))
                continue
            parts: Iterable[str] = (r.encoded[index].decode() for r in report.results)
        elif claims_encoded and key == "corpus_claims":
            records = (_spliced(c.encoded, c.id) for c in report.corpus_claims)
            raw = _utf8_bytes(stream)
            if raw is not None:
                _write_encoded(stream, raw, records)
                continue
            parts = (record.decode() for record in records)
        else:
            # One encoder call per batch: its "[…]" is cut off and batches joined by commas.
            parts = (dumps(batch)[1:-1] for batch in _batches(value, JSON_BATCH))
        stream.write("[")
        first = True
        for part in parts:
            if part:
                stream.write(("" if first else ",") + part)
                first = False
        stream.write("]")
    stream.write("}\n")


def _spliced(halves: tuple[bytes, ...], claim_id: str) -> bytes:
    """A corpus claim's record from its halves (encode_corpus_claim) and its id."""
    head, tail = halves
    return head + _COMPACT(claim_id).encode() + tail


#: Elements encoded per json call when streaming.
JSON_BATCH = 2000


def _utf8_bytes(stream: TextIO) -> BinaryIO | None:
    """The binary stream under a text stream that encodes to UTF-8 (a file, stdout), else None.

    The workers' records are UTF-8 already (``encode_article``): written to the bytes below,
    they are neither decoded here nor encoded again by the text stream (over 31,030 articles,
    400 MB of records).
    """
    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None)
    if buffer is None or not encoding or codecs.lookup(encoding).name != "utf-8":
        return None
    return cast(BinaryIO, buffer)


def _write_encoded(stream: TextIO, raw: BinaryIO, parts: Iterable[bytes]) -> None:
    """Write one section's records, joined by commas in a JSON list, to ``raw``, the bytes
    under ``stream``: what the text stream holds is flushed first, so the order stays."""
    stream.write("[")
    stream.flush()
    first = True
    for part in parts:
        if part:
            if not first:
                raw.write(b",")
            raw.write(part)
            first = False
    stream.write("]")


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def to_json(report: Report, *, indent: int | None = None) -> str:
    """The report as a JSON string (see write_json)."""
    buffer = io.StringIO()
    write_json(report, buffer, indent=indent)
    return buffer.getvalue()


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def chain_label(att: Attribution) -> str:
    """The chain as the report shows it: outermost ← … ← innermost."""
    return " ← ".join(v.name for v in att.chain) or att.source.name


def _claim_of(result: ArticleResult) -> dict[str, Claim]:
    return {item: c for c in result.claims for item in (*c.attributions, *c.statements)}


def _header(result: ArticleResult) -> Text:
    art = result.article
    counts = Counter(c.status for c in result.claims)
    line = Text()
    line.append(art.title or art.path, style="bold")
    line.append(
        f"\n{art.path} · publisher: {art.publisher or 'unknown'} · date: "
        f"{art.published or 'unknown'} · language: {art.language}"
    )
    if art.encoding not in ("utf-8", "utf-8-sig"):
        line.append(f" · encoding: {art.encoding}")
    line.append(
        f"\n{len(result.attributions)} attributions, {len(result.statements)} own-voice "
        f"statements, {len(result.claims)} claims: "
    )
    line.append(", ".join(f"{counts[s]} {s.value}" for s in Status if counts[s]) or "none")
    return line


def _sources_table(result: ArticleResult) -> Table:
    table = Table(title="Sources", title_justify="left", expand=False)
    for column in ("source", "kind", "group", "claims"):
        table.add_column(column, overflow="fold")
    claim_of = _claim_of(result)
    per_source: dict[str, set[str]] = {}
    for att in result.attributions:
        per_source.setdefault(att.source.id, set()).add(claim_of[att.id].id)
    for source in result.sources:
        if source.id not in per_source:
            continue
        group = source.group or "—"
        table.add_row(source.name, source.kind.value, group, str(len(per_source[source.id])))
    return table


def _claims_table(result: ArticleResult) -> Table:
    table = Table(title="Claims", title_justify="left", expand=False, show_lines=True)
    table.add_column("claim", overflow="fold", ratio=3)
    table.add_column("chain", overflow="fold", ratio=2)
    table.add_column("cue", overflow="fold")
    table.add_column("quote/stance", overflow="fold")
    table.add_column("status", overflow="fold", ratio=2)
    by_id = {a.id: a for a in result.attributions}
    statements = {s.id: s for s in result.statements}
    for claim in result.claims:
        style = _STATUS_STYLE[claim.status]
        first = True
        for item in (*claim.attributions, *claim.statements):
            status = Text(claim.status.value, style=style) if first else Text("″", style="dim")
            if first and claim.status is not Status.UNATTRIBUTED:
                status.append(f"\n{claim.explanation}", style="dim")
            if item in by_id:
                att = by_id[item]
                stance = "DENIES" if att.stance is Stance.DENIES else att.stance.value
                table.add_row(
                    _excerpt(att.content),
                    chain_label(att),
                    att.cue,
                    f"{att.quote.value}/{stance}",
                    status,
                )
            else:
                table.add_row(_excerpt(statements[item].content), "(publisher)", "—", "—", status)
            first = False
    return table


def render_tables(report: Report, *, articles: bool = True) -> RenderableType:
    """The terminal view: per article a header and two tables; then the corpus view."""
    parts: list[RenderableType] = []
    if articles:
        for result in report.results:
            parts += [_header(result), _sources_table(result), _claims_table(result), Text("")]
    if report.corpus_claims:
        parts += [
            _corpus_header(report),
            _corpus_claims_table(report),
            _corpus_sources_table(report),
        ]
    return Group(*parts)


def _corpus_header(report: Report) -> Text:
    counts = Counter(c.status for c in report.corpus_claims)
    line = Text("Corpus", style="bold")
    line.append(f"\n{len(report.results)} articles, {len(report.corpus_claims)} claims: ")
    line.append(", ".join(f"{counts[s]} {s.value}" for s in Status if counts[s]) or "none")
    line.append(
        f"; {len(report.relays)} near-verbatim copies; "
        f"{len(report.suggested_links)} suggested links (not merged)"
    )
    return line


#: Corpus claims shown in the terminal view (all are in JSON).
CORPUS_ROWS = 30


def _corpus_claims_table(report: Report) -> Table:
    table = Table(title="Claims across articles (by spread)", title_justify="left", show_lines=True)
    table.add_column("id")
    table.add_column("claim", overflow="fold", ratio=3)
    table.add_column("spread", overflow="fold")
    table.add_column("origins", overflow="fold", ratio=2)
    table.add_column("status", overflow="fold", ratio=2)
    names = _source_names(report)
    shown = [c for c in report.corpus_claims if len(c.articles) > 1] or list(report.corpus_claims)
    for claim in shown[:CORPUS_ROWS]:
        origins = ", ".join(names.get(o, o) for o in claim.origins) or "—"
        if claim.denying_origins:
            origins += "\ndenied by " + ", ".join(names.get(o, o) for o in claim.denying_origins)
        status = Text(claim.status.value, style=_STATUS_STYLE[claim.status])
        status.append(f"\n{claim.explanation}", style="dim")
        table.add_row(
            claim.id,
            _excerpt(claim.text),
            f"{len(claim.articles)} articles\n{claim.outlets} outlets",
            origins,
            status,
        )
    if len(shown) > CORPUS_ROWS:
        table.caption = f"{len(shown) - CORPUS_ROWS} more in --format json"
    return table


def _source_names(report: Report) -> dict[str, str]:
    names: dict[str, str] = {}
    for result in report.results:
        for source in result.sources:
            names.setdefault(source.id, source.name)
        for statement in result.statements:
            names.setdefault(statement.voice.id, statement.voice.name)
    return names


def source_standing(report: Report) -> list[tuple[str, int, int, int]]:
    """Per origin: (name, claims it asserts, of those corroborated by others, denials made)."""
    names = _source_names(report)
    asserted: Counter[str] = Counter()
    backed: Counter[str] = Counter()
    denied: Counter[str] = Counter()
    for claim in report.corpus_claims:
        for origin in claim.origins:
            asserted[origin] += 1
            if claim.status is Status.CORROBORATED or (claim.contested and len(claim.origins) >= 2):
                backed[origin] += 1
        for origin in claim.denying_origins:
            denied[origin] += 1
    ids = sorted(set(asserted) | set(denied), key=lambda i: (-asserted[i], -denied[i], i))
    return [(names.get(i, i), asserted[i], backed[i], denied[i]) for i in ids]


def _corpus_sources_table(report: Report) -> Table:
    table = Table(title="Sources across articles", title_justify="left")
    for column in ("origin", "claims asserted", "corroborated by others", "denials made"):
        table.add_column(column, overflow="fold")
    for name, asserted, backed, denied in source_standing(report)[:CORPUS_ROWS]:
        table.add_row(name, str(asserted), str(backed), str(denied))
    return table


def claim_tree(report: Report, claim_id: str) -> Tree | None:
    """One corpus (or article) claim as a tree: each article, with date, and its relay chains."""
    corpus = {c.id: c for c in report.corpus_claims}
    per_article = {c.id: c for r in report.results for c in r.claims}
    atts = {a.id: a for r in report.results for a in r.attributions}
    stmts = {s.id: s for r in report.results for s in r.statements}
    arts = {r.article.id: r.article for r in report.results}
    if claim_id in corpus:
        claim: CorpusClaim | Claim = corpus[claim_id]
    elif claim_id in per_article:
        claim = per_article[claim_id]
    else:
        return None
    tree = Tree(Text(f"{claim.id} · {claim.status.value}", style="bold"))
    tree.add(Text(_excerpt(claim.text, 200)))
    tree.add(Text(claim.explanation, style="dim"))
    by_article: dict[str, list[Attribution | Statement]] = {}
    for item in (*claim.attributions, *claim.statements):
        found: Attribution | Statement = atts[item] if item in atts else stmts[item]
        by_article.setdefault(found.article, []).append(found)
    for article_id in sorted(by_article, key=lambda a: (arts[a].published or "", a)):
        art = arts[article_id]
        branch = tree.add(
            Text(
                f"{art.published or 'undated'} · {art.publisher or 'unknown'} · "
                f"{art.title or art.path}"
            )
        )
        for found in by_article[article_id]:
            if isinstance(found, Statement):
                who = found.voice.name + (" (wire credit)" if found.credited else " (own voice)")
                branch.add(Text(f"{who}: {_excerpt(found.content, 70)}"))
                continue
            node = branch
            for voice in found.chain:
                node = node.add(Text(f"{voice.name} [{voice.kind.value}]"))
            stance = " DENIES" if found.stance is Stance.DENIES else ""
            node.add(Text(f"«{found.cue}»{stance}: {_excerpt(found.content, 70)}", style="dim"))
    return tree


def bidi_display(text: str) -> str:
    """Reorder rendered lines for terminals without BiDi support (the --bidi option).

    Arabic letters get their joined forms (without ligatures, so column widths hold) and each
    line is laid out as a left-to-right paragraph: table columns keep their order and every
    Arabic run reads right to left. Applied to printed output only, never to data.
    """
    shaper = ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": False})
    return "\n".join(get_display(shaper.reshape(line), base_dir="L") for line in text.split("\n"))


def print_tables(report: Report, console: Console, *, articles: bool = True) -> None:
    """Print the terminal view on a console."""
    console.print(render_tables(report, articles=articles))


def to_markdown(report: Report) -> str:
    """A Markdown report with the same content as the terminal tables."""
    lines: list[str] = []
    for result in report.results:
        art = result.article
        lines += [f"## {art.title or art.path}", ""]
        lines.append(f"- path: `{art.path}`")
        lines.append(f"- publisher: {art.publisher or 'unknown'}")
        lines.append(f"- date: {art.published or 'unknown'}")
        lines.append(f"- language: {art.language}")
        lines += ["", "### Sources", "", "| source | kind | group |", "|---|---|---|"]
        for s in result.sources:
            lines.append(f"| {_md(s.name)} | {s.kind.value} | {_md(s.independence_group)} |")
        lines += [
            "",
            "### Claims",
            "",
            "| claim | chain | cue | quote | stance | status |",
            "|---|---|---|---|---|---|",
        ]
        by_id = {a.id: a for a in result.attributions}
        statements = {s.id: s for s in result.statements}
        for claim in result.claims:
            for item in (*claim.attributions, *claim.statements):
                if item in by_id:
                    a = by_id[item]
                    lines.append(
                        f"| {_md(_excerpt(a.content))} | {_md(chain_label(a))} | "
                        f"{_md(a.cue)} | {a.quote.value} | {a.stance.value} | "
                        f"{claim.status.value} |"
                    )
                else:
                    lines.append(
                        f"| {_md(_excerpt(statements[item].content))} | (publisher) "
                        f"| — | — | — | {claim.status.value} |"
                    )
            if claim.status is not Status.UNATTRIBUTED:
                lines.append(f"| ↳ *{_md(claim.explanation)}* | | | | | |")
        lines.append("")
    if report.corpus_claims:
        lines += [
            "## Claims across articles",
            "",
            "| id | claim | articles | outlets | independent origins | status | why |",
            "|---|---|---|---|---|---|---|",
        ]
        for c in report.corpus_claims:
            lines.append(
                f"| {c.id} | {_md(_excerpt(c.text))} | {len(c.articles)} | {c.outlets} "
                f"| {len(c.origins)} | {c.status.value} | {_md(c.explanation)} |"
            )
        lines.append("")
    return "\n".join(lines)


def evaluation_data(scored: Evaluation) -> dict[str, Any]:
    """``tracker eval`` as JSON data: precision, recall and F1 per role, and the mismatches."""
    return {
        "articles": scored.articles,
        "scores": [
            {
                "role": s.role,
                "gold": s.gold,
                "predicted": s.predicted,
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
            }
            for s in scored.scores
        ],
        "mismatches": [asdict(m) for m in scored.mismatches],
    }


def evaluation_table(scored: Evaluation) -> Table:
    """The scores of ``tracker eval`` as a table, one row a role."""
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
    return table


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
