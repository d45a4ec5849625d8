"""Projecting every numeric criterion from a series of figures files to the deadline.

Each file is evaluated by the engine; each criterion is then asked for its projection (``kinds/``):
linear is the primary method (the plan itself is written in yearly increments), shares are projected
through their numerator and denominator where the files give both.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from zone_gap.analysis.engine import evaluate, said_in
from zone_gap.figures.calendar import point_time
from zone_gap.figures.quantity import Percent
from zone_gap.io.model import Names
from zone_gap.kinds.context import Series
from zone_gap.maths.projected import Projection
from zone_gap.standard.baseline import Baseline
from zone_gap.standard.model import Standard

__all__ = ["Projection", "ProjectionReport", "ProjectionSection", "project"]


@dataclass(frozen=True)
class ProjectionSection:
    id: str
    name: Names
    projections: tuple[Projection, ...]


@dataclass(frozen=True)
class ProjectionReport:
    standard: Names
    park: str
    deadline: int
    latest_year: int
    years_left: Fraction
    years: tuple[int, ...]
    mid_year: tuple[str, ...]
    """The files whose figures are mid-year, as ``2022 (2022-06-30)``."""
    sections: tuple[ProjectionSection, ...]

    def by_id(self) -> dict[str, Projection]:
        """Every criterion's and branch's projection by its id."""
        found: dict[str, Projection] = {}
        for section in self.sections:
            for projection in section.projections:
                found[projection.id] = projection
                found.update({b.id: b for b in projection.branches})
        return found


def project(
    standard: Standard,
    baselines: list[Baseline],
    *,
    deadline: int,
    series: str | None = None,
    national_rd: Percent | None = None,
) -> ProjectionReport:
    """Every numeric criterion of ``standard`` projected from ``baselines`` to the end of ``deadline``."""
    ordered = sorted(baselines, key=lambda b: point_time(b.year, b.as_of))
    by_year = {b.year: b for b in ordered if b.as_of is None}
    reports = [
        evaluate(
            standard,
            b,
            previous=by_year.get(b.year - 1),
            deadline=deadline,
            series=series,
            national_rd=national_rd,
        )
        for b in ordered
    ]
    context = Series(standard, ordered, reports, deadline, series, national_rd)
    sections = []
    for d in standard.dimensions:
        found = (c.project(context) for c in d.criteria)
        projected = tuple(said_in(standard, p) for p in found if p is not None)
        sections.append(ProjectionSection(d.id, d.name, projected))
    latest = ordered[-1]
    return ProjectionReport(
        standard.name,
        latest.subject_name,
        deadline,
        latest.year,
        context.years_left,
        tuple(b.year for b in ordered),
        tuple(f"{b.year} ({b.as_of.isoformat()})" for b in ordered if b.as_of is not None),
        tuple(s for s in sections if s.projections),
    )
