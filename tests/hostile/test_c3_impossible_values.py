"""Class 3 — impossible values become located errors, never a crash.

Generated: every kind of date that does not exist, in a baseline's ``as_of``, a plan's phase
``start``/``end`` and task ``due``, and inside a text field (``park:``); nesting 100/500/3000 deep
as flow sequences, flow mappings and block mappings; control characters raw and as double-quoted
escapes; a growth below -100%; ``--national-rd`` outside 0–100% or not a percentage; and zero
denominators, which are not errors: check still answers (0 or 1) and warns, naming the zero key.
Errors exit 1 from validate and 2 from the other commands; other files given to validate are still
checked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile._support import (
    SHIPPED_BASELINE,
    SHIPPED_PLAN,
    assert_chinese,
    assert_failed_in_chinese,
    assert_no_crash,
    line_of,
    project_copy,
    replace_once,
    write,
    zg,
)

IMPOSSIBLE_DATES = [
    *(f"{y}-02-29" for y in (2021, 2022, 2023, 1900)),  # common years, 1900 included
    "2020-02-30",
    "2020-02-31",
    *(f"2020-{m:02d}-31" for m in (4, 6, 9, 11)),
    "2020-00-10",
    "2020-13-01",
    "2020-05-00",
    "2020-05-32",
]

# place -> (kind, old text, new text with {date}); the command that reads the file follows from kind.
PLACES = {
    "as_of": ("baseline", "year: 2020\n", "year: 2020\nas_of: {date}\n"),
    "park": ("baseline", "park: 包头金属深加工园区", "park: {date}"),
    "phase-start": ("plan", "    start: 2021-04-01", "    start: {date}"),
    "phase-end": ("plan", "    end: 2021-03-31", "    end: {date}"),
    "task-due": ("plan", "    due: 2023-09-30", "    due: {date}"),
}
OTHER = "park: 另一个\nyear: 2019\nenterprises: -1\n"
"""A second bad file given to validate alongside: it must still be checked."""


def _assert_located_at(problems: list, path: str, line: int, col: int, needle: str) -> None:
    at = [p for p in problems if p.file.endswith(path) and p.line == line]
    assert at, f"no error at {path}:{line}: {problems}"
    assert any(needle in p.message for p in at), f"no error at line {line} names {needle!r}: {at}"
    assert any(p.col == col for p in at), f"no error at {path}:{line}:{col}: {at}"


# Every date meets one path (the date's constructor fails, the reason is worded as a bad month or a
# bad day); every place meets another (where the file's kind is read). Each date goes to one place in
# turn, so every date and every place is tried, without the 85 pairs of both that test nothing more.
CASES = [(date, list(PLACES)[i % len(PLACES)]) for i, date in enumerate(IMPOSSIBLE_DATES)]


@pytest.mark.parametrize(("date", "place"), CASES)
def test_an_impossible_date_is_located(tmp_path: Path, date: str, place: str) -> None:
    kind, old, new = PLACES[place]
    root = project_copy(tmp_path / "p")
    shipped, path = (
        (SHIPPED_BASELINE, "baselines/2020.yaml")
        if kind == "baseline"
        else (
            SHIPPED_PLAN,
            "plans/kundulun-2021.yaml",
        )
    )
    text = replace_once(shipped, old, new.format(date=date))
    write(root / path, text)
    write(root / "other" / "2019.yaml", OTHER)
    line = line_of(text, date)
    col = text.splitlines()[line - 1].index(date) + 1

    result = zg("validate", path, "other/2019.yaml", cwd=root)
    found = assert_failed_in_chinese(result, 1)
    _assert_located_at(found, path, line, col, date)
    assert any(p.file.endswith("other/2019.yaml") and p.line == 3 for p in found), "the other file unchecked"

    command = ["check", path] if kind == "baseline" else ["plan", path]
    found = assert_failed_in_chinese(zg(*command, cwd=root), 2)
    _assert_located_at(found, path, line, col, date)


def _flow_sequence(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


def _flow_mapping(depth: int) -> str:
    return "{a: " * depth + "1" + "}" * depth


NESTINGS = {"flow-sequence": _flow_sequence, "flow-mapping": _flow_mapping, "block-mapping": None}


@pytest.mark.parametrize("depth", [100, 500, 3000])
@pytest.mark.parametrize("shape", list(NESTINGS))
def test_deep_nesting_is_refused_at_its_place(tmp_path: Path, shape: str, depth: int) -> None:
    make = NESTINGS[shape]
    if make is not None:
        text = replace_once(SHIPPED_BASELINE, "enterprises: 162 ", f"enterprises: {make(depth)} ")
        line = line_of(text, "enterprises: ")
    else:  # one space more per level, under a clause
        block = "".join(f"\n{' ' * (i + 4)}a:" for i in range(depth)) + " 1"
        text = replace_once(SHIPPED_BASELINE, "  boundaries:", "  boundaries:" + block)
        line = None
    path = write(tmp_path / "b" / "2020.yaml", text)
    for command, code in ((["validate", "--kind", "baseline"], 1), (["check"], 2)):
        result = zg(*command, path)
        found = assert_failed_in_chinese(result, code)
        if len(text.encode()) > 1024 * 1024:
            continue  # refused for its size, before any nesting is read; still one Chinese line
        assert found, result.output
        assert all(p.line is not None for p in found), f"not located: {found}"
        if line is not None:
            assert any(p.line == line for p in found), f"not at line {line}: {found}"


CONTROLS = {
    "NUL": ("\x00", "\\0"),
    "U+0001": ("\x01", "\\x01"),
    "BEL": ("\x07", "\\a"),
    "ESC": ("\x1b", "\\e"),
    "DEL": ("\x7f", "\\x7f"),
    "NEL-U+0085": ("\x85", "\\N"),
    "CSI-U+009B": ("\x9b", "\\x9b"),
}
CONTROL_CASES = [
    pytest.param(value, form, id=f"{name}-{form}")
    for name, pair in CONTROLS.items()
    for value, form in zip(pair, ("raw", "escaped"), strict=True)
]


@pytest.mark.parametrize(("char", "form"), CONTROL_CASES)
def test_a_control_character_is_located(tmp_path: Path, char: str, form: str) -> None:
    park = f"包头{char}园区" if form == "raw" else f'"包头{char}园区"'
    text = replace_once(SHIPPED_BASELINE, "park: 包头金属深加工园区", f"park: {park}")
    line = line_of(text, "park: ")
    path = write(tmp_path / "b" / "2020.yaml", text)
    for command, code in ((["validate", "--kind", "baseline"], 1), (["check"], 2)):
        found = assert_failed_in_chinese(zg(*command, path), code)
        assert any(p.line == line for p in found), f"`{' '.join(command)}` not at line {line}: {found}"


def test_growth_below_minus_100_percent(tmp_path: Path) -> None:
    text = replace_once(SHIPPED_BASELINE, "high_tech_growth: 10%", "high_tech_growth: -150%")
    line = line_of(text, "-150%")
    path = write(tmp_path / "b" / "2020.yaml", text)
    for command, code in ((["validate", "--kind", "baseline"], 1), (["check"], 2)):
        found = assert_failed_in_chinese(zg(*command, path), code)
        assert any(p.line == line and "-150%" in p.message for p in found), found


@pytest.mark.parametrize("command", ["check", "plan", "project"])
@pytest.mark.parametrize("value", ["150%", "-1%", "abc"])
def test_national_rd_outside_a_share(tmp_path: Path, value: str, command: str) -> None:
    root = project_copy(tmp_path / "p")
    result = zg(command, f"--national-rd={value}", cwd=root)
    assert_failed_in_chinese(result, 2)
    assert value in result.stderr, result.stderr


ZERO_DENOMINATORS = {
    "enterprises": {
        "enterprises": 0,
        "high_tech_enterprises": 0,
        "tech_smes": 0,
        "tech_smes_also_high_tech": 0,
    },
    "park_revenue": {"park_revenue": 0, "high_tech_revenue": 0},
    "industrial_output": {"industrial_output": 0, "high_tech_output": 0},
    "regional_gdp": {"regional_gdp": 0, "rd_spending": 0},
    "city_high_tech_enterprises": {"city_high_tech_enterprises": 0, "high_tech_enterprises": 0},
}


@pytest.mark.parametrize("key", list(ZERO_DENOMINATORS))
def test_a_zero_denominator_is_answered_with_a_warning(tmp_path: Path, key: str) -> None:
    figures = "".join(f"{k}: {v}\n" for k, v in ZERO_DENOMINATORS[key].items())
    path = write(tmp_path / "b" / "2020.yaml", f"park: 测试园区\nyear: 2020\n{figures}")
    result = zg("check", "--format", "json", path)
    assert_no_crash(result, {0, 1})
    warnings = json.loads(result.stdout)["warnings"]
    naming = [w for w in warnings if key in w["message"]]
    assert naming, f"no warning names `{key}`: {warnings}"
    for warning in naming:
        assert_chinese(warning["message"])
        assert warning.get("line"), f"warning not located: {warning}"
    table = zg("check", path)
    assert_no_crash(table, {0, 1})
    assert key in table.output
