"""Class 6 — rounding never shows an unmet share as equal to its bar.

Shares of 19.9999%, 19.9995% and 19.999999% against a 20% bar, built from counts (high-tech
enterprises and tech-based SMEs over enterprises), from amounts (high-tech revenue over park revenue)
and as a reported share, in check's table, Markdown and CSV: on the unmet row the actual cell never
reads the same as the threshold cell, and the gap is never all zeros.
"""

from __future__ import annotations

import csv
import io
import re
from fractions import Fraction
from pathlib import Path

import pytest

from tests.hostile._support import assert_no_crash, write, zg

SHARES = {
    "19.9999%": Fraction(199999, 1000000),
    "19.9995%": Fraction(199995, 1000000),
    "19.999999%": Fraction(19999999, 100000000),
}


def _figures(source: str, shown: str) -> str:
    share = SHARES[shown]
    scale = share.denominator * 10  # whole numbers everywhere
    if source == "counts":  # park_share: (high-tech + SMEs − overlap) / enterprises
        part = share.numerator * 10
        return (
            f"enterprises: {scale}\nhigh_tech_enterprises: {part // 2}\n"
            f"tech_smes: {part - part // 2}\ntech_smes_also_high_tech: 0\n"
        )
    if source == "amounts":
        return f"park_revenue: {scale}\nhigh_tech_revenue: {share.numerator * 10}\n"
    return f"high_tech_revenue_share: {shown}\n"


BRANCH = {
    "counts": ("park_share", "└高企和科技型中小企业"),
    "amounts": ("revenue_share", "└高企营业收入"),
    "reported": ("revenue_share", "└高企营业收入"),
}


def _cells_from_rows(text: str, label: str, sep: str) -> tuple[str, str, str]:
    rows = [line for line in text.splitlines() if label in line]
    assert rows, f"no row {label!r}:\n{text}"
    cells = [c.strip() for c in rows[0].strip().strip(sep).split(sep)]
    # name, status, actual, threshold, gap, …
    assert cells[1] == "未达标", cells
    return cells[2], cells[3], cells[4]


def _cells_from_csv(text: str, branch: str) -> tuple[str, str, str]:
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    row = next(r for r in rows if r["编号"] == branch)
    assert row["状态"] == "未达标", row
    return row["现状"], row["标准"], row["差距"]


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv"])
@pytest.mark.parametrize("shown", list(SHARES))
@pytest.mark.parametrize("source", list(BRANCH))
def test_an_unmet_share_never_reads_as_its_bar(tmp_path: Path, source: str, shown: str, fmt: str) -> None:
    path = write(tmp_path / "b" / "2020.yaml", f"park: 测试园区\nyear: 2020\n{_figures(source, shown)}")
    result = zg("check", "--format", fmt, path)
    assert_no_crash(result, {1})
    branch, label = BRANCH[source]
    if fmt == "csv":
        actual, threshold, gap = _cells_from_csv(result.stdout, branch)
    else:
        actual, threshold, gap = _cells_from_rows(result.stdout, label, "│" if fmt == "table" else "|")
    assert actual.strip("≥%") != threshold.strip("≥%"), f"actual {actual!r} reads as the bar {threshold!r}"
    number = re.match(r"-?[\d.]+", gap.strip("+"))
    assert number, f"no gap shown: {gap!r}"
    assert re.search(r"[1-9]", number.group(0)), f"an unmet row with a gap of {gap!r}"
