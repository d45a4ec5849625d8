"""The certificate pipeline in a ``--format``: JSON for programs (under ``pipeline``), else its sheet
drawn as a terminal table or Markdown. Only names, credit codes and what the pipeline needs are shown."""

from __future__ import annotations

import json
from typing import Any, assert_never

from zone_gap.i18n import Lang
from zone_gap.render import Format
from zone_gap.render.json import json_number
from zone_gap.roster.pipeline import Candidate, Pipeline, Route


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


def _candidate(candidate: Candidate, lang: Lang) -> dict[str, Any]:
    return {
        "name": candidate.name,
        "credit_code": candidate.credit_code,
        "status": str(candidate.status),
        "tech_sme": candidate.tech_sme,
        "certificate_expires": candidate.certificate_expires.isoformat()
        if candidate.certificate_expires
        else None,
        "gaps": [
            {
                "criterion": g.criterion,
                "gap": json_number(g.gap),
                "gap_amount": json_number(g.gap_amount),
                "gap_count": g.gap_count,
                "message": g.message.render(lang),
            }
            for g in candidate.gaps
        ],
        "figures_given": candidate.figures_given,
        "supply": [[need.key for need in needs] for needs in candidate.supply],
        "supply_text": [[need.text(lang) for need in needs] for needs in candidate.supply],
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
            "candidates": [_candidate(c, lang) for c in pipeline.candidates],
            "enterprise_standard": pipeline.enterprise_standard.text(lang),
            "notes": [m.render(lang) for m in pipeline.notes],
        }
    }


def render_pipeline(
    pipeline: Pipeline, fmt: Format, lang: Lang, *, color: bool = False, width: int | None = None
) -> str:
    """``pipeline`` in ``fmt``; CSV and the workbook are not offered for it (a table of several parts)."""
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
        case Format.CSV | Format.XLSX:
            raise ValueError(fmt)
        case _:
            assert_never(fmt)
