"""A new year's baseline file to fill in: every key with a Chinese comment, last year's values
shown beside each as a comment, the values themselves left empty (unknown until written)."""

from __future__ import annotations

import json

from zone_gap.baseline import Baseline
from zone_gap.quantity import Percent
from zone_gap.standard import QualitativeCriterion, Standard

FIGURES = [key for key in Baseline.model_fields if key not in ("park", "year", "as_of", "qualitative")]
"""Every figure, in the model's order: the keys a user writes."""


def _shown(value: object) -> str:
    if isinstance(value, Percent):
        return str(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)


def baseline_template(year: int, standard: Standard, last: Baseline | None) -> str:
    park = last.park if last is not None else ""
    lines = [
        f"# {year} 年园区基础数据。未填的项按“未知”处理，绝不按 0 计。",
        "# 百分比须带 % 号（如 5.5%）；金额单位为万元；个数为整数。",
        f"# 以 # 上年 开头的注释是 {year - 1} 年文件中的值，仅供参考。"
        if last
        else "# 没有上一年的文件可供参考。",
        f"park: {_shown(park) if park else ''}" + ("" if park else "  # 园区名称（必填）"),
        f"year: {year}",
        "# as_of: " + f"{year}-06-30" + "  # 若为年中数据，写截至日期",
    ]
    width = max(len(key) for key in FIGURES) + 2
    for key in FIGURES:
        comment = Baseline.model_fields[key].description
        previous = getattr(last, key) if last is not None else None
        reference = f"；上年 {_shown(previous)}" if previous is not None else ""
        lines.append(f"{key}:".ljust(width) + f"  # {comment}{reference}")
    lines += ["qualitative:  # 定性条款：取消注释并填写 met: true 或 false，以及依据"]
    for dimension in standard.dimensions:
        for criterion in dimension.criteria:
            if not isinstance(criterion, QualitativeCriterion):
                continue
            found = last.qualitative.get(criterion.id) if last is not None else None
            if found is not None:
                lines.append(
                    f"  # 上年 {criterion.id}: {{met: {str(found.met).lower()}, evidence: "
                    f"{_shown(found.evidence)}}}"
                )
            lines.append(f'  # {criterion.id}: {{met: , evidence: ""}}  # {criterion.name.zh}')
    return "\n".join(lines) + "\n"
