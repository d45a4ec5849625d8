"""The notice's plan, checked by hand.

Base 2020 (the notice's figures), deadline 2023: three years of increments.
- enterprises       162 + 3 × 13 = 201 ≥ 200: reaches; enough a year ⌈38 / 3⌉ = 13.
- high-tech         9 + 3 × 10 = 39 < 40: one short; enough ⌈31 / 3⌉ = 11. Its growth on the path
                    (19/9 − 1 = 111.1%, 29/19 − 1 = 52.6%, 39/29 − 1 = 34.5%) is ≥ 30% every year.
- R&D intensity     1% + 3 × 0.5 = 2.5% < 2.65% (the 2023 national average as published): 0.15 pp short;
                    enough (2.65 − 1) / 3 = 0.55 pp a year.
- institutions      3 + 3 × 3 = 12 ≥ 10: reaches; enough ⌈7 / 3⌉ = 3.
So the plan does not add up.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from tests.conftest import BASELINE_2020, ROOT, make_baseline
from zone_gap.analysis.plan_check import PlanReport, TargetCheck, check_plan
from zone_gap.io.problem import InputError
from zone_gap.standard.baseline import load_baseline
from zone_gap.standard.model import Standard
from zone_gap.standard.plan import Plan, leads, load_plan

F = Fraction
PLAN = ROOT / "plans" / "kundulun-2021.yaml"


@pytest.fixture(scope="module")
def plan(standard: Standard) -> Plan:
    return load_plan(PLAN, standard)


@pytest.fixture(scope="module")
def report(plan: Plan, standard: Standard) -> PlanReport:
    return check_plan(plan, standard, [load_baseline(BASELINE_2020, standard)[0]])


def target(report: PlanReport, key: str) -> TargetCheck:
    return next(t for t in report.targets if t.id == key)


def test_enterprises_reach(report: PlanReport) -> None:
    row = target(report, "enterprises")
    assert [s.planned for s in row.path] == [175, 188, 201]
    assert (row.reaches, row.shortfall, row.enough_per_year) == (True, None, 13)


def test_high_tech_enterprises_fall_one_short(report: PlanReport) -> None:
    row = target(report, "high_tech_enterprises")
    assert (row.planned, row.target, row.reaches, row.shortfall, row.enough_per_year) == (
        39,
        40,
        False,
        1,
        11,
    )
    [growth] = [n for n in row.notes if n.key == "plan_growth"]
    assert growth.params["rates"] == "2021: 111.1% → 2022: 52.6% → 2023: 34.5%"


def test_rd_intensity_falls_short_of_the_national_average(report: PlanReport) -> None:
    row = target(report, "rd_intensity")
    assert row.planned == F(25, 1000)
    assert row.target == row.standard == F(265, 10000)
    assert (row.reaches, row.shortfall, row.enough_per_year) == (False, F(15, 10000), F(55, 10000))


def test_institutions_reach(report: PlanReport) -> None:
    row = target(report, "rd_institutions")
    assert (row.planned, row.reaches, row.enough_per_year) == (12, True, 3)


def test_plan_does_not_add_up(report: PlanReport) -> None:
    assert not report.adds_up


def test_actual_against_the_planned_path(plan: Plan, standard: Standard) -> None:
    baselines = [
        load_baseline(BASELINE_2020, standard)[0],
        make_baseline(year=2021, enterprises=170, high_tech_enterprises=15),
    ]
    report = check_plan(plan, standard, baselines)
    [enterprises] = target(report, "enterprises").actual
    assert (enterprises.planned, enterprises.actual, enterprises.difference) == (175, 170, -5)
    [high_tech] = target(report, "high_tech_enterprises").actual
    assert high_tech.difference == -4


def test_without_a_base_year_the_plan_is_unknown(plan: Plan, standard: Standard) -> None:
    report = check_plan(plan, standard, [])
    assert all(t.reaches is None for t in report.targets)
    assert not report.adds_up


def test_the_notices_task_table(plan: Plan) -> None:
    assert len(plan.tasks) == 10
    assert all(str(t.due) == "2023-09-30" for t in plan.tasks)
    by_criterion = leads(plan)
    assert {lead.department for lead in by_criterion["enterprise_count"]} == {
        "包头金属深加工园区管委会",
        "区工信局",
        "区商务局",
    }
    assert [lead.task.number for lead in by_criterion["rd_intensity"]] == [2]
    assert "management_committee" not in by_criterion  # no task makes it a league/city agency


def test_a_task_serving_an_unknown_criterion_is_located(standard: Standard, tmp_path: Path) -> None:
    text = PLAN.read_text(encoding="utf-8").replace(
        "serves: [enterprise_count, industry_chain]", "serves: [enterprise_cont, industry_chain]"
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_plan(path, standard)
    [problem] = raised.value.problems
    assert problem.message.key == "unknown_criterion"
    assert problem.message.params["key"] == "enterprise_cont"
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "enterprise_cont" in s)
    assert problem.position is not None
    assert problem.position.line == line
