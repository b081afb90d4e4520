"""The package keeps its one-way layering: only cli and report touch the terminal."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tracker"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_cli_and_report_import_rich_or_typer():
    """rich and typer are imported by cli.py and the renderers (report.py, report_store.py) only."""
    for path in PACKAGE.rglob("*.py"):
        if path.name in {"cli.py", "report.py", "report_store.py"}:
            continue
        assert not _imports(path) & {"rich", "typer"}, path


def test_nothing_imports_the_cli():
    """No module but __main__ imports cli."""
    for path in PACKAGE.rglob("*.py"):
        if path.name in {"__main__.py", "cli.py"}:
            continue
        assert "from .cli" not in path.read_text(encoding="utf-8"), path
