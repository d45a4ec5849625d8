"""Class 5 — messages: in the user's words, at the right place, with fixes that work.

Generated: every full-width character a Chinese input method slips into a baseline (colon after a
key, digits, percent sign, U+3000 indentation, curly quotes, ＃ for a comment), a tab, a missing space
after a colon, an unclosed quote on line 4 of a 20-line file, years 1800 and 2200; each located at
its own line by validate (exit 1) and check (exit 2), in Chinese by default and in English with
``--lang en``. Unknown option values, an unknown command and a misspelt option: exit 2, one line, in
the language asked for. And every value a message suggests, once written, is accepted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.hostile._support import (
    SHIPPED_BASELINE,
    assert_chinese,
    assert_english,
    assert_failed_in_chinese,
    assert_no_crash,
    errors,
    line_of,
    project_copy,
    replace_once,
    write,
    zg,
)

TWENTY_LINES = (
    "\n".join(
        [
            "# 测试园区",
            "# 第二行注释",
            "# 第三行注释",
            'park: "测试园区',  # line 4: the quote is never closed
            "year: 2020",
            "enterprises: 162",
            "high_tech_enterprises: 9",
            "rd_institutions: 3",
            "rd_intensity: 1%",
            *(f"# 注释 {n}" for n in range(10, 21)),
        ]
    )
    + "\n"
)

# name -> (old, new, needle on the broken line, words the message must contain)
SLIPS = {
    "full-width-colon": ("enterprises: 162 ", "enterprises：162 ", "enterprises：", ()),
    "full-width-digits": ("enterprises: 162 ", "enterprises: １６２ ", "１６２", ()),
    "full-width-percent": ("rd_intensity: 1% ", "rd_intensity: 1％ ", "1％", ()),
    "ideographic-space-indent": ("\n  boundaries:", "\n\u3000boundaries:", "\u3000boundaries", ()),
    "curly-double-quotes": ("enterprises: 162 ", "enterprises: “162” ", "“162”", ()),
    "curly-single-quotes": ("enterprises: 162 ", "enterprises: ‘162’ ", "‘162’", ()),
    "curly-quotes-on-a-share": ("rd_intensity: 1% ", "rd_intensity: “1%” ", "“1%”", ()),
    "full-width-hash-comment": ("# tech_smes:  ", "＃ tech_smes:", "＃ tech_smes", ()),
    "tab-indent": ("\n    met: true", "\n\tmet: true", "\tmet", ()),
    "no-space-after-colon": ("enterprises: 162 ", "enterprises:162 ", "enterprises:162", ()),
    "year-1800": ("year: 2020", "year: 1800", "year: 1800", ("1949", "2100")),
    "year-2200": ("year: 2020", "year: 2200", "year: 2200", ("1949", "2100")),
}


def _slip(name: str) -> tuple[str, int, tuple[str, ...]]:
    if name == "unclosed-quote-line-4-of-20":
        return TWENTY_LINES, 4, ()
    old, new, needle, words = SLIPS[name]
    text = replace_once(SHIPPED_BASELINE, old, new)
    return text, line_of(text, needle), words


ALL_SLIPS = [*SLIPS, "unclosed-quote-line-4-of-20"]


@pytest.mark.parametrize("name", ALL_SLIPS)
def test_a_slip_is_located_in_chinese(tmp_path: Path, name: str) -> None:
    text, line, words = _slip(name)
    path = write(tmp_path / "b" / "2020.yaml", text)
    for command, code in ((["validate", "--kind", "baseline"], 1), (["check"], 2)):
        found = assert_failed_in_chinese(zg(*command, path), code)
        at = [p for p in found if p.line == line]
        assert at, f"`{command[0]}`: nothing at line {line}: {found}"
        for word in words:
            assert any(word in p.message for p in at), f"no {word} in {at}"


@pytest.mark.parametrize("name", ALL_SLIPS)
def test_a_slip_is_located_in_english(tmp_path: Path, name: str) -> None:
    text, line, words = _slip(name)
    path = write(tmp_path / "b" / "2020.yaml", text)
    for command, code in ((["validate", "--kind", "baseline"], 1), (["check"], 2)):
        result = zg(*command, "--lang", "en", path)
        assert_no_crash(result, {code})
        found = errors(result.output)
        at = [p for p in found if p.line == line]
        assert at, f"`{command[0]}`: nothing at line {line}: {found}"
        for p in found:
            assert_english(p.message)
        for word in words:
            assert any(word in p.message for p in at), f"no {word} in {at}"


USAGE = {
    "lang-fr": ["check", "--lang", "fr"],
    "format-xml": ["check", "--format", "xml"],
    "group-by-foo": ["check", "--group-by", "foo"],
    "validate-format-xml": ["validate", "--format", "xml"],
    "schema-foo": ["schema", "foo"],
    "unknown-command": ["chek"],
    "misspelt-option": ["check", "--frmat", "json"],
}


USAGE_CASES = [
    pytest.param(args if lang == "zh" else [*args, "--lang", "en"], lang, id=f"{name}-{lang}")
    for name, args in USAGE.items()
    for lang in ("zh", "en")
    if not (lang == "en" and "--lang" in args)  # --lang fr cannot also be --lang en
]


@pytest.mark.parametrize(("args", "lang"), USAGE_CASES)
def test_a_usage_error_in_the_language_asked_for(tmp_path: Path, args: list[str], lang: str) -> None:
    root = project_copy(tmp_path / "p")
    result = zg(*args, cwd=root)
    assert_no_crash(result, {2})
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    (assert_chinese if lang == "zh" else assert_english)(lines[0])
    assert not result.stdout.strip(), result.stdout


SUGGESTED = re.compile(r"`([^`\s]+)`")
BARE_SHARES = ["0.5", "0.05", "1", "2.6", "100", "150", "0.0000000000000000000000001", ".inf", "1e-3"]


def _suggestions(text: str, line: int, path: Path) -> list[str]:
    result = zg("validate", "--kind", "baseline", path)
    assert_no_crash(result, {1})
    at = [p for p in errors(result.output) if p.line == line]
    assert at, result.output
    for p in at:
        assert_chinese(p.message)
    return [s for p in at for s in SUGGESTED.findall(p.message) if s.endswith("%")]


@pytest.mark.parametrize("key", ["rd_intensity", "high_tech_revenue_share"])
@pytest.mark.parametrize("value", BARE_SHARES)
def test_every_suggested_fix_is_accepted(tmp_path: Path, key: str, value: str) -> None:
    old = {"rd_intensity": "rd_intensity: 1% ", "high_tech_revenue_share": "high_tech_revenue_share: 4% "}[
        key
    ]
    text = replace_once(SHIPPED_BASELINE, old, f"{key}: {value} ")
    line = line_of(text, f"{key}: {value}")
    offered = _suggestions(text, line, write(tmp_path / "b" / "2020.yaml", text))
    if value == "0.5":
        assert {"0.5%", "50%"} <= set(offered), offered
    if value == "150":
        assert "150%" not in offered, offered
        assert "15000%" not in offered, offered
    for fix in offered:
        fixed = replace_once(SHIPPED_BASELINE, old, f"{key}: {fix} ")
        result = zg("validate", "--kind", "baseline", write(tmp_path / "fixed" / "2020.yaml", fixed))
        assert_no_crash(result, {0, 1})
        still = [p for p in errors(result.output) if p.line == line]
        assert not still, f"the suggested `{fix}` is refused: {still}"
