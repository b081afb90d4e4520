"""`python -m tracker` runs the command line."""

from __future__ import annotations

from .cli import app

app(prog_name="tracker")
