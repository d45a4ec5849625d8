"""The gap table as JSON for other programs. Every ratio is a fraction: 0.2 means 20%."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from zone_gap.i18n import Lang
from zone_gap.problem import Problem
from zone_gap.result import Report, Result


def _number(value: Fraction | None) -> float | int | None:
    if value is None:
        return None
    return value.numerator if value.denominator == 1 else float(value)


def _criterion(result: Result, lang: Lang, dimension: str | None) -> dict[str, Any]:
    actual = result.actual
    found: dict[str, Any] = {
        "id": result.id,
        "kind": result.kind,
        "name": result.name.zh if lang == Lang.ZH else result.name.en,
        "status": str(result.status),
        "unit": result.unit,
        "actual": _number(actual.value) if actual else None,
        "actual_low": _number(actual.low) if actual else None,
        "actual_high": _number(actual.high) if actual else None,
        "threshold": _number(result.threshold),
        "deadline_threshold": _number(result.deadline_threshold),
        "gap": _number(result.gap),
        "gap_count": result.gap_count,
        "required_per_year": _number(result.required_per_year),
        "required_cagr": result.required_cagr,
        "supply": list(result.supply),
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


def render_json(report: Report, warnings: list[Problem], lang: Lang) -> str:
    summary = report.summary()
    document = {
        "park": report.park,
        "year": report.year,
        "as_of": report.as_of,
        "standard": report.standard.zh if lang == Lang.ZH else report.standard.en,
        "deadline": report.deadline,
        "years_left": _number(report.years_left),
        "summary": {str(k): v for k, v in summary.items()},
        "all_met": report.all_met,
        "criteria": [_criterion(r, lang, s.id) for s in report.sections for r in s.results],
        "warnings": [_warning(w, lang) for w in warnings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
