"""`zone-gap roster`: a roster's figures, the rows an unknown one lacks, the enterprises behind each
count and the problems found, as a table, JSON, CSV, a workbook or YAML. An enterprise is shown by
its name and credit code only: no amount of a row leaves the roster."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import TYPE_CHECKING, Any, assert_never

from zone_gap.choices import RosterFormat
from zone_gap.i18n import Lang, Message, text
from zone_gap.io.problem import Problem
from zone_gap.roster.cells import exact_text
from zone_gap.roster.figures import BROADER, RosterFigures
from zone_gap.roster.model import Enterprise
from zone_gap.roster.workbook import letter

if TYPE_CHECKING:
    from zone_gap.render.sheet import Sheet
    from zone_gap.render.spreadsheet import Grid
    from zone_gap.roster.pipeline import Pipeline


def render_roster(
    figures: RosterFigures,
    problems: list[Problem],
    fmt: RosterFormat,
    lang: Lang,
    *,
    pipeline: Pipeline | None = None,
    color: bool = False,
    width: int | None = None,
) -> str:
    """The roster's figures in ``fmt``, followed by the certificate pipeline where there is one (a
    table under the table; in JSON, one document holding both)."""
    match fmt:
        case RosterFormat.TABLE:
            shown = _table(figures, problems, lang, width, color)
            if pipeline is None:
                return shown
            from zone_gap.render import Format
            from zone_gap.render.pipeline import render_pipeline

            return shown + "\n" + render_pipeline(pipeline, Format.TABLE, lang, color=color, width=width)
        case RosterFormat.JSON:
            document = roster_document(figures, problems, lang)
            if pipeline is not None:
                from zone_gap.render.pipeline import pipeline_document

                document |= pipeline_document(pipeline, lang)
            return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        case RosterFormat.YAML:
            import yaml

            document = roster_document(figures, problems, lang)
            return str(yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000))
        case RosterFormat.CSV:
            if pipeline is not None:
                from zone_gap.render import Format
                from zone_gap.render.pipeline import render_pipeline

                return render_pipeline(pipeline, Format.CSV, lang)
            from zone_gap.render.spreadsheet import render_csv

            return render_csv(_grid(figures, lang), lang)
        case RosterFormat.XLSX:
            raise ValueError(fmt)  # bytes: roster_workbook
        case _:
            assert_never(fmt)


def roster_workbook(figures: RosterFigures, lang: Lang, pipeline: Pipeline | None = None) -> bytes:
    """The roster's figures as a workbook; with the pipeline, its list of the enterprises that close
    each gap."""
    if pipeline is not None:
        from zone_gap.render.pipeline import render_pipeline_workbook

        return render_pipeline_workbook(pipeline, lang)
    from zone_gap.render.workbook import render_xlsx

    return render_xlsx(_grid(figures, lang), lang, text("roster_sheet_name", lang))


def figure_name(key: str, figures: RosterFigures, lang: Lang) -> str:
    found = figures.names.get(key)
    if found is not None:
        return found.text(lang)
    return text("roster_also_high_tech", lang) if key == "tech_smes_also_high_tech" else key


def _value(value: Fraction | None) -> int | float | None:
    if value is None:
        return None
    return value.numerator if value.denominator == 1 else float(exact_text(value))


def _shown(value: Fraction | None, lang: Lang) -> str:
    return text("roster_unknown", lang) if value is None else exact_text(value)


def _who(enterprise: Enterprise) -> dict[str, Any]:
    return {"name": enterprise.name, "credit_code": enterprise.credit_code}


def _notes(figures: RosterFigures, lang: Lang) -> dict[str, str]:
    return {
        key: text("roster_rd_broader", lang, value=_shown(figures.values[key], lang))
        for key in BROADER
        if key in figures.values
    }


def problem_record(problem: Problem, lang: Lang) -> dict[str, Any]:
    """A problem as JSON: the row as the spreadsheet shows it, the column by letter and header."""
    where = problem.position
    header = problem.message.params.get("where")
    named = header.params.get("header") if isinstance(header, Message) else None
    what = problem.message.params.get("what") if problem.message.key == "roster_at" else None
    return {
        "row": where.line if where else None,
        "column": letter(where.column - 1) if where else None,
        "header": named.text(lang) if named is not None else None,
        "severity": problem.severity,
        "message": (what if isinstance(what, Message) else problem.message).render(lang),
    }


def roster_document(figures: RosterFigures, problems: list[Problem], lang: Lang) -> dict[str, Any]:
    return {
        "file": figures.roster.path,
        "sheet": figures.roster.sheet,
        "year": figures.roster.year,
        "as_of": figures.day.isoformat(),
        "rows": len(figures.roster.enterprises),
        "figures": {key: _value(value) for key, value in figures.values.items()},
        "missing": {
            key: [{"row": e.row, **_who(e)} for e in lacking] for key, lacking in figures.missing.items()
        },
        "notes": _notes(figures, lang),
        "enterprises": {key: [_who(e) for e in found] for key, found in figures.behind.items()},
        "problems": [problem_record(p, lang) for p in problems],
    }


def _rows(lacking: list[Enterprise]) -> str:
    return ", ".join(str(e.row) for e in lacking)


def _grid(figures: RosterFigures, lang: Lang) -> Grid:
    """The figures as one table, written as every CSV and workbook the tool writes (``render_csv``:
    a byte-order mark for Excel and WPS, text that would run as a formula behind an apostrophe)."""
    from zone_gap.render.spreadsheet import Grid

    heads = ("roster_figure", "roster_key", "roster_value", "roster_rows_lacking")
    rows = [
        [
            figure_name(key, figures, lang),
            key,
            "" if value is None else exact_text(value),
            _rows(figures.missing.get(key, [])),
        ]
        for key, value in figures.values.items()
    ]
    return Grid([text(h, lang) for h in heads], rows, frozenset({2}))


def roster_sheet(figures: RosterFigures, problems: list[Problem], lang: Lang) -> Sheet:
    """The figures as a sheet: each figure with its key and value (and the rows lacking its cells),
    the enterprises with a valid certificate, and the problems found."""
    from zone_gap.render.sheet import Block, Group, Row, Sheet

    roster = figures.roster
    heading = text(
        "roster_heading", lang, path=roster.source, day=figures.day.isoformat(), count=len(roster.enterprises)
    )
    notes = _notes(figures, lang)
    rows = [
        Row(
            [
                figure_name(key, figures, lang),
                key,
                _shown(value, lang),
                _rows(figures.missing.get(key, [])),
                notes.get(key, ""),
            ],
            "unsure" if value is None else None,
        )
        for key, value in figures.values.items()
    ]
    heads = ("roster_figure", "roster_key", "roster_value", "roster_rows_lacking", "roster_note")
    shown = [i for i in range(len(heads)) if i < 3 or any(r.cells[i] for r in rows)]  # no empty column
    rows = [Row([r.cells[i] for i in shown], r.tone) for r in rows]
    columns = [text(heads[i], lang) for i in shown]
    title = text("roster_figures_title", lang)
    blocks = [Block(title, columns, [Group(None, rows)], status_column=2, unbroken=(1, 2))]
    high_tech = figures.behind.get("high_tech_enterprises")
    if high_tech:
        title = figure_name("high_tech_enterprises", figures, lang) + f" ({figures.day.isoformat()})"
        listed = [Row([e.name, e.credit_code]) for e in high_tech]
        named = [text("pipeline_col_enterprise", lang), text("pipeline_col_credit_code", lang)]
        blocks.append(Block(title, named, [Group(None, listed)], status_column=None, unbroken=(1,)))
    return Sheet(
        heading=heading,
        blocks=blocks,
        warnings_title=text("roster_problems", lang) if problems else "",
        warnings=[p.render(lang) for p in problems],
        separator=text("separator", lang),
    )


def _table(
    figures: RosterFigures, problems: list[Problem], lang: Lang, width: int | None = None, color: bool = False
) -> str:
    from zone_gap.render.table import render_table

    return render_table(roster_sheet(figures, problems, lang), color=color, width=width, lang=lang)
