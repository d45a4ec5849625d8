"""What every hostile case asserts, and the project copies they run in.

Every case runs ``zone-gap`` on a throw-away copy of the shipped ``standards/``, ``baselines/`` and
``plans/`` (the commands read those folders from the working directory), and checks the contract of
the project's "Trust" issue: a documented exit code, no traceback, a located message where one is
asked for, and Chinese words by default with no PyYAML/pydantic/click English leaking through.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT, CliRunner, Result, cli

CJK = re.compile(r"[\u3400-\u9fff]")
LEAKS = (
    "Traceback",
    "Error:",
    "Input should",
    "could not find",
    "Invalid value",
    "No such option",
    "No such command",
    "while scanning",
    "while parsing",
    "found character",
    "unexpected end",
    "Value error",
    "<unicode string>",
)
"""PyYAML, pydantic and click wording that must never reach a user."""

LOCATED = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): (?P<message>.*)$", re.M
)
"""``file:line:col: error: message`` — the located form."""
ANY_PROBLEM = re.compile(r"^(?P<file>.+?)(?::\d+:\d+)?: (?P<severity>error|warning): (?P<message>.*)$", re.M)
"""A problem line, located or not (a missing file has no line)."""

SHIPPED_BASELINE = (ROOT / "baselines" / "2020.yaml").read_text(encoding="utf-8")
SHIPPED_PLAN = (ROOT / "plans" / "kundulun-2021.yaml").read_text(encoding="utf-8")
SHIPPED_STANDARD = (ROOT / "standards" / "inner-mongolia-2020.yaml").read_text(encoding="utf-8")
STANDARD_NAME = "inner-mongolia-2020.yaml"
PLAN_NAME = "kundulun-2021.yaml"


def project_copy(where: Path) -> Path:
    """A copy of the shipped folders at ``where``, ready to be broken."""
    where.mkdir(parents=True, exist_ok=True)
    for folder in ("standards", "baselines", "plans"):
        shutil.copytree(ROOT / folder, where / folder)
    return where


def zg(*args: object, cwd: Path | None = None, stdin: str | bytes | None = None) -> Result:
    """``zone-gap ARGS`` in-process, in ``cwd``, with a wide terminal and no CI annotations."""
    env = {"COLUMNS": "250", "GITHUB_ACTIONS": "", "NO_COLOR": "1"}
    with contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext():
        return CliRunner().invoke(cli, [str(a) for a in args], input=stdin, env=env)


def assert_no_crash(result: Result, codes: Iterable[int]) -> None:
    """No exception escaped, no traceback was printed, and the exit code is one of ``codes``."""
    assert result.exception is None, f"crashed: {result.exception!r}\n{result.output}"
    assert "Traceback" not in result.output, result.output
    allowed = set(codes)
    assert allowed <= {0, 1, 2, 130}, "a test may expect only documented exit codes"
    assert result.exit_code in allowed, f"exit {result.exit_code}, expected {allowed}\n{result.output}"


def assert_chinese(message: str) -> None:
    """A message for the user in Chinese, with no library English in it."""
    assert CJK.search(message), f"not in Chinese: {message!r}"
    for leak in LEAKS:
        assert leak not in message, f"library English {leak!r} in {message!r}"


def assert_english(message: str) -> None:
    """With ``--lang en``: the sentence itself has no Chinese (quoted input `…` aside)."""
    words = re.sub(r"`[^`]*`", "", message)
    assert not CJK.search(words), f"Chinese in an English message: {message!r}"
    assert re.search(r"[A-Za-z]{3,}", words), f"no English words: {message!r}"
    for leak in LEAKS:
        assert leak not in message, f"library English {leak!r} in {message!r}"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    col: int | None
    severity: str
    message: str


def problems(text: str) -> list[Problem]:
    """Every ``file[:line:col]: error|warning: message`` line in ``text``."""
    found = []
    for m in ANY_PROBLEM.finditer(text):
        located = LOCATED.match(m.group(0))
        if located:
            found.append(
                Problem(
                    located["file"],
                    int(located["line"]),
                    int(located["col"]),
                    located["severity"],
                    located["message"],
                )
            )
        else:
            found.append(Problem(m["file"], None, None, m["severity"], m["message"]))
    return found


def errors(text: str) -> list[Problem]:
    return [p for p in problems(text) if p.severity == "error"]


def error_lines(result: Result) -> list[str]:
    """The user-facing lines of a failed command: its problem lines, else its stderr lines."""
    found = [p.message for p in errors(result.output)]
    return found or [line for line in result.stderr.splitlines() if line.strip()]


def assert_failed_in_chinese(result: Result, code: int) -> list[Problem]:
    """Exit ``code``, and every error said in Chinese; the located errors are returned."""
    assert_no_crash(result, {code})
    lines = error_lines(result)
    assert lines, f"exit {code} with nothing said\n{result.output}"
    for line in lines:
        assert_chinese(line)
    return errors(result.output)


def replace_once(text: str, old: str, new: str) -> str:
    assert old in text, f"{old!r} not in the shipped file"
    return text.replace(old, new, 1)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first ``needle`` in ``text``."""
    return text[: text.index(needle)].count("\n") + 1
