"""Class 7 — escaping: what the user writes never becomes a formula, markup or broken XML.

Generated: a cell starting with ``=``, ``+``, ``-`` or ``@`` in the park name, a clause's evidence,
a plan's lead department and a plan target's name, through every CSV the tool writes: each such
cell is written with a leading apostrophe, and no cell starts with one of those characters unless
it is a number (a negative growth stays the number it is). ``<script>`` in the same places never
reaches Markdown raw. JUnit output parses with ``xml.etree`` even when the file name or its keys
hold control characters.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.hostile._support import (
    SHIPPED_BASELINE,
    SHIPPED_PLAN,
    assert_no_crash,
    project_copy,
    replace_once,
    write,
    zg,
)

PAYLOADS = {"=": "=1+2", "+": "+cmd|' /C calc'!A0", "-": "-2+3", "@": "@SUM(1,2)"}
NUMBER = re.compile(r"^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$")


def _yaml_quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _plant(root: Path, field: str, value: str) -> None:
    quoted = _yaml_quoted(value)
    if field == "park":
        text = replace_once(SHIPPED_BASELINE, "park: 包头金属深加工园区", f"park: {quoted}")
        write(root / "baselines" / "2020.yaml", text)
    elif field == "evidence":
        text = replace_once(SHIPPED_BASELINE, "evidence: 园区有明确的四至范围", f"evidence: {quoted}")
        write(root / "baselines" / "2020.yaml", text)
    elif field == "department":
        text = replace_once(SHIPPED_PLAN, "lead: [区财政局]", f"lead: [{quoted}]")
        write(root / "plans" / "kundulun-2021.yaml", text)
    elif field == "target-name":
        text = replace_once(
            SHIPPED_PLAN, "{zh: 园区企业数, en: Enterprises in the park}", f"{{zh: {quoted}, en: x}}"
        )
        write(root / "plans" / "kundulun-2021.yaml", text)


CSV_COMMANDS = {
    "check": ["check", "--format", "csv"],
    "ledger": ["check", "--group-by", "department", "--format", "csv"],
    "plan": ["plan", "--format", "csv"],
    "project": ["project", "--format", "csv"],
}
EXPECTED_IN = {
    "park": set(),
    "evidence": {"check", "ledger"},
    "department": {"ledger"},
    "target-name": {"plan"},
}


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]


@pytest.mark.parametrize("prefix", list(PAYLOADS))
@pytest.mark.parametrize("field", list(EXPECTED_IN))
def test_a_formula_never_reaches_a_spreadsheet(tmp_path: Path, field: str, prefix: str) -> None:
    root = project_copy(tmp_path / "p")
    payload = PAYLOADS[prefix]
    _plant(root, field, payload)
    for name, args in CSV_COMMANDS.items():
        result = zg(*args, cwd=root)
        assert_no_crash(result, {0, 1})
        cells = _cells(result.stdout)
        for cell in cells:
            if cell[:1] in {"=", "+", "-", "@"}:
                assert NUMBER.match(cell), f"`{name}`: a live formula cell {cell!r}"
        if name in EXPECTED_IN[field]:
            assert any(cell.startswith("'" + payload) or ("'" + payload) in cell for cell in cells), (
                f"`{name}`: {payload!r} not written as '{payload}: {[c for c in cells if payload in c]}"
            )


def test_a_negative_number_stays_a_number(tmp_path: Path) -> None:
    root = project_copy(tmp_path / "p")
    write(
        root / "baselines" / "2020.yaml",
        replace_once(SHIPPED_BASELINE, "high_tech_growth: 10%", "high_tech_growth: -50%"),
    )
    result = zg("check", "--format", "csv", cwd=root)
    assert_no_crash(result, {1})
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    growth = next(r for r in rows if r["编号"] == "high_tech_growth")
    assert growth["现状"] == "-50", growth
    assert float(growth["现状"]) == -50


SCRIPTS = ["<script>alert(1)</script>", "<SCRIPT src=//x.example/a.js></SCRIPT>"]
MARKDOWN = {
    "check": ["check", "--format", "markdown"],
    "ledger": ["check", "--group-by", "department", "--format", "markdown"],
    "plan": ["plan", "--format", "markdown"],
    "project": ["project", "--format", "markdown"],
    "report": ["report", "--format", "markdown", "-o", "pack.md"],
}


@pytest.mark.parametrize("command", list(MARKDOWN))
@pytest.mark.parametrize("script", SCRIPTS, ids=["lower", "upper"])
def test_no_raw_script_in_markdown(tmp_path: Path, script: str, command: str) -> None:
    root = project_copy(tmp_path / "p")
    text = replace_once(
        SHIPPED_BASELINE, "park: 包头金属深加工园区", f"park: {_yaml_quoted('园区' + script)}"
    )
    text = replace_once(text, "evidence: 园区有明确的四至范围", f"evidence: {_yaml_quoted(script)}")
    write(root / "baselines" / "2020.yaml", text)
    plan = replace_once(SHIPPED_PLAN, "lead: [区财政局]", f"lead: [{_yaml_quoted(script)}]")
    plan = replace_once(
        plan, "{zh: 园区企业数, en: Enterprises in the park}", f"{{zh: {_yaml_quoted(script)}, en: x}}"
    )
    write(root / "plans" / "kundulun-2021.yaml", plan)
    result = zg(*MARKDOWN[command], cwd=root)
    assert_no_crash(result, {0, 1})
    out = (root / "pack.md").read_text(encoding="utf-8") if command == "report" else result.stdout
    assert "<script" not in out.lower(), [line for line in out.splitlines() if "script" in line.lower()]


CONTROL_NAMES = {"U+0001": "\x01", "ESC": "\x1b", "DEL": "\x7f", "VT": "\x0b", "BS": "\x08", "U+001F": "\x1f"}


@pytest.mark.parametrize("char", list(CONTROL_NAMES.values()), ids=list(CONTROL_NAMES))
def test_junit_parses_with_control_characters(tmp_path: Path, char: str) -> None:
    folder = tmp_path / "j"
    write(folder / f"a{char}b.yaml", "park: X\nyear: 2021\nenterprises: -1\n")
    write(
        folder / f"key{ord(char)}.yaml",
        f'park: X\nyear: 2021\n"enter{char}prises": 1\nevidence: "\\x01\\e"\n',
    )
    result = zg("validate", "--kind", "baseline", "--format", "junit", folder)
    assert_no_crash(result, {1})
    suites = ElementTree.fromstring(result.stdout)
    cases = list(suites.iter("testcase"))
    assert len(cases) == 2, result.stdout
    assert all(case.find("failure") is not None or case.find("error") is not None for case in cases)
