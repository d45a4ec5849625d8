"""The benchmark runs, at a small N, so that it never rots. Its figures live in its output
(docs/benchmarks.md), not in a timed test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from zone_gap.app.validation import validate

sys.path.insert(0, str(ROOT / "benchmarks"))
import bench  # noqa: E402


def test_generated_files_are_valid_baselines(tmp_path: Path) -> None:
    paths = bench.generate(tmp_path, 25)
    assert len(paths) == 25
    assert len({p.parent for p in paths}) == 3  # ten yearly files a park
    checked = list(validate([str(tmp_path)]).files)
    assert [c.name for c in checked if not c.valid] == []
    assert sum(len(c.problems) for c in checked) == 0


def test_benchmark_runs_end_to_end() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--n", "20", "--big", "40", "--rounds", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    out = result.stdout
    assert "| zone-gap validate (20 files) |" in out
    assert "| zone-gap validate (big) |" in out
    assert "| floor: CSafeLoader + pydantic (small) |" in out
    assert "| validate 20 files ÷ floor |" in out
    assert "| validate 40 files ÷ validate 20 files |" in out
    assert "\nLibraries: typer " in out
    assert "| pydantic + PyYAML alone ÷ yamllint 1 file |" in out
    # every floor ran to its end (a floor that fails fast would measure nothing)
    floors = [line for line in out.splitlines() if line.startswith("| floor:")]
    assert len(floors) == 4
    assert all(line.rstrip().endswith("| 0 |") for line in floors), floors
    rows = {line.split(" | ")[0]: line.split(" | ") for line in out.splitlines() if line.startswith("| ")}
    assert rows["| zone-gap check --help"][-1] == "0 |"
    assert rows["| zone-gap usage error (check --format xml)"][-1] == "2 |"
    assert rows["| floor: check's imports"][-1] == "0 |"
    assert rows["| check --help ÷ yamllint --help"][3] == "≤ 1.2"
    assert rows["| check's imports ÷ yamllint 1 file"][3] == "—"
    assert rows["| check 1 file ÷ the bare stack"][3] == "≤ 1.5"
