"""The shortcuts a roster's reader takes for its 100,000 rows give what the long way gives: a cell
kept as written reads as ``read_number`` reads it, with nothing to say about it; a column of them
sums exactly; the kept cells answer as the dictionary they stand for; and the rows read one at a
time are refused as they were when read whole."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zone_gap.i18n import Lang
from zone_gap.io.problem import InputError
from zone_gap.roster.cells import Amounts, column, exact, exact_sum, kept, read_number
from zone_gap.roster.credit_code import check_character
from zone_gap.roster.model import read_roster
from zone_gap.roster.read import _lines

UNITS = ("amount", "count", "number", "share", "rate")
written = st.text(alphabet="0123456789.+-, 万亿%\u3000١", max_size=12)
numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.decimals(places=3, allow_nan=False, allow_infinity=False).map(float),
)


@given(written, st.sampled_from(UNITS))
def test_text_kept_as_written_reads_as_read_number_reads_it(cell: str, unit: str) -> None:
    if kept(cell, unit):
        found = read_number(cell, unit)
        assert (found.error, found.warning) == (None, None)
        assert found.value == exact(cell)
        assert type(exact(cell)) in (Fraction, type(None))


@given(numbers, st.sampled_from(UNITS))
def test_a_number_cell_kept_reads_as_read_number_reads_it(cell: float, unit: str) -> None:
    if kept(cell, unit):
        found = read_number(cell, unit)
        assert (found.error, found.warning) == (None, None)
        assert found.value == exact(cell)


def test_what_is_kept_and_what_is_read() -> None:
    for cell in ("", "0", "12", "12.50", "007"):
        assert kept(cell, "amount")
    for cell in (" 12", "-1", "+1", "1.", ".5", "1,234", "1.2万", "١٢", "1e3"):
        assert not kept(cell, "amount"), cell
    assert kept("12", "count")
    assert not kept("12.0", "count")  # whole, but read_number says so
    assert not kept("12%", "share")
    assert kept("", "share")
    assert kept(1234.1, "amount")
    assert not kept(-0.5, "amount")
    assert not kept(2.5, "count")
    assert not kept(float("inf"), "number")
    assert not kept(True, "count")


@given(st.lists(st.one_of(st.decimals(places=4, min_value=0, max_value=10**9).map(str), numbers)))
def test_a_column_sums_exactly(cells: list[str | float]) -> None:
    cells = [c for c in cells if not isinstance(c, float) or c == c and abs(c) != float("inf")]
    by_fraction = sum((exact(c) or Fraction(0) for c in cells), Fraction(0))
    assert exact_sum(cells) == by_fraction
    mixed = [*cells, Fraction(1, 3), Fraction(-2, 7)]
    assert exact_sum(mixed) == by_fraction + Fraction(1, 3) - Fraction(2, 7)


def test_a_sum_keeps_every_digit() -> None:
    cells = ["0.000000000000000000000000000001", "100000000000000000000000000000"]
    assert exact_sum(cells) == Fraction(Decimal(cells[0])) + Fraction(Decimal(cells[1]))


def test_kept_cells_answer_as_the_dictionary_they_stand_for() -> None:
    places = {"park_revenue": 0, "staff": 1, "latest_sales": 2, "sales_revenue": 2}
    amounts = Amounts(places, ("12.5", "", 3000.0))
    as_dict = {
        "park_revenue": Fraction(25, 2),
        "staff": None,
        "latest_sales": Fraction(3000),
        "sales_revenue": Fraction(3000),
    }
    assert amounts == as_dict
    assert as_dict == amounts
    assert dict(amounts) == as_dict
    assert list(amounts) == list(as_dict)
    assert len(amounts) == 4
    assert "staff" in amounts
    assert "total_cost" not in amounts
    assert amounts.get("total_cost") is None
    with pytest.raises(KeyError):
        amounts["total_cost"]
    assert repr(amounts) == repr(as_dict)
    assert amounts.given(["staff", "latest_sales"]) == {"latest_sales": 3000}
    other = Amounts(places, ("1", "2", "3"))
    assert column([amounts, other, {"park_revenue": Fraction(1, 3)}], "park_revenue") == [
        "12.5",
        "1",
        Fraction(1, 3),
    ]
    assert column([amounts, other], "staff") == ["", "2"]


@given(st.text(alphabet='a,"\r\n\u2028\x0c', max_size=30))
def test_a_csv_is_split_into_lines_as_a_string_io_splits_it(text: str) -> None:
    assert list(_lines(text)) == list(io.StringIO(text, newline=""))
    assert list(csv.reader(_lines(text))) == list(csv.reader(io.StringIO(text, newline="")))


def code(n: int) -> str:
    body = f"91150204MA0T{n:04d}X"
    return body + str(check_character(body))


def write(path: Path, rows: list[list[str]], tail: str = "") -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue() + tail, encoding="utf-8")
    return path


def test_a_csv_the_csv_module_cannot_split_is_refused_for_that_alone(tmp_path: Path) -> None:
    # a cell longer than the csv module takes, far below the header and below a row with an error;
    # the file's name has no year
    rows = [["企业名称", "统一社会信用代码"], ["甲", "not a code"], *[["乙", code(2)]] * 50]
    path = write(tmp_path / "roster.csv", rows, f'丙,"{"x" * (csv.field_size_limit() + 1)}"\r\n')
    with pytest.raises(InputError) as raised:
        read_roster(path)
    (problem,) = raised.value.problems
    assert problem.message.key == "roster_csv"
    assert "field larger than field limit" in problem.message.render(Lang.EN)
