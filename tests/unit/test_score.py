"""The score kind, worked by hand: whole scores against a strict bar, ranges experts pick within,
typed marks held to their part, and a standard's bands checked where they are written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, CliRunner, cli
from zone_gap.analysis.engine import evaluate
from zone_gap.i18n import Lang
from zone_gap.io.document import parse_document
from zone_gap.io.problem import InputError
from zone_gap.maths.result import Result, Status
from zone_gap.standard.baseline import read_baseline
from zone_gap.standard.model import Standard, check_standard

runner = CliRunner()

# Innovation score as the high-tech guideline words it: "70分以上（不含70分）", whole points; three typed
# parts (IP 0–30, conversion 0–30, management 0–20) and growth from bands over a rate, two of which
# give a range experts pick within.
STANDARD = """\
id: score-test
name: {zh: 评分（测试用）, en: Score (test only)}
source: 仅供测试
subject: enterprise
figures:
  ip_score: {unit: number, name: {zh: 知识产权得分, en: IP score}}
  conversion_score: {unit: number, name: {zh: 成果转化得分, en: Conversion score}}
  management_score: {unit: number, name: {zh: 研发管理得分, en: Management score}}
  growth_rate: {unit: rate, name: {zh: 成长率, en: Growth rate}}
dimensions:
  - id: d
    name: {zh: 评分, en: Score}
    criteria:
      - id: innovation
        kind: score
        name: {zh: 创新能力评价, en: Innovation}
        clause: 综合得分达到70分以上（不含70分）
        above: 70
        parts:
          - {id: ip, name: {zh: 知识产权, en: IP}, max: 30, typed: ip_score}
          - {id: conversion, name: {zh: 成果转化, en: Conversion}, max: 30, typed: conversion_score}
          - {id: management, name: {zh: 研发管理, en: Management}, max: 20, typed: management_score}
          - id: growth
            name: {zh: 成长性, en: Growth}
            max: 20
            figure: growth_rate
            bands:
              - {at_least: 35%, points: [18, 20]}
              - {at_least: 15%, points: [10, 12]}
              - {points: 0}
"""


@pytest.fixture(scope="module")
def standard() -> Standard:
    return check_standard(parse_document(STANDARD, "score.yaml"))


def _row(standard: Standard, **figures: object) -> Result:
    text = "enterprise: 甲\nyear: 2022\n" + "".join(f"{k}: {v}\n" for k, v in figures.items())
    baseline = read_baseline(parse_document(text, "2022.yaml"), standard)
    return evaluate(standard, baseline, deadline=2022).by_id()["innovation"]


@pytest.mark.parametrize(
    ("conversion", "management", "total", "status", "gap"),
    [
        (29, 10, 69, Status.UNMET, 2),  # 71 is the least passing score: 2 short
        (30, 10, 70, Status.UNMET, 1),  # exactly the bar fails "above 70": 1 short
        (30, 11, 71, Status.MET, 0),  # met: nothing short
    ],
)
def test_a_strict_whole_bar_counts_from_the_least_passing_score(
    standard: Standard, conversion: int, management: int, total: int, status: Status, gap: int
) -> None:
    # IP 30 + conversion + management + growth 0% (0 points)
    row = _row(
        standard, ip_score=30, conversion_score=conversion, management_score=management, growth_rate="0%"
    )
    assert (row.status, row.actual.value if row.actual else None, row.gap) == (status, total, gap)


@pytest.mark.parametrize(
    ("management", "low", "high", "status"),
    [
        (8, 68, 70, Status.UNMET),  # the greatest, 70, fails: unmet whatever the experts pick
        (10, 70, 72, Status.UNKNOWN),  # 70 fails, 72 passes: the experts' pick decides
        (11, 71, 73, Status.MET),  # the least, 71, passes
    ],
)
def test_a_range_experts_pick_within_is_three_valued(
    standard: Standard, management: int, low: int, high: int, status: Status
) -> None:
    # IP 30 + conversion 20 + management + growth 20% (10 to 12 points)
    row = _row(standard, ip_score=30, conversion_score=20, management_score=management, growth_rate="20%")
    assert row.actual is not None
    assert (row.actual.low, row.actual.high, row.status) == (low, high, status)


def test_a_missing_mark_is_a_range_never_zero(standard: Standard) -> None:
    # conversion not given: 0 to 30. 30 + (0 to 30) + 20 + (18 to 20) = 68–100: unknown, supply it.
    row = _row(standard, ip_score=30, management_score=20, growth_rate="40%")
    assert row.actual is not None
    assert (row.status, row.actual.low, row.actual.high) == (Status.UNKNOWN, 68, 100)
    assert [n.key for n in row.supply] == ["conversion_score"]
    # 30 + (0 to 30) + 10 + 0 = 40–70: even the greatest fails, so unmet though a mark is missing
    row = _row(standard, ip_score=30, management_score=10, growth_rate="0%")
    assert (row.status, row.gap) == (Status.UNMET, 1)


@pytest.mark.parametrize(("value", "said"), [("20.5", "whole numbers"), ("31", "between 0 and 30")])
def test_a_typed_mark_is_whole_and_within_its_part(standard: Standard, value: str, said: str) -> None:
    text = f"enterprise: 甲\nyear: 2022\nip_score: {value}\n"
    with pytest.raises(InputError) as raised:
        read_baseline(parse_document(text, "2022.yaml"), standard)
    assert [p.position.line for p in raised.value.problems if p.position] == [3]
    assert said in raised.value.problems[0].message.render(Lang.EN)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("{at_least: 15%, points: [10, 12]}", "{at_least: 45%, points: [10, 12]}", "from the highest down"),
        ("- {points: 0}", "- {at_least: 5%, points: 0}", "the last band has no edge"),
        ("points: [18, 20]", "points: [18, 24]", "from 0 to the part's maximum of 20"),
        ("points: [18, 20]", "points: [20, 18]", "low to high"),
        ("{at_least: 15%, points: [10, 12]}", "{at_least: 15, points: [10, 12]}", "percentage"),
        ("typed: ip_score}", "typed: ip_score, figure: growth_rate}", "exactly one of"),
        ("above: 70", "above: 100", "at most 100 points"),
    ],
)
def test_a_standards_bands_are_checked_where_they_are_written(
    tmp_path: Path, old: str, new: str, said: str
) -> None:
    assert old in STANDARD
    path = tmp_path / "score.yaml"
    path.write_text(STANDARD.replace(old, new, 1), encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert said in result.output


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # a bar on a part with no edge passed validate and crashed check
        (
            "        above: 70\n",
            "        above: 70\n        require: [{part: ip}]\n",
            "exactly one of `at_least` or `above`",
        ),
        # a bar no part can meet
        (
            "        above: 70\n",
            "        above: 70\n        require: [{part: ip, above: 30}]\n",
            "at most 30 points",
        ),
        # two parts of one id: the bar went to the wrong one
        ("{id: conversion,", "{id: ip,", "the part id `ip` is used twice"),
        # a full-width percent sign in a band inside a group crashed both commands
        ("{at_least: 35%, points: [18, 20]}", "{at_least: 35％, points: [18, 20]}", "35％"),
    ],
)
def test_a_score_written_wrong_is_refused_by_validate_and_check(
    tmp_path: Path, old: str, new: str, said: str
) -> None:
    path = tmp_path / "score.yaml"
    path.write_text(STANDARD.replace(old, new, 1), encoding="utf-8")
    figures = tmp_path / "2022.yaml"
    figures.write_text("enterprise: 甲\nyear: 2022\nip_score: 20\n", encoding="utf-8")
    for args in (["validate", str(path)], ["check", str(figures), "--standard", str(path)]):
        result = runner.invoke(cli, [*args, "--lang", "en"])
        assert result.exit_code in (1, 2), result.output
        assert "internal error" not in result.output
        assert said in result.output


def test_a_full_width_sign_inside_a_group_member_is_located(tmp_path: Path) -> None:
    # 30％ in the staff band of tech-sme-2017 (inside `qualifies.of`) crashed both commands
    shipped = (Path(__file__).resolve().parents[2] / "standards" / "tech-sme-2017.yaml").read_text(
        encoding="utf-8"
    )
    path = tmp_path / "sme.yaml"
    path.write_text(
        shipped.replace("{at_least: 30%, points: 20}", "{at_least: 30％, points: 20}", 1), encoding="utf-8"
    )
    result = runner.invoke(cli, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output
    assert "30％" in result.output


def test_a_bar_on_a_nested_part_is_asked() -> None:
    # The high-tech score with a bar on a sub-part of growth (sales growth at least 5 points): was
    # accepted and never asked. Net assets 100 → 150 → 225: 50% → 9–10; sales 100 → 100 → 90:
    # ½(1 + 0.9) − 1 = −5% → 0. 30 + 30 + 20 + 9–10 + 0 = 89–90 passes "above 70", but the bar fails.
    shipped = (ROOT / "standards" / "high-tech-enterprise-2016.yaml").read_text(encoding="utf-8")
    bar = "        typed: innovation_score\n        require: [{part: sales_growth, at_least: 5}]\n"
    text = shipped.replace("        typed: innovation_score\n", bar, 1)
    standard = check_standard(parse_document(text, "hte.yaml"))
    figures = (
        "enterprise: 甲\nyear: 2022\nip_score: 30\nconversion_score: 30\nmanagement_score: 20\n"
        "net_assets_1: 100\nnet_assets_2: 150\nnet_assets_3: 225\nsales_1: 100\nsales_2: 100\nsales_3: 90\n"
    )
    baseline = read_baseline(parse_document(figures, "2022.yaml"), standard)
    row = evaluate(standard, baseline, deadline=2022).by_id()["innovation_score"]
    assert row.actual is not None
    assert (row.status, row.actual.low, row.actual.high, row.gap) == (Status.UNMET, 89, 90, None)


def test_a_bar_the_bands_cannot_reach_is_refused(tmp_path: Path) -> None:
    # growth's bands give at most 12 once the top band is lowered: 30 + 30 + 20 + 12 = 92 < "above 95"
    text = STANDARD.replace("points: [18, 20]", "points: [9, 12]").replace("above: 70", "above: 95")
    path = tmp_path / "score.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "at most 92 points" in result.output
