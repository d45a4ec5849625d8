"""The words and figures of each row, shared by the terminal table and Markdown.

Percentages are the exact fractions rounded half-up to two decimals, as a person checking by
hand rounds (not Python's round-half-even on a binary float).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from zone_gap.i18n import Lang, text
from zone_gap.problem import Problem
from zone_gap.result import Bounds, Report, Result, Status

DECIMALS = 2


def percent(value: Fraction, *, sign: bool = False) -> str:
    """``value`` (a fraction: 0.055) as a percentage rounded half-up to two decimals."""
    rounded = (Decimal(value.numerator) * 100 / Decimal(value.denominator)).quantize(
        Decimal(1).scaleb(-DECIMALS), rounding=ROUND_HALF_UP
    )
    return f"{rounded:+}%" if sign else f"{rounded}%"


def points(value: Fraction) -> str:
    """``value`` (a fraction) as percentage points, two decimals, half-up."""
    return percent(value).rstrip("%")


def count(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.2f}"


def status(value: Status, lang: Lang) -> str:
    return text(f"status_{value}", lang)


def amount(result: Result, value: Fraction) -> str:
    return count(value) if result.unit == "count" else percent(value)


def actual(result: Result, lang: Lang) -> str:
    bounds = result.actual
    if not result.unit:
        return ""
    if bounds is None or _value_unknown(result):
        if result.supply:
            return text("unknown_supply", lang, keys=_supply(result, lang))
        return text("unknown_value", lang)
    if bounds.value is not None:
        return amount(result, bounds.value)
    return _range(result, bounds)


def _range(result: Result, bounds: Bounds) -> str:
    if bounds.high is None:
        assert bounds.low is not None
        return f"≥{amount(result, bounds.low)}"
    if bounds.low is None:
        return f"≤{amount(result, bounds.high)}"
    return f"{amount(result, bounds.low)}–{amount(result, bounds.high)}"


def threshold(result: Result, lang: Lang) -> str:
    if result.threshold is None:
        return ""
    shown = f"≥{amount(result, result.threshold)}"
    end = result.deadline_threshold
    if end is not None and end != result.threshold:
        shown += text("threshold_at_deadline", lang, value=amount(result, end))
    return shown


def gap(result: Result, lang: Lang) -> str:
    if result.gap is None:
        return ""
    if result.gap == 0:
        return "—"
    if result.unit == "count":
        return text("gap_count", lang, n=count(result.gap))
    shown = text("gap_points", lang, n=points(result.gap))
    if result.gap_count:
        shown += text("gap_points_count", lang, n=result.gap_count)
    return shown


def per_year(result: Result, lang: Lang) -> str:
    value = result.required_per_year
    if value is None:
        return ""
    if value == 0:
        return "—"
    if result.unit == "count":
        return text("per_year_count", lang, n=count(value))
    return text("per_year_points", lang, n=points(value))


def cagr(result: Result) -> str:
    if result.required_cagr is None:
        return ""
    if result.required_cagr == 0:
        return "—"
    return percent(Fraction(result.required_cagr).limit_denominator(10**9))


def notes(result: Result, lang: Lang) -> list[str]:
    """Evidence, which branch decides, the figures to supply, and any remarks."""
    lines: list[str] = []
    if result.evidence:
        lines.append(result.evidence)
    if result.decided_by is not None:
        branch = next(b for b in result.branches if b.id == result.decided_by)
        lines.append(text(f"decided_{result.status}", lang, branch=name(branch, lang)))
    if result.supply and not _value_unknown(result):  # else the row's actual cell names them
        lines.append(text("supply", lang, keys=_supply(result, lang)))
    lines.extend(m.render(lang) for m in result.notes)
    return lines


def _value_unknown(result: Result) -> bool:
    """A numeric row of which nothing at all is known (not even a bound)."""
    bounds = result.actual
    return (
        result.unit is not None
        and not result.branches
        and (bounds is None or (bounds.low is None and bounds.high is None))
    )


def _supply(result: Result, lang: Lang) -> str:
    return text("or", lang).join(f"`{k}`" for k in result.supply)


def name(result: Result, lang: Lang) -> str:
    return result.name.zh if lang == Lang.ZH else result.name.en


@dataclass(frozen=True)
class Row:
    """One line of a table: a criterion or, indented under it, one of its branches."""

    result: Result
    branch: bool


@dataclass(frozen=True)
class Group:
    """One dimension's rows: numeric criteria (with their branches) and qualitative clauses."""

    title: str
    numeric: list[Row]
    clauses: list[Row]


def groups(report: Report, lang: Lang) -> list[Group]:
    found: list[Group] = []
    for section in report.sections:
        numeric: list[Row] = []
        for result in section.results:
            if result.kind != "qualitative":
                numeric.append(Row(result, False))
                numeric.extend(Row(b, True) for b in result.branches)
        clauses = [Row(r, False) for r in section.results if r.kind == "qualitative"]
        found.append(Group(section.name.zh if lang == Lang.ZH else section.name.en, numeric, clauses))
    return found


def heading(report: Report, lang: Lang) -> str:
    standard = report.standard.zh if lang == Lang.ZH else report.standard.en
    years = (
        count(report.years_left) if report.years_left.denominator == 1 else f"{float(report.years_left):.1f}"
    )
    as_of = text("as_of", lang, date=report.as_of) if report.as_of else ""
    return text(
        "heading",
        lang,
        park=report.park,
        year=report.year,
        as_of=as_of,
        standard=standard,
        deadline=report.deadline,
        years=years,
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


def rounding(lang: Lang) -> str:
    return text("rounding", lang, decimals=DECIMALS)


def warning_lines(warnings: list[Problem], lang: Lang) -> list[str]:
    return [w.render(lang) for w in warnings]


def numeric_columns(lang: Lang) -> list[str]:
    return [
        text(f"col_{c}", lang)
        for c in ("criterion", "status", "actual", "threshold", "gap", "per_year", "cagr")
    ]


def clause_columns(lang: Lang) -> list[str]:
    return [text(f"col_{c}", lang) for c in ("clause", "status", "evidence")]


def numeric_cells(row: Row, lang: Lang, marker: int | None = None) -> list[str]:
    """A numeric row's cells in the order of ``numeric_columns``; ``marker`` points to its notes."""
    result = row.result
    label = ("└" if row.branch else "") + name(result, lang) + (f" [{marker}]" if marker else "")
    if result.branches:  # an either/or criterion: its branches below carry the figures
        return [label, status(result.status, lang), "", "", "", "", ""]
    return [
        label,
        status(result.status, lang),
        actual(result, lang),
        threshold(result, lang),
        gap(result, lang),
        per_year(result, lang),
        cagr(result),
    ]


@dataclass(frozen=True)
class Footnote:
    marker: int
    label: str
    lines: list[str]

    def render(self, lang: Lang) -> str:
        return text("footnote", lang, label=self.label, notes=text("separator", lang).join(self.lines))


def numbered(groups: list[Group], lang: Lang) -> tuple[dict[int, int], list[Footnote]]:
    """Numbers for the numeric rows that have notes (by ``id`` of the row) and the notes themselves."""
    markers: dict[int, int] = {}
    found: list[Footnote] = []
    for group in groups:
        for row in group.numeric:
            lines = notes(row.result, lang)
            if lines:
                markers[id(row)] = len(found) + 1
                found.append(Footnote(len(found) + 1, name(row.result, lang), lines))
    return markers, found


def clause_cells(row: Row, lang: Lang) -> list[str]:
    return [name(row.result, lang), status(row.result.status, lang), "\n".join(notes(row.result, lang))]
