"""The terminal tables through a pipe and in a narrow terminal, run as a user runs the program: piped
output at each table's natural width, COLUMNS obeyed, and below a usable width a list that still
shows every name and figure."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rich.cells import cell_len

from tests.conftest import ROOT
from zone_gap.render.sheet import Block, Group, Row
from zone_gap.render.table import MIN_COLUMN, column_widths
from zone_gap.render.terminal import terminal_width

BORDERS = set("│┃┏┓┗┛┡┩┘├┤┼━─╇╈┳┻")
"""What rich draws a table with (``└`` is left out: a branch's name starts with it)."""


def zone_gap(*args: str, columns: str | None = None) -> str:
    """The real program with its standard output piped, as in ``zone-gap check | less``."""
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
    env["NO_COLOR"] = "1"
    if columns is not None:
        env["COLUMNS"] = columns
    result = subprocess.run(
        [sys.executable, "-m", "zone_gap", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


def table_pieces(drawn: str) -> list[str]:
    """Every piece of text inside the table cells of a drawn table."""
    pieces = []
    for line in drawn.splitlines():
        if line.startswith("│"):  # the body; a list shows each column's name only where it has a value
            pieces += [p.strip() for p in line.strip("│").split("│") if p.strip()]
    return pieces


LEDGER = ["check", "--group-by", "department"]


def test_piped_output_is_drawn_at_natural_width() -> None:
    drawn = zone_gap(*LEDGER)
    rows = [line for line in drawn.splitlines() if line.startswith("│")]
    widths = {cell_len(line) for line in rows}
    assert len(widths) == 1  # one table
    assert widths.pop() > 200  # its natural width, far past the 80 or 120 columns it used to fold at
    pieces = table_pieces(drawn)
    # a department's name and the longest criterion names each whole in one cell
    assert "包头金属深加工园区管委会" in pieces
    assert "└高企和科技型中小企业占园区企业总数 [6]" in pieces
    assert "包头金属深加工园区管委会、区工信局、区发改委、区商务局、区市场监督管理局、区教育局" in pieces


def test_columns_is_respected_when_piped() -> None:
    drawn = zone_gap("check", columns="100")
    assert "┃ 指标" in drawn  # still a table
    assert max(cell_len(line) for line in drawn.splitlines()) <= 100


@pytest.mark.parametrize("args", [["check"], LEDGER, ["plan"], ["project"]])
def test_a_narrow_terminal_gets_a_list_with_every_name_and_figure(args: list[str]) -> None:
    narrow = zone_gap(*args, columns="40")
    lines = narrow.splitlines()
    assert max(cell_len(line) for line in lines) <= 40
    assert not BORDERS & set(narrow)  # no table left
    flat = "".join(line.strip() for line in lines).replace(" ", "")
    pieces = table_pieces(zone_gap(*args))
    assert len(pieces) > 20
    missing = [p for p in pieces if p.replace(" ", "") not in flat]
    assert missing == []


def test_a_list_names_each_row_then_its_cells_under_their_columns() -> None:
    lines = zone_gap("check", columns="40").splitlines()
    at = lines.index("  入驻企业数 — 未达标")
    assert lines[at + 1 : at + 6] == [
        "    现状：162",
        "    标准：≥200",
        "    差距：38 家",
        "    每年需增：+13 家/年",
        "    需年均增速：7.28%",
    ]
    assert "产业方面" in lines


# --- the rule, as a function -------------------------------------------------------------------


def block(*rows: list[str], title: str | None = None) -> Block:
    columns = ["名称", "状态", "数值"]
    return Block("表", columns, [Group(title, [Row(list(r)) for r in rows])])


def test_natural_widths_without_a_terminal() -> None:
    wide = block(["包头金属深加工园区管委会的一个很长的名称", "未达标", "14.50 个百分点"])
    assert column_widths(wide, None) == [40, 6, 14]


def test_a_table_narrows_its_widest_column_first_and_keeps_the_floors() -> None:
    wide = block(["包头金属深加工园区管委会的一个很长的名称", "未达标", "14.50 个百分点"], title="区科技局")
    assert column_widths(wide, 3 * 3 + 1 + 60) == [40, 6, 14]  # fits as it is
    assert column_widths(wide, 3 * 3 + 1 + 40) == [20, 6, 14]
    assert column_widths(wide, 3 * 3 + 1 + 26) == [10, 6, 10]
    floors = 8 + 6 + MIN_COLUMN  # the heading 区科技局 (8 cells), the status, the floor
    assert column_widths(wide, 3 * 3 + 1 + floors) == [8, 6, 8]
    assert column_widths(wide, 3 * 3 + 1 + floors - 1) is None  # a list instead


def test_a_group_heading_is_never_broken() -> None:
    ledger = block(["甲", "未知", "1"], title="包头金属深加工园区管委会")
    assert column_widths(ledger, 3 * 3 + 1 + 24 + 4 + 4) == [24, 4, 4]  # headings 名称 状态 数值
    assert column_widths(ledger, 3 * 3 + 1 + 24 + 4 + 4 - 1) is None


class Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty

    def fileno(self) -> int:
        raise OSError("no descriptor")


@pytest.mark.parametrize(
    ("columns", "tty", "expected"),
    [("72", False, 72), ("72", True, 72), (None, False, None), ("", False, None), ("abc", False, None)],
)
def test_terminal_width(columns: str | None, tty: bool, expected: int | None) -> None:
    environ = {} if columns is None else {"COLUMNS": columns}
    assert terminal_width(Stream(tty), environ) == expected  # type: ignore[arg-type]


def test_a_terminal_whose_size_cannot_be_read_is_drawn_at_natural_width() -> None:
    assert terminal_width(Stream(True), {}) is None  # type: ignore[arg-type]
    assert terminal_width(Stream(False), {"COLUMNS": "0"}) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("columns", ["40", "60", "80", "120", "200"])
def test_roster_fits_the_terminal_and_never_breaks_an_identifier(columns: str) -> None:
    """`roster` and `roster --pipeline` at 40–200 columns: no line wider than the terminal, and
    every credit code, key and figure of the example whole on one line."""
    import json

    example = "examples/roster/2022.xlsx"
    found = json.loads(zone_gap("roster", example, "--pipeline", "--format", "json"))
    codes = {c["credit_code"] for c in found["pipeline"]["candidates"]}
    codes |= {e["credit_code"] for e in found["enterprises"]["high_tech_enterprises"]}
    for args in (("roster", example), ("roster", example, "--pipeline")):
        drawn = zone_gap(*args, columns=columns)
        assert max(cell_len(line) for line in drawn.splitlines()) <= int(columns), args
        lines = drawn.splitlines()
        for code in (
            codes
            if "--pipeline" in args
            else codes & {e["credit_code"] for e in found["enterprises"]["high_tech_enterprises"]}
        ):
            assert any(code in line for line in lines), (code, args)
        for key, value in found["figures"].items():
            assert any(key in line for line in lines), key
            assert any(str(value) in line for line in lines), (key, value)
        if "--pipeline" in args and int(columns) >= 80:  # each score as said, never cut nor broken
            for candidate in found["pipeline"]["candidates"]:
                for judged in candidate["standards"].values():
                    score = judged["score"]
                    if score is not None:
                        low, high = score["low"], score["high"]
                        said = f"（{low}分）" if low == high else f"（{low}–{high}分）"
                        assert any(said in line for line in lines), (candidate["name"], said)
