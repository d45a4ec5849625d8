from datetime import date
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from zone_gap.figures.calendar import years_left
from zone_gap.maths.growth import (
    count_to_reach,
    growth_rate,
    minimum_path,
    required_cagr,
    required_per_year,
)


def test_required_enterprises_per_year_is_rounded_up() -> None:
    # 162 → 200 in three years: 38 / 3 = 12.67, so 13 a year (the district's own plan says +13).
    assert required_per_year(Fraction(162), Fraction(200), Fraction(3), whole=True) == 13
    # 3 → 10 institutions: 7 / 3 = 2.33, so 3 a year (the plan says +3).
    assert required_per_year(Fraction(3), Fraction(10), Fraction(3), whole=True) == 3


def test_required_share_per_year_is_exact() -> None:
    assert required_per_year(Fraction(1, 100), Fraction(265, 10000), Fraction(3), whole=False) == Fraction(
        55, 10000
    )


def test_nothing_is_required_once_the_target_is_reached_and_nothing_without_time() -> None:
    assert required_per_year(Fraction(210), Fraction(200), Fraction(3), whole=True) == 0
    assert required_per_year(Fraction(100), Fraction(200), Fraction(0), whole=True) is None
    assert required_cagr(Fraction(100), Fraction(200), Fraction(0)) is None


def test_cagr_of_the_notice_figures() -> None:
    rate = required_cagr(Fraction(162), Fraction(200), Fraction(3))
    assert rate is not None
    assert round(rate, 5) == 0.07277  # (200/162)^(1/3) − 1
    assert required_cagr(Fraction(0), Fraction(10), Fraction(3)) is None  # nothing multiplies zero upward


def test_growth_rate_is_year_on_year_and_undefined_from_zero() -> None:
    assert growth_rate(Fraction(9), Fraction(12)) == Fraction(1, 3)
    assert growth_rate(Fraction(0), Fraction(5)) is None


def test_minimum_path_grows_at_least_the_rate_in_whole_enterprises() -> None:
    assert minimum_path(9, Fraction(3, 10), 3) == [12, 16, 21]  # 11.7→12, 15.6→16, 20.8→21


def test_years_left_counts_mid_year_figures_in_days() -> None:
    assert years_left(2020, 2023) == 3
    half = years_left(2022, 2023, date(2022, 6, 30))
    assert half == 1 + Fraction(184, 365)


@given(
    actual=st.integers(min_value=0, max_value=10_000),
    target=st.integers(min_value=0, max_value=10_000),
    years=st.integers(min_value=1, max_value=20),
)
def test_whole_yearly_increments_always_reach_the_target(actual: int, target: int, years: int) -> None:
    step = required_per_year(Fraction(actual), Fraction(target), Fraction(years), whole=True)
    assert step is not None
    assert actual + step * years >= target
    assert step == 0 or actual + (step - 1) * years < target  # and no more than needed


@given(
    actual=st.integers(min_value=1, max_value=10_000),
    target=st.integers(min_value=1, max_value=10_000),
    years=st.integers(min_value=1, max_value=20),
)
def test_compounding_the_required_rate_reaches_the_target(actual: int, target: int, years: int) -> None:
    rate = required_cagr(Fraction(actual), Fraction(target), Fraction(years))
    assert rate is not None
    reached = actual * (1 + rate) ** years
    assert reached >= target * (1 - 1e-9) or actual >= target


# --- How many more enterprises close a share's gap -------------------------------------------------


@pytest.mark.parametrize(
    ("part", "whole", "threshold", "nested", "more"),
    [
        (15, 230, Fraction(1, 4), True, 57),  # (15 + 57) / (230 + 57) = 25.09%
        (15, 230, Fraction(1, 4), False, 43),  # 25% × 230 = 57.5 → 58 at today's 230
        (9, 162, Fraction(1, 5), False, 24),  # 32.4 − 9 = 23.4 → 24
        (60, 230, Fraction(1, 4), True, 0),  # met already
        (3, 4, Fraction(1), True, None),  # 100%: (3 + x) / (4 + x) never gets there
        (4, 4, Fraction(1), True, 0),
        (3, 4, Fraction(1), False, 1),
        (0, 0, Fraction(1, 4), True, 0),
    ],
)
def test_count_to_reach(part: int, whole: int, threshold: Fraction, nested: bool, more: int | None) -> None:
    assert count_to_reach(Fraction(part), Fraction(whole), threshold, nested=nested) == more


@given(
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=1, max_value=10_000),
    st.fractions(min_value=0, max_value=1, max_denominator=10_000),
)
def test_nested_count_is_the_least_that_reaches_the_bar(part: int, extra: int, threshold: Fraction) -> None:
    whole = part + extra  # the park's enterprises are among the whole's
    more = count_to_reach(Fraction(part), Fraction(whole), threshold, nested=True)
    if threshold == 1:
        assert more is None
        return
    assert more is not None
    assert Fraction(part + more, whole + more) >= threshold
    if more > 0:
        assert Fraction(part + more - 1, whole + more - 1) < threshold


@given(
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=1, max_value=10_000),
    st.fractions(min_value=0, max_value=1, max_denominator=10_000),
)
def test_count_at_todays_denominator_is_the_least_that_reaches_the_bar(
    part: int, extra: int, threshold: Fraction
) -> None:
    whole = part + extra
    more = count_to_reach(Fraction(part), Fraction(whole), threshold, nested=False)
    assert more is not None
    assume(part + more <= whole)
    assert Fraction(part + more, whole) >= threshold
    if more > 0:
        assert Fraction(part + more - 1, whole) < threshold
