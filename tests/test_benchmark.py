"""The benchmark runs, at a small N, so that it never rots. Its figures live in its output
(docs/benchmarks.md), not in a timed test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from zone_gap.validation import validate

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
