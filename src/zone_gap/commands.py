"""What each command does, between the command line and the core: load, evaluate, collect doubts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from zone_gap.baseline import Baseline, file_year, load_baseline
from zone_gap.document import Document
from zone_gap.engine import evaluate
from zone_gap.folder import renamed, year_files
from zone_gap.i18n import Message
from zone_gap.plan import Lead, Plan, default_plan_path, leads, load_plan
from zone_gap.problem import InputError, Problem, UsageError
from zone_gap.quantity import Percent
from zone_gap.result import Report
from zone_gap.standard import Reference, Standard, default_standard_path, load_standard

if TYPE_CHECKING:  # imported where used: `check` needs neither projection nor the plan check
    from zone_gap.plan_check import PlanReport
    from zone_gap.projection import ProjectionReport

DEFAULT_DEADLINE = 2023
"""The deadline when no plan gives one (昆府发〔2021〕4号: acceptance by 2023-12)."""


@dataclass(frozen=True)
class Settings:
    """What every command reads besides the park's figures."""

    folder: Path = Path("baselines")
    standard: Path | None = None
    plan: Path | None = None
    deadline: int | None = None
    series: str | None = None
    national_rd: str | None = None
    by_department: bool = False


@dataclass(frozen=True)
class _Inputs:
    standard: Standard
    plan: Plan | None
    deadline: int
    series: str | None
    national_rd: Percent | None

    def leads(self) -> dict[str, list[Lead]] | None:
        return leads(self.plan) if self.plan is not None else None

    def projection(self, baselines: list[Baseline]) -> ProjectionReport:
        from zone_gap.projection import project

        return project(
            self.standard, baselines, deadline=self.deadline, series=self.series, national_rd=self.national_rd
        )

    def plan_report(self, baselines: list[Baseline]) -> PlanReport | None:
        from zone_gap.plan_check import check_plan

        if self.plan is None:
            return None
        return check_plan(
            self.plan, self.standard, baselines, series=self.series, national_rd=self.national_rd
        )


@dataclass(frozen=True)
class CheckOutcome:
    report: Report
    warnings: list[Problem]
    leads: dict[str, list[Lead]] | None = None


@dataclass(frozen=True)
class ProjectOutcome:
    report: ProjectionReport
    leads: dict[str, list[Lead]] | None = None


def _inputs(settings: Settings, *, need_plan: bool = False) -> _Inputs:
    """The standard, the plan (the given one, else the shipped one where it is found) and the
    deadline: ``--by``, else the plan's, else 2023."""
    standard = load_standard(settings.standard or default_standard_path())
    _check_series(standard, settings.series)
    path = settings.plan or default_plan_path()
    plan = load_plan(path, standard) if settings.plan or need_plan or path.is_file() else None
    deadline = settings.deadline or (plan.deadline if plan else DEFAULT_DEADLINE)
    return _Inputs(standard, plan, deadline, settings.series, _national_rd(settings.national_rd))


def _baseline_paths(folder: Path, *, required: bool = True) -> list[Path]:
    """The folder's year files in order; what ``validate`` refuses in a folder is refused here."""
    files, problems = year_files(folder) if folder.is_dir() else ({}, [])
    if problems:
        raise InputError(problems)
    if not files and required:
        raise UsageError(Message("no_baselines", folder=str(folder)))
    return [files[year] for year in sorted(files)]


def _year_in(paths: list[Path], year: int) -> Path | None:
    return next((p for p in paths if file_year(p) == year), None)


def run_check(settings: Settings, file: Path | None = None, previous: Path | None = None) -> CheckOutcome:
    return _check(_inputs(settings, need_plan=settings.by_department), settings, file, previous)


def _check(inputs: _Inputs, settings: Settings, file: Path | None, previous: Path | None) -> CheckOutcome:
    clauses = inputs.standard.clause_ids()
    if file is None or file.is_dir():  # a folder: its latest year
        siblings = _baseline_paths(settings.folder if file is None else file)
        path = siblings[-1]
    else:  # a file: last year's is looked for beside it when it is one of a folder's year files
        siblings = _baseline_paths(file.parent, required=False) if file_year(file) is not None else []
        path = file
    baseline, document = load_baseline(path, clauses)
    _deadline_not_before(inputs, baseline.year)
    before = _previous(previous or _year_in(siblings, baseline.year - 1), baseline, document, clauses)
    report = evaluate(
        inputs.standard,
        baseline,
        previous=before,
        deadline=inputs.deadline,
        series=inputs.series,
        national_rd=inputs.national_rd,
    )
    warnings = document.warnings + [
        document.problem(c.path, c.message, severity="warning") for c in report.caveats
    ]
    return CheckOutcome(report, warnings, inputs.leads() if settings.by_department else None)


def run_project(settings: Settings) -> ProjectOutcome:
    inputs = _inputs(settings, need_plan=settings.by_department)
    baselines = _load_all(_baseline_paths(settings.folder), inputs.standard.clause_ids())
    _deadline_not_before(inputs, max(b.year for b in baselines))
    return ProjectOutcome(inputs.projection(baselines), inputs.leads() if settings.by_department else None)


def run_plan(settings: Settings) -> PlanReport:
    inputs = _inputs(settings, need_plan=True)
    paths = _baseline_paths(settings.folder, required=False)
    report = inputs.plan_report(_load_all(paths, inputs.standard.clause_ids()))
    assert report is not None  # need_plan: the plan was read
    return report


def _deadline_not_before(inputs: _Inputs, year: int) -> None:
    if inputs.deadline < year:
        raise UsageError(Message("deadline_before_data", deadline=inputs.deadline, year=year))


def _load_all(paths: list[Path], clauses: list[str]) -> list[Baseline]:
    """Every file loaded, every problem in any of them reported together; one park throughout."""
    loaded: list[tuple[Baseline, Document]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            loaded.append(load_baseline(path, clauses))
        except InputError as e:
            problems += e.problems
    problems += _renamed(loaded)
    if problems:
        raise InputError(problems)
    return [baseline for baseline, _ in loaded]


def _renamed(loaded: list[tuple[Baseline, Document]]) -> list[Problem]:
    parks = [(baseline.year, baseline.park) for baseline, _ in loaded]
    return [loaded[i][1].problem(("park",), message) for i, message in renamed(parks)]


def _previous(
    path: Path | None, baseline: Baseline, document: Document, clause_ids: list[str]
) -> Baseline | None:
    if path is None:
        return None
    previous, previous_document = load_baseline(path, clause_ids)
    if previous.year != baseline.year - 1:
        raise InputError([_year_mismatch(previous_document, previous.year, baseline.year - 1)])
    problems = _renamed([(previous, previous_document), (baseline, document)])
    if problems:
        raise InputError(problems)
    return previous


def _year_mismatch(document: Document, found: int, expected: int) -> Problem:
    return document.problem(("year",), Message("year_mismatch", found=found, expected=expected))


def _national_rd(text: str | None) -> Percent | None:
    if text is None:
        return None
    try:
        value = Percent.parse(text)
    except ValueError:
        raise UsageError(Message("national_rd_format", value=text)) from None
    if not 0 <= value.value <= 1:
        raise UsageError(Message("national_rd_range", value=text))
    return value


def _check_series(standard: Standard, series: str | None) -> None:
    if series is None:
        return
    tables = {c.at_least.reference for c in standard.numeric() if isinstance(c.at_least, Reference)}
    known = sorted({s for t in tables for s in standard.references[t].series})
    if series not in known:
        raise UsageError(Message("series_unknown", value=series, choices=", ".join(known)))


def new_baseline(year: int, folder: Path, standard_path: Path | None, *, force: bool) -> Path:
    """Write the template for ``year`` in ``folder``, with last year's figures as comments; the
    folder is checked as every command checks it (but for the file being replaced), since the new
    file joins it."""
    from zone_gap.output import write_new
    from zone_gap.template import baseline_template

    standard = load_standard(standard_path or default_standard_path())
    others = [p for p in _baseline_paths(folder, required=False) if file_year(p) != year]
    baselines = _load_all(others, standard.clause_ids())
    last = next((b for b in baselines if b.year == year - 1), None)
    path = folder / f"{year}.yaml"
    write_new(path, baseline_template(year, standard, last), force=force)
    return path


@dataclass(frozen=True)
class MeetingPack:
    """Everything the dispatch meeting's pack shows, read once from the same files."""

    check: CheckOutcome
    projection: ProjectionReport
    plan: PlanReport | None
    leads: dict[str, list[Lead]] | None
    standard: Standard
    series: str | None
    national_rd: Percent | None


def run_report(settings: Settings) -> MeetingPack:
    inputs = _inputs(settings)
    paths = _baseline_paths(settings.folder)
    baselines = _load_all(paths, inputs.standard.clause_ids())
    check = _check(inputs, replace(settings, by_department=False), paths[-1], None)
    return MeetingPack(
        check,
        inputs.projection(baselines),
        inputs.plan_report(baselines),
        inputs.leads(),
        inputs.standard,
        inputs.series,
        inputs.national_rd,
    )
