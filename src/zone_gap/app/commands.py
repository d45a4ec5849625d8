"""What each command does, between the command line and the core: load, evaluate, collect doubts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from zone_gap.analysis.engine import evaluate
from zone_gap.analysis.outcomes import CheckOutcome, MeetingPack
from zone_gap.figures.quantity import Percent
from zone_gap.i18n import Message
from zone_gap.io.document import Document, load_document
from zone_gap.io.folder import one_series, renamed, year_files
from zone_gap.io.problem import InputError, Problem, UsageError
from zone_gap.io.shipped import DEFAULT_ID, shipped_standards, standard_path
from zone_gap.standard.baseline import Baseline, file_year, load_baseline, named_standard, read_baseline
from zone_gap.standard.model import Standard, enterprise_standards, load_standard
from zone_gap.standard.plan import Lead, Plan, check_plan_file, default_plan_path, leads

if TYPE_CHECKING:  # imported where used: `check` needs neither projection nor the plan check
    from datetime import date

    from zone_gap.analysis.plan_check import PlanReport
    from zone_gap.analysis.projection import ProjectionReport
    from zone_gap.roster.figures import RosterFigures
    from zone_gap.roster.pipeline import Pipeline as CertificatePipeline

"""The shipped standard a candidate for a high-tech enterprise certificate is judged against."""

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
    deadline: int | None
    """``None``: the figures' own year (an enterprise's standard has no deadline of its own)."""
    series: str | None
    national_rd: Percent | None
    sources: tuple[Path, ...]
    """The files read: the standard, and the plan where one was."""

    def leads(self) -> dict[str, list[Lead]] | None:
        return leads(self.plan) if self.plan is not None else None

    def projection(self, baselines: list[Baseline]) -> ProjectionReport:
        from zone_gap.analysis.projection import project

        assert self.deadline is not None  # settled against the figures' years before projecting
        return project(
            self.standard, baselines, deadline=self.deadline, series=self.series, national_rd=self.national_rd
        )

    def plan_report(self, baselines: list[Baseline]) -> PlanReport | None:
        from zone_gap.analysis.plan_check import check_plan

        if self.plan is None:
            return None
        return check_plan(
            self.plan, self.standard, baselines, series=self.series, national_rd=self.national_rd
        )


@dataclass(frozen=True)
class ProjectOutcome:
    report: ProjectionReport
    leads: dict[str, list[Lead]] | None = None
    sources: tuple[Path, ...] = ()
    """The files the projection was worked from, never to be written over."""


@dataclass(frozen=True)
class PlanOutcome:
    report: PlanReport
    sources: tuple[Path, ...] = ()
    """The files the plan was checked against, never to be written over."""


def _inputs(settings: Settings, *, need_plan: bool = False, named: str | None = None) -> _Inputs:
    """The standard (``--standard``, else the one the figures name, else the shipped default), the
    plan (the given one, else the shipped one where it is found and written for that standard) and
    the deadline: ``--by``, else the plan's, else 2023 for a park (an enterprise's: its year)."""
    sources = [standard_path(settings.standard, named)]
    standard = load_standard(sources[0])
    _check_series(standard, settings.series)
    _check_national_rd(standard, settings.national_rd)
    path = settings.plan or default_plan_path()
    plan = None
    if settings.plan or need_plan or path.is_file():  # read once: its name, then the plan itself
        sources.append(path)
        document = load_document(path)
        if settings.plan or need_plan or not _for_another(named_standard(document), standard):
            plan = check_plan_file(document, standard)
    default = DEFAULT_DEADLINE if standard.subject == "park" else None
    deadline = settings.deadline or (plan.deadline if plan else default)
    national_rd = _national_rd(settings.national_rd)
    return _Inputs(standard, plan, deadline, settings.series, national_rd, tuple(sources))


def _for_another(named: str | None, standard: Standard) -> bool:
    """Whether the plan found by default, naming ``named``, is written for another shipped standard
    (the park's plan beside an enterprise's figures); one that names no known standard is read, to
    say so."""
    return named is not None and named != standard.id and named in shipped_standards()


def _named(path: Path) -> str | None:
    """The standard a figures file or a plan names; a file that cannot be read names none (reading
    it again says why)."""
    try:
        return named_standard(load_document(path))
    except InputError:
        return None


def _baseline_paths(folder: Path, *, required: bool = True) -> list[Path]:
    """The folder's year files in order; what ``validate`` refuses in a folder is refused here, and
    a folder that does not exist or is a file (``required``: one that holds no year file)."""
    files, problems = year_files(folder)
    if problems:
        raise InputError(problems)
    if not files and required:
        raise UsageError(Message("no_baselines", folder=str(folder)))
    return [files[year] for year in sorted(files)]


def _year_in(paths: list[Path], year: int) -> Path | None:
    return next((p for p in paths if file_year(p) == year), None)


def run_check(settings: Settings, file: Path | None = None, previous: Path | None = None) -> CheckOutcome:
    if file is None or file.is_dir():  # a folder: its latest year
        siblings = _baseline_paths(settings.folder if file is None else file)
        path = siblings[-1]
    else:  # a file: last year's is looked for beside it when it is one of a folder's year files
        beside = file_year(file) is not None and file.is_file()  # else reading it says why not
        siblings = _baseline_paths(file.parent, required=False) if beside else []
        path = file
    document = load_document(path)  # read once: the standard it names, then its figures
    inputs = _inputs(settings, need_plan=settings.by_department, named=named_standard(document))
    return _check(inputs, settings, path, siblings, previous, document)


def _check(
    inputs: _Inputs,
    settings: Settings,
    path: Path,
    siblings: list[Path],
    previous: Path | None,
    document: Document,
) -> CheckOutcome:
    standard = inputs.standard
    baseline = read_baseline(document, standard, file_year(path))
    deadline = _deadline_not_before(inputs, baseline.year)
    beside = _year_in(siblings, baseline.year - 1) if one_series(standard.subject) else None
    before = _previous(previous or beside, baseline, document, standard)
    report = evaluate(
        inputs.standard,
        baseline,
        previous=before,
        deadline=deadline,
        series=inputs.series,
        national_rd=inputs.national_rd,
    )
    warnings = document.warnings + [
        document.problem(c.path, c.message, severity="warning") for c in report.caveats
    ]
    read = (path, *siblings, *([previous] if previous else []), *inputs.sources)
    return CheckOutcome(report, warnings, inputs.leads() if settings.by_department else None, read)


def run_project(settings: Settings) -> ProjectOutcome:
    paths = _baseline_paths(settings.folder)
    inputs = _inputs(settings, need_plan=settings.by_department, named=_named(paths[-1]))
    baselines = _load_all(paths, inputs.standard)
    deadline = _deadline_not_before(inputs, max(b.year for b in baselines))
    inputs = replace(inputs, deadline=deadline)
    leads = inputs.leads() if settings.by_department else None
    return ProjectOutcome(inputs.projection(baselines), leads, (*paths, *inputs.sources))


def run_plan(settings: Settings) -> PlanOutcome:
    paths = _baseline_paths(settings.folder, required=False)
    inputs = _inputs(settings, need_plan=True, named=_named(paths[-1]) if paths else None)
    report = inputs.plan_report(_load_all(paths, inputs.standard))
    assert report is not None  # need_plan: the plan was read
    return PlanOutcome(report, (*paths, *inputs.sources))


def _deadline_not_before(inputs: _Inputs, year: int) -> int:
    """The deadline in force (the figures' year where the standard sets none), never before them."""
    deadline = inputs.deadline if inputs.deadline is not None else year
    if deadline < year:
        raise UsageError(Message("deadline_before_data", deadline=deadline, year=year))
    return deadline


def _load_all(paths: list[Path], standard: Standard) -> list[Baseline]:
    """Every file loaded, every problem in any of them reported together; one park throughout."""
    loaded: list[tuple[Baseline, Document]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            loaded.append(load_baseline(path, standard))
        except InputError as e:
            problems += e.problems
    problems += _renamed(loaded)
    if problems:
        raise InputError(problems)
    return [baseline for baseline, _ in loaded]


def _renamed(loaded: list[tuple[Baseline, Document]]) -> list[Problem]:
    if not loaded or not one_series(loaded[0][0].subject):
        return []
    parks = [(baseline.year, baseline.subject_name) for baseline, _ in loaded]
    return [loaded[i][1].problem(("park",), message) for i, message in renamed(parks)]


def _previous(
    path: Path | None, baseline: Baseline, document: Document, standard: Standard
) -> Baseline | None:
    if path is None:
        return None
    previous, previous_document = load_baseline(path, standard)
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
    """A series the standard's reference tables have; a standard that reads no table has none."""
    if series is None:
        return
    if not standard.tables():
        raise UsageError(Message("series_no_tables", value=series, standard=standard.name))
    known = sorted({s for t in standard.tables() for s in standard.references[t].series})
    if series not in known:
        raise UsageError(Message("series_unknown", value=series, choices=", ".join(known)))


def _check_national_rd(standard: Standard, value: str | None) -> None:
    """``--national-rd`` stands in for a reference table's value: said, not ignored, where the
    standard reads none."""
    if value is not None and not standard.tables():
        raise UsageError(Message("national_rd_unused", value=value, standard=standard.name))


def schema_standards(given: Path | None) -> list[Standard]:
    """The standards a schema is for: the one given (a file or an id), else every one the project
    knows, the default first (a file that names none is read against it)."""
    if given is not None:
        return [load_standard(standard_path(given))]
    known = shipped_standards()
    default = known.pop(DEFAULT_ID, None)
    paths = [*([default] if default is not None else []), *known.values()]
    return [load_standard(path) for path in paths]


def new_baseline(
    year: int, folder: Path, standard_file: Path | None, *, force: bool, roster: Path | None = None
) -> tuple[Path, list[Problem]]:
    """Write the template for ``year`` in ``folder``, with last year's figures as comments and, from
    a ``roster``, the figures it gives filled in; the folder is checked as every command checks it
    (but for the file being replaced), since the new file joins it. The standard: ``--standard``,
    else the one the folder's files name. Returns the file written and its warnings: the roster's,
    and a standard named by an id other commands will not find."""
    from zone_gap.app.schema import FILES, FOLDER, modeline
    from zone_gap.app.template import baseline_template
    from zone_gap.choices import Kind
    from zone_gap.io.write import write_new

    found = _baseline_paths(folder, required=False) if folder.exists() else []  # else: a new folder
    others = [p for p in found if file_year(p) != year]
    used = standard_path(standard_file, _named(others[-1]) if others else None)
    standard = load_standard(used)
    baselines = _load_all(others, standard)
    last = next((b for b in baselines if b.year == year - 1), None)
    given, warnings = _from_roster(roster, year, standard) if roster is not None else ({}, [])
    path = folder / f"{year}.yaml"
    read = (*others, used, *([roster] if roster is not None else []))
    write_new(path, baseline_template(year, standard, last, given, modeline(path)), force=force, inputs=read)
    schema = FOLDER / FILES[Kind.BASELINE]
    unwritten = (
        []
        if schema.exists()
        else [Problem(str(path), None, Message("schema_missing", schema=str(schema)), "warning")]
    )
    return path, _unnamed(standard, standard_file, path) + unwritten + warnings


def _unnamed(standard: Standard, given: Path | None, written: Path) -> list[Problem]:
    """A warning when the file written names its standard by an id other commands will not find:
    a standard file given from outside the project's ``standards/``."""
    if given is None or standard.id in shipped_standards():
        return []
    message = Message("standard_not_found_by_id", id=standard.id, path=str(given))
    return [Problem(str(written), None, message, "warning")]


def _from_roster(
    path: Path, year: int, standard: Standard
) -> tuple[dict[str, tuple[str, str]], list[Problem]]:
    from zone_gap.app.template import roster_values
    from zone_gap.roster.model import roster_year

    try:
        named = roster_year(path, None)
    except UsageError:
        named = year
    if named != year:
        raise UsageError(Message("roster_other_year", path=str(path), found=named, year=year))
    outcome = run_roster(path, year=year, standard_file=None)
    return roster_values(outcome.figures, standard), outcome.warnings


@dataclass(frozen=True)
class RosterOutcome:
    figures: RosterFigures
    warnings: list[Problem]
    pipeline: CertificatePipeline | None = None


def run_roster(
    path: Path,
    *,
    year: int | None = None,
    sheet: str | None = None,
    as_of: date | None = None,
    standard_file: Path | None = None,
    pipeline: bool = False,
    by: int | None = None,
    plan_file: Path | None = None,
) -> RosterOutcome:
    """The roster's figures on ``as_of`` (default: its year's end), after every row is read and
    checked: an error anywhere stops it (``InputError``), before anything is computed. ``pipeline``:
    also the certificates that lapse before the deadline (``by``, else the plan's) and what each year
    must bring, with the candidates judged against the high-tech enterprise standard."""
    from zone_gap.roster.figures import roster_figures
    from zone_gap.roster.model import read_roster

    standard = load_standard(standard_path(standard_file))
    companies = enterprise_standards(standard)
    roster, warnings = read_roster(path, year=year, sheet=sheet, standards=companies)
    if as_of is not None and as_of.year != roster.year:
        raise UsageError(Message("roster_as_of_year", as_of=as_of.isoformat(), year=roster.year))
    park = standard if standard.subject == "park" else load_standard(standard_path(None))
    found = roster_figures(roster, as_of, {key: figure.name for key, figure in park.figures.items()})
    if not pipeline or not roster.enterprises:  # no rows: no certificates to follow, not 0 of them
        return RosterOutcome(found, warnings)
    from zone_gap.roster.pipeline import certificate_pipeline

    # the park's standard (the one given, else the shipped one) and its plan give the deadline
    inputs = _inputs(Settings(standard=standard_file if standard.subject == "park" else None, plan=plan_file))
    deadline = _deadline_not_before(replace(inputs, deadline=by or inputs.deadline), roster.year)
    # last year's figures, where the project's folder has them, for the growth a roster cannot give
    folder = Settings().folder
    paths = _baseline_paths(folder, required=False) if folder.is_dir() else []
    before = _year_in(paths, roster.year - 1)
    previous = load_baseline(before, inputs.standard)[0] if before is not None else None
    report = certificate_pipeline(
        roster,
        by=deadline,
        standard=inputs.standard,
        plan=inputs.plan,
        enterprise_standards=companies,
        previous=previous,
        as_of=as_of,
    )
    return RosterOutcome(found, warnings, report)


def run_report(settings: Settings, roster: Path | None = None) -> MeetingPack:
    """The meeting pack of the folder's figures; with ``roster``, the roster read and checked as
    `roster --pipeline` reads it, for the page of the enterprises that close each gap."""
    paths = _baseline_paths(settings.folder)
    inputs = _inputs(settings, named=_named(paths[-1]))
    baselines = _load_all(paths, inputs.standard)
    inputs = replace(inputs, deadline=_deadline_not_before(inputs, max(b.year for b in baselines)))
    latest = load_document(paths[-1])
    check = _check(inputs, replace(settings, by_department=False), paths[-1], paths, None, latest)
    pipeline = None
    if roster is not None:
        found = run_roster(
            roster,
            standard_file=settings.standard,
            pipeline=True,
            by=inputs.deadline,
            plan_file=settings.plan,
        )
        pipeline = found.pipeline
        latest_year = max(b.year for b in baselines)
        check.warnings.extend(found.warnings)  # the roster's own, as `roster` says them
        if found.figures.roster.year != latest_year:  # a page of another year than the pack's
            said = Message("report_roster_year", roster=found.figures.roster.year, year=latest_year)
            check.warnings.append(Problem(str(roster), None, said, "warning"))
    return MeetingPack(
        check,
        inputs.projection(baselines),
        inputs.plan_report(baselines),
        inputs.leads(),
        inputs.standard,
        inputs.series,
        inputs.national_rd,
        pipeline,
    )
