"""The certificate pipeline on a roster worked by hand.

The roster is for 2020; the deadline is the plan's, 2023. A certificate's last valid day is the
third anniversary of its issue date (the issue day is not counted, 民法典 Art. 201; a 29 February
with no match ends on 28 February, Art. 202); it counts at a year end only if valid on 31 December.

| row | enterprise | issued     | last valid day | in the park at the end of 2020?            |
|-----|------------|------------|----------------|--------------------------------------------|
| 2   | 甲 A       | 2018-03-15 | 2021-03-15     | yes                                        |
| 3   | 乙 B       | 2018-12-30 | 2021-12-30     | yes                                        |
| 4   | 丙 C       | 2018-12-31 | 2021-12-31     | yes                                        |
| 5   | 丁 D       | 2020-02-29 | 2023-02-28     | yes (29 Feb: 2023 has none, so 28 Feb)     |
| 6   | 戊 E       | 2020-11-20 | 2023-11-20     | yes                                        |
| 7   | 己 F       | 2020-12-30 | 2023-12-30     | yes                                        |
| 8   | 庚 G       | 2017-12-30 | 2020-12-30     | yes, but lapsed the day before year end    |
| 9   | 辛 H       | 2019-06-01 | 2022-05-31     | no: left 2020-10-01                        |
| 10  | 壬 J       | 2019-07-01 | 2022-06-30     | no: entered 2021-03-01                     |

Held at the end of 2020: A B C D E F = 6. All six lapse before the end of 2023, in the order A, B, C,
D, E, F. Still valid with no renewal: 2020 6; 2021 4 (C D E F: A and B lapse in 2021, B on 30 Dec);
2022 3 (D E F: C's last day is 31 Dec 2021); 2023 0 (F's last day is 30 Dec 2023).
Lapsing in the year: 2021 2, 2022 1, 2023 3.

The plan's target, 40 by 2023, at least 10 more a year, the rest spread evenly over the years left:
- 2021: max(10, ⌈(40 − 6) / 3⌉ = 12) = 12 → 18; bring 12 + 2 lapsing = 14, of which new ≥ 12.
- 2022: max(10, ⌈(40 − 18) / 2⌉ = 11) = 11 → 29; bring 11 + 1 = 12, new ≥ 11.
- 2023: max(10, ⌈(40 − 29) / 1⌉ = 11) = 11 → 40; bring 11 + 3 = 14, new ≥ 11.

The standard's 30% growth, each year end at least ⌈last × 1.3⌉:
- 2021: ⌈6 × 1.3⌉ = ⌈7.8⌉ = 8; bring 2 + 2 = 4, new ≥ 2.
- 2022: ⌈8 × 1.3⌉ = ⌈10.4⌉ = 11; bring 3 + 1 = 4, new ≥ 3.
- 2023: ⌈11 × 1.3⌉ = ⌈14.3⌉ = 15; bring 4 + 3 = 7, new ≥ 4.
- to 2024: ⌈15 × 1.3⌉ = ⌈19.5⌉ = 20; the 4 granted in 2021 lapse in 2024: bring 5 + 4 = 9, new ≥ 5.

Candidates (in the park, in the roster's order):
- 子 K, tech-based SME, no certificate: every condition met exactly at its bar (10% S&T staff, 5% R&D
  with latest sales 5,000 万元 — the 5% band includes 5,000 —, 60% in China, 60% high-tech revenue),
  score 71 > 70: met.
- 丑 L, tech-based SME: R&D 160 of 5,000 = 3.2% < 5% (latest sales 2,000): 5% × 5,000 − 160 = 90 万元
  short; score 70 is not above 70: unmet, two gaps.
- 寅 M, not an SME, carries figures: R&D 3.2% meets the 3% band but not 4% or 5%, and latest sales is
  blank: unknown, supply `latest_sales`.
- 卯 Q, tech-based SME: 8 S&T staff of 100: 10 needed, 2 short: unmet.
- 丁 D holds a certificate and its row carries a score: a candidate for renewal, unknown.
- 辰 O, tech-based SME, no figures: unknown, the roster gives none.
- 巳 N (SME with a valid certificate, no figures) and 午 P (SME, left the park) are not candidates.
"""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT
from zone_gap.i18n import Lang
from zone_gap.maths.result import Status
from zone_gap.render import Format
from zone_gap.render.pipeline import render_pipeline
from zone_gap.render.pipeline_sheet import pipeline_sheet
from zone_gap.roster.model import Enterprise, Roster
from zone_gap.roster.pipeline import Pipeline, certificate_pipeline
from zone_gap.standard.model import Standard, load_standard
from zone_gap.standard.plan import Plan, load_plan

F = Fraction
MET = {
    "registered_years": F(5),
    "staff": F(100),
    "tech_staff": F(10),
    "rd_expense_3y": F(250),
    "sales_revenue_3y": F(5000),
    "latest_sales": F(5000),
    "rd_expense_china_3y": F(150),
    "high_tech_income": F(60000),
    "total_income": F(100000),
    "innovation_score": F(71),
}


def with_columns(path: str, year: int, enterprises: tuple[Enterprise, ...]) -> Roster:
    """A roster read from a file with the certificate, SME and in-park columns (a roster without the
    issue-date column knows no certificate, which is not none held)."""
    return Roster(path, year, enterprises, frozenset({"hte_issued", "tech_sme", "entered", "left"}))


def code(n: int) -> str:
    return f"91150200MA{n:08d}"


def held(row: int, name: str, issued: date, **more: Any) -> Enterprise:
    return Enterprise(
        row, name, code(row), issued=issued, certificate=f"GR{issued.year}15000{row:03d}", **more
    )


ROSTER = with_columns(
    "rosters/2020.csv",
    2020,
    (
        held(2, "甲A", date(2018, 3, 15)),
        held(3, "乙B", date(2018, 12, 30)),
        held(4, "丙C", date(2018, 12, 31)),
        held(5, "丁D", date(2020, 2, 29), amounts={"innovation_score": F(80), "park_revenue": None}),
        held(6, "戊E", date(2020, 11, 20)),
        held(7, "己F", date(2020, 12, 30)),
        held(8, "庚G", date(2017, 12, 30)),
        held(9, "辛H", date(2019, 6, 1), left=date(2020, 10, 1)),
        held(10, "壬J", date(2019, 7, 1), entered=date(2021, 3, 1)),
        Enterprise(11, "子K", code(11), tech_sme=True, amounts=dict(MET)),
        Enterprise(
            12,
            "丑L",
            code(12),
            tech_sme=True,
            amounts={**MET, "rd_expense_3y": F(160), "latest_sales": F(2000), "innovation_score": F(70)},
        ),
        Enterprise(
            13,
            "寅M",
            code(13),
            tech_sme=False,
            amounts={**MET, "rd_expense_3y": F(160), "latest_sales": None},
        ),
        Enterprise(14, "卯Q", code(14), tech_sme=True, amounts={**MET, "tech_staff": F(8)}),
        Enterprise(15, "辰O", code(15), tech_sme=True),
        held(16, "巳N", date(2020, 5, 1), tech_sme=True),
        Enterprise(17, "午P", code(17), tech_sme=True, left=date(2020, 6, 30), amounts=dict(MET)),
    ),
)


@pytest.fixture(scope="module")
def enterprise_standard() -> Standard:
    return load_standard(ROOT / "standards" / "high-tech-enterprise-2016.yaml")


@pytest.fixture(scope="module")
def plan(standard: Standard) -> Plan:
    return load_plan(ROOT / "plans" / "kundulun-2021.yaml", standard)


@pytest.fixture(scope="module")
def pipeline(standard: Standard, plan: Plan, enterprise_standard: Standard) -> Pipeline:
    return certificate_pipeline(
        ROSTER, by=plan.deadline, standard=standard, plan=plan, enterprise_standards=[enterprise_standard]
    )


def steps(pipeline: Pipeline, goal: str) -> list[tuple[int, int, int, int, int]]:
    route = next(r for r in pipeline.routes if r.goal == goal)
    return [(s.year, s.valid, s.lapsing, s.needed, s.new) for s in route.steps]


def test_the_certificates_lapsing_before_the_deadline_in_date_order(pipeline: Pipeline) -> None:
    # 巳N, issued 2020-05-01, is valid to 2023-05-01 and lapses too: seven in all.
    assert [(e.name, e.expires) for e in pipeline.expiring] == [
        ("甲A", date(2021, 3, 15)),
        ("乙B", date(2021, 12, 30)),
        ("丙C", date(2021, 12, 31)),
        ("丁D", date(2023, 2, 28)),
        ("巳N", date(2023, 5, 1)),
        ("戊E", date(2023, 11, 20)),
        ("己F", date(2023, 12, 30)),
    ]
    assert pipeline.expiring[0].credit_code == code(2)


@pytest.fixture(scope="module")
def six(standard: Standard, plan: Plan, enterprise_standard: Standard) -> Pipeline:
    """The roster of the docstring without 巳N: the six certificates worked by hand."""
    roster = with_columns(ROSTER.path, ROSTER.year, tuple(e for e in ROSTER.enterprises if e.name != "巳N"))
    return certificate_pipeline(
        roster, by=2023, standard=standard, plan=plan, enterprise_standards=[enterprise_standard]
    )


def test_valid_at_each_year_end_with_no_renewal(six: Pipeline) -> None:
    assert six.valid_now == 6
    assert six.valid_without_renewal == {2020: 6, 2021: 4, 2022: 3, 2023: 0}


def test_renewed_and_new_each_year_for_the_plans_40_by_2023(six: Pipeline) -> None:
    assert steps(six, "plan_target") == [
        (2021, 18, 2, 14, 12),
        (2022, 29, 1, 12, 11),
        (2023, 40, 3, 14, 11),
    ]


def test_renewed_and_new_each_year_for_30_percent_growth(six: Pipeline) -> None:
    assert steps(six, "growth") == [
        (2021, 8, 2, 4, 2),
        (2022, 11, 1, 4, 3),
        (2023, 15, 3, 7, 4),
    ]


def test_certificates_granted_on_the_path_lapse_three_years_on(
    standard: Standard, enterprise_standard: Standard
) -> None:
    roster = with_columns(ROSTER.path, ROSTER.year, tuple(e for e in ROSTER.enterprises if e.name != "巳N"))
    found = certificate_pipeline(
        roster, by=2024, standard=standard, plan=None, enterprise_standards=[enterprise_standard]
    )
    assert [r.goal for r in found.routes] == ["growth"]
    assert steps(found, "growth")[-1] == (2024, 20, 4, 9, 5)
    assert found.valid_without_renewal[2024] == 0


def test_the_29_february_certificate_is_valid_to_28_february() -> None:
    leap = held(5, "丁D", date(2020, 2, 29))
    assert leap.expires == date(2023, 2, 28)
    assert leap.high_tech(date(2023, 2, 28))
    assert not leap.high_tech(date(2023, 3, 1))


HTE = "high-tech-enterprise-2016"


def candidate_verdicts(pipeline: Pipeline) -> dict[str, Status]:
    return {c.name: c.standards[HTE].status for c in pipeline.candidates}


def test_candidates_met_unmet_and_unknown(pipeline: Pipeline) -> None:
    assert candidate_verdicts(pipeline) == {
        "丁D": Status.UNKNOWN,
        "子K": Status.MET,
        "丑L": Status.UNMET,
        "寅M": Status.UNKNOWN,
        "卯Q": Status.UNMET,
        "辰O": Status.UNKNOWN,
    }
    by_name = {c.name: c for c in pipeline.candidates}
    assert by_name["丁D"].certificate_expires == date(2023, 2, 28)
    assert by_name["子K"].certificate_expires is None


def test_a_gap_is_said_in_the_enterprises_own_terms(pipeline: Pipeline) -> None:
    unmet = {c.name: c for c in pipeline.candidates}
    rd, score = unmet["丑L"].standards[HTE].gaps
    assert (rd.criterion, rd.gap_amount) == ("rd_expense_share", F(90))
    assert (
        rd.message.render(Lang.ZH) == "近三个会计年度研究开发费用总额还差 90 万元（比例须达 5.00%，现 3.20%）"
    )
    assert score.message.render(Lang.ZH) == "企业创新能力评价得分须高于 70（现 70）"
    assert score.message.render(Lang.EN) == "Innovation score must be above 70 (now 70)"
    (staff,) = unmet["卯Q"].standards[HTE].gaps
    assert (staff.criterion, staff.gap_count) == ("tech_staff_share", 2)
    assert staff.message.render(Lang.ZH) == "科技人员数还差 2 人（比例须达 10.00%，现 8.00%）"


def test_unknown_is_not_zero_and_names_what_to_supply(pipeline: Pipeline) -> None:
    by_name = {c.name: c for c in pipeline.candidates}
    assert [[n.key for n in needs] for needs in by_name["寅M"].standards[HTE].supply] == [["latest_sales"]]
    assert by_name["寅M"].standards[HTE].gaps == ()
    assert by_name["辰O"].standards[HTE].figures_given == 0
    sheet = pipeline_sheet(pipeline, Lang.EN)
    block = next(b for b in sheet.blocks if b.title.startswith("Candidates"))
    rows = {r.cells[0]: r.cells for r in block.groups[0].rows}
    assert rows["寅M"][4] == "unknown (71 points)"
    assert rows["寅M"][5] == (
        "Conditions for recognising a high-tech enterprise: unknown: supply Sales revenue of the latest year"
    )
    assert rows["辰O"][5] == (
        "Conditions for recognising a high-tech enterprise: unknown: the roster gives none of this "
        "standard's figures"
    )


def test_json_shape_and_privacy(pipeline: Pipeline) -> None:
    document = json.loads(render_pipeline(pipeline, Format.JSON, Lang.EN))
    found = document["pipeline"]
    assert set(found) == {
        "year",
        "by",
        "valid_now",
        "expiring",
        "valid_without_renewal",
        "routes",
        "candidates",
        "closings",
        "enterprise_standards",
        "notes",
    }
    assert found["expiring"][3] == {"name": "丁D", "credit_code": code(5), "expires": "2023-02-28"}
    assert found["valid_without_renewal"] == {"2020": 7, "2021": 5, "2022": 4, "2023": 0}
    growth = next(r for r in found["routes"] if r["goal"] == "growth")
    assert growth["rate"] == 0.3
    assert growth["years"][0] == {
        "year": 2021,
        "valid": 10,
        "lapsing": 2,
        "renewed_and_new": 5,
        "new_at_least": 3,
    }
    candidate = next(c for c in found["candidates"] if c["name"] == "丑L")
    assert set(candidate) == {"name", "credit_code", "tech_sme", "certificate_expires", "standards"}
    judged = candidate["standards"][HTE]
    assert set(judged) == {"status", "score", "gaps", "figures_given", "supply", "supply_text"}
    assert judged["gaps"][0]["gap_amount"] == 90
    assert judged["score"] == {"low": 70, "high": 70}
    text = json.dumps(document, ensure_ascii=False)
    assert "100000" not in text
    assert "60000" not in text
    assert "午P" not in text
    assert "壬J" not in text
    assert "庚G" not in text
    assert found["notes"]
    assert "renewal keeps" in found["notes"][0]


def test_the_table_and_markdown_say_the_same(pipeline: Pipeline) -> None:
    markdown = render_pipeline(pipeline, Format.MARKDOWN, Lang.ZH)
    assert "| 丁D | 91150200MA00000005 | 2023-02-28 |" in markdown
    assert "| 2023 | 0 | 4 | 40 | 15 | 11 |" in markdown
    table = render_pipeline(pipeline, Format.TABLE, Lang.ZH, width=200)
    assert "近三个会计年度研究开发费用总额还差 90 万元" in table


@given(st.lists(st.dates(date(2016, 1, 1), date(2021, 12, 31)), max_size=30), st.integers(2021, 2026))
def test_lapses_add_up_and_valid_never_rises(issued: list[date], by: int) -> None:
    standard = park_standard()
    roster = with_columns("r", 2020, tuple(held(i + 2, f"E{i}", d) for i, d in enumerate(issued)))
    found = certificate_pipeline(roster, by=by, standard=standard, plan=None, enterprise_standards=[standard])
    valid = list(found.valid_without_renewal.values())
    assert valid == sorted(valid, reverse=True)
    assert len(found.expiring) == found.valid_now - valid[-1]
    before = found.valid_now
    for step in found.routes[0].steps:
        assert step.valid * 10 >= before * 13
        assert step.valid > before
        assert (step.new, step.needed - step.new) == (step.valid - before, step.lapsing)
        before = step.valid
    if by <= 2023:  # nothing granted on the path lapses yet: the lapses are the roster's own
        assert sum(s.lapsing for s in found.routes[0].steps) == len(found.expiring)


@cache
def park_standard() -> Standard:
    return load_standard(ROOT / "standards" / "inner-mongolia-2020.yaml")


def test_a_deadline_not_after_the_roster_year_has_no_years_to_work_out(
    standard: Standard, plan: Plan, enterprise_standard: Standard
) -> None:
    found = certificate_pipeline(
        ROSTER, by=2020, standard=standard, plan=plan, enterprise_standards=[enterprise_standard]
    )
    assert (found.routes, found.expiring) == ((), ())
    assert found.valid_without_renewal == {2020: 7}
    assert [n.key for n in found.notes] == ["pipeline_assumption", "pipeline_no_years"]
    assert "| 2020 | 7 |" in render_pipeline(found, Format.MARKDOWN, Lang.EN)


# Holders that leave the park, worked by hand (roster 2020, to 2023, the standard's 30% growth):
# | enterprise | issued     | last valid day | left       | in the park and valid at the end of |
# | 甲A        | 2020-06-01 | 2023-05-31     | —          | 2020 2021 2022                      |
# | 乙B        | 2020-03-01 | 2023-02-28     | 2021-09-30 | 2020                                |
# | 丙C        | 2020-09-01 | 2023-08-31     | 2022-12-31 | 2020 2021 (gone on the day itself)  |
# Valid with no renewal: 2020 3, 2021 2, 2022 1, 2023 0; one goes each year: 乙B leaves in 2021,
# 丙C in 2022, 甲A's certificate lapses in 2023. One that leaves cannot be renewed in the park: a new
# certificate must stand in for it.
# - 2021: ⌈3 × 1.3⌉ = 4; bring 1 + 1 = 2, new ≥ 2 (乙B gone).
# - 2022: ⌈4 × 1.3⌉ = 6; bring 2 + 1 = 3, new ≥ 3 (丙C gone).
# - 2023: ⌈6 × 1.3⌉ = 8; bring 2 + 1 = 3, new ≥ 2 (甲A renewed).
LEAVING = with_columns(
    "rosters/2020.csv",
    2020,
    (
        held(2, "甲A", date(2020, 6, 1)),
        held(3, "乙B", date(2020, 3, 1), left=date(2021, 9, 30)),
        held(4, "丙C", date(2020, 9, 1), left=date(2022, 12, 31)),
    ),
)


def test_a_holder_that_leaves_the_park_no_longer_counts_at_the_year_ends_after(
    standard: Standard, enterprise_standard: Standard
) -> None:
    found = certificate_pipeline(
        LEAVING, by=2023, standard=standard, plan=None, enterprise_standards=[enterprise_standard]
    )
    assert found.valid_without_renewal == {2020: 3, 2021: 2, 2022: 1, 2023: 0}
    assert steps(found, "growth") == [
        (2021, 4, 1, 2, 2),
        (2022, 6, 1, 3, 3),
        (2023, 8, 1, 3, 2),
    ]
    assert found.notes[-1].render(Lang.ZH) == (
        "2023年底前迁出园区的持证企业 2 家：自迁出当年起其证书不再计数（计入当年到期），"
        "也不能以重新认定留住，须以新认定补足。"
    )


@pytest.mark.parametrize(
    ("share", "status"),
    [
        (F(1, 10), Status.MET),
        (F(1, 10) - F(1, 10**9), Status.UNMET),  # 9.9999999%: once read back from 6 digits as 10%
        (F(1, 10) - F(1, 10**15), Status.UNMET),  # more places than any text of it keeps
        (F(1, 10) + F(1, 10**15), Status.MET),
    ],
)
def test_a_candidates_share_is_judged_exactly_as_given(
    standard: Standard, enterprise_standard: Standard, share: Fraction, status: Status
) -> None:
    figures = {k: v for k, v in MET.items() if k not in ("staff", "tech_staff")}
    roster = with_columns(
        "rosters/2020.csv",
        2020,
        (Enterprise(2, "子K", code(2), tech_sme=True, amounts={**figures, "tech_staff_share": share}),),
    )
    found = certificate_pipeline(
        roster, by=2023, standard=standard, plan=None, enterprise_standards=[enterprise_standard]
    )
    assert candidate_verdicts(found) == {"子K": status}
