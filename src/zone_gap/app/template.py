"""A new year's figures file to fill in: every figure the standard declares with a Chinese comment,
last year's values shown beside each as a comment, the values themselves left empty (unknown until
written)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from fractions import Fraction
from typing import TYPE_CHECKING

from zone_gap.figures.quantity import Percent
from zone_gap.io.document import yaml_text
from zone_gap.io.shipped import STANDARD
from zone_gap.render.visible import one_line
from zone_gap.standard.baseline import Baseline
from zone_gap.standard.model import Standard

if TYPE_CHECKING:
    from zone_gap.roster.figures import RosterFigures

_UNITS = {
    "count": "个数为整数",
    "amount": "金额单位为万元",
    "share": "百分比须带 % 号（如 5.5%）",
    "rate": "增幅须带 % 号（如 10%）",
    "number": "其余数字照写",
}
_SUBJECTS = {"park": "园区", "enterprise": "企业"}
_UNQUOTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
"""What JSON leaves as it is in a quoted string, but YAML reads as a line break or refuses."""


def _shown(value: object) -> str:
    """A value as YAML reads it back: a string double-quoted, with every character that would break
    its line or the file escaped."""
    if isinstance(value, Percent):
        return str(value)
    if not isinstance(value, str):
        return str(value)
    quoted = json.dumps(value, ensure_ascii=False)
    return _UNQUOTABLE.sub(lambda found: f"\\u{ord(found.group()):04x}", quoted)


def baseline_template(
    year: int,
    standard: Standard,
    last: Baseline | None,
    given: Mapping[str, tuple[str, str]] | None = None,
    schema: str | None = None,
) -> str:
    """The file to fill in. ``given``: figures already known (from a roster), each as its value
    (``""``: still to be typed) and where it came from, written as its comment. ``schema``: the first
    line, naming the file's schema for an editor."""
    given = given or {}
    subject = standard.subject
    name = last.subject_name if last is not None else ""
    units = [_UNITS[u] for u in _UNITS if any(f.unit == u for f in standard.figures.values())]
    lines = [
        *([schema] if schema is not None else []),
        f"# {year} 年{_SUBJECTS[subject]}基础数据。未填的项按“未知”处理，绝不按 0 计。",
        "# " + "；".join(units) + "。",
        f"# 以 # 上年 开头的注释是 {year - 1} 年文件中的值，仅供参考。"
        if last
        else "# 没有上一年的文件可供参考。",
        f"{subject}: {_shown(name) if name else ''}"
        + ("" if name else f"  # {_SUBJECTS[subject]}名称（必填）"),
        f"year: {year}",
        "# as_of: " + f"{year}-06-30" + "  # 若为年中数据，写截至日期",
    ]
    if standard.id != STANDARD[1].removesuffix(".yaml"):
        lines.append(f"standard: {yaml_text(standard.id)}")
    filled = {key: len(value) + 1 for key, (value, _) in given.items() if value}
    width = max(len(yaml_text(key)) + filled.get(key, 0) for key in standard.figures) + 2
    for key, figure in standard.figures.items():
        about = figure.description or figure.name.zh
        previous = getattr(last, key, None) if last is not None else None
        reference = f"；上年 {_shown(previous)}" if previous is not None else ""
        value, source = given.get(key, ("", ""))
        source = f"{source}；" if source else ""
        comment = one_line(f"{source}{about}{reference}")  # a roster's name may hold a line break
        lines.append(f"{yaml_text(key)}: {value}".rstrip().ljust(width) + f"  # {comment}")
    clauses = standard.clauses()
    if clauses:
        lines += ["qualitative:  # 定性条款：取消注释并填写 met: true 或 false，以及依据"]
    for criterion in clauses:
        found = last.qualitative.get(criterion.id) if last is not None else None
        clause = yaml_text(criterion.id)
        if found is not None:
            lines.append(
                f"  # 上年 {clause}: {{met: {str(found.met).lower()}, evidence: {_shown(found.evidence)}}}"
            )
        lines.append(f'  # {clause}: {{met: , evidence: ""}}  # {one_line(criterion.name.zh)}')
    return "\n".join(lines) + "\n"


def roster_values(figures: RosterFigures, standard: Standard) -> dict[str, tuple[str, str]]:
    """The figures a roster gives, by key, each with its comment: a count or sum where every row
    had its cell; blank, with the reason, where rows lack it or the sum is only part of the figure
    (the enterprises' own R&D spending, against the park's 全社会研发经费)."""
    from zone_gap.figures.quantity import plain_number
    from zone_gap.i18n import Lang, Message
    from zone_gap.roster.figures import BROADER, COUNTS

    path = figures.roster.path
    found: dict[str, tuple[str, str]] = {}
    for key, value in figures.values.items():
        if key not in standard.figures:
            continue
        name = standard.figures[key].name.zh
        if not figures.roster.enterprises:  # a header with no rows below it: nothing is known, not 0
            empty = Message("roster_no_rows", path=path).render(Lang.ZH)
            found[key] = ("", one_line(empty))
            continue
        if key in figures.missing:
            what = Message("roster_lacking", count=len(figures.missing[key]), path=path)
        elif key in BROADER:
            what = Message("roster_rd_broader", value=plain_number(value or Fraction(0)))
        elif key in COUNTS:
            what = Message("roster_counted", what=name, count=plain_number(value or Fraction(0)))
        else:
            what = Message("roster_summed", count=len(figures.behind.get(_over(key), [])))
        shown = "" if value is None or key in BROADER else plain_number(value)
        source = figures.roster.source  # the sheet read too, for a workbook
        found[key] = (shown, Message("roster_source", path=source, what=what).render(Lang.ZH))
    return found


def _over(key: str) -> str:
    from zone_gap.roster.figures import SUMS

    return next(over for k, _, over in SUMS if k == key)
