"""Writes the example roster in its three forms from the table below, so that they stay one roster:
``python examples/roster/make.py`` (needs XlsxWriter: ``pip install -e '.[xlsx]'``).

Every enterprise is made up. The credit codes carry valid check characters (GB 32100-2015 for the
18th, GB 11714 for the organisation code's own, the 17th) but belong to no one."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTE = "示例名录：企业均为虚构，仅供演示（made-up enterprises, for illustration only）"
HEADER = [
    "企业名称", "统一社会信用代码", "入驻日期", "迁出日期", "高企证书编号", "高企发证日期", "科技型中小企业",
    "营业收入（万元）", "工业总产值（万元）", "高新技术产业产值（万元）", "研发经费（万元）", "自治区级研发机构（家）",
    # the enterprise standards' figures (tech-sme-2017, high-tech-enterprise-2016), for the candidates
    "职工总数（人）", "科技人员数（人）", "年销售收入（万元）", "资产总额（万元）", "研究开发费用（万元）",
    "成本费用支出总额（万元）", "Ⅰ类知识产权（件）", "Ⅱ类知识产权（件）",
    "注册成立年数", "近三年研究开发费用（万元）", "近三年销售收入（万元）", "近三年境内研究开发费用（万元）",
    "高新技术产品（服务）收入（万元）", "总收入（万元）", "创新能力评价得分",
]
# name, entered, left, certificate, issued, tech-based SME, revenue, output, high-tech output, R&D,
# institutions; then the enterprise figures (blank: not known to the office)
PARK = [
    ("示例稀土新材料有限公司", "2015/3/1", "", "GR202015000101", "2020/12/1", "是", 52000.5, 48000, 30000, 1650.2, 1,
     "", "", 52000, "", "", "", "", "", 7.8, 4620, 141000, 4620, 33000, 52600, 78),
    ("示例精密铸造有限公司", "2016年5月10日", "", "GR201915000202", "2019年11月20日", "否", 18000, 17500, 0, 320, 0,
     260, 45, 18000, 15000, 320, 16500, 1, "", "", "", "", "", "", "", ""),
    ("示例焊材科技有限公司", "2017-07-01", "", "GR202215000303", "2022-12-14", "是", 9600.75, 9000, 6100, 410.5, 1,
     *[""] * 15),
    ("示例钢构工程有限公司", "2014/1/15", "", "", "", "否", 23000, 21000, 0, 150, 0,
     320, 35, 23000, 18000, 150, 21500, "", 2, "", "", "", "", "", "", ""),
    ("示例铝业深加工有限公司", "2018年9月1日", "", "GR202115000404", "2021年10月25日", "否", 31000, 29500, 12000, 880, 0,
     *[""] * 15),
    ("示例智能装备有限公司", "2019-04-08", "", "", "", "是", 4200, 3900, 2100, 260.25, 0,
     85, 20, 4200, 3600, 260.25, 3900, "", 3, 3.7, 700, 11000, 700, 2900, 4300, ""),
    ("示例新能源材料有限公司", "2020/6/30", "", "GR202315000505", "2023/11/6", "是", 7700, 7200, 4000, 390, 0,
     110, 28, 7700, 6800, 390, 7100, 1, 2, 2.5, 1050, 19500, 1050, 5200, 7800, 75),
    ("示例环保科技有限公司", "2016年2月20日", "2022年8月31日", "GR202015000606", "2020年12月1日", "是", 2600, 0, 0, 120, 0,
     *[""] * 15),
    ("示例机械制造有限公司", "2013-11-11", "", "", "", "否", 15000, 14800, 0, 95, 0,
     180, 20, 15000, 12000, 95, 14000, "", 3, "", "", "", "", "", "", ""),
    ("示例电子科技有限公司", "2021/3/15", "", "", "", "是", 1800, 1500, 1500, 210, 0,
     40, 12, 1800, 1300, 210, 1650, "", 4, 1.8, 500, 3000, 500, 1500, 1850, 68),
    ("示例物流有限公司", "2012年8月8日", "", "", "", "否", 6400, 0, 0, 0, 0, *[""] * 15),
    ("示例检测技术有限公司", "2019-12-01", "", "GR202215000707", "2022-11-02", "是", 3100, 0, 0, 350, 1, *[""] * 15),
    ("示例耐磨材料有限公司", "2015/5/5", "", "GR201915000808", "2019/12/2", "否", 8800, 8600, 5100, 300, 0,
     120, 30, 8800, 9000, 300, 8000, 2, "", 7.6, 840, 25500, 840, 5600, 8900, ""),
    ("示例化工有限公司", "2011年10月1日", "2023年3月31日", "", "", "否", 27000, 26500, 0, 140, 0, *[""] * 15),
    ("示例软件有限公司", "2022-05-20", "", "", "", "是", 900, 0, 0, 180, 0,
     25, 18, 900, 600, 180, 820, "", 2, 0.6, 180, 900, 180, 850, 900, ""),
    ("示例管业有限公司", "2023/2/1", "", "", "", "否", 0, 0, 0, 0, 0, *[""] * 15),
    ("示例稀土永磁有限公司", "2018年1月8日", "", "GR202115000909", "2021年12月20日", "是", 12500, 12000, 9800, 620, 1,
     *[""] * 15),
    ("示例建材有限公司", "2014-06-06", "", "", "", "否", 11200, 11000, 0, 45, 0,
     90, 10, 11200, 8000, 45, 10600, "", 1, "", "", "", "", "", "", ""),
    ("示例生物科技有限公司", "2020/9/9", "", "GR202015001010", "2020/10/28", "否", 5300, 5000, 3000, 270, 0,
     "", "", 5300, "", "", "", "", "", 6.3, 690, 15200, 690, 3100, 5400, 72),
    ("示例冶金服务有限公司", "2017年3月3日", "", "", "", "否", 2400, 0, 0, 20, 0,
     40, 12, 2400, 1500, 20, 2200, "", 4, "", "", "", "", "", "", ""),
    ("示例数控技术有限公司", "2020-03-18", "", "", "", "否", 3000, 2800, 0, 210, 0,
     60, 15, 3000, 2500, 210, 2700, "", 2, "", "", "", "", "", "", ""),
    ("示例传感器有限公司", "2021/7/1", "", "", "", "否", 1500, 1400, 0, 75, 0,
     45, 9, 1500, 1200, 75, 1350, "", "", "", "", "", "", "", "", ""),
    ("示例自动化有限公司", "2019年5月20日", "", "", "", "否", 800, 700, 0, 60, 0,
     30, 2, 800, 650, 60, 740, 1, "", "", "", "", "", "", "", ""),
]
TRADES = ["商贸", "物流", "建筑安装", "餐饮管理", "物业服务", "运输", "劳务", "仓储", "汽车销售", "广告"]
PLACES = ["昆区", "包钢", "友谊", "少先", "阿尔丁", "黄河", "钢铁", "团结"]


def _filler() -> list[tuple[object, ...]]:
    """Enterprises of the park that no certificate or registration is in view for: trade, services."""
    rows = []
    for i in range(35):
        name = f"示例{PLACES[i % len(PLACES)]}{TRADES[i % len(TRADES)]}有限公司"
        if any(r[0] == name for r in rows):
            name = name.replace("有限公司", f"第{i // len(TRADES) + 1}分公司")
        entered = f"{2008 + i % 14}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"
        revenue = 300 + (i * 397) % 4200
        rows.append((name, entered, "", "", "", "否", revenue, 0, 0, (i * 3) % 25, 0, *[""] * 15))
    return rows


ROWS = PARK + _filler()
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_check(org: str) -> str:
    """GB 11714: 11 − (Σ value × weight mod 11); 10 is X, 11 is 0. A letter is worth 10 for A on."""
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org, ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def credit_code(n: int) -> str:
    org = f"MA0R{n:04d}"
    body = "91150204" + org + _org_check(org)
    total = sum(CHARSET.index(c) * w for c, w in zip(body, WEIGHTS, strict=True))
    return body + CHARSET[(31 - total % 31) % 31]


def _cells(n: int, row: tuple[object, ...]) -> list[object]:
    return [row[0], credit_code(n), *row[1:]]


def _text(value: object) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def write_csv() -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([NOTE])
    writer.writerow(HEADER)
    for n, row in enumerate(ROWS, start=1):
        writer.writerow([_text(c) for c in _cells(n, row)])
    text = buffer.getvalue()
    (HERE / "2022.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (HERE / "2022-gb18030.csv").write_bytes(text.encode("gb18030"))


def _date(written: str) -> date | None:
    import re

    match = re.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", written)
    return date(*(int(g) for g in match.groups())) if match else None


def write_xlsx() -> None:
    import xlsxwriter

    path = HERE / "2022.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": False})
    book.set_properties({"created": __import__("datetime").datetime(2023, 1, 10, 9, 0)})
    sheet = book.add_worksheet("2022年名录")
    dated = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write(0, 0, NOTE)
    sheet.write_row(1, 0, HEADER)
    for r, row in enumerate(ROWS, start=2):
        for c, value in enumerate(_cells(r - 1, row)):
            if c in (2, 3, 5) and value:
                sheet.write_datetime(r, c, _date(str(value)), dated)
            elif isinstance(value, int | float):
                sheet.write_number(r, c, value)
            elif value != "":
                sheet.write_string(r, c, str(value))
    sheet.set_column(0, 0, 26)
    sheet.set_column(1, 1, 21)
    sheet.set_column(2, len(HEADER) - 1, 12)
    book.close()


if __name__ == "__main__":
    write_csv()
    write_xlsx()
