"""The JSON texts an article's store rows hold, made where the article was analysed.

With worker processes, each worker encodes the rows of the articles it analyses (``encode``,
run through pipeline.in_workers), so that the one process writing to the store does not; an
article analysed here is encoded when it is stored (``rows_of``). Both give the same texts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from itertools import chain

from ..models import ArticleResult, Source
from . import codec
from .reader import _json

#: Separates the texts of one encoded article: JSON text never holds it (it escapes controls).
_SEP = "\x00"
#: Marks ArticleResult.encoded as the store's rows (not the report's records).
_TAG = b"store rows 1"


@dataclass(frozen=True, slots=True)
class Rows:
    """An article's JSON texts, as its store rows hold them."""

    meta: str
    publisher: str
    fingerprints: str
    #: Each attribution's, then each statement's data, their voices by key (see voices).
    items: tuple[str, ...]
    #: Each of the article's claims.
    members: tuple[str, ...]
    #: (key, data) of every voice the items name, by key.
    voices: tuple[tuple[str, str], ...]


#: Keys of the voices met lately (the same outlets and officials come back article after
#: article); emptied past _KEPT.
_KEYS: dict[Source, str] = {}
_KEPT = 50_000


def voice_key(source: Source) -> str:
    """The key of a voice record: a hash of its data."""
    key = _KEYS.get(source)
    if key is None:
        if len(_KEYS) >= _KEPT:
            _KEYS.clear()
        encoded = _json(codec.source_data(source)).encode("utf-8")
        key = _KEYS[source] = hashlib.sha1(encoded).hexdigest()[:16]
    return key


def _encoded_rows(result: ArticleResult) -> Rows:
    used: dict[str, Source] = {}

    def key_of(source: Source) -> str:
        key = voice_key(source)
        used[key] = source
        return key

    items = [_json(codec.attribution_data(a, key_of)) for a in result.attributions]
    items += [_json(codec.statement_data(s, key_of)) for s in result.statements]
    publisher = codec.source_data(result.publisher) if result.publisher else None
    return Rows(
        _json(codec.article_data(result.article)),
        _json(publisher),
        _json(list(result.fingerprints)),
        tuple(items),
        tuple(_json(codec.claim_data(c)) for c in result.claims),
        tuple((k, _json(codec.source_data(v))) for k, v in sorted(used.items())),
    )


def encode(result: ArticleResult) -> tuple[bytes, ...]:
    """An article's rows as ArticleResult.encoded carries them from a worker process."""
    rows = _encoded_rows(result)
    texts = [rows.meta, rows.publisher, rows.fingerprints, *rows.items, *rows.members]
    return (_TAG, _SEP.join([*texts, *chain.from_iterable(rows.voices)]).encode("utf-8"))


def rows_of(result: ArticleResult) -> Rows:
    """An article's rows: decoded when a worker encoded them (``encode``), else encoded here."""
    if len(result.encoded) != 2 or result.encoded[0] != _TAG:
        return _encoded_rows(result)
    texts = result.encoded[1].decode("utf-8").split(_SEP)
    items = 3 + len(result.attributions) + len(result.statements)
    members = items + len(result.claims)
    voices = texts[members:]
    return Rows(
        texts[0],
        texts[1],
        texts[2],
        tuple(texts[3:items]),
        tuple(texts[items:members]),
        tuple(zip(voices[::2], voices[1::2], strict=True)),
    )
