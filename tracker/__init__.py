"""tracker: source-attribution fact tracking for Arabic and English news."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Article, ArticleResult, Attribution, Claim, Report, Source, Status
    from .pipeline import Options, analyse_article, analyse_paths
    from .sources import Registry

    __version__: str

#: Where each public name lives. They are imported on first use, so that a command that needs
#: little (`tracker claims` on a store) does not load the whole pipeline at start-up.
_HOME = {
    "Article": "models",
    "ArticleResult": "models",
    "Attribution": "models",
    "Claim": "models",
    "Report": "models",
    "Source": "models",
    "Status": "models",
    "Options": "pipeline",
    "analyse_article": "pipeline",
    "analyse_paths": "pipeline",
    "Registry": "sources",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("tracker")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0+unknown"
    if name in _HOME:
        return getattr(import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")


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
