"""`check`'s report laid out as a sheet: numeric criteria with their branches, then the clauses."""

from __future__ import annotations

from fractions import Fraction

from zone_gap.figures.vocabulary import Noun
from zone_gap.i18n import Lang, text
from zone_gap.io.problem import Problem
from zone_gap.maths.result import Report, Result, Status
from zone_gap.render.ledger import ledger_columns, ledger_groups
from zone_gap.render.numbers import DECIMALS, ZERO, count, figure, points, rate, years
from zone_gap.render.sheet import Block, Group, Row, Sheet
from zone_gap.standard.plan import Lead

TONE = {Status.MET: "good", Status.UNMET: "bad", Status.UNKNOWN: "unsure"}


def status(value: Status, lang: Lang) -> str:
    return text(f"status_{value}", lang)


def _value_unknown(result: Result) -> bool:
    """A numeric row of which nothing at all is known (not even a bound)."""
    bounds = result.actual
    return (
        result.unit is not None
        and not result.branches
        and (bounds is None or (bounds.low is None and bounds.high is None))
    )


def supply(result: Result, lang: Lang) -> str:
    """What would make the result known, each figure by its name with its key beside it."""
    return text("or", lang).join(need.text(lang) for need in result.supply)


def _bars(result: Result) -> list[Fraction | None]:
    """What the actual figure is set against: the threshold now and at the deadline."""
    return [result.threshold, result.deadline_threshold]


def actual(result: Result, lang: Lang) -> str:
    bounds = result.actual
    if not result.unit:
        return ""
    if bounds is None or _value_unknown(result):
        return (
            text("unknown_supply", lang, keys=supply(result, lang))
            if result.supply
            else text("unknown_value", lang)
        )

    def shown(value: Fraction) -> str:
        return figure(result.unit, value, against=_bars(result))

    if bounds.value is not None:
        return shown(bounds.value)
    if bounds.high is None:
        return f"≥{shown(bounds.low)}" if bounds.low is not None else ""
    if bounds.low is None:
        return f"≤{shown(bounds.high)}"
    return f"{shown(bounds.low)}–{shown(bounds.high)}"


def threshold(result: Result, lang: Lang) -> str:
    if result.threshold is None:
        return ""
    bounds = result.actual
    values = [bounds.value, bounds.low, bounds.high] if bounds is not None else []
    shown = f"{result.comparison.symbol}{figure(result.unit, result.threshold, against=values)}"
    end = result.deadline_threshold
    if end is not None and end != result.threshold:
        shown += text("threshold_at_deadline", lang, value=figure(result.unit, end, against=values))
    return shown


def gap(result: Result, lang: Lang) -> str:
    if result.gap is None:
        return ""
    if result.gap == 0:  # met; or, where the standard asks for more (less) than the bar, exactly at it
        if result.status is Status.MET or not result.comparison.strict:
            return "—"
        return text(f"gap_strict_{result.comparison}", lang)
    over = "" if result.comparison.rising else "_over"  # a cap: the figure is above it, by the gap
    if result.unit == "count":
        n = result.gap_count or count(result.gap, against=ZERO)
        return text(f"gap_count{over}", lang, n=n, noun=Noun(result.noun))
    if result.unit in ("amount", "number"):
        return text(f"gap_{result.unit}{over}", lang, n=count(result.gap, against=ZERO))
    shown = text(f"gap_points{over}", lang, n=points(result.gap, against=ZERO))
    if result.gap_count:
        shown += text("gap_points_count", lang, n=result.gap_count, noun=Noun(result.noun))
    elif result.gap_amount:
        shown += text("gap_points_amount", lang, n=count(result.gap_amount, against=ZERO))
    return shown


def per_year(result: Result, lang: Lang) -> str:
    """The change needed a year; past a strict bar with a figure that is not whole, more than it
    (``>+5.00``, or ``<−5.00`` for a fall)."""
    value = result.required_per_year
    if value is None:
        return ""
    if value == 0 and not result.required_strict:
        return "—"
    if result.unit in ("count", "amount", "number"):
        n = count(value, sign=True, against=ZERO)
        shown = text(f"per_year_{result.unit}", lang, n=n, noun=Noun(result.noun))
    else:
        shown = text("per_year_points", lang, n=points(value, sign=True, against=ZERO))
    if not result.required_strict:
        return shown
    return (">" if result.comparison.rising else "<") + shown


def cagr(result: Result) -> str:
    if result.required_cagr is None:
        return ""
    return "—" if result.required_cagr == 0 else rate(result.required_cagr, against=ZERO)


def notes(result: Result, lang: Lang, *, supply_always: bool = False) -> list[str]:
    """Evidence, which branch decides, the figures to supply, and any remarks. The figures to supply
    are left to the actual cell where that names them, unless ``supply_always`` (a spreadsheet, whose
    actual cell holds only a number)."""
    lines: list[str] = []
    if result.evidence:
        lines.append(result.evidence)
    if result.decided_by is not None:
        branch = next(b for b in result.branches if b.id == result.decided_by)
        lines.append(text(f"decided_{result.status}", lang, branch=branch.name.text(lang)))
    if result.kind == "qualitative" and result.supply:  # the row names the clause
        lines.append(text("supply_clause", lang, key=result.supply[0].key))
    elif result.supply and (supply_always or not _value_unknown(result)):
        lines.append(text("supply", lang, keys=supply(result, lang)))
    lines.extend(m.render(lang) for m in result.notes)
    return lines


class Notes:
    """Numbered notes under a table; a row's label gets the number of its note."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.lines: list[str] = []

    def mark(self, label: str, lines: list[str]) -> str:
        if not lines:
            return label
        self.lines.append(
            f"[{len(self.lines) + 1}] "
            + text("footnote", self.lang, label=label, notes=text("separator", self.lang).join(lines))
        )
        return f"{label} [{len(self.lines)}]"


def numeric_row(result: Result, lang: Lang, marks: Notes, *, sub: bool = False, depth: int = 0) -> Row:
    """One criterion or branch; ``depth``: a member of a member (a group within a group) is set in
    under the one it belongs to."""
    depth = max(depth, 1 if sub else 0)
    indent = "　" * (depth - 1) + "└" if depth else ""
    label = indent + marks.mark(result.name.text(lang), notes(result, lang))
    sub = depth > 0
    if result.branches:  # an either/or criterion: its branches below carry the figures
        cells = [label, status(result.status, lang), "", "", "", "", ""]
    else:
        cells = [
            label,
            status(result.status, lang),
            actual(result, lang),
            threshold(result, lang),
            gap(result, lang),
            per_year(result, lang),
            cagr(result),
        ]
    return Row(cells, TONE[result.status], sub)


def heading(report: Report, lang: Lang) -> str:
    standard = report.standard.text(lang)
    shown = years(report.years_left)
    as_of = text("as_of", lang, date=report.as_of) if report.as_of else ""
    return text(
        "heading" if report.subject == "park" else "heading_enterprise",
        lang,
        park=report.park,
        year=report.year,
        as_of=as_of,
        standard=standard,
        deadline=report.deadline,
        years=shown,
    )


def _counts(key: str, counts: dict[Status, int], lang: Lang) -> str:
    return text(
        key,
        lang,
        met=counts[Status.MET],
        unmet=counts[Status.UNMET],
        unknown=counts[Status.UNKNOWN],
        total=sum(counts.values()),
    )


def summary(report: Report, lang: Lang) -> str:
    line = _counts("summary", report.summary(), lang)
    line += _counts("summary_numeric", report.summary(numeric=True), lang)
    encouraged = sum(1 for s in report.sections for r in s.results if r.encouraged)
    if encouraged:
        line += text("summary_encouraged", lang, n=encouraged)
    return line


def numeric_columns(lang: Lang) -> list[str]:
    keys = ("criterion", "status", "actual", "threshold", "gap", "per_year", "cagr")
    return [text(f"col_{k}", lang) for k in keys]


def check_sheet(
    report: Report,
    warnings: list[Problem],
    lang: Lang,
    leads: dict[str, list[Lead]] | None = None,
    *,
    compact: bool = False,
) -> Sheet:
    """The gap table by dimension, or (``leads``) the department ledger; a ``compact`` ledger keeps
    only status, gap and the need per year, for a page where the full table stands already."""
    marks = Notes(lang)
    if leads is not None and compact:
        blocks = [_compact_ledger_block(report, lang, leads)]
    elif leads is not None:
        blocks = [_ledger_block(report, lang, marks, leads)]
    else:
        blocks = _dimension_blocks(report, lang, marks)
    return Sheet(
        heading=heading(report, lang),
        blocks=blocks,
        closing=[
            *(note.render(lang) for note in report.notes),
            summary(report, lang),
            text("rounding", lang, decimals=DECIMALS),
        ],
        warnings_title=text("warnings_title", lang),
        warnings=[w.render(lang) for w in warnings],
        separator=text("separator", lang),
    )


def _rows(result: Result, lang: Lang, marks: Notes) -> list[Row]:
    """A numeric criterion and its branches, or a clause with its evidence in the notes."""
    if result.kind == "qualitative":
        label = marks.mark(result.name.text(lang), notes(result, lang))
        return [Row([label, status(result.status, lang), "", "", "", "", ""], TONE[result.status])]
    return [numeric_row(result, lang, marks)] + _member_rows(result, lang, marks, 1)


def _member_rows(result: Result, lang: Lang, marks: Notes, depth: int) -> list[Row]:
    """The branches or members of a criterion, each with its own members below it, however deep."""
    rows = []
    for member in result.branches:
        rows.append(numeric_row(member, lang, marks, depth=depth))
        rows += _member_rows(member, lang, marks, depth + 1)
    return rows


def _ledger_block(report: Report, lang: Lang, marks: Notes, leads: dict[str, list[Lead]]) -> Block:
    items = [(r.id, _rows(r, lang, marks)) for s in report.sections for r in s.results]
    groups = ledger_groups(items, leads, lang)
    return Block(
        text("ledger_title", lang), numeric_columns(lang) + ledger_columns(lang), groups, marks.lines
    )


def _compact_ledger_block(report: Report, lang: Lang, leads: dict[str, list[Lead]]) -> Block:
    def row(result: Result, sub: bool) -> Row:
        label = ("└" if sub else "") + result.name.text(lang)
        figures = ["", ""] if result.branches else [gap(result, lang), per_year(result, lang)]
        return Row([label, status(result.status, lang), *figures], TONE[result.status], sub)

    items = [
        (r.id, [row(r, False)] + [row(b, True) for b in r.branches])
        for s in report.sections
        for r in s.results
    ]
    columns = [text(f"col_{k}", lang) for k in ("criterion", "status", "gap", "per_year")]
    return Block(
        text("ledger_title", lang), columns + ledger_columns(lang), ledger_groups(items, leads, lang)
    )


def _dimension_blocks(report: Report, lang: Lang, marks: Notes) -> list[Block]:
    numeric: list[Group] = []
    clauses: list[Group] = []
    for section in report.sections:
        title = section.name.text(lang)
        rows = [row for r in section.results if r.kind != "qualitative" for row in _rows(r, lang, marks)]
        if rows:
            numeric.append(Group(title, rows))
        qualitative = [
            Row([r.name.text(lang), status(r.status, lang), "\n".join(notes(r, lang))], TONE[r.status])
            for r in section.results
            if r.kind == "qualitative"
        ]
        if qualitative:
            clauses.append(Group(title, qualitative))
    clause_columns = [text(f"col_{k}", lang) for k in ("clause", "status", "evidence")]
    return [
        Block(text("numeric_title", lang), numeric_columns(lang), numeric, marks.lines),
        Block(text("clause_title", lang), clause_columns, clauses),
    ]
