"""The packages are layers and imports run downwards only: a module never imports one of a layer
above it, at the top or inside a function (imports for type checking alone are left out). The
order: i18n and choices under everything, then io, figures, maths, kinds, standard, analysis,
roster, render, app, cli, and the process entry ``__main__``."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "zone_gap"
LAYERS = [
    ("i18n", "choices", "__init__"),
    ("io",),
    ("figures",),
    ("maths",),
    ("kinds",),
    ("standard",),
    ("analysis",),
    ("roster",),
    ("render",),
    ("app",),
    ("cli",),
    ("__main__",),
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(tree: ast.Module) -> list[tuple[int, str]]:
    skipped = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for child in ast.walk(node)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("zone_gap"):
            found.append((node.lineno, node.module))  # ``from zone_gap import x``: the package itself
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("zone_gap.")]
    return found


def test_every_module_belongs_to_a_layer() -> None:
    tops = {p.relative_to(SRC).parts[0].removesuffix(".py") for p in SRC.glob("*") if p.name != "__pycache__"}
    tops -= {"_data", "py.typed"}
    assert tops <= set(RANK), tops - set(RANK)


def test_imports_run_downwards_only() -> None:
    upwards = []
    for path in SRC.rglob("*.py"):
        here = _layer("zone_gap." + ".".join(path.relative_to(SRC).with_suffix("").parts))
        for line, module in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            there = _layer(module)
            if RANK[there] > RANK[here]:
                upwards.append(f"{path.relative_to(SRC)}:{line}: {here} imports {module} ({there})")
    assert upwards == []
