"""The gap table as Markdown, to paste into meeting papers."""

from __future__ import annotations

from zone_gap.i18n import Lang, text
from zone_gap.problem import Problem
from zone_gap.render import cells
from zone_gap.result import Report


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", "<br>")


def _table(title: str, columns: list[str], body: list[tuple[str, list[list[str]]]]) -> list[str]:
    lines = [
        f"## {title}",
        "",
        "| " + " | ".join(columns) + " |",
        "|" + "|".join("---" for _ in columns) + "|",
    ]
    for group_title, rows in body:
        lines.append(f"| **{_cell(group_title)}** |" + " |" * (len(columns) - 1))
        lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return [*lines, ""]


def render_markdown(report: Report, warnings: list[Problem], lang: Lang) -> str:
    groups = cells.groups(report, lang)
    markers, footnotes = cells.numbered(groups, lang)
    numeric = [
        (g.title, [cells.numeric_cells(r, lang, markers.get(id(r))) for r in g.numeric])
        for g in groups
        if g.numeric
    ]
    clauses = [(g.title, [cells.clause_cells(r, lang) for r in g.clauses]) for g in groups if g.clauses]
    lines = [f"# {cells.heading(report, lang)}", ""]
    lines += _table(text("numeric_title", lang), cells.numeric_columns(lang), numeric)
    lines += [f"{n.marker}. {_cell(n.render(lang))}" for n in footnotes]
    lines.append("")
    lines += _table(text("clause_title", lang), cells.clause_columns(lang), clauses)
    lines += [f"**{cells.summary(report, lang)}**", "", cells.rounding(lang), ""]
    if warnings:
        lines += [f"## {text('warnings_title', lang)}", ""]
        lines += [f"- {_cell(line)}" for line in cells.warning_lines(warnings, lang)]
        lines.append("")
    return "\n".join(lines)
