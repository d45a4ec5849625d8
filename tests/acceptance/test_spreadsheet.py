"""The tables for Excel, WPS and LibreOffice: CSV read back through Python's csv module, the workbook
through openpyxl (a reader other than its writer), and — where LibreOffice is installed — both
opened by LibreOffice itself, as an office would."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml

from tests.conftest import ROOT, STANDARD_PATH, CliRunner, cli

runner = CliRunner()
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
office = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"), reason="LibreOffice is not installed (.ci/run installs it)"
)
EITHER_OR = {
    "high_tech_share": ("park_share", "city_share"),
    "high_tech_revenue": ("revenue_share", "output_share"),
}
ASCII_LETTER = re.compile(r"[A-Za-z]")


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def read_csv(data: str) -> list[dict[str, str]]:
    raw = data.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel and WPS need
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.fixture(autouse=True)
def _in_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def _dimension_names(lang: str) -> set[str]:
    standard = yaml.safe_load(STANDARD_PATH.read_text(encoding="utf-8"))
    return {d["name"][lang] for d in standard["dimensions"]}


# --- CSV ------------------------------------------------------------------------------------------


def test_check_csv_round_trips_with_numbers_and_units() -> None:
    code, out, _ = run("check", "--format", "csv")
    assert code == 1
    rows = {r["编号"]: r for r in read_csv(out) if r["编号"]}
    assert (rows["enterprise_count"]["现状"], rows["enterprise_count"]["单位"]) == ("162", "家")
    assert rows["enterprise_count"]["每年需增"] == "13"
    park = rows["park_share"]
    assert (park["现状"], park["单位"], park["差距"], park["所属指标"]) == (
        "5.5",
        "%",
        "14.5",
        "high_tech_share",
    )
    assert park["需年均增速(%)"] == "53.78"  # to two places, as the tables show it (not 53.776192)
    assert rows["rd_intensity"]["每年需增"] == "0.55"
    assert rows["management_committee"]["状态"] == "未达标"


CHINESE_CSV = {
    "check": ["check", "--format", "csv"],
    "ledger": ["check", "--format", "csv", "--group-by", "department"],
    "project": ["project", "--format", "csv"],
    "plan": ["plan", "--format", "csv"],
}
IDENTIFIERS = {"编号", "所属指标", "说明"}
"""Columns that hold the tool's ids, or notes that name the keys to fill in (`tech_smes`)."""


@pytest.mark.parametrize("name", CHINESE_CSV)
def test_csv_in_chinese_speaks_chinese_throughout(name: str) -> None:
    out = run(*CHINESE_CSV[name])[1]
    rows = read_csv(out)
    header = list(rows[0])
    assert all(not ASCII_LETTER.search(h) for h in header if h != "R"), header
    for row in rows:
        if row.get("维度") == "输入数据提示":
            continue  # its name is the place in the file: baselines/2020.yaml:8:26
        for column, value in row.items():
            if column not in IDENTIFIERS:
                assert not ASCII_LETTER.search(value), (column, value)
    if "维度" in header:
        dimensions = {r["维度"] for r in rows} - {"输入数据提示"}
        assert dimensions <= _dimension_names("zh")
        assert len(dimensions) >= 2
    for column in ("回落风险", "可达成"):
        if column in header:
            assert {r[column] for r in rows} <= {"是", "否", ""}
            assert {r[column] for r in rows} & {"是", "否"}


def test_yes_and_no_in_english() -> None:
    plan = {r["id"]: r for r in read_csv(run("plan", "--format", "csv", "--lang", "en")[1])}
    assert (plan["enterprises"]["reaches"], plan["high_tech_enterprises"]["reaches"]) == ("yes", "no")
    assert (plan["high_tech_enterprises"]["planned_2023"], plan["high_tech_enterprises"]["shortfall"]) == (
        "39",
        "1",
    )
    assert (plan["rd_intensity"]["unit"], plan["rd_intensity"]["planned_2023"]) == ("%", "2.5")
    project = read_csv(run("project", "--format", "csv", "--lang", "en")[1])
    assert {r["at_risk"] for r in project} == {"no"}
    assert {r["category"] for r in project} == {"insufficient data"}
    assert {r["dimension"] for r in project} <= _dimension_names("en")


def test_department_ledger_csv() -> None:
    ledger = read_csv(run("check", "--format", "csv", "--group-by", "department", "--lang", "en")[1])
    leads = {r["lead_department"] for r in ledger if r["id"] == "enterprise_count"}
    assert leads == {"包头金属深加工园区管委会", "区工信局", "区商务局"}
    assert [r["lead_department"] for r in ledger if r["id"] == "management_committee"] == [""]


def test_check_csv_keeps_the_input_warnings_as_rows() -> None:
    code, out, err = run("check", "--format", "csv")
    rows = read_csv(out)
    warning = rows[-1]
    assert (warning["维度"], warning["名称"], warning["状态"]) == (
        "输入数据提示",
        "baselines/2020.yaml:8:26",
        "提示",
    )
    assert "5.5%" in warning["说明"]
    assert "5.56%" in warning["说明"]
    assert [r for r in rows if r["维度"] == "输入数据提示"] == [warning]
    assert "baselines/2020.yaml:8:26" in err  # and still said on standard error


def test_check_csv_without_warnings_has_no_warning_rows(tmp_path: Path) -> None:
    baseline = (ROOT / "baselines" / "2020.yaml").read_text(encoding="utf-8")
    clean = re.sub(r"^high_tech_and_sme_share:.*$", "", baseline, flags=re.MULTILINE)
    (tmp_path / "2020.yaml").write_text(clean, encoding="utf-8")
    rows = read_csv(run("check", str(tmp_path / "2020.yaml"), "--format", "csv")[1])
    assert rows
    assert all(r["维度"] != "输入数据提示" for r in rows)


# --- an either/or criterion reads the same in every command ----------------------------------------


def _markdown_rows(text: str, label: str) -> list[list[str]]:
    """The cells of every Markdown table row whose first cell starts with ``label``."""
    found = []
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith("| **"):
            cells = [c.strip() for c in line.strip("|").split(" | ")]
            if cells[0].startswith(label):
                found.append(cells)
    return found


def test_an_either_or_criterion_has_the_same_threshold_in_every_command(tmp_path: Path) -> None:
    """check said 25 for high_tech_share (its deciding branch), project 20 (its likeliest branch): the
    criterion itself now shows no figure anywhere, and each branch the same threshold everywhere."""
    check = {r["编号"]: r for r in read_csv(run("check", "--format", "csv")[1]) if r["编号"]}
    project = {r["编号"]: r for r in read_csv(run("project", "--format", "csv")[1])}
    for parent, branches in EITHER_OR.items():
        assert [check[parent][k] for k in ("单位", "现状", "标准", "期末标准", "差距", "每年需增")] == [
            ""
        ] * 6
        assert [project[parent][k] for k in ("单位", "最新", "期末预计", "标准", "每年需增", "R")] == [""] * 6
        assert check[parent]["说明"]  # which branch decides
        assert project[parent]["说明"]
        for branch in branches:
            assert check[branch]["期末标准"] == project[branch]["标准"] != ""
    assert (check["park_share"]["标准"], check["city_share"]["标准"]) == ("20", "25")
    assert (check["revenue_share"]["标准"], check["output_share"]["标准"]) == ("20", "25")

    pack = tmp_path / "pack.md"
    assert run("report", "--format", "markdown", "-o", str(pack))[0] == 0
    texts = {
        "check": run("check", "--format", "markdown")[1],
        "project": run("project", "--format", "markdown")[1],
        "report": pack.read_text(encoding="utf-8"),
    }
    names = {"high_tech_share": "高新技术企业占比", "high_tech_revenue": "高新技术产业规模"}
    for command, text in texts.items():
        for parent, name in names.items():
            rows = _markdown_rows(text, name)
            assert rows, (command, name)
            for cells in rows:  # status (or category) and, in the ledger, tasks: no figure
                figures = [c for c in cells[2:] if re.search(r"\d+(\.\d+)?\s*(%|家|个百分点)", c)]
                assert figures == [], (command, parent, cells)


# --- the workbook ---------------------------------------------------------------------------------


def _workbook_rows(path: Path, sheet: int = 0) -> list[list[object]]:
    book = openpyxl.load_workbook(path)
    return [list(row) for row in book.worksheets[sheet].iter_rows(values_only=True)]


def _as_csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@pytest.mark.parametrize(
    "args",
    [["check"], ["check", "--group-by", "department"], ["project"], ["plan"], ["check", "--lang", "en"]],
)
def test_workbook_holds_the_csv_table_with_numbers_as_numbers(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "out.xlsx"
    code, out, err = run(*args, "--format", "xlsx", "-o", str(path))
    assert out == ""  # nothing binary on the terminal
    assert str(path) in err
    csv_text = run(*args, "--format", "csv")[1]
    expected = list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff"), newline="")))
    rows = _workbook_rows(path)
    warnings_title = "Input warnings" if "en" in args else "输入数据提示"
    criteria = [r for r in expected if r[0] != warnings_title]
    assert [[_as_csv_cell(v) for v in row] for row in rows] == criteria
    numbers = [v for row in rows[1:] for v in row if isinstance(v, int | float)]
    assert 162 in numbers and 5.5 in numbers or "plan" in args or "project" in args
    assert all(isinstance(v, str) for v in rows[0])


def _displayed(cell: Any) -> str:
    """A number cell as the spreadsheet shows it: its value in its number format (``0.00``)."""
    places = re.fullmatch(r"0(?:\.(0+))?", cell.number_format)
    assert places, f"{cell.coordinate}: {cell.number_format!r} is not a format of fixed places"
    return f"{cell.value:.{len(places.group(1) or '')}f}"


@pytest.mark.parametrize("args", [["check", "--group-by", "department"], ["project"], ["plan"]])
def test_workbook_shows_each_figure_to_its_natural_places(tmp_path: Path, args: list[str]) -> None:
    """Each number in a format of as many places as the tables give it: 53.78, 5.5, 162 (the General
    format showed 53.776192 and 4.833333)."""
    path = tmp_path / "out.xlsx"
    run(*args, "-o", str(path))
    csv_rows = list(csv.reader(io.StringIO(run(*args, "--format", "csv")[1].lstrip("\ufeff"), newline="")))
    numbers = [
        (cell, csv_rows[cell.row - 1][cell.column - 1])
        for row in openpyxl.load_workbook(path).worksheets[0].iter_rows(min_row=2)
        for cell in row
        if isinstance(cell.value, int | float)
    ]
    assert len(numbers) > 10
    for cell, written in numbers:
        assert _displayed(cell) == written, cell.coordinate
        assert len(written.partition(".")[2]) <= 2, written  # none is to six places here


def test_workbook_never_shows_a_share_short_of_its_bar_as_the_bar(tmp_path: Path) -> None:
    """19.9999% against ≥20%: as many places as tell them apart, in the cell and the CSV alike."""
    baseline = tmp_path / "b" / "2020.yaml"
    baseline.parent.mkdir()
    baseline.write_text(
        "park: 测试园区\nyear: 2020\npark_revenue: 10000000\nhigh_tech_revenue: 1999990\n", encoding="utf-8"
    )
    path = tmp_path / "out.xlsx"
    run("check", str(baseline), "-o", str(path))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[header.index("编号")].value == "revenue_share")
    actual, bar, gap = (row[header.index(k)] for k in ("现状", "标准", "差距"))
    assert (_displayed(actual), _displayed(bar), _displayed(gap)) == ("19.9999", "20", "0.0001")


def test_the_day_figures_stand_at_is_a_date_cell(tmp_path: Path) -> None:
    """The file's as_of (mid-year figures) on each row with figures: a date in the workbook, shown
    and filtered as one, and ISO 8601 in the CSV, which Excel, WPS and LibreOffice read as a date;
    figures with no as_of stand at their year's end."""
    baseline = (ROOT / "baselines" / "2020.yaml").read_text(encoding="utf-8")
    source = tmp_path / "b" / "2020.yaml"
    source.parent.mkdir()
    source.write_text(baseline + "as_of: 2020-06-30\n", encoding="utf-8")
    days = {}
    for name, path in (("mid-year", source), ("year end", ROOT / "baselines" / "2020.yaml")):
        book = tmp_path / f"{name}.xlsx"
        run("check", str(path), "-o", str(book))
        sheet = openpyxl.load_workbook(book).worksheets[0]
        header = [c.value for c in sheet[1]]
        rows = {r[1].value: r for r in sheet.iter_rows(min_row=2)}
        cell = rows["enterprise_count"][header.index("数据截至")]
        assert cell.is_date, (cell.value, cell.number_format)
        assert cell.number_format == "yyyy-mm-dd"
        days[name] = cell.value.date()
        assert rows["industry_direction"][header.index("数据截至")].value is None  # a clause: no figure
    assert days == {"mid-year": date(2020, 6, 30), "year end": date(2020, 12, 31)}
    rows = {r["编号"]: r for r in read_csv(run("check", str(source), "--format", "csv")[1])}
    assert rows["enterprise_count"]["数据截至"] == "2020-06-30"
    assert rows["high_tech_share"]["数据截至"] == ""  # either/or: its branches carry the figures
    assert rows["park_share"]["数据截至"] == "2020-06-30"


def test_workbook_puts_the_warnings_on_a_sheet_of_their_own(tmp_path: Path) -> None:
    path = tmp_path / "gaps.xlsx"
    assert run("check", "-o", str(path))[0] == 1  # the format from the extension
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["差距", "输入数据提示"]
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    header, warning = _workbook_rows(path, 1)
    assert header == ["文件", "行", "列", "说明"]
    assert warning[:3] == ["baselines/2020.yaml", 8, 26]
    assert "5.56%" in str(warning[3])
    status = [row[4] for row in _workbook_rows(path)[1:]]
    assert set(status) <= {"达标", "未达标", "未知"}  # and not as rows on the criteria sheet


def test_workbook_text_is_never_a_formula(tmp_path: Path) -> None:
    baseline = (ROOT / "baselines" / "2020.yaml").read_text(encoding="utf-8")
    hostile = re.sub(r"(research_cooperation:\n    met: true\n    evidence: ).*", r'\1"=1+1"', baseline)
    assert hostile != baseline
    source = tmp_path / "2020.yaml"
    source.write_text(hostile, encoding="utf-8")
    path = tmp_path / "out.xlsx"
    run("check", str(source), "-o", str(path))
    book = openpyxl.load_workbook(path)
    cells = [c for row in book.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(c.value.startswith("=1+1") for c in cells)
    assert all(c.data_type == "s" for c in cells)  # text, not a formula


def test_workbook_is_never_written_to_the_terminal() -> None:
    code, out, err = run("check", "--format", "xlsx")
    assert (code, out) == (2, "")
    assert "-o 差距.xlsx" in err


def test_workbook_is_never_written_over_a_file_without_force(tmp_path: Path) -> None:
    path = tmp_path / "gaps.xlsx"
    path.write_bytes(b"keep me")
    code, _, err = run("check", "-o", str(path))
    assert code == 2
    assert "--force" in err
    assert path.read_bytes() == b"keep me"
    assert run("check", "-o", str(path), "--force")[0] == 1
    assert path.read_bytes()[:2] == b"PK"
    assert not list(tmp_path.glob(".*.tmp"))


def test_output_file_takes_the_format_of_its_extension(tmp_path: Path) -> None:
    run("plan", "-o", str(tmp_path / "plan.csv"))
    run("plan", "-o", str(tmp_path / "plan.md"))
    run("plan", "-o", str(tmp_path / "plan.txt"))
    assert (tmp_path / "plan.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "plan.md").read_text(encoding="utf-8").startswith("# ")
    assert "┃" in (tmp_path / "plan.txt").read_text(encoding="utf-8")  # the table, without colour
    assert "\x1b[" not in (tmp_path / "plan.txt").read_text(encoding="utf-8")


def test_workbook_without_its_extra_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "xlsxwriter", None)  # as if not installed
    path = tmp_path / "gaps.xlsx"
    code, out, err = run("check", "-o", str(path), "--lang", "en")
    assert code == 2
    assert "pip install 'zone-gap[xlsx]'" in err
    assert not path.exists()


# --- opened by LibreOffice ------------------------------------------------------------------------


def soffice(tmp_path: Path, source: Path, target: str, *options: str) -> Path:
    assert SOFFICE is not None
    out = tmp_path / "converted"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", *options,
         "--convert-to", target, "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    return out / f"{source.stem}.{target.split(':')[0]}"


@office
def test_libreoffice_reads_the_csv_as_written_when_told_utf8(tmp_path: Path) -> None:
    source = tmp_path / "gaps.csv"
    run("check", "-o", str(source))
    # CSV:44,34,76,1 — comma, double quote, UTF-8, from the first line: what the guide tells
    # (docs/en/report.md)
    converted = soffice(tmp_path, source, "xlsx", "--infilter=CSV:44,34,76,1")
    rows = _workbook_rows(converted)
    expected = list(csv.reader(io.StringIO(source.read_text(encoding="utf-8-sig"), newline="")))
    assert [[_as_csv_cell(v) for v in row] for row in rows] == expected
    assert (rows[0][0], rows[1][0]) == ("维度", "产业方面")


@office
def test_libreoffice_opens_the_workbook_with_no_question_asked(tmp_path: Path) -> None:
    source = tmp_path / "gaps.xlsx"
    run("check", "-o", str(source))
    converted = soffice(tmp_path, source, "csv:Text - txt - csv (StarCalc):44,34,76,1")
    written = list(csv.reader(io.StringIO(converted.read_text(encoding="utf-8"), newline="")))
    ours = [[_as_csv_cell(v) for v in row] for row in _workbook_rows(source)]
    assert written == ours
