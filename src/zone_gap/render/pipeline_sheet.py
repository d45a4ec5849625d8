"""The certificate pipeline laid out as a sheet: the certificates lapsing before the deadline, the
paths to the plan's target and the standard's growth year by year, the candidates against each
enterprise standard, then for each park criterion that counts enterprises the ones that would close
it, nearest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zone_gap.figures.quantity import plain_number
from zone_gap.figures.vocabulary import Need
from zone_gap.i18n import Lang, text
from zone_gap.maths.result import Result, Status
from zone_gap.render.check_sheet import TONE, actual, status, threshold
from zone_gap.render.sheet import Block, Group, Row, Sheet
from zone_gap.roster.pipeline import Closing, Judgement, Mover, Pipeline, Route

if TYPE_CHECKING:
    from zone_gap.render.spreadsheet import Grid


def _expiring(pipeline: Pipeline, lang: Lang) -> Block:
    columns = [text(f"pipeline_col_{k}", lang) for k in ("enterprise", "credit_code", "expires")]
    rows = [Row([e.name, e.credit_code, e.expires.isoformat()]) for e in pipeline.expiring]
    title = text("pipeline_expiring_title", lang, by=pipeline.by, count=len(pipeline.expiring))
    return Block(title, columns, [Group(None, rows)], status_column=None, unbroken=(1, 2))


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


def judgement_detail(judgement: Judgement, lang: Lang) -> str:
    """What a candidate lacks against one standard: its gaps, else what to supply where unknown."""
    if judgement.gaps:
        return text("separator", lang).join(g.message.render(lang) for g in judgement.gaps)
    if judgement.status is not Status.UNKNOWN:
        return ""
    if not judgement.figures_given:
        return text("pipeline_no_figures", lang)
    if judgement.supply:
        return text("pipeline_supply", lang, figures=supply_names(judgement, lang))
    return text("pipeline_clauses_open", lang)


def supply_names(judgement: Judgement, lang: Lang) -> str:
    """What to supply, each criterion's shortest way, by the figures' names (a roster's columns)."""
    each = (min(needs, key=Need.simplest).names(lang) for needs in judgement.supply)
    return text("list_separator", lang).join(each)


def _score(judgement: Judgement) -> str:
    score = judgement.score
    if score is None or score.low is None or score.high is None:
        return ""
    low, high = plain_number(score.low), plain_number(score.high)
    return low if low == high else f"{low}–{high}"


def verdict(judgement: Judgement, lang: Lang) -> str:
    """The status, with the score where the standard is scored."""
    score = _score(judgement)
    shown = status(judgement.status, lang)
    return shown + (text("pipeline_score", lang, score=score) if score else "")


def _candidates(pipeline: Pipeline, lang: Lang) -> Block:
    names = pipeline.enterprise_standards
    columns = [
        text(f"pipeline_col_{k}", lang) for k in ("enterprise", "credit_code", "tech_sme", "holds_until")
    ]
    columns += [names[k].text(lang) for k in names]
    columns += [text("pipeline_col_gap_or_supply", lang)]
    rows = []
    for c in pipeline.candidates:
        details = [
            names[k].text(lang) + text("colon", lang) + detail
            for k, j in c.standards.items()
            if (detail := judgement_detail(j, lang))
        ]
        best = min(c.standards.values(), key=lambda j: j.distance()).status
        rows.append(
            Row(
                [
                    c.name,
                    c.credit_code,
                    "" if c.tech_sme is None else text("yes" if c.tech_sme else "no", lang),
                    c.certificate_expires.isoformat() if c.certificate_expires else "",
                    *(verdict(c.standards[k], lang) for k in names),
                    text("separator", lang).join(details),
                ],
                TONE[best],
            )
        )
    title = text("pipeline_candidates_title", lang, count=len(rows))
    verdicts = range(4, 4 + len(names))  # a score's range (78–96分) never broken
    return Block(title, columns, [Group(None, rows)], status_column=None, unbroken=(1, *verdicts))


def closing_title(closing: Closing, lang: Lang) -> str:
    """The park criterion now, what it lacks, and what it would be if the ready ones succeeded."""
    now, after = closing.now, closing.after
    if now.branches:  # either/or: met when any branch is; each branch has its own list
        said = text("closing_either", lang, name=now.name, status=status(now.status, lang))
    else:
        said = text(
            "closing_now",
            lang,
            name=now.name,
            actual=_figure(now, lang),
            threshold=threshold(now, lang),
            status=status(now.status, lang),
        )
    if now.status is Status.UNMET and now.gap_count:
        said += text("closing_needed", lang, n=now.gap_count)
    if closing.ready:
        known = after.actual is not None and after.actual.value is not None
        if after.branches or not known:  # the status alone; or what it still lacks
            said += text("closing_after_status", lang, n=closing.ready, status=_figure(after, lang))
        else:
            said += text(
                "closing_after",
                lang,
                n=closing.ready,
                actual=_figure(after, lang),
                status=status(after.status, lang),
            )
    elif closing.movers:
        said += text("closing_none_ready", lang)
    return said


def _figure(result: Result, lang: Lang) -> str:
    """A park criterion's figure; where unknown, what it lacks by name, once; for an either/or, its
    status (its branches have figures of their own)."""
    if result.branches:
        return status(result.status, lang)
    if result.actual is not None and result.actual.value is not None:
        return actual(result, lang)
    if result.supply:
        names = min(result.supply, key=Need.simplest).names(lang)
        return text("closing_unknown", lang, figures=names)
    return actual(result, lang) or status(result.status, lang)


def _mover_cells(rank: int, mover: Mover, pipeline: Pipeline, lang: Lang) -> list[str]:
    return [
        str(rank),
        mover.candidate.name,
        mover.candidate.credit_code,
        pipeline.enterprise_standards[mover.standard].text(lang),
        verdict(mover.judgement, lang),
        judgement_detail(mover.judgement, lang),
    ]


MOVER_COLUMNS = ("rank", "enterprise", "credit_code", "through", "verdict", "gap_or_supply")


def _closing(closing: Closing, pipeline: Pipeline, lang: Lang) -> Block:
    columns = [text(f"pipeline_col_{k}", lang) for k in MOVER_COLUMNS]
    rows = [
        Row(_mover_cells(i, m, pipeline, lang), TONE[m.judgement.status])
        for i, m in enumerate(closing.movers, start=1)
    ]
    if not rows:
        rows = [Row(["", text("closing_no_movers", lang), "", "", "", ""])]
    return Block(closing_title(closing, lang), columns, [Group(None, rows)], status_column=4, unbroken=(0, 2))


def pipeline_grid(pipeline: Pipeline, lang: Lang) -> Grid:
    """The enterprises that close each gap, one row each under the park criterion it would close,
    for a spreadsheet: the criterion's figures now and if the ready ones succeed beside each."""
    from zone_gap.render.spreadsheet import Grid

    keys = ("criterion_id", "criterion", "now", "threshold", "needed", "if_ready")
    header = [text(f"pipeline_col_{k}", lang) for k in (*keys, *MOVER_COLUMNS)]
    rows = []
    for closing in pipeline.closings:
        now, after = closing.now, closing.after
        head = [
            now.id,
            now.name.text(lang),
            _figure(now, lang),
            "" if now.branches else threshold(now, lang),
            str(now.gap_count) if now.status is Status.UNMET and now.gap_count else "",
            _figure(after, lang) if closing.ready else "",
        ]
        for i, mover in enumerate(closing.movers, start=1):
            rows.append([*head, *_mover_cells(i, mover, pipeline, lang)])
        if not closing.movers:
            rows.append([*head, "", text("closing_no_movers", lang), "", "", "", ""])
    return Grid(header, rows, frozenset({4, 6}))


def pipeline_sheet(pipeline: Pipeline, lang: Lang) -> Sheet:
    blocks = [_expiring(pipeline, lang)] if pipeline.expiring else []
    if pipeline.valid_now is not None:
        blocks += [_route(pipeline, r, lang) for r in pipeline.routes] or [_valid(pipeline, lang)]
    if pipeline.candidates:
        blocks.append(_candidates(pipeline, lang))
    blocks += [_closing(c, pipeline, lang) for c in pipeline.closings]
    closing = (
        []
        if pipeline.expiring or pipeline.valid_now is None
        else [text("pipeline_none_expiring", lang, by=pipeline.by)]
    )
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


def closings_sheet(pipeline: Pipeline, lang: Lang) -> Sheet:
    """The page of the meeting pack: for each park criterion that counts enterprises, the ones that
    would close its gap, nearest first."""
    blocks = [_closing(c, pipeline, lang) for c in pipeline.closings]
    closing = [text("closings_order", lang), text("pipeline_clauses", lang)]
    if not blocks:
        closing.insert(0, text("pipeline_no_candidates", lang))
    return Sheet(
        heading=text("closings_heading", lang, year=pipeline.year),
        blocks=blocks,
        closing=closing,
        separator=text("separator", lang),
    )
