"""Plain-data forms of the pipeline's records, for storing them and reading them back (pure)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from ..models import (
    Article,
    Attribution,
    Claim,
    QuoteKind,
    Source,
    SourceKind,
    Stance,
    Statement,
    Status,
)


def source_data(source: Source) -> dict[str, Any]:
    """A source as plain data."""
    return {
        "id": source.id,
        "name": source.name,
        "kind": source.kind.value,
        "aliases": list(source.aliases),
        "group": source.group,
        "country": source.country,
        "name_en": source.name_en,
        "descriptor": source.descriptor,
        "in_registry": source.in_registry,
    }


def source_from(data: dict[str, Any]) -> Source:
    """A source back from plain data."""
    return Source(**{**data, "kind": SourceKind(data["kind"]), "aliases": tuple(data["aliases"])})


#: How a record refers to a voice: in full (source_data), or by a key into a table of voices.
VoiceOut = Callable[[Source], Any]
VoiceIn = Callable[[Any], Source]


def attribution_data(att: Attribution, voice: VoiceOut = source_data) -> dict[str, Any]:
    """An attribution as plain data, its voices as ``voice`` writes them."""
    return {
        "id": att.id,
        "article": att.article,
        "source": voice(att.source),
        "chain": [voice(v) for v in att.chain],
        "cue": att.cue,
        "cue_start": att.cue_start,
        "cue_end": att.cue_end,
        "content": att.content,
        "start": att.start,
        "end": att.end,
        "quote": att.quote.value,
        "stance": att.stance.value,
        "origin": voice(att.origin),
    }


def attribution_from(data: dict[str, Any], voice: VoiceIn = source_from) -> Attribution:
    """An attribution back from plain data, its voices read by ``voice``."""
    return Attribution(
        **{
            **data,
            "source": voice(data["source"]),
            "chain": tuple(voice(v) for v in data["chain"]),
            "quote": QuoteKind(data["quote"]),
            "stance": Stance(data["stance"]),
            "origin": voice(data["origin"]),
        }
    )


def statement_data(statement: Statement, voice: VoiceOut = source_data) -> dict[str, Any]:
    """An own-voice statement as plain data, its voice as ``voice`` writes it."""
    return {
        "id": statement.id,
        "article": statement.article,
        "content": statement.content,
        "start": statement.start,
        "end": statement.end,
        "voice": voice(statement.voice),
        "credited": statement.credited,
        **({"also": [voice(w) for w in statement.also]} if statement.also else {}),
    }


def statement_from(data: dict[str, Any], voice: VoiceIn = source_from) -> Statement:
    """An own-voice statement back from plain data, its voice read by ``voice``."""
    also = tuple(voice(w) for w in data.get("also", ()))
    return Statement(**{**data, "voice": voice(data["voice"]), "also": also})


def claim_data(claim: Claim) -> dict[str, Any]:
    """An article's claim as plain data."""
    return {
        "id": claim.id,
        "text": claim.text,
        "attributions": list(claim.attributions),
        "statements": list(claim.statements),
        "origins": list(claim.origins),
        "denying_origins": list(claim.denying_origins),
        "status": claim.status.value,
        "explanation": claim.explanation,
    }


def claim_from(data: dict[str, Any]) -> Claim:
    """An article's claim back from plain data."""
    return Claim(
        id=data["id"],
        text=data["text"],
        attributions=tuple(data["attributions"]),
        statements=tuple(data["statements"]),
        origins=tuple(data["origins"]),
        denying_origins=tuple(data["denying_origins"]),
        status=Status(data["status"]),
        explanation=data["explanation"],
    )


#: Every article field but the text, which is stored apart.
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article) if f.name != "text")


def article_data(article: Article) -> dict[str, Any]:
    """An article's metadata as plain data (its text is stored apart)."""
    return {name: getattr(article, name) for name in _ARTICLE_FIELDS}


def article_from(data: dict[str, Any], text: str) -> Article:
    """An article back from its metadata and text."""
    return Article(text=text, **data)
