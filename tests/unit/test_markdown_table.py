"""The Markdown table's separator row: dashes in proportion to the content, which pandoc takes as the
columns' widths in Word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zone_gap.render.markdown import (
    LANDSCAPE,
    NAME,
    PADDING,
    PAGE,
    cell,
    render_markdown,
    separator_row,
    table,
)
from zone_gap.render.sheet import Block, Group, Row, Sheet


def dashes(row: str) -> list[int]:
    return [len(part) for part in row.strip("|").split("|")]


def test_columns_that_fit_get_dashes_in_proportion_to_their_widest_cell() -> None:
    # widths in sixths of the font size, each plus 2 for the margins: 指标 4 CJK = 8 + 2;
    # 状态 (header 2 CJK, wraps to 1 line = 2) ... body 未达标 6 + 2; 162 → 3 × 1.4 = 4.2 + 2
    row = separator_row(["指标", "状态", "现状"], [["入驻企业", "未达标", "162"]])
    widths = dashes(row)
    assert widths == [round(10 * PAGE / 24.2), round(8 * PAGE / 24.2), round(6.2 * PAGE / 24.2)]
    assert len(row) > 72  # longer than pandoc's --columns, so pandoc always uses the widths


def test_a_long_text_does_not_squeeze_the_short_columns() -> None:
    evidence = "园区已设立管理委员会，为昆区政府派出机构，在昆区政府领导下，负责管理园区各项事业" * 3
    widths = dashes(separator_row(["条款", "状态", "依据"], [["统一的管理委员会", "未达标", evidence]]))
    assert widths[1] >= 8  # 未达标 and its margins, whole
    assert widths[2] < PAGE * 0.75
    assert widths[0] > widths[1]


def test_a_column_is_never_narrower_than_its_longest_number() -> None:
    name = "高企和科技型中小企业占园区企业总数" * 2
    columns = ["指标", "状态", "现状", "标准", "差距", "每年需增", "需年均增速"]
    rows = [
        [name, "未达标", "5.50%", "≥20.00%", "14.50 个百分点（约 24 家）", "+4.83 个百分点/年", "53.78%"],
        [name, "未达标", "1.00%", "≥2.40%（期末 2.65%）", "1.40 个百分点", "+0.55 个百分点/年", "38.38%"],
    ]
    widths = dashes(separator_row(columns, rows))
    scale = sum(widths) / PAGE
    assert widths[3] >= (7 * 1.4 + 2) * scale - 1  # ≥20.00% (7 characters) on one line
    assert widths[5] >= (5 * 1.4 + 2) * scale - 1  # +4.83
    assert widths[0] == max(widths)


LEDGER = ["指标", "状态", "现状", "标准", "差距", "每年需增", "需年均增速", "任务（附件2）", "责任部门"]
LEDGER_ROW = [
    "└高企和科技型中小企业占园区企业总数 [6]",
    "未达标",
    "未知：缺 盟市高新技术企业总数（`city_high_tech_enterprises`）",
    "≥2.40%（期末 2.65%）",
    "14.50 个百分点（约 24 家）",
    "+4.83 个百分点/年",
    "53.78%",
    "4. 优化创新发展环境\n7. 推进科技成果转化",
    "包头金属深加工园区管委会、区工信局、区发改委、区商务局、区市场监督管理局",
]


def test_columns_too_many_for_a_portrait_page_are_shared_over_the_landscape_one() -> None:
    """Nine columns do not fit 6.5 inches with every figure whole: they take the landscape page,
    the names seven Chinese characters a line, every figure whole."""
    widths = dashes(separator_row(LEDGER, [LEDGER_ROW]))
    assert abs(sum(widths) - LANDSCAPE) <= len(widths)
    assert widths[0] >= NAME + PADDING - 1  # └高企和科技型 a line
    assert widths[3] >= 6 * 1.4 + PADDING - 1  # ≥2.40%
    assert widths[6] >= 6 * 1.4 + PADDING - 1  # 53.78%, on one line
    assert widths[0] > min(widths)


def test_an_identifier_does_not_hold_its_column_wide() -> None:
    """`city_high_tech_enterprises` breaks in any column a page has room for: it is no reason to
    keep the actual column wider than the names (it was 18 to their 10, in check's seven columns)."""
    rows = [LEDGER_ROW[:7], ["入驻企业数", "未达标", "162", "≥200", "38 家", "+13 家/年", "7.28%"]]
    widths = dashes(separator_row(LEDGER[:7], rows))
    assert abs(sum(widths) - PAGE) <= len(widths)  # seven columns fit a portrait page
    assert widths[0] == max(widths)


def test_english_words_break_before_a_figure_does() -> None:
    """Where no page has room for every word whole, the words break and the figures stay whole."""
    columns = [f"Column {i}" for i in range(12)]
    row = ["Characteristically"] * 6 + ["53.78%"] * 6
    widths = dashes(separator_row(columns, [row]))
    page = LANDSCAPE if abs(sum(widths) - LANDSCAPE) <= len(widths) else PAGE
    assert all(w * page / sum(widths) >= 6 * 1.4 + PADDING - 1 for w in widths[6:])


def test_each_group_is_a_heading_over_a_table_of_its_own_with_the_same_widths() -> None:
    """A heading row inside a table could end a page in Word with its rows on the next; a heading
    is kept with what follows it."""
    groups = [
        Group("区科技局", [Row(["明确的产业发展方向", "未知"])]),
        Group("区财政局", [Row(["研发投入强度", "未达标"])]),
    ]
    sheet = Sheet("台账", [Block("部门台账", ["指标", "状态"], groups, ["[1] 说明"])])
    lines = render_markdown(sheet).splitlines()
    assert lines[:8] == ["# 台账", "", "## 部门台账", "", "### 区科技局", "", "| 指标 | 状态 |", lines[7]]
    assert lines.count(lines[7]) == 2  # the separator row of both tables
    assert "### 区财政局" in lines
    assert not any(line.startswith("| **") for line in lines)
    assert lines[-1] == "- [1] 说明"  # the block's notes after its last table


def test_line_breaks_in_a_cell_keep_a_separator_for_word() -> None:
    assert (
        cell("6. 强化创新平台建设\n9. 激发创新创造活力", "；")
        == "6. 强化创新平台建设；<br>9. 激发创新创造活力"
    )
    lines = table(["任务"], [["a\nb"]], "; ")
    assert lines[2] == "| a; <br>b |"


@given(
    st.lists(
        st.lists(
            st.text(alphabet="未达标家个百分点0123456789.%≥ abc[]", max_size=80), min_size=1, max_size=12
        ),
        min_size=1,
        max_size=6,
    )
)
def test_every_column_gets_dashes_and_the_row_stays_longer_than_pandoc_columns(rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    row = separator_row([f"列{i}" for i in range(width)], rows)
    widths = dashes(row)
    assert len(widths) == width
    assert min(widths) >= 3
    assert len(row) > 72
