"""`zone-gap validate`: every problem in every standards, baseline and plan file, in one run.

Problems are values: one bad file never stops the others. Files are only read.
"""

from __future__ import annotations

import glob
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from zone_gap.analysis.cases import beside, check_cases, is_cases_file, named_by_file, read_cases
from zone_gap.analysis.checked import Checked
from zone_gap.analysis.engine import cross_checks
from zone_gap.choices import Kind
from zone_gap.i18n import Message
from zone_gap.io.document import Document, decode, parse_document, read_bytes
from zone_gap.io.folder import one_series, renamed, year_files
from zone_gap.io.model import parse_model
from zone_gap.io.problem import InputError, Problem, Refusal
from zone_gap.io.shipped import standard_files, standard_path
from zone_gap.standard.baseline import (
    file_year,
    named_standard,
    read_baseline,
    read_without_standard,
)
from zone_gap.standard.model import Standard, check_standard, default_standard_path, load_standard
from zone_gap.standard.plan import Plan, check_plan_file, plan_problems

DEFAULT_FOLDERS = ("standards", "baselines", "plans", "rosters", "examples")
ROSTER_SUFFIXES = (".csv", ".xlsx")
"""Files in a folder that are enterprise rosters, checked by reading them as ``zone-gap roster`` does."""
STDIN = "-"


_FOLDER_KIND = {"standards": Kind.STANDARD, "baselines": Kind.BASELINE, "plans": Kind.PLAN}
CASES: Literal["cases"] = "cases"
"""The kind of a file of worked cases beside a standard (``<id>.cases.yaml``), told by its name."""


@dataclass(frozen=True)
class Validation:
    files: Iterator[Checked]
    """Each file once it is fully checked: a folder's files together, the standards last. Consumed
    as it comes, so that memory stays flat however many files there are."""
    missing: list[str]
    """Paths given that match no file: a usage error."""
    count: int
    """How many files there are to check."""


def expand(paths: list[str]) -> tuple[list[Path | str], list[str]]:
    """Files, globs and folders (recursively, ``*.yaml`` and ``*.yml``) in order, each once; ``-``
    stays as it is; paths that match nothing are returned apart."""
    found: dict[str, Path | str] = {}
    missing = []
    for given in paths or [f for f in DEFAULT_FOLDERS if Path(f).is_dir()]:
        if given == STDIN:
            found[STDIN] = STDIN
            continue
        matches = (
            [Path(m) for m in sorted(glob.glob(given, recursive=True))]
            if glob.has_magic(given)
            else [Path(given)]
        )
        matches = [m for m in matches if m.exists()]
        if glob.has_magic(given):  # a pattern matches what Excel or macOS left beside a roster too
            matches = [m for m in matches if not _beside_a_roster(m)] or matches
        if not matches:
            missing.append(given)
        for match in matches:
            for path in _files(match):
                found.setdefault(str(path), path)
    return list(found.values()), missing


def _files(path: Path) -> Iterator[Path]:
    """A folder's files to check, or the file given (checked whatever it is, and said to be Excel's
    lock file if it is one); a folder's lock files and the like are left out."""
    if path.is_dir():
        suffixes = (".yaml", ".yml", *ROSTER_SUFFIXES)
        yield from sorted(
            p for p in path.rglob("*") if p.suffix in suffixes and p.is_file() and not _beside_a_roster(p)
        )
    else:
        yield path


def _beside_a_roster(path: Path) -> bool:
    """Excel's or WPS's lock file beside an open workbook (``~$2022.xlsx``), or the file macOS leaves
    beside one copied (``._2022.xlsx``): not a roster, and no mistake in the folder."""
    from zone_gap.roster.read import not_a_roster

    return path.suffix.lower() in ROSTER_SUFFIXES and not_a_roster(path) is not None


def validate(
    paths: list[str], *, kind: Kind | None = None, standard: Path | None = None, stdin: bytes | None = None
) -> Validation:
    sources, missing = expand(paths)
    known = standard_files()[0]  # two files of one id are said at the files, not raised
    standard = standard_path(standard, known=known) if standard is not None else None  # a path, or an id
    return Validation(_checked(sources, kind, standard, stdin), missing, len(sources))


def _checked(
    sources: list[Path | str], kind: Kind | None, given: Path | None, stdin: bytes | None
) -> Iterator[Checked]:
    """Standards first, since the baselines and plans after them are checked against the one found;
    then one folder at a time, each finished by its folder checks before the next begins; the worked
    cases beside a standard last, against the standards read by then."""

    def order(i: int) -> tuple[bool, str, int]:
        source = sources[i]
        folder = str(source.parent) if isinstance(source, Path) else ""
        return _folder_kind(source) is not Kind.STANDARD, folder, i

    standards: list[Checked] = []
    cases: list[Checked] = []  # checked once every standard among the files is read
    reference: _Reference | None = None  # decided once, at the first file that is not a standard
    named: dict[str, _Reference] = {}  # the standards figures files name, each read once
    batch: list[Checked] = []
    years: set[int] = set()
    for i in sorted(range(len(sources)), key=order):
        found = _read(sources[i], kind, stdin)
        if found.kind == CASES:
            cases.append(found)
            continue
        if found.kind is Kind.STANDARD or (found.kind is None and _folder_kind(sources[i]) is Kind.STANDARD):
            _check(found, None)
            standards.append(found)
            continue
        if reference is None:
            reference = _standard(standards, given)
            if reference.failed is not None:
                standards.append(reference.failed)
        assert reference is not None
        _check(found, _named_reference(found, reference, standards, given, named))
        found.let_go()
        if found.year is not None:
            years.add(found.year)
        if batch and _parent(found) != _parent(batch[-1]):
            yield from _finish_folder(batch)
            batch = []
        batch.append(found)
    yield from _finish_folder(batch)
    standards += _id_clashes(standards)
    _check_reference_years(standards, years)
    for found in cases:
        _check_cases(found, standards)
    yield from cases
    yield from standards


def _parent(checked: Checked) -> Path | None:
    return checked.path.parent if checked.path else None


def _finish_folder(batch: list[Checked]) -> list[Checked]:
    baselines = [c for c in batch if c.kind is Kind.BASELINE]
    _check_folders(baselines)
    return batch + _misnamed(baselines)


def _misnamed(baselines: list[Checked]) -> list[Checked]:
    """What stands among a folder's year files that is not one: a folder named ``2022.yaml``, an
    upper-case ``2021.YAML`` (two files for one year are found from the years they hold)."""
    folders = {c.path.parent for c in baselines if c.path is not None and file_year(c.path) is not None}
    found = []
    for folder in sorted(folders):
        for problem in year_files(folder)[1]:
            if problem.message.key != "year_twice":
                found.append(Checked(problem.file, Path(problem.file), Kind.BASELINE, [problem]))
    return found


def _folder_kind(source: Path | str) -> Kind | None:
    parts = source.parent.parts if isinstance(source, Path) else ()
    return next((_FOLDER_KIND[p] for p in reversed(parts) if p in _FOLDER_KIND), None)


def _read(source: Path | str, kind: Kind | None, stdin: bytes | None) -> Checked:
    """Read and parse one file, and tell its kind; a file that cannot be read keeps its problems."""
    path = source if isinstance(source, Path) else None
    cases = CASES if path is not None and is_cases_file(path) else None  # told by its name, even unreadable
    checked = Checked(str(source) if path else "<stdin>", path, cases)
    if path is not None and path.suffix.lower() in ROSTER_SUFFIXES:
        checked.problems += _roster_problems(path)
        return checked
    try:
        raw = read_bytes(path) if path else (stdin or b"")
        text, warnings = decode(raw, checked.name)
        checked.document = parse_document(text, checked.name, warnings)
    except InputError as e:
        checked.problems += e.problems
        return checked
    checked.kind = checked.kind or kind or _kind(path, checked.document)
    if checked.kind is None:
        checked.problems.append(Problem(checked.name, None, Message("kind_unknown")))
    return checked


def _roster_problems(path: Path) -> list[Problem]:
    """Every problem in a roster, each at its row and column; a roster whose year its name does not
    give is read for its problems all the same, and one whose name gives a year no file may have is
    an error too."""
    from zone_gap.roster.model import named_year, read_roster, year_out_of_range

    wrong = year_out_of_range(path)
    named = [Problem(str(path), None, wrong)] if wrong is not None else []
    try:
        return named + read_roster(path, year=named_year(path) or 0)[1]
    except InputError as e:
        return named + sorted(e.problems, key=Problem.order)
    except Refusal as e:
        return named + [Problem(str(path), None, e.message)]


def _kind(path: Path | None, document: Document) -> Kind | None:
    """From the folder (``standards/``, ``baselines/``, ``plans/``), else from the top-level keys."""
    by_folder = _folder_kind(path) if path else None
    if by_folder is not None:
        return by_folder
    data = document.data if isinstance(document.data, dict) else {}
    if "dimensions" in data:
        return Kind.STANDARD
    if "tasks" in data or "targets" in data:
        return Kind.PLAN
    if "park" in data or "enterprise" in data or "year" in data:
        return Kind.BASELINE
    return None


@dataclass(frozen=True)
class _Reference:
    """The standard that baselines and plans are checked against, or why there is none."""

    standard: Standard | None
    name: str
    failed: Checked | None = None
    """The ``--standard`` file that could not be used, with its problems, when it is not among the
    files checked anyway."""


def _standard(files: list[Checked], given: Path | None) -> _Reference:
    """``--standard``, else the one standard among the files, else the shipped one. One that is
    missing, unreadable or invalid is said so; nothing is then called valid that needed it."""
    candidates = [
        c for c in files if c.kind is Kind.STANDARD or (c.path and _folder_kind(c.path) is Kind.STANDARD)
    ]
    if given is not None:
        candidates = [c for c in candidates if c.path is not None and c.path.resolve() == given.resolve()]
    elif len(candidates) > 1:  # several standards: the default one, by its file's name
        default = default_standard_path().name
        candidates = [c for c in candidates if c.path is not None and c.path.name == default]
    if len(candidates) == 1:  # already read by `_check`; its model is None when it was invalid
        found = candidates[0].model
        return _Reference(found if isinstance(found, Standard) else None, candidates[0].name)
    path = given or default_standard_path()
    try:
        return _Reference(load_standard(path), str(path))
    except InputError as e:
        failed = Checked(str(path), path, Kind.STANDARD, sorted(e.problems, key=Problem.order))
        return _Reference(None, str(path), failed)


def _named_reference(
    checked: Checked,
    reference: _Reference,
    standards: list[Checked],
    given: Path | None,
    named: dict[str, _Reference],
) -> _Reference:
    """The standard a figures file or a plan is checked against: the one it names (``standard:``) when
    no ``--standard`` is given, found among the files checked or the shipped ones; else the one
    found for all. A name found nowhere is left to the file's own check to report."""
    wanted = named_standard(checked.document) if checked.document is not None else None
    if given is not None or wanted is None or checked.kind not in (Kind.BASELINE, Kind.PLAN):
        return reference
    if reference.standard is not None and reference.standard.id == wanted:
        return reference
    if wanted not in named:
        among = [c for c in standards if isinstance(c.model, Standard) and c.model.id == wanted]
        path = standard_files()[0].get(wanted)
        if among:
            named[wanted] = _Reference(among[0].model, among[0].name)  # type: ignore[arg-type]
        elif path is not None:
            named[wanted] = _standard([], path)
        else:
            return reference
    return named[wanted]


def _check(checked: Checked, reference: _Reference | None) -> None:
    document = checked.document
    if document is None or checked.kind is None:
        return
    standard = reference.standard if reference is not None else None
    try:
        match checked.kind:
            case Kind.STANDARD:
                checked.model = check_standard(document)
            case Kind.BASELINE:
                named_year = file_year(checked.path) if checked.path else None
                if standard is None:
                    checked.problems += read_without_standard(document, named_year)
                else:
                    checked.model = read_baseline(document, standard, named_year)
                    checked.problems += [
                        document.problem(c.path, c.message, severity="warning")
                        for c in cross_checks(standard, checked.model)
                    ]
            case Kind.PLAN:
                if standard is not None:
                    checked.model = check_plan_file(document, standard)
                else:
                    plan = parse_model(document, Plan)
                    checked.problems += plan_problems(plan, document)
    except InputError as e:
        checked.problems += e.problems
    if reference is not None and standard is None and checked.kind is not Kind.STANDARD:
        checked.problems.append(
            Problem(checked.name, None, Message("standard_unusable", standard=reference.name))
        )
    errors = {(p.position, p.severity) for p in checked.problems}
    checked.problems += [w for w in document.warnings if (w.position, "error") not in errors]
    checked.problems.sort(key=Problem.order)


def _check_cases(checked: Checked, standards: list[Checked]) -> None:
    """A cases file's shape, then each case against the standard its name gives."""
    document, path = checked.document, checked.path
    if document is None or path is None:
        return
    named = named_by_file(path)
    try:
        cases = read_cases(document, named)
        standard = _cases_standard(checked, document, named, standards)
        if standard is not None:
            checked.problems += check_cases(document, cases, standard)
    except InputError as e:
        checked.problems += e.problems
    checked.problems += document.warnings
    checked.problems.sort(key=Problem.order)
    checked.document = None


def _cases_standard(
    checked: Checked, document: Document, named: str, standards: list[Checked]
) -> Standard | None:
    """The standard ``named``: the one among the files checked, else the one beside the cases file,
    else the shipped one; where it is invalid or found nowhere, the cases file says so."""
    for candidate in standards:
        if isinstance(candidate.model, Standard) and candidate.model.id == named:
            return candidate.model
        if candidate.model is None and candidate.path is not None and candidate.path.stem == named:
            checked.problems.append(
                Problem(checked.name, None, Message("standard_unusable", standard=candidate.name))
            )
            return None
    assert checked.path is not None
    found = beside(checked.path, named) or standard_files()[0].get(named)
    if found is None:
        missing = Message("cases_standard_missing", standard=named, beside=f"{named}.yaml")
        checked.problems.append(document.problem(("standard",), missing))
        return None
    return load_standard(found)


def _check_folders(baselines: list[Checked]) -> None:
    """Within one folder of a park's files: two files for one year; a year missing between two
    others; a park whose name changes from one year to the next. Enterprises' files are left alone:
    a folder of a year's candidates holds many of one year."""
    folders: dict[Path, list[Checked]] = defaultdict(list)
    for checked in baselines:
        if checked.year is not None and checked.path is not None and one_series(checked.subject):
            folders[checked.path.parent].append(checked)
    for files in folders.values():
        by_year: dict[int, Checked] = {}
        # a file named by its year (2021.yaml) keeps the year; another file claiming it is the error
        for checked in sorted(files, key=lambda c: (c.path is None or file_year(c.path) is None, c.name)):
            assert checked.year is not None
            if checked.year in by_year:
                other = Path(by_year[checked.year].name).name
                checked.problems.append(
                    checked.problem("year", Message("year_twice", year=checked.year, other=other))
                )
            else:
                by_year[checked.year] = checked
        _gaps_and_names(by_year)


def _gaps_and_names(by_year: dict[int, Checked]) -> None:
    years = sorted(by_year)
    for before, after in zip(years, years[1:], strict=False):
        checked = by_year[after]
        if after - before > 1:
            missing = ", ".join(map(str, range(before + 1, after)))
            checked.problems.append(
                checked.problem(
                    "year", Message("year_missing", missing=missing, before=before, after=after), "warning"
                )
            )
    parks = [(year, by_year[year].park or "") for year in years]
    for i, message in renamed(parks):
        by_year[years[i]].problems.append(by_year[years[i]].problem("park", message))


def _id_clashes(standards: list[Checked]) -> list[Checked]:
    """Two of the project's standard files that declare one id, or one named by another standard's
    id: said at each file, among the standards checked or as a file of its own, since every command
    refuses to pick one (the files checked need not include the project's ``standards/``)."""
    by_path = {c.path.resolve(): c for c in standards if c.path is not None}
    added: list[Checked] = []
    for problem in standard_files()[1]:
        path = Path(problem.file)
        found = by_path.get(path.resolve())
        if found is None:
            found = by_path[path.resolve()] = Checked(problem.file, path, Kind.STANDARD)
            added.append(found)
        said = Problem(found.name, problem.position, problem.message, problem.severity)
        found.problems = sorted([*found.problems, said], key=Problem.order)
    return added


def _check_reference_years(standards: list[Checked], needed: set[int]) -> None:
    """Warn, in the standard file, of a reference table that lacks a year the baselines need."""
    years = sorted(needed)
    for checked in standards:
        if not isinstance(checked.model, Standard) or checked.document is None:
            continue
        for table in sorted(checked.model.tables()):
            lacking = [y for y in years if y not in checked.model.references[table].values]
            if lacking:
                checked.problems.append(
                    checked.document.problem(
                        ("references", table, "values"),
                        Message("reference_lacks", table=table, years=", ".join(map(str, lacking))),
                        key=True,
                        severity="warning",
                    )
                )
