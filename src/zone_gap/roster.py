"""An enterprise roster (企业名录): one row an enterprise, as the office keeps it in CSV or XLSX, and
what it gives — the park's figures at a year's end, and the enterprises behind each count."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

CERTIFICATE_YEARS = 3
"""A high-tech enterprise certificate is valid for three years from its issue date (Art. 15)."""


@dataclass(frozen=True)
class Enterprise:
    """One row of a roster, read and checked. ``row`` is the row number as the spreadsheet shows it."""

    row: int
    name: str
    credit_code: str
    entered: date | None = None
    left: date | None = None
    certificate: str | None = None
    issued: date | None = None
    tech_sme: bool | None = None
    amounts: dict[str, Fraction | None] = field(default_factory=dict)
    """Amounts and counts by baseline key (``park_revenue``, ``industrial_output``, ``high_tech_output``,
    ``rd_spending``, ``rd_institutions``), and any figure of the standard in use by its key;
    ``None``: the cell is blank (unknown)."""

    def in_park(self, day: date) -> bool:
        """In the park on ``day``: entered on or before it (or no date given) and not left by then."""
        return (self.entered is None or self.entered <= day) and (self.left is None or self.left > day)

    @property
    def expires(self) -> date | None:
        """The last day the certificate is valid: three years from its issue date, less a day."""
        if self.issued is None:
            return None
        try:
            end = self.issued.replace(year=self.issued.year + CERTIFICATE_YEARS)
        except ValueError:  # issued on 29 February
            end = self.issued.replace(year=self.issued.year + CERTIFICATE_YEARS, day=28) + timedelta(days=1)
        return end - timedelta(days=1)

    def high_tech(self, day: date) -> bool:
        """Holds a high-tech enterprise certificate valid on ``day``."""
        expires = self.expires
        return self.issued is not None and expires is not None and self.issued <= day <= expires


@dataclass(frozen=True)
class Roster:
    """The rows of one roster file, for one year, with the warnings found reading it."""

    path: str
    year: int
    enterprises: tuple[Enterprise, ...]
