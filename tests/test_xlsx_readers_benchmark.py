"""The XLSX reader benchmark runs, at a small roster, so that it never rots; its figures live in
docs/benchmarks.md, not in a timed test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from zone_gap.roster.figures import roster_figures
from zone_gap.roster.model import read_roster

sys.path.insert(0, str(ROOT / "benchmarks"))
import xlsx_readers  # noqa: E402


def test_the_generated_roster_is_clean_and_counts_as_built(tmp_path: Path) -> None:
    path = tmp_path / "2022.xlsx"
    xlsx_readers.write_roster(path, 60)
    roster, warnings = read_roster(path)
    assert warnings == []
    assert len(roster.enterprises) == 60
    figures = roster_figures(roster)
    # rows 0, 17, 34, 51 left during 2022; the others entered 2005-2022: in the park, 56
    assert figures.values["enterprises"] == 56


def test_the_benchmark_runs_end_to_end() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "xlsx_readers.py"), "--rows", "50", "--rounds", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    out = result.stdout
    assert "| python-calamine |" in out
    assert "| openpyxl (read_only) |" in out
    assert "| zone-gap roster (50 rows, XLSX, --format json) |" in out
