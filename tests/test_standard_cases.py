"""Every worked case beside a standard (``standards/<id>.cases.yaml``), one test each: its figures read
as a figures file is read, evaluated, and each value it expects compared exactly.

A case the tool gets wrong carries ``xfail: <reason>`` and runs as a strict expected failure, so that
the fix is noticed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from zone_gap.analysis.cases import beside, is_cases_file, named_by_file, read_cases, run_case
from zone_gap.i18n import Lang
from zone_gap.io.document import load_document
from zone_gap.io.problem import InputError
from zone_gap.standard.model import load_standard

STANDARDS = ROOT / "standards"
FILES = sorted(p for p in STANDARDS.iterdir() if is_cases_file(p))


def _cases() -> Iterator[object]:
    for path in FILES:
        try:
            cases = read_cases(load_document(path), named_by_file(path))
        except InputError:  # the test says why, at each place
            yield pytest.param(path, -1, id=f"{path.name}::<unreadable>")
            continue
        for index, case in enumerate(cases.cases):
            marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
            yield pytest.param(path, index, id=f"{cases.standard}::{case.name}", marks=marks)


def _problems(error: InputError) -> str:
    return "\n".join(p.render(Lang.EN) for p in error.problems)


@pytest.mark.parametrize(("path", "index"), list(_cases()))
def test_case(path: Path, index: int) -> None:
    document = load_document(path)
    named = named_by_file(path)
    try:
        cases = read_cases(document, named)
    except InputError as e:
        pytest.fail(f"{path.name} cannot be read:\n{_problems(e)}")
    standard_path = beside(path, named)
    assert standard_path is not None, f"{path.name}: no {named}.yaml beside it"
    case = cases.cases[index]
    try:
        mismatches = run_case(document, cases, index, load_standard(standard_path))
    except InputError as e:
        pytest.fail(f"{named}::{case.name} cannot be run:\n{_problems(e)}")
    assert not mismatches, f"{named}::{case.name}\n" + "\n".join(f"  {m}" for m in mismatches)


def test_every_shipped_standard_has_its_cases() -> None:
    standards = {p.stem for p in STANDARDS.glob("*.yaml") if not is_cases_file(p)}
    assert standards
    assert {named_by_file(p) for p in FILES} == standards
