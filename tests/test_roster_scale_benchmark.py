"""The province-scale roster benchmark runs, at a small roster, so that it never rots; its figures
live in docs/benchmarks.md, not in a timed test."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from tests.conftest import ROOT
from zone_gap.roster.figures import roster_figures
from zone_gap.roster.model import read_roster

sys.path.insert(0, str(ROOT / "benchmarks"))
import roster_scale  # noqa: E402


def test_the_generated_roster_reads_clean_and_sums_exactly(tmp_path: Path) -> None:
    csv_path, xlsx_path = roster_scale.generate(tmp_path, 300)
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[1].split(",") == roster_scale.HEADER
    expected = roster_scale.in_park_revenue(300)
    for path in (csv_path, xlsx_path):
        roster, warnings = read_roster(path)
        assert warnings == []
        assert len(roster.enterprises) == 300
        assert len(roster.columns) == 27
        figures = roster_figures(roster)
        assert figures.values["park_revenue"] == expected
        assert figures.day == date(2022, 12, 31)
    # some rows carry the enterprise standards' figures, most do not
    carrying = [e for e in roster.enterprises if e.amounts.get("staff") or e.amounts.get("innovation_score")]
    assert 0 < len(carrying) < 150


def test_the_benchmark_runs_end_to_end() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "roster_scale.py"), "--rows", "200", "--rounds", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    out = result.stdout
    assert "Roster: 200 rows × 27 columns" in out
    for label in (
        "| floor: csv.reader + Decimal sum (CSV) |",
        "| python-calamine bare read (XLSX) |",
        "| run_roster (CSV) |",
        "| zone-gap roster --format json (XLSX) |",
    ):
        assert label in out
    assert "| 20 | " in out  # memory at a tenth of the rows
    assert "| 200 | " in out  # and at all of them
    assert "What the roster keeps of a row is" in out
