"""Rosters as Excel and WPS leave them, and as the programs that write workbooks leave them: each
case a real file (written with XlsxWriter or openpyxl, or as Excel saves a CSV), read by `roster`
(and `validate`, `new --roster` where they differ) in Chinese and in English, asserting the exit
code, the place of what is said, its language, and that no figure is made of a value that was not
read — never a traceback.

The families are generated where they are one question asked of many inputs: every order of
visible, hidden and very hidden sheets; every separator; every encoding with every byte-order mark.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
import yaml

from tests.conftest import Result
from tests.hostile._support import assert_chinese, assert_english, assert_no_crash, problems, zg
from zone_gap.roster.credit_code import make_code

HEADER = ["企业名称", "统一社会信用代码", "入驻日期", "高企证书编号", "高企发证日期", "科技型中小企业",
          "营业收入（万元）", "自治区级研发机构（家）"]  # fmt: skip
SHARE = "科技人员占职工总数比例"


def code(n: int) -> str:
    return make_code(f"91150204MA0T{n:04d}")


def row(n: int, **cells: object) -> list[object]:
    """Enterprise ``n``, in the park since 2020, no certificate, 100.5 万元 and 1 institution."""
    found: list[object] = [f"示例{n}有限公司", code(n), "2020-01-01", "", "", "否", "100.5", "1"]
    for name, value in cells.items():
        found[_COLUMN[name]] = value
    return found


_COLUMN = {"name": 0, "code": 1, "entered": 2, "certificate": 3, "issued": 4, "sme": 5, "revenue": 6, "rd": 7}


def csv_text(rows: list[list[object]], separator: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def roster(path: Path, *args: object, lang: str = "zh") -> Result:
    return zg("roster", path, *args, *(["--lang", "en"] if lang == "en" else []))


def said(result: Result) -> list[tuple[int | None, int | None, str]]:
    """Each problem said, as (line, column, severity), in order."""
    return [(p.line, p.col, p.severity) for p in problems(result.output)]


def messages(result: Result) -> list[str]:
    return [p.message for p in problems(result.output)]


def in_both_languages(
    path: Path, code: int, where: list[tuple[int | None, int | None, str]], *args: object
) -> tuple[Result, Result]:
    """``roster path`` in Chinese and in English: the exit ``code``, the problems at ``where``, each
    said in the language asked for."""
    results = []
    for lang, language in (("zh", assert_chinese), ("en", english)):
        result = roster(path, *args, lang=lang)
        assert_no_crash(result, {code})
        assert said(result) == where, result.output
        for message in messages(result):
            language(message)
        results.append(result)
    return results[0], results[1]


def english(message: str) -> None:
    """An English message, the names it quotes from the file (“表0”) aside."""
    assert_english(re.sub(r"“[^”]*”", "", message))


def figures(path: Path, *args: object) -> dict[str, object]:
    result = roster(path, "--format", "json", *args)
    assert_no_crash(result, {0})
    document: dict[str, object] = json.loads(result.stdout)
    return document


# --- sheets: the first one the user can see is read, and named -----------------------------------

STATES = ("visible", "hidden", "veryHidden")
ORDERS = [
    states for count in (2, 3) for states in itertools.product(STATES, repeat=count) if "visible" in states
]


def _sheets(path: Path, states: tuple[str, ...], writer: str) -> Path:
    """A workbook of ``len(states)`` sheets, sheet ``i`` named 表{i} holding ``i + 1`` enterprises,
    each sheet visible, hidden or very hidden as ``states`` says; the first visible one active."""
    active = states.index("visible")
    if writer == "xlsxwriter":
        book = xlsxwriter.Workbook(str(path))
        for i in range(len(states)):
            sheet = book.add_worksheet(f"表{i}")
            for r, cells in enumerate([HEADER, *(row(10 * i + n) for n in range(i + 1))]):
                sheet.write_row(r, 0, cells)
            if i == active:
                sheet.activate()
        for i, state in enumerate(states):  # hidden once another sheet is active
            sheet = book.worksheets()[i]
            if state == "hidden":
                sheet.hide()
            elif state == "veryHidden":
                sheet.very_hidden()
        book.close()
    else:
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        for i, state in enumerate(states):
            sheet = workbook.create_sheet(f"表{i}")
            for cells in [HEADER, *(row(10 * i + n) for n in range(i + 1))]:
                sheet.append(cells)
            sheet.sheet_state = state
        workbook.active = active
        workbook.save(path)
    return path


@pytest.mark.parametrize("writer", ["xlsxwriter", "openpyxl"])
@pytest.mark.parametrize("states", ORDERS, ids=["-".join(s) for s in ORDERS])
def test_the_first_visible_sheet_is_read_and_named(
    tmp_path: Path, states: tuple[str, ...], writer: str
) -> None:
    path = _sheets(tmp_path / "2022.xlsx", states, writer)
    first = states.index("visible")
    skipped = [f"表{i}" for i in range(first)]
    zh, en = in_both_languages(path, 0, [(None, None, "warning")] if skipped else [])
    assert f"（工作表“表{first}”）：2022-12-31 的名录数字（{first + 1} 行）" in zh.output
    assert f"(sheet “表{first}”): the roster's figures on 2022-12-31 ({first + 1} rows)" in en.output
    if skipped:
        assert all(f"“{name}”" in messages(zh)[0] for name in skipped)
        assert "--sheet" in messages(en)[0]
    document = figures(path)
    assert (document["sheet"], document["figures"]["enterprises"]) == (f"表{first}", first + 1)  # type: ignore[index]
    hidden = f"表{len(states) - 1 - states[::-1].index('hidden')}" if "hidden" in states else None
    if hidden is not None:  # --sheet still reads a hidden one, as asked
        assert figures(path, "--sheet", hidden)["sheet"] == hidden


def _states_rewritten(path: Path, state: str) -> Path:
    """Every sheet of ``path`` given ``state`` in its workbook.xml: what Excel never saves (one sheet
    at least stays visible), and a careless program may."""
    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    parts["xl/workbook.xml"] = re.sub(
        rb"<sheet ", f'<sheet state="{state}" '.encode(), parts["xl/workbook.xml"]
    )
    with zipfile.ZipFile(path, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return path


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_workbook_with_no_visible_sheet_asks_for_one(tmp_path: Path, state: str) -> None:
    path = _states_rewritten(_sheets(tmp_path / "2022.xlsx", ("visible", "visible"), "xlsxwriter"), state)
    zh, en = in_both_languages(path, 2, [(None, None, "error")])
    assert "“表0”、“表1”" in messages(zh)[0]
    assert "--sheet" in messages(en)[0]
    assert figures(path, "--sheet", "表1")["figures"]["enterprises"] == 2  # type: ignore[index]


# --- files beside a roster, and files that are not what their name says --------------------------


def _lock_bytes(owner: str) -> bytes:
    """Excel's owner file: the user's name twice, as a byte-counted string and in UTF-16, padded."""
    name = owner.encode("latin-1", "replace")
    return (bytes([len(name)]) + name).ljust(54, b" ") + owner.encode("utf-16-le").ljust(112, b"\x00")


LOCKS = {
    "excel-owner": ("~$2022.xlsx", _lock_bytes("zhangsan")),
    "empty": ("~$2022.xlsx", b""),
    "wps-csv": ("~$2022.csv", _lock_bytes("王五")),
    "macos-double": ("._2022.xlsx", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        "),
}


@pytest.mark.parametrize(("name", "raw"), LOCKS.values(), ids=LOCKS.keys())
def test_a_lock_file_beside_a_roster_is_skipped_by_validate_and_named_when_asked_for(
    tmp_path: Path, name: str, raw: bytes
) -> None:
    folder = tmp_path / "rosters"
    folder.mkdir()
    (folder / "2022.csv").write_text(csv_text([HEADER, row(1)]), encoding="utf-8")
    lock = folder / name
    lock.write_bytes(raw)
    for lang, language in (([], assert_chinese), (["--lang", "en"], english)):
        found = zg("validate", folder, *lang)
        assert_no_crash(found, {0})
        assert name not in found.output
        language(found.stdout.strip().splitlines()[-1])
        globbed = zg("validate", f"{folder}/*", *lang)
        assert_no_crash(globbed, {0})
        assert name not in globbed.output
    named = zg("validate", lock)
    assert_no_crash(named, {1})
    assert "2022" in messages(named)[0]
    in_both_languages(lock, 2, [(None, None, "error")])


def _xlsx_bytes(tmp_path: Path, writer: str) -> bytes:
    path = tmp_path / f"made-{writer}.xlsx"
    if writer == "xlsxwriter":
        book = xlsxwriter.Workbook(str(path))
        sheet = book.add_worksheet()
        for r, cells in enumerate([HEADER, row(1)]):
            sheet.write_row(r, 0, cells)
        book.close()
    else:
        workbook = openpyxl.Workbook()
        for cells in [HEADER, row(1)]:
            workbook.active.append(cells)
        workbook.save(path)
    return path.read_bytes()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
"""The start of an OLE compound file: an .xls, a WPS .et, an XLSX with a password."""


def _text(encoding: str, separator: str = ",") -> Callable[[Path], bytes]:
    return lambda _: csv_text([HEADER, row(1)], separator).encode(encoding)


MISNAMED: dict[str, tuple[str, Callable[[Path], bytes], str, str]] = {
    "xlsxwriter-as-csv": ("2022.csv", lambda p: _xlsx_bytes(p, "xlsxwriter"), "XLSX 工作簿", ".xlsx"),
    "openpyxl-as-csv": ("2022.csv", lambda p: _xlsx_bytes(p, "openpyxl"), "XLSX 工作簿", ".xlsx"),
    "xls-as-csv": ("2022.csv", lambda _: OLE, "97–2003", ".xls"),
    "csv-as-xlsx": ("2022.xlsx", _text("utf-8-sig"), "文本文件", ".csv"),
    "gb18030-csv-as-xlsx": ("2022.xlsx", _text("gb18030"), "文本文件", ".csv"),
    "utf16-text-as-xlsx": ("2022.xlsx", _text("utf-16", "\t"), "文本文件", ".csv"),
    "xls-as-xlsx": ("2022.xlsx", lambda _: OLE, "密码", "XLSX"),
    "utf16-without-mark": ("2022.csv", _text("utf-16-le"), "UTF-16", "CSV UTF-8"),
}  # fmt: skip


@pytest.mark.parametrize(("name", "make", "what", "fix"), MISNAMED.values(), ids=MISNAMED.keys())
def test_a_file_that_is_not_what_its_name_says_is_named_for_what_it_is(
    tmp_path: Path, name: str, make: Callable[[Path], bytes], what: str, fix: str
) -> None:
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    zh, en = in_both_languages(path, 2, [(None, None, "error")])
    assert what in messages(zh)[0]
    assert fix in messages(en)[0]
    assert "既不是 UTF-8" not in zh.output


# --- CSV: separators, encodings and byte-order marks ---------------------------------------------

SEPARATORS = {";": "分号", "\t": "制表符", "|": "竖线"}
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16")


@pytest.mark.parametrize("title", [False, True], ids=["header-first", "title-row-above"])
@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("separator", SEPARATORS, ids=["semicolon", "tab", "bar"])
def test_a_csv_split_by_another_character_is_said_so_at_its_header(
    tmp_path: Path, separator: str, encoding: str, title: bool
) -> None:
    rows = [["2022 年企业名录"]] * title + [HEADER, row(1), row(2)]
    path = tmp_path / "2022.csv"
    path.write_bytes(csv_text(rows, separator).encode(encoding))
    zh, en = in_both_languages(path, 2, [(1 + title, 1, "error")])
    assert SEPARATORS[separator] in messages(zh)[0]
    assert "comma" in messages(en)[0]


MARKS = {"none": b"", "utf-8": b"\xef\xbb\xbf", "utf-8-twice": b"\xef\xbb\xbf\xef\xbb\xbf", "own": None}
TEXTS = ("utf-8", "gb18030", "utf-16-le", "utf-16-be")


def _expected(encoding: str, mark: str) -> tuple[int, list[tuple[int | None, int | None, str]], str]:
    """What a roster in ``encoding`` behind ``mark`` gives: the exit code, the problems, and a word
    the first one says."""
    if encoding.startswith("utf-16"):
        if mark == "own":
            return 0, [], ""
        return 2, [(None, None, "error")], "UTF-16"
    if encoding == "gb18030":
        if mark == "none":
            return 0, [], ""
        if mark == "own":  # GB18030's own mark (84 31 95 33) is U+FEFF: read, and said in the header
            return 0, [(1, 1, "warning")], "U+FEFF"
        return 2, [(1, 1 + (mark == "utf-8-twice"), "error")], "GB18030"
    if mark == "utf-8-twice":  # the second mark stays inside the header's first cell
        return 0, [(1, 1, "warning")], "U+FEFF"
    return 0, [], ""


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("encoding", TEXTS)
def test_every_encoding_behind_every_byte_order_mark(tmp_path: Path, encoding: str, mark: str) -> None:
    text = csv_text([HEADER, row(1), row(2)])
    own = {
        "utf-8": b"\xef\xbb\xbf",
        "gb18030": b"\x84\x31\x95\x33",
        "utf-16-le": b"\xff\xfe",
        "utf-16-be": b"\xfe\xff",
    }
    path = tmp_path / "2022.csv"
    path.write_bytes((own[encoding] if MARKS[mark] is None else MARKS[mark]) + text.encode(encoding))  # type: ignore[operator]
    code, where, word = _expected(encoding, mark)
    zh, en = in_both_languages(path, code, where)
    if word:
        assert word in messages(en)[0]
    if code == 0:
        assert figures(path)["figures"]["park_revenue"] == 201  # type: ignore[index]


@pytest.mark.parametrize("byte_order", ["utf-16-le", "utf-16-be"])
def test_utf16_of_odd_length_is_said_at_its_end_and_validate_goes_on(tmp_path: Path, byte_order: str) -> None:
    mark = b"\xff\xfe" if byte_order.endswith("le") else b"\xfe\xff"
    folder = tmp_path / "rosters"
    folder.mkdir()
    cut = folder / "2022.csv"
    cut.write_bytes(mark + csv_text([HEADER, row(1)]).encode(byte_order) + b"\x00")
    (folder / "2021.csv").write_text(csv_text([HEADER, row(1, code="91150204MA0T0001XX")]), encoding="utf-8")
    zh, en = in_both_languages(cut, 2, [(3, 1, "error")])
    assert "奇数" in messages(zh)[0]
    checked = zg("validate", folder, "--lang", "en")
    assert_no_crash(checked, {1})
    assert [p.file.rsplit("/", 1)[-1] for p in problems(checked.output)] == ["2021.csv", "2022.csv"]
    assert "2 files checked: 0 valid, 2 invalid" in checked.output


# --- cells as Excel writes them -------------------------------------------------------------------

TIMES = {
    "midnight-seconds": ("2022-03-01 00:00:00", []),
    "midnight-slashes": ("2022/3/1 0:00", []),
    "iso-t": ("2022-03-01T00:00:00", []),
    "midnight-fraction": ("2022-03-01 00:00:00.000", []),
    "afternoon": ("2022-02-28 16:00:00", ["warning"]),
    "impossible": ("2022-02-30 00:00:00", ["error"]),
    "hour-25": ("2022-03-01 25:00", ["error"]),
}


@pytest.mark.parametrize("column", ["entered", "issued"])
@pytest.mark.parametrize(("written", "severities"), TIMES.values(), ids=TIMES.keys())
def test_a_date_with_the_time_excel_writes_for_a_date_time_cell(
    tmp_path: Path, column: str, written: str, severities: list[str]
) -> None:
    cells = {column: written, **({"certificate": "GR202215000001"} if column == "issued" else {})}
    path = tmp_path / "2022.csv"
    path.write_text(csv_text([HEADER, row(1, **cells)]), encoding="utf-8")
    place = _COLUMN[column] + 1
    zh, _ = in_both_languages(path, 2 if "error" in severities else 0, [(2, place, s) for s in severities])
    if not severities:
        assert figures(path)["figures"]["high_tech_enterprises"] == (1 if column == "issued" else 0)  # type: ignore[index]


SPACED = {
    "space": ("1 234", "warning", 1234),
    "two-groups": ("1 234 567.5", "warning", 1234567.5),
    "no-break-space": ("1\u00a0234", "warning", 1234),
    "narrow-no-break": ("1\u202f234.25", "warning", 1234.25),
    "ideographic": ("1\u3000234", "warning", 1234),
    "not-thousands": ("12 34", "error", None),
    "after-a-point": ("1.2 34", "error", None),
    "before-the-unit": ("1.2 万", "warning", 1.2),
}


@pytest.mark.parametrize(("written", "severity", "value"), SPACED.values(), ids=SPACED.keys())
def test_a_space_inside_a_number_is_treated_as_a_comma_is(
    tmp_path: Path, written: str, severity: str, value: float | None
) -> None:
    path = tmp_path / "2022.csv"
    path.write_text(csv_text([HEADER, row(1, revenue=written)]), encoding="utf-8")
    in_both_languages(path, 0 if severity == "warning" else 2, [(2, 7, severity)])
    if value is not None:
        assert figures(path)["figures"]["park_revenue"] == value  # type: ignore[index]
    comma = tmp_path / "comma" / "2022.csv"
    comma.parent.mkdir()
    comma.write_text(
        csv_text([HEADER, row(1, revenue=written.replace(" ", ",").replace("\u00a0", ","))]), "utf-8"
    )
    if written == "1 234":  # the comma's own treatment: the same severity, at the same cell
        assert said(roster(comma)) == [(2, 7, "warning")]


EXCEL_TEXT = {
    "div0-amount": ("revenue", "#DIV/0!", "#DIV/0!"),
    "na-count": ("rd", "#N/A", "#N/A"),
    "ref-date": ("entered", "#REF!", "#REF!"),
    "value-yes-no": ("sme", "#VALUE!", "#VALUE!"),
    "scientific-amount": ("revenue", "1.23457E+11", "1.23457E+11"),
}


@pytest.mark.parametrize(("column", "written", "quoted"), EXCEL_TEXT.values(), ids=EXCEL_TEXT.keys())
def test_what_excel_saves_for_a_failed_formula_or_a_long_number_is_named(
    tmp_path: Path, column: str, written: str, quoted: str
) -> None:
    path = tmp_path / "2022.csv"
    path.write_text(csv_text([HEADER, row(1, **{column: written})]), encoding="utf-8")
    zh, en = in_both_languages(path, 2, [(2, _COLUMN[column] + 1, "error")])
    assert quoted in messages(zh)[0]
    assert ("scientific" if "E+" in written else "Excel") in messages(en)[0]


def _xlsx(
    path: Path,
    rows: list[list[object]],
    writer: str = "xlsxwriter",
    *,
    formats: dict[tuple[int, int], str] | None = None,
) -> Path:
    """A workbook of ``rows``; a cell that is a float or an int is a number cell, one that starts with
    ``=`` a formula (XlsxWriter writes each one's value as 0, openpyxl none); ``formats``: number
    formats by (row, column) from 0."""
    formats = formats or {}
    if writer == "xlsxwriter":
        book = xlsxwriter.Workbook(str(path))
        sheet = book.add_worksheet("名录")
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                style = book.add_format({"num_format": formats[r, c]}) if (r, c) in formats else None
                if isinstance(cell, str) and cell.startswith("="):
                    sheet.write_formula(r, c, cell, style)
                elif isinstance(cell, int | float):
                    sheet.write_number(r, c, cell, style)
                else:
                    sheet.write_string(r, c, str(cell), style)
        book.close()
    else:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "名录"
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                sheet.cell(r + 1, c + 1, cell)
                if (r, c) in formats:
                    sheet.cell(r + 1, c + 1).number_format = formats[r, c]
        workbook.save(path)
    return path


FORMULAS = {
    "amount": ("revenue", "=50+50.5", "warning"),
    "count": ("rd", "=1+0", "warning"),
    "yes-no": ("sme", '=IF(1>0,"是","否")', "warning"),
    "date": ("entered", "=DATE(2020,1,1)", "warning"),
    "name": ("name", '="示例"&"公司"', "error"),
    "credit-code": ("code", '="9115"&"0204"', "error"),
}


@pytest.mark.parametrize("writer", ["xlsxwriter", "openpyxl"])
@pytest.mark.parametrize(("column", "formula", "severity"), FORMULAS.values(), ids=FORMULAS.keys())
def test_a_formula_never_calculated_is_unknown_never_its_zero(
    tmp_path: Path, writer: str, column: str, formula: str, severity: str
) -> None:
    rows = [HEADER, row(1, revenue=100.5, rd=1), row(2, **{"revenue": 20, "rd": 0, column: formula})]
    path = _xlsx(tmp_path / "2022.xlsx", rows, writer)
    zh, en = in_both_languages(path, 0 if severity == "warning" else 2, [(3, _COLUMN[column] + 1, severity)])
    assert formula[1:9] in messages(zh)[0]
    assert "never calculated" in messages(en)[0]
    if severity == "warning":
        found = figures(path)["figures"]
        if column in ("revenue", "rd"):
            key = "park_revenue" if column == "revenue" else "rd_institutions"
            assert found[key] is None  # type: ignore[index]
        if column == "sme":
            assert found["tech_smes"] is None  # type: ignore[index]


def _calculated(path: Path) -> Path:
    """``path`` as if Excel had saved it: the request to calculate on opening taken out, the values
    as they are."""
    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b' fullCalcOnLoad="1"', b"")
    with zipfile.ZipFile(path, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return path


def test_a_formulas_value_that_excel_saved_is_its_result(tmp_path: Path) -> None:
    rows = [HEADER, row(1, revenue="=50+50.5")]
    path = _calculated(_xlsx(tmp_path / "2022.xlsx", rows))
    in_both_languages(path, 0, [])
    assert figures(path)["figures"]["park_revenue"] == 0  # what Excel computed and saved, as saved


NUMBER_CODES = {
    "xlsxwriter-18-digits": ("xlsx", 911502041234567890, "911502041234568000"),
    "openpyxl-18-digits": ("openpyxl", 911502041234567890, "911502041234568000"),
    "xlsxwriter-15-digits": ("xlsx", 911502041234567, "911502041234567"),
    "csv-scientific": ("csv", "9.11502E+17", "9.11502E+17"),
    "csv-zeros-beyond-15": ("csv", "911502041234568000", "911502041234568000"),
}


@pytest.mark.parametrize(("kind", "cell", "shown"), NUMBER_CODES.values(), ids=NUMBER_CODES.keys())
def test_a_credit_code_stored_as_a_number_is_told_as_that(
    tmp_path: Path, kind: str, cell: object, shown: str
) -> None:
    rows = [HEADER, row(1), row(2, code=cell)]
    if kind == "csv":
        path = tmp_path / "2022.csv"
        path.write_text(csv_text(rows), encoding="utf-8")
    else:
        path = _xlsx(tmp_path / "2022.xlsx", rows, "xlsxwriter" if kind == "xlsx" else "openpyxl")
    zh, en = in_both_languages(path, 2, [(3, 2, "error")])
    assert shown in messages(zh)[0]
    assert "15 digits" in messages(en)[0]
    assert "校验码" not in zh.output


SHARES_CSV = {
    "150-percent": ("150%", "error"),
    "just-over": ("100.5%", "error"),
    "negative": ("-5%", "error"),
    "bare-whole": ("12", "error"),
    "bare-fraction": ("0.12", "error"),
    "spaced-percent": ("12 %", None),
    "whole-percent": ("100%", None),
}


@pytest.mark.parametrize("header", [SHARE, "tech_staff_share"])
@pytest.mark.parametrize(("written", "severity"), SHARES_CSV.values(), ids=SHARES_CSV.keys())
def test_a_share_out_of_range_or_without_its_percent_sign_is_an_error_at_its_cell(
    tmp_path: Path, header: str, written: str, severity: str | None
) -> None:
    path = tmp_path / "2022.csv"
    path.write_text(csv_text([[*HEADER, header], [*row(1), written]]), encoding="utf-8")
    in_both_languages(path, 2 if severity else 0, [(2, 9, severity)] if severity else [])


SHARES_XLSX = {
    "general-12": (12, None, "error"),
    "general-0.12": (0.12, None, "error"),
    "percent-12%": (0.12, "0%", None),
    "percent-150%": (1.5, "0.00%", "error"),
    "percent-1200%": (12, "0.0%", "error"),
    "custom-percent": (0.125, '0.0"pct"%', None),
    "quoted-percent-is-no-percent": (12, '0"%"', "error"),
}


@pytest.mark.parametrize("writer", ["xlsxwriter", "openpyxl"])
@pytest.mark.parametrize(("value", "number_format", "severity"), SHARES_XLSX.values(), ids=SHARES_XLSX.keys())
def test_a_number_cell_in_a_share_column_is_a_share_only_when_formatted_as_one(
    tmp_path: Path, writer: str, value: float, number_format: str | None, severity: str | None
) -> None:
    rows = [[*HEADER, SHARE], [*row(1), value]]
    formats = {(1, 8): number_format} if number_format else {}
    path = _xlsx(tmp_path / "2022.xlsx", rows, writer, formats=formats)
    zh, _ = in_both_languages(path, 2 if severity else 0, [(2, 9, severity)] if severity else [])
    if number_format is None:
        assert f"{round(value * 100, 6):g}%" in messages(zh)[0]


# --- what a roster says of its rows ---------------------------------------------------------------


@pytest.mark.parametrize("blank_rows", [0, 3])
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_header_with_no_rows_gives_no_zeros(tmp_path: Path, kind: str, blank_rows: int) -> None:
    rows: list[list[object]] = [HEADER, *[[""] * len(HEADER)] * blank_rows]
    if kind == "csv":
        path = tmp_path / "2022.csv"
        path.write_text(csv_text(rows), encoding="utf-8")
    else:
        path = _xlsx(tmp_path / "2022.xlsx", rows)
    zh, en = in_both_languages(path, 0, [(1, 1, "warning")])
    assert "不是 0" in messages(zh)[0]
    values = figures(path)["figures"]
    assert values
    assert all(v is None for v in values.values())  # type: ignore[union-attr]
    assert "│ 0 " not in zh.output
    strict = zg("roster", path, "--strict")
    assert_no_crash(strict, {1})
    piped = zg("roster", path, "--pipeline")  # no certificates followed from no rows: no path from 0
    assert_no_crash(piped, {0})
    assert "不续期仍有效" not in piped.output
    made = zg("new", "2022", "--roster", path, "--folder", tmp_path / "b")
    assert_no_crash(made, {0})
    written = yaml.safe_load((tmp_path / "b" / "2022.yaml").read_text(encoding="utf-8"))
    assert written["enterprises"] is None


ROWS_WARNED = {
    "issued-without-number": ({"issued": "2021-03-01"}, 5),
    "entered-next-year": ({"entered": "2023-01-01"}, 3),
    "entered-2030": ({"entered": "2030-01-01"}, 3),
    "entered-year-1": ({"entered": "0001-01-01"}, 3),
    "issued-1900": ({"issued": "1900-01-01", "certificate": "GR190015000001"}, 5),
}


@pytest.mark.parametrize(("cells", "column"), ROWS_WARNED.values(), ids=ROWS_WARNED.keys())
def test_a_doubtful_date_or_a_missing_number_is_warned_at_its_cell(
    tmp_path: Path, cells: dict[str, str], column: int
) -> None:
    path = tmp_path / "2022.csv"
    path.write_text(csv_text([HEADER, row(1, **cells)]), encoding="utf-8")
    in_both_languages(path, 0, [(2, column, "warning")])
    assert_no_crash(zg("roster", path, "--strict"), {1})
