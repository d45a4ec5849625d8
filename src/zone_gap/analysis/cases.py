"""Worked cases beside a standard (``standards/<id>.cases.yaml``), OpenFisca's YAML tests in our terms:
each case gives figures as a figures file gives them and what the standard makes of them, criterion by
criterion. The test suite runs every case; ``validate`` checks that a cases file is well formed.

A case's figures are read through the same path as a figures file (``read_baseline``), from the part
of the cases file that holds them, so that a problem in them is reported at its line in that file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, PlainValidator
from pydantic_core import PydanticCustomError

from zone_gap.analysis.engine import evaluate
from zone_gap.figures.quantity import Percent
from zone_gap.i18n import Message
from zone_gap.io.document import Document, KeyPath
from zone_gap.io.folder import renamed
from zone_gap.io.model import FileModel, closest, parse_model
from zone_gap.io.problem import InputError, Problem
from zone_gap.maths.result import Result, Status
from zone_gap.standard.baseline import Baseline, Year, read_baseline
from zone_gap.standard.model import Standard

SUFFIXES = (".cases.yaml", ".cases.yml")
DEFAULT_DEADLINE = 2023
"""A park's deadline when a case gives none, as for ``check`` (昆府发〔2021〕4号: acceptance by 2023)."""


def is_cases_file(path: Path) -> bool:
    return path.name.endswith(SUFFIXES)


def named_by_file(path: Path) -> str:
    """The id of the standard a cases file's name gives: ``inner-mongolia-2020.cases.yaml``."""
    return next(path.name.removesuffix(s) for s in SUFFIXES if path.name.endswith(s))


def beside(path: Path, standard_id: str) -> Path | None:
    """The standard's own file in the cases file's folder, if there is one."""
    found = [path.with_name(standard_id + s) for s in (".yaml", ".yml")]
    return next((p for p in found if p.is_file()), None)


def _exact(value: Any) -> Fraction:
    """A number as written, exactly: ``38``, ``0.5``, ``1/3`` or ``5.5%``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            if text.endswith("%"):
                return Percent.parse(text).value
            if "/" in text:
                top, _, bottom = text.partition("/")
                return Fraction(int(top), int(bottom))
            return Fraction(Decimal(text))
        except (ValueError, ZeroDivisionError, InvalidOperation, OverflowError):
            pass
    raise PydanticCustomError("number_exact", "not an exact number", {"value": value})


Exact = Annotated[Fraction, PlainValidator(_exact)]


class Expected(FileModel):
    """What one criterion, or one branch, must come to; what is left out is not checked."""

    status: Status
    actual: Exact | None = None
    """The figure as computed, where it is known exactly (a share, a score)."""
    low: Exact | None = None
    high: Exact | None = None
    """What is known of it where only a range is: a score whose parts are ranges, a share whose
    overlap is unknown."""
    threshold: Exact | None = None
    gap: Exact | None = None
    gap_amount: Exact | None = None
    need: Annotated[int, Field(strict=True, ge=0)] | None = None
    """The whole count that closes the gap ("need N"; ``Result.gap_count``)."""
    required_per_year: Exact | None = None
    supply: list[str] | None = None
    """The figures to supply, one entry per item the tool names: ``a + b`` for figures given
    together, ``previous.a`` for a figure of last year's file."""


class Case(FileModel):
    name: Annotated[str, Field(min_length=1)]
    figures: dict[str, Any]
    previous: dict[str, Any] | None = None
    deadline: Year | None = None
    expect: Annotated[dict[str, Expected], Field(min_length=1)]
    xfail: str | None = None
    """Why the tool disagrees with the hand-worked values: a known bug, pinned until fixed."""


class CasesFile(FileModel):
    standard: str
    cases: Annotated[list[Case], Field(min_length=1)]


def read_cases(document: Document, named: str | None = None) -> CasesFile:
    """A cases file's shape: every key known, every number exact, each case named once, and the
    standard it names the one its file name gives (``named``)."""
    cases = parse_model(document, CasesFile)
    problems = []
    if named is not None and cases.standard != named:
        message = Message("cases_standard_other", named=named, written=cases.standard)
        problems.append(document.problem(("standard",), message))
    first: dict[str, int] = {}
    for i, case in enumerate(cases.cases):
        seen = first.setdefault(case.name, i)
        if seen != i:
            where = document.position(("cases", seen, "name"))
            message = Message("cases_name_twice", name=case.name, line=where.line if where else "?")
            problems.append(document.problem(("cases", i, "name"), message))
    if problems:
        raise InputError(sorted(problems, key=Problem.order))
    return cases


def check_cases(document: Document, cases: CasesFile, standard: Standard) -> list[Problem]:
    """Every problem in the cases against their standard, each at its place."""
    problems: list[Problem] = []
    for i in range(len(cases.cases)):
        try:
            case_inputs(document, cases, i, standard)
        except InputError as e:
            problems += e.problems
    return sorted(problems, key=Problem.order)


@dataclass(frozen=True)
class Inputs:
    baseline: Baseline
    previous: Baseline | None
    deadline: int


def case_inputs(document: Document, cases: CasesFile, index: int, standard: Standard) -> Inputs:
    """A case's figures (and last year's) read as figures files, its deadline, and the ids it
    expects checked against the standard; every problem at once, located in the cases file."""
    case, at = cases.cases[index], ("cases", index)
    problems = _unknown_ids(document, case, at, standard)
    baseline = _figures(document, (*at, "figures"), standard, problems)
    previous = (
        _figures(document, (*at, "previous"), standard, problems) if case.previous is not None else None
    )
    if baseline is not None and previous is not None:
        if previous.year != baseline.year - 1:
            message = Message("year_mismatch", found=previous.year, expected=baseline.year - 1)
            problems.append(document.problem((*at, "previous", "year"), message))
        for _, message in renamed(
            [(previous.year, previous.subject_name), (baseline.year, baseline.subject_name)]
        ):
            problems.append(document.problem((*at, "figures", standard.subject), message))
    deadline = case.deadline
    if baseline is not None and deadline is not None and deadline < baseline.year:
        message = Message("cases_deadline_before", deadline=deadline, year=baseline.year)
        problems.append(document.problem((*at, "deadline"), message))
    if problems or baseline is None:
        raise InputError(sorted(problems, key=Problem.order))
    if deadline is None:
        deadline = DEFAULT_DEADLINE if standard.subject == "park" else baseline.year
    return Inputs(baseline, previous, deadline)


def _unknown_ids(document: Document, case: Case, at: KeyPath, standard: Standard) -> list[Problem]:
    known = standard.criterion_ids()
    return [
        document.problem(
            (*at, "expect", key),
            Message("cases_unknown_id", standard=standard.id, key=key, hint=closest(key, known)),
            key=True,
        )
        for key in case.expect
        if key not in known
    ]


def _figures(
    document: Document, path: KeyPath, standard: Standard, problems: list[Problem]
) -> Baseline | None:
    try:
        return read_baseline(part(document, path), standard)
    except InputError as e:
        problems += e.problems
        return None


def part(document: Document, path: KeyPath) -> Document:
    """The value at ``path`` as a document of its own, every position still in the whole file."""
    data = document.data
    for key in path:
        data = data[key]
    n = len(path)

    def under(found: dict[KeyPath, Any]) -> dict[KeyPath, Any]:
        return {k[n:]: v for k, v in found.items() if k[:n] == path}

    return Document(
        document.name,
        data,
        under(document.values),
        under(document.keys),
        under(document.traps),
        [],
        document.text,
    )


@dataclass(frozen=True)
class Mismatch:
    """One expected value the tool does not give."""

    id: str
    field: str
    expected: object
    found: object

    def __str__(self) -> str:
        return f"{self.id}.{self.field}: expected {_shown(self.expected)}, found {_shown(self.found)}"


def run_case(document: Document, cases: CasesFile, index: int, standard: Standard) -> list[Mismatch]:
    """Evaluate one case and compare each value it expects, exactly; ``InputError`` where the case
    cannot be read (figures, or an id the standard does not have)."""
    inputs = case_inputs(document, cases, index, standard)
    report = evaluate(standard, inputs.baseline, previous=inputs.previous, deadline=inputs.deadline)
    found = report.by_id()
    mismatches = []
    for criterion, expected in cases.cases[index].expect.items():
        mismatches += compare(criterion, expected, found[criterion], inputs.baseline.year)
    return mismatches


def compare(criterion: str, expected: Expected, result: Result, year: int) -> list[Mismatch]:
    actual: dict[str, object] = {
        "status": result.status,
        "actual": result.actual.value if result.actual else None,
        "low": result.actual.low if result.actual else None,
        "high": result.actual.high if result.actual else None,
        "threshold": result.threshold,
        "gap": result.gap,
        "gap_amount": result.gap_amount,
        "need": result.gap_count,
        "required_per_year": result.required_per_year,
        "supply": supplied(tuple(need.key for need in result.supply), year),
    }
    mismatches = []
    for field in Expected.model_fields:
        want = getattr(expected, field)
        if field == "supply" and want is not None:
            want = supplied(tuple(want), year)
        if want is not None and want != actual[field]:
            mismatches.append(Mismatch(criterion, field, want, actual[field]))
    return mismatches


_LAST_YEAR = re.compile(r"(\d+)\.ya?ml: (.+)")


def supplied(items: tuple[str, ...], year: int) -> list[str]:
    """What to supply, in one spelling whatever the order: each item's figures sorted and joined by
    `` + ``, last year's file's figure (``2021.yaml: x``) as ``previous.x``; the items sorted."""

    def key(text: str) -> str:
        found = _LAST_YEAR.fullmatch(text)
        return f"previous.{found.group(2)}" if found and int(found.group(1)) == year - 1 else text

    return sorted(" + ".join(sorted(key(k.strip()) for k in item.split(" + "))) for item in items)


def _shown(value: object) -> str:
    if isinstance(value, Fraction) and value.denominator != 1:
        return f"{value} (≈ {float(value):.6g})"
    return str(value)
