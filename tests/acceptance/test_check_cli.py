"""`zone-gap check` run as a user runs it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import BASELINE_2020, NUMERIC, ROOT, CliRunner, cli

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_shipped_data_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run("check")  # the latest year in baselines/, the shipped standard
    assert code == 1  # criteria unmet
    assert "包头金属深加工园区 · 2020年" in out
    assert "入驻企业数" in out
    assert "38 家" in out
    assert "+13 家/年" in out
    assert "统一的管理委员会" in out
    assert "未达标" in out
    assert "共 29 项：达标 10 项，未达标 8 项，未知 11 项" in out
    assert "baselines/2020.yaml:8:26: warning:" in out


def test_shipped_data_in_english() -> None:
    code, out, _ = run("check", str(BASELINE_2020), "--lang", "en")
    assert code == 1
    assert "Numeric criteria" in out
    assert "38 more" in out
    assert "+13 a year" in out
    _, markdown, _ = run("check", str(BASELINE_2020), "--lang", "en", "--format", "markdown")
    assert "| Enterprises in the park | unmet | 162 | ≥200 | 38 more | +13 a year | 7.28% |" in markdown
    assert "29 criteria: 10 met, 8 unmet, 11 unknown" in out


def test_every_criterion_and_clause_is_in_the_table() -> None:
    _, out, _ = run("check", str(BASELINE_2020), "--lang", "en", "--format", "markdown")
    _, data, _ = run("check", str(BASELINE_2020), "--format", "json", "--lang", "en")
    for criterion in json.loads(data)["criteria"]:
        assert f"| {criterion['name']}" in out


def test_json_agrees_with_the_table() -> None:
    code, out, err = run("check", str(BASELINE_2020), "--format", "json")
    assert code == 1
    data = json.loads(out)
    rows = {c["id"]: c for c in data["criteria"]}
    assert rows.keys() >= NUMERIC
    count = rows["enterprise_count"]
    assert (count["status"], count["actual"], count["threshold"], count["gap"]) == ("unmet", 162, 200, 38)
    assert (count["required_per_year"], round(count["required_cagr"], 4)) == (13, 0.0728)
    rd = rows["rd_intensity"]
    assert rd["threshold"] == pytest.approx(0.024)
    assert rd["required_per_year"] == pytest.approx(0.0055)  # a fraction: 0.55 percentage points a year
    share = rows["high_tech_share"]
    assert share["status"] == "unknown"
    assert share["decided_by"] == "city_share"
    assert [b["id"] for b in share["branches"]] == ["park_share", "city_share"]
    assert share["branches"][0]["actual"] == pytest.approx(0.055)
    assert data["summary"] == {"met": 10, "unmet": 8, "unknown": 11}
    assert data["warnings"][0]["line"] == 8
    assert "warning" in err  # warnings also reach the terminal


def test_markdown_has_both_tables() -> None:
    code, out, _ = run("check", str(BASELINE_2020), "--format", "markdown")
    assert code == 1
    assert out.startswith("# 包头金属深加工园区")
    assert "| 入驻企业数 | 未达标 | 162 | ≥200 | 38 家 | +13 家/年 | 7.28% |" in out
    assert "## 定性条款" in out


def test_all_met_exits_zero(write_yaml: Callable[..., Path], standard_clauses: list[str]) -> None:
    data = {
        "park": "达标园区",
        "year": 2023,
        "enterprises": 200,
        "high_tech_enterprises": 40,
        "high_tech_and_sme_share": "20%",
        "high_tech_growth": "30%",
        "high_tech_revenue_share": "20%",
        "rd_intensity": "2.65%",
        "rd_institutions": 10,
        "qualitative": {c: {"met": True, "evidence": "测试"} for c in standard_clauses},
    }
    code, out, _ = run("check", str(write_yaml("2023.yaml", data=data)))
    assert code == 0, out


def test_deadline_beyond_the_table_says_which_value_it_used() -> None:
    _, out, _ = run("check", str(BASELINE_2020), "--by", "2026", "--lang", "en", "--format", "markdown")
    assert "no final figure of the national R&D bulletin value for 2026 yet; using 2024: 2.69%" in out


def test_growth_is_read_from_last_years_file(write_yaml: Callable[..., Path]) -> None:
    write_yaml("b/2021.yaml", data={"park": "P", "year": 2021, "high_tech_enterprises": 9})
    current = write_yaml("b/2022.yaml", data={"park": "P", "year": 2022, "high_tech_enterprises": 12})
    code, out, _ = run("check", str(current), "--format", "json")
    growth = {c["id"]: c for c in json.loads(out)["criteria"]}["high_tech_growth"]
    assert growth["status"] == "met"
    assert growth["actual"] == pytest.approx(1 / 3)


def test_previous_file_of_the_wrong_year_is_an_error(write_yaml: Callable[..., Path]) -> None:
    old = write_yaml("old.yaml", data={"park": "P", "year": 2019})
    current = write_yaml("2022.yaml", data={"park": "P", "year": 2022})
    code, _, err = run("check", str(current), "--previous", str(old))
    assert code == 2
    assert f"{old}:2:7: error:" in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "park: X\nyear: 2020\nenterprises: 1\nenterprises: 2\n",
            "4:1: error: duplicate key `enterprises` (already on line 3); remove one of them",
        ),
        (
            "park: X\nyear: 2020\nenterprise: 162\n",
            "3:1: error: unknown key `enterprise`; did you mean `enterprises`?",
        ),
        (
            "park: X\nyear: 2020\nrd_intensity: 1\n",
            # named by its figure; 1 is not offered as 100% of GDP
            "3:15: error: R&D spending as a share of regional GDP (`rd_intensity`): a percentage needs its "
            "% sign: write `1%`\n",
        ),
        (
            "park: X\nyear: 2020\nrd_intensity: 0.02\n",
            "3:15: error: R&D spending as a share of regional GDP (`rd_intensity`): a percentage needs its "
            "% sign: write `0.02%` (or `2%` if 0.02 is a fraction)",
        ),
        ("park: X\nyear: 2020\nenterprises: -5\n", "3:14: error: a count cannot be negative: -5"),
        (
            "park: X\nyear: 2020\nhigh_tech_revenue_share: 101%\n",
            "3:26: error: a share must lie between 0% and 100%, not 101%",
        ),
        (
            "park: X\nyear: 2020\nenterprises: 10\nhigh_tech_enterprises: 12\n",
            "4:24: error: `high_tech_enterprises` (12) is more than `enterprises` (10); check both figures",
        ),
        (
            "park: X\nyear: 2020\nenterprises: [1\n",
            "3:14: error: key `enterprises`: the bracket opened here is never closed",
        ),
        ("park: X\nyear: twenty\n", "2:7: error: the year must be a four-digit number, e.g. `year: 2022`"),
        (
            "park: X\nyear: 2020\nqualitative:\n  boundary: {met: true}\n",
            "4:3: error: the standard has no clause `boundary`; did you mean `boundaries`?",
        ),
        ("year: 2020\n", "1:1: error: missing required key `park`; add `park: …`"),
    ],
)
def test_bad_files_get_located_messages_and_exit_2(
    write_yaml: Callable[..., Path], text: str, expected: str
) -> None:
    path = write_yaml("bad.yaml", text=text)
    code, out, err = run("check", str(path), "--lang", "en")
    assert code == 2
    assert out == ""
    assert f"{path}:{expected}" in err
    assert "Traceback" not in err


def test_every_problem_in_a_file_is_reported_at_once(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml(
        "bad.yaml", text="park: X\nyear: 2020\nenterprise: 1\nrd_intensity: 2\nrd_institutions: -1\n"
    )
    _, _, err = run("check", str(path), "--lang", "en")
    assert [line.split(": error")[0] for line in err.strip().splitlines()] == [
        f"{path}:3:1",
        f"{path}:4:15",
        f"{path}:5:18",
    ]


def test_chinese_error_messages_by_default(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("bad.yaml", text="park: X\nyear: 2020\nrd_intensity: 1\n")
    _, _, err = run("check", str(path))
    assert "百分比须带 % 号：请写 `1%`" in err


def test_input_files_are_never_changed(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("2020.yaml", text=BASELINE_2020.read_text(encoding="utf-8"))
    before = path.read_bytes()
    run("check", str(path))
    run("check", str(path), "--format", "json")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["check", "missing.yaml"],
        ["check", "--national-rd", "2.6"],
        ["check", "--series", "newest"],
        ["check", "--format", "pdf"],
    ],
)
def test_usage_errors_exit_2_without_a_traceback(args: list[str]) -> None:
    code, _, err = run(*args, str(BASELINE_2020)) if args[1].startswith("--") else run(*args)
    assert code == 2
    assert "Traceback" not in err


def test_empty_baselines_folder_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check", "--lang", "en")
    assert code == 2
    assert err == "baselines: error: no such folder; check the path\n"
    (tmp_path / "baselines").mkdir()
    code, _, err = run("check", "--lang", "en")
    assert code == 2
    assert "no baseline files" in err


def test_a_folder_means_its_latest_year(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run("check", "baselines", "--format", "json")
    assert code == 1
    assert json.loads(out)["year"] == 2020


def test_a_deadline_before_the_data_is_a_usage_error() -> None:
    code, _, err = run("check", str(BASELINE_2020), "--by", "2019", "--lang", "en")
    assert code == 2
    assert "the deadline 2019 is before the data year 2020; give --by 2020 or later" in err


def test_a_candidate_is_checked_alone_in_a_folder_of_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Enterprises' files side by side are not one series: the file of the year before is another
    enterprise's, neither its previous year nor a renamed park (validate accepts the folder too)."""
    monkeypatch.chdir(ROOT / "tests" / "cases" / "valid" / "enterprise-candidates")
    for name in ("2021.yaml", "2022.yaml", "2022-b.yaml"):
        code, out, err = run("check", name, "--format", "json", "--lang", "en")
        assert (code, err) == (1, ""), err  # findings: innovation_score and the others not given
        assert json.loads(out)["subject"] == "enterprise"
    assert run("validate", ".")[0] == 0


@pytest.mark.parametrize(
    ("content", "standard", "said"),
    [
        (
            None,
            "high-tech-enterprise-2016",
            "本文件是园区的数据（`park:`），而《高新技术企业认定条件》评价的是企业",
        ),
        (
            "enterprise: 甲公司\nyear: 2022\nstaff: 100\ntech_staff: 4\n",
            "inner-mongolia-2020",
            "本文件是企业的数据（`enterprise:`），而《自治区级高新技术产业开发区创建标准》评价的是园区",
        ),
    ],
    ids=["park-file-enterprise-standard", "enterprise-file-park-standard"],
)
def test_a_file_of_the_other_subject_is_one_line(
    tmp_path: Path, content: str | None, standard: str, said: str
) -> None:
    path = BASELINE_2020 if content is None else tmp_path / "2022.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(cli, ["check", str(path), "--standard", standard])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert said in lines[0]


def test_a_standard_named_that_does_not_exist_is_said_with_the_nearest(tmp_path: Path) -> None:
    path = tmp_path / "2022.yaml"
    path.write_text("enterprise: 甲\nyear: 2022\nstandard: tech_sme_2017\nstaff: 10\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", str(path), "--standard", "tech-sme-2017"])
    assert result.exit_code == 2
    assert "3:11: error: 本文件写明的对照标准 `tech_sme_2017` 不存在" in result.stderr
    assert "是否应为 `tech-sme-2017`" in result.stderr
    assert "--standard tech_sme_2017" not in result.stderr  # never advice to use an id that is none
