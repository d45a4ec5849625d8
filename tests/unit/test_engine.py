"""The rule engine, on hand-worked cases: first the notice's own figures, then edge cases."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import BASELINE_2020, ROOT, STANDARD_PATH, make_baseline
from zone_gap.analysis.engine import evaluate
from zone_gap.figures.quantity import Percent
from zone_gap.i18n import Lang
from zone_gap.maths.result import Report, Status, any_met
from zone_gap.standard.baseline import Baseline, load_baseline, relations
from zone_gap.standard.model import Standard, load_standard

F = Fraction


# --- The notice's figures (2020), deadline 2023: worked out by hand -------------------------------
#
# enterprise_count   162 < 200: unmet. Gap 38. 38 / 3 years = 12.67 → 13 a year (rounded up).
#                    CAGR (200/162)^(1/3) − 1 = 7.28%.
# park_share         reported 5.5% < 20%: unmet. Gap 14.5 pp; 14.5 / 3 = 4.8333 pp a year.
#                    At today's 162 enterprises: 20% × 162 = 32.4 → 33 needed; 32.4 − 5.5% × 162
#                    = 32.4 − 8.91 = 23.49 → 24 more.
#                    But 9 high-tech enterprises alone prove ≥ 9/162 = 5.556% > 5.5% + 0.05: a warning.
# city_share         the league/city's count is not given: unknown. So high_tech_share: unknown.
# high_tech_growth   reported 10% < 30%: unmet, gap 20 pp. Smallest path at 30%: 9×1.3 = 11.7 → 12,
#                    12×1.3 = 15.6 → 16, 16×1.3 = 20.8 → 21.
# revenue_share      4% < 20%: gap 16 pp, 5.333 pp a year. output_share 3.8% < 25%: gap 21.2 pp.
#                    Both unmet: high_tech_revenue unmet; nearest is revenue (16/20 = 0.80 < 21.2/25 = 0.848).
# rd_intensity       1% < 2.40% (2020, as published): unmet, gap 1.40 pp. By 2023 the bar is 2.65%:
#                    (2.65 − 1) / 3 = 0.55 pp a year; CAGR 2.65^(1/3) − 1 = 38.38%.
# rd_institutions    3 < 10: gap 7, 7 / 3 = 2.33 → 3 a year; CAGR (10/3)^(1/3) − 1 = 49.38%.


@pytest.fixture(scope="module")
def notice(standard: Standard) -> Report:
    baseline, _ = load_baseline(BASELINE_2020, standard)
    return evaluate(standard, baseline, deadline=2023)


def test_notice_enterprise_count(notice: Report) -> None:
    row = notice.by_id()["enterprise_count"]
    assert (row.status, row.gap, row.gap_count, row.required_per_year) == (Status.UNMET, 38, 38, 13)
    assert row.required_cagr == pytest.approx(0.072766, abs=1e-6)


def test_notice_high_tech_share(notice: Report) -> None:
    rows = notice.by_id()
    park = rows["park_share"]
    assert park.status is Status.UNMET
    assert park.actual is not None
    assert park.actual.value == F(55, 1000)
    assert park.gap == F(145, 1000)
    assert park.gap_count == 24
    assert park.required_per_year == F(145, 3000)
    assert rows["city_share"].status is Status.UNKNOWN
    assert [n.key for n in rows["city_share"].supply] == ["city_high_tech_enterprises"]
    assert rows["high_tech_share"].status is Status.UNKNOWN
    assert rows["high_tech_share"].decided_by == "city_share"


def test_notice_reported_share_below_what_its_counts_prove_is_a_warning(notice: Report) -> None:
    [caveat] = notice.caveats
    assert caveat.path == ("high_tech_and_sme_share",)
    assert caveat.message.key == "share_below_bound"
    assert caveat.message.params["derived"] == "5.56%"


def test_notice_growth(notice: Report) -> None:
    row = notice.by_id()["high_tech_growth"]
    assert (row.status, row.gap) == (Status.UNMET, F(20, 100))
    assert row.notes[0].params["path"] == "12 → 16 → 21"


def test_notice_revenue(notice: Report) -> None:
    rows = notice.by_id()
    assert rows["revenue_share"].gap == F(16, 100)
    assert rows["revenue_share"].required_per_year == F(16, 300)
    assert rows["output_share"].gap == F(212, 1000)
    assert rows["high_tech_revenue"].status is Status.UNMET
    assert rows["high_tech_revenue"].decided_by == "revenue_share"


def test_notice_rd_intensity_against_the_moving_national_average(notice: Report) -> None:
    row = notice.by_id()["rd_intensity"]
    assert (row.status, row.threshold, row.deadline_threshold) == (Status.UNMET, F(240, 10000), F(265, 10000))
    assert row.gap == F(140, 10000)
    assert row.required_per_year == F(55, 10000)
    assert row.required_cagr == pytest.approx(2.65 ** (1 / 3) - 1)


def test_notice_rd_institutions(notice: Report) -> None:
    row = notice.by_id()["rd_institutions"]
    assert (row.status, row.gap, row.required_per_year) == (Status.UNMET, 7, 3)


def test_notice_qualitative_clauses_not_met_show_their_evidence(notice: Report) -> None:
    rows = notice.by_id()
    for clause in ("management_committee", "special_policies", "policy_system"):
        assert rows[clause].status is Status.UNMET
        assert rows[clause].evidence
    assert "昆区政府派出机构" in (rows["management_committee"].evidence or "")
    assert rows["boundaries"].status is Status.MET
    assert rows["intellectual_property"].status is Status.UNKNOWN  # the notice is silent


def test_notice_summary(notice: Report) -> None:
    assert notice.summary(numeric=True) == {Status.MET: 0, Status.UNMET: 5, Status.UNKNOWN: 1}
    assert not notice.all_met


# --- Inclusive thresholds: 以上 includes the number itself ---------------------------------------


def test_exactly_200_enterprises_meets(standard: Standard) -> None:
    assert (
        evaluate(standard, make_baseline(enterprises=200), deadline=2023).by_id()["enterprise_count"].status
        is Status.MET
    )
    assert (
        evaluate(standard, make_baseline(enterprises=199), deadline=2023).by_id()["enterprise_count"].status
        is Status.UNMET
    )


def test_exactly_twenty_percent_meets_whether_reported_or_counted(standard: Standard) -> None:
    reported = evaluate(standard, make_baseline(high_tech_and_sme_share="20%"), deadline=2023)
    assert (reported).by_id()["park_share"].status is Status.MET
    counted = evaluate(
        standard,
        make_baseline(enterprises=200, high_tech_enterprises=30, tech_smes=15, tech_smes_also_high_tech=5),
        deadline=2023,
    )
    assert (counted).by_id()["park_share"].status is Status.MET  # (30 + 15 − 5) / 200 = 20%
    assert (counted).by_id()["high_tech_share"].status is Status.MET


def test_national_average_exactly_meets(standard: Standard) -> None:
    report = evaluate(standard, make_baseline(rd_intensity="2.40%"), deadline=2023)
    assert (report).by_id()["rd_intensity"].status is Status.MET


# --- Shares from counts ------------------------------------------------------------------------


def test_high_tech_alone_give_a_lower_bound(standard: Standard) -> None:
    low = evaluate(standard, make_baseline(enterprises=100, high_tech_enterprises=12), deadline=2023).by_id()[
        "park_share"
    ]
    assert low.status is Status.UNKNOWN
    assert low.actual is not None
    assert (low.actual.low, low.actual.high) == (F(12, 100), None)
    assert "tech_smes + tech_smes_also_high_tech" in [n.key for n in low.supply]
    high = evaluate(
        standard, make_baseline(enterprises=100, high_tech_enterprises=25), deadline=2023
    ).by_id()["park_share"]
    assert high.status is Status.MET  # the bound alone reaches 20%


def test_unknown_overlap_gives_a_range_and_never_double_counts(standard: Standard) -> None:
    # 10 high-tech and 12 SMEs of 100: between 12 and 22 distinct enterprises.
    row = evaluate(
        standard, make_baseline(enterprises=100, high_tech_enterprises=10, tech_smes=12), deadline=2023
    ).by_id()
    share = row["park_share"]
    assert share.actual is not None
    assert (share.actual.low, share.actual.high) == (F(12, 100), F(22, 100))
    assert share.status is Status.UNKNOWN
    assert any(n.key == "overlap_unknown" for n in share.notes)
    small = evaluate(
        standard, make_baseline(enterprises=100, high_tech_enterprises=5, tech_smes=6), deadline=2023
    )
    assert (small).by_id()["park_share"].status is Status.UNMET  # at most 11%: below 20% whatever the overlap


def test_reported_share_that_disagrees_with_amounts_is_a_warning(standard: Standard) -> None:
    report = evaluate(
        standard,
        make_baseline(high_tech_revenue=300, park_revenue=1000, high_tech_revenue_share="20%"),
        deadline=2023,
    )
    [caveat] = report.caveats
    assert caveat.path == ("high_tech_revenue_share",)
    assert (report).by_id()["revenue_share"].actual.value == F(3, 10)  # type: ignore[union-attr]
    agrees = evaluate(
        standard,
        make_baseline(high_tech_revenue=204, park_revenue=1000, high_tech_revenue_share="20%"),
        deadline=2023,
    )
    assert agrees.caveats == ()  # 20.4% is within the rounding of "20%"


def test_ratio_of_city_counts_says_how_many_would_close_the_gap(standard: Standard) -> None:
    # The park's high-tech enterprises are among the league/city's (`nested: true`): each one added
    # raises the city's total too. 9 of 100: (9 + x) / (100 + x) ≥ 25% → x = ⌈(25 − 9) / 0.75⌉ = 22,
    # not the 16 that 25% of today's 100 would suggest.
    row = evaluate(
        standard, make_baseline(high_tech_enterprises=9, city_high_tech_enterprises=100), deadline=2023
    ).by_id()
    city = row["city_share"]
    assert (city.status, city.gap_count) == (Status.UNMET, 22)


def test_nested_share_note_says_its_assumption(standard: Standard) -> None:
    # 15 of 230 against 25%: (57.5 − 15) / 0.75 = 56.67 → 57; 72/287 = 25.09%, while 71/286 = 24.83%.
    baseline = make_baseline(high_tech_enterprises=15, city_high_tech_enterprises=230)
    city = evaluate(standard, baseline, deadline=2023).by_id()["city_share"]
    assert city.gap_count == 57
    notes = [m.render(Lang.EN) for m in city.notes]
    assert notes == [
        "each one added also counts in the total "
        "High-tech enterprises in the league/city (`city_high_tech_enterprises`): "
        "(15+57)/(230+57) ≥ 25%, so 57 more"
    ]
    assert [m.render(Lang.ZH) for m in city.notes] == [
        "每新增一家也同时计入总数 盟市高新技术企业总数（`city_high_tech_enterprises`）："
        "(15+57)/(230+57) ≥ 25%，需新增 57 家"
    ]


def test_share_at_todays_denominator_says_so(standard: Standard) -> None:
    figures = {"enterprises": 162, "high_tech_enterprises": 9, "tech_smes": 0, "tech_smes_also_high_tech": 0}
    # the note uses the criterion's own symbol; a strict bar (above 20% of 200) would need 41, not 40
    park = evaluate(standard, make_baseline(**figures), deadline=2023).by_id()["park_share"]
    assert park.gap_count == 24  # 33 − 9
    assert [m.render(Lang.EN) for m in park.notes] == [
        "at today's denominator of 162 (ones already counted in it become qualifying ones, "
        "the total unchanged): 33 needed (the least whole number ≥20% × 162)"
    ]


# --- Growth ---------------------------------------------------------------------------------------


def test_growth_from_last_years_file(standard: Standard) -> None:
    before = make_baseline(year=2021, high_tech_enterprises=9)
    report = evaluate(
        standard, make_baseline(year=2022, high_tech_enterprises=12), previous=before, deadline=2023
    )
    row = (report).by_id()["high_tech_growth"]
    assert row.actual is not None
    assert row.actual.value == F(1, 3)
    assert row.status is Status.MET
    short = evaluate(
        standard, make_baseline(year=2022, high_tech_enterprises=11), previous=before, deadline=2023
    ).by_id()
    assert short["high_tech_growth"].gap_count == 1  # 9 × 1.3 = 11.7 → 12 needed


def test_growth_from_a_zero_base(standard: Standard) -> None:
    before = make_baseline(year=2021, high_tech_enterprises=0)
    row = evaluate(
        standard, make_baseline(year=2022, high_tech_enterprises=3), previous=before, deadline=2023
    ).by_id()
    assert row["high_tech_growth"].status is Status.MET
    assert any(n.key == "growth_from_zero" for n in row["high_tech_growth"].notes)


def test_growth_unknown_names_what_to_supply(standard: Standard) -> None:
    row = evaluate(standard, make_baseline(year=2022), deadline=2023).by_id()["high_tech_growth"]
    assert row.status is Status.UNKNOWN
    assert [n.key for n in row.supply] == [
        "high_tech_growth",
        "high_tech_enterprises + 2021.yaml: high_tech_enterprises",
    ]


# --- Reference table ------------------------------------------------------------------------------


def test_revised_series_and_fallback_to_latest_known_year(standard: Standard) -> None:
    report = evaluate(standard, make_baseline(rd_intensity="2.42%"), series="restated", deadline=2026)
    row = (report).by_id()["rd_intensity"]
    assert row.threshold == F(241, 10000)  # 2020 revised
    assert row.status is Status.MET
    assert row.deadline_threshold == F(269, 10000)  # 2026 unknown: 2024, final (no restated value)
    assert [n.key for n in row.notes] == ["reference_used", "reference_fallback"]


def test_national_average_override(standard: Standard) -> None:
    report = evaluate(
        standard, make_baseline(rd_intensity="2.5%"), national_rd=Percent.parse("2.6%"), deadline=2023
    )
    row = (report).by_id()["rd_intensity"]
    assert (row.status, row.threshold) == (Status.UNMET, F(26, 1000))


# --- Properties ----------------------------------------------------------------------------------


M, U, K = Status.MET, Status.UNMET, Status.UNKNOWN


@pytest.mark.parametrize(
    ("branches", "either"),
    [
        ((M, U), M),  # one met is enough
        ((U, M), M),
        ((M, K), M),  # met, whatever the other would be
        ((U, U), U),  # unmet only when every branch is known and unmet
        ((U, K), K),  # the unknown branch could still be met
        ((K, K), K),
        ((U, U, U), U),
        ((U, U, K), K),
    ],
)
def test_either_or_in_three_valued_logic(branches: tuple[Status, ...], either: Status) -> None:
    # DOMAIN: "Either/or: met if any branch is met; unmet only if every branch is known and unmet;
    # otherwise unknown." Written out case by case, not computed again.
    assert any_met(branches) is either


COUNTS = st.integers(min_value=0, max_value=400)
FIGURES = st.fixed_dictionaries(
    {},
    optional={
        "enterprises": st.integers(min_value=1, max_value=400),
        "high_tech_enterprises": COUNTS,
        "tech_smes": COUNTS,
        "city_high_tech_enterprises": st.integers(min_value=400, max_value=800),
        "rd_institutions": COUNTS,
        "high_tech_and_sme_share": st.integers(min_value=0, max_value=100).map(lambda v: f"{v}%"),
        "rd_intensity": st.integers(min_value=0, max_value=500).map(lambda v: f"{v / 100}%"),
    },
)
RANK = {Status.UNMET: 0, Status.UNKNOWN: 1, Status.MET: 2}


def _consistent(figures: dict[str, object]) -> Baseline | None:
    try:
        baseline = make_baseline(**figures)
    except ValueError:
        return None
    return None if relations(baseline, load_standard(STANDARD_PATH)) else baseline


@settings(max_examples=200)
@given(
    figures=FIGURES,
    key=st.sampled_from(["enterprises", "high_tech_enterprises", "rd_institutions"]),
    more=st.integers(min_value=1, max_value=50),
)
def test_raising_a_count_never_turns_a_met_criterion_unmet(
    standard: Standard, figures: dict[str, object], key: str, more: int
) -> None:
    before = _consistent(figures)
    raised_figures = {**figures, key: int(figures.get(key, 0)) + more}  # type: ignore[call-overload]
    after = _consistent(raised_figures)
    if before is None or after is None:
        return
    old_report, new_report = (
        evaluate(standard, before, deadline=2023),
        evaluate(standard, after, deadline=2023),
    )
    if old_report.caveats or new_report.caveats:
        return  # figures that contradict each other (a warning) promise nothing
    old, new = (old_report).by_id(), (new_report).by_id()
    # More enterprises lowers the shares they divide; only the count itself must not fall.
    watched = (
        ["enterprise_count"]
        if key == "enterprises"
        else ["enterprise_count", "rd_institutions", "park_share", "city_share", "high_tech_share"]
    )
    for criterion in watched:
        if old[criterion].status is Status.MET:
            assert new[criterion].status is Status.MET, criterion


@given(figures=FIGURES)
def test_either_criteria_equal_their_best_branch(standard: Standard, figures: dict[str, object]) -> None:
    baseline = _consistent(figures)
    if baseline is None:
        return
    for section in evaluate(standard, baseline, deadline=2023).sections:
        for result in section.results:
            if result.branches:
                assert RANK[result.status] == max(RANK[b.status] for b in result.branches)


def test_a_count_is_said_in_its_figures_own_word() -> None:
    """People are counted in 人, patents in 件, enterprises in 家; English does without a word."""
    from zone_gap.render.check_sheet import gap
    from zone_gap.render.spreadsheet import check_grid

    enterprise = load_standard(ROOT / "standards" / "high-tech-enterprise-2016.yaml")
    figures = enterprise.figures_model.model_validate(
        {"enterprise": "甲公司", "year": 2022, "staff": 100, "tech_staff": 4}
    )
    report = evaluate(enterprise, figures, deadline=2022)
    share = report.by_id()["tech_staff_share"]
    assert (share.gap_count, share.noun) == (6, "人")
    assert gap(share, Lang.ZH) == "6.00 个百分点（约 6 人）"
    assert gap(share, Lang.EN) == "6.00 pp short (≈6 more)"
    assert "需达到 10 人（须 ≥10% × 100 的最小整数）" in share.notes[0].render(Lang.ZH)
    sme = load_standard(ROOT / "standards" / "tech-sme-2017.yaml")
    capped = sme.figures_model.model_validate({"enterprise": "甲公司", "year": 2022, "staff": 501})
    rows = {r[1]: r for r in check_grid(evaluate(sme, capped, deadline=2022), [], Lang.ZH).rows}
    assert rows["staff_cap"][5] == "人"
    assert sme.noun("ip_class_1") == "件"
    assert sme.noun("sales_revenue") == ""
    park = load_standard(ROOT / "standards" / "inner-mongolia-2020.yaml")
    assert park.noun("enterprises") == "家"


@pytest.mark.parametrize(
    ("figures", "nearest"),
    [
        # the park share is 2.5%–5% (the overlap not given): unmet, but its gap not known; the
        # city share 5 of 100 is 20 points short: the only one whose gap is known is the nearest
        ({"tech_smes": 5}, "city_share"),
        # both known: 10 of 200 = 5%, 15 points of 20% (3/4 of its bar), against 20 of 25 (4/5)
        ({"tech_smes": 5, "tech_smes_also_high_tech": 0}, "park_share"),
    ],
)
def test_the_nearest_branch_of_an_unmet_either_has_a_known_gap(
    standard: Standard, figures: dict[str, int], nearest: str
) -> None:
    baseline = make_baseline(
        enterprises=200, high_tech_enterprises=5, city_high_tech_enterprises=100, **figures
    )
    either = evaluate(standard, baseline, deadline=2023).by_id()["high_tech_share"]
    assert either.status is Status.UNMET
    assert either.decided_by == nearest


def test_the_restated_national_series_says_it_is_derived(standard: Standard) -> None:
    # later bulletins give only "比上年提高 x 个百分点": the restated values are worked out from them
    table = standard.references["national_rd_intensity"]
    assert "推算" in table.series["restated"].name.zh
    assert "derived" in table.series["restated"].name.en
    assert all("推算" in year["restated"].source for year in table.values.values() if "restated" in year)
