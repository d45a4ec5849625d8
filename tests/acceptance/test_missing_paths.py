"""A folder or file named on the command line that does not exist, or a file where a folder is
wanted, is a usage error: exit 2 and one line saying where, in the user's language; never a report
built on nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, CliRunner, cli

runner = CliRunner()

FOLDER_COMMANDS = [
    ["project", "{folder}"],
    ["report", "{folder}", "--format", "markdown"],
    ["plan", "--baselines", "{folder}"],
    ["check", "{folder}/"],
]


def _run(args: list[str], folder: Path, lang: str) -> tuple[int, list[str]]:
    result = runner.invoke(cli, [a.format(folder=folder) for a in args] + ["--lang", lang])
    assert result.exception is None, result.output
    assert result.stdout == ""
    return result.exit_code, result.stderr.splitlines()


@pytest.mark.parametrize("args", FOLDER_COMMANDS, ids=lambda a: a[0])
def test_a_missing_folder_is_a_usage_error(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    nope = tmp_path / "nope"
    code, lines = _run(args, nope, "en")
    assert code == 2
    assert lines in (
        [f"{nope}: error: no such folder; check the path"],
        [f"{nope}: error: no such file; check the path"],  # check: a path that is not there may be a file
    )
    code, lines = _run(args, nope, "zh")
    assert code == 2
    assert len(lines) == 1
    assert lines[0].startswith(f"{nope}: ")
    assert "不存在" in lines[0]


@pytest.mark.parametrize("args", FOLDER_COMMANDS[:3], ids=lambda a: a[0])
def test_a_file_where_a_folder_is_wanted_is_a_usage_error(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    code, lines = _run(args, Path("baselines/2020.yaml"), "en")
    assert code == 2
    assert lines == [
        "baselines/2020.yaml: error: this is a file, not a folder; give the folder that holds the "
        "year files (such as 2020.yaml)"
    ]


def test_a_missing_previous_year_file_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    nope = tmp_path / "2019.yaml"
    code, lines = _run(["check", "baselines/2020.yaml", "--previous", str(nope)], nope, "en")
    assert code == 2
    assert lines == [f"{nope}: error: no such file; check the path"]


def test_new_still_makes_the_folder_of_a_new_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["new", "2023", "--folder", "data/baselines", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "baselines" / "2023.yaml").is_file()
