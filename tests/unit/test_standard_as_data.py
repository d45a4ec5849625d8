"""A standard is data: its figures, comparisons, tiers and nested shares, worked by hand.

The hand-worked cases, from the high-tech enterprise criteria (国科发火〔2016〕32号 Art. 11):
- R&D expense 2,950 of sales 76,000 万元 is 3.88%; latest sales 18,000 万元 (1.8亿元) falls in the
  "≤ 2亿元" band, so the bar is 4%, not 5% or 3%: unmet, 0.12 points short, the numerator 90 万元
  short (4% × 76,000 = 3,040). With latest sales of exactly 5,000 the band "≤ 5,000 (含)" holds: 5%.
- The innovation score must be above 70 (不含70分): 70 fails, 70.5 passes.
"""

from __future__ import annotations

from fractions import Fraction as F
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT
from zone_gap.analysis.engine import evaluate
from zone_gap.figures.comparison import Comparison
from zone_gap.i18n import Lang
from zone_gap.io.document import parse_document
from zone_gap.io.problem import InputError
from zone_gap.maths.growth import count_to_reach, required_cagr, required_per_year, whole_gap
from zone_gap.maths.result import Bounds, Status
from zone_gap.standard.model import Standard, check_standard, load_standard

ENTERPRISE = ROOT / "standards" / "high-tech-enterprise-2016.yaml"


@pytest.fixture(scope="module")
def enterprise() -> Standard:
    return load_standard(ENTERPRISE)


def _firm(standard: Standard, **figures: object):  # type: ignore[no-untyped-def]
    return standard.figures_model.model_validate({"enterprise": "甲公司", "year": 2022, **figures})


def _row(standard: Standard, criterion: str, **figures: object):  # type: ignore[no-untyped-def]
    return evaluate(standard, _firm(standard, **figures), deadline=2023).by_id()[criterion]


def test_tiers_hold_an_enterprise_of_1_8_yi_to_4_percent(enterprise: Standard) -> None:
    row = _row(enterprise, "rd_expense_share", rd_expense_3y=2950, sales_revenue_3y=76000, latest_sales=18000)
    assert row.threshold == F(4, 100)
    assert row.status is Status.UNMET
    assert row.gap == F(4, 100) - F(2950, 76000)
    assert row.gap_amount == 90


@pytest.mark.parametrize(
    ("latest_sales", "bar"), [(4999, 5), (5000, 5), (5001, 4), (20000, 4), (20001, 3), (900000, 3)]
)
def test_tier_bounds_include_their_number(enterprise: Standard, latest_sales: int, bar: int) -> None:
    row = _row(enterprise, "rd_expense_share", rd_expense_share="4.5%", latest_sales=latest_sales)
    assert row.threshold == F(bar, 100)
    assert row.status is (Status.MET if bar <= 4 else Status.UNMET)


def test_an_unknown_tier_figure_decides_only_where_every_band_agrees(enterprise: Standard) -> None:
    assert _row(enterprise, "rd_expense_share", rd_expense_share="6%").status is Status.MET  # ≥ 5, 4, 3
    assert _row(enterprise, "rd_expense_share", rd_expense_share="2%").status is Status.UNMET  # < all
    unsure = _row(enterprise, "rd_expense_share", rd_expense_share="4.5%")
    assert unsure.status is Status.UNKNOWN
    assert "latest_sales" in [n.key for n in unsure.supply]


@pytest.mark.parametrize(
    ("score", "status", "gap"), [(70, Status.UNMET, 1), (71, Status.MET, 0), (69, Status.UNMET, 2)]
)
def test_innovation_score_must_be_above_70(
    enterprise: Standard, score: int, status: Status, gap: int
) -> None:
    # "70分以上（不含70分）", scored in whole points: 71 is the least passing score
    row = _row(enterprise, "innovation_score", innovation_score=score)
    assert (row.status, row.gap) == (status, gap)
    assert row.comparison is Comparison.ABOVE


def test_the_example_enterprise_is_judged_as_worked_by_hand(enterprise: Standard) -> None:
    from zone_gap.standard.baseline import load_baseline

    firm, _ = load_baseline(ROOT / "examples" / "enterprise" / "2022.yaml", enterprise)
    rows = evaluate(enterprise, firm, deadline=2023).by_id()
    assert {k: r.status for k, r in rows.items()} == {
        "registered_one_year": Status.MET,
        "core_ip": Status.MET,
        "supported_field": Status.MET,
        "no_major_accident": Status.MET,
        "tech_staff_share": Status.MET,  # 24 / 210 = 11.43% ≥ 10%
        "rd_expense_share": Status.UNMET,  # 3.88% < 4%
        "rd_in_china": Status.MET,
        "high_tech_income_share": Status.MET,  # 11,900 / 19,000 = 62.63% ≥ 60%
        "innovation_score": Status.UNMET,  # 70 is not above 70
    }


def test_nested_share_solves_with_the_denominator_growing_too() -> None:
    # 15 of 230 at 25%: (15 + x) / (230 + x) ≥ 1/4 ⇔ x ≥ (57.5 − 15) / 0.75 = 56.67 → 57, not 43
    assert count_to_reach(F(15), F(230), F(1, 4), nested=True) == 57
    assert count_to_reach(F(15), F(230), F(1, 4), nested=False) == 43
    # at today's denominator of 232, 15 + 43 = 58 is exactly 25%: enough for "at least", one short
    # of "above"
    assert count_to_reach(F(15), F(232), F(1, 4), nested=False) == 43
    assert count_to_reach(F(15), F(232), F(1, 4), nested=False, strict=True) == 44


@pytest.mark.parametrize(
    ("comparison", "value", "threshold", "status"),
    [
        (Comparison.AT_LEAST, 200, 200, Status.MET),
        (Comparison.AT_LEAST, 199, 200, Status.UNMET),
        (Comparison.ABOVE, 200, 200, Status.UNMET),
        (Comparison.ABOVE, 201, 200, Status.MET),
        (Comparison.AT_MOST, 5, 5, Status.MET),
        (Comparison.AT_MOST, 6, 5, Status.UNMET),
        (Comparison.BELOW, 5, 5, Status.UNMET),
        (Comparison.BELOW, 4, 5, Status.MET),
    ],
)
def test_each_comparison_by_hand(comparison: Comparison, value: int, threshold: int, status: Status) -> None:
    assert Bounds.exact(F(value)).status(F(threshold), comparison) is status


def test_a_figure_that_must_fall_shows_the_fall_needed() -> None:
    # 12 accidents, at most 3 within 3 years: −3 a year; rate (3/12)^(1/3) − 1 = −37.0%
    assert required_per_year(F(12), F(3), F(3), whole=True, rising=False) == -3
    assert required_cagr(F(12), F(3), F(3), rising=False) == pytest.approx(-0.370039, abs=1e-6)
    assert required_per_year(F(2), F(3), F(3), whole=True, rising=False) == 0
    assert whole_gap(F(5), F(5), rising=False, strict=True) == 1  # below 5: from 5, one fewer
    assert whole_gap(F(38), F(40), rising=True, strict=False) == 2


fractions = st.fractions(min_value=-1000, max_value=1000)


@given(low=fractions, high=fractions, threshold=fractions, comparison=st.sampled_from(list(Comparison)))
def test_every_comparison_is_monotone(low: F, high: F, threshold: F, comparison: Comparison) -> None:
    """Raising a figure never turns at_least/above from met to unmet; lowering it never turns
    at_most/below from met to unmet (and bounds that narrow never lose a verdict)."""
    low, high = min(low, high), max(low, high)
    before, after = (low, high) if comparison.rising else (high, low)
    if Bounds.exact(before).status(threshold, comparison) is Status.MET:
        assert Bounds.exact(after).status(threshold, comparison) is Status.MET
    wide = Bounds(low, high).status(threshold, comparison)
    if wide is not Status.UNKNOWN:
        assert Bounds.exact(low).status(threshold, comparison) is wide
        assert Bounds.exact(high).status(threshold, comparison) is wide


@given(a=st.integers(0, 500), b=st.integers(0, 500), c=st.integers(0, 500))
def test_value_criteria_are_monotone_through_the_engine(enterprise: Standard, a: int, b: int, c: int) -> None:
    def score(v: int) -> Status:
        return _row(enterprise, "innovation_score", innovation_score=v).status

    def share(v: int) -> Status:
        figures = {"rd_expense_3y": v, "sales_revenue_3y": 1000 + c, "latest_sales": c * 100}
        return _row(enterprise, "rd_expense_share", **figures).status

    low, high = min(a, b), max(a, b)
    for status_of in (score, share):
        if status_of(low) is Status.MET:
            assert status_of(high) is Status.MET


def _standard(text: str) -> Standard:
    return check_standard(parse_document(text, "std.yaml", []))


BAD = """\
id: t
name: {zh: 测试, en: Test}
source: 测试
figures:
  score: {unit: number, name: {zh: 得分, en: Score}}
  share: {unit: share, name: {zh: 占比, en: Share}, part_of: scor}
dimensions:
  - id: d
    name: {zh: 维度, en: D}
    criteria:
      - {id: a, kind: value, name: {zh: 甲, en: A}, clause: 甲, figure: scroe, at_least: 1}
      - {id: b, kind: value, name: {zh: 乙, en: B}, clause: 乙, figure: score, at_least: 60%}
      - {id: c, kind: value, name: {zh: 丙, en: C}, clause: 丙, figure: score, at_most: 5}
      - id: e
        kind: value
        name: {zh: 戊, en: E}
        clause: 戊
        figure: share
        at_least: {tiers: {by: score, bands: [{up_to: 50, value: 5%}, {up_to: 40, value: 4%}, {value: 3%}]}}
"""


def test_a_broken_standard_is_refused_at_each_place() -> None:
    with pytest.raises(InputError) as caught:
        _standard(BAD)
    found = {(p.position.line, p.message.key) for p in caught.value.problems if p.position}
    assert (6, "figure_undeclared") in found  # part_of: scor
    assert (11, "figure_undeclared") in found  # figure: scroe, with the nearest
    assert (12, "threshold_number") in found  # 60% for a number
    assert (19, "tiers_order") in found  # 40 after 50
    hint = next(p for p in caught.value.problems if p.position and p.position.line == 11).message
    assert hint.params["hint"].params["suggestion"] == "score"


def test_exactly_one_comparison_per_criterion() -> None:
    for line in ("at_least: 1, below: 5", "clause: 丙"):
        text = BAD.replace("at_most: 5", line if line != "clause: 丙" else "").replace(", }", "}")
        with pytest.raises(InputError) as caught:
            _standard(text)
        problems = caught.value.problems
        assert [(p.position.line if p.position else None, p.message.key) for p in problems] == [
            (13, "criterion_comparisons")
        ]
        assert "at_least, above, at_most, below" in problems[0].message.render(Lang.ZH)


def test_shipped_standards_load(tmp_path: Path) -> None:
    assert load_standard(ENTERPRISE).subject == "enterprise"
    assert len(load_standard(ROOT / "standards" / "inner-mongolia-2020.yaml").figures) == 17
