"""`plan`'s report laid out as a sheet: the planned path of each target, then actual against it."""

from __future__ import annotations

from fractions import Fraction

from zone_gap.analysis.plan_check import PlanReport, TargetCheck
from zone_gap.figures.comparison import Comparison
from zone_gap.figures.quantity import Against
from zone_gap.figures.vocabulary import Noun
from zone_gap.i18n import Lang, text
from zone_gap.render.check_sheet import Notes
from zone_gap.render.numbers import ZERO, count, figure, points
from zone_gap.render.sheet import Block, Group, Row, Sheet


def _change(target: TargetCheck, value: Fraction | None, lang: Lang, against: Against = ()) -> str:
    if value is None:
        return ""
    if target.unit != "ratio":
        n = count(value, sign=True, against=against)
        return text(
            f"per_year_{target.unit}", lang, n=n, noun=Noun("家")
        )  # a plan's counts are of the park's
    return text("per_year_points", lang, n=points(value, sign=True, against=against))


def _bar(target: TargetCheck) -> str:
    """The standard's bar at the deadline, with its comparison where it is not "at least"."""
    shown = figure(target.unit, target.standard, against=[target.planned, target.target])
    if not shown or target.comparison is Comparison.AT_LEAST:
        return shown
    return target.comparison.symbol + shown


def _verdict(target: TargetCheck, lang: Lang) -> tuple[str, str | None]:
    if target.reaches is None:
        return text("status_unknown", lang), "unsure"
    return (text("plan_reaches", lang), "good") if target.reaches else (text("plan_short", lang), "bad")


def _path_row(target: TargetCheck, years: list[int], lang: Lang, marks: Notes) -> Row:
    by_year = {s.year: s.planned for s in target.path}
    verdict, tone = _verdict(target, lang)
    notes = [m.render(lang) for m in target.notes]
    bars = [target.target, target.standard]  # what the planned path is set against
    steps = [target.per_year, target.enough_per_year]  # the planned increment beside the one enough
    shortfall = (
        figure(target.unit, target.shortfall, against=ZERO)
        if target.unit != "ratio"
        else (text("gap_points", lang, n=points(target.shortfall, against=ZERO)) if target.shortfall else "")
    )
    return Row(
        [
            marks.mark(target.name.text(lang), notes),
            verdict,
            figure(target.unit, target.base),
            _change(target, target.per_year, lang, steps),
            *(figure(target.unit, by_year.get(y), against=bars) for y in years),
            figure(target.unit, target.target, against=[target.planned, target.standard]),
            _bar(target),
            shortfall,
            _change(target, target.enough_per_year, lang, steps),
        ],
        tone,
    )


def _actual_rows(report: PlanReport, lang: Lang) -> list[Row]:
    rows = []
    for target in report.targets:
        for step in target.actual:
            difference = step.difference
            assert difference is not None
            if target.unit != "ratio":
                shown = count(difference, sign=True, against=ZERO)
            else:
                shown = text("points_signed", lang, n=points(difference, sign=True, against=ZERO))
            ahead = target.ahead(step)
            when = f"{step.year}" + (
                f"（{step.as_of}）"
                if step.as_of and lang == Lang.ZH
                else f" ({step.as_of})"
                if step.as_of
                else ""
            )
            rows.append(
                Row(
                    [
                        target.name.text(lang),
                        when,
                        figure(target.unit, step.planned, against=[step.actual]),
                        figure(target.unit, step.actual, against=[step.planned]),
                        shown,
                        text("ahead" if ahead else "behind", lang),
                    ],
                    "good" if ahead else "bad",
                )
            )
    return rows


def plan_sheet(report: PlanReport, lang: Lang) -> Sheet:
    marks = Notes(lang)
    years = list(range(report.base_year + 1, report.deadline + 1))
    columns = [
        text("col_target", lang),
        text("col_verdict", lang),
        text("col_base", lang, year=report.base_year),
        text("col_plan_step", lang),
        *(text("col_planned_in", lang, year=y) for y in years),
        text("col_plan_target", lang),
        text("col_standard_bar", lang),
        text("col_shortfall", lang),
        text("col_enough", lang),
    ]
    rows = [_path_row(t, years, lang, marks) for t in report.targets]
    blocks = [Block(text("plan_title", lang), columns, [Group(None, rows)], marks.lines)]
    actual = _actual_rows(report, lang)
    if actual:
        actual_columns = [
            text(f"col_{k}", lang) for k in ("target", "year", "planned", "actual_value", "difference")
        ]
        blocks.append(
            Block(
                text("plan_actual_title", lang),
                [*actual_columns, text("col_verdict", lang)],
                [Group(None, actual)],
                status_column=5,
            )
        )
    plan_name = report.plan.text(lang)
    verdict = text("plan_adds_up" if report.adds_up else "plan_does_not_add_up", lang)
    return Sheet(
        heading=text("plan_heading", lang, plan=plan_name, base=report.base_year, deadline=report.deadline),
        blocks=blocks,
        closing=[verdict, text("plan_method", lang)],
        separator=text("separator", lang),
    )
