"""A project folder's own ``standards/``: its files are found by id together with the shipped ones,
never instead of them; a project's file with a shipped id wins for that id only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, STANDARD_PATH, CliRunner, cli

runner = CliRunner()


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder holding only its own copy of the park standard and a roster."""
    (tmp_path / "standards").mkdir()
    (tmp_path / "standards" / "inner-mongolia-2020.yaml").write_bytes(STANDARD_PATH.read_bytes())
    (tmp_path / "2022.csv").write_bytes((ROOT / "examples" / "roster" / "2022.csv").read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_roster_is_read_beside_a_project_copy_of_the_park_standard(office: Path) -> None:
    result = runner.invoke(cli, ["roster", "2022.csv", "--lang", "en"])
    assert result.exception is None, result.output
    assert result.exit_code == 0, result.output


def test_the_standards_listed_beside_a_project_copy_are_the_shipped_ones_too(office: Path) -> None:
    result = runner.invoke(cli, ["standards", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [s["id"] for s in json.loads(result.stdout)] == [
        "high-tech-enterprise-2016",
        "inner-mongolia-2020",
        "tech-sme-2017",
    ]


def test_a_project_file_with_a_shipped_id_wins_for_that_id_only(office: Path) -> None:
    own = office / "standards" / "inner-mongolia-2020.yaml"
    text = own.read_text(encoding="utf-8")
    shipped_name = "Inner Mongolia creation standard for a region-level high-tech industrial development zone"
    assert shipped_name in text
    own.write_text(text.replace(shipped_name, "The office's own copy"), encoding="utf-8")
    result = runner.invoke(cli, ["standards", "--format", "json"])
    names = {s["id"]: s["name"]["en"] for s in json.loads(result.stdout)}
    assert names["inner-mongolia-2020"] == "The office's own copy"
    assert names["high-tech-enterprise-2016"] == "Conditions for recognising a high-tech enterprise"


def test_an_enterprise_file_beside_a_project_copy_is_read_against_its_own_standard(office: Path) -> None:
    (office / "2022.yaml").write_bytes((ROOT / "examples" / "enterprise" / "2022.yaml").read_bytes())
    result = runner.invoke(cli, ["check", "2022.yaml", "--format", "json"])
    assert result.exit_code == 1, result.output  # findings: two conditions unmet
    assert json.loads(result.stdout)["subject"] == "enterprise"


def _custom(folder: Path) -> Path:
    """A copy of the park standard under another id, in a file not named by it."""
    text = STANDARD_PATH.read_text(encoding="utf-8").replace("id: inner-mongolia-2020", "id: custom-2024", 1)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "custom.yaml").write_text(text, encoding="utf-8")
    return folder / "custom.yaml"


@pytest.mark.parametrize("given", ["standards/custom.yaml", "elsewhere/custom.yaml"])
def test_check_finds_the_standard_new_wrote_when_it_is_in_the_project(
    given: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _custom(tmp_path / "standards")
    _custom(tmp_path / "elsewhere")
    result = runner.invoke(cli, ["new", "2023", "--standard", given, "--lang", "en"])
    assert result.exit_code == 0, result.output
    written = tmp_path / "baselines" / "2023.yaml"
    text = written.read_text(encoding="utf-8")
    assert "standard: custom-2024" in text
    written.write_text(text.replace("park: ", "park: 测试园区", 1), encoding="utf-8")
    result = runner.invoke(cli, ["check", "baselines/2023.yaml", "--lang", "en"])
    assert result.stderr == ""
    assert result.exit_code == 1, result.output  # every figure unknown: findings, not an error
    result = runner.invoke(cli, ["validate", "baselines", "--lang", "en"])
    assert result.exit_code == 0, result.output


def test_new_says_when_other_commands_will_not_find_the_standard_it_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _custom(tmp_path / "elsewhere")
    result = runner.invoke(cli, ["new", "2023", "--standard", "elsewhere/custom.yaml", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "baselines/2023.yaml: warning: `standard: custom-2024` is written, but no standard of that id is "
        "in standards/ or shipped: put elsewhere/custom.yaml in standards/ for other commands to find it, "
        "or give them --standard elsewhere/custom.yaml",
        "baselines/2023.yaml: warning: the file's first line names schemas/baseline.schema.json for "
        "editors, which is not there yet: run `zone-gap schema` to write it",
        "wrote baselines/2023.yaml",
    ]
