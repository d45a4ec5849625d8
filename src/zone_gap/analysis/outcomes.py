"""What a command hands its renderer: a check's report with its warnings, the dispatch meeting's
pack, one file's validation. Plain values, below the renderers, so no renderer imports a command."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from zone_gap.io.problem import Problem

if TYPE_CHECKING:  # `check` and `validate` start without the projection's and plan's modules
    from zone_gap.analysis.plan_check import PlanReport
    from zone_gap.analysis.projection import ProjectionReport
    from zone_gap.figures.quantity import Percent
    from zone_gap.maths.result import Report
    from zone_gap.roster.pipeline import Pipeline
    from zone_gap.standard.model import Standard
    from zone_gap.standard.plan import Lead


@dataclass(frozen=True)
class CheckOutcome:
    report: Report
    warnings: list[Problem]
    leads: dict[str, list[Lead]] | None = None
    sources: tuple[Path, ...] = ()
    """The files the check was worked from (the figures, the folder's other years, the standard,
    the plan), never to be written over."""


@dataclass(frozen=True)
class MeetingPack:
    """Everything the dispatch meeting's pack shows, read once from the same files."""

    check: CheckOutcome
    projection: ProjectionReport
    plan: PlanReport | None
    leads: dict[str, list[Lead]] | None
    standard: Standard
    series: str | None
    national_rd: Percent | None
    pipeline: Pipeline | None = None
    """With ``report --roster``: the roster's pipeline, for the page of the enterprises that close
    each gap."""
