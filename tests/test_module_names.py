"""A module-level name is bound once: a second constant, function or class of the same name silently replaces the
first for every function that reads it, however far above it they stand (a rule written for one phrasing then reads
another's pattern)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "kg"


def _bound_names(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    targets = (
        node.targets
        if isinstance(node, ast.Assign)
        else [node.target]
        if isinstance(node, ast.AnnAssign)
        else []
    )
    # constants only: a lower-case module variable may be rebound on purpose
    return [t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_").isupper()]


def _bound_twice(source: str) -> list[str]:
    names = Counter(name for node in ast.parse(source).body for name in _bound_names(node))
    return sorted(name for name, count in names.items() if count > 1)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_name_is_bound_twice_in_one_module(path: Path) -> None:
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_second_binding() -> None:
    assert _bound_twice("_RULE = 1\ndef f():\n    return _RULE\n_RULE = 2\n") == ["_RULE"]
    assert _bound_twice("def _read(a):\n    pass\ndef _read(a, b):\n    pass\n") == ["_read"]
    assert _bound_twice("_RULE = 1\n_OTHER = 2\ndef _read():\n    pass\n") == []
