"""Class 2 — one set of checks for every command.

Whatever validate refuses, check, project, plan, report (and new, where it reads the folder or the
standard) refuse too, with the same words: for each broken project below, validate exits 1 and every
other command exits 2, and at least one of validate's error messages appears word for word in the
command's own output (compared after the ``file:line:col: error: `` prefix; positions may differ).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile._support import (
    SHIPPED_BASELINE,
    SHIPPED_PLAN,
    SHIPPED_STANDARD,
    STANDARD_NAME,
    assert_chinese,
    assert_failed_in_chinese,
    errors,
    project_copy,
    replace_once,
    write,
    zg,
)


def _year(year: int, enterprises: int = 162, park: str | None = None) -> str:
    text = replace_once(SHIPPED_BASELINE, "year: 2020", f"year: {year}")
    text = replace_once(text, "enterprises: 162 ", f"enterprises: {enterprises} ")
    if park is not None:
        text = replace_once(text, "park: 包头金属深加工园区", f"park: {park}")
    return text


def duplicate_ids(root: Path) -> int:
    write(
        root / "standards" / STANDARD_NAME,
        replace_once(SHIPPED_STANDARD, "- id: industry_system", "- id: industry_direction"),
    )
    return 2021


def yaml_beside_yml(root: Path) -> int:
    write(root / "baselines" / "2021.yaml", _year(2021, 175))
    write(root / "baselines" / "2021.yml", _year(2021, 190))
    return 2022


def upper_case_suffix(root: Path) -> int:
    write(root / "baselines" / "2021.YAML", _year(2021, 175))
    return 2022


def folder_named_like_a_year(root: Path) -> int:
    write(root / "baselines" / "2021.yaml", _year(2021, 175))
    (root / "baselines" / "2022.yaml").mkdir()
    return 2023


def park_renamed(root: Path) -> int:
    write(root / "baselines" / "2021.yaml", _year(2021, 175, park="另一个园区"))
    return 2022


def plan_names_another_standard(root: Path) -> int:
    text = replace_once(SHIPPED_PLAN, "standard: inner-mongolia-2020", "standard: guangdong-2019")
    write(root / "plans" / "kundulun-2021.yaml", text)
    return 0


def plan_target_twice(root: Path) -> int:
    block = (
        "  - id: enterprises\n"
        "    name: {zh: 园区企业数, en: Enterprises in the park}\n"
        "    per_year: 13\n"
        "    at_least: 200\n"
        "    criterion: enterprise_count\n"
    )
    text = replace_once(SHIPPED_PLAN, block, block + block.replace("per_year: 13", "per_year: 1"))
    write(root / "plans" / "kundulun-2021.yaml", text)
    return 0


BREAKAGES: dict[str, Callable[[Path], int]] = {
    "standard-duplicate-ids": duplicate_ids,
    "2021.yaml-beside-2021.yml": yaml_beside_yml,
    "upper-case-2021.YAML": upper_case_suffix,
    "folder-named-2022.yaml": folder_named_like_a_year,
    "park-renamed-2020-2021": park_renamed,
    "plan-names-another-standard": plan_names_another_standard,
    "plan-target-twice": plan_target_twice,
}
"""Each breaks a fresh project copy and returns the year ``new`` would write next (0: not its case)."""

COMMANDS: dict[str, list[str]] = {
    "check": ["check"],
    "project": ["project"],
    "plan": ["plan"],
    "report": ["report", "-o", "out/pack.html"],
}

CASES = [
    pytest.param(breakage, command, id=f"{name}-{label}")
    for name, breakage in BREAKAGES.items()
    for label, command in [*COMMANDS.items(), ("new", ["new"])]
    if label != "new" or name not in {"plan-names-another-standard", "plan-target-twice"}
]


def _messages(text: str) -> set[str]:
    return {p.message for p in errors(text)}


@pytest.mark.parametrize("breakage", list(BREAKAGES.values()), ids=list(BREAKAGES))
def test_validate_refuses(tmp_path: Path, breakage: Callable[[Path], int]) -> None:
    root = project_copy(tmp_path / "p")
    breakage(root)
    result = zg("validate", cwd=root)
    located = assert_failed_in_chinese(result, 1)
    assert located, f"validate gave no located error\n{result.output}"


@pytest.mark.parametrize(("breakage", "command"), CASES)
def test_every_command_refuses_with_validates_words(
    tmp_path: Path, breakage: Callable[[Path], int], command: list[str]
) -> None:
    root = project_copy(tmp_path / "p")
    next_year = breakage(root)
    if command == ["new"]:
        command = ["new", str(next_year)]
    said_by_validate = _messages(zg("validate", cwd=root).output)
    result = zg(*command, cwd=root)
    assert_failed_in_chinese(result, 2)
    said = _messages(result.output)
    for message in said:
        assert_chinese(message)
    assert said_by_validate, "validate said nothing (see test_validate_refuses)"
    assert said & said_by_validate, (
        f"`{' '.join(command)}` and validate say different things:\n"
        f"  validate: {sorted(said_by_validate)}\n  command:  {sorted(said)}\n{result.output}"
    )
    assert not (root / "out" / "pack.html").exists(), "report wrote a pack from input it refuses"
