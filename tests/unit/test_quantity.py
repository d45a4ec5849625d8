from fractions import Fraction

import pytest
from pydantic import ValidationError

from tests.conftest import make_baseline
from zone_gap.quantity import Percent


@pytest.mark.parametrize(
    ("text", "value", "decimals"),
    [
        ("5.5%", Fraction(55, 1000), 1),
        ("4%", Fraction(4, 100), 0),
        (" 2.40 % ", Fraction(24, 1000), 2),
        ("-3%", Fraction(-3, 100), 0),
    ],
)
def test_percent_is_parsed_exactly_with_its_rounding(text: str, value: Fraction, decimals: int) -> None:
    parsed = Percent.parse(text)
    assert parsed.value == value
    assert parsed.decimals == decimals


def test_tolerance_is_half_the_last_written_place() -> None:
    written = Percent.parse("5.5%")
    assert written.tolerance == Fraction(5, 10000)  # ±0.05 percentage points
    assert written.agrees_with(Fraction(545, 10000))
    assert written.agrees_with(Fraction(555, 10000))
    assert not written.agrees_with(Fraction(9, 162))  # 5.556%: the notice's own inconsistency


@pytest.mark.parametrize("bad", ["abc", "5.5", "%", "5.5%%"])
def test_text_that_is_no_percentage_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message is the text itself
        Percent.parse(bad)


def test_bare_number_in_a_share_says_how_to_write_it() -> None:
    with pytest.raises(ValidationError) as raised:
        make_baseline(rd_intensity=1.5)
    error = raised.value.errors()[0]
    assert error["type"] == "percent_sign_one"  # 150% is no share: not offered
    assert error["ctx"]["example"] == "1.5%"
    with pytest.raises(ValidationError) as raised:
        make_baseline(rd_intensity=0.5)
    assert raised.value.errors()[0]["ctx"] == {"value": 0.5, "example": "0.5%", "as_fraction": "50%"}


@pytest.mark.parametrize("bare", [150, 1e300, float("inf"), -1])
def test_no_reading_of_a_bare_number_is_offered_that_would_be_refused(bare: float) -> None:
    with pytest.raises(ValidationError) as raised:
        make_baseline(rd_intensity=bare)
    assert raised.value.errors()[0]["type"] == "percent_sign_only"


def test_a_rate_cannot_fall_below_minus_a_hundred_percent() -> None:
    assert make_baseline(high_tech_growth="-100%").high_tech_growth is not None
    with pytest.raises(ValidationError) as raised:
        make_baseline(high_tech_growth="-150%")
    assert raised.value.errors()[0]["type"] == "rate_range"


def test_share_above_a_hundred_percent_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        make_baseline(high_tech_revenue_share="120%")
    assert raised.value.errors()[0]["type"] == "share_range"


def test_growth_may_be_negative_or_above_a_hundred_percent() -> None:
    assert make_baseline(high_tech_growth="-5%").high_tech_growth == Percent.parse("-5%")
    assert make_baseline(high_tech_growth="150%").high_tech_growth == Percent.parse("150%")


@pytest.mark.parametrize(
    ("value", "kind"),
    [(-3, "count_negative"), (2.5, "count_type"), (True, "count_type"), ("12", "count_type")],
)
def test_counts_are_whole_non_negative_numbers(value: object, kind: str) -> None:
    with pytest.raises(ValidationError) as raised:
        make_baseline(enterprises=value)
    assert raised.value.errors()[0]["type"] == kind
