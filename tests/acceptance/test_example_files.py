"""Every example file under tests/cases, found by one parametrized test.

A case is a file or a folder. Each problem it must produce is written in the file it concerns, as a
trailing comment ``# expect: LINE:COL: SEVERITY: MESSAGE`` (English). A case under ``invalid/`` must
fail validation; one under ``valid/`` must pass, with exactly the warnings it expects. Problems are
compared as sorted lists, so that one reported twice fails the case (write its ``# expect:`` line twice
where a problem must be reported twice).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import CliRunner, cli

CASES = Path(__file__).resolve().parents[1] / "cases"
EXPECT = re.compile(rb"^# expect: (\d+):(\d+): (error|warning): (.*)$", re.MULTILINE)


def _cases(group: str) -> list[Path]:
    return sorted((CASES / group).iterdir())


Found = list[tuple[str, int, int, str, str]]


def _expected(case: Path) -> Found:
    files = [case] if case.is_file() else sorted(p for p in case.rglob("*") if p.is_file())
    found = []
    for path in files:
        for line, column, severity, message in EXPECT.findall(path.read_bytes()):
            found.append(
                (
                    str(path.relative_to(case.parent if case.is_file() else case)),
                    int(line),
                    int(column),
                    severity.decode(),
                    message.decode(),
                )
            )
    return sorted(found)


def _actual(case: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, Found]:
    monkeypatch.chdir(case.parent if case.is_file() else case)
    result = CliRunner().invoke(
        cli, ["validate", case.name if case.is_file() else ".", "--format", "json", "--lang", "en"]
    )
    assert "Traceback" not in result.output
    data = json.loads(result.stdout)
    found = sorted(
        (str(Path(f["file"])), p["line"], p["column"], p["severity"], p["message"])
        for f in data["files"]
        for p in f["problems"]
    )
    return result.exit_code, found


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.name)
def test_invalid_example(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _expected(case)
    assert any(severity == "error" for *_, severity, _ in expected), "an invalid case must expect an error"
    code, found = _actual(case, monkeypatch)
    assert found == expected
    assert code == 1


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid_example(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, found = _actual(case, monkeypatch)
    assert found == _expected(case)
    assert code == 0
