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
    assert [s["id"] for s in json.loads(result.stdout)] == ["high-tech-enterprise-2016", "inner-mongolia-2020"]


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
