"""The kinds are registered once and asked, never tested for: a walker that asks which kind it holds
writes a kind's meaning a second time, where it will drift."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from zone_gap.kinds import KINDS, Criterion

SRC = Path(__file__).resolve().parents[2] / "src" / "zone_gap"
NAMES = "|".join(KINDS)
KIND_TESTS = re.compile(rf"isinstance\([^)]*\b\w+Criterion\b|\.kind\s*[!=]=\s*[\"'](?:{NAMES})[\"']")


def _outside_kinds() -> list[Path]:
    return [p for p in SRC.rglob("*.py") if "kinds" not in p.relative_to(SRC).parts[:1]]


def test_every_registered_kind_is_a_criterion_a_standard_can_write() -> None:
    union = Criterion.__origin__.__args__  # type: ignore[attr-defined]
    written = {model.model_fields["kind"].annotation.__args__[0] for model in union}
    assert written == set(KINDS)
    models = {model.model_fields["kind"].annotation.__args__[0]: model for model in union}
    assert all(models[name].__module__ == module.__name__ for name, module in KINDS.items())


def test_no_walker_tests_which_kind_it_holds() -> None:
    found = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in _outside_kinds()
        if not path.is_relative_to(SRC / "render")  # a renderer lays out rows; it judges nothing
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if KIND_TESTS.search(line)
    ]
    assert found == []


def test_no_context_variable_carries_state_to_the_renderers() -> None:
    found = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "contextvars":
                found.append(str(path.relative_to(SRC)))
            if isinstance(node, ast.Import) and any(a.name == "contextvars" for a in node.names):
                found.append(str(path.relative_to(SRC)))
    assert found == []
