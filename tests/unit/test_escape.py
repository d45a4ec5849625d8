"""Text cells escaped for Markdown and for spreadsheets."""

from __future__ import annotations

import pytest

from zone_gap.render.markdown import cell, text
from zone_gap.render.spreadsheet import inert


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("R&D", "R&D"),
        ("&lt;b&gt;", "&amp;lt;b&amp;gt;"),
        ("&#60;", "&amp;#60;"),
    ],
)
def test_markdown_text_never_becomes_html(raw: str, shown: str) -> None:
    assert text(raw) == shown


def test_markdown_cell_also_escapes_pipes_and_breaks_lines() -> None:
    assert cell("a|<b>\nc") == "a\\|&lt;b&gt;; <br>c"
    assert cell("a\nc", "；") == "a；<br>c"


@pytest.mark.parametrize(
    ("raw", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("-1+2", "'-1+2"),
        ("+1", "'+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-3.5", "-3.5"),
        ("-3", "-3"),
        ("5.5", "5.5"),
        ("园区", "园区"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_cell_is_inert(raw: str, written: str) -> None:
    assert inert(raw) == written
