"""What a run loads before it needs it: help, the version and a mistyped command line load none of
pydantic, rich or PyYAML.

Each case runs in a fresh interpreter, since the test process has long loaded everything."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("pydantic", "rich", "yaml")

LOADED = f"""
import contextlib, io, sys
from zone_gap.cli import run
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = run(sys.argv[1:])
print(code, *sorted(m for m in {HEAVY!r} if m in sys.modules))
"""


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--help"], 0),
        (["--version"], 0),
        (["check", "--help"], 0),
        (["validate", "--help"], 0),
        (["report", "--help"], 0),
        (["check", "--format", "xml"], 2),
        (["check", "--by", "1800"], 2),
        (["check", "--no-such-option"], 2),
        (["chekc"], 2),
    ],
)
def test_help_and_usage_errors_load_no_heavy_library(args: list[str], code: int) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOADED, *args], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == [str(code)]
