"""The certificate pipeline in a ``--format``: JSON for programs (under ``pipeline``), else its sheet
drawn as a terminal table or Markdown. Only names, credit codes and what the pipeline needs are shown."""

from __future__ import annotations

import json
from typing import Any, assert_never

from zone_gap.i18n import Lang
from zone_gap.maths.result import Result
from zone_gap.render import Format
from zone_gap.render.json import json_number
from zone_gap.render.pipeline_sheet import closing_title, pipeline_grid
from zone_gap.roster.pipeline import Candidate, Closing, Judgement, Pipeline, Route


def _route(route: Route, lang: Lang) -> dict[str, Any]:
    return {
        "goal": route.goal,
        "name": route.name.text(lang),
        "at_least": route.at_least,
        "per_year": route.per_year,
        "rate": json_number(route.rate.value) if route.rate else None,
        "years": [
            {
                "year": s.year,
                "valid": s.valid,
                "lapsing": s.lapsing,
                "renewed_and_new": s.needed,
                "new_at_least": s.new,
            }
            for s in route.steps
        ],
    }


def _gaps(judgement: Judgement, lang: Lang) -> list[dict[str, Any]]:
    return [
        {
            "criterion": g.criterion,
            "gap": json_number(g.gap),
            "gap_amount": json_number(g.gap_amount),
            "gap_count": g.gap_count,
            "message": g.message.render(lang),
        }
        for g in judgement.gaps
    ]


def _score(judgement: Judgement) -> dict[str, Any] | None:
    if judgement.score is None:
        return None
    return {"low": json_number(judgement.score.low), "high": json_number(judgement.score.high)}


def _judgement(judgement: Judgement, lang: Lang) -> dict[str, Any]:
    return {
        "status": str(judgement.status),
        "score": _score(judgement),
        "gaps": _gaps(judgement, lang),
        "figures_given": judgement.figures_given,
        "supply": [[need.key for need in needs] for needs in judgement.supply],
        "supply_text": [[need.text(lang) for need in needs] for needs in judgement.supply],
    }


def _candidate(candidate: Candidate, lang: Lang) -> dict[str, Any]:
    return {
        "name": candidate.name,
        "credit_code": candidate.credit_code,
        "tech_sme": candidate.tech_sme,
        "certificate_expires": candidate.certificate_expires.isoformat()
        if candidate.certificate_expires
        else None,
        "standards": {key: _judgement(j, lang) for key, j in candidate.standards.items()},
    }


def _state(result: Result) -> dict[str, Any]:
    bounds = result.actual
    return {
        "status": str(result.status),
        "actual": json_number(bounds.value) if bounds is not None else None,
        "low": json_number(bounds.low) if bounds is not None else None,
        "high": json_number(bounds.high) if bounds is not None else None,
    }


def _closing(closing: Closing, lang: Lang) -> dict[str, Any]:
    now = closing.now
    return {
        "criterion": now.id,
        "name": now.name.text(lang),
        "unit": now.unit,
        "comparison": str(now.comparison) if now.unit else None,
        "threshold": json_number(now.threshold),
        "now": _state(now),
        "needed": now.gap_count,
        "ready": closing.ready,
        "if_ready_succeed": _state(closing.after),
        "enterprises": [
            {
                "name": m.candidate.name,
                "credit_code": m.candidate.credit_code,
                "standard": m.standard,
                "status": str(m.judgement.status),
                "score": _score(m.judgement),
                "lacks": [g.message.render(lang) for g in m.judgement.gaps],
                "supply": [[need.key for need in needs] for needs in m.judgement.supply],
            }
            for m in closing.movers
        ],
        "text": closing_title(closing, lang),
    }


def pipeline_document(pipeline: Pipeline, lang: Lang) -> dict[str, Any]:
    """The pipeline as JSON's values, under the key ``pipeline`` (beside the roster's figures)."""
    return {
        "pipeline": {
            "year": pipeline.year,
            "by": pipeline.by,
            "valid_now": pipeline.valid_now,
            "expiring": [
                {"name": e.name, "credit_code": e.credit_code, "expires": e.expires.isoformat()}
                for e in pipeline.expiring
            ],
            "valid_without_renewal": {str(y): n for y, n in pipeline.valid_without_renewal.items()},
            "routes": [_route(r, lang) for r in pipeline.routes],
            "enterprise_standards": {k: n.text(lang) for k, n in pipeline.enterprise_standards.items()},
            "candidates": [_candidate(c, lang) for c in pipeline.candidates],
            "closings": [_closing(c, lang) for c in pipeline.closings],
            "notes": [m.render(lang) for m in pipeline.notes],
        }
    }


def render_pipeline(
    pipeline: Pipeline, fmt: Format, lang: Lang, *, color: bool = False, width: int | None = None
) -> str:
    """``pipeline`` in ``fmt``; CSV gives its list of the enterprises that close each gap (the
    workbook, ``render_pipeline_workbook``, the same list)."""
    match fmt:
        case Format.JSON:
            return json.dumps(pipeline_document(pipeline, lang), ensure_ascii=False, indent=2) + "\n"
        case Format.TABLE:
            from zone_gap.render.pipeline_sheet import pipeline_sheet
            from zone_gap.render.table import render_table

            return render_table(pipeline_sheet(pipeline, lang), color=color, width=width, lang=lang)
        case Format.MARKDOWN:
            from zone_gap.render.markdown import render_markdown
            from zone_gap.render.pipeline_sheet import pipeline_sheet

            return render_markdown(pipeline_sheet(pipeline, lang))
        case Format.CSV:
            from zone_gap.render.spreadsheet import render_csv

            return render_csv(pipeline_grid(pipeline, lang), lang)
        case Format.XLSX:
            raise ValueError(fmt)  # bytes: render_pipeline_workbook
        case _:
            assert_never(fmt)


def render_pipeline_workbook(pipeline: Pipeline, lang: Lang) -> bytes:
    """The list of the enterprises that close each gap as a workbook, one sheet."""
    from zone_gap.i18n import text
    from zone_gap.render.workbook import render_xlsx

    return render_xlsx(pipeline_grid(pipeline, lang), lang, text("pipeline_sheet_name", lang))
