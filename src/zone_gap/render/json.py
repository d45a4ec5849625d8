"""The gap table as JSON for other programs. Every ratio is a fraction: 0.2 means 20%."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from zone_gap.analysis.plan_check import PlanReport, Step
from zone_gap.analysis.projection import Projection, ProjectionReport
from zone_gap.i18n import Lang
from zone_gap.io.problem import Problem
from zone_gap.maths.result import Report, Result
from zone_gap.render.ledger import assignments, department_order
from zone_gap.standard.plan import Lead


def json_number(value: Fraction | None) -> float | int | None:
    """A figure as JSON's number: whole as an integer, else the nearest float; none as null."""
    if value is None:
        return None
    return value.numerator if value.denominator == 1 else float(value)


def _criterion(result: Result, lang: Lang, dimension: str | None) -> dict[str, Any]:
    actual = result.actual
    found: dict[str, Any] = {
        "id": result.id,
        "kind": result.kind,
        "name": result.name.text(lang),
        "status": str(result.status),
        "unit": result.unit,
        "actual": json_number(actual.value) if actual else None,
        "actual_low": json_number(actual.low) if actual else None,
        "actual_high": json_number(actual.high) if actual else None,
        "threshold": json_number(result.threshold),
        "deadline_threshold": json_number(result.deadline_threshold),
        "gap": json_number(result.gap),
        "gap_count": result.gap_count,
        "gap_amount": json_number(result.gap_amount),
        "comparison": str(result.comparison),
        "required_per_year": json_number(result.required_per_year),
        "required_cagr": result.required_cagr,
        "required_strict": result.required_strict,
        "supply": [need.key for need in result.supply],
        "notes": [m.render(lang) for m in result.notes],
        "evidence": result.evidence,
        "clause": result.clause,
    }
    if dimension is not None:
        found = {"dimension": dimension, **found, "encouraged": result.encouraged}
    if result.branches:
        found["decided_by"] = result.decided_by
        found["branches"] = [_criterion(b, lang, None) for b in result.branches]
    return found


def _warning(problem: Problem, lang: Lang) -> dict[str, Any]:
    where = problem.position
    return {
        "file": problem.file,
        "line": where.line if where else None,
        "column": where.column if where else None,
        "message": problem.message.render(lang),
    }


def render_json(
    report: Report, warnings: list[Problem], lang: Lang, leads: dict[str, list[Lead]] | None = None
) -> str:
    summary = report.summary()
    document: dict[str, Any] = {
        "park": report.park,
        "year": report.year,
        "as_of": report.as_of,
        "standard": report.standard.text(lang),
        "deadline": report.deadline,
        "years_left": json_number(report.years_left),
        "summary": {str(k): v for k, v in summary.items()},
        "all_met": report.all_met,
        "subject": report.subject,
        "notes": [n.render(lang) for n in report.notes],
        "criteria": _with_leads(
            [_criterion(r, lang, s.id) for s in report.sections for r in s.results], leads, lang
        ),
        "warnings": [_warning(w, lang) for w in warnings],
    }
    if leads is not None:
        document["departments"] = _departments(document["criteria"], leads, lang)
    return _dump(document)


def _projection(projection: Projection, lang: Lang) -> dict[str, Any]:
    found: dict[str, Any] = {
        "id": projection.id,
        "kind": projection.kind,
        "name": projection.name.text(lang),
        "unit": projection.unit,
        "category": str(projection.category),
        "points": projection.points,
        "latest": json_number(projection.latest),
        "projected": json_number(projection.projected),
        "threshold": json_number(projection.threshold),
        "required_per_year": json_number(projection.required_per_year),
        "required_strict": projection.required_strict,
        "comparison": str(projection.comparison),
        "observed_per_year": json_number(projection.observed_per_year),
        "ratio": json_number(projection.ratio),
        "reach_year": projection.reach_year,
        "at_risk": projection.at_risk,
        "observed_cagr": projection.observed_cagr,
        "series": [[json_number(t), json_number(v)] for t, v in projection.series],
        "notes": [m.render(lang) for m in projection.notes],
    }
    if projection.branches:
        found["best_branch"] = projection.best_branch
        found["branches"] = [_projection(b, lang) for b in projection.branches]
    return found


def render_project_json(report: ProjectionReport, lang: Lang, leads: dict[str, list[Lead]] | None) -> str:
    criteria = [{"dimension": s.id, **_projection(p, lang)} for s in report.sections for p in s.projections]
    document: dict[str, Any] = {
        "park": report.park,
        "standard": report.standard.text(lang),
        "deadline": report.deadline,
        "years": list(report.years),
        "mid_year": list(report.mid_year),
        "years_left": json_number(report.years_left),
        "criteria": _with_leads(criteria, leads, lang),
    }
    if leads is not None:
        document["departments"] = _departments(criteria, leads, lang)
    return _dump(document)


def _step(step: Step) -> dict[str, Any]:
    return {
        "year": step.year,
        "as_of": step.as_of,
        "planned": json_number(step.planned),
        "actual": json_number(step.actual),
        "difference": json_number(step.difference),
    }


def render_plan_json(report: PlanReport, lang: Lang) -> str:
    targets = [
        {
            "id": t.id,
            "name": t.name.text(lang),
            "unit": t.unit,
            "base": json_number(t.base),
            "per_year": json_number(t.per_year),
            "path": [_step(s) for s in t.path],
            "planned": json_number(t.planned),
            "target": json_number(t.target),
            "standard": json_number(t.standard),
            "reaches": t.reaches,
            "comparison": str(t.comparison),
            "excess": json_number(t.excess),
            "shortfall": json_number(t.shortfall) or 0 if t.reaches is not None else None,
            "enough_per_year": json_number(t.enough_per_year),
            "actual": [_step(s) for s in t.actual],
            "notes": [m.render(lang) for m in t.notes],
        }
        for t in report.targets
    ]
    return _dump(
        {
            "plan": report.plan.text(lang),
            "park": report.park,
            "base_year": report.base_year,
            "deadline": report.deadline,
            "adds_up": report.adds_up,
            "targets": targets,
        }
    )


def _with_leads(
    criteria: list[dict[str, Any]], leads: dict[str, list[Lead]] | None, lang: Lang
) -> list[dict[str, Any]]:
    if leads is None:
        return criteria
    for criterion in criteria:
        found = assignments(criterion["id"], leads, lang)
        criterion["lead_departments"] = [a.department for a in found]
        criterion["tasks"] = sorted({t for a in found for t in a.tasks})
        criterion["responsible_departments"] = sorted({r for a in found for r in a.responsible})
    return criteria


def _departments(
    criteria: list[dict[str, Any]], leads: dict[str, list[Lead]], lang: Lang
) -> list[dict[str, Any]]:
    found = [
        {"department": d, "criteria": [c["id"] for c in criteria if d in c["lead_departments"]]}
        for d in department_order(leads)
    ]
    unassigned = [c["id"] for c in criteria if not c["lead_departments"]]
    return [f for f in found if f["criteria"]] + (
        [{"department": None, "criteria": unassigned}] if unassigned else []
    )


def _dump(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
