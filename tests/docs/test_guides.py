"""Documentation that runs: every command the guides show is run, and its output is the one shown.

For every Markdown page under ``docs/`` and for ``README.md``:

- A fenced block whose info string is ``console`` is a session. A line starting with ``$ `` is a
  command; the lines after it, up to the next ``$ `` line or the end of the block, are its expected
  output: standard output and standard error merged in the order written (as ``2>&1`` would).
  A line that is only ``…`` (U+2026) stands for any number of lines, none included. Trailing
  whitespace, and blank lines at the end, are ignored; nothing else is. A command that opens a
  here-document (``<<'EOF'``, ``<<EOF``) takes the lines up to the one that is only its word as
  part of it, so that a file can be written in the page.
- The commands of one page run in order, each by ``bash -c``, in one temporary folder per page that
  holds a copy of the repository's ``standards/``, ``baselines/``, ``plans/``, ``rosters/`` and
  ``examples/`` (so a file one command writes is there for the next; a ``cd`` is not), with
  ``COLUMNS=100``, ``NO_COLOR=1``, no ``ZONE_GAP_*`` variable and the installed ``zone-gap`` first on
  ``PATH``.
- A command must exit with 0 or 1, or with N when its line ends in the comment ``# exit N``; never
  with 3 (an internal error), whatever the comment says.
- A block of another info string meant for a shell or a terminal (``sh``, ``bash``, ``shell``,
  ``text``, none) must not show a ``zone-gap`` command, but on a ``pip install`` line: every command
  a page shows is one that runs here. Configuration (``yaml``, ``json``) may name one.

One test per page, so that a failure names its page; the message gives the line of the command in
the page and a unified diff of the output shown against the output produced.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ROOT

DATA = ("standards", "baselines", "plans", "rosters", "examples")
"""The repository's folders each page's commands find in their folder."""

ANY = "…"
"""A line of expected output that stands for any number of lines."""

SHELL_BLOCKS = {"", "sh", "bash", "shell", "zsh", "text", "txt", "plain", "powershell", "bat", "cmd"}
"""Info strings of blocks that show what is typed or printed in a terminal (but ``console``)."""

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\n]*?)[ \t]*$")
EXIT = re.compile(r"#\s*exit\s+(?P<code>\d+)\s*$")
HEREDOC = re.compile(r"<<-?\s*(['\"]?)(?P<word>\w+)\1")
COMMAND = re.compile(r"(?<![\w/.-])zone-gap\s+\S")
TIMEOUT = 180


@dataclass
class Block:
    info: str
    line: int
    """The line of the opening fence, counted from 1."""
    lines: list[tuple[int, str]] = field(default_factory=list)
    """The block's lines with their numbers in the page, the fence's indentation taken off."""


@dataclass
class Command:
    line: int
    text: str
    expected: list[str]
    exit_code: int


def pages() -> list[Path]:
    found = sorted((ROOT / "docs").rglob("*.md"))
    return [ROOT / "README.md", *found]


def blocks(text: str) -> list[Block]:
    """The fenced blocks of a Markdown page (fences of backticks or tildes, indented or not)."""
    found: list[Block] = []
    current: Block | None = None
    opening = ""
    indent = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if current is None:
            match = FENCE.match(line)
            if match:
                indent, opening = match["indent"], match["fence"]
                current = Block(match["info"].split()[0].lower() if match["info"].strip() else "", number)
            continue
        stripped = line.strip()
        if stripped.startswith(opening) and set(stripped) == {opening[0]}:
            found.append(current)
            current = None
            continue
        current.lines.append((number, line[len(indent) :] if line.startswith(indent) else line.lstrip()))
    if current is not None:
        found.append(current)
    return found


def commands(block: Block) -> list[Command]:
    found: list[Command] = []
    document: str | None = None
    """The word that ends the here-document being read, if one is."""
    for number, line in block.lines:
        if document is not None:
            found[-1].text += "\n" + line
            if line == document:
                document = None
        elif line.startswith("$ "):
            text = line[2:].strip()
            match = EXIT.search(text)
            found.append(Command(number, text, [], int(match["code"]) if match else -1))
            opened = HEREDOC.search(text)
            document = opened["word"] if opened else None
        elif found:
            found[-1].expected.append(line.rstrip())
        elif line.strip():
            raise AssertionError(f"line {number}: output before the first `$ ` command of the block")
    return found


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` is ``expected`` with each ``…`` line standing for any number of lines."""
    # reach[j]: expected[:i] can produce actual[:j]
    reach = [True] + [False] * len(actual)
    for pattern in expected:
        if pattern == ANY:
            for j in range(1, len(actual) + 1):
                reach[j] = reach[j] or reach[j - 1]
        else:
            reach = [False] + [reach[j - 1] and actual[j - 1] == pattern for j in range(1, len(actual) + 1)]
    return reach[-1]


def stray_commands(page: Path, found: list[Block]) -> list[str]:
    """Commands shown in blocks that are not run: where they are."""
    stray = []
    for block in found:
        if block.info == "console" or block.info not in SHELL_BLOCKS:
            continue
        for number, line in block.lines:
            if COMMAND.search(line) and "pip install" not in line:
                stray.append(f"{page.relative_to(ROOT)}:{number}: {line.strip()}")
    return stray


def scripts() -> list[Path]:
    """The folder of the installed `zone-gap` console script (beside the running Python, or where
    this installation puts scripts), then the running Python's own folder, so that `python` in a
    page is the Python the tests run on."""
    here = Path(sys.executable).parent
    found = [d for d in (here, Path(sysconfig.get_path("scripts"))) if (d / "zone-gap").exists()]
    assert found, f"no zone-gap console script beside {sys.executable}: install the project first"
    return [found[0], here]


def environment(folders: list[Path]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZONE_GAP_")}
    for name in ("GITHUB_ACTIONS", "FORCE_COLOR", "CLICOLOR_FORCE", "TERM"):
        env.pop(name, None)
    path = os.pathsep.join([*map(str, folders), env.get("PATH", "")])
    env.update(COLUMNS="100", NO_COLOR="1", PATH=path)
    return env


def workspace(folder: Path) -> None:
    for name in DATA:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, folder / name)


def run_page(page: Path, folder: Path) -> list[str]:
    """Run every command the page shows; what went wrong, page and line named."""
    text = page.read_text("utf-8")
    found = blocks(text)
    problems = [
        f"{where}: a command shown but not run; show it in a `console` block"
        for where in stray_commands(page, found)
    ]
    sessions = [command for block in found if block.info == "console" for command in commands(block)]
    if not sessions:
        return problems
    workspace(folder)
    env = environment(scripts())
    name = page.relative_to(ROOT)
    for command in sessions:
        done = subprocess.run(
            ["bash", "-c", command.text],
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=TIMEOUT,
        )
        output = done.stdout.decode("utf-8", errors="replace")
        actual = [line.rstrip() for line in output.splitlines()]
        expected = command.expected
        while expected and not expected[-1]:
            expected = expected[:-1]
        while actual and not actual[-1]:
            actual.pop()
        where = f"{name}:{command.line}: $ {command.text}"
        allowed = {0, 1} if command.exit_code < 0 else {command.exit_code}
        if done.returncode == 3 or done.returncode not in allowed:
            want = "0 or 1" if command.exit_code < 0 else str(command.exit_code)
            problems.append(f"{where}\nexit code {done.returncode}, expected {want}\n{output}")
            continue
        if not matches(expected, actual):
            diff = difflib.unified_diff(expected, actual, "shown in the page", "produced", lineterm="")
            problems.append(f"{where}\noutput differs:\n" + "\n".join(diff))
    return problems


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_command_shown_runs_as_shown(page: Path, tmp_path: Path) -> None:
    problems = run_page(page, tmp_path)
    assert not problems, "\n\n".join(problems)


# The harness's own rules, on small pages.


def test_an_ellipsis_line_stands_for_any_number_of_lines() -> None:
    assert matches(["a", ANY, "d"], ["a", "b", "c", "d"])
    assert matches(["a", ANY, "b"], ["a", "b"])
    assert matches([ANY], [])
    assert matches(["a", ANY], ["a", "x", "a"])
    assert not matches(["a", ANY, "d"], ["a", "b"])
    assert not matches(["a"], ["a", "b"])
    assert not matches(["a…"], ["ab"])


def test_commands_take_their_output_and_exit_code() -> None:
    text = "x\n```console\n$ zone-gap plan  # exit 1\nline one\n…\n$ echo hi\nhi\n```\n"
    (block,) = blocks(text)
    first, second = commands(block)
    assert (first.line, first.exit_code, first.expected) == (3, 1, ["line one", ANY])
    assert (second.line, second.exit_code, second.expected) == (6, -1, ["hi"])


def test_a_command_outside_a_console_block_is_refused(tmp_path: Path) -> None:
    page = ROOT / "docs" / "example.md"
    text = (
        "```sh\npython -m pip install . && zone-gap check\nzone-gap plan\n```\n"
        "```yaml\n- run: zone-gap validate\n```\n"
        "```text\nsee src/zone-gap/ and zone-gap-validate\n```\n"
    )
    assert stray_commands(page, blocks(text)) == ["docs/example.md:3: zone-gap plan"]


def test_a_here_document_belongs_to_its_command() -> None:
    text = (
        "```console\n$ cat > a.yaml <<'EOF'\nyear: 2021\n$ not a command\nEOF\n"
        "$ cat a.yaml\nyear: 2021\n```\n"
    )
    (block,) = blocks(text)
    first, second = commands(block)
    assert first.text == "cat > a.yaml <<'EOF'\nyear: 2021\n$ not a command\nEOF"
    assert (first.expected, second.text, second.expected) == ([], "cat a.yaml", ["year: 2021"])


def test_indented_blocks_are_read() -> None:
    text = "- a list item:\n\n  ```console\n  $ echo a\n  a\n  ```\n"
    (block,) = blocks(text)
    (command,) = commands(block)
    assert (command.text, command.expected) == ("echo a", ["a"])
