"""`zone-gap roster`, `new --roster` and `validate` on rosters, run as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, CliRunner, cli
from tests.unit.test_roster import BY_HAND, DIRTY, write_csv

runner = CliRunner()
EXAMPLE = ROOT / "examples" / "roster" / "2022.xlsx"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_json_gives_figures_by_key_the_enterprises_and_nothing_more_of_a_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "2022.csv", BY_HAND)
    code, out, err = run("roster", str(path), "--format", "json")
    assert code == 0
    said = "第 6 行，C 列（入驻日期）：入驻日期 2023-01-01 晚于名录的日期 2022-12-31：此企业不计入园区"
    assert err.splitlines() == [f"{path}:6:3: warning: {said}"]
    document = json.loads(out)
    assert document["figures"] == {
        "enterprises": 4,
        "high_tech_enterprises": 2,
        "tech_smes": 3,
        "tech_smes_also_high_tech": 1,
        "high_tech_revenue": 500.5,
        "park_revenue": 630.75,
        "industrial_output": 240,
    }
    assert document["as_of"] == "2022-12-31"
    assert document["missing"] == {}
    assert [(p["row"], p["column"], p["severity"]) for p in document["problems"]] == [(6, "C", "warning")]
    assert document["enterprises"]["high_tech_enterprises"] == [
        {"name": "乙", "credit_code": BY_HAND[3][1]},
        {"name": "丙", "credit_code": BY_HAND[4][1]},
    ]
    every = {k for group in document["enterprises"].values() for e in group for k in e}
    assert every == {"name", "credit_code"}
    assert "200.5" not in json.dumps(document["enterprises"])


def test_missing_lists_the_rows_and_yaml_says_the_same(tmp_path: Path) -> None:
    rows = [list(r) for r in BY_HAND]
    rows[4][7] = ""  # 丙's revenue
    path = write_csv(tmp_path / "2022.csv", rows)
    document = json.loads(run("roster", str(path), "--format", "json")[1])
    assert document["figures"]["park_revenue"] is None
    assert document["missing"]["park_revenue"] == [{"row": 5, "name": "丙", "credit_code": rows[4][1]}]
    assert yaml.safe_load(run("roster", str(path), "--format", "yaml")[1]) == document


def test_as_of_a_day_in_the_year(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "2022.csv", BY_HAND)
    document = json.loads(run("roster", str(path), "--as-of", "2022-12-30", "--format", "json")[1])
    assert document["figures"]["enterprises"] == 4
    assert document["figures"]["high_tech_enterprises"] == 3
    code, _, err = run("roster", str(path), "--as-of", "2021-12-31")
    assert code == 2
    assert "2021-12-31" in err
    code, _, err = run("roster", str(path), "--as-of", "年底", "--lang", "en")
    assert code == 2
    assert "--as-of takes a date" in err


def test_errors_exit_2_each_at_its_row_and_column_and_nothing_is_computed(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "2022.csv", DIRTY)
    code, out, err = run("roster", str(path), "--lang", "en")
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert len(lines) == 14  # 11 errors, 3 warnings: one a row of DIRTY
    assert lines[0].startswith(
        f"{path}:3:2: error: row 3, column B (credit_code): the check character should be "
    )
    grouped = "“1,234.5” has thousands separators and was read as 1234.5; write digits only"
    assert f"{path}:9:8: warning: row 9, column H (revenue): {grouped}" in lines


def test_warnings_keep_exit_0_unless_strict(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "2022.csv", [DIRTY[0], DIRTY[1], DIRTY[9]])
    code, out, _ = run("roster", str(path))
    assert code == 0
    assert "第 3 行，H 列（营业收入（万元））：“1.2万”带单位，已按 1.2 万元读取" in out
    document = json.loads(run("roster", str(path), "--format", "json")[1])
    assert document["problems"] == [
        {
            "row": 3,
            "column": "H",
            "header": "营业收入（万元）",
            "severity": "warning",
            "message": "“1.2万”带单位，已按 1.2 万元读取；本列单位为万元，请只写数字",
        }
    ]
    assert document["figures"]["park_revenue"] == 11.2
    assert run("roster", str(path), "--strict")[0] == 1
    # written to a file, or as JSON or CSV, the warnings are still said on the terminal (as `check`)
    said = "“1.2万”带单位，已按 1.2 万元读取"
    for args in (["--format", "json"], ["--format", "csv"], ["-o", str(tmp_path / "out.xlsx")]):
        code, _, err = run("roster", str(path), *args)
        assert code == 0
        assert said in err, args
    assert said not in run("roster", str(path))[2]  # the table says them once, in itself


def test_the_example_table_and_csv(tmp_path: Path) -> None:
    code, out, _ = run("roster", str(EXAMPLE), "--lang", "en")
    assert code == 0
    assert "│ Enterprises in the park" in out
    assert out.count("91150204MA0R") == 6
    code, out, _ = run("roster", str(EXAMPLE), "--format", "csv")
    assert out.splitlines()[:3] == [
        "\ufeff指标,键,数值,未填的行",  # the byte-order mark, as every CSV of the tool has, for Excel and WPS
        "入驻企业数,enterprises,56,",
        "高新技术企业数,high_tech_enterprises,6,",
    ]


def test_new_with_a_roster_writes_a_baseline_that_check_reads(tmp_path: Path) -> None:
    folder = tmp_path / "baselines"
    code, _, err = run("new", "2022", "--roster", str(EXAMPLE), "--folder", str(folder))
    assert code == 0, err
    written = (folder / "2022.yaml").read_text(encoding="utf-8")
    said = f"enterprises: 56                # 名录 {EXAMPLE}（工作表“2022年名录”）：年末入驻企业数 56 家；"
    assert said in written  # the sheet read named
    assert "rd_spending:  " in written
    assert "企业合计只是下限" in written
    assert "regional_gdp:  " in written
    (folder / "2022.yaml").write_text(written.replace("park:  ", "park: 示例园区  ", 1), encoding="utf-8")
    code, out, err = run("check", str(folder / "2022.yaml"), "--format", "json")
    assert code == 1, err  # read; the example park is far from the standard
    criteria = {c["id"]: c for c in json.loads(out)["criteria"]}
    assert criteria["enterprise_count"]["actual"] == 56
    share = next(b for b in criteria["high_tech_share"]["branches"] if b["id"] == "park_share")
    assert share["actual"] == pytest.approx((6 + 8 - 4) / 56)
    assert criteria["high_tech_revenue"]["actual"] == pytest.approx(113501.25 / 323916.25)


def test_new_refuses_a_roster_of_another_year(tmp_path: Path) -> None:
    code, _, err = run("new", "2023", "--roster", str(EXAMPLE), "--folder", str(tmp_path), "--lang", "en")
    assert code == 2
    assert "is for 2022, not 2023" in err
    assert not (tmp_path / "2023.yaml").exists()


def test_validate_checks_the_rosters_in_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_csv(tmp_path / "rosters" / "2021.csv", DIRTY)
    shutil.copy(EXAMPLE, tmp_path / "rosters" / "2022.xlsx")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("validate", "--lang", "en", "--format", "text")
    assert code == 1
    assert "rosters/2021.csv:3:2: error: row 3, column B (credit_code)" in out
    # DIRTY's three warnings, and two rows that enter in 2022 of a roster named for 2021
    assert "2 files checked: 1 valid, 1 invalid; 11 errors, 5 warnings" in out


def test_pipeline_names_who_must_renew_and_what_each_year_needs() -> None:
    """The example roster (2022): six certificates valid at the year's end; the ones issued
    2020-10-28 and 2020-12-01 last to 2023-10-28 and 2023-12-01, so four stay valid at the end of
    2023 with no renewal. The plan wants 40 by then: 36 renewed or new, of which at least 34 new."""
    code, out, err = run(
        "roster", str(ROOT / "examples" / "roster" / "2022.xlsx"), "--pipeline", "--format", "json"
    )
    assert code == 0, err
    found = json.loads(out)
    assert found["figures"]["high_tech_enterprises"] == 6
    pipeline = found["pipeline"]
    assert [(e["name"], e["expires"]) for e in pipeline["expiring"]] == [
        ("示例生物科技有限公司", "2023-10-28"),
        ("示例稀土新材料有限公司", "2023-12-01"),
    ]
    assert pipeline["valid_without_renewal"] == {"2022": 6, "2023": 4}
    code, out, _ = run("roster", str(ROOT / "examples" / "roster" / "2022.xlsx"), "--pipeline")
    assert code == 0
    assert "2023年底前到期的证书（2家，按到期日）" in out
    code, _, err = run(
        "roster", str(ROOT / "examples" / "roster" / "2022.xlsx"), "--pipeline", "--format", "yaml"
    )
    assert code == 2
    assert "--pipeline" in err


def test_the_example_names_the_enterprises_that_close_the_share_gap(tmp_path: Path) -> None:
    """Worked by hand (examples/roster/make.py): 56 enterprises in the park at the end of 2022; 6
    high-tech, 8 tech-based SMEs, 4 both: 10 of 56 = 17.86% < 20%; 20% of 56 is 11.2, so 12 are
    needed, 2 short. 示例耐磨材料 (its certificate lapsed 2022-12-02, not an SME): 30 S&T staff of
    120 = 25% → 16 points; R&D 300 of sales 8,800 = 3.41% → 20 (of cost 8,000: 3.75% → 0; the
    better is taken); one class-I IP → 30; 66 ≥ 60 with the staff part above 0: meets tech-sme-2017.
    示例数控技术: 15 of 60 = 25% → 16; 210 of 3,000 = 7% → 50; class-I blank (0–30) or 2 class-II
    → 12: 78–96, met. Both registered: 12 of 56 = 21.43% ≥ 20%."""
    code, out, err = run(
        "roster", str(ROOT / "examples" / "roster" / "2022.xlsx"), "--pipeline", "--format", "json"
    )
    assert code == 0, err
    closings = {c["criterion"]: c for c in json.loads(out)["pipeline"]["closings"]}
    assert set(closings) == {"high_tech_share", "park_share", "city_share", "high_tech_growth"}
    share = closings["park_share"]
    assert (share["now"]["status"], share["needed"], share["ready"]) == ("unmet", 2, 2)
    assert share["now"]["actual"] == pytest.approx(10 / 56)
    assert share["if_ready_succeed"] == {"status": "met", "actual": 12 / 56, "low": 12 / 56, "high": 12 / 56}
    first, second = share["enterprises"][:2]
    assert (first["name"], first["standard"], first["status"], first["score"]) == (
        "示例耐磨材料有限公司",
        "tech-sme-2017",
        "met",
        {"low": 66, "high": 66},
    )
    assert (second["name"], second["score"]) == ("示例数控技术有限公司", {"low": 78, "high": 96})
    assert all(e["status"] != "met" for e in share["enterprises"][2:])
    city = closings["city_share"]  # the league/city's count is not in a roster: unknown, never 0
    assert city["now"]["status"] == "unknown"
    assert city["now"]["actual"] is None
    assert city["enterprises"][0]["name"] == "示例新能源材料有限公司"
    for fmt, name in (("csv", "list.csv"), ("xlsx", "list.xlsx")):
        target = tmp_path / name
        code, _, err = run(
            "roster", str(ROOT / "examples" / "roster" / "2022.xlsx"), "--pipeline", "--format", fmt,
            "-o", str(target),
        )  # fmt: skip
        assert code == 0, err
    rows = list(csv.reader(io.StringIO((tmp_path / "list.csv").read_text(encoding="utf-8-sig"))))
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "list.xlsx").active
    assert sheet is not None
    from_xlsx = [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    assert from_xlsx == rows
    park = [r for r in rows if r[0] == "park_share"]
    assert [r[7] for r in park[:2]] == ["示例耐磨材料有限公司", "示例数控技术有限公司"]
    assert park[0][2:6] == ["17.86%", "≥20.00%", "2", "21.43%"]


def test_the_growth_closing_reads_last_years_file_from_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Worked by hand: 5 high-tech enterprises in 2021.yaml, 6 valid at the end of 2022: up 20% <
    30%; ⌈5 × 1.3⌉ = 7 needed, 1 short. 示例新能源材料 (certificate issued 2023, so not valid at the end
    of 2022) meets the high-tech enterprise conditions on its row (score 75 > 70): with it, 7 of 5 is
    up 40%, met. With no 2021.yaml the growth is unknown and says which file gives it."""
    example = str(ROOT / "examples" / "roster" / "2022.xlsx")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("roster", example, "--pipeline", "--format", "json")
    assert code == 0, err
    growth = next(c for c in json.loads(out)["pipeline"]["closings"] if c["criterion"] == "high_tech_growth")
    assert growth["now"]["status"] == "unknown"
    assert "2021.yaml: 高新技术企业数" in growth["text"]
    (tmp_path / "baselines").mkdir()
    (tmp_path / "baselines" / "2021.yaml").write_text(
        "park: 示例园区\nyear: 2021\nhigh_tech_enterprises: 5\n", encoding="utf-8"
    )
    code, out, err = run("roster", example, "--pipeline", "--format", "json")
    assert code == 0, err
    growth = next(c for c in json.loads(out)["pipeline"]["closings"] if c["criterion"] == "high_tech_growth")
    assert (growth["now"]["status"], growth["now"]["actual"], growth["needed"]) == ("unmet", 0.2, 1)
    assert growth["ready"] == 1
    assert growth["if_ready_succeed"]["status"] == "met"
    assert growth["if_ready_succeed"]["actual"] == 0.4
    assert growth["enterprises"][0]["name"] == "示例新能源材料有限公司"


def test_roster_never_writes_over_its_own_roster(tmp_path: Path) -> None:
    roster = tmp_path / "2022.xlsx"
    shutil.copy(ROOT / "examples" / "roster" / "2022.xlsx", roster)
    before = roster.read_bytes()
    for fmt in ("xlsx", "csv"):
        code, _, err = run("roster", str(roster), "--pipeline", "--format", fmt, "-o", str(roster), "--force")
        assert code == 2
        assert "输入文件" in err
    assert roster.read_bytes() == before
    code, _, err = run("roster", str(roster), "-o", str(tmp_path / "figures.xlsx"), "--format", "csv")
    assert code == 2  # the name says a workbook, the format CSV
    assert not (tmp_path / "figures.xlsx").exists()


def test_new_from_a_roster_with_no_rows_writes_no_zeros(tmp_path: Path) -> None:
    roster = tmp_path / "2022.csv"
    roster.write_text("企业名称,统一社会信用代码,入驻日期,营业收入（万元）\n", encoding="utf-8")
    code, _, err = run("new", "2022", "--roster", str(roster), "--folder", str(tmp_path / "b"))
    assert code == 0, err
    written = yaml.safe_load((tmp_path / "b" / "2022.yaml").read_text(encoding="utf-8"))
    assert written["enterprises"] is None
    assert written["park_revenue"] is None
    assert "没有企业行" in (tmp_path / "b" / "2022.yaml").read_text(encoding="utf-8")


def _without(columns: tuple[str, ...], folder: Path) -> Path:
    rows = list(csv.reader(io.StringIO((ROOT / "examples" / "roster" / "2022.csv").read_text("utf-8-sig"))))
    keep = [i for i, c in enumerate(rows[1]) if c not in columns]
    return write_csv(folder / "2022.csv", [rows[0], *([r[i] for i in keep] for r in rows[1:])])


def test_a_roster_without_issue_dates_knows_no_certificates_which_is_not_none(tmp_path: Path) -> None:
    path = _without(("高企证书编号", "高企发证日期"), tmp_path)
    code, out, err = run("roster", str(path), "--pipeline", "--format", "json")
    assert code == 0, err
    pipeline = json.loads(out)["pipeline"]
    assert pipeline["valid_now"] is None
    assert (pipeline["expiring"], pipeline["routes"], pipeline["valid_without_renewal"]) == ([], [], {})
    assert any("高企发证日期" in note for note in pipeline["notes"])
    code, out, _ = run("roster", str(path), "--pipeline")
    assert "不续期仍有效" not in out
    assert "没有证书到期" not in out


def test_the_closings_count_on_the_day_the_figures_are_for(tmp_path: Path) -> None:
    example = str(ROOT / "examples" / "roster" / "2022.xlsx")
    code, out, err = run("roster", example, "--pipeline", "--as-of", "2022-06-30", "--format", "json")
    assert code == 0, err
    found = json.loads(out)
    figures = found["figures"]
    share = next(c for c in found["pipeline"]["closings"] if c["criterion"] == "park_share")
    distinct = figures["high_tech_enterprises"] + figures["tech_smes"] - figures["tech_smes_also_high_tech"]
    assert share["now"]["actual"] == pytest.approx(distinct / figures["enterprises"])


def test_roster_names_the_park_figures_whatever_standard_is_given() -> None:
    code, out, err = run(
        "roster", str(ROOT / "examples" / "roster" / "2022.xlsx"), "--standard", "tech-sme-2017"
    )
    assert code == 0, err
    assert "入驻企业数" in out


def test_an_amount_in_a_candidates_gap_says_its_unit() -> None:
    """示例钢构工程: sales 23,000 万元 against the tech-based SME cap of 2亿元 (20,000 万元)."""
    code, out, err = run(
        "roster", str(ROOT / "examples" / "roster" / "2022.xlsx"), "--pipeline", "--format", "json"
    )
    assert code == 0, err
    candidate = next(
        c for c in json.loads(out)["pipeline"]["candidates"] if c["name"] == "示例钢构工程有限公司"
    )
    said = [g["message"] for g in candidate["standards"]["tech-sme-2017"]["gaps"]]
    assert "年销售收入须不高于 20000 万元（现 23000 万元）" in said
