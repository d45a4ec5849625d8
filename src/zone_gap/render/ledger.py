"""The department ledger (创建工作台账): rows grouped by the lead department of the tasks that serve
each criterion, with the tasks and the responsible departments beside them."""

from __future__ import annotations

from dataclasses import dataclass

from zone_gap.i18n import Lang, text
from zone_gap.render.sheet import Group, Row
from zone_gap.standard.plan import Lead


@dataclass(frozen=True)
class Assignment:
    """Who leads a criterion's work: one lead department, its tasks and their responsible departments."""

    department: str
    tasks: list[str]
    responsible: list[str]


def assignments(criterion: str, leads: dict[str, list[Lead]], lang: Lang) -> list[Assignment]:
    found: dict[str, Assignment] = {}
    for lead in leads.get(criterion, []):
        entry = found.setdefault(lead.department, Assignment(lead.department, [], []))
        task = lead.task
        entry.tasks.append(f"{task.number}. {task.name.text(lang)}")
        entry.responsible.extend(r for r in task.responsible if r not in entry.responsible)
    return list(found.values())


def department_order(leads: dict[str, list[Lead]]) -> list[str]:
    """Departments in the order the plan's tasks first name them as leads."""
    firsts: dict[str, tuple[int, int]] = {}
    for group in leads.values():
        for lead in group:
            place = (lead.task.number, lead.task.lead.index(lead.department))
            firsts[lead.department] = min(firsts.get(lead.department, place), place)
    return sorted(firsts, key=firsts.__getitem__)


def ledger_groups(
    items: list[tuple[str, list[Row]]], leads: dict[str, list[Lead]], lang: Lang
) -> list[Group]:
    """``items`` (a criterion id and its rows, branches after it) grouped by lead department; a
    criterion that no task serves goes under "no lead department"."""
    by_department: dict[str, list[Row]] = {d: [] for d in department_order(leads)}
    unassigned: list[Row] = []
    separator = text("list_separator", lang)
    for criterion, rows in items:
        found = assignments(criterion, leads, lang)
        if not found:
            unassigned += [Row([*r.cells, "", ""], r.tone, r.sub) for r in rows]
        for entry in found:
            first, *rest = rows
            by_department[entry.department].append(
                Row([*first.cells, "\n".join(entry.tasks), separator.join(entry.responsible)], first.tone)
            )
            by_department[entry.department] += [Row([*r.cells, "", ""], r.tone, r.sub) for r in rest]
    groups = [Group(d, rows) for d, rows in by_department.items() if rows]
    if unassigned:
        groups.append(Group(text("no_lead", lang), unassigned))
    return groups


def ledger_columns(lang: Lang) -> list[str]:
    return [text("col_tasks", lang), text("col_responsible", lang)]
