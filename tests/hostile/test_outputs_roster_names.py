"""Outputs that must never harm an input: a roster's file name in the comments `new --roster`
writes.

Each figure the roster gives is written with a comment naming the roster's file. A name holding a
line break or another control character (a file saved by a script, a name pasted from a chat) must
stay on its comment's line, escaped, so that the file written is still YAML, `validate` passes it,
and the figures read back are the roster's.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from tests.hostile._support import (
    assert_chinese,
    assert_english,
    assert_no_crash,
    project_copy,
    replace_once,
    write,
    zg,
)

ROSTER = Path(__file__).resolve().parents[2] / "examples" / "roster" / "2022.csv"

NAMES = {
    "line-feed": ("名录\n第二行.csv", "名录\\x0a第二行.csv"),
    "carriage-return": ("名录\r.csv", "名录\\x0d.csv"),
    "tab-and-escape": ("名录\t\x1b[31m.csv", "名录\\x09\\x1b[31m.csv"),
    "next-line": ("名录\x85.csv", "名录\\x85.csv"),
    "line-separator": ("名录\u2028\u2029.csv", "名录\\u2028\\u2029.csv"),
    "delete-and-c1": ("名录\x7f\x9b.csv", "名录\\x7f\\x9b.csv"),
    "not-utf-8": (os.fsdecode(b"\xff\xfe.csv"), "\\xff\\xfe.csv"),
}


@pytest.mark.parametrize(("name", "shown"), NAMES.values(), ids=NAMES.keys())
def test_a_roster_name_stays_on_its_comment_line(tmp_path: Path, name: str, shown: str) -> None:
    root = project_copy(tmp_path / "p")
    roster = write(root / "rosters" / name, ROSTER.read_bytes())
    inputs = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    result = zg("new", "2021", "--roster", Path("rosters") / name, cwd=root)
    assert_no_crash(result, {0})
    written = root / "baselines" / "2021.yaml"
    text = written.read_text(encoding="utf-8")
    commented = [line for line in text.splitlines() if "# 名录 " in line]
    assert commented, text
    for line in commented:
        assert line.split(":", 1)[0].isidentifier(), f"a comment broken onto its own line: {line!r}"
        assert f"rosters/{shown}：" in line, line
    figures = yaml.safe_load(text)
    assert figures["enterprises"] == 56
    assert figures["park"] == "包头金属深加工园区"
    assert roster.read_bytes() == ROSTER.read_bytes()
    assert {p: p.read_bytes() for p in inputs} == inputs, "an input file changed"
    for lang, language in (([], assert_chinese), (["--lang", "en"], assert_english)):
        checked = zg("validate", "baselines/2021.yaml", *lang, cwd=root)
        assert_no_crash(checked, {0})
        language(checked.stdout.strip().splitlines()[-1])


def test_last_years_words_are_quoted_so_that_they_read_back(tmp_path: Path) -> None:
    """The park's name and a clause's evidence come from last year's file, where YAML's escapes can
    put a line or paragraph separator into them (control characters are refused there): written
    again, they read back the same."""
    root = project_copy(tmp_path / "p")
    last = root / "baselines" / "2020.yaml"
    text = last.read_text(encoding="utf-8")
    text = replace_once(text, "park: 包头金属深加工园区", 'park: "包头\\L深加工\\P园区"')
    text = replace_once(text, "evidence: 园区有明确的四至范围", 'evidence: "四至\\P范围明确"')
    write(last, text)
    before = last.read_bytes()
    result = zg("new", "2021", cwd=root)
    assert_no_crash(result, {0})
    written = yaml.safe_load((root / "baselines" / "2021.yaml").read_text(encoding="utf-8"))
    assert written["park"] == "包头\u2028深加工\u2029园区"
    assert last.read_bytes() == before
    for lang, language in (([], assert_chinese), (["--lang", "en"], assert_english)):
        checked = zg("validate", "baselines/2021.yaml", *lang, cwd=root)
        assert_no_crash(checked, {0})
        language(checked.stdout.strip().splitlines()[-1])
