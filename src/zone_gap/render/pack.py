"""The meeting pack laid out before any format: the verdict, the gap table, one chart per numeric
criterion, the plan check, the department ledger, and the sources and method."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from zone_gap.analysis.outcomes import MeetingPack
from zone_gap.analysis.projection import Projection
from zone_gap.figures.quantity import percent_text, plain_number
from zone_gap.i18n import Lang, text
from zone_gap.kinds import Reference
from zone_gap.maths.result import Status
from zone_gap.maths.trend import Category, Trend
from zone_gap.render.chart import Chart, Series
from zone_gap.render.check_sheet import check_sheet
from zone_gap.render.numbers import DECIMALS
from zone_gap.render.numbers import figure as figure_text
from zone_gap.render.pipeline_sheet import closings_sheet
from zone_gap.render.plan_sheet import plan_sheet
from zone_gap.render.project_sheet import category, method, ratio
from zone_gap.render.sheet import Sheet
from zone_gap.standard.model import Numeric


@dataclass(frozen=True)
class Figure:
    """A chart with the words under it."""

    chart: Chart
    caption: str
    rows: list[list[str]]
    """The chart's figures as a table: year, actual, threshold, projected (for Markdown)."""


@dataclass(frozen=True)
class Pack:
    title: str
    facts: list[tuple[str, str]]
    check: Sheet
    figures: list[Figure]
    plan: Sheet | None
    ledger: Sheet | None
    footnotes: list[str]
    movers: Sheet | None = None
    """With a roster: the enterprises that close each gap."""


def build_pack(pack: MeetingPack, lang: Lang, produced: date) -> Pack:
    report = pack.check.report
    counts = report.summary()
    standard_name = report.standard.text(lang)
    as_of = f" ({report.as_of})" if report.as_of else ""
    facts = [
        (text("pack_park", lang), report.park),
        (text("pack_standard", lang), standard_name),
        (text("pack_data_year", lang), f"{report.year}{as_of}"),
        (text("pack_produced", lang), produced.isoformat()),
        (text("pack_deadline", lang), str(report.deadline)),
        (
            text("pack_verdict", lang),
            text(
                "pack_counts",
                lang,
                met=counts[Status.MET],
                unmet=counts[Status.UNMET],
                unknown=counts[Status.UNKNOWN],
            ),
        ),
    ]
    figures = [_figure(p, pack, lang) for s in pack.projection.sections for p in s.projections]
    return Pack(
        title=text("pack_title", lang, park=report.park, year=report.year),
        facts=facts,
        check=check_sheet(report, pack.check.warnings, lang),
        figures=figures,
        plan=plan_sheet(pack.plan, lang) if pack.plan is not None else None,
        ledger=check_sheet(report, [], lang, pack.leads, compact=True) if pack.leads is not None else None,
        footnotes=_footnotes(pack, lang),
        movers=closings_sheet(pack.pipeline, lang) if pack.pipeline is not None else None,
    )


def _criterion(pack: MeetingPack, criterion_id: str) -> Numeric:
    return next(c for c in pack.standard.numeric() if c.id == criterion_id)


def _figure(top: Projection, pack: MeetingPack, lang: Lang) -> Figure:
    row = next(b for b in top.branches if b.id == top.best_branch) if top.branches else top
    criterion = _criterion(pack, row.id)
    title = top.name.text(lang)
    if row is not top:
        title += " — " + (row.name.text(lang))
    line = Trend(tuple(t for t, _ in row.series), tuple(v for _, v in row.series))
    unit = row.grows_unit if row.growth is not None else row.unit  # growth: the figure that grows
    series = [Series(text("chart_actual", lang), list(row.series), "actual")]
    if line.values:
        series += _guides(criterion, row, line, pack, lang)
    caption = text(
        "chart_caption",
        lang,
        category=category(row.category, lang),
        ratio=ratio(row.ratio) or "—",
        reach=_reach(row, lang),
    )
    if row.grows is not None:
        caption += text("chart_growth_figure", lang, figure=row.grows.name or row.grows.key)
    if row.growth is not None and line.values and line.values[-1] <= 0:
        caption += text("chart_growth_no_path", lang, value=plain_number(line.values[-1]))
    chart = Chart(title, unit, series, empty_text=text("chart_empty", lang))
    return Figure(chart, caption, _rows(series, unit))


def _reach(row: Projection, lang: Lang) -> str:
    if row.reach_year is not None:
        return str(row.reach_year)
    return "—" if row.category is Category.INSUFFICIENT_DATA else text("never", lang)


def _guides(criterion: Numeric, row: Projection, line: Trend, pack: MeetingPack, lang: Lang) -> list[Series]:
    """Threshold, the path the deadline requires, and the projected trend, from the latest point."""
    deadline = pack.projection.deadline
    start, latest = line.times[-1], line.values[-1]
    first = int(line.times[0])
    if row.growth is not None:  # from zero or below no rate leads anywhere: no path (the caption says)
        rate = row.growth
        path = [(start + k, latest * (1 + rate) ** k) for k in range(0, int(deadline - start) + 1)]
        label = text("chart_growth_path", lang, rate=percent_text(rate, None))
        guides = [Series(label, path, "threshold")] if latest > 0 else []
        projected = line.at(Fraction(deadline))
    else:
        years = range(first, deadline + 1)
        found = [
            (Fraction(y), criterion.threshold_at(pack.standard, y, pack.series, pack.national_rd)[0])
            for y in years
        ]
        bars = [(y, value) for y, value in found if value is not None]  # tiers: none drawn
        label = "chart_national" if isinstance(criterion.threshold, Reference) else "chart_threshold"
        guides = (
            [
                Series(text(label, lang), bars, "threshold"),
                Series(text("chart_required", lang), [(start, latest), bars[-1]], "required"),
            ]
            if bars
            else []
        )
        projected = row.projected
    guides += _plan_path(criterion, pack, lang)
    if projected is not None and deadline > start:
        guides.append(
            Series(
                text("chart_projected", lang),
                [(start, latest), (Fraction(deadline), projected)],
                "projected",
            )
        )
    return guides


def _plan_path(criterion: Numeric, pack: MeetingPack, lang: Lang) -> list[Series]:
    """The district plan's own path for the figure this criterion measures, where it has one."""
    if pack.plan is None:
        return []
    figure = getattr(criterion, "figure", None) or getattr(criterion, "reported", None)
    target = next((t for t in pack.plan.targets if t.id == figure), None)
    if target is None or target.base is None:
        return []
    points = [(Fraction(pack.plan.base_year), target.base)]
    points += [(Fraction(s.year), s.planned) for s in target.path if s.planned is not None]
    return [Series(text("chart_plan", lang), points, "plan")]


def _rows(series: list[Series], unit: str) -> list[list[str]]:
    """The chart's figures by year; each beside the year's threshold shows the digits that tell them
    apart (a projected 199.996 beside 200 is not 200.00)."""

    def shown(value: Fraction, against: list[Fraction]) -> str:
        return figure_text(unit, value, against=against)

    years = sorted({x for s in series for x, _ in s.points})
    table = []
    for year in years:
        found = [[y for x, y in item.points if x == year] for item in series]
        bars = [y for item, ys in zip(series, found, strict=True) if item.style == "threshold" for y in ys]
        others = [y for item, ys in zip(series, found, strict=True) if item.style != "threshold" for y in ys]
        cells = [f"{float(year):g}"]
        for item, ys in zip(series, found, strict=True):
            against = others if item.style == "threshold" else bars
            cells.append(shown(ys[0], against) if ys else "")
        table.append(cells)
    return table


def _footnotes(pack: MeetingPack, lang: Lang) -> list[str]:
    notes = [text("pack_source_standard", lang, source=pack.standard.source)]
    for table_id, table in pack.standard.references.items():
        name = table.name.text(lang)
        entries = "; ".join(
            f"{year} {row[table.default_series].value}: {row[table.default_series].source}"
            for year, row in sorted(table.values.items())
        )
        notes.append(text("pack_source_table", lang, name=name, id=table_id, entries=entries))
    notes += [method(lang), text("rounding", lang, decimals=DECIMALS)]
    return notes
