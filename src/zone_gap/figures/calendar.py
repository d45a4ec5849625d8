"""The one calendar: when a file's figures stand, how many years are left to a deadline, a year's
last day, and the last day of a period counted in years (a certificate's validity).

Figures are for the end of their year; ``as_of`` (mid-year figures) moves that point, counted in days
of its own year.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction


def year_end(year: int) -> date:
    return date(year, 12, 31)


def point_time(year: int, as_of: date | None = None) -> Fraction:
    """When a file's figures stand, in years: the end of ``year`` (``2020`` → 2020), or ``as_of``
    counted in days of its own year (2022-06-30 → 2021 + 181/365)."""
    if as_of is None:
        return Fraction(year)
    start = year_end(as_of.year - 1)
    days = (year_end(as_of.year) - start).days
    return Fraction(as_of.year - 1) + Fraction((as_of - start).days, days)


def years_left(year: int, deadline: int, as_of: date | None = None) -> Fraction:
    """Years from when the figures stand to the end of ``deadline``."""
    return Fraction(deadline) - point_time(year, as_of)


def period_last_day(start: date, years: int) -> date:
    """The last day of a period of ``years`` years from ``start``, as the Civil Code counts periods
    (民法典 Arts. 201–202): the day of ``start`` is not counted, so the period ends on the matching
    day of its last year (issued 2020-12-01 for 3 years: through 2023-12-01), or on the last day of
    that month where it has no matching day (2020-02-29: 2023-02-28)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February, in a year that has none: the month's last day
        return start.replace(year=start.year + years, day=28)
