"""Rows read a column at a time (``_Reader.clean``) give what the same rows read one at a time
give: the same enterprises and the same problems, at the same cells, for any mix of good and bad
cells, as a CSV gives them (text) and as a workbook does (numbers, dates, text). The column-at-a-
time reading only decides that nothing is to be said; anything else is left to the row's reading."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from zone_gap.io.problem import Problem
from zone_gap.roster import model
from zone_gap.roster.cells import all_kept, kept
from zone_gap.roster.credit_code import make_code
from zone_gap.roster.model import Enterprise, _Reader
from zone_gap.roster.read import Cell, Rows
from zone_gap.standard.model import enterprise_standards, load_standard

EXAMPLE = ROOT / "examples" / "roster" / "2022.csv"
HEADER = EXAMPLE.read_text(encoding="utf-8-sig").splitlines()[1].split(",")
STANDARDS = enterprise_standards(load_standard(ROOT / "standards" / "inner-mongolia-2020.yaml"))
DAY = date(2022, 12, 31)

CODE = st.builds(lambda n: make_code(f"91150204MA0T{n:04d}"), st.integers(0, 30))
DAY_CELLS = st.one_of(
    st.sampled_from(["", "2020-01-05", "2020/1/5", "2021年3月1日"]),
    st.dates(date(1990, 1, 1), DAY),
    st.builds(datetime, st.just(2021), st.integers(1, 12), st.just(1)),
)
NUMBER_CELLS = st.one_of(st.sampled_from(["", "", "0", "12", "12.5", "1.5", "200"]), st.integers(0, 300))
CLEAN = {
    "企业名称": st.sampled_from(["甲公司", "乙公司", "丙公司", "丁公司"]),
    "统一社会信用代码": CODE,
    "入驻日期": DAY_CELLS,
    "迁出日期": st.just(""),
    "高企证书编号": st.just(""),
    "高企发证日期": st.just(""),
    "科技型中小企业": st.sampled_from(["是", "否", ""]),
}
"""Cells with nothing to say, each alone (a row of them may still say something: a code twice,
a part above its whole, a date after another)."""
DIRTY = {
    "企业名称": st.sampled_from(["", " 丁公司 "]),
    "统一社会信用代码": st.sampled_from(["91150204MA0R0001KJ", "", "9115020", 9.11502e17]),
    "入驻日期": st.sampled_from(
        ["2023-01-02", "1900-01-01", "2020-13-01", "2022-03-01 10:00", "#N/A", 44927.0]
    ),
    "迁出日期": DAY_CELLS,
    "高企证书编号": st.sampled_from(
        ["GR202015000001", "GR202115000002", "GR2020", "XX1", "ＧＲ202015000001"]
    ),
    "高企发证日期": DAY_CELLS,
    "科技型中小企业": st.sampled_from(["maybe", True, 1.0]),
}
DIRTY_NUMBERS = st.one_of(
    st.sampled_from(["-1", "1,234", "1.2万", "abc", " 7 ", "12%", "1e3"]),
    st.integers(-3, -1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.5, 3.0, 250.0, False]),
)


def row_of(
    cells: dict[str, st.SearchStrategy[Any]], numbers: st.SearchStrategy[Any]
) -> st.SearchStrategy[list[Any]]:
    return st.tuples(*(cells.get(h, numbers) for h in HEADER)).map(list)


CLEAN_ROW = row_of(CLEAN, NUMBER_CELLS)
DIRTY_ROW = row_of(DIRTY, DIRTY_NUMBERS)


@st.composite
def one_cell_off(draw: st.DrawFn) -> list[Any]:
    """A clean row but for one cell."""
    row, dirty = draw(CLEAN_ROW), draw(DIRTY_ROW)
    at = draw(st.integers(0, len(HEADER) - 1))
    row[at] = dirty[at]
    return row


ROWS = st.lists(
    st.one_of(CLEAN_ROW, CLEAN_ROW, one_cell_off(), DIRTY_ROW, st.just([]), CLEAN_ROW.map(lambda r: r[:5])),
    min_size=1,
    max_size=12,
)


def as_text(cell: Any) -> str:
    """A cell as a CSV holds it: text."""
    if isinstance(cell, datetime):
        return cell.strftime("%Y-%m-%d %H:%M")
    return "" if cell is None else str(cell)


def read(rows: list[list[Cell]], chunk: int, *, columns: bool) -> tuple[list[Enterprise], list[Problem]]:
    numbered = [(1, HEADER), *((n, r) for n, r in enumerate(rows, start=2))]
    text = all(isinstance(c, str) for row in rows for c in row)
    reader = _Reader(Rows("2022.csv", numbered, [], text=text), STANDARDS, DAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(model, "_CHUNK", chunk)
        if not columns:
            patch.setattr(_Reader, "clean", lambda self, chunk, width: None)
        else:
            clean = _Reader.clean

            def counted(self: _Reader, chunk: list[tuple[int, Sequence[Cell]]], width: int) -> Any:
                made = clean(self, chunk, width)
                CLEAN_READS.append(made is not None)
                return made

            patch.setattr(_Reader, "clean", counted)
        enterprises = reader.read(iter(numbered))
    return enterprises, sorted(reader.problems, key=Problem.order)


CLEAN_READS: list[int] = []
"""How many chunks the column-at-a-time reading took, over the examples tried (not none)."""


def same(rows: list[list[Cell]], chunk: int) -> None:
    by_columns = read(rows, chunk, columns=True)
    by_rows = read(rows, chunk, columns=False)
    assert by_columns[1] == by_rows[1]
    assert by_columns[0] == by_rows[0]


@settings(max_examples=300, deadline=None)
@given(ROWS, st.integers(1, 4))
def test_text_rows_read_by_columns_as_by_rows(rows: list[list[Any]], chunk: int) -> None:
    same([[as_text(c) for c in row] for row in rows], chunk)


@settings(max_examples=300, deadline=None)
@given(ROWS, st.integers(1, 4))
def test_sheet_rows_read_by_columns_as_by_rows(rows: list[list[Any]], chunk: int) -> None:
    same(rows, chunk)


def test_the_examples_tried_were_read_by_columns_too() -> None:
    # run after the two above (in file order): the comparison meant something only if the
    # column-at-a-time reading took chunks as well as left them
    assert sum(CLEAN_READS) >= 50
    assert len(CLEAN_READS) - sum(CLEAN_READS) >= 50


def test_clean_rows_are_read_by_columns() -> None:
    # the case the other tests hold the reading to: rows with nothing to say are read by columns
    good = [as_text(c) for c in ["甲公司", make_code("91150204MA0T0001"), "2020-01-05", "", "GR202015000001",
            "2020-06-01", "是", "12.5", "3", *[""] * (len(HEADER) - 9)]]  # fmt: skip
    numbered = [(1, HEADER), (2, good)]
    reader = _Reader(Rows("2022.csv", numbered, [], text=True), STANDARDS, DAY)
    reader.find_header(iter(numbered[:1]))
    reader.header(1, HEADER)
    reader.layout()
    made = reader.clean(numbered[1:], len(HEADER))
    assert made is not None
    assert made[0].issued == date(2020, 6, 1)
    assert reader.problems == []


KEPT_CELLS = st.one_of(
    st.text(alphabet="0123456789.-+ ,\n%万e", max_size=6),
    st.integers(-5, 5),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([None, "", True, False, 0, 0.0, 2.5, 3.0]),
)


@given(st.lists(KEPT_CELLS, min_size=1, max_size=8), st.sampled_from(["amount", "count", "number", "share"]))
def test_a_column_is_kept_as_its_every_cell_is(cells: Sequence[Cell], unit: str) -> None:
    expected = all(kept(c, unit) for c in cells)
    assert all_kept(unit)(cells, False) == expected
    if all(isinstance(c, str) for c in cells):
        assert all_kept(unit)(cells, True) == expected
