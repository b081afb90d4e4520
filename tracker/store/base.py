"""The Store protocol and the records its queries return.

The SQLite store (sqlite.py) is the one implementation; a server database shared by a newsroom
would implement the same few methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..models import ArticleResult, Report, Status

if TYPE_CHECKING:
    from ..corroborate import Thresholds

#: Version of the JSON written by `claims`, `timeline` and `sources`.
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A claim's status from one article on: what the article's arrival made of it."""

    claim: int
    status: Status
    #: None when the claim is new.
    previous: Status | None
    article: str
    #: The article's publication date (YYYY-MM-DD), or None when it has none.
    published: str | None
    recorded_at: str


@dataclass(frozen=True, slots=True)
class Stored:
    """What one chunk of articles did to the store."""

    added: tuple[str, ...]
    #: (path, path of the stored article with the same text).
    duplicates: tuple[tuple[str, str], ...]
    changes: tuple[StatusChange, ...]


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Filters for `tracker claims`; None leaves a filter out."""

    status: Status | None = None
    #: A source name or id (part of a name matches); the claim's origins or deniers.
    source: str | None = None
    #: YYYY-MM-DD: claims whose status was set by an article of that date or later.
    since: str | None = None
    #: Words the claim's text contains (normalised, in any order).
    search: str | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One stored claim as the claims table shows it."""

    id: int
    text: str
    status: Status
    articles: int
    outlets: int
    origins: tuple[str, ...]
    denied_by: tuple[str, ...]
    first_seen: str
    claimed_at: str | None
    explanation: str


@dataclass(frozen=True, slots=True)
class Appearance:
    """One article carrying a claim, in the order the story unfolded."""

    article: str
    published: str | None
    outlet: str
    url: str | None
    #: Each statement of the claim in this article: its chain of voices, outermost first.
    chains: tuple[str, ...]
    #: "first", "new origin", "relayed", "copy", "denial" or "own voice".
    role: str
    #: Names of the origins this article adds that no earlier article had.
    new_origins: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    """A claim's story: who said it first, who carried it after, and how its status moved."""

    claim: ClaimRow
    first_article: str
    appearances: tuple[Appearance, ...]
    history: tuple[StatusChange, ...]
    #: Ids of claims merged into this one as articles linked them.
    merged: tuple[int, ...]

    @property
    def summary(self) -> str:
        """The status history in one line: "single-sourced from 2024-10-10; contested from …"."""
        return "; ".join(
            f"{c.status.value} from {c.published or c.recorded_at[:10]}" for c in self.history
        )


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A source across the store: claims it originates, corroborated by others, its denials."""

    id: str
    name: str
    kind: str
    claims: int
    corroborated: int
    denials: int
    #: The claims it asserts or denies (filled when one source is asked for by name).
    claim_ids: tuple[int, ...] = ()


class Reader(Protocol):
    """A claim store opened for queries: what `tracker claims` and `tracker sources` ask."""

    path: str

    def claims(self, query: ClaimQuery) -> tuple[ClaimRow, ...]:
        """Claims matching the query, most widely carried first."""
        ...

    def sources(self, name: str | None = None) -> tuple[SourceRow, ...]:
        """Origins with their claims, corroborations and denials."""
        ...

    def close(self) -> None:
        """Release the store."""
        ...


class Store(Reader, Protocol):
    """A persistent claim store: add analysed articles, query the claims they make."""

    def known(self, hashes: Sequence[str]) -> dict[str, str]:
        """Stored article paths by content hash, for the hashes already held."""
        ...

    def add(self, results: Sequence[tuple[str, ArticleResult]], now: str) -> Stored:
        """Add (content hash, result) pairs as one transaction, linking them to what is held."""
        ...

    def timeline(self, claim: int) -> Timeline:
        """A claim's story (a merged claim's id leads to the claim it was merged into)."""
        ...

    def report(self) -> Report:
        """Everything held, as the Report one `tracker report` over the same articles gives."""
        ...

    @property
    def thresholds(self) -> Thresholds:
        """The linking thresholds the store was created with."""
        ...
