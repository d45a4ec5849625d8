"""Reading a roster and the figures it gives, against a roster worked by hand; every problem found
at its row and column; the example roster the same in all three of its formats."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path

import pytest

from tests.conftest import ROOT
from zone_gap.i18n import Lang
from zone_gap.io.problem import InputError, Problem, UsageError
from zone_gap.roster.credit_code import make_code
from zone_gap.roster.figures import roster_figures
from zone_gap.roster.model import Enterprise, read_roster

EXAMPLES = ROOT / "examples" / "roster"
HEADER = ["企业名称", "统一社会信用代码", "入驻日期", "迁出日期", "高企证书编号", "高企发证日期",
          "科技型中小企业", "营业收入（万元）", "工业总产值（万元）"]  # fmt: skip


def code(n: int) -> str:
    return make_code(f"91150204MA0T{n:04d}")


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8-sig") -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


# Worked by hand for 31 December 2022 (title on row 1, header on row 2):
#   row 3 甲: certificate issued 2019-12-30, last valid day 2022-12-30 (3rd anniversary): lapsed
#   row 4 乙: no entry date (in), issued 2020-01-01, last valid day 2023-01-01: valid
#   row 5 丙: entered on the day itself (in), issued 2022-06-30: valid; not a tech-based SME
#   row 6 丁: enters 2023-01-01: not in the park
#   row 7 戊: left on 2022-12-31: no longer in the park on that day
#   row 8 己: leaves 2023-01-15: still in; no certificate
# In the park: 甲 乙 丙 己 = 4; high-tech: 乙 丙 = 2; tech-based SMEs: 甲 乙 己 = 3; both: 乙 = 1
# (so 2 + 3 - 1 = 4 distinct); high-tech revenue 200.5 + 300 = 500.5; park revenue
# 100 + 200.5 + 300 + 30.25 = 630.75; industrial output 80 + 150 + 0 + 10 = 240.
BY_HAND = [
    ["示例：虚构企业"],
    HEADER,
    ["甲", code(1), "2020-01-01", "", "GR201915000001", "2019-12-30", "是", "100", "80"],
    ["乙", code(2), "", "", "GR202015000002", "2020/1/1", "是", "200.5", "150"],
    ["丙", code(3), "2022年12月31日", "", "GR202215000003", "2022-06-30", "否", "300", "0"],
    ["丁", code(4), "2023-01-01", "", "", "", "是", "50", "50"],
    ["戊", code(5), "2018-05-01", "2022-12-31", "GR202115000005", "2021-03-01", "是", "70", "70"],
    ["己", code(6), "2019-01-01", "2023-01-15", "", "", "是", "30.25", "10"],
]


@pytest.fixture
def by_hand(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "rosters" / "2022.csv", BY_HAND)


def names(enterprises: list[Enterprise]) -> list[str]:
    return [e.name for e in enterprises]


def test_the_roster_worked_by_hand(by_hand: Path) -> None:
    roster, warnings = read_roster(by_hand)
    # 丁 enters after the roster's day: not counted, and said so
    assert [(w.position.line if w.position else None, w.message.params["what"].key) for w in warnings] == [
        (6, "roster_entered_later")
    ]
    assert roster.year == 2022
    assert [e.row for e in roster.enterprises] == [3, 4, 5, 6, 7, 8]
    figures = roster_figures(roster)
    assert figures.day == date(2022, 12, 31)
    assert names(figures.behind["enterprises"]) == ["甲", "乙", "丙", "己"]
    assert names(figures.behind["high_tech_enterprises"]) == ["乙", "丙"]
    assert names(figures.behind["tech_smes"]) == ["甲", "乙", "己"]
    assert names(figures.behind["tech_smes_also_high_tech"]) == ["乙"]
    assert figures.values == {
        "enterprises": 4,
        "high_tech_enterprises": 2,
        "tech_smes": 3,
        "tech_smes_also_high_tech": 1,
        "high_tech_revenue": Fraction("500.5"),
        "park_revenue": Fraction("630.75"),
        "industrial_output": 240,
    }
    assert figures.missing == {}


def test_on_another_day_other_enterprises_count(by_hand: Path) -> None:
    roster, _ = read_roster(by_hand)
    figures = roster_figures(roster, date(2022, 12, 30))
    # 丙 has not entered yet; 戊 is still in; 甲's certificate is valid on its last day
    assert names(figures.behind["enterprises"]) == ["甲", "乙", "戊", "己"]
    assert names(figures.behind["high_tech_enterprises"]) == ["甲", "乙", "戊"]


def test_a_sum_with_a_blank_cell_is_unknown_and_names_the_rows(tmp_path: Path) -> None:
    rows = [list(r) for r in BY_HAND]
    rows[3][7] = ""  # 乙's revenue
    rows[7][6] = ""  # 己: tech-based SME or not, unsaid
    roster, _ = read_roster(write_csv(tmp_path / "2022.csv", rows))
    figures = roster_figures(roster)
    assert figures.values["park_revenue"] is None
    assert figures.values["high_tech_revenue"] is None
    assert figures.values["tech_smes"] is None
    assert figures.values["tech_smes_also_high_tech"] == 1  # 己 holds no certificate
    assert {k: [e.row for e in v] for k, v in figures.missing.items()} == {
        "park_revenue": [4],
        "high_tech_revenue": [4],
        "tech_smes": [8],
    }
    assert figures.values["industrial_output"] == 240


def test_a_column_the_roster_lacks_gives_no_figure(tmp_path: Path) -> None:
    rows = [["name", "credit_code", "tech_sme"], ["甲", code(1), "是"], ["乙", code(2), "否"]]
    roster, _ = read_roster(write_csv(tmp_path / "x.csv", rows), year=2021)
    assert roster_figures(roster).values == {"enterprises": 2, "tech_smes": 1}


def test_english_headers_any_order_unknown_columns_ignored(tmp_path: Path) -> None:
    rows = [
        ["备注", "revenue", "credit_code", "name", "hte_issued", "hte_certificate"],
        ["随便写", "1,234.5", code(1), "甲", "2021-05-01", "GR202115000009"],
    ]
    roster, warnings = read_roster(write_csv(tmp_path / "2021.csv", rows))
    (only,) = roster.enterprises
    assert (only.name, only.credit_code, only.issued, only.amounts) == (
        "甲",
        code(1),
        date(2021, 5, 1),
        {"park_revenue": Fraction("1234.5")},
    )
    assert [w.message.params["what"].key for w in warnings] == ["roster_grouped"]


def test_the_same_roster_in_gb18030(tmp_path: Path, by_hand: Path) -> None:
    gb = write_csv(tmp_path / "gb" / "2022.csv", BY_HAND, encoding="gb18030")
    assert gb.read_bytes() != by_hand.read_bytes()
    assert roster_figures(read_roster(gb)[0]).values == roster_figures(read_roster(by_hand)[0]).values


def test_the_example_roster_is_the_same_in_all_three_formats() -> None:
    found = {}
    for name in ("2022.csv", "2022-gb18030.csv", "2022.xlsx"):
        roster, warnings = read_roster(EXAMPLES / name)
        # 示例管业 enters on 2023-02-01, after the roster's day: not counted, and said so
        assert [(w.position.line if w.position else 0, w.message.params["what"].key) for w in warnings] == [
            (18, "roster_entered_later")
        ], name
        figures = roster_figures(roster)
        found[name] = (
            roster.year,
            [(e.row, e.name, e.credit_code, e.entered, e.left, e.issued, e.tech_sme, e.amounts)
             for e in roster.enterprises],
            figures.values,
        )  # fmt: skip
    assert found["2022.csv"] == found["2022-gb18030.csv"] == found["2022.xlsx"]
    assert (EXAMPLES / "2022.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert found["2022.csv"][2]["enterprises"] == 56
    assert found["2022.csv"][2]["high_tech_enterprises"] == 6


def test_xlsx_date_cells_text_dates_title_rows_and_a_named_sheet(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "名录2022.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("说明").write_string(0, 0, "见下一页")
    sheet = book.add_worksheet("名录")
    sheet.write_string(1, 1, "2022 年企业名录（虚构）")
    sheet.write_row(3, 1, ["企业名称", "统一社会信用代码", "高企发证日期", "营业收入（万元）"])
    sheet.write_row(4, 1, ["甲", code(1)])
    sheet.write_datetime(4, 3, datetime(2021, 3, 1), book.add_format({"num_format": "yyyy-mm-dd"}))
    sheet.write_number(4, 4, 1234.1)
    sheet.write_row(5, 1, ["乙", code(2), "2021年3月1日", "3亿"])
    book.close()
    roster, warnings = read_roster(path, sheet="名录", year=2022)
    first, second = roster.enterprises
    assert (first.row, first.issued, first.amounts) == (
        5,
        date(2021, 3, 1),
        {"park_revenue": Fraction("1234.1")},
    )
    assert (second.row, second.issued, second.amounts) == (6, date(2021, 3, 1), {"park_revenue": 30000})
    (warning,) = warnings
    assert warning.position is not None
    assert (warning.position.line, warning.position.column) == (6, 5)
    assert warning.message.render(Lang.EN).startswith("row 6, column E (revenue): “3亿” carries a unit")
    with pytest.raises(UsageError):
        read_roster(path, sheet="没有", year=2022)
    with pytest.raises(InputError):  # the first sheet has no header
        read_roster(path, year=2022)


def test_figures_of_the_standard_are_read_by_key_or_chinese_name(tmp_path: Path) -> None:
    rows = [
        ["企业名称", "统一社会信用代码", "科技人员占职工总数比例", "staff", "近三个会计年度研究开发费用总额"],
        ["甲", code(1), "12.5%", "80", "1,500"],
    ]
    roster, _ = read_roster(write_csv(tmp_path / "2022.csv", rows))
    assert roster.enterprises[0].amounts == {
        "tech_staff_share": Fraction(1, 8),
        "staff": 80,
        "rd_expense_3y": 1500,
    }


def test_a_part_above_its_whole_is_an_error_at_its_cell_named_by_the_columns(tmp_path: Path) -> None:
    # Row 2: 科技人员数 120 of 当年职工总数 80, and 境内研发费用 1,600 of 研发费用 1,500: two parts above
    # their wholes, each at the part's cell. Row 3: each part within its whole, 180 of 180 included.
    rows = [
        ["企业名称", "统一社会信用代码", "当年职工总数", "科技人员数", "近三个会计年度研究开发费用总额",
         "rd_expense_china_3y"],
        ["甲", code(1), "80", "120", "1,500", "1600"],
        ["乙", code(2), "180", "180", "1500", "1500"],
    ]  # fmt: skip
    with pytest.raises(InputError) as raised:
        read_roster(write_csv(tmp_path / "2022.csv", rows))
    errors = [p for p in raised.value.problems if p.severity == "error"]
    assert [(p.position.line, p.position.column) for p in errors if p.position] == [(2, 4), (2, 6)]
    assert [p.message.render(Lang.ZH) for p in errors] == [
        "第 2 行，D 列（科技人员数）：`科技人员数`（120）大于 `当年职工总数`（80）；请核对两个数字",
        "第 2 行，F 列（rd_expense_china_3y）：`rd_expense_china_3y`（1600）大于 "
        "`近三个会计年度研究开发费用总额`（1500）；请核对两个数字",
    ]
    assert errors[0].message.render(Lang.EN) == (
        "row 2, column D (tech_staff): `tech_staff` (120) is more than `staff` (80); check both figures"
    )


def test_the_year_from_the_file_name_or_given(tmp_path: Path) -> None:
    rows = [["企业名称", "统一社会信用代码"], ["甲", code(1)]]
    assert read_roster(write_csv(tmp_path / "2023-名录.csv", rows))[0].year == 2023
    assert read_roster(write_csv(tmp_path / "2023.csv", rows), year=2021)[0].year == 2021
    with pytest.raises(UsageError) as raised:
        read_roster(write_csv(tmp_path / "名录.csv", rows))
    assert raised.value.message.key == "roster_year"


DIRTY = [
    ["企业名称", "统一社会信用代码", "入驻日期", "迁出日期", "高企证书编号", "高企发证日期",
     "科技型中小企业", "营业收入（万元）"],
    ["甲", code(1), "2020-01-01", "", "", "", "是", "10"],
    ["乙", code(2)[:-1] + ("A" if code(2)[-1] != "A" else "B"), "", "", "", "", "否", "10"],
    ["丙", code(1), "", "", "", "", "否", "10"],
    ["甲", code(5), "", "", "", "", "否", "10"],
    ["", code(6), "", "", "", "", "否", "10"],
    ["戊", code(7), "2022-02-30", "", "", "", "否", "10"],
    ["己", code(8), "去年", "", "", "", "否", "10"],
    ["庚", code(9), "", "", "", "", "否", "1,234.5"],
    ["辛", code(10), "", "", "", "", "否", "1.2万"],
    ["壬", code(11), "", "", "", "", "否", "3亿"],
    ["癸", code(12), "", "", "GR202115000001", "2022-03-01", "否", "10"],
    ["子", code(13), "2022-01-01", "2021-01-01", "", "", "否", "10"],
    ["丑", code(14), "", "", "", "", "也许", "10"],
    ["寅", "", "", "", "", "", "否", "10"],
    ["卯", code(16), "", "", "", "", "否", "十万"],
]  # fmt: skip
"""Every problem of the issue, one a row (the header is row 1)."""


def located(problems: list[Problem]) -> list[tuple[int, str, str, str]]:
    from zone_gap.roster.workbook import letter

    found = []
    for p in problems:
        assert p.position is not None
        found.append(
            (p.position.line, letter(p.position.column - 1), p.severity, p.message.params["what"].key)
        )
    return found


def test_every_problem_is_found_at_its_row_and_column(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        read_roster(write_csv(tmp_path / "2022.csv", DIRTY))
    assert located(raised.value.problems) == [
        (3, "B", "error", "code_check"),
        (4, "B", "error", "roster_code_twice"),
        (5, "A", "error", "roster_name_twice"),
        (6, "A", "error", "roster_required"),
        (7, "C", "error", "roster_date_impossible"),
        (8, "C", "error", "roster_date_unreadable"),
        (9, "H", "warning", "roster_grouped"),
        (10, "H", "warning", "roster_scaled"),
        (11, "H", "warning", "roster_scaled"),
        (12, "E", "error", "roster_certificate_year"),
        (13, "D", "error", "roster_left_before"),
        (14, "G", "error", "roster_yes_no"),
        (15, "B", "error", "roster_required"),
        (16, "H", "error", "roster_number_unreadable"),
    ]
    said = {p.position.line: p.message.render(Lang.ZH) for p in raised.value.problems if p.position}
    assert said[3].startswith("第 3 行，B 列（统一社会信用代码）：校验码应为 ")
    assert said[4] == "第 4 行，B 列（统一社会信用代码）：统一社会信用代码与第 2 行（甲）重复"
    assert said[12] == (
        "第 12 行，E 列（高企证书编号）：证书编号 GR202115000001 的年份 2021 与发证日期 2022-03-01 不符"
    )


def test_warnings_alone_are_read_and_the_values_are_the_ones_meant(tmp_path: Path) -> None:
    rows = [DIRTY[0], DIRTY[8], DIRTY[9], DIRTY[10]]
    roster, warnings = read_roster(write_csv(tmp_path / "2022.csv", rows))
    assert [e.amounts["park_revenue"] for e in roster.enterprises] == [
        Fraction("1234.5"),
        Fraction("1.2"),
        30000,
    ]
    assert [w.position.line for w in warnings if w.position] == [2, 3, 4]
    assert roster_figures(roster).values["park_revenue"] == Fraction("31235.7")


def test_a_certificate_lasts_to_the_third_anniversary_of_its_issue() -> None:
    # 民法典 Art. 201: the issue day is not counted, the period starts the next day; Art. 202: it
    # ends on the matching day of the last year, or that month's last day where there is none
    def issued(day: date) -> Enterprise:
        return Enterprise(1, "甲", code(1), issued=day)

    assert issued(date(2020, 12, 1)).expires == date(2023, 12, 1)
    assert issued(date(2020, 1, 1)).expires == date(2023, 1, 1)
    assert issued(date(2020, 2, 29)).expires == date(2023, 2, 28)
    assert issued(date(2019, 12, 31)).high_tech(date(2022, 12, 31))
    assert not issued(date(2019, 12, 31)).high_tech(date(2023, 1, 1))
    assert not issued(date(2019, 12, 30)).high_tech(date(2022, 12, 31))
    assert not issued(date(2023, 1, 1)).high_tech(date(2022, 12, 31))


def test_a_full_width_comma_that_was_meant_to_separate_is_named(tmp_path: Path) -> None:
    """Typed with a Chinese input method, “乙公司，9115…” is one cell where two were meant."""
    path = tmp_path / "2022.csv"
    path.write_text(
        "企业名称,统一社会信用代码,高企发证日期\n乙公司，91150204MA0R0001KJ,2021-03-01\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as raised:
        read_roster(path)
    found = located(raised.value.problems)
    assert (2, "A", "error", "roster_wide_comma") in found
    said = [p.message.render(Lang.ZH) for p in raised.value.problems]
    assert any("全角逗号“，”" in s and "半角逗号“,”" in s for s in said)


def test_a_standard_names_the_roster_columns_of_its_figures(tmp_path: Path) -> None:
    # tech-sme-2017 declares the headers a roster gives its figures under (职工人数, 研发费用（万元）…):
    # read by the headers the office uses, with no Python for them.
    from zone_gap.standard.model import load_standard

    standard = load_standard(ROOT / "standards" / "tech-sme-2017.yaml")
    header = [
        "企业名称",
        "统一社会信用代码",
        "职工人数",
        "科技人员（人）",
        "研发费用（万元）",
        "Ⅱ类知识产权（件）",
    ]
    path = write_csv(tmp_path / "2022.csv", [header, ["甲公司", code(1), "100", "25", "250", "3"]])
    roster, _ = read_roster(path, standards=[standard])
    amounts = {k: v for k, v in roster.enterprises[0].amounts.items() if v is not None}
    assert amounts == {"staff": 100, "tech_staff": 25, "rd_expense": 250, "ip_class_2": 3}


@pytest.mark.parametrize(
    ("cells", "column", "said"),
    [
        ({"研究开发费用（万元）": "300", "成本费用支出总额（万元）": "200"}, "研究开发费用（万元）", "大于"),
        ({"Ⅰ类知识产权（件）": "1.5"}, "Ⅰ类知识产权（件）", "整数"),
        ({"职工总数（人）": "-3"}, "职工总数（人）", ""),
        ({"科技人员数（人）": "30", "职工总数（人）": "20"}, "科技人员数（人）", "大于"),
    ],
    ids=["rd-above-total-cost", "half-a-patent", "negative-staff", "more-s&t-staff-than-staff"],
)
def test_a_row_is_held_to_the_tech_sme_standards_figure_checks(
    tmp_path: Path, cells: dict[str, str], column: str, said: str
) -> None:
    # the same checks a tech-sme-2017 figures file gets (a part above its whole, a count whole and
    # not negative), at the cell of the figure, once though both enterprise standards declare it
    header = ["企业名称", "统一社会信用代码", *cells]
    path = write_csv(tmp_path / "2022.csv", [header, ["甲公司", code(1), *cells.values()]])
    with pytest.raises(InputError) as raised:
        read_roster(path)
    letter_of = "ABCDEFGH"[header.index(column)]
    errors = [p for p in raised.value.problems if p.severity == "error"]
    assert len(errors) == 1, [p.render(Lang.ZH) for p in errors]
    rendered = errors[0].render(Lang.ZH)
    assert f"第 2 行，{letter_of} 列（{column}）" in rendered
    assert said in rendered


def test_the_example_roster_is_what_its_script_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_example", EXAMPLES / "make.py")
    assert spec is not None
    assert spec.loader is not None
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    monkeypatch.setattr(make, "HERE", tmp_path)
    make.write_csv()
    for name in ("2022.csv", "2022-gb18030.csv"):
        assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes(), name
    from zone_gap.roster.credit_code import code_problem

    for row in read_roster(EXAMPLES / "2022.csv")[0].enterprises:  # GB 11714: the 17th character
        org = row.credit_code[8:16]
        weights = (3, 7, 9, 10, 5, 8, 4, 2)
        total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org, weights, strict=True))
        assert row.credit_code[16] == {10: "X", 11: "0"}.get(11 - total % 11, str(11 - total % 11))
        assert code_problem(row.credit_code) is None


@pytest.mark.parametrize("name", ["0000-x.csv", "9999-x.csv", "1948.csv", "2101-名录.csv"])
def test_a_year_no_file_may_have_in_a_rosters_name_is_said(tmp_path: Path, name: str) -> None:
    path = write_csv(tmp_path / name, [HEADER, ["甲", code(1), "", "", "", "", "是", "1", "1"]])
    with pytest.raises(UsageError) as raised:
        read_roster(path)
    said = raised.value.message.render(Lang.ZH)
    assert f"年份为 {name[:4]}，不在 1949–2100 年之间" in said
    assert read_roster(path, year=2022)[0].year == 2022  # --year decides


def test_a_year_given_against_the_files_name_is_warned(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "2021.csv", [HEADER, ["甲", code(1), "", "", "", "", "是", "1", "1"]])
    roster, warnings = read_roster(path, year=2022)
    assert roster.year == 2022
    assert [w.message.render(Lang.EN) for w in warnings] == [
        "the file's name says 2021, but it is read as 2022 (--year); check which is right"
    ]
    assert read_roster(path, year=2021)[1] == []


def test_a_full_width_comma_in_a_full_row_is_text(tmp_path: Path) -> None:
    """A name may hold “，”; a row with all its cells (one of them blank) is not short of any."""
    header = ["企业名称", "统一社会信用代码", "入驻日期", "营业收入（万元）"]
    path = write_csv(tmp_path / "2022.csv", [header, ["包头市，青山区甲科技有限公司", code(1), "", "100"]])
    roster, warnings = read_roster(path)
    assert [e.name for e in roster.enterprises] == ["包头市，青山区甲科技有限公司"]
    assert warnings == []


def test_a_column_named_twice_is_said_at_its_own_column(tmp_path: Path) -> None:
    header = ["企业名称", "统一社会信用代码", "职工总数（人）", "职工人数"]
    path = write_csv(tmp_path / "2022.csv", [header, ["甲", code(1), "100", "600"]])
    _, warnings = read_roster(path)
    assert [(w.position.line, w.position.column) for w in warnings if w.position] == [(1, 4)]
