"""A roster row and a figures file with the same figures: `roster --pipeline` judges the candidate as
`check` judges the file, and refuses what `check` refuses, run as a user runs them.

The enterprise of every test meets each numeric condition of the high-tech enterprise standard but
the one a test changes: registered 5 years (≥ 1); R&D 250 of 5,000 万元 sales = 5%, latest sales
5,000 万元, so the 5% band (5,000 included); 150 of the 250 spent in China = 60%; high-tech revenue
60,000 of 100,000 = 60%; score 71 (> 70).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.acceptance.test_roster_cli import run
from tests.unit.test_roster import code, write_csv

MET: dict[str, str] = {
    "registered_years": "5",
    "tech_staff_share": "10%",
    "rd_expense_3y": "250",
    "sales_revenue_3y": "5000",
    "latest_sales": "5000",
    "rd_expense_china_3y": "150",
    "high_tech_income": "60000",
    "total_income": "100000",
    "innovation_score": "71",
}
NAME = "甲公司"


def roster(folder: Path, figures: dict[str, str]) -> Path:
    """A roster of one tech-based SME without a certificate, its figures in columns named by key."""
    header = ["企业名称", "统一社会信用代码", "科技型中小企业", *figures]
    return write_csv(folder / "2022.csv", [header, [NAME, code(1), "是", *figures.values()]])


def figures_file(folder: Path, figures: dict[str, str]) -> Path:
    """The same figures as an enterprise figures file, numbers written as numbers."""
    data: dict[str, object] = {"enterprise": NAME, "year": 2022, "standard": "high-tech-enterprise-2016"}
    for key, written in figures.items():
        data[key] = written if written.endswith("%") else yaml.safe_load(written)
    path = folder / "2022.yaml"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def check_verdict(path: Path) -> tuple[str, list[str]]:
    """`check`'s verdict on the numeric conditions, as the pipeline gives a candidate's: unmet if one
    is unmet, else unknown if one is unknown, else met; and the unmet ones."""
    code_, out, err = run("check", str(path), "--format", "json")
    assert code_ in (0, 1), err
    numeric = [c for c in json.loads(out)["criteria"] if c["kind"] != "qualitative"]
    unmet = [c["id"] for c in numeric if c["status"] == "unmet"]
    unknown = [c["id"] for c in numeric if c["status"] == "unknown"]
    return ("unmet" if unmet else "unknown" if unknown else "met"), unmet


def candidate_verdict(path: Path, standard: str = "high-tech-enterprise-2016") -> tuple[str, list[str]]:
    code_, out, err = run("roster", str(path), "--pipeline", "--format", "json")
    assert code_ == 0, err
    (candidate,) = json.loads(out)["pipeline"]["candidates"]
    judged = candidate["standards"][standard]
    return judged["status"], [g["criterion"] for g in judged["gaps"]]


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        ({}, ("met", [])),
        ({"tech_staff_share": "9.9999999%"}, ("unmet", ["tech_staff_share"])),
        ({"tech_staff_share": "10.0000001%"}, ("met", [])),
        ({"high_tech_income_share": "59.9999999%"}, ("unmet", ["high_tech_income_share"])),
    ],
    ids=["all-met", "just-below-10-percent", "just-above-10-percent", "income-just-below-60-percent"],
)
def test_a_candidate_is_judged_as_check_judges_the_same_figures(
    tmp_path: Path, changed: dict[str, str], expected: tuple[str, list[str]]
) -> None:
    figures = {**MET, **changed}
    if "high_tech_income_share" in changed:  # the share as reported, not from the two amounts
        del figures["high_tech_income"], figures["total_income"]
    from_roster = candidate_verdict(roster(tmp_path / "roster", figures))
    from_file = check_verdict(figures_file(tmp_path / "figures", figures))
    assert from_roster == from_file == expected


@pytest.mark.parametrize(
    ("changed", "column", "header", "zh", "en"),
    [
        (
            {"staff": "200", "tech_staff": "300"},
            "M",
            "tech_staff",
            "`tech_staff`（300）大于 `staff`（200）",
            "`tech_staff` (300) is more than `staff` (200); check both figures",
        ),
        (
            {"high_tech_income": "100000.5"},
            "I",
            "high_tech_income",
            "`high_tech_income`（100000.5）大于 `total_income`（100000）",
            "`high_tech_income` (100000.5) is more than `total_income` (100000); check both figures",
        ),
    ],
    ids=["more-s&t-staff-than-staff", "more-high-tech-income-than-income"],
)
def test_a_part_above_its_whole_is_refused_in_a_roster_as_in_a_figures_file(
    tmp_path: Path, changed: dict[str, str], column: str, header: str, zh: str, en: str
) -> None:
    figures = {**{k: v for k, v in MET.items() if k != "tech_staff_share"}, **changed}
    path = roster(tmp_path / "roster", figures)
    code_, out, err = run("roster", str(path), "--pipeline", "--lang", "en")
    assert (code_, out) == (2, "")
    assert f"2022.csv:2:{ord(column) - 64}: error: row 2, column {column} ({header}): {en}" in err
    code_, _, err = run("roster", str(path), "--pipeline")
    assert code_ == 2
    assert f"第 2 行，{column} 列（{header}）：{zh}" in err
    code_, out, _ = run("check", str(figures_file(tmp_path / "figures", figures)), "--lang", "en")
    assert code_ == 2
    assert en in out + _


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("tech_staff_share", "150%", "between 0% and 100%"),  # a share is a part of a whole
        ("innovation_score", "-5", "between 0 and 100"),  # a score's total, in a file as in a roster
    ],
)
def test_a_value_a_figures_file_refuses_is_refused_at_its_cell(
    tmp_path: Path, key: str, value: str, said: str | None
) -> None:
    # The pipeline dropped a value its standard's model refused and judged the candidate without it.
    figures = {**MET, key: value}
    path = roster(tmp_path / "roster", figures)
    column = chr(ord("A") + 3 + list(figures).index(key))
    code_, out, err = run("roster", str(path), "--pipeline", "--lang", "en")
    check_code, check_out, check_err = run(
        "check", str(figures_file(tmp_path / "f", figures)), "--lang", "en"
    )
    if said is None:
        assert code_ == 0, err
        assert check_code in (0, 1), check_err
        return
    assert (code_, out) == (2, "")
    assert f"2022.csv:2:{ord(column) - 64}: error: row 2, column {column} ({key}):" in err
    assert said in err
    assert check_code == 2
    assert said in check_out + check_err


SME: dict[str, str] = {  # 职工 100, 科技人员 20 (20%: 12 points), R&D 5% of sales (40), 1 class-I IP (30)
    "staff": "100",
    "tech_staff": "20",
    "sales_revenue": "4000",
    "total_assets": "3000",
    "rd_expense": "200",
    "total_cost": "3800",
    "ip_class_1": "1",
    "ip_class_2": "0",
}


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        ({}, "met"),  # 12 + 40 + 30 = 82
        ({"tech_staff": "9"}, "unknown"),  # the staff part scores 0: the direct path stays open
        ({"sales_revenue": "20000.01", "rd_expense": "1000.0005"}, "unmet"),  # over the 2亿 cap
        ({"sales_revenue": "20000", "rd_expense": "1000"}, "met"),  # the cap is inclusive
        ({"ip_class_1": "0", "ip_class_2": ""}, "unknown"),  # 52 + 0–24: unknown, never 0
        ({"ip_class_1": "0", "ip_class_2": "", "tech_staff": "40"}, "met"),  # 20 + 40 + 0 = 60 at least
    ],
    ids=["scored-82", "staff-part-zero", "sales-over-cap", "sales-at-cap", "ip-unknown", "least-60"],
)
def test_a_tech_sme_candidate_is_judged_as_check_judges_the_same_figures(
    tmp_path: Path, changed: dict[str, str], expected: str
) -> None:
    figures = {k: v for k, v in {**SME, **changed}.items() if v != ""}
    header = ["企业名称", "统一社会信用代码", "科技型中小企业", *figures]
    path = write_csv(tmp_path / "roster" / "2022.csv", [header, [NAME, code(1), "否", *figures.values()]])
    status, _ = candidate_verdict(path, "tech-sme-2017")
    data: dict[str, object] = {"enterprise": NAME, "year": 2022, "standard": "tech-sme-2017"}
    data |= {key: yaml.safe_load(written) for key, written in figures.items()}
    file = tmp_path / "figures" / "2022.yaml"
    file.parent.mkdir(parents=True)
    file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert (status, check_verdict(file)[0]) == (expected, expected)
