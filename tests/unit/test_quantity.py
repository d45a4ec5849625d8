import re
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from tests.conftest import make_baseline
from zone_gap.figures.quantity import RATE_PATTERN, SHARE_PATTERN, Percent, Rate, Share, plain_number


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


# --- what an editor's schema says of a percentage ----------------------------------------------

WRITTEN = st.text(alphabet=st.sampled_from(list("0123456789.+-% ％")), max_size=9)


@pytest.mark.parametrize(("kind", "pattern"), [(Share, SHARE_PATTERN), (Rate, RATE_PATTERN)])
@given(written=WRITTEN)
def test_the_schema_pattern_takes_exactly_the_percentages_the_tool_takes(
    kind: object, pattern: str, written: str
) -> None:
    # JSON Schema's pattern is searched for, not matched whole; both "-0%" and "100.0%" are shares
    try:
        TypeAdapter(kind).validate_python(written)
        taken = True
    except ValidationError:
        taken = False
    assert (re.search(pattern, written) is not None) == taken


@pytest.mark.parametrize(
    ("kind", "pattern", "taken", "refused"),
    [
        (
            Share,
            SHARE_PATTERN,
            ["0%", "-0%", "+100%", "100.00%", "005.5%", " 99.99 % "],
            ["100.01%", "-1%", "1000%", "5.5", "5.5％", "5.%", ".5%"],
        ),
        (Rate, RATE_PATTERN, ["-100%", "-099.9%", "250%", "+0.5%", "-0.00%"], ["-100.1%", "-101%", "10"]),
    ],
)
def test_the_schema_pattern_takes_the_ends_of_the_range(
    kind: object, pattern: str, taken: list[str], refused: list[str]
) -> None:
    for written in taken:
        TypeAdapter(kind).validate_python(written)
        assert re.search(pattern, written), written
    for written in refused:
        with pytest.raises(ValidationError):
            TypeAdapter(kind).validate_python(written)
        assert re.search(pattern, written) is None, written


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Fraction(162), "162"),
        (Fraction("1234567.5"), "1234567.5"),
        (Fraction("0.099999999"), "0.099999999"),
        (Fraction("-0.05"), "-0.05"),
        (Fraction(1, 3), "0.333333"),
    ],
)
def test_a_figure_is_written_out_in_full_not_to_six_significant_digits(value: Fraction, text: str) -> None:
    assert plain_number(value) == text


def test_a_share_known_exactly_keeps_every_place_it_has() -> None:
    share = Percent.exact(Fraction("0.099999999"))
    assert (share.value, share.decimals) == (Fraction("0.099999999"), 7)
    assert share == Percent.parse("9.9999999%")
    assert Percent.exact(Fraction(1, 10)) == Percent.parse("10%")
