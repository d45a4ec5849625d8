"""`zone-gap project`, `zone-gap plan` and the department ledger, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, CliRunner, cli

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_project_on_the_shipped_data_says_one_point_is_not_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run("project", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["deadline"] == 2023  # the plan's deadline
    assert {c["category"] for c in data["criteria"]} == {"insufficient_data"}


def test_project_over_three_years(three_years: Path) -> None:
    code, out, _ = run("project", str(three_years), "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["mid_year"] == ["2022 (2022-06-30)"]
    rows = {c["id"]: c for c in data["criteria"]}
    assert set(rows["enterprise_count"]) >= {
        "id",
        "category",
        "projected",
        "threshold",
        "required_per_year",
        "observed_per_year",
        "ratio",
        "reach_year",
        "at_risk",
    }
    growth = rows["high_tech_growth"]
    assert growth["at_risk"] is True  # 33% a year so far, less on a straight line
    share = rows["high_tech_share"]
    assert [b["id"] for b in share["branches"]] == ["park_share", "city_share"]
    assert rows["rd_intensity"]["threshold"] == pytest.approx(0.0265)
    assert 0 < rows["rd_intensity"]["required_per_year"] < 0.01  # a fraction: under a point a year


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_project_renders_in_every_language_and_format(three_years: Path, lang: str, fmt: str) -> None:
    code, out, err = run("project", str(three_years), "--format", fmt, "--lang", lang)
    assert code == 1
    assert ("趋势推算" if lang == "zh" else "projection") in out
    assert ("需加速" if lang == "zh" else "acceleration needed") in out
    assert err == ""


def test_project_with_a_later_deadline(three_years: Path) -> None:
    _, out, _ = run("project", str(three_years), "--by", "2026", "--format", "json", "--lang", "en")
    data = json.loads(out)
    assert data["deadline"] == 2026
    rd = next(c for c in data["criteria"] if c["id"] == "rd_intensity")
    assert "no final figure of the national R&D bulletin value for 2026 yet; using 2024: 2.69%" in " ".join(
        rd["notes"]
    )


def test_plan_on_the_shipped_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run("plan", "--format", "json")
    assert code == 1  # the plan does not add up
    data = json.loads(out)
    targets = {t["id"]: t for t in data["targets"]}
    assert list(targets) == ["enterprises", "high_tech_enterprises", "rd_intensity", "rd_institutions"]
    assert (targets["enterprises"]["planned"], targets["enterprises"]["reaches"]) == (201, True)
    ht = targets["high_tech_enterprises"]
    assert (ht["planned"], ht["target"], ht["reaches"], ht["shortfall"], ht["enough_per_year"]) == (
        39,
        40,
        False,
        1,
        11,
    )
    rd = targets["rd_intensity"]
    assert rd["planned"] == pytest.approx(0.025)
    assert rd["shortfall"] == pytest.approx(0.0015)
    assert rd["enough_per_year"] == pytest.approx(0.0055)
    assert targets["rd_institutions"]["shortfall"] == 0


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plan_table_and_markdown(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.chdir(ROOT)
    _, table, _ = run("plan", "--lang", lang)
    _, markdown, _ = run("plan", "--lang", lang, "--format", "markdown")
    if lang == "zh":
        assert (
            "| 高新技术企业数 [1] | 达不到 | 9 | +10 家/年 | 19 | 29 | 39 | 40 |  | 1 | +11 家/年 |"
            in markdown
        )
        assert "达不到" in table
    else:
        assert "| High-tech enterprises [1] | falls short | 9 | +10 a year | 19 | 29 | 39 | 40 |" in markdown


def test_plan_compares_actual_with_the_planned_path(three_years: Path) -> None:
    _, out, _ = run("plan", "--baselines", str(three_years), "--format", "json")
    enterprises = next(t for t in json.loads(out)["targets"] if t["id"] == "enterprises")
    [first, second] = enterprises["actual"]
    assert (first["year"], first["planned"], first["actual"], first["difference"]) == (2021, 175, 175, 0)
    assert second["as_of"] == "2022-06-30"
    assert second["planned"] == pytest.approx(175 + 13 * 181 / 365)


def test_check_grouped_by_department(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run("check", "--group-by", "department", "--format", "markdown")
    assert code == 1
    assert "## 部门台账（按牵头部门）" in out
    assert "\n### 区财政局\n" in out  # a heading over its own table: Word keeps it with its rows
    assert "\n### 无任务覆盖、未分配牵头部门\n" in out
    section = out.split("### 无任务覆盖、未分配牵头部门")[1]
    assert "统一的管理委员会" in section  # no task makes the committee a league/city agency
    _, data, _ = run("check", "--group-by", "department", "--format", "json")
    document = json.loads(data)
    rows = {c["id"]: c for c in document["criteria"]}
    assert rows["rd_intensity"]["lead_departments"] == ["区财政局"]
    assert rows["management_committee"]["lead_departments"] == []
    assert document["departments"][-1]["department"] is None


def test_project_grouped_by_department(three_years: Path) -> None:
    code, out, _ = run(
        "project", str(three_years), "--group-by", "department", "--format", "markdown", "--lang", "en"
    )
    assert code == 1
    assert "## Department ledger (by lead department)" in out
    assert "\n### 区财政局\n" in out


def test_a_bad_file_in_the_series_is_located(three_years: Path) -> None:
    (three_years / "2021.yaml").write_text("park: X\nyear: 2021\nenterprises: -1\n", encoding="utf-8")
    code, _, err = run("project", str(three_years), "--lang", "en")
    assert code == 2
    assert f"{three_years / '2021.yaml'}:3:14: error: a count cannot be negative: -1" in err
