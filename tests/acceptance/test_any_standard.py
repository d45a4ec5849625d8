"""A new standard is one YAML file: one written only here, with figures the shipped files never use,
goes through `check`, `schema`, `validate` and `new` with no Python; the shipped standards are listed
and chosen by id."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import BASELINE_2020, ROOT, CliRunner, cli

runner = CliRunner()

WATER = """\
id: water-saving-2024
name: {zh: 节水型园区评价（测试用）, en: Water-saving park (test only)}
source: 仅供测试
subject: park
effective: 2024-01-01
figures:
  water_per_output:
    unit: number
    name: {zh: 万元产值取水量, en: "Water per 10,000 yuan of output"}
    description: 万元工业产值取水量（立方米）
  reuse_rate:
    unit: share
    name: {zh: 水重复利用率, en: Water reuse rate}
    description: 工业用水重复利用率，如 90%
  leaks:
    unit: count
    name: {zh: 管网漏损事件, en: Pipe leaks}
dimensions:
  - id: water
    name: {zh: 用水, en: Water}
    criteria:
      - {id: intensity, kind: value, name: {zh: 取水强度, en: Intensity}, clause: 不高于8立方米,
         figure: water_per_output, at_most: 8}
      - {id: reuse, kind: value, name: {zh: 重复利用率, en: Reuse}, clause: 90%以上,
         figure: reuse_rate, at_least: 90%}
      - {id: leak_free, kind: value, name: {zh: 漏损, en: Leaks}, clause: 少于3起,
         figure: leaks, below: 3}
      - {id: plan, kind: qualitative, name: {zh: 节水规划, en: A plan}, clause: 有节水规划}
"""


def run(*args: str, cwd: Path) -> tuple[int, str, str]:
    import os

    here = Path.cwd()
    os.chdir(cwd)
    try:
        result = runner.invoke(cli, list(args))
    finally:
        os.chdir(here)
    assert result.exception is None, result.output
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def park(tmp_path: Path) -> Path:
    (tmp_path / "standards").mkdir()
    (tmp_path / "standards" / "water.yaml").write_text(WATER, encoding="utf-8")
    (tmp_path / "baselines").mkdir()
    return tmp_path


def test_a_standard_written_here_needs_no_python(park: Path) -> None:
    common = ["--standard", "standards/water.yaml"]
    code, _, err = run("new", "2024", *common, cwd=park)
    assert code == 0, err
    template = (park / "baselines" / "2024.yaml").read_text(encoding="utf-8")
    assert "water_per_output:" in template
    assert "万元工业产值取水量（立方米）" in template
    assert "enterprises" not in template  # the park standard's figures are not this one's
    assert "standard: water-saving-2024" in template

    filled = re.sub(r"^park:.*$", "park: 测试园区", template, flags=re.M)
    filled = filled.replace("water_per_output:", "water_per_output: 8.5").replace("leaks:", "leaks: 3")
    filled = filled.replace("reuse_rate:", "reuse_rate: 90%")
    (park / "baselines" / "2024.yaml").write_text(filled, encoding="utf-8")

    code, out, err = run("validate", *common, cwd=park)
    assert code == 0, out + err
    code, out, _ = run("check", "baselines/2024.yaml", *common, "--format", "json", "--by", "2026", cwd=park)
    assert code == 1
    rows = {c["id"]: c for c in json.loads(out)["criteria"]}
    assert rows["intensity"]["status"] == "unmet"  # 8.5 is not at most 8
    assert rows["intensity"]["gap"] == 0.5
    assert rows["intensity"]["required_per_year"] == -0.25  # a fall of 0.5 over two years
    assert rows["reuse"]["status"] == "met"  # 90% is at least 90%
    assert rows["leak_free"]["status"] == "unmet"  # 3 is not below 3
    assert rows["leak_free"]["gap_count"] == 1
    assert rows["plan"]["status"] == "unknown"
    # a cap's gap is what the figure is over it by, said so: never "short"
    code, out, _ = run("check", "baselines/2024.yaml", *common, "--by", "2026", cwd=park)
    assert "超出 0.50" in out
    code, out, _ = run("check", "baselines/2024.yaml", *common, "--by", "2026", "--lang", "en", cwd=park)
    assert "0.50 over" in out
    assert "short" not in out

    code, schema, _ = run("schema", "baseline", *common, cwd=park)
    assert code == 0
    validator = jsonschema.Draft202012Validator(json.loads(schema))
    data = json.loads(json.dumps(yaml.safe_load(filled), default=str))
    assert list(validator.iter_errors(data)) == []
    assert list(validator.iter_errors({**data, "enterprises": 3}))  # not a figure of this standard


def test_a_file_with_another_standards_figure_is_refused_with_the_nearest(park: Path) -> None:
    (park / "baselines" / "2024.yaml").write_text(
        "park: 测试园区\nyear: 2024\nreuse_rat: 90%\n", encoding="utf-8"
    )
    code, out, _ = run("validate", "--standard", "standards/water.yaml", "--lang", "en", cwd=park)
    assert code == 1
    assert "baselines/2024.yaml:3:1: error: unknown key `reuse_rat`; did you mean `reuse_rate`?" in out


def test_shipped_standards_are_listed_and_chosen_by_id(tmp_path: Path) -> None:
    code, out, _ = run("standards", "--format", "json", cwd=tmp_path)
    assert code == 0
    listed = {s["id"]: s for s in json.loads(out)}
    assert set(listed) == {"inner-mongolia-2020", "high-tech-enterprise-2016", "tech-sme-2017"}
    assert listed["high-tech-enterprise-2016"]["subject"] == "enterprise"
    assert listed["inner-mongolia-2020"]["superseded"] == {
        "by": "内政办发〔2022〕17号《内蒙古自治区高新技术产业开发区管理办法》",
        "on": "2022-02-24",
    }
    code, out, _ = run("standards", cwd=tmp_path)
    assert "high-tech-enterprise-2016  高新技术企业认定条件" in out
    assert "已于 2022-02-24 被 内政办发〔2022〕17号《内蒙古自治区高新技术产业开发区管理办法》 取代" in out


def test_an_enterprise_file_names_its_standard(tmp_path: Path) -> None:
    example = ROOT / "examples" / "enterprise" / "2022.yaml"
    for args in ([], ["--standard", "high-tech-enterprise-2016"]):
        code, out, _ = run("check", str(example), *args, "--format", "json", cwd=ROOT)
        assert code == 1
        found = json.loads(out)
        assert found["subject"] == "enterprise"
        assert found["summary"] == {"met": 7, "unmet": 2, "unknown": 0}
    code, out, _ = run("check", str(example), "--standard", "inner-mongolia-2020", cwd=ROOT)
    assert code == 2
    code, out, _ = run("validate", "examples", cwd=ROOT)
    assert code == 0, out


def test_check_notes_a_standard_superseded_before_the_figures_year_ends(tmp_path: Path) -> None:
    folder = tmp_path / "baselines"
    folder.mkdir()
    text = BASELINE_2020.read_text(encoding="utf-8").replace("year: 2020", "year: 2022")
    text = text.replace("high_tech_growth: 10%", "")
    (folder / "2022.yaml").write_text(text, encoding="utf-8")
    _, out, _ = run("check", str(folder / "2022.yaml"), "--format", "markdown", cwd=ROOT)
    assert "已于 2022-02-24 被 内政办发〔2022〕17号《内蒙古自治区高新技术产业开发区管理办法》 取代" in out
    _, out, _ = run("check", str(BASELINE_2020), "--format", "json", cwd=ROOT)
    assert json.loads(out)["notes"] == []  # 2020's figures: the 2020 standard was in force


def test_an_unknown_standard_id_lists_the_shipped_ones(tmp_path: Path) -> None:
    code, _, err = run("check", "--standard", "inner-mongolia-2022", "--lang", "en", cwd=ROOT)
    assert code == 2
    assert "`inner-mongolia-2022` for --standard is neither a file nor the id of a shipped standard" in err
    assert "high-tech-enterprise-2016, inner-mongolia-2020, tech-sme-2017" in err
    code, _, err = run("check", "--standard", "standards/missing.yaml", cwd=ROOT)
    assert code == 2
    assert "standards/missing.yaml" in err
