"""Rounding never misleads: a figure below its threshold is never printed equal to it, and a gap
that is not zero never reads as zero."""

from __future__ import annotations

import csv
import io
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tests.conftest import make_baseline
from zone_gap.analysis.engine import evaluate
from zone_gap.figures.quantity import decimal_text, percent_text
from zone_gap.i18n import Lang
from zone_gap.render import Format, render
from zone_gap.render.numbers import ZERO, count, decimal, figure, percent, points, rate
from zone_gap.standard.model import Standard

F = Fraction


@pytest.mark.parametrize(
    ("value", "against", "shown"),
    [
        (F(55, 1000), (), "5.50%"),
        (F(9, 162), (), "5.56%"),
        (F(19999, 100000), (F(1, 5),), "19.999%"),  # not 20.00% beside ≥20.00%
        (F(199996, 1000000), (F(1, 5),), "19.9996%"),  # three places would still say 20.000
        (F(1, 5), (F(199996, 1000000),), "20.00%"),  # the threshold itself: zeros past two dropped
        (F(200004, 1000000), (F(1, 5),), "20.0004%"),
        (F(1, 5), (F(1, 5),), "20.00%"),  # equal exactly: nothing to tell apart
        (F(19994, 100000), (F(1, 5),), "19.99%"),  # two places tell them apart already
        (F(2645, 100000), (F(26451, 1000000),), "2.645%"),  # a threshold that itself rounds
        (F(26451, 1000000), (F(2645, 100000),), "2.6451%"),
        (F(5, 1000000), ZERO, "0.001%"),  # a gap is never 0.00: 0.0005 half-up to three places
        (F(-5, 1000000), ZERO, "-0.001%"),
        (F(1, 3), (F(1, 5), F(2, 5)), "33.33%"),
    ],
)
def test_percent_against(value: Fraction, against: tuple[Fraction, ...], shown: str) -> None:
    assert percent(value, against=against) == shown


def test_points_counts_and_decimals_against() -> None:
    assert points(F(4, 100000), against=ZERO) == "0.004"
    assert points(F(4, 100000)) == "0.00"  # what it printed before, on an unmet row
    assert points(F(4, 100000), sign=True, against=ZERO) == "+0.004"
    assert count(F(49999, 250), against=(F(200),)) == "199.996"  # a projected count beside 200
    assert count(F(49999, 250)) == "200.00"
    assert count(F(1999999, 10000), against=(F(200),)) == "199.9999"
    assert count(F(200), against=(F(49999, 250),)) == "200"
    assert count(F(1, 400), sign=True, against=ZERO) == "+0.003"
    assert decimal(F(9499, 10000), against=(F(95, 100), F(60, 100), F(0))) == "0.9499"
    assert decimal(F(-1, 1000), against=(F(0),)) == "-0.001"
    assert rate(0.19999, against=(F(1, 5),)) == "19.999%"
    assert rate(1e-12, against=ZERO) == "0.0000000001%"
    assert figure("count", F(199), against=(F(200),)) == "199"
    assert figure("ratio", F(19999, 100000), against=(F(1, 5),)) == "19.999%"


def test_percent_text_in_messages_and_the_csv_decimals() -> None:
    assert percent_text(F(2996, 10000), 1, against=[F(3, 10)]) == "29.96%"  # implied growth vs 30%
    assert percent_text(F(2996, 10000), 1) == "30.0%"
    assert decimal_text(F(1999999999, 100000000), 6, [F(20)]) == "19.99999999"
    assert decimal_text(F(1999999999, 100000000), 6) == "20.000000"


fractions = st.fractions(min_value=-2, max_value=2, max_denominator=10**12)


@given(fractions, fractions)
def test_a_value_and_its_threshold_never_print_alike_unless_equal(
    value: Fraction, threshold: Fraction
) -> None:
    assume(value != threshold)
    assert percent(value, against=[threshold]) != percent(threshold, against=[value])
    assert count(value, against=[threshold]) != count(threshold, against=[value])
    assert decimal_text(value, 6, [threshold]) != decimal_text(threshold, 6, [value])


@given(st.fractions(min_value=0, max_value=2, max_denominator=10**12))
def test_a_positive_gap_never_prints_as_zero(gap: Fraction) -> None:
    assume(gap > 0)
    for shown in (points(gap, against=ZERO), count(gap, against=ZERO), decimal(gap, against=ZERO)):
        assert Fraction(shown) != 0


@given(fractions)
def test_two_places_half_up_is_kept_where_nothing_is_hidden(value: Fraction) -> None:
    shown = percent(value)
    assert shown.partition(".")[2] == f"{shown.partition('.')[2][:2]}%"
    assert abs(Fraction(shown.rstrip("%")) - value * 100) <= F(1, 200)


# --- through the renderers --------------------------------------------------------------------------


def _just_short(standard: Standard, **figures: object) -> str:
    report = evaluate(standard, make_baseline(**figures), deadline=2023)
    return render(report, Format.MARKDOWN, Lang.EN)


def test_gap_table_shows_a_share_just_below_its_bar(standard: Standard) -> None:
    out = _just_short(standard, high_tech_revenue=199996, park_revenue=1000000)
    row = next(line for line in out.splitlines() if line.startswith("| └High-tech enterprises' revenue"))
    cells = [c.strip() for c in row.split("|")[1:-1]]
    shown = "0.0004 pp short (numerator ≈4 万元 short at today's denominator)"
    assert cells[1:5] == ["unmet", "19.9996%", "≥20.00%", shown]


def test_csv_never_rounds_a_share_up_to_its_bar(standard: Standard) -> None:
    report = evaluate(
        standard, make_baseline(high_tech_revenue=1999999999, park_revenue=10000000000), deadline=2023
    )
    out = render(report, Format.CSV, Lang.EN)
    row = next(r for r in csv.DictReader(io.StringIO(out.lstrip("\ufeff"))) if r["id"] == "revenue_share")
    assert (row["actual"], row["threshold"], row["gap"]) == ("19.99999999", "20", "0.00000001")


def test_a_share_just_beyond_its_written_rounding_says_so(standard: Standard) -> None:
    # "20%" stands for 19.5% … 20.5%; 20.5001% is beyond it, and must not print as 20.50%
    report = evaluate(
        standard,
        make_baseline(high_tech_revenue=205001, park_revenue=1000000, high_tech_revenue_share="20%"),
        deadline=2023,
    )
    (caveat,) = report.caveats
    assert "20.5001%" in caveat.message.render(Lang.EN)
