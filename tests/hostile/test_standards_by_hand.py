"""Standards written by hand — what a person writing a standard's YAML gets wrong.

Each mistake is put into a throw-away copy of the project (its own ``standards/`` wins over the
shipped standard of the same id), and must be refused by ``validate`` (exit 1) and by every command
that reads the standard (exit 2), at the line and column of the mistake, in Chinese, in English with
``--lang en``, and never with a traceback. Generated families: every impossible threshold by kind,
every word YAML reads as something else than an id.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile._support import (
    SHIPPED_STANDARD,
    STANDARD_NAME,
    Problem,
    assert_chinese,
    assert_english,
    assert_failed_in_chinese,
    assert_no_crash,
    errors,
    problems,
    project_copy,
    replace_once,
    write,
    zg,
)

STANDARD = f"standards/{STANDARD_NAME}"
COMMANDS: dict[str, list[str]] = {
    "check": ["check"],
    "project": ["project"],
    "plan": ["plan"],
    "report": ["report", "-o", "out/pack.html"],
    "roster": ["roster", "2022.csv"],
    "new": ["new", "2021", "--folder", "fresh"],
}
"""Every command that reads the standard, as a user types it in the project's folder."""


def project(tmp_path: Path) -> Path:
    root = project_copy(tmp_path / "p")
    (root / "2022.csv").write_bytes((ROOT / "examples" / "roster" / "2022.csv").read_bytes())
    return root


def _warnings(output: str) -> list[Problem]:
    return [p for p in problems(output) if p.severity == "warning"]


def place(text: str, written: str, marker: str) -> tuple[int, int]:
    """The line and column of ``marker`` inside the first ``written`` in ``text``."""
    start = text.index(written) + written.index(marker)
    return text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)


def broken_standard(root: Path, old: str, new: str, marker: str) -> tuple[int, int]:
    """The project's standard with ``old`` written as ``new``; where ``marker`` in it stands."""
    text = replace_once(SHIPPED_STANDARD, old, new)
    write(root / STANDARD, text)
    return place(text, new, marker)


def assert_located(found: Iterable[Problem], file: str, line: int, col: int) -> None:
    at = [p for p in found if p.file.endswith(file) and (p.line, p.col) == (line, col)]
    assert at, f"no error at {file}:{line}:{col}: {list(found)}"


def assert_refused(root: Path, file: str, line: int, col: int, commands: Iterable[str] = ("check",)) -> str:
    """validate refuses (1), in Chinese and, with --lang en, in English; each command refuses (2),
    at the same place; the Chinese message at the place is returned."""
    found = assert_failed_in_chinese(zg("validate", file, cwd=root), 1)
    assert_located(found, file, line, col)
    english = zg("validate", file, "--lang", "en", cwd=root)
    assert_no_crash(english, {1})
    for problem in errors(english.output):
        assert_english(problem.message)
    for name in commands:
        result = zg(*COMMANDS[name], cwd=root)
        assert_located(assert_failed_in_chinese(result, 2), file, line, col)
    assert not (root / "out").exists(), "a report written from a refused standard"
    assert not (root / "fresh").exists(), "a template written from a refused standard"
    return next(p.message for p in found if (p.line, p.col) == (line, col))


EVERY_COMMAND = {
    "3-always-met": ("        at_least: 200", "        at_least: -5", "-5"),
    "4-yes-for-a-number": ("        at_least: 200", "        at_least: yes", "yes"),
    "5-one-band": (
        "            at_least: 25%\n",
        "            at_least: {tiers: {by: enterprises, bands: [{value: 5%}]}}\n",
        "[{value",
    ),
    "7-id-true": ("      - id: enterprise_count", "      - id: true", "true"),
}
"""One mistake of each point whose place is in the standard, put to every command (the generated
families below put each case to validate and check)."""


@pytest.mark.parametrize(("old", "new", "marker"), list(EVERY_COMMAND.values()), ids=list(EVERY_COMMAND))
def test_a_refused_standard_is_refused_by_every_command(
    tmp_path: Path, old: str, new: str, marker: str
) -> None:
    root = project(tmp_path)
    line, col = broken_standard(root, old, new, marker)
    assert_refused(root, STANDARD, line, col, COMMANDS)


# --- 3. thresholds that can never be met, or are always met -------------------------------------

EXTRA = "      - id: rd_institutions\n"
"""Where a criterion is put in: before the R&D institutions, in the innovation dimension."""


def _criterion(kind: str, bar: str, **keys: str) -> str:
    fields = "".join(f", {k}: {v}" for k, v in keys.items())
    return (
        f"      - {{id: extra, kind: {kind}, name: {{zh: 附加, en: Extra}}, clause: 附加{fields}, {bar}}}\n"
        + EXTRA
    )


def _tiers(by: str, up_to: str, first: str, last: str) -> str:
    return (
        f"at_least: {{tiers: {{by: {by}, bands: [{{up_to: {up_to}, value: {first}}}, {{value: {last}}}]}}}}"
    )


IMPOSSIBLE: dict[str, tuple[str, str, str]] = {
    # name: (old, new, the text at the error's place)
    "count-at-least-negative": ("        at_least: 200", "        at_least: -5", "-5"),
    "count-at-least-zero": ("        at_least: 200", "        at_least: 0", "0"),
    "value-count-at-most-negative": (EXTRA, _criterion("value", "at_most: -1", figure="enterprises"), "-1"),
    "value-count-below-zero": (EXTRA, _criterion("value", "below: 0", figure="enterprises"), "0}"),
    "value-count-above-negative": (EXTRA, _criterion("value", "above: -1", figure="enterprises"), "-1"),
    "value-amount-at-least-zero": (EXTRA, _criterion("value", "at_least: 0", figure="park_revenue"), "0}"),
    "value-share-above-100": (EXTRA, _criterion("value", "at_least: 150%", figure="rd_intensity"), "150%"),
    "value-share-at-most-100": (EXTRA, _criterion("value", "at_most: 100%", figure="rd_intensity"), "100%"),
    "value-share-below-zero": (EXTRA, _criterion("value", "below: 0%", figure="rd_intensity"), "0%"),
    "value-rate-at-least-minus-100": (
        EXTRA,
        _criterion("value", "at_least: -100%", figure="high_tech_growth"),
        "-100%",
    ),
    "ratio-part-of-150": ("            at_least: 25%\n", "            at_least: 150%\n", "150%"),
    "ratio-part-of-above-100": ("            at_least: 25%\n", "            above: 100%\n", "100%"),
    "ratio-part-of-at-most-negative": ("            at_least: 25%\n", "            at_most: -1%\n", "-1%"),
    "ratio-counts-below-zero": (
        EXTRA,
        _criterion("ratio", "below: 0%", numerator="enterprises", denominator="rd_institutions"),
        "0%",
    ),
    "distinct-share-zero": ("            at_least: 20%\n", "            at_least: 0%\n", "0%"),
    "growth-minus-100": ("        at_least: 30%\n", "        at_least: -100%\n", "-100%"),
    "score-at-least-negative": (
        EXTRA,
        _criterion(
            "score", "at_least: -1", parts="[{id: p, name: {zh: 甲, en: P}, max: 10, typed: rd_institutions}]"
        ),
        "-1",
    ),
    "tiers-value-negative": (
        EXTRA,
        _criterion("value", _tiers("park_revenue", "5000", "100", "-5"), figure="enterprises"),
        "-5}",
    ),
    "tiers-up-to-negative": (
        EXTRA,
        _criterion("value", _tiers("enterprises", "-5", "100", "200"), figure="enterprises"),
        "-5",
    ),
    "tiers-up-to-whole-share": (
        EXTRA,
        _criterion("value", _tiers("rd_intensity", "100%", "100", "200"), figure="enterprises"),
        "100%",
    ),
}


@pytest.mark.parametrize(("old", "new", "marker"), list(IMPOSSIBLE.values()), ids=list(IMPOSSIBLE))
def test_a_threshold_that_decides_nothing_is_refused(tmp_path: Path, old: str, new: str, marker: str) -> None:
    root = project(tmp_path)
    line, col = broken_standard(root, old, new, marker)
    message = assert_refused(root, STANDARD, line, col)
    assert any(word in message for word in ("对任何数据", "永远用不上")), message
    assert "请改正" in message, message


# --- 4. a yes/no or a quoted number where a number belongs ----------------------------------------

NOT_NUMBERS = {
    "count-yes": ("        at_least: 200", "        at_least: yes", "yes"),
    "count-true": ("        at_least: 200", "        at_least: true", "true"),
    "count-quoted": ("        at_least: 200", "        at_least: '200'", "'200'"),
    "growth-on": ("        at_least: 30%\n", "        at_least: on\n", "on"),
    "ratio-quoted": ("            at_least: 25%\n", '            at_least: "25"\n', '"25"'),
    "distinct-share-false": ("            at_least: 20%\n", "            at_least: false\n", "false"),
    "tiers-up-to-yes": (
        EXTRA,
        _criterion("value", _tiers("enterprises", "yes", "100", "200"), figure="enterprises"),
        "yes",
    ),
    "tiers-value-quoted": (
        EXTRA,
        _criterion("value", _tiers("enterprises", "50", "'100'", "200"), figure="enterprises"),
        "'100'",
    ),
}


@pytest.mark.parametrize(("old", "new", "marker"), list(NOT_NUMBERS.values()), ids=list(NOT_NUMBERS))
def test_a_threshold_that_is_no_number_says_to_write_one(
    tmp_path: Path, old: str, new: str, marker: str
) -> None:
    root = project(tmp_path)
    line, col = broken_standard(root, old, new, marker)
    message = assert_refused(root, STANDARD, line, col)
    key = "up_to" if "up_to: yes" in new else "value" if "value: '" in new else "at_least"
    assert f"`{key}`" in message, message
    assert "数字" in message, message
    assert "true" not in message.replace("yes、no、true、false", ""), f"suggests true for a number: {message}"
    result = zg("validate", STANDARD, cwd=root)
    assert "warning" not in result.output, f"a warning beside the error: {result.output}"


# --- 5. tiers with one band ------------------------------------------------------------------------


@pytest.mark.parametrize("bands", ["[{value: 5%}]", "[{up_to: 100, value: 5%}]", "[]"])
def test_tiers_of_one_band_are_one_error(tmp_path: Path, bands: str) -> None:
    root = project(tmp_path)
    new = f"            at_least: {{tiers: {{by: enterprises, bands: {bands}}}}}\n"
    line, col = broken_standard(root, "            at_least: 25%\n", new, bands)
    message = assert_refused(root, STANDARD, line, col)
    found = [p for p in errors(zg("validate", STANDARD, cwd=root).output) if p.file == STANDARD]
    assert len(found) == 1, f"one mistake, {len(found)} errors: {found}"
    assert "两档" in message, message
    assert "直接写数字或百分比" in message, message


# --- 7. ids YAML reads as something else ------------------------------------------------------------

MISREAD = ["true", "false", "null", "~", "123", "1.5", "yes", "no", "on", "off", "2020-01-01", "''", ""]
"""Every kind of word YAML reads as no text: a yes/no (YAML 1.1's yes/no/on/off too), nothing, a
number, a date; and an id left empty, quoted or not."""
FIGURE = "  rd_institutions:\n"
ID_PLACES: dict[str, tuple[str, str, bool]] = {
    # place: (old, new with {id}, the error is at a key)
    "figure": (FIGURE, "  {id}:\n    unit: count\n    name: {{zh: 附加, en: Extra}}\n" + FIGURE, True),
    "criterion": (
        EXTRA,
        "      - id: {id}\n        kind: qualitative\n        name: {{zh: 附加, en: E}}\n"
        "        clause: 附加\n" + EXTRA,
        False,
    ),
    "dimension": ("  - id: industry\n", "  - id: {id}\n", False),
    "standard": ("\nid: inner-mongolia-2020\n", "\nid: {id}\n", False),
}
ID_CASES = [
    pytest.param(word, where, id=f"{where}-{word or 'empty'}")
    for where in ID_PLACES
    for word in MISREAD
    if not (ID_PLACES[where][2] and word == "")  # a key cannot be left out; `'':` is the empty key
]


@pytest.mark.parametrize(("word", "where"), ID_CASES)
def test_an_id_yaml_reads_otherwise_is_refused(tmp_path: Path, word: str, where: str) -> None:
    old, new, key = ID_PLACES[where]
    written = new.format(id=word)
    root = project(tmp_path)
    text = replace_once(SHIPPED_STANDARD, old, written)
    write(root / STANDARD, text)
    line, col = place(text, written, f"{word}:" if key else f"id: {word}")
    if not key:
        col += len("id: ") if word else len("id:")  # an empty value stands just after its colon
    message = assert_refused(root, STANDARD, line, col)
    if word.strip("'"):
        assert f"'{word}'" in message, f"not told to quote it: {message}"
        assert "换一个" in message, message
    else:
        assert "不能为空" in message, message


def test_new_quotes_the_ids_yaml_would_read_otherwise(tmp_path: Path) -> None:
    root = project(tmp_path)
    write(
        root / "standards" / "numbered.yaml",
        "id: '123'\nname: {zh: 编号标准, en: Numbered}\nsource: 测试\nfigures:\n"
        "  'yes': {unit: count, name: {zh: 是数, en: Yes count}}\n"
        "  'null': {unit: amount, name: {zh: 空数, en: Null amount}}\n"
        "dimensions:\n  - id: 'true'\n    name: {zh: 维度, en: Dimension}\n    criteria:\n"
        "      - {id: '2020', kind: count, name: {zh: 个数, en: Count}, clause: 不少于3,\n"
        "         figure: 'yes', at_least: 3}\n"
        "      - {id: 'on', kind: qualitative, name: {zh: 条款, en: Clause}, clause: 有}\n",
    )
    assert_no_crash(zg("validate", "standards/numbered.yaml", cwd=root), {0})
    assert_no_crash(zg("new", "2021", "--standard", "123", "--folder", "fresh", cwd=root), {0})
    template = (root / "fresh" / "2021.yaml").read_text(encoding="utf-8")
    for line in ('standard: "123"', '"yes":', '"null":', '  # "on": {met: , evidence: ""}'):
        assert line in template, f"{line!r} not in\n{template}"
    filled = template.replace("park: ", "park: 测试园区", 1).replace('"yes":', '"yes": 5', 1)
    filled = filled.replace('  # "on": {met: , evidence: ""}', '  "on": {met: true, evidence: 有}')
    write(root / "fresh" / "2021.yaml", filled)
    assert_no_crash(zg("validate", "fresh", "--strict", cwd=root), {0})
    result = zg("check", "fresh/2021.yaml", "--format", "json", cwd=root)
    assert_no_crash(result, {0})
    assert json.loads(result.stdout)["summary"]["met"] == 2


# --- 6. --series and --national-rd for a standard without a reference table -----------------------

TABLE_COMMANDS = {
    "check": ["check", "enterprise/2022.yaml"],
    "project": ["project", "enterprise"],
    "plan": ["plan", "--baselines", "enterprise"],
    "report": ["report", "enterprise", "-o", "out/pack.html"],
}
TABLE_OPTIONS = {"series": ["--series", "final"], "national-rd": ["--national-rd", "2.6%"]}


@pytest.mark.parametrize("option", list(TABLE_OPTIONS.values()), ids=list(TABLE_OPTIONS))
@pytest.mark.parametrize("command", list(TABLE_COMMANDS.values()), ids=list(TABLE_COMMANDS))
def test_a_table_option_for_a_standard_without_tables_is_refused(
    tmp_path: Path, command: list[str], option: list[str]
) -> None:
    root = project(tmp_path)
    write(root / "enterprise" / "2022.yaml", (ROOT / "examples" / "enterprise" / "2022.yaml").read_bytes())
    asked = [*command, "--standard", "high-tech-enterprise-2016", *option]
    result = zg(*asked, cwd=root)
    assert_failed_in_chinese(result, 2)
    assert "没有参照表" in result.stderr, result.stderr
    assert option[1] in result.stderr, result.stderr
    english = zg(*asked, "--lang", "en", cwd=root)
    assert_no_crash(english, {2})
    assert "no reference table" in english.stderr, english.stderr
    assert_english(english.stderr.removeprefix(f"zone-gap {command[0]}: "))
    assert not (root / "out").exists()


def test_an_unknown_series_lists_the_series_the_standard_has(tmp_path: Path) -> None:
    root = project(tmp_path)
    result = zg("check", "--series", "revised", cwd=root)
    assert_failed_in_chinese(result, 2)
    assert "final, preliminary, restated" in result.stderr, result.stderr


# --- 2. dates: effective, superseded, and figures before the standard ------------------------------

SUPERSEDED = (
    "superseded: {by: 内政办发〔2022〕17号《内蒙古自治区高新技术产业开发区管理办法》, date: 2022-02-24}"
)


def test_a_standard_superseded_before_it_took_effect_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    line, col = broken_standard(root, SUPERSEDED, SUPERSEDED.replace("2022-02-24", "2019-02-24"), "2019")
    message = assert_refused(root, STANDARD, line, col, COMMANDS)
    assert "2019-02-24" in message, message
    assert "effective: 2020-08-01" in message, message


def test_a_superseded_date_still_to_come_is_not_told_in_the_past(tmp_path: Path) -> None:
    root = project(tmp_path)
    broken_standard(root, SUPERSEDED, "superseded: {by: 新办法, date: 2099-06-01}", "2099")
    figures = (
        (ROOT / "baselines" / "2020.yaml").read_text(encoding="utf-8").replace("year: 2020", "year: 2099")
    )
    write(root / "future" / "2099.yaml", figures)
    for lang, future, past in (
        ("zh", "将于 2099-06-01", "已于"),
        ("en", "to be superseded on 2099-06-01", "was superseded"),
    ):
        result = zg("check", "future/2099.yaml", "--by", "2099", "--lang", lang, cwd=root)
        assert_no_crash(result, {1})
        assert future in result.stdout, result.stdout
        assert past not in result.stdout, result.stdout
        listed = zg("standards", "--lang", lang, cwd=root)
        assert_no_crash(listed, {0})
        assert future in listed.stdout, listed.stdout
    assert "已于 2022-02-24" in zg("standards", cwd=ROOT).stdout  # a date gone by keeps the past tense


def test_figures_before_the_standard_took_effect_are_a_warning(tmp_path: Path) -> None:
    root = project(tmp_path)
    broken_standard(root, "effective: 2020-08-01", "effective: 2021-08-01", "2021")
    text = (root / "baselines" / "2020.yaml").read_text(encoding="utf-8")
    line, col = place(text, "year: 2020", "2020")
    result = zg("validate", "baselines", cwd=root)
    assert_no_crash(result, {0})
    said = [p for p in _warnings(result.output) if (p.line, p.col) == (line, col)]
    assert said, result.output
    assert "2021-08-01" in said[0].message, said
    assert_chinese(said[0].message)
    assert_no_crash(zg("validate", "baselines", "--strict", cwd=root), {1})
    english = zg("check", "--lang", "en", cwd=root)
    assert_no_crash(english, {1})
    found = [p for p in _warnings(english.output) if (p.line, p.col) == (line, col)]
    assert found, english.output
    assert_english(found[0].message)


# --- 1. two standards of one id --------------------------------------------------------------------

HTE = (ROOT / "standards" / "high-tech-enterprise-2016.yaml").read_text(encoding="utf-8")


def _id_at(text: str) -> tuple[int, int]:
    """Where the value of a standard's own ``id:`` stands."""
    line, col = place(text, "\nid: ", "id")
    return line, col + len("id: ")


def _assert_both_said(root: Path, files: dict[str, str], named: dict[str, str]) -> None:
    """validate and every command say each file's problem at its ``id:``, naming the other file."""
    for command in (["validate"], *COMMANDS.values(), ["standards"]):
        code = 1 if command == ["validate"] else 2
        found = assert_failed_in_chinese(zg(*command, cwd=root), code)
        for file, text in files.items():
            line, col = _id_at(text)
            assert_located(found, file, line, col)
            said = [p.message for p in found if p.file == file and p.line == line]
            assert named[file] in said[0], f"`{' '.join(command)}` does not name {named[file]}: {said}"
    english = zg("check", "--lang", "en", cwd=root)
    assert_no_crash(english, {2})
    for problem in errors(english.output):
        assert_english(problem.message)


def test_two_project_standards_of_one_id_are_both_named(tmp_path: Path) -> None:
    root = project(tmp_path)
    write(root / "standards" / "copy.yaml", SHIPPED_STANDARD)
    files = {STANDARD: SHIPPED_STANDARD, "standards/copy.yaml": SHIPPED_STANDARD}
    _assert_both_said(root, files, {STANDARD: "standards/copy.yaml", "standards/copy.yaml": STANDARD})


def test_a_project_file_named_as_another_standard_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    text = replace_once(HTE, "\nid: high-tech-enterprise-2016", "\nid: my-enterprise-2024")
    write(root / "standards" / "high-tech-enterprise-2016.yaml", text)
    file = "standards/high-tech-enterprise-2016.yaml"
    _assert_both_said(root, {file: text}, {file: "my-enterprise-2024.yaml"})


def test_a_project_file_taking_the_default_id_under_another_name_is_the_default(tmp_path: Path) -> None:
    """Found by its id, as the guide says (docs/en/reference/commands.md), not passed over for the
    shipped file of the default's name (the default was looked up by file name, every other standard
    by id)."""
    root = project(tmp_path)
    (root / STANDARD).unlink()
    name = "Inner Mongolia creation standard for a region-level high-tech industrial development zone"
    write(
        root / "standards" / "park.yaml",
        replace_once(SHIPPED_STANDARD, f"en: {name}", "en: The office's copy"),
    )
    for command in (["check"], ["check", "--standard", "inner-mongolia-2020"]):
        result = zg(*command, "--format", "json", "--lang", "en", cwd=root)
        assert_no_crash(result, {1})
        assert json.loads(result.stdout)["standard"] == "The office's copy", command
    assert_no_crash(zg("validate", cwd=root), {0})


def test_validate_of_baselines_alone_still_says_the_clash(tmp_path: Path) -> None:
    root = project(tmp_path)
    write(root / "standards" / "copy.yaml", SHIPPED_STANDARD)
    found = assert_failed_in_chinese(zg("validate", "baselines", cwd=root), 1)
    line, col = _id_at(SHIPPED_STANDARD)
    assert_located(found, "standards/copy.yaml", line, col)
    assert_located(found, STANDARD, line, col)


# --- 8. growth of an amount, from zero or below, and charts of figures below zero -----------------

GROWING = """id: grow-2024
name: {zh: 增长标准, en: Growth standard}
source: 测试
figures:
  revenue: {unit: amount, name: {zh: 营业收入, en: Revenue}}
  profit: {unit: number, name: {zh: 利润, en: Profit}}
dimensions:
  - id: business
    name: {zh: 经营, en: Business}
    criteria:
      - {id: revenue_growth, kind: growth, name: {zh: 营收增长, en: Revenue growth}, clause: 年增10%以上,
         figure: revenue, at_least: 10%}
      - {id: profit_growth, kind: growth, name: {zh: 利润增长, en: Profit growth}, clause: 年增10%以上,
         figure: profit, at_least: 10%}
      - {id: profit_level, kind: value, name: {zh: 利润, en: Profit}, clause: 利润不低于-10,
         figure: profit, at_least: -10}
"""


def growing(tmp_path: Path, revenue: tuple[str, str], profit: tuple[str, str]) -> Path:
    root = project(tmp_path)
    write(root / "standards" / "grow-2024.yaml", GROWING)
    for year, r, p in zip((2020, 2021), revenue, profit, strict=True):
        figures = f"park: 测试园区\nyear: {year}\nstandard: grow-2024\nrevenue: {r}\nprofit: {p}\n"
        write(root / "grow" / f"{year}.yaml", figures)
    return root


def test_the_growth_path_of_an_amount_is_in_its_unit_and_precision(tmp_path: Path) -> None:
    root = growing(tmp_path, ("1234.56", "1300.25"), ("50", "60"))
    result = zg("check", "grow", "--lang", "zh", cwd=root)
    assert_no_crash(result, {1})
    assert "1234.56 → 1300.25 万元" in result.stdout, result.stdout
    assert "2022年起 1430.28 → 1573.31 万元" in result.stdout, result.stdout  # 1300.25 × 1.1 = 1430.275
    assert "家" not in result.stdout.split("定性条款")[0].replace("每年需增", ""), result.stdout
    english = zg("check", "grow", "--lang", "en", cwd=root)
    assert "1430.28 → 1573.31 万元 from 2022" in english.stdout, english.stdout


@pytest.mark.parametrize("latest", ["0", "-80"])
def test_no_growth_path_from_zero_or_below(tmp_path: Path, latest: str) -> None:
    root = growing(tmp_path, ("1234.56", "1300.25"), ("-50", latest))
    for lang, said in (("zh", "推算不出路径"), ("en", "no path growing 10% a year can be worked out")):
        result = zg("check", "grow", "--format", "json", "--lang", lang, cwd=root)
        assert_no_crash(result, {1})
        row = next(c for c in json.loads(result.stdout)["criteria"] if c["id"] == "profit_growth")
        notes = " ".join(row["notes"])
        assert said in notes, notes
        assert "→ -" not in notes.replace(f"-50 → {latest}", ""), f"a path from {latest}: {notes}"


def test_a_report_charts_a_series_below_zero(tmp_path: Path) -> None:
    root = growing(tmp_path, ("1234.56", "1300.25"), ("-50", "-80"))
    for fmt, name in (("html", "pack.html"), ("markdown", "pack.md")):
        result = zg("report", "grow", "--format", fmt, "-o", f"out/{name}", cwd=root)
        assert_no_crash(result, {0})
    html = (root / "out" / "pack.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 3, "a chart is missing"
    markdown = (root / "out" / "pack.md").read_text(encoding="utf-8")
    assert "图中为利润；最新值为 -80，从 0 或负数起推算不出增长路径" in markdown, markdown
    assert "图中为营业收入" in markdown, markdown


@pytest.mark.parametrize(
    "values", [(-50, -80, -140), (-5, 3, 12), (0, 0, 0)], ids=["below", "across", "zero"]
)
def test_a_chart_keeps_every_point_inside_its_plot(values: tuple[int, ...]) -> None:
    from zone_gap.render.chart import PLOT_HEIGHT, TOP, Chart, Series, render_chart

    points = [(Fraction(2020 + i), Fraction(v)) for i, v in enumerate(values)]
    svg = render_chart(Chart("利润", "number", [Series("实际", points, "actual")]))
    heights = [float(y) for y in re.findall(r'<circle cx="[^"]+" cy="([^"]+)"', svg)]
    assert len(heights) == len(values), svg
    assert all(TOP <= y <= TOP + PLOT_HEIGHT for y in heights), heights
