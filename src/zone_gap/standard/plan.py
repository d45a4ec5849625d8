"""The district's own plan as data: deadline, phases, yearly increments, end targets and tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path

from pydantic import Field

from zone_gap.figures.quantity import Number, Percent, Rate, Share
from zone_gap.i18n import Message
from zone_gap.io.document import Document, KeyPath, load_document
from zone_gap.io.model import FileModel, Names, closest, parse_model, repeated_ids
from zone_gap.io.problem import InputError, Problem
from zone_gap.io.shipped import PLAN, shipped_path
from zone_gap.kinds import PERCENT_UNITS, Reference, fraction
from zone_gap.standard.baseline import Year
from zone_gap.standard.model import Standard, criterion_figures


class Phase(FileModel):
    id: str
    name: Names
    start: date
    end: date


class Target(FileModel):
    """A yearly increment of one baseline figure and where it must stand at the deadline."""

    id: str
    """The figure the target is for, as the standard declares it."""
    name: Names
    per_year: int | Rate | Number
    at_least: int | Share | Number | Reference
    criterion: str | None = None


class Task(FileModel):
    id: str
    number: int
    name: Names
    lead: list[str] = Field(min_length=1)
    responsible: list[str] = []
    due: date
    serves: list[str] = []


class Plan(FileModel):
    id: str
    name: Names
    source: str
    standard: str
    base_year: Year
    deadline: Year
    phases: list[Phase] = []
    targets: list[Target] = []
    tasks: list[Task] = []


def default_plan_path() -> Path:
    return shipped_path(*PLAN)


def load_plan(path: Path, standard: Standard) -> Plan:
    """Read a plan (see ``check_plan_file``)."""
    return check_plan_file(load_document(path), standard)


def check_plan_file(document: Document, standard: Standard) -> Plan:
    """A plan from its document: what ``plan_problems`` finds within it, and the criteria it names
    must be the standard's."""
    plan = parse_model(document, Plan)
    problems = plan_problems(plan, document, standard)
    if plan.standard != standard.id:
        problems.append(
            document.problem(
                ("standard",), Message("plan_other_standard", named=plan.standard, used=standard.id)
            )
        )
    problems += _criteria_problems(plan, document, standard) + _figure_problems(plan, document, standard)
    if problems:
        raise InputError(sorted(problems, key=Problem.order))
    return plan


def plan_problems(plan: Plan, document: Document, standard: Standard | None = None) -> list[Problem]:
    """What is wrong within the plan: an id used twice, a phase or a deadline that runs backwards;
    with its standard, a target for a figure it does not declare, an increment or a target of the
    wrong kind or below zero."""
    problems = _kind_problems(plan, document, standard) if standard is not None else []
    ids = {part: [item.id for item in items] for part, items in _parts(plan)}
    for part, values in ids.items():
        problems += repeated_ids(document, ((v, (part, i, "id")) for i, v in enumerate(values)))
    problems += repeated_ids(document, ((t.number, ("tasks", i, "number")) for i, t in enumerate(plan.tasks)))
    problems += [
        document.problem(("phases", i, "end"), Message("phase_backwards", start=str(p.start), end=str(p.end)))
        for i, p in enumerate(plan.phases)
        if p.end < p.start
    ]
    if plan.deadline <= plan.base_year:
        problems.append(document.problem(("deadline",), Message("deadline_before_base", base=plan.base_year)))
    return problems


def _parts(plan: Plan) -> list[tuple[str, list[Target] | list[Task] | list[Phase]]]:
    return [("targets", plan.targets), ("tasks", plan.tasks), ("phases", plan.phases)]


def _figure_problems(plan: Plan, document: Document, standard: Standard) -> list[Problem]:
    """A target tied to a criterion that does not measure the target's figure."""
    problems = []
    for i, target in enumerate(plan.targets):
        criterion = standard.find(target.criterion) if target.criterion else None
        if criterion is not None and target.id not in criterion_figures(criterion):
            problems.append(
                document.problem(
                    ("targets", i, "criterion"),
                    Message("target_criterion_mismatch", criterion=target.criterion, figure=target.id),
                )
            )
    return problems


def _criteria_problems(plan: Plan, document: Document, standard: Standard) -> list[Problem]:
    known = standard.criterion_ids()
    named: list[tuple[KeyPath, str]] = [
        (("targets", i, "criterion"), t.criterion) for i, t in enumerate(plan.targets) if t.criterion
    ]
    named += [
        (("tasks", i, "serves", j), c) for i, t in enumerate(plan.tasks) for j, c in enumerate(t.serves)
    ]
    return [
        document.problem(path, Message("unknown_criterion", key=c, hint=closest(c, known)))
        for path, c in named
        if c not in known
    ]


def _kind_problems(plan: Plan, document: Document, standard: Standard) -> list[Problem]:
    problems = []
    declared = list(standard.figures)
    for i, target in enumerate(plan.targets):
        if target.id not in standard.figures:
            message = Message("figure_undeclared", value=target.id, hint=closest(target.id, declared))
            problems.append(document.problem(("targets", i, "id"), message))
            continue
        unit = standard.unit(target.id)
        for key in ("per_year", "at_least"):
            value = getattr(target, key)
            if isinstance(value, Reference):
                continue
            wanted = _wanted(unit, value)
            if wanted is not None:
                problems.append(document.problem(("targets", i, key), Message(wanted, key=target.id)))
            elif fraction(value) < 0 and not (key == "per_year" and _lowered(target, standard)):
                problems.append(document.problem(("targets", i, key), Message("plan_negative", key=key)))
    return problems


def _lowered(target: Target, standard: Standard) -> bool:
    """Whether the criterion the target serves caps its figure, so that the plan may lower it."""
    criterion = standard.find(target.criterion) if target.criterion else None
    return criterion is not None and criterion.caps(target.id)


def _wanted(unit: str | None, value: int | Fraction | Percent) -> str | None:
    """The kind of number a target of a figure of ``unit`` must be written as, where it is not."""
    if unit == "count" and not isinstance(value, int):
        return "count_wanted"
    if unit in PERCENT_UNITS and not isinstance(value, Percent):
        return "percent_wanted"
    if unit not in PERCENT_UNITS and isinstance(value, Percent):
        return "number_wanted"
    return None


@dataclass(frozen=True)
class Lead:
    """A department that leads a task serving a criterion."""

    department: str
    task: Task


def leads(plan: Plan) -> dict[str, list[Lead]]:
    """For each criterion id, the departments leading the tasks that serve it, in the plan's order."""
    found: dict[str, list[Lead]] = {}
    for task in plan.tasks:
        for criterion in task.serves:
            found.setdefault(criterion, []).extend(Lead(d, task) for d in task.lead)
    return found
