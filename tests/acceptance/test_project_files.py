"""The project's own files: the shipped standard and baselines, and the promises of the README and
the guide."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import BASELINE_2020, NUMERIC, ROOT, STANDARD_PATH
from zone_gap.io.folder import year_files
from zone_gap.kinds import DistinctShareCriterion, EitherCriterion, QualitativeCriterion
from zone_gap.standard.baseline import load_baseline
from zone_gap.standard.model import Standard, load_standard


def test_standard_has_every_numeric_criterion_and_branch(standard: Standard) -> None:
    top = {c.id: c for d in standard.dimensions for c in d.criteria}
    assert top.keys() >= NUMERIC
    for criterion, branches in (
        ("high_tech_share", ["park_share", "city_share"]),
        ("high_tech_revenue", ["revenue_share", "output_share"]),
    ):
        either = top[criterion]
        assert isinstance(either, EitherCriterion)
        assert [b.id for b in either.branches] == branches
    assert isinstance(top["high_tech_share"].branches[0], DistinctShareCriterion)  # type: ignore[union-attr]


def test_standard_ids_are_unique(standard: Standard) -> None:
    ids = [c.id for d in standard.dimensions for c in d.criteria]
    ids += [
        b.id
        for d in standard.dimensions
        for c in d.criteria
        if isinstance(c, EitherCriterion)
        for b in c.branches
    ]
    assert len(ids) == len(set(ids))


def test_every_clause_of_annex_1_is_in_the_standard(standard: Standard) -> None:
    """Each clause's text appears in Annex 1 of the notice, and together they cover its sentences."""
    notice = ROOT.parent / "shared" / "seeds" / "000_01f967c6f6cbe35f.txt"
    criteria = [c for d in standard.dimensions for c in d.criteria]
    assert len([c for c in criteria if isinstance(c, QualitativeCriterion)]) == 24
    assert [d.id for d in standard.dimensions] == ["industry", "innovation", "infrastructure", "organisation"]
    if notice.is_file():  # beside the repository in the team's checkout
        text = notice.read_text(encoding="utf-8")
        annex = text.split("自治区级高新技术产业开发区创建标准")[-1].split("附件2")[0]
        for criterion in criteria:
            assert criterion.clause in annex, criterion.id


def test_national_rd_intensity_three_series_with_sources(standard: Standard) -> None:
    table = standard.references["national_rd_intensity"]
    final = {y: float(v["final"].value.value) for y, v in table.values.items()}
    assert final == {2019: 0.0223, 2020: 0.024, 2021: 0.0244, 2022: 0.0254, 2023: 0.0265, 2024: 0.0269}
    early = {y: float(v["preliminary"].value.value) for y, v in table.values.items() if "preliminary" in v}
    assert early == {2020: 0.024, 2021: 0.0244, 2022: 0.0255, 2023: 0.0264, 2024: 0.0268}
    restated = {y: float(v["restated"].value.value) for y, v in table.values.items() if "restated" in v}
    assert restated == {2019: 0.0224, 2020: 0.0241, 2021: 0.0243, 2022: 0.0256, 2023: 0.0258}
    assert table.default_series == "final"
    assert all(entry.source for row in table.values.values() for entry in row.values())


def test_shipped_baselines_are_valid_and_named_by_their_year(standard: Standard) -> None:
    files, _ = year_files(ROOT / "baselines")
    assert 2020 in files
    for year, path in files.items():
        baseline, _ = load_baseline(path, standard)
        assert baseline.year == year


def test_2020_baseline_guesses_nothing() -> None:
    baseline, _ = load_baseline(BASELINE_2020, load_standard(STANDARD_PATH))
    for absent in (
        "tech_smes",
        "tech_smes_also_high_tech",
        "city_high_tech_enterprises",
        "park_revenue",
        "rd_spending",
        "regional_gdp",
    ):
        assert getattr(baseline, absent) is None, absent


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- setup -->")[1].split("<!-- /setup -->")[0]
    return re.findall(r"^\s*(python .+)$", block, flags=re.MULTILINE)


def test_readme_gives_two_setup_commands_and_ci_runs_the_second() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert "zone-gap check" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


@pytest.mark.parametrize(
    "command", ["check", "project", "plan", "report", "validate", "schema", "new", "roster"]
)
def test_the_guide_names_every_option(command: str) -> None:
    """Every option of every command is named in the English guide (docs/en), most in its reference
    page of commands and options."""
    guide = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs" / "en").rglob("*.md")))
    help_text = subprocess.run(
        [sys.executable, "-m", "zone_gap", command, "--help"], capture_output=True, text=True, check=True
    ).stdout
    for option in re.findall(r"^\s+(--[a-z-]+)", help_text, flags=re.MULTILINE):
        if option != "--help":
            assert f"`{option}" in guide, option


def test_the_guide_sample_is_the_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Chinese sample of `check` in the guide (tests/docs runs every block; this one in-process)."""
    from tests.conftest import CliRunner, cli

    monkeypatch.chdir(ROOT)
    guide = (ROOT / "docs" / "en" / "check.md").read_text(encoding="utf-8")
    part = guide.split("The same in Chinese")[1]
    sample = part.split("```console\n$ zone-gap check\n")[1].split("…\n```")[0].splitlines()
    result = CliRunner().invoke(cli, ["check"], env={"COLUMNS": "100"})
    produced = [line.rstrip() for line in result.stdout.splitlines()]
    assert len(sample) >= 10
    assert produced[: len(sample)] == sample
