from datetime import date
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from zone_gap.growth import growth_rate, minimum_path, required_cagr, required_per_year, years_left


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
