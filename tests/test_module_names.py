"""No module of the package binds one top-level name twice.

A constant defined twice is silently replaced by the later definition, and every use above it
reads the later value (round 21 found four: two word sets in the Arabic rules, one in the
English rules and one in the independence model, each meant for its own use).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import tracker

PACKAGE = Path(tracker.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    """Names bound at the top of a module by assignment, def or class (not by ``|=``)."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                elements = target.elts if isinstance(target, ast.Tuple) else [target]
                names += [e.id for e in elements if isinstance(e, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_the_check_sees_a_name_bound_twice():
    """The reader finds a constant bound twice, as in a tuple, and ignores ``|=``."""
    tree = ast.parse("A = 1\nB, A = 2, 3\nC = {1}\nC |= {2}\ndef f(): pass\n")
    counts = Counter(_top_level_names(tree))
    assert counts["A"] == 2
    assert counts["C"] == 1
    assert counts["f"] == 1


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path):
    """Each module binds each top-level name once."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(n for n, c in Counter(_top_level_names(tree)).items() if c > 1)
    assert twice == []
