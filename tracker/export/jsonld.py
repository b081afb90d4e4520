"""ClaimReview-shaped export: one schema.org Claim per claim, as JSON-LD (pure).

Fact-checking tools that read schema.org ClaimReview take each Claim with its ``author`` (the
claim's independent origins, or the publishers stating it in their own voice when it has none),
``firstAppearance`` and ``appearance`` (the articles carrying it, with URL and date). tracker's
own verdict rides along as extra properties in the ``tracker:`` namespace.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..models import Article, CorpusClaim, Report, Source, SourceKind

#: The namespace of tracker's own properties (status, explanation …).
NAMESPACE = "urn:tracker:"
_PEOPLE = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL})


def _voices(report: Report) -> dict[str, Source]:
    voices: dict[str, Source] = {}
    for result in report.results:
        for source in (*result.sources, *(s.voice for s in result.statements)):
            voices.setdefault(source.id, source)
    return voices


def _author(source_id: str, voices: dict[str, Source]) -> dict[str, Any]:
    source = voices.get(source_id)
    if source is None:
        return {"@type": "Organization", "identifier": source_id, "name": source_id}
    kind = "Person" if source.kind in _PEOPLE else "Organization"
    return {"@type": kind, "identifier": source.id, "name": source.name}


def _appearance(article: Article) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "NewsArticle", "identifier": article.id}
    if article.url:
        out["url"] = article.url
    if article.published:
        out["datePublished"] = article.published
    if article.title:
        out["headline"] = article.title
    if article.publisher:
        out["publisher"] = {"@type": "Organization", "name": article.publisher}
    return out


def _claim(
    claim: CorpusClaim, articles: dict[str, tuple[int, Article]], voices: dict[str, Source]
) -> dict[str, Any]:
    mine = sorted(
        (articles[a] for a in claim.articles),
        key=lambda pair: (pair[1].published or "9999", pair[0]),
    )
    appearances = [_appearance(article) for _, article in mine]
    authors = claim.origins or claim.own_voices
    return {
        "@type": "Claim",
        "@id": f"{NAMESPACE}claim:{claim.id}",
        "identifier": claim.id,
        "text": claim.text,
        "author": [_author(a, voices) for a in authors],
        "firstAppearance": appearances[0],
        "appearance": appearances,
        "tracker:status": claim.status.value,
        "tracker:explanation": claim.explanation,
        "tracker:independentOrigins": len(claim.origins),
        "tracker:deniedBy": [_author(d, voices) for d in claim.denying_origins],
    }


def claim_review(report: Report) -> dict[str, Any]:
    """The report's claims as one JSON-LD document of schema.org Claims."""
    articles = {r.article.id: (n, r.article) for n, r in enumerate(report.results)}
    voices = _voices(report)
    claims = report.corpus_claims or ()
    return {
        "@context": ["https://schema.org", {"tracker": NAMESPACE}],
        "@graph": [_claim(c, articles, voices) for c in claims],
    }


def write_claim_review(report: Report, path: Path) -> None:
    """Write claim_review(report) to ``path`` (UTF-8, sorted keys, indented)."""
    text = json.dumps(claim_review(report), ensure_ascii=False, indent=2, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
