"""A new year's baseline file to fill in: every key with a Chinese comment, last year's values
shown beside each as a comment, the values themselves left empty (unknown until written)."""

from __future__ import annotations

import json

from zone_gap.baseline import Baseline
from zone_gap.quantity import Percent
from zone_gap.standard import QualitativeCriterion, Standard

# (key, comment) in the order of the file; the keys are the baseline's interface.
FIELDS = [
    ("enterprises", "入驻企业数（家）"),
    ("high_tech_enterprises", "高新技术企业数（家）"),
    ("tech_smes", "科技型中小企业数（家）"),
    ("tech_smes_also_high_tech", "其中同为高新技术企业的（家），用于去重"),
    ("city_high_tech_enterprises", "盟市高新技术企业总数（家）"),
    ("high_tech_and_sme_share", "高企和科技型中小企业占园区企业总数，如 5.5%；或填上面三个数"),
    ("high_tech_revenue", "高新技术企业营业收入（万元）"),
    ("park_revenue", "园区营业收入（万元）"),
    ("high_tech_revenue_share", "高企营业收入占园区营业收入，如 4%；或填上面两个金额"),
    ("high_tech_output", "高新技术产业产值（万元）"),
    ("industrial_output", "园区工业总产值（万元）"),
    ("high_tech_output_share", "高新技术产业产值占工业总产值，如 3.8%；或填上面两个金额"),
    ("rd_spending", "园区全社会研发经费（万元）"),
    ("regional_gdp", "地区生产总值（万元）"),
    ("rd_intensity", "研发经费占地区生产总值比重，如 1%；或填上面两个金额"),
    ("rd_institutions", "自治区级研发机构数（家）"),
    ("high_tech_growth", "高企数同比增幅，如 10%；有上年文件时由两年数字计算"),
]


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
    width = max(len(key) for key, _ in FIELDS) + 2
    for key, comment in FIELDS:
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
