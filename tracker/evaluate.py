"""Score extraction against annotated gold (pure): tracker's gold JSON, or brat standoff.

Roles are scored apart. Content: a prediction matches a gold attribution when their token
overlap |P ∩ G| / max(|P|, |G|) reaches the threshold (0.3 loose, 0.8 strict); for gold JSON,
which gives keywords rather than spans, when the prediction holds 60% of the keywords. Cue: the
predicted cue overlaps the gold cue (brat), or is the same word (gold JSON). Source: the gold
source shares a word with the predicted source's name or aliases (a pronoun gold source, or none,
is accepted as is). Full: content at 0.3 with its source and cue. Each gold attribution is
matched at most once, each prediction at most once per role.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .models import ArticleResult, Attribution
from .text import normalize

_WORD = re.compile(r"\w+")
_RECORD_SUFFIX = re.compile(r"(#[^/]*|:\d+)$")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"})
_STOP = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "s"})
#: Keyword share a prediction needs to match a gold JSON attribution (as the project's scorer).
KEYWORD_SHARE = 0.6
THRESHOLDS = (0.3, 0.8)


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: spans (brat) or keywords (gold JSON)."""

    source: str
    cue: str
    content: tuple[tuple[int, int], ...] = ()
    cue_spans: tuple[tuple[int, int], ...] = ()
    keywords: tuple[str, ...] = ()
    #: Other names of the source in the article (gold JSON "source_aliases").
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An annotated article: its text file and its gold attributions."""

    path: Path
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 of one role."""

    role: str
    gold: int
    predicted: int
    matched_gold: int
    matched_predicted: int

    @property
    def precision(self) -> float:
        """Matched predictions over predictions."""
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Matched gold over gold."""
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A gold attribution no prediction matched (missed), or a prediction matching none (extra)."""

    file: str
    kind: str  # "missed" or "extra"
    source: str
    #: The gold keywords (or content) of a miss; the content of an extra.
    text: str

    def line(self) -> str:
        """One tab-separated line: file, kind, source and the text's first 100 characters."""
        return f"{self.file}\t{self.kind}\t{self.source}\t{' '.join(self.text.split())[:100]}\n"


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores per role over a set of annotated articles, and what did not match."""

    articles: int
    scores: tuple[Score, ...] = field(default_factory=tuple)
    mismatches: tuple[Mismatch, ...] = field(default_factory=tuple)


def load_gold(paths: Iterable[str]) -> list[GoldArticle]:
    """Gold from .ann files (with the .txt beside them), folders of them, or gold JSON files."""
    found: list[GoldArticle] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            anns = sorted(path.rglob("*.ann"))
            if not anns:
                raise InputError(f"{path}: no .ann files here; give brat .ann files or gold JSON")
            found += _brat(anns)
        elif path.suffix == ".ann":
            found += _brat([path])
        elif path.suffix in (".json", ".jsonl"):
            found += _gold_json(path)
        else:
            raise InputError(f"{path}: not gold; give brat .ann files (or folders) or gold JSON")
    return found


def _brat(anns: Sequence[Path]) -> list[GoldArticle]:
    """brat standoff; of several annotators' files for one article, the first is used."""
    out: list[GoldArticle] = []
    seen: set[Path] = set()
    for ann in anns:
        text_path = _text_beside(ann)
        if text_path is None or text_path in seen:
            continue
        seen.add(text_path)
        spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
        relations: list[dict[str, list[str]]] = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 3:
                label, offsets = parts[1].split(" ", 1)
                pieces = tuple(tuple(map(int, p.split())) for p in offsets.split(";"))
                spans[parts[0]] = (label, pieces, parts[2])  # type: ignore[assignment]
            elif line.startswith("E") and len(parts) >= 2:
                roles: dict[str, list[str]] = {}
                for arg in parts[1].split():
                    role, ref = arg.split(":")
                    roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
                relations.append(roles)
        golds = []
        for roles in relations:
            content = tuple(
                p for ref in roles.get("Content", []) if ref in spans for p in spans[ref][1]
            )
            if not content:
                continue
            cue_spans = tuple(
                p for ref in roles.get("Cue", []) if ref in spans for p in spans[ref][1]
            )
            golds.append(
                GoldAttribution(
                    source=" ".join(spans[r][2] for r in roles.get("Source", []) if r in spans),
                    cue=" ".join(spans[r][2] for r in roles.get("Cue", []) if r in spans),
                    content=content,
                    cue_spans=cue_spans,
                )
            )
        out.append(GoldArticle(text_path, tuple(golds)))
    return out


def _text_beside(ann: Path) -> Path | None:
    """The article text for an .ann file: beside it, or in ../text/ (PolNeAR's layout)."""
    stem = ann.stem
    candidates = [ann.with_suffix(".txt")]
    if "_" in stem:
        candidates.append(ann.parent.parent / "text" / f"{stem.rsplit('_', 1)[0]}.txt")
    candidates.append(ann.parent.parent / "text" / f"{stem}.txt")
    return next((c for c in candidates if c.is_file()), None)


def _gold_json(path: Path) -> list[GoldArticle]:
    try:
        records = _records(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold JSON ({exc}); fix the file") from None
    out = []
    for record in records:
        article = path.parent / record["file"]
        if not article.exists() and (path.parent / "articles" / record["file"]).exists():
            article = path.parent / "articles" / record["file"]  # the dev set's layout
        golds = tuple(
            GoldAttribution(
                source=g["source"],
                cue=g.get("cue", ""),
                keywords=tuple(g.get("keywords", ())),
                aliases=tuple(g.get("source_aliases", ())),
            )
            for g in record.get("attributions", [])
        )
        out.append(GoldArticle(article, golds))
    return out


def _records(text: str) -> list[dict[str, Any]]:
    """Gold records from one JSON object, a JSON array, or JSON Lines."""
    if text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = None  # several objects: JSON Lines
        if isinstance(data, list):
            return data
        if isinstance(data, dict):
            return [data]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _tokens(text: str, pieces: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(m.start() for s, e in pieces for m in _WORD.finditer(text, s, e))


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _STOP


def _source_ok(gold: GoldAttribution, att: Attribution) -> bool:
    gold_words = _words(gold.source)
    if not gold_words or gold_words <= _PRONOUNS:
        return True
    gold_words |= set().union(*(_words(a) for a in gold.aliases))
    names = [
        att.source.name,
        *att.source.aliases,
        att.source.name_en or "",
        *(v.name for v in att.chain),
    ]
    return bool(gold_words & set().union(*(_words(n) for n in names)))


def _keywords_ok(gold: GoldAttribution, att: Attribution) -> bool:
    content = normalize(att.content)
    hits = sum(1 for k in gold.keywords if normalize(k) and normalize(k) in content)
    return bool(gold.keywords) and hits >= KEYWORD_SHARE * len(gold.keywords) - 1e-9


def evaluate(golds: Sequence[GoldArticle], results: Sequence[ArticleResult]) -> Evaluation:
    """Score the results of analysing the gold articles (matched by path) against the gold."""
    by_path = {_file_of(r.article.path): r for r in results}
    counts: dict[str, list[int]] = {}
    mismatches: list[Mismatch] = []

    def add(role: str, gold: int, predicted: int, mg: int, mp: int) -> None:
        total = counts.setdefault(role, [0, 0, 0, 0])
        for n, value in enumerate((gold, predicted, mg, mp)):
            total[n] += value

    for article in golds:
        result = by_path.get(article.path.resolve())
        atts = list(result.attributions) if result else []
        text = result.article.text if result else ""
        roles, matched = _score_article(article, atts, text)
        for role, (mg, mp) in roles.items():
            add(role, len(article.attributions), len(atts), mg, mp)
        mismatches += _mismatches(article, atts, text, matched)
    scores = tuple(Score(role, *values) for role, values in counts.items())
    return Evaluation(len(golds), scores, tuple(mismatches))


def _file_of(path: str) -> Path:
    """The file an article came from: "x.json#id" or "x.jsonl:3" (one record of it) is x."""
    return Path(_RECORD_SUFFIX.sub("", path)).resolve()


def _mismatches(
    article: GoldArticle, atts: Sequence[Attribution], text: str, matched: dict[int, int]
) -> list[Mismatch]:
    """The gold attributions left unmatched (content and source) and the predictions left over."""
    name = article.path.name
    out = [
        Mismatch(name, "missed", gold.source, " | ".join(gold.keywords) or _gold_text(gold, text))
        for gi, gold in enumerate(article.attributions)
        if gi not in matched
    ]
    used = set(matched.values())
    out += [
        Mismatch(name, "extra", att.source.name, att.content)
        for pi, att in enumerate(atts)
        if pi not in used
    ]
    return out


def _gold_text(gold: GoldAttribution, text: str) -> str:
    return " … ".join(text[a:b] for a, b in gold.content)


def _score_article(
    article: GoldArticle, atts: Sequence[Attribution], text: str
) -> tuple[dict[str, tuple[int, int]], dict[int, int]]:
    """(matched gold, matched predictions) per role for one article, and the gold → prediction
    pairs that match in content and source."""
    spans = bool(article.attributions) and bool(article.attributions[0].content)
    pred_tokens = [_tokens(text, [(a.start, a.end)]) for a in atts] if spans else []
    out: dict[str, tuple[int, int]] = {}
    contents: dict[float, dict[int, int]] = {}
    for threshold in THRESHOLDS if spans else (KEYWORD_SHARE,):
        pairs: dict[int, int] = {}  # gold index -> prediction index
        used: set[int] = set()
        for gi, gold in enumerate(article.attributions):
            best, best_score = None, 0.0
            for pi, att in enumerate(atts):
                if pi in used:
                    continue
                if spans:
                    gold_tokens = _tokens(text, gold.content)
                    if not gold_tokens or not pred_tokens[pi]:
                        continue
                    overlap = len(pred_tokens[pi] & gold_tokens) / max(
                        len(pred_tokens[pi]), len(gold_tokens)
                    )
                    if overlap >= threshold and overlap > best_score:
                        best, best_score = pi, overlap
                elif _keywords_ok(gold, att) and _source_ok(gold, att):
                    best = pi
                    break
            if best is not None:
                pairs[gi] = best
                used.add(best)
        contents[threshold] = pairs
        name = f"content@{threshold}" if spans else "content"
        out[name] = (len(pairs), len(pairs))
    loose = contents[THRESHOLDS[0] if spans else KEYWORD_SHARE]
    source = [gi for gi, pi in loose.items() if _source_ok(article.attributions[gi], atts[pi])]
    out["source"] = (len(source), len(source))
    cue = [gi for gi, pi in loose.items() if _cue_ok(article.attributions[gi], atts[pi], text)]
    out["cue"] = (len(cue), len(cue))
    full = set(source) & set(cue)
    out["full"] = (len(full), len(full))
    return out, {gi: loose[gi] for gi in source}


def _cue_ok(gold: GoldAttribution, att: Attribution, text: str) -> bool:
    if gold.cue_spans:
        return bool(_tokens(text, gold.cue_spans) & _tokens(text, [(att.cue_start, att.cue_end)]))
    gold_cue, cue = normalize(gold.cue), normalize(att.cue)
    return bool(gold_cue) and (gold_cue in cue or cue in gold_cue)
