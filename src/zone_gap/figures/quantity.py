"""The kinds of number a user writes: counts, amounts in 万元, and percentages with their sign.

Values are kept as exact ``Fraction``s so that "20%以上" compared with 40 of 200 enterprises is
decided exactly, not by floating-point luck.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from zone_gap.i18n import Lang, text

Against = Iterable[Fraction | None]
"""Figures a value is shown beside — its threshold, the value a threshold is compared with, or zero
for a gap — that two decimals must not make it look equal to."""


def half_up(value: Fraction, decimals: int) -> Decimal:
    """``value`` rounded half-up (a tie away from zero) to ``decimals`` places, exactly, as a person
    checking by hand rounds (not Python's round-half-even on a binary float)."""
    whole = math.floor(abs(value) * 10**decimals + Fraction(1, 2))
    return Decimal(-whole if value < 0 else whole).scaleb(-decimals)


def places(value: Fraction, against: Against, decimals: int) -> int:
    """``decimals``, or the fewest more at which ``value`` rounded differs from every figure in
    ``against`` that it differs from exactly: 19.9996 against 20 needs 4, 19.999 needs 3."""
    others = [o for o in against if o is not None and o != value]
    while any(half_up(value, decimals) == half_up(o, decimals) for o in others):
        decimals += 1
    return decimals


def decimal_text(value: Fraction, decimals: int, against: Against = ()) -> str:
    """``value`` rounded half-up to ``decimals`` places — or more, where that many would print it
    equal to a figure in ``against`` it is not equal to; zeros past ``decimals`` are dropped."""
    shown = places(value, against, decimals)
    text = f"{half_up(value, shown):f}"
    if shown > decimals:
        text = text.rstrip("0")
        text += "0" * (decimals - len(text.partition(".")[2]))
        text = text.rstrip(".")
    return text


def percent_decimal(value: Fraction, decimals: int) -> Decimal:
    """``value`` (a fraction: 0.0556) in percent, rounded half-up to ``decimals`` places."""
    return half_up(value * 100, decimals)


def percent_text(value: Fraction, decimals: int | None = 2, against: Against = ()) -> str:
    """``value`` as a percentage: ``5.56%``, with more places where ``decimals`` would print it equal
    to a figure in ``against`` (19.999% against 20%); with ``decimals=None`` as many places as it
    needs, up to six (0.0005 → ``0.05%``, 0.2 → ``20%``)."""
    if decimals is None:
        return f"{percent_decimal(value, 6).normalize():f}%"
    return decimal_text(value * 100, decimals, [o * 100 for o in against if o is not None]) + "%"


PLACES = 12
"""The most decimal places a figure is written out to exactly; one that needs more (a third) is
written to six."""


def decimal_places(value: Fraction) -> int | None:
    """The decimal places ``value`` needs to be written exactly (``1234567.5``: 1), or ``None`` where
    it needs more than ``PLACES`` (a third never ends)."""
    return next((p for p in range(PLACES + 1) if (value * 10**p).denominator == 1), None)


def plain_number(value: Fraction) -> str:
    """A figure as written in a file, in full: ``162``, ``1234567.5``, ``0.099999999`` (every amount
    read from a file or a cell ends); one that never ends to six places (``0.333333``)."""
    places = decimal_places(value)
    if places is None:
        return f"{float(value):.6f}"
    digits = str(abs(value.numerator * 10**places // value.denominator)).rjust(places + 1, "0")
    body = digits if not places else f"{digits[:-places]}.{digits[-places:]}"
    return ("-" if value < 0 else "") + body


_PERCENT = re.compile(r"\s*([+-]?\d+(?:\.(\d+))?)\s*%\s*")


@dataclass(frozen=True)
class Percent:
    """A percentage as written (``5.5%``): its exact value as a fraction and its rounding."""

    value: Fraction
    decimals: int

    @classmethod
    def exact(cls, value: Fraction) -> Percent:
        """A share or rate known exactly (from counts, amounts or a roster's cell), as a file that
        writes it in full would give it: ``0.099999999`` is ``9.9999999%``, to 7 places."""
        places = decimal_places(value * 100)
        return cls(value, PLACES if places is None else places)

    @classmethod
    def parse(cls, text: str) -> Percent:
        match = _PERCENT.fullmatch(text)
        if match is None:
            raise ValueError(text)
        return cls(Fraction(match.group(1)) / 100, len(match.group(2) or ""))

    @property
    def tolerance(self) -> Fraction:
        """Half a unit in the last written place: ``5.5%`` stands for 5.45% … 5.55%."""
        return Fraction(1, 2 * 10**self.decimals) / 100

    @property
    def bounds(self) -> tuple[Fraction, Fraction, Fraction]:
        """What the written share stands for: its value and the ends of its rounding (5.45%, 5.55%)."""
        return self.value - self.tolerance, self.value, self.value + self.tolerance

    def agrees_with(self, exact: Fraction) -> bool:
        return abs(exact - self.value) <= self.tolerance

    def __str__(self) -> str:
        return percent_text(self.value, self.decimals)


def _percent(value: Any, *, share: bool) -> Percent:
    if isinstance(value, Percent):
        parsed = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        raise _without_sign(value, share=share)
    elif isinstance(value, str):
        try:
            parsed = Percent.parse(value)
        except ValueError:
            raise PydanticCustomError("percent_format", "not a percentage", {"value": value}) from None
    else:
        raise PydanticCustomError("percent_format", "not a percentage", {"value": value})
    if share and not 0 <= parsed.value <= 1:
        raise PydanticCustomError("share_range", "a share lies within 0% to 100%", {"value": str(parsed)})
    if not share and parsed.value < -1:
        raise PydanticCustomError("rate_range", "a fall cannot exceed 100%", {"value": str(parsed)})
    return parsed


def _without_sign(value: float, *, share: bool) -> PydanticCustomError:
    """A bare number where a percentage belongs, with the readings of it the tool would accept:
    ``5.5`` as ``5.5%``, and ``0.055`` as ``5.5%`` (only those that lie in range, none for ``.inf``);
    a number of 1 or more is not read as a fraction (1 is never offered as 100%)."""
    readings: list[str] = []
    if math.isfinite(value):
        low = Fraction(0) if share else Fraction(-1)
        number = Decimal(str(value))
        fraction = abs(number) < 1
        for percent in (number, number * 100) if fraction else (number,):
            if low <= Fraction(percent) / 100 <= (1 if share else math.inf):
                readings.append(f"{percent.normalize():f}%")
    if not readings:
        return PydanticCustomError("percent_sign_only", "a percentage needs its % sign", {"value": value})
    if len(readings) == 1 or readings[0] == readings[1]:
        return PydanticCustomError(
            "percent_sign_one", "a percentage needs its % sign", {"value": value, "example": readings[0]}
        )
    return PydanticCustomError(
        "percent_sign",
        "a percentage needs its % sign",
        {"value": value, "example": readings[0], "as_fraction": readings[1]},
    )


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("count_type", "expected a whole number", {"value": value})
    if value < 0:
        raise PydanticCustomError("count_negative", "a count cannot be negative", {"value": value})
    return value


def _exact(value: Any, kind: str) -> Fraction:
    """A number as written, exactly (``0.1`` is one tenth); ``kind`` names the error for anything else."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError(kind, "expected a number", {"value": value})
    try:
        return Fraction(Decimal(str(value)))
    except (InvalidOperation, ValueError, OverflowError):  # .nan, .inf
        raise PydanticCustomError(kind, "expected a number", {"value": value}) from None


def _amount(value: Any) -> Fraction:
    exact = _exact(value, "amount_type")
    if exact < 0:
        raise PydanticCustomError("amount_negative", "an amount cannot be negative", {"value": value})
    return exact


# What an editor's schema says of each kind of number, in the catalogue's Chinese: the pattern takes
# exactly the percentages the validators above take (a share 0% to 100%, "-0%" included; a rate not
# below -100%), so the editor and `validate` agree; ``errorMessage`` and ``patternErrorMessage`` are
# what VS Code's YAML extension shows instead of its own English.
_SIGN_TO_END = r"\s*%\s*$"
SHARE_PATTERN = r"^\s*(\+?0*(100(\.0+)?|\d{1,2}(\.\d+)?)|-0+(\.0+)?)" + _SIGN_TO_END
RATE_PATTERN = r"^\s*(\+?\d+(\.\d+)?|-0*(100(\.0+)?|\d{1,2}(\.\d+)?))" + _SIGN_TO_END


def _json_schema(kind: str, **schema: Any) -> WithJsonSchema:
    """The schema of one kind of number, with its description and messages (``schema_{kind}…``)."""
    said = {
        "description": text(f"schema_{kind}", Lang.ZH),
        "errorMessage": text(f"schema_{kind}_type", Lang.ZH),
    }
    if "pattern" in schema:
        said["patternErrorMessage"] = text(f"schema_{kind}_pattern", Lang.ZH)
    return WithJsonSchema({**schema, **said})


Share = Annotated[
    Percent,
    PlainValidator(lambda v: _percent(v, share=True)),
    PlainSerializer(str),
    _json_schema("share", type="string", pattern=SHARE_PATTERN),
]
"""A part of a whole, written with its sign: ``0%`` to ``100%``."""

Rate = Annotated[
    Percent,
    PlainValidator(lambda v: _percent(v, share=False)),
    PlainSerializer(str),
    _json_schema("rate", type="string", pattern=RATE_PATTERN),
]
"""A rate of change, written with its sign; may be negative or above 100%."""

Count = Annotated[
    int,
    PlainValidator(_count),
    _json_schema("count", type="integer", minimum=0),
]
"""A whole number of enterprises or institutions."""

Amount = Annotated[
    Fraction,
    PlainValidator(_amount),
    PlainSerializer(float),
    _json_schema("amount", type="number", minimum=0),
]
"""Money in 万元 (10,000 yuan)."""


def _number(value: Any) -> Fraction:
    return _exact(value, "number_type")


Number = Annotated[
    Fraction,
    PlainValidator(_number),
    PlainSerializer(float),
    WithJsonSchema({"type": "number"}),
]
"""Any other figure, as written: a score, a number of years; may be negative or fractional."""
