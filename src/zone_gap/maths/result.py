"""What evaluating a baseline against the standard finds: frozen values, no printing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from zone_gap.figures.comparison import Comparison
from zone_gap.figures.vocabulary import Need
from zone_gap.i18n import Message
from zone_gap.io.document import KeyPath
from zone_gap.io.model import Names


class Status(StrEnum):
    MET = "met"
    UNMET = "unmet"
    UNKNOWN = "unknown"


def any_met(statuses: Iterable[Status]) -> Status:
    """Either/or in three-valued logic: met if any is met, unmet only if all are unmet."""
    seen = set(statuses)
    if Status.MET in seen:
        return Status.MET
    if seen == {Status.UNMET}:
        return Status.UNMET
    return Status.UNKNOWN


@dataclass(frozen=True)
class Bounds:
    """What is known of a figure: exact when ``low == high``; a side is ``None`` when unknown."""

    low: Fraction | None
    high: Fraction | None

    @classmethod
    def exact(cls, value: Fraction) -> Bounds:
        return cls(value, value)

    @property
    def value(self) -> Fraction | None:
        return self.low if self.low is not None and self.low == self.high else None

    def status(self, threshold: Fraction, comparison: Comparison = Comparison.AT_LEAST) -> Status:
        """Against ``threshold`` as the standard compares ("以上" includes the number itself): met
        when every value the bounds allow meets it, unmet when none does."""
        near, far = (self.low, self.high) if comparison.rising else (self.high, self.low)
        if near is not None and comparison.holds(near, threshold):
            return Status.MET
        if far is not None and not comparison.holds(far, threshold):
            return Status.UNMET
        return Status.UNKNOWN


@dataclass(frozen=True)
class Result:
    """One criterion, or one branch of an either/or criterion, as it stands."""

    id: str
    kind: str
    name: Names
    clause: str
    status: Status
    unit: str | None = None  # "count" | "ratio" | "amount" | "number" | None for qualitative clauses
    comparison: Comparison = Comparison.AT_LEAST
    actual: Bounds | None = None
    threshold: Fraction | None = None
    deadline_threshold: Fraction | None = None
    gap: Fraction | None = None
    gap_count: int | None = None
    gap_amount: Fraction | None = None
    """For a share of amounts: how much the numerator must grow at today's denominator (万元)."""
    noun: str = ""
    """The word its whole numbers are said in, in Chinese (家, 人); none where it counts nothing."""
    required_per_year: Fraction | None = None
    required_cagr: float | None = None
    required_strict: bool = False
    """The bar is strict (above, below) and the figure is not whole: the change must be more than
    ``required_per_year`` (and the rate more than ``required_cagr``), not merely equal to it."""
    supply: tuple[Need, ...] = ()
    notes: tuple[Message, ...] = ()
    branches: tuple[Result, ...] = ()
    decided_by: str | None = None
    evidence: str | None = None
    encouraged: bool = False

    @property
    def measured(self) -> bool:
        """A numeric criterion (a qualitative clause has no unit)."""
        return self.unit is not None


@dataclass(frozen=True)
class Section:
    id: str
    name: Names
    results: tuple[Result, ...]


@dataclass(frozen=True)
class Caveat:
    """A doubt about the baseline that does not stop evaluation, e.g. a share at odds with its counts;
    ``path`` is the key in the baseline file to point at."""

    path: KeyPath
    message: Message


@dataclass(frozen=True)
class Report:
    standard: Names
    park: str
    year: int
    deadline: int
    years_left: Fraction
    sections: tuple[Section, ...]
    caveats: tuple[Caveat, ...] = field(default=())
    as_of: str | None = None
    notes: tuple[Message, ...] = ()
    """About the report as a whole: a standard superseded before the end of the figures' year."""
    subject: str = "park"
    """What the figures describe: ``park`` or ``enterprise`` (an enterprise has no deadline)."""

    def counted(self) -> list[Result]:
        """The criteria the verdict rests on (encouraged clauses are shown, not counted)."""
        return [r for s in self.sections for r in s.results if not r.encouraged]

    def summary(self, *, numeric: bool = False) -> dict[Status, int]:
        """How many counted criteria are met, unmet, unknown (``numeric``: the numeric ones only)."""
        counts = dict.fromkeys(Status, 0)
        for result in self.counted():
            if not numeric or result.measured:
                counts[result.status] += 1
        return counts

    def by_id(self) -> dict[str, Result]:
        """Every criterion and branch by its id."""
        found: dict[str, Result] = {}
        for section in self.sections:
            for result in section.results:
                found[result.id] = result
                found.update({b.id: b for b in result.branches})
        return found

    @property
    def all_met(self) -> bool:
        return all(r.status is Status.MET for r in self.counted())
