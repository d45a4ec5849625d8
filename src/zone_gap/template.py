"""A new year's figures file to fill in: every figure the standard declares with a Chinese comment,
last year's values shown beside each as a comment, the values themselves left empty (unknown until
written)."""

from __future__ import annotations

import json

from zone_gap.baseline import Baseline
from zone_gap.quantity import Percent
from zone_gap.shipped import STANDARD
from zone_gap.standard import QualitativeCriterion, Standard

_UNITS = {
    "count": "个数为整数",
    "amount": "金额单位为万元",
    "share": "百分比须带 % 号（如 5.5%）",
    "rate": "增幅须带 % 号（如 10%）",
    "number": "其余数字照写",
}
_SUBJECTS = {"park": "园区", "enterprise": "企业"}


def _shown(value: object) -> str:
    if isinstance(value, Percent):
        return str(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)


def baseline_template(year: int, standard: Standard, last: Baseline | None) -> str:
    subject = standard.subject
    name = last.subject_name if last is not None else ""
    units = [_UNITS[u] for u in _UNITS if any(f.unit == u for f in standard.figures.values())]
    lines = [
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
        lines.append(f"standard: {standard.id}")
    width = max(len(key) for key in standard.figures) + 2
    for key, figure in standard.figures.items():
        comment = figure.description or figure.name.zh
        previous = getattr(last, key, None) if last is not None else None
        reference = f"；上年 {_shown(previous)}" if previous is not None else ""
        lines.append(f"{key}:".ljust(width) + f"  # {comment}{reference}")
    clauses = [c for d in standard.dimensions for c in d.criteria if isinstance(c, QualitativeCriterion)]
    if clauses:
        lines += ["qualitative:  # 定性条款：取消注释并填写 met: true 或 false，以及依据"]
    for criterion in clauses:
        found = last.qualitative.get(criterion.id) if last is not None else None
        if found is not None:
            lines.append(
                f"  # 上年 {criterion.id}: {{met: {str(found.met).lower()}, evidence: "
                f"{_shown(found.evidence)}}}"
            )
        lines.append(f'  # {criterion.id}: {{met: , evidence: ""}}  # {criterion.name.zh}')
    return "\n".join(lines) + "\n"
