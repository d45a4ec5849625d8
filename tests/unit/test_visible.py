"""Text from input files made safe for the place it is shown."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from zone_gap.render.visible import one_line, visible


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("园区\x1b[31m红", "园区\\x1b[31m红"),
        ("a\x00b\x07c\x08", "a\\x00b\\x07c\\x08"),
        ("line\nnext\tcol", "line\nnext\tcol"),  # newline and tab are kept
        ("cr\r\x0b\x0c", "cr\\x0d\\x0b\\x0c"),
        ("del\x7f c1\x80\x9b\x9f", "del\\x7f c1\\x80\\x9b\\x9f"),
        ("\xa0é≥20%", "\xa0é≥20%"),  # printable text beyond ASCII is untouched
    ],
)
def test_visible_writes_out_control_characters(raw: str, shown: str) -> None:
    assert visible(raw) == shown


@given(st.text())
def test_visible_leaves_no_control_character_but_newline_and_tab(raw: str) -> None:
    shown = visible(raw)
    assert all(c in "\n\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) for c in shown)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("名录\n第二行.csv", "名录\\x0a第二行.csv"),
        ("a\rb\tc", "a\\x0db\\x09c"),
        ("nel\x85 ls\u2028 ps\u2029", "nel\\x85 ls\\u2028 ps\\u2029"),
        ("\udcff\udcfe.csv", "\\xff\\xfe.csv"),  # bytes of a name that is not UTF-8
        ("\ufffe\uffff", "\\ufffe\\uffff"),
        ("\xa0é≥20%：名录", "\xa0é≥20%：名录"),
    ],
)
def test_one_line_escapes_what_would_end_a_yaml_comment(raw: str, shown: str) -> None:
    assert one_line(raw) == shown


@given(st.text())
def test_one_line_keeps_a_yaml_comment_on_its_line(raw: str) -> None:
    assert yaml.safe_load(f"key: 1  # {one_line(raw)}\nnext: 2\n") == {"key": 1, "next": 2}
