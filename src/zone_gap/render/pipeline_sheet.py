"""The certificate pipeline laid out as a sheet: the certificates lapsing before the deadline, the
paths to the plan's target and the standard's growth year by year, then the candidates."""

from __future__ import annotations

from zone_gap.i18n import Lang, text
from zone_gap.render.check_sheet import TONE, status
from zone_gap.render.sheet import Block, Group, Row, Sheet
from zone_gap.roster.pipeline import Candidate, Pipeline, Route


def _expiring(pipeline: Pipeline, lang: Lang) -> Block:
    columns = [text(f"pipeline_col_{k}", lang) for k in ("enterprise", "credit_code", "expires")]
    rows = [Row([e.name, e.credit_code, e.expires.isoformat()]) for e in pipeline.expiring]
    title = text("pipeline_expiring_title", lang, by=pipeline.by, count=len(pipeline.expiring))
    return Block(title, columns, [Group(None, rows)], status_column=None)


def _route_title(route: Route, lang: Lang) -> str:
    if route.goal == "plan_target":
        return text(
            "pipeline_route_plan", lang, name=route.name, at_least=route.at_least, per_year=route.per_year
        )
    return text("pipeline_route_growth", lang, name=route.name, rate=str(route.rate))


def _route(pipeline: Pipeline, route: Route, lang: Lang) -> Block:
    keys = ("year_end", "valid_without_renewal", "lapsing", "path", "renew_and_new", "new_at_least")
    first = Row([str(pipeline.year), str(pipeline.valid_now), "", str(pipeline.valid_now), "", ""])
    rows = [first] + [
        Row(
            [
                str(s.year),
                str(pipeline.valid_without_renewal[s.year]),
                str(s.lapsing),
                str(s.valid),
                str(s.needed),
                str(s.new),
            ]
        )
        for s in route.steps
    ]
    columns = [text(f"pipeline_col_{k}", lang) for k in keys]
    return Block(_route_title(route, lang), columns, [Group(None, rows)], status_column=None)


def _valid(pipeline: Pipeline, lang: Lang) -> Block:
    """Where there is no goal to reach: the certificates still valid at each year end."""
    columns = [text(f"pipeline_col_{k}", lang) for k in ("year_end", "valid_without_renewal")]
    rows = [Row([str(y), str(n)]) for y, n in pipeline.valid_without_renewal.items()]
    title = text("pipeline_valid_title", lang, year=pipeline.year, count=pipeline.valid_now)
    return Block(title, columns, [Group(None, rows)], status_column=None)


def candidate_detail(candidate: Candidate, lang: Lang) -> str:
    """The gaps of an unmet candidate, or what to supply for an unknown one."""
    if candidate.gaps:
        return text("separator", lang).join(g.message.render(lang) for g in candidate.gaps)
    if not candidate.figures_given:
        return text("pipeline_no_figures", lang)
    if candidate.supply:
        each = (text("or", lang).join(need.text(lang) for need in needs) for needs in candidate.supply)
        return text("unknown_supply", lang, keys=text("separator", lang).join(each))
    return ""


def _candidates(pipeline: Pipeline, lang: Lang) -> Block:
    keys = ("enterprise", "credit_code")
    columns = [text(f"pipeline_col_{k}", lang) for k in keys]
    columns += [text("col_verdict", lang)]
    columns += [text(f"pipeline_col_{k}", lang) for k in ("tech_sme", "holds_until", "gap_or_supply")]
    rows = [
        Row(
            [
                c.name,
                c.credit_code,
                status(c.status, lang),
                "" if c.tech_sme is None else text("yes" if c.tech_sme else "no", lang),
                c.certificate_expires.isoformat() if c.certificate_expires else "",
                candidate_detail(c, lang),
            ],
            TONE[c.status],
        )
        for c in pipeline.candidates
    ]
    title = text("pipeline_candidates_title", lang, standard=pipeline.enterprise_standard, count=len(rows))
    return Block(title, columns, [Group(None, rows)], status_column=2)


def pipeline_sheet(pipeline: Pipeline, lang: Lang) -> Sheet:
    blocks = [_expiring(pipeline, lang)] if pipeline.expiring else []
    blocks += [_route(pipeline, r, lang) for r in pipeline.routes] or [_valid(pipeline, lang)]
    if pipeline.candidates:
        blocks.append(_candidates(pipeline, lang))
    closing = [] if pipeline.expiring else [text("pipeline_none_expiring", lang, by=pipeline.by)]
    if not pipeline.candidates:
        closing.append(text("pipeline_no_candidates", lang))
    closing += [m.render(lang) for m in pipeline.notes]
    closing.append(text("pipeline_clauses", lang))
    return Sheet(
        heading=text("pipeline_heading", lang, year=pipeline.year, by=pipeline.by),
        blocks=blocks,
        closing=closing,
        separator=text("separator", lang),
    )
