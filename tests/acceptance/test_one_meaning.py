"""One rule, one meaning: the same figures given to two commands get one answer, and a comparison
means the same in `check`, `project` and `plan`. Each test names the disagreement it pins."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT, CliRunner, cli

runner = CliRunner()

# A standard of caps and strict bars, written by hand: water per output at most 8, leaks at most 2
# (either will do), score above 200, a share above 20%.
CAPS = """\
id: caps-test
name: {zh: 上限与严格门槛（测试用）, en: Caps and strict bars (test only)}
source: 仅供测试
subject: park
figures:
  water: {unit: number, name: {zh: 万元产值取水量, en: Water per output}}
  leaks: {unit: count, name: {zh: 管网漏损事件, en: Pipe leaks}}
  score: {unit: number, name: {zh: 评价得分, en: Score}}
  firms: {unit: count, name: {zh: 企业数, en: Firms}}
  enterprises: {unit: count, name: {zh: 企业总数, en: Enterprises}}
  good: {unit: count, name: {zh: 优质企业数, en: Good firms}, part_of: enterprises}
dimensions:
  - id: d
    name: {zh: 指标, en: Criteria}
    criteria:
      - id: either_cap
        kind: either
        name: {zh: 用水或漏损, en: Water or leaks}
        clause: 取水强度不高于8，或漏损不多于2起
        branches:
          - {id: water_cap, kind: value, name: {zh: 取水, en: Water}, clause: 不高于8, figure: water,
             at_most: 8}
          - {id: leak_cap, kind: value, name: {zh: 漏损, en: Leaks}, clause: 不多于2起, figure: leaks,
             at_most: 2}
      - {id: score_above, kind: value, name: {zh: 得分, en: Score}, clause: 高于200, figure: score,
         above: 200}
      - {id: firms_above, kind: value, name: {zh: 企业, en: Firms}, clause: 多于200家, figure: firms,
         above: 200}
      - {id: good_share, kind: ratio, name: {zh: 优质企业占比, en: Good share}, clause: 高于20%,
         numerator: good, denominator: enterprises, above: 20%}
"""


def run(cwd: Path, *args: str) -> tuple[int, str]:
    here = Path.cwd()
    os.chdir(cwd)
    try:
        result = runner.invoke(cli, [*args, "--lang", "en"])
    finally:
        os.chdir(here)
    assert result.exception is None, result.output
    return result.exit_code, result.output


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "standards").mkdir()
    (tmp_path / "standards" / "caps.yaml").write_text(CAPS, encoding="utf-8")
    (tmp_path / "baselines").mkdir()
    return tmp_path


def year(project: Path, y: int, **figures: object) -> Path:
    lines = [f"park: 测试园区\nyear: {y}\nstandard: caps-test\n"]
    lines += [f"{k}: {v}\n" for k, v in figures.items()]
    path = project / "baselines" / f"{y}.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def criteria(output: str) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for row in json.loads(output)["criteria"]:
        found[row["id"]] = row
        found.update({b["id"]: b for b in row.get("branches", [])})
    return found


def test_an_either_of_caps_is_at_risk_when_every_branch_is_projected_over_its_cap(project: Path) -> None:
    # 2021: water 6, leaks 1; 2022: water 8, leaks 2 — both at their caps now, both rising past them
    # by 2025 (water 14, leaks 5). The either/or compared its branches with >= and called it safe.
    year(project, 2021, water=6, leaks=1)
    year(project, 2022, water=8, leaks=2)
    code, out = run(
        project, "project", "baselines", "--standard", "caps-test", "--by", "2025", "--format", "json"
    )
    rows = criteria(out)
    assert rows["water_cap"]["at_risk"] is True
    assert rows["leak_cap"]["at_risk"] is True
    assert rows["either_cap"]["at_risk"] is True


def test_a_strict_bar_on_a_count_asks_for_the_least_whole_number_past_it(project: Path) -> None:
    # 190 firms, more than 200 wanted by 2022: 201 is the least that passes, 11 in two years, 6 a year
    # (5 a year reaches 200 and still fails). Exactly at 200: unmet, 1 more.
    year(project, 2020, firms=190, score=190)
    code, out = run(project, "check", "baselines/2020.yaml", "--by", "2022", "--format", "json")
    rows = criteria(out)
    assert rows["firms_above"]["status"] == "unmet"
    assert rows["firms_above"]["required_per_year"] == 6
    assert rows["firms_above"]["gap_count"] == 11
    # A score is not whole: 5 a year reaches 200, which fails; more than 5 is needed, and said so.
    assert rows["score_above"]["required_per_year"] == 5
    assert rows["score_above"]["required_strict"] is True
    code, table = run(project, "check", "baselines/2020.yaml", "--by", "2022")
    assert ">+5" in table


def test_exactly_at_a_strict_bar_is_unmet_and_still_asks_for_a_change(project: Path) -> None:
    year(project, 2020, firms=200, score=200)
    code, out = run(project, "check", "baselines/2020.yaml", "--by", "2022", "--format", "json")
    rows = criteria(out)
    assert rows["firms_above"]["status"] == "unmet"
    assert rows["firms_above"]["gap_count"] == 1
    assert rows["firms_above"]["required_per_year"] == 1  # 201 − 200 over two years, rounded up
    assert rows["score_above"]["status"] == "unmet"
    assert rows["score_above"]["required_strict"] is True  # more than no change at all


def test_the_need_note_of_a_strict_share_counts_one_past_the_bar(project: Path) -> None:
    # above 20% of 200: 40 is exactly 20% and fails; 41 is needed.
    year(project, 2020, good=30, enterprises=200)
    code, out = run(project, "check", "baselines/2020.yaml", "--by", "2022", "--format", "json")
    row = criteria(out)["good_share"]
    assert row["gap_count"] == 11
    # with the criterion's own symbol, not "20% × 200, rounded up" (which reads as 40)
    assert any("41 needed (the least whole number >20% × 200)" in n for n in row["notes"]), row["notes"]


def test_project_asks_each_year_what_check_asks(project: Path) -> None:
    # 190 → 195 firms, more than 200 wanted by 2024: 201 − 195 in two years, 3 a year (project said
    # 2.50). Leaks 6 → 5 against at most 2: 3 fewer in two years, 2 a year. 39 good firms of 195 is
    # exactly 20%, which fails "above 20%": flat is limited progress, not deterioration.
    year(project, 2021, firms=190, leaks=6, water=9, good=38, enterprises=190)
    year(project, 2022, firms=195, leaks=5, water=9, good=39, enterprises=195)
    _, out = run(project, "check", "baselines/2022.yaml", "--by", "2024", "--format", "json")
    checked = criteria(out)
    _, out = run(
        project, "project", "baselines", "--standard", "caps-test", "--by", "2024", "--format", "json"
    )
    projected = criteria(out)
    for key, per_year in (("firms_above", 3), ("leak_cap", -2)):
        assert checked[key]["required_per_year"] == per_year
        assert projected[key]["required_per_year"] == per_year
    assert projected["good_share"]["required_strict"] is True
    assert projected["good_share"]["category"] == "limited_progress"
    assert projected["leak_cap"]["comparison"] == "at_most"


def plan(project: Path, target: str) -> None:
    (project / "plans").mkdir(exist_ok=True)
    (project / "plans" / "plan.yaml").write_text(
        "id: p\nname: {zh: 方案, en: Plan}\nsource: 测试\nstandard: caps-test\nbase_year: 2020\n"
        f"deadline: 2023\ntargets:\n{target}",
        encoding="utf-8",
    )


def test_a_plan_that_takes_a_capped_figure_past_its_cap_does_not_reach(project: Path) -> None:
    # water 6, +1 a year for three years: 9, past the cap of 8. The plan check compared with >=.
    year(project, 2020, water=6)
    plan(
        project,
        "  - {id: water, name: {zh: 取水, en: Water}, per_year: 1, at_least: 0, criterion: water_cap}\n",
    )
    code, out = run(project, "plan", "plans/plan.yaml", "--standard", "caps-test", "--format", "json")
    target = json.loads(out)["targets"][0]
    assert target["reaches"] is False
    assert code == 1


def test_a_plan_exactly_at_a_strict_bar_does_not_reach_and_a_number_target_is_a_number(project: Path) -> None:
    # score 194 + 2 a year = 200 in 2023: exactly the bar of "above 200", which fails. The plan check
    # ignored a value criterion, and asked for the score's increment as a percentage.
    year(project, 2020, score=194)
    plan(
        project,
        "  - {id: score, name: {zh: 得分, en: Score}, per_year: 2, at_least: 0, criterion: score_above}\n",
    )
    code, out = run(project, "plan", "plans/plan.yaml", "--standard", "caps-test", "--format", "json")
    target = json.loads(out)["targets"][0]
    assert (target["standard"], target["reaches"]) == (200, False)
    plan(
        project,
        "  - {id: score, name: {zh: 得分, en: Score}, per_year: 2.5, at_least: 0, criterion: score_above}\n",
    )
    code, out = run(project, "validate", "plans/plan.yaml", "--standard", "standards/caps.yaml")
    assert code == 0, out
    code, out = run(project, "plan", "plans/plan.yaml", "--standard", "caps-test", "--format", "json")
    assert json.loads(out)["targets"][0]["reaches"] is True  # 194 + 7.5 = 201.5 > 200


def test_a_plan_may_lower_a_capped_figure_and_is_ahead_below_its_path(project: Path) -> None:
    # Leaks 6 in 2020, at most 2 wanted (a branch of the either/or): −2 a year gives 0 by 2023, which
    # reaches; a negative increment is refused only where nothing caps the figure. In 2021, 3 leaks
    # against a planned 4 is ahead of the path, not behind it.
    year(project, 2020, leaks=6)
    year(project, 2021, leaks=3)
    plan(
        project,
        "  - {id: leaks, name: {zh: 漏损, en: Leaks}, per_year: -2, at_least: 0, criterion: either_cap}\n",
    )
    code, out = run(project, "validate", "plans/plan.yaml", "--standard", "standards/caps.yaml")
    assert code == 0, out
    code, out = run(project, "plan", "plans/plan.yaml", "--standard", "caps-test", "--format", "json")
    target = json.loads(out)["targets"][0]
    assert (target["standard"], target["comparison"], target["reaches"]) == (2, "at_most", True)
    code, table = run(project, "plan", "plans/plan.yaml", "--standard", "caps-test")
    assert "ahead" in table
    assert "behind" not in table
    plan(
        project,
        "  - {id: firms, name: {zh: 企业, en: Firms}, per_year: -2, at_least: 0, criterion: firms_above}\n",
    )
    code, out = run(project, "validate", "plans/plan.yaml", "--standard", "standards/caps.yaml")
    assert code == 1
    assert "cannot be negative" in out


@pytest.mark.parametrize("key", ["reported", "model_config", "_hidden", "figure", "subject_name"])
def test_a_figure_named_as_the_model_answers_is_refused_by_validate_and_check(
    project: Path, key: str
) -> None:
    line = f"  {key}: {{unit: count, name: {{zh: 数字, en: Figure}}}}\n"
    text = CAPS.replace("figures:\n", "figures:\n" + line)
    (project / "standards" / "caps.yaml").write_text(text, encoding="utf-8")
    year(project, 2020, firms=1)
    code, out = run(project, "validate", "standards/caps.yaml")
    assert code == 1, out
    assert f"`{key}`" in out, out
    code, out = run(project, "check", "baselines/2020.yaml", "--standard", "standards/caps.yaml")
    assert code == 2, out
    assert "internal error" not in out, out
    assert f"`{key}`" in out, out


BROKEN = {
    "cycle": (
        CAPS.replace("{zh: 企业总数, en: Enterprises}}", "{zh: 企业总数, en: Enterprises}, part_of: good}"),
        "circle",
    ),
    "nested": (
        CAPS.replace("denominator: enterprises, above: 20%", "denominator: firms, nested: true, above: 20%"),
        "nested",
    ),
    "count against a table of percentages": (
        CAPS.replace(
            "figure: firms,\n         above: 200}", "figure: firms,\n         above: {reference: t}}"
        )
        + "references:\n  t:\n    name: {zh: 表, en: Table}\n    default_series: s\n"
        "    series: {s: {name: {zh: 系列, en: Series}}}\n    values: {2020: {s: {value: 2%, source: x}}}\n",
        "must be a number",
    ),
    "empty table": (
        CAPS + "references:\n  t:\n    name: {zh: 表, en: Table}\n    default_series: s\n"
        "    series: {s: {name: {zh: 系列, en: Series}}}\n    values: {}\n",
        "values",
    ),
    "empty year": (
        CAPS + "references:\n  t:\n    name: {zh: 表, en: Table}\n    default_series: s\n"
        "    series: {s: {name: {zh: 系列, en: Series}}}\n    values: {2020: {}}\n",
        "needs at least 1",
    ),
    "nothing counted": (
        CAPS[: CAPS.index("      - id: either_cap")]
        + "      - {id: q, kind: qualitative, name: {zh: 鼓励, en: Encouraged}, clause: 鼓励,\n"
        "         encouraged: true}\n",
        "counts towards the verdict",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_standard_validate_passes_never_crashes_check(project: Path, case: str) -> None:
    text, said = BROKEN[case]
    (project / "standards" / "caps.yaml").write_text(text, encoding="utf-8")
    year(project, 2020, firms=1, enterprises=10, good=1)
    code, out = run(project, "validate", "standards/caps.yaml")
    assert code == 1, out
    assert said in out, out
    code, check = run(project, "check", "baselines/2020.yaml", "--standard", "standards/caps.yaml")
    assert code == 2, check
    assert "internal error" not in check, check
    assert said in check, check


def test_an_overlap_not_declared_part_of_its_parts_is_refused_in_the_standard(tmp_path: Path) -> None:
    # A standard whose overlap is not part of both parts let a figures file hold 7 enterprises in both
    # of a set of 5. The standard is refused, by validate and check alike, at the overlap.
    shipped = (ROOT / "standards" / "inner-mongolia-2020.yaml").read_text(encoding="utf-8")
    (tmp_path / "standards").mkdir()
    text = shipped.replace("    part_of: [high_tech_enterprises, tech_smes]\n", "")
    (tmp_path / "standards" / "own.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "2020.yaml").write_text("park: 测试园区\nyear: 2020\n", encoding="utf-8")
    said = "the overlap `tech_smes_also_high_tech` must be part of both parts"
    code, out = run(tmp_path, "validate", "standards/own.yaml")
    assert code == 1, out
    assert said in out
    code, out = run(tmp_path, "check", "2020.yaml", "--standard", "standards/own.yaml")
    assert code == 2, out
    assert said in out


SHIPPED = (ROOT / "standards" / "inner-mongolia-2020.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # `reported:` on a value was accepted and read by nothing
        (CAPS.replace("figure: water,\n", "figure: water, reported: water,\n"), "unknown key `reported`"),
        # two parts that are one figure counted every enterprise twice
        (
            SHIPPED.replace("parts: [high_tech_enterprises, tech_smes]", "parts: [tech_smes, tech_smes]"),
            "both parts",
        ),
    ],
)
def test_a_key_a_kind_does_not_read_is_refused_not_ignored(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "own.yaml"
    path.write_text(text, encoding="utf-8")
    code, out = run(tmp_path, "validate", "own.yaml")
    assert code == 1, out
    assert said in out


def test_a_report_renders_the_same_whatever_was_evaluated_after_it() -> None:
    # Names reached the renderers through a context variable that evaluation set and never reset.
    from zone_gap.analysis.engine import evaluate
    from zone_gap.i18n import Lang
    from zone_gap.render import Format, render
    from zone_gap.standard.baseline import load_baseline
    from zone_gap.standard.model import load_standard

    park = load_standard(ROOT / "standards" / "inner-mongolia-2020.yaml")
    firm = load_standard(ROOT / "standards" / "high-tech-enterprise-2016.yaml")
    report = evaluate(park, load_baseline(ROOT / "baselines" / "2020.yaml", park)[0], deadline=2023)
    first = render(report, Format.MARKDOWN, Lang.EN)
    evaluate(firm, load_baseline(ROOT / "examples" / "enterprise" / "2022.yaml", firm)[0], deadline=2022)
    assert render(report, Format.MARKDOWN, Lang.EN) == first
    assert "High-tech enterprises in the league/city (`city_high_tech_enterprises`)" in first
