"""Outputs that must never harm an input: standard output closed (``zone-gap … >&-``).

The real console script, started by a shell with standard output closed, once per command: one line
on standard error, in Chinese (English with ``--lang en``), exit code 2, never a traceback or an
"internal error", and nothing written: no file of the project changed, none added. (A pipe's
``DEVNULL`` is an open standard output; only ``>&-`` closes it.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile._support import assert_chinese, assert_english, project_copy, write

ROSTER = Path(__file__).resolve().parents[2] / "examples" / "roster" / "2022.csv"
SCRIPT = shutil.which("zone-gap", path=str(Path(sys.executable).parent)) or shutil.which("zone-gap")

COMMANDS = {
    "check": ["check"],
    "check-to-a-file": ["check", "-o", "gaps.csv"],
    "project": ["project"],
    "plan": ["plan"],
    "validate": ["validate"],
    "report": ["report"],
    "schema": ["schema", "baseline"],
    "standards": ["standards"],
    "new": ["new", "2021"],
    "roster": ["roster", "rosters/2022.csv"],
    "help": ["--help"],
    "command-help": ["check", "--help"],
    "version": ["--version"],
    "no-arguments": [],
    "usage-error": ["chekc"],
    "english": ["check", "--lang", "en"],
}


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = project_copy(tmp_path_factory.mktemp("closed") / "p")
    write(where / "rosters" / "2022.csv", ROSTER.read_bytes())
    return where


def _files(where: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in where.rglob("*") if p.is_file()}


@pytest.mark.skipif(SCRIPT is None, reason="the zone-gap console script is not installed")
@pytest.mark.parametrize("args", COMMANDS.values(), ids=COMMANDS.keys())
def test_closed_standard_output_is_said_in_one_line(root: Path, args: list[str]) -> None:
    env = {**os.environ, "GITHUB_ACTIONS": "", "COLUMNS": "120"}
    env.pop("ZONE_GAP_DEBUG", None)
    before = _files(root)
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", str(SCRIPT), *args],
        cwd=root,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    (assert_english if "en" in args else assert_chinese)(lines[0])
    assert "内部错误" not in lines[0]
    assert "internal error" not in lines[0]
    assert _files(root) == before, "a file was written or changed with standard output closed"
