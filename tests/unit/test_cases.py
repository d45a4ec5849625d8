"""The worked-cases runner itself: a case is read as strictly as any file, and cannot pass silently."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.conftest import STANDARD_PATH
from zone_gap.analysis.cases import CasesFile, check_cases, read_cases, run_case, supplied
from zone_gap.i18n import Lang
from zone_gap.io.document import Document, parse_document
from zone_gap.io.problem import InputError
from zone_gap.standard.model import Standard, load_standard

CASE = """\
standard: inner-mongolia-2020
cases:
  - name: 入驻企业162户
    figures:
      park: 测试园区
      year: 2020
      enterprises: 162
    expect:
      enterprise_count: {status: unmet, gap: 38, need: 38, required_per_year: 13}
"""


@pytest.fixture(scope="module")
def standard() -> Standard:
    return load_standard(STANDARD_PATH)


def _read(text: str, named: str | None = "inner-mongolia-2020") -> tuple[Document, CasesFile]:
    document = parse_document(text, "x.cases.yaml", [])
    return document, read_cases(document, named)


def _problems(text: str, standard: Standard, named: str | None = "inner-mongolia-2020") -> list[str]:
    try:
        document, cases = _read(text, named)
    except InputError as e:
        return [p.render(Lang.EN) for p in e.problems]
    return [p.render(Lang.EN) for p in check_cases(document, cases, standard)]


def test_a_case_that_agrees_passes(standard: Standard) -> None:
    document, cases = _read(CASE)
    assert run_case(document, cases, 0, standard) == []


def test_a_wrong_value_names_the_criterion_and_the_field(standard: Standard) -> None:
    document, cases = _read(CASE.replace("gap: 38", "gap: 37").replace("need: 38", "need: 39"))
    found = [str(m) for m in run_case(document, cases, 0, standard)]
    assert found == [
        "enterprise_count.gap: expected 37, found 38",
        "enterprise_count.need: expected 39, found 38",
    ]


def test_an_id_the_standard_lacks_is_an_error_not_a_pass(standard: Standard) -> None:
    text = CASE.replace("enterprise_count:", "enterprise_cuont:")
    assert _problems(text, standard) == [
        "x.cases.yaml:9:7: error: the standard `inner-mongolia-2020` has no criterion or branch "
        "`enterprise_cuont`; did you mean `enterprise_count`?"
    ]
    document, cases = _read(text)
    with pytest.raises(InputError):
        run_case(document, cases, 0, standard)


def test_a_typo_in_a_case_key_is_an_error(standard: Standard) -> None:
    assert _problems(CASE.replace("    expect:", "    expcet:"), standard) == [
        "x.cases.yaml:3:5: error: missing required key `expect`; add `expect: …`",
        "x.cases.yaml:8:5: error: unknown key `expcet`; did you mean `expect`?",
    ]
    assert _problems(CASE.replace("need: 38", "nead: 38"), standard)[0].startswith(
        "x.cases.yaml:9:50: error: unknown key `nead`; did you mean `need`?"
    )


def test_the_figures_are_read_as_a_figures_file_at_their_lines(standard: Standard) -> None:
    text = CASE.replace("enterprises: 162", "enterprise: 162\n      rd_institutions: -1")
    assert _problems(text, standard) == [
        "x.cases.yaml:7:7: error: unknown key `enterprise`; did you mean `enterprises`?",
        "x.cases.yaml:8:24: error: a count cannot be negative: -1",
    ]


def test_last_years_figures_must_be_last_years(standard: Standard) -> None:
    text = CASE.replace("    figures:", "    previous: {park: 测试园区, year: 2018}\n    figures:")
    assert _problems(text, standard) == [
        "x.cases.yaml:4:34: error: the previous year's file is for 2018, expected 2019"
    ]


def test_names_are_unique_and_the_standard_is_the_files(standard: Standard) -> None:
    twice = CASE + CASE.split("cases:\n", 1)[1]
    assert _problems(twice, standard) == [
        "x.cases.yaml:10:11: error: the case name “入驻企业162户” is used twice (already on line 3); "
        "every case needs its own name"
    ]
    assert _problems(CASE, standard, named="water")[0].startswith(
        "x.cases.yaml:1:11: error: the file's name says these cases are for the standard `water`"
    )


@pytest.mark.parametrize(
    ("written", "value"),
    [("38", Fraction(38)), ("0.5", Fraction(1, 2)), ("1/3", Fraction(1, 3)), ("5.5%", Fraction(55, 1000))],
)
def test_numbers_are_exact(written: str, value: Fraction) -> None:
    _, cases = _read(CASE.replace("gap: 38", f"gap: {written}"))
    assert cases.cases[0].expect["enterprise_count"].gap == value


def test_a_number_that_is_not_exact_is_refused(standard: Standard) -> None:
    assert _problems(CASE.replace("gap: 38", "gap: about 38"), standard) == [
        "x.cases.yaml:9:46: error: `gap` must be an exact number such as `38`, `0.5`, `1/3` or `5.5%`, "
        "not `about 38`"
    ]


def test_what_to_supply_is_compared_whatever_the_order() -> None:
    tool = ("high_tech_growth", "high_tech_enterprises + 2021.yaml: high_tech_enterprises")
    case = ("previous.high_tech_enterprises + high_tech_enterprises", "high_tech_growth")
    assert supplied(tool, 2022) == supplied(case, 2022)
