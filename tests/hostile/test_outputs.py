"""Outputs that must never harm an input: `-o` naming a file the command reads, `-o -`, a name whose
extension contradicts the format, and a symbolic link that leads nowhere.

In-process (the tests' ``CliRunner``) but for the two cases that need a real standard output: a
workbook piped (bytes on a pipe) and a workbook to a terminal (a pseudo-terminal). Every case
asserts the exit code, the message's language (Chinese by default, English with ``--lang en``), no
traceback, and that no file of the project changed, a refusal leaving no file behind either.
"""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile._support import (
    PLAN_NAME,
    SHIPPED_BASELINE,
    STANDARD_NAME,
    assert_chinese,
    assert_english,
    assert_no_crash,
    project_copy,
    replace_once,
    write,
    zg,
)

BASELINE = "baselines/2020.yaml"
STANDARD = f"standards/{STANDARD_NAME}"
PLAN = f"plans/{PLAN_NAME}"
ROSTER = Path(__file__).resolve().parents[2] / "examples" / "roster" / "2022.csv"


@pytest.fixture
def root(tmp_path: Path) -> Iterator[Path]:
    """A project copy with a second year (so that `check` reads last year's file beside it) and a
    roster; after the test, every file that was there is there still, byte for byte."""
    where = project_copy(tmp_path / "p")
    write(where / "baselines" / "2021.yaml", replace_once(SHIPPED_BASELINE, "year: 2020", "year: 2021"))
    write(where / "rosters" / "2022.csv", ROSTER.read_bytes())
    before = _files(where)
    yield where
    after = _files(where)
    assert {k: after.get(k) for k in before} == before, "an input file changed"


def _files(where: Path) -> dict[str, bytes]:
    """Every file and link under ``where``: a file's bytes, a link's target."""
    found = {}
    for path in where.rglob("*"):
        if path.is_symlink():
            found[str(path.relative_to(where))] = b"-> " + os.fsencode(os.readlink(path))
        elif path.is_file():
            found[str(path.relative_to(where))] = path.read_bytes()
    return found


def _refused(root: Path, *args: str) -> str:
    """Run ``args``, then again with ``--lang en``; expect exit 2 and one line saying why (warnings
    about the input aside), in Chinese, then in English, and no file added to the project. Returns
    the Chinese line."""
    before = set(_files(root))
    said = []
    for lang, check_language in (([], assert_chinese), (["--lang", "en"], assert_english)):
        result = zg(*args, *lang, cwd=root)
        assert_no_crash(result, {2})
        lines = [line for line in result.stderr.splitlines() if line.strip() and ": warning: " not in line]
        assert len(lines) == 1, result.stderr
        check_language(lines[0])
        said.append(lines[0])
        assert set(_files(root)) == before, "a refused command left a file behind"
    return said[0]


# --- 1. `-o` names one of the command's own input files ------------------------------------------

INPUTS = {
    "check-figures": ["check", "-o", "baselines/2021.yaml"],
    "check-figures-dot": ["check", "-o", "./baselines/2021.yaml"],
    "check-last-year": ["check", "-o", BASELINE],
    "check-given-file": ["check", BASELINE, "-o", f"baselines/../{BASELINE}"],
    "check-standard": ["check", "-o", STANDARD],
    "check-standard-given": ["check", "--standard", STANDARD, "-o", STANDARD],
    "check-plan": ["check", "-o", PLAN],
    "check-ledger-plan": ["check", "--group-by", "department", "--format", "csv", "-o", PLAN],
    "project-baseline": ["project", "-o", BASELINE],
    "project-standard": ["project", "--format", "json", "-o", STANDARD],
    "plan-plan": ["plan", "-o", PLAN],
    "plan-baseline": ["plan", "--format", "csv", "-o", BASELINE],
    "report-plan": ["report", "-o", PLAN],
    "report-baseline": ["report", "-o", BASELINE],
}


@pytest.mark.parametrize("args", INPUTS.values(), ids=INPUTS.keys())
def test_an_input_named_as_the_output_is_refused_even_with_force(root: Path, args: list[str]) -> None:
    line = _refused(root, *args, "--force")
    assert "输入文件" in line, line


@pytest.mark.parametrize("name", ["check-figures", "plan-plan", "report-baseline"])
def test_without_force_an_input_is_not_said_to_need_it(root: Path, name: str) -> None:
    """Not "exists; add --force": --force would not help."""
    line = _refused(root, *INPUTS[name])
    assert "输入文件" in line, line
    assert "已存在" not in line, line


def test_a_link_to_an_input_is_the_input(root: Path) -> None:
    (root / "out.csv").symlink_to(Path("baselines") / "2021.yaml")
    line = _refused(root, "check", "-o", "out.csv", "--force")
    assert "out.csv" in line
    assert "baselines/2021.yaml" in line


def test_a_hard_link_to_an_input_is_the_input(root: Path) -> None:
    os.link(root / PLAN, root / "plan-copy.md")
    line = _refused(root, "plan", "--format", "markdown", "-o", "plan-copy.md", "--force")
    assert "plans/kundulun-2021.yaml" in line


def test_the_previous_year_given_is_an_input(root: Path) -> None:
    previous = write(root / "old" / "2020.yaml", SHIPPED_BASELINE)
    (root / "old" / "last.csv").symlink_to("2020.yaml")
    args = ["check", "baselines/2021.yaml", "--previous", "old/2020.yaml", "--force"]
    assert "old/2020.yaml" in _refused(root, *args, "-o", "old/last.csv")
    assert "old/2020.yaml" in _refused(root, *args, "--format", "json", "-o", "old/2020.yaml")
    assert previous.read_text(encoding="utf-8") == SHIPPED_BASELINE


def test_new_never_writes_its_year_over_another_input(root: Path) -> None:
    """`new` replaces its own year's file with --force, but not through a link to last year's
    file, to the standard or to the roster."""
    year = root / "baselines" / "2022.yaml"
    for target in [Path("2021.yaml"), Path("..") / STANDARD, Path("..") / "rosters" / "2022.csv"]:
        year.symlink_to(target)
        line = _refused(root, "new", "2022", "--roster", "rosters/2022.csv", "--force")
        assert "baselines/2022.yaml" in line
        year.unlink()


def test_new_never_writes_over_the_standard_it_reads(root: Path) -> None:
    (root / "elsewhere").mkdir()
    write(root / "elsewhere" / "2022.yaml", (root / STANDARD).read_text(encoding="utf-8"))
    _refused(root, "new", "2022", "--folder", "elsewhere", "--standard", "elsewhere/2022.yaml", "--force")


# --- 2. `-o -` is standard output -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "starts"),
    [
        (["check", "--format", "json"], "{"),
        (["check"], "包头金属深加工园区"),
        (["project", "--format", "csv"], "\ufeff"),
        (["plan", "--format", "markdown"], "#"),
        (["report"], "<!DOCTYPE html>"),
        (["report", "--format", "markdown"], "#"),
    ],
    ids=["check-json", "check-table", "project-csv", "plan-markdown", "report-html", "report-markdown"],
)
def test_dash_is_standard_output(root: Path, args: list[str], starts: str) -> None:
    before = set(_files(root))
    result = zg(*args, "-o", "-", cwd=root)
    assert_no_crash(result, {0, 1})
    assert result.stdout.startswith(starts), result.stdout[:200]
    assert "已写入" not in result.stderr
    assert set(_files(root)) == before, "`-o -` wrote a file"
    if args[-1] == "json":
        json.loads(result.stdout)


def test_dot_slash_dash_is_a_file_named_dash(root: Path) -> None:
    result = zg("check", "--format", "csv", "-o", "./-", cwd=root)
    assert_no_crash(result, {1})
    assert result.stdout == ""
    assert (root / "-").read_text(encoding="utf-8-sig").startswith("维度,编号")


def _console(*args: str, cwd: Path, stdout: int) -> subprocess.CompletedProcess[bytes]:
    """``zone-gap ARGS`` as a process, its standard output on ``stdout``."""
    env = {**os.environ, "GITHUB_ACTIONS": "", "COLUMNS": "120"}
    env.pop("ZONE_GAP_DEBUG", None)
    command = [sys.executable, "-m", "zone_gap", *args]
    return subprocess.run(command, cwd=cwd, env=env, timeout=60, stdout=stdout, stderr=subprocess.PIPE)


def test_a_workbook_on_a_pipe_is_its_bytes(root: Path) -> None:
    done = _console("check", "--format", "xlsx", "-o", "-", cwd=root, stdout=subprocess.PIPE)
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr
    with zipfile.ZipFile(io.BytesIO(done.stdout)) as book:
        assert "xl/workbook.xml" in book.namelist()
    assert not (root / "-").exists()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_workbook_is_never_written_to_a_terminal(root: Path, lang: str) -> None:
    leader, follower = pty.openpty()
    try:
        done = _console("check", "--format", "xlsx", "-o", "-", "--lang", lang, cwd=root, stdout=follower)
    finally:
        os.close(follower)
        os.close(leader)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2, stderr
    lines = [line for line in stderr.splitlines() if line.strip() and ": warning: " not in line]
    assert len(lines) == 1, stderr
    (assert_english if lang == "en" else assert_chinese)(lines[0])
    assert "xlsx" in lines[0]


def test_a_workbook_without_a_file_is_still_refused(root: Path) -> None:
    assert "-o" in _refused(root, "check", "--format", "xlsx")


# --- 3. a name whose extension contradicts the format --------------------------------------------

CONTRADICTIONS = {
    "xlsx-holding-csv": (["check", "--format", "csv", "-o", "x.xlsx"], "XLSX", "x.csv"),
    "csv-holding-json": (["check", "--format", "json", "-o", "x.csv"], "CSV", "x.json"),
    "md-holding-csv": (["project", "--format", "csv", "-o", "x.md"], "Markdown", "x.csv"),
    "json-holding-table": (["plan", "--format", "table", "-o", "x.json"], "JSON", "x.txt"),
    "html-holding-markdown": (["check", "--format", "markdown", "-o", "x.html"], "HTML", "x.md"),
    "yaml-holding-json": (["check", "--format", "json", "-o", "x.yaml"], "YAML", "x.json"),
    "yaml-from-check": (["check", "-o", "x.yml"], "YAML", "x.txt"),
    "html-from-check": (["check", "-o", "X.HTML"], "HTML", "X.txt"),
    "csv-from-report": (["report", "-o", "x.csv"], "CSV", "x.html"),
    "report-md-as-html": (["report", "--format", "html", "-o", "x.md"], "Markdown", "x.html"),
    "report-html-as-md": (["report", "--format", "markdown", "-o", "x.htm"], "HTML", "x.md"),
}


@pytest.mark.parametrize(("args", "named", "suggestion"), CONTRADICTIONS.values(), ids=CONTRADICTIONS.keys())
def test_a_name_that_says_another_format_is_refused(
    root: Path, args: list[str], named: str, suggestion: str
) -> None:
    line = _refused(root, *args, "--force")
    assert named in line, line
    assert suggestion in line, line


@pytest.mark.parametrize(
    ("args", "name", "starts"),
    [
        (["check"], "gaps.CSV", "\ufeff维度,编号"),
        (["check"], "gaps.json", "{"),
        (["report"], "pack.md", "# "),
        (["report"], "pack.html", "<!DOCTYPE html>"),
        (["check", "--format", "json"], "gaps.txt", "{"),
        (["check", "--format", "csv"], "gaps", "\ufeff维度,编号"),
        (["plan", "--format", "markdown"], "plan.markdown", "#"),
    ],
    ids=["csv-inferred", "json-inferred", "report-md", "report-html", "unknown-ext", "no-ext", "markdown"],
)
def test_a_name_that_agrees_or_says_nothing_is_written(
    root: Path, args: list[str], name: str, starts: str
) -> None:
    result = zg(*args, "-o", name, cwd=root)
    assert_no_crash(result, {0, 1})
    assert (root / name).read_text(encoding="utf-8").startswith(starts)
    (root / name).unlink()


# --- 4. a symbolic link that leads nowhere --------------------------------------------------------

DANGLING = {
    "file": ("out.csv", Path("nowhere") / "deep" / "x.csv", "out.csv"),
    "folder": ("out", Path("nowhere") / "deep", "out/x.csv"),
    "absolute": ("out.csv", Path("/nonexistent-zone-gap") / "x.csv", "out.csv"),
    "chain": ("out.csv", Path("second.csv"), "out.csv"),
}


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
@pytest.mark.parametrize(("link", "target", "output"), DANGLING.values(), ids=DANGLING.keys())
def test_a_link_to_nothing_is_refused(
    root: Path, link: str, target: Path, output: str, force: list[str]
) -> None:
    (root / link).symlink_to(target)
    if link == "out.csv" and target.name == "second.csv":
        (root / "second.csv").symlink_to(Path("nowhere") / "x.csv")
    line = _refused(root, "check", "-o", output, *force)
    assert link in line, line
    assert not (root / "nowhere").exists(), "a folder was made where the link points"
    assert (root / link).is_symlink()


def test_report_and_new_refuse_a_link_to_nothing(root: Path) -> None:
    (root / "pack.html").symlink_to(Path("nowhere") / "pack.html")
    _refused(root, "report", "-o", "pack.html")
    (root / "baselines" / "2022.yaml").symlink_to(Path("..") / "nowhere" / "2022.yaml")
    _refused(root, "new", "2022", "--force")
    assert not (root / "nowhere").exists()


def test_a_link_to_a_file_is_written_through_with_force(root: Path) -> None:
    """The documented behaviour, kept: the file a link names is replaced, and the link stays."""
    write(root / "kept" / "gaps.csv", "old\n")
    (root / "gaps.csv").symlink_to(Path("kept") / "gaps.csv")
    assert "已存在" in _refused(root, "check", "-o", "gaps.csv")
    result = zg("check", "-o", "gaps.csv", "--force", cwd=root)
    assert_no_crash(result, {1})
    assert (root / "gaps.csv").is_symlink()
    assert (root / "kept" / "gaps.csv").read_text(encoding="utf-8-sig").startswith("维度,编号")
    (root / "gaps.csv").unlink()
    (root / "kept" / "gaps.csv").unlink()
