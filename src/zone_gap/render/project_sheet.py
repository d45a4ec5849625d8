"""`project`'s report laid out as a sheet: one row per numeric criterion and branch."""

from __future__ import annotations

from fractions import Fraction

from zone_gap.analysis.projection import Projection, ProjectionReport
from zone_gap.figures.vocabulary import Noun
from zone_gap.i18n import Lang, text
from zone_gap.maths.trend import ACCELERATION, ON_TRACK, Category
from zone_gap.render.check_sheet import Notes
from zone_gap.render.ledger import ledger_columns, ledger_groups
from zone_gap.render.numbers import ZERO, count, decimal, figure, percent, points, rate
from zone_gap.render.numbers import years as years_left
from zone_gap.render.sheet import Block, Group, Row, Sheet
from zone_gap.standard.plan import Lead

TONE = {
    Category.ACHIEVED: "good",
    Category.ON_TRACK: "good",
    Category.ACCELERATION_NEEDED: "unsure",
    Category.LIMITED_PROGRESS: "bad",
    Category.DETERIORATION: "bad",
    Category.INSUFFICIENT_DATA: None,
}


def category(value: Category, lang: Lang) -> str:
    return text(f"category_{value}", lang)


def _change(row: Projection, value: Fraction | None, lang: Lang, *, required: bool = False) -> str:
    """A change per year: enterprises, an amount or number, percentage points, or (for growth) the
    rate itself; past a strict bar, more than the change shown where the figure is not whole."""
    if value is None:
        return ""
    if required and value == 0 and not row.required_strict:  # as check shows it: nothing asked
        return "—"
    if row.kind == "growth":
        return percent(value, against=[row.threshold])
    if row.unit == "ratio":
        shown = text("change_points", lang, n=points(value, sign=True, against=ZERO))
    else:
        shown = text(
            f"per_year_{row.unit}", lang, n=count(value, sign=True, against=ZERO), noun=Noun(row.noun)
        )
    if required and row.required_strict:
        return (">" if row.comparison.rising else "<") + shown
    return shown


def ratio(value: Fraction | None) -> str:
    """R, with the digits that tell it from the cut-offs it is sorted by (0.9499 is not on track)."""
    return "" if value is None else decimal(value, against=(ON_TRACK, ACCELERATION, Fraction(0)))


def notes(row: Projection, lang: Lang, *, with_cagr: bool = True) -> list[str]:
    """Which branch is most likely to make it, the compound rate observed (unless a column of its own
    shows it), and any remarks."""
    lines = []
    if row.best_branch is not None:
        best = next(b for b in row.branches if b.id == row.best_branch)
        lines.append(text("best_branch", lang, branch=best.name.text(lang)))
    if row.observed_cagr is not None and with_cagr and not row.branches:
        lines.append(text("observed_cagr", lang, rate=rate(row.observed_cagr)))
    lines.extend(m.render(lang) for m in row.notes)
    return lines


def _bar(row: Projection) -> str:
    """The threshold at the deadline with its comparison (≥20, ≤8, >70)."""
    shown = figure(row.unit, row.threshold, against=[row.latest, row.projected])
    return f"{row.comparison.symbol}{shown}" if shown else ""


def projection_row(row: Projection, lang: Lang, marks: Notes, *, sub: bool = False) -> Row:
    """One criterion or branch. An either/or criterion shows its category and risk, and no figure of
    its own: its branches carry them, as in ``check``, and its note names the branch most likely to
    make it."""
    label = ("└" if sub else "") + marks.mark(row.name.text(lang), notes(row, lang))
    risk = text("at_risk", lang) if row.at_risk else ""
    if row.branches:
        return Row([label, category(row.category, lang), *[""] * 8, risk], TONE[row.category], sub)
    if row.reach_year is not None:
        reach = str(row.reach_year)
    else:
        reach = text("never", lang) if row.category is not Category.INSUFFICIENT_DATA else ""
    cells = [
        label,
        category(row.category, lang),
        sparkline(row),
        figure(row.unit, row.latest, against=[row.threshold]),
        figure(row.unit, row.projected, against=[row.threshold]),
        _bar(row),
        _change(row, row.required_per_year, lang, required=True),
        _change(row, row.observed_per_year, lang),
        ratio(row.ratio),
        reach,
        risk,
    ]
    return Row(cells, TONE[row.category], sub)


BARS = "▁▂▃▄▅▆▇█"


def sparkline(row: Projection) -> str:
    """The figures by year as bars, then › the projection, then the threshold after its comparison, on
    one scale from the lowest to the highest of them: ``▁▃▄›▇ ≥█`` reads "rising, projected short of
    the bar"; ``▁▃▄›█ ≤▆`` "rising, projected past the cap"."""
    values = [v for _, v in row.series]
    if not values:
        return ""
    same_scale = row.growth is None  # the growth row's figures are counts, its threshold a rate
    marks = [v for v in (row.projected, row.threshold) if v is not None and same_scale]
    low, high = min([*values, *marks]), max([*values, *marks])
    span = high - low or Fraction(1)

    def bar(value: Fraction) -> str:
        return BARS[max(0, min(7, round(float((value - low) / span) * 7)))]

    shown = "".join(bar(v) for v in values)
    if same_scale and row.projected is not None:
        shown += "›" + bar(row.projected)
    if same_scale and row.threshold is not None:
        shown += f" {row.comparison.symbol}" + bar(row.threshold)
    return shown


def heading(report: ProjectionReport, lang: Lang) -> str:
    years = "、".join(map(str, report.years)) if lang == Lang.ZH else ", ".join(map(str, report.years))
    shown = years_left(report.years_left)
    mid = text("mid_year", lang, files=", ".join(report.mid_year)) if report.mid_year else ""
    return text(
        "project_heading", lang, park=report.park, years=years, mid=mid, deadline=report.deadline, left=shown
    )


def projection_columns(lang: Lang) -> list[str]:
    keys = (
        "criterion",
        "category",
        "trend",
        "latest",
        "projected",
        "deadline_threshold",
        "required",
        "observed",
        "ratio",
        "reach_year",
        "risk",
    )
    return [text(f"col_{k}", lang) for k in keys]


def project_sheet(report: ProjectionReport, lang: Lang, leads: dict[str, list[Lead]] | None = None) -> Sheet:
    marks = Notes(lang)
    items = [
        (
            p.id,
            [projection_row(p, lang, marks)] + [projection_row(b, lang, marks, sub=True) for b in p.branches],
        )
        for section in report.sections
        for p in section.projections
    ]
    columns = projection_columns(lang)
    if leads is not None:
        block = Block(
            text("ledger_title", lang),
            columns + ledger_columns(lang),
            ledger_groups(items, leads, lang),
            marks.lines,
        )
    else:
        by_id = dict(items)
        groups = [
            Group(
                s.name.text(lang),
                [row for p in s.projections for row in by_id[p.id]],
            )
            for s in report.sections
        ]
        block = Block(text("projection_title", lang), columns, groups, marks.lines)
    counts = dict.fromkeys(Category, 0)
    for section in report.sections:
        for projection in section.projections:
            counts[projection.category] += 1
    summary = text(
        "category_counts",
        lang,
        counts=text("separator", lang).join(f"{category(c, lang)} {n}" for c, n in counts.items() if n),
    )
    return Sheet(
        heading=heading(report, lang),
        blocks=[block],
        closing=[summary, method(lang)],
        separator=text("separator", lang),
    )


def method(lang: Lang) -> str:
    return text(
        "project_method", lang, on_track=f"{float(ON_TRACK):.2f}", acceleration=f"{float(ACCELERATION):.2f}"
    )
