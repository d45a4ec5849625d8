"""Projection to the deadline, on series worked out by hand."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import make_baseline
from zone_gap.analysis.projection import Projection, project
from zone_gap.figures.calendar import point_time
from zone_gap.maths.trend import RANK, Category, Trend
from zone_gap.standard.model import Standard

F = Fraction


def series(standard: Standard, deadline: int = 2023, **columns: list[object]) -> dict[str, Projection]:
    """Baselines from 2020 on, one per value in each column (``None`` leaves the figure out)."""
    years = len(next(iter(columns.values())))
    baselines = [
        make_baseline(year=2020 + i, **{k: v[i] for k, v in columns.items() if v[i] is not None})
        for i in range(years)
    ]
    return project(standard, baselines, deadline=deadline).by_id()


def test_two_points_their_difference_per_year(standard: Standard) -> None:
    # 2022: 170 → 2023: 180, deadline 2024. Slope 10; projected 180 + 10 = 190; required 200 − 180 = 20;
    # R = 0.5: limited progress. The trend reaches 200 in 2025 (180 + 10 × 2).
    row = series(standard, 2024, enterprises=[None, None, 170, 180])["enterprise_count"]
    assert (row.projected, row.required_per_year, row.observed_per_year, row.ratio) == (190, 20, 10, F(1, 2))
    assert row.category is Category.LIMITED_PROGRESS
    assert row.reach_year == 2025
    assert row.points == 2


def test_three_points_growth_met_each_year_but_at_risk(standard: Standard) -> None:
    # 9 → 12 → 16 meets 30% in 2021 and 2022 (33%); least-squares slope 3.5, so 2023 is 16 → 19.5:
    # 3.5 / 16 = 21.9% < 30%. Met today, projected to fall back: at risk. R = 0.21875 / 0.3 = 0.73.
    row = series(standard, high_tech_enterprises=[9, 12, 16])["high_tech_growth"]
    assert row.projected == F(7, 32)
    assert row.at_risk
    assert row.category is Category.ACCELERATION_NEEDED
    assert row.ratio == F(7, 32) / F(3, 10)
    assert [n.params["year"] for n in row.notes if n.key == "growth_year"] == [2021, 2022]


def test_four_points_share_through_numerator_and_denominator(standard: Standard) -> None:
    # 10/100, 14/110, 18/120, 22/130 (2020–2023) with no tech-based SMEs; deadline 2024. By parts:
    # 26/140 = 18.57%, not the 19.2% that extrapolating the share would give. Required 20% − 22/130;
    # R ≈ 0.535. 22 + 4k ≥ 0.2 × (130 + 10k) ⇔ k ≥ 2: reached in 2025.
    found = series(
        standard,
        2024,
        enterprises=[100, 110, 120, 130],
        high_tech_enterprises=[10, 14, 18, 22],
        tech_smes=[0, 0, 0, 0],
        tech_smes_also_high_tech=[0, 0, 0, 0],
    )
    row = found["park_share"]
    assert row.projected == F(26, 140)
    assert row.observed_per_year == F(26, 140) - F(22, 130)
    assert row.category is Category.LIMITED_PROGRESS
    assert row.reach_year == 2025
    assert any(n.key == "projected_by_parts" for n in row.notes)
    assert found["high_tech_share"].best_branch == "park_share"


def test_zero_base_uses_the_linear_method_and_says_so(standard: Standard) -> None:
    # 0 → 2 → 4 institutions: no compound rate from zero; slope 2, projected 6, required 6, R = 1/3.
    row = series(standard, rd_institutions=[0, 2, 4])["rd_institutions"]
    assert row.observed_cagr is None
    assert any(n.key == "zero_base_linear" for n in row.notes)
    assert (row.projected, row.ratio, row.reach_year) == (6, F(1, 3), 2025)
    assert row.category is Category.LIMITED_PROGRESS


def test_growth_from_a_zero_base_never_divides_by_zero(standard: Standard) -> None:
    # 0 → 0 → 3: 2021 has no rate and no increase (unmet), 2022 grows from zero (met). Least-squares
    # slope 1.5; the trend's 2023 growth is 1.5 / 3 = 50%: achieved. No compound rate from zero.
    row = series(standard, high_tech_enterprises=[0, 0, 3])["high_tech_growth"]
    assert (row.category, row.projected, row.observed_cagr) == (Category.ACHIEVED, F(1, 2), None)
    assert any(n.key == "zero_base_linear" for n in row.notes)


def test_mid_year_figures_use_fractional_years(standard: Standard) -> None:
    # 2021: 180; 2022-06-30: 190 (181 days into 2022). Slope 10 / (181/365); 1 + 184/365 years left.
    baselines = [
        make_baseline(year=2021, enterprises=180),
        make_baseline(year=2022, as_of=date(2022, 6, 30), enterprises=190),
    ]
    report = project(standard, baselines, deadline=2023)
    assert report.mid_year == ("2022 (2022-06-30)",)
    assert report.years_left == 1 + F(184, 365)
    row = report.by_id()["enterprise_count"]
    assert row.observed_per_year == F(10) / F(181, 365)
    # 10 more in 1 + 184/365 years is 6.65 a year: whole enterprises, so 7, as `check` asks.
    assert row.required_per_year == 7
    assert row.category is Category.ON_TRACK


def test_one_point_is_insufficient_data(standard: Standard) -> None:
    row = series(standard, enterprises=[162])["enterprise_count"]
    assert row.category is Category.INSUFFICIENT_DATA
    assert row.projected is None


def test_rd_intensity_against_the_deadlines_national_average(standard: Standard) -> None:
    row = series(standard, 2026, rd_intensity=["2.0%", "2.2%"])["rd_intensity"]
    assert row.threshold == F(269, 10000)  # 2026 unknown: the latest known, 2024
    assert any(n.key == "reference_fallback" for n in row.notes)


def test_point_time() -> None:
    assert point_time(2022, None) == 2022
    assert point_time(2022, date(2022, 12, 31)) == 2022
    assert point_time(2022, date(2022, 6, 30)) == 2021 + F(181, 365)


COUNTS = st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=5)


@given(start=st.integers(min_value=0, max_value=500), length=st.integers(min_value=1, max_value=6))
def test_linear_projection_of_a_constant_series_is_that_constant(start: int, length: int) -> None:
    line = Trend(tuple(F(2018 + i) for i in range(length)), tuple(F(start) for _ in range(length)))
    projected = line.at(F(2030))
    assert projected == (start if length >= 2 else None)


@given(start=st.integers(min_value=200, max_value=400), increases=COUNTS)
def test_a_series_that_already_meets_the_threshold_is_achieved(
    standard: Standard, start: int, increases: list[int]
) -> None:
    values = [start]
    for step in increases:
        values.append(values[-1] + step)
    row = series(standard, 2020 + len(values), enterprises=values)["enterprise_count"]
    assert row.category is Category.ACHIEVED


@given(start=st.integers(min_value=0, max_value=250), increases=COUNTS)
def test_doubling_every_increase_never_lowers_the_category(
    standard: Standard, start: int, increases: list[int]
) -> None:
    def category(steps: list[int]) -> Category:
        values = [start]
        for step in steps:
            values.append(values[-1] + step)
        return series(standard, 2020 + len(values), enterprises=values)["enterprise_count"].category

    assert RANK[category([2 * s for s in increases])] >= RANK[category(increases)]


@pytest.mark.parametrize(("values", "slope"), [([1, 2, 4], F(3, 2)), ([5, 5], F(0)), ([3, 1], F(-2))])
def test_least_squares_slope(values: list[int], slope: Fraction) -> None:
    line = Trend(tuple(F(i) for i in range(len(values))), tuple(F(v) for v in values))
    assert line.slope == slope
