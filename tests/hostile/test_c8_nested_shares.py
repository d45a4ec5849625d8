"""Class 8 — nested shares: each enterprise the park adds also counts in the league/city total.

15 of 230 against 25% needs 57 more ((15+57)/(230+57) ≥ 25%), not 43; check says 57 in JSON and CSV
and its note states the assumption. A property over small a < b and any bar t: the answer x is the
least whole number with (a + x)/(b + x) ≥ t — x reaches it and x − 1 does not — both in the
function and through the command line.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.hostile._support import assert_chinese, assert_no_crash, write, zg
from zone_gap.maths.growth import count_to_reach


def _city_share(a: int, b: int, where: Path) -> tuple[dict, str]:
    path = write(
        where / "2020.yaml",
        f"park: 测试\nyear: 2020\ncity_high_tech_enterprises: {b}\nhigh_tech_enterprises: {a}\n",
    )
    result = zg("check", "--format", "json", path)
    assert_no_crash(result, {0, 1})
    criterion = next(c for c in json.loads(result.stdout)["criteria"] if c["id"] == "high_tech_share")
    branch = next(b for b in criterion["branches"] if b["id"] == "city_share")
    return branch, str(path)


def test_15_of_230_needs_57_more(tmp_path: Path) -> None:
    branch, path = _city_share(15, 230, tmp_path)
    assert branch["gap_count"] == 57, branch
    notes = " ".join(branch["notes"])
    assert_chinese(notes)
    assert "city_high_tech_enterprises" in notes, notes
    assert "57" in notes, notes
    assert "同时计入" in notes, f"the note does not state that each one added counts in the total: {notes}"
    result = zg("check", "--format", "csv", path)
    row = next(
        r for r in csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))) if r["编号"] == "city_share"
    )
    assert row["差距折合个数"] == "57", row


def _reaches(a: int, b: int, x: int, t: Fraction) -> bool:
    return Fraction(a + x, b + x) >= t


@settings(max_examples=300)
@given(
    b=st.integers(min_value=1, max_value=500),
    data=st.data(),
    t=st.fractions(min_value=Fraction(1, 100), max_value=Fraction(99, 100)),
)
def test_the_least_count_that_reaches_the_bar(b: int, data: st.DataObject, t: Fraction) -> None:
    a = data.draw(st.integers(min_value=0, max_value=b - 1))
    x = count_to_reach(Fraction(a), Fraction(b), t, nested=True)
    assert x is not None
    assert _reaches(a, b, x, t), (a, b, x, t)
    assert x == 0 or not _reaches(a, b, x - 1, t), (a, b, x, t)


@settings(max_examples=25)
@given(b=st.integers(min_value=1, max_value=400), data=st.data())
def test_the_command_line_gives_the_least_count(b: int, data: st.DataObject) -> None:
    a = data.draw(st.integers(min_value=0, max_value=b - 1))
    t = Fraction(25, 100)
    with tempfile.TemporaryDirectory() as where:
        branch, _ = _city_share(a, b, Path(where))
    x = branch["gap_count"] or 0
    assert _reaches(a, b, x, t), (a, b, branch)
    assert x == 0 or not _reaches(a, b, x - 1, t), (a, b, branch)
