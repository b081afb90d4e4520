"""tracker: source-attribution fact tracking for Arabic and English news."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .models import Article, ArticleResult, Attribution, Claim, Report, Source, Status
from .pipeline import Options, analyse_article, analyse_paths
from .sources import Registry

try:
    __version__ = version("tracker")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "ArticleResult",
    "Attribution",
    "Claim",
    "Options",
    "Registry",
    "Report",
    "Source",
    "Status",
    "__version__",
    "analyse_article",
    "analyse_paths",
]
