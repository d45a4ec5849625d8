"""`zone-gap validate` on the worked cases beside a standard (``<id>.cases.yaml``): read as cases, not
as a standard, each problem at its line, counted among the files checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.acceptance.test_any_standard import WATER
from tests.conftest import ROOT, CliRunner, cli

runner = CliRunner()

CASES = """\
standard: water-saving-2024
cases:
  - name: 取水8.5立方米：高于8，未达标
    figures: {park: 测试园区, year: 2024, water_per_output: 8.5}
    expect:
      intensity: {status: unmet, gap: 0.5}
"""


def run(*args: str, cwd: Path) -> tuple[int, str]:
    import os

    here = Path.cwd()
    os.chdir(cwd)
    try:
        result = runner.invoke(cli, [*args, "--lang", "en"], env={"GITHUB_ACTIONS": ""})
    finally:
        os.chdir(here)
    assert result.exception is None, result.output
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout


@pytest.fixture
def standards(tmp_path: Path) -> Path:
    folder = tmp_path / "standards"
    folder.mkdir()
    (folder / "water.yaml").write_text(WATER, encoding="utf-8")
    return folder


def test_the_shipped_cases_are_valid() -> None:
    code, out = run("validate", "standards", cwd=ROOT)
    assert code == 0, out
    assert "6 files checked: 6 valid, 0 invalid; 0 errors, 0 warnings" in out


def test_a_cases_file_beside_its_standard_is_checked_against_it(standards: Path) -> None:
    (standards / "water-saving-2024.cases.yaml").write_text(CASES, encoding="utf-8")
    code, out = run("validate", "standards", cwd=standards.parent)
    assert code == 0, out
    assert "2 files checked: 2 valid" in out
    code, out = run("validate", "standards", "--format", "json", cwd=standards.parent)
    kinds = {Path(f["file"]).name: f["kind"] for f in json.loads(out)["files"]}
    assert kinds == {"water.yaml": "standard", "water-saving-2024.cases.yaml": "cases"}


def test_a_malformed_cases_file_is_reported_at_each_place(standards: Path) -> None:
    bad = (
        CASES.replace("intensity:", "intensty:")
        .replace("gap: 0.5", "gap: half")
        .replace("8.5}", "8.5, leak: 1}")
    )
    (standards / "water-saving-2024.cases.yml").write_text(bad, encoding="utf-8")
    code, out = run("validate", "standards", cwd=standards.parent)
    assert code == 1
    name = "standards/water-saving-2024.cases.yml"
    assert out.splitlines()[0] == (
        f"{name}:6:38: error: `gap` must be an exact number such as `38`, `0.5`, `1/3` or `5.5%`, not `half`"
    )
    assert "2 files checked: 1 valid, 1 invalid; 1 errors" in out
    fixed = bad.replace("gap: half", "gap: 0.5")
    (standards / "water-saving-2024.cases.yml").write_text(fixed, encoding="utf-8")
    code, out = run("validate", "standards", cwd=standards.parent)
    assert code == 1
    assert out.splitlines()[:2] == [
        f"{name}:4:62: error: unknown key `leak`; did you mean `leaks`?",
        f"{name}:6:7: error: the standard `water-saving-2024` has no criterion or branch `intensty`; "
        "did you mean `intensity`?",
    ]


def test_a_cases_file_whose_standard_is_nowhere_says_so(tmp_path: Path) -> None:
    (tmp_path / "nowhere.cases.yaml").write_text(
        CASES.replace("water-saving-2024", "nowhere"), encoding="utf-8"
    )
    code, out = run("validate", "nowhere.cases.yaml", cwd=tmp_path)
    assert code == 1
    assert out.splitlines()[0] == (
        "nowhere.cases.yaml:1:11: error: no standard `nowhere`: it is not among the files checked, there is "
        "no nowhere.yaml beside this file, and it is not a shipped one"
    )
