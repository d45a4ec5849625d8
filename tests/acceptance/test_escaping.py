"""Text from input files is escaped for where it goes: CSV cells never run as formulas, Markdown and
HTML never become markup, the terminal and JUnit XML never receive control characters."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import yaml

from tests.conftest import BASELINE_2020, ROOT, STANDARD_PATH, CliRunner, cli

runner = CliRunner()
FORMULA = '=HYPERLINK("http://evil.example","click")'
SUM = "-1+2"
SCRIPT = "<script>alert(1)</script>"
ESC = "\x1b[31m红\x1b[0m"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def _dump(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def hostile(tmp_path: Path) -> dict[str, Path]:
    """Two years of baselines, a plan and a standard whose texts are built to be run, not read."""
    base = yaml.safe_load(BASELINE_2020.read_text(encoding="utf-8"))
    base["park"] = f"{FORMULA}{SCRIPT}"
    base["qualitative"]["management_committee"]["evidence"] = FORMULA
    base["qualitative"]["special_policies"]["evidence"] = SUM
    base["rd_intensity"] = "1.5%"
    later = {**base, "year": 2021, "rd_intensity": "1%"}
    later.pop("high_tech_growth")
    folder = tmp_path / "baselines"
    _dump(folder / "2020.yaml", base)
    _dump(folder / "2021.yaml", later)
    plan = yaml.safe_load((ROOT / "plans" / "kundulun-2021.yaml").read_text(encoding="utf-8"))
    plan["targets"][0]["name"] = {"zh": SUM, "en": SUM}
    for task in plan["tasks"]:
        task["lead"] = [FORMULA if task["lead"][0] == "区科技局" else task["lead"][0]]
    standard = yaml.safe_load(STANDARD_PATH.read_text(encoding="utf-8"))
    standard["dimensions"][0]["criteria"][0]["name"] = {"zh": "@SUM(A1)", "en": "@SUM(A1)"}
    return {
        "folder": folder,
        "file": folder / "2021.yaml",
        "plan": _dump(tmp_path / "plans" / "plan.yaml", plan),
        "standard": _dump(tmp_path / "standards" / "standard.yaml", standard),
    }


def _rows(out: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(out.lstrip("\ufeff"), newline="")))


def _cells(out: str) -> list[str]:
    return [cell for row in _rows(out) for cell in row]


def _assert_inert(cells: list[str]) -> None:
    for cell in cells:
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
        if cell.startswith("-"):
            float(cell)  # a negative number, never text a spreadsheet would compute


def test_csv_text_cells_never_run_as_formulas(hostile: dict[str, Path]) -> None:
    common = ["--standard", str(hostile["standard"]), "--plan", str(hostile["plan"]), "--format", "csv"]
    check = _cells(run("check", str(hostile["file"]), *common)[1])
    ledger = _cells(run("check", str(hostile["file"]), *common, "--group-by", "department")[1])
    project = _cells(run("project", str(hostile["folder"]), *common, "--group-by", "department")[1])
    plan_args = ["--baselines", str(hostile["folder"]), "--standard", str(hostile["standard"])]
    plan = _cells(run("plan", str(hostile["plan"]), *plan_args, "--format", "csv")[1])
    for cells in (check, ledger, project, plan):
        _assert_inert(cells)
    assert f"'{FORMULA}" in check  # the evidence, as text behind its apostrophe
    assert f"'{SUM}" in check
    assert "'@SUM(A1)" in check
    assert f"'{FORMULA}" in ledger  # the lead department
    assert f"'{FORMULA}" in project
    assert f"'{SUM}" in plan  # the target's name


def test_csv_negative_numbers_stay_numbers(hostile: dict[str, Path]) -> None:
    out = run("project", str(hostile["folder"]), "--standard", str(hostile["standard"]), "--format", "csv")[1]
    rd = next(r for r in csv.DictReader(io.StringIO(out.lstrip("\ufeff"))) if r["编号"] == "rd_intensity")
    assert rd["实际年增"] == "-0.5"


def test_markdown_and_html_show_markup_as_text(hostile: dict[str, Path], tmp_path: Path) -> None:
    common = ["--standard", str(hostile["standard"]), "--plan", str(hostile["plan"])]
    markdown = run("check", str(hostile["file"]), *common, "--format", "markdown")[1]
    assert "<script>" not in markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markdown.splitlines()[0]
    pack = tmp_path / "pack.md"
    code, _, err = run("report", str(hostile["folder"]), *common, "--format", "markdown", "-o", str(pack))
    assert code == 0, err
    assert "<script>" not in pack.read_text(encoding="utf-8")
    page = tmp_path / "pack.html"
    code, _, err = run("report", str(hostile["folder"]), *common, "-o", str(page))
    assert code == 0, err
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # title, header, heading


def test_terminal_never_receives_control_characters_from_input(tmp_path: Path) -> None:
    """A control character in a value is refused where it stands; one in a file's name, or in any
    text a sheet shows, is written out as \\xNN rather than obeyed."""
    from zone_gap.render.sheet import Block, Group, Row, Sheet
    from zone_gap.render.table import render_table

    base = yaml.safe_load(BASELINE_2020.read_text(encoding="utf-8"))
    base["park"] = ESC
    path = _dump(tmp_path / "2020.yaml", base)
    code, out, err = run("check", str(path), "--lang", "en")
    assert code == 2
    assert "\x1b" not in out + err
    assert "U+001B" in err
    odd = _dump(tmp_path / "x\x1b[2Jy" / "2020.yaml", {"park": "X", "year": 2020, "enterprises": -1})
    code, out, err = run("check", str(odd), "--lang", "en")
    assert code == 2
    assert "\x1b" not in err
    assert "x\\x1b[2Jy" in err
    sheet = Sheet(ESC, [Block(ESC, ["a", "b"], [Group(ESC, [Row([ESC, f"尚未制定{ESC}\x9b2J"])])], [ESC])])
    drawn = render_table(sheet, color=False, width=100)
    assert "\x1b" not in drawn
    assert "\x9b" not in drawn
    assert "\\x1b[31m红\\x1b[0m" in drawn


def test_junit_never_carries_what_xml_forbids(tmp_path: Path) -> None:
    bad = tmp_path / "bad\x1b\x7f.yaml"
    # YAML refuses control characters written raw, but makes them from escapes in double quotes
    bad.write_text('park: X\nyear: 2021\nenterprises: "1\\x01\\x0c\\x1b\\uFFFE"\n', encoding="utf-8")
    out = run("validate", str(bad), "--kind", "baseline", "--format", "junit", "--lang", "en")[1]
    suites = ElementTree.fromstring(out)  # would raise on a forbidden character
    case = suites.find("./testsuite/testcase")
    assert case is not None
    assert "\\x1b" in (case.get("name") or "")
    failure = case.find("failure")
    assert failure is not None  # the value itself is refused where it stands, by its code point
    assert "U+0001" in (failure.get("message") or "")
    assert "\\x1b" in (failure.text or "")  # the file's name, written out


def test_text_and_github_findings_show_control_characters(tmp_path: Path) -> None:
    bad = tmp_path / "bad\x1b[2J.yaml"
    bad.write_text('park: X\nyear: 2021\nenterprises: "\\e[31m"\n', encoding="utf-8")
    for output in ("text", "github"):
        out = run("validate", str(bad), "--kind", "baseline", "--format", output, "--lang", "en")[1]
        assert "\x1b" not in out, output
        assert "bad\\x1b[2J.yaml" in out, output
        assert "U+001B" in out, output
