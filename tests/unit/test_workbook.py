"""The workbook's print set-up: columns fitted to an A4 landscape page at 7 pt and over, text
wrapping, rows as tall as their text; where even the narrowest columns do not fit, printed at that
size over several pages across rather than shrunk. Read back with openpyxl."""

from __future__ import annotations

import io

import openpyxl

from zone_gap.i18n import Lang
from zone_gap.render.spreadsheet import Grid
from zone_gap.render.workbook import FONT, PRINTED, _lines, _room, render_xlsx


def _sheet(grid: Grid) -> openpyxl.worksheet.worksheet.Worksheet:
    return openpyxl.load_workbook(io.BytesIO(render_xlsx(grid, Lang.ZH, "表"))).worksheets[0]


def _widths(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[float]:
    found: dict[int, float] = {}
    for dimension in sheet.column_dimensions.values():
        for column in range(dimension.min, dimension.max + 1):
            found[column] = dimension.width
    return [found[c] for c in sorted(found)]


def test_long_text_wraps_in_narrower_columns_that_fit_the_page() -> None:
    notes = "园区已设立管理委员会，为昆区政府派出机构，在昆区政府领导下，负责管理园区各项事业" * 2
    rows = [[f"指标{i}", "未达标", "53.78", *[notes] * 5] for i in range(5)]
    sheet = _sheet(
        Grid(["名称", "状态", "差距", "说明", "依据", "备注", "任务", "部门"], rows, frozenset({2}))
    )
    widths = _widths(sheet)
    assert sum(widths) <= _room(8) + 8  # (openpyxl reads each width back a little wider)
    assert widths[2] >= 6  # the number keeps its width: a cell too narrow shows ###
    assert min(widths[3:]) < 48  # the long text wraps, narrower than the widest a column is made
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth or 1, sheet.page_setup.fitToHeight) == (1, 0)  # 1 is unwritten
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"  # the header on every page
    assert sheet.row_dimensions[2].height >= 16 * _lines(notes, widths[3])


def test_columns_too_many_for_one_page_print_at_the_size_over_pages_across() -> None:
    header = [f"第{i}年" for i in range(40)]
    sheet = _sheet(Grid(header, [["123456.78"] * 40], frozenset(range(40))))
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.scale == int(PRINTED / FONT * 100) >= 64  # 7.04 pt at least


def test_lines_are_counted_as_wrapped_at_spaces_and_between_chinese_characters() -> None:
    assert _lines("", 10) == 1
    assert _lines("未达标", 10) == 1
    assert _lines("一二三四五六七八九十", 10) == 2  # five a line (1.6 wide each, in 9 of 10)
    assert _lines("first line\nsecond", 30) == 2
    assert _lines("aaaa bbbb cccc", 10) == 2  # "aaaa bbbb" then "cccc": not 14 / 9 of a line
    assert _lines("city_high_tech_enterprises", 10) == 3  # a run longer than a line breaks anywhere
