"""Class 1 — validate never passes what it could not check.

A ``--standard`` that is missing, a folder, a baseline, or itself invalid (a syntax error, an id used
twice), combined with a broken plan and a broken baseline: validate must exit non-zero, must never
call the plan or the baseline valid, must still report their own problems, and must say something
about the standard it could not use. Also an invalid standard found in ``standards/`` beside
``plans/`` and ``baselines/`` when validate runs with no paths.
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.hostile._support import (
    SHIPPED_BASELINE,
    SHIPPED_PLAN,
    SHIPPED_STANDARD,
    STANDARD_NAME,
    assert_chinese,
    assert_no_crash,
    line_of,
    project_copy,
    replace_once,
    write,
    zg,
)

BAD_PLAN = replace_once(SHIPPED_PLAN, "per_year: 13", "per_year: abc")
BAD_PLAN_LINE = line_of(BAD_PLAN, "per_year: abc")
# A problem the baseline has whatever the standard says: a negative count.
# A problem found without the standard: a figure's unit (is `rd_institutions: -3` a count?) is the
# standard's to declare, but a date outside the file's year is wrong whatever the standard says.
BAD_BASELINE = replace_once(SHIPPED_BASELINE, "year: 2020\n", "year: 2020\nas_of: 2019-06-30\n")
BAD_BASELINE_LINE = line_of(BAD_BASELINE, "as_of: 2019-06-30")

STANDARD_SYNTAX = replace_once(SHIPPED_STANDARD, "id: inner-mongolia-2020", "id: [inner-mongolia-2020")
STANDARD_DUPLICATE_ID = replace_once(SHIPPED_STANDARD, "- id: industry_system", "- id: industry_direction")
STANDARD_UNKNOWN_KEY = replace_once(
    SHIPPED_STANDARD, "\nid: inner-mongolia-2020", "\nidd: inner-mongolia-2020"
)


def _standard_missing(root: Path) -> str:
    return "standards/inner-mongolia-202.yaml"


def _standard_folder(root: Path) -> str:
    (root / "sdir").mkdir()
    write(root / "sdir" / STANDARD_NAME, SHIPPED_STANDARD)
    return "sdir"


def _standard_is_baseline(root: Path) -> str:
    return str(write(root / "other" / "2020.yaml", SHIPPED_BASELINE).relative_to(root))


def _standard_syntax_error(root: Path) -> str:
    return str(write(root / "other" / "broken-syntax.yaml", STANDARD_SYNTAX).relative_to(root))


def _standard_duplicate_ids(root: Path) -> str:
    return str(write(root / "other" / "duplicate-ids.yaml", STANDARD_DUPLICATE_ID).relative_to(root))


BROKEN_STANDARDS = {
    "missing": _standard_missing,
    "folder": _standard_folder,
    "a-baseline": _standard_is_baseline,
    "syntax-error": _standard_syntax_error,
    "duplicate-ids": _standard_duplicate_ids,
}
TARGETS = {
    "broken-plan": ["plans/bad.yaml"],
    "broken-baseline": ["baselines/2020.yaml"],
    "both": ["plans/bad.yaml", "baselines/2020.yaml"],
}


@pytest.fixture
def broken_project(tmp_path: Path) -> Path:
    root = project_copy(tmp_path / "p")
    write(root / "plans" / "bad.yaml", BAD_PLAN)
    write(root / "baselines" / "2020.yaml", BAD_BASELINE)
    return root


def _files(out: str) -> dict[str, dict[str, object]]:
    data = json.loads(out)
    return {str(f["file"]): f for f in data["files"]}


def _assert_own_problems_reported(files: dict[str, dict[str, object]], targets: list[str]) -> None:
    for target in targets:
        assert target in files, f"{target} not reported at all: {sorted(files)}"
        entry = files[target]
        assert entry["valid"] is False, f"{target} reported valid: {entry}"
        lines = {p["line"] for p in entry["problems"] if p["severity"] == "error"}  # type: ignore[attr-defined]
        own = BAD_PLAN_LINE if target.startswith("plans/") else BAD_BASELINE_LINE
        assert own in lines, f"{target}'s own problem (line {own}) not reported: {entry['problems']}"
        for p in entry["problems"]:  # type: ignore[attr-defined]
            assert_chinese(p["message"])


@pytest.mark.parametrize("targets", list(TARGETS.values()), ids=list(TARGETS))
@pytest.mark.parametrize("make_standard", list(BROKEN_STANDARDS.values()), ids=list(BROKEN_STANDARDS))
def test_a_broken_standard_never_lets_a_broken_file_pass(broken_project, make_standard, targets) -> None:
    standard = make_standard(broken_project)
    result = zg("validate", "--standard", standard, "--format", "json", *targets, cwd=broken_project)
    assert_no_crash(result, {1, 2})
    _assert_own_problems_reported(_files(result.stdout), targets)
    # The standard that could not be used is named somewhere (a problem of its own, or on stderr).
    assert standard in result.output, f"nothing said about {standard}\n{result.output}"


@pytest.mark.parametrize("targets", list(TARGETS.values()), ids=list(TARGETS))
def test_control_the_shipped_standard_finds_the_same_problems(broken_project, targets) -> None:
    """The broken files are found broken with a good standard: the cases above test the standard."""
    result = zg("validate", "--format", "json", *targets, cwd=broken_project)
    assert_no_crash(result, {1})
    _assert_own_problems_reported(_files(result.stdout), targets)


@pytest.mark.parametrize("make_standard", list(BROKEN_STANDARDS.values()), ids=list(BROKEN_STANDARDS))
def test_a_broken_standard_fails_even_good_files(tmp_path: Path, make_standard) -> None:
    root = project_copy(tmp_path / "p")
    standard = make_standard(root)
    result = zg(
        "validate", "--standard", standard, "plans/kundulun-2021.yaml", "baselines/2020.yaml", cwd=root
    )
    assert_no_crash(result, {1, 2})
    assert "2 个有效" not in result.output, result.output


@pytest.mark.parametrize("make_standard", list(BROKEN_STANDARDS.values()), ids=list(BROKEN_STANDARDS))
def test_strict_junit_with_a_broken_standard_is_not_green(broken_project, make_standard) -> None:
    standard = make_standard(broken_project)
    result = zg("validate", "--standard", standard, "--strict", "--format", "junit", cwd=broken_project)
    assert_no_crash(result, {1, 2})
    suites = ElementTree.fromstring(result.stdout)
    failed = {
        case.get("name")
        for case in suites.iter("testcase")
        if case.find("failure") is not None or case.find("error") is not None
    }
    assert {"plans/bad.yaml", "baselines/2020.yaml"} <= failed, failed


INVALID_IN_FOLDER = {
    "syntax-error": STANDARD_SYNTAX,
    "duplicate-ids": STANDARD_DUPLICATE_ID,
    "unknown-key": STANDARD_UNKNOWN_KEY,
}


@pytest.mark.parametrize("text", list(INVALID_IN_FOLDER.values()), ids=list(INVALID_IN_FOLDER))
def test_an_invalid_standard_in_standards_folder(broken_project: Path, text: str) -> None:
    write(broken_project / "standards" / STANDARD_NAME, text)
    result = zg("validate", "--format", "json", cwd=broken_project)
    assert_no_crash(result, {1})
    files = _files(result.stdout)
    assert files[f"standards/{STANDARD_NAME}"]["valid"] is False
    _assert_own_problems_reported(files, ["plans/bad.yaml", "baselines/2020.yaml"])
    # The good plan could not be checked against a broken standard either.
    assert files["plans/kundulun-2021.yaml"]["valid"] is False, files["plans/kundulun-2021.yaml"]


@pytest.mark.parametrize("text", list(INVALID_IN_FOLDER.values()), ids=list(INVALID_IN_FOLDER))
def test_an_invalid_standard_named_explicitly(broken_project: Path, text: str) -> None:
    write(broken_project / "standards" / STANDARD_NAME, text)
    targets = ["plans/bad.yaml", "baselines/2020.yaml"]
    result = zg(
        "validate",
        "--standard",
        f"standards/{STANDARD_NAME}",
        "--format",
        "json",
        *targets,
        cwd=broken_project,
    )
    assert_no_crash(result, {1, 2})
    _assert_own_problems_reported(_files(result.stdout), targets)
