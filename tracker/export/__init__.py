"""Exports of the claim graph for people: the self-contained HTML story page."""

from __future__ import annotations

from .html import story_data, write_html

__all__ = ["story_data", "write_html"]
