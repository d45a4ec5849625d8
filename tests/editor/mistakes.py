"""Files with one mistake each, of every kind a person writes: a park's figures, an enterprise's
figures for each shipped enterprise standard, a plan and a standard. Each is a valid file with one
thing changed, placed where a project keeps it, so that the editor (through the guide's mapping)
and `validate` (through the folder) read it as the same kind.

A mistake that only `validate` can find (or that the two see differently) names the words under
which the guide lists it; every other one the two must mark alike.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mistake:
    name: str
    """What is wrong, as a test id: ``park/unknown-key``."""
    path: str
    """Where it stands in a project, relative to the project's root."""
    text: str
    listed: str | None = None
    """The words under which the guide lists it among what only `validate` checks; ``None`` for a
    mistake the editor must mark as `validate` does."""


PARK = """\
park: 测试园区
year: 2021
as_of: 2021-06-30
enterprises: 170
high_tech_enterprises: 10
tech_smes: 20
tech_smes_also_high_tech: 5
high_tech_revenue_share: 4%
rd_intensity: 1.2%
rd_institutions: 4
high_tech_growth: 11%
qualitative:
  boundaries: {met: true, evidence: 四至清楚}
  management_committee:
    met: false
"""

HIGH_TECH = """\
enterprise: 示例精密材料有限公司
year: 2022
standard: high-tech-enterprise-2016
registered_years: 6
staff: 210
tech_staff: 24
rd_expense_3y: 2950
sales_revenue_3y: 76000
latest_sales: 18000
rd_expense_china_3y: 2950
high_tech_income: 11900
total_income: 19000
innovation_score: 72
qualitative:
  core_ip: {met: true, evidence: 发明专利 3 项}
  supported_field:
    met: true
"""

TECH_SME = """\
enterprise: 示例数控技术有限公司
year: 2022
standard: tech-sme-2017
staff: 80
tech_staff: 15
sales_revenue: 6000
total_assets: 5000
rd_expense: 420
total_cost: 5200
ip_class_1: 1
ip_class_2: 4
qualitative:
  resident: {met: true}
  not_prohibited: {met: true}
  no_violation:
    met: true
    evidence: 无违法记录
"""

PLAN = """\
id: test-plan
name: {zh: 测试方案, en: A test plan}
source: 测试文件
standard: inner-mongolia-2020
base_year: 2020
deadline: 2023
phases:
  - id: start_up
    name: {zh: 启动, en: Start-up}
    start: 2021-01-01
    end: 2021-03-31
targets:
  - id: enterprises
    name: {zh: 园区企业数, en: Enterprises}
    per_year: 13
    at_least: 200
    criterion: enterprise_count
  - id: rd_intensity
    name: {zh: 研发投入强度, en: R&D intensity}
    per_year: 0.5%
    at_least: {reference: national_rd_intensity}
    criterion: rd_intensity
tasks:
  - id: rd_input
    number: 1
    name: {zh: 加大研发投入, en: Raise R&D input}
    lead: [区财政局]
    responsible: [区科技局]
    due: 2023-09-30
    serves: [rd_intensity, high_tech_revenue]
"""

STANDARD = """\
id: water-saving-2024
name: {zh: 节水型园区评价, en: Water-saving park}
source: 某某文件
subject: park
effective: 2024-01-01
figures:
  water_per_output: {unit: number, name: {zh: 万元产值取水量, en: Water per output}, description: 立方米}
  reuse_rate: {unit: share, name: {zh: 水重复利用率, en: Water reuse rate}}
  leaks: {unit: count, name: {zh: 管网漏损事件, en: Pipe leaks}}
  sales: {unit: amount, name: {zh: 销售收入, en: Sales}}
dimensions:
  - id: water
    name: {zh: 用水, en: Water}
    criteria:
      - {id: intensity, kind: value, name: {zh: 取水强度, en: Intensity}, clause: 不高于8立方米,
         figure: water_per_output, at_most: 8}
      - id: reuse
        kind: value
        name: {zh: 重复利用率, en: Reuse}
        clause: 90%以上
        figure: reuse_rate
        at_least: {tiers: {by: sales, bands: [{up_to: 5000, value: 90%}, {value: 80%}]}}
      - {id: leak_free, kind: value, name: {zh: 漏损, en: Leaks}, clause: 少于3起, figure: leaks, below: 3}
      - {id: plan, kind: qualitative, name: {zh: 节水规划, en: A plan}, clause: 有节水规划}
"""

VALID = {
    "park": ("baselines/2021.yaml", PARK),
    "high-tech-enterprise": ("baselines/2022.yaml", HIGH_TECH),
    "tech-sme": ("baselines/2022.yaml", TECH_SME),
    "plan": ("plans/plan.yaml", PLAN),
    "standard": ("standards/water-saving-2024.yaml", STANDARD),
}
"""The files the mistakes are made in, each valid as it is, by the kind of file."""

ONLY_VALIDATE = {
    "cross": "figures that cannot all be true at once",
    "yaml11": "what YAML 1.1 and 1.2 read differently",
    "file": "the file's name, its folder and the other files",
    "ids": "an id the file itself declares",
    "bars": "a threshold every figure meets or none can",
    "warning": "warnings",
}
"""What the guide's list of what only `validate` checks says, by the mistakes it covers."""


def _edit(base: str, old: str, new: str) -> str:
    assert base.count(old) == 1, old
    return base.replace(old, new)


def _mistakes(kind: str, made: list[tuple[str, str, str] | tuple[str, str, str, str]]) -> list[Mistake]:
    path, base = VALID[kind]
    found = []
    for name, old, new, *listed in made:
        text = _edit(base, old, new) if old else base + new  # an append where nothing is replaced
        found.append(Mistake(f"{kind}/{name}", path, text, ONLY_VALIDATE[listed[0]] if listed else None))
    return found


def _figures(kind: str) -> list[Mistake]:
    """What every figures file can get wrong, whatever its standard."""
    path, base = VALID[kind]
    year = base.splitlines()[1]
    finding = "  " + base.partition("qualitative:\n  ")[2].partition("\n")[0]
    clause = finding.split(":")[0].strip()
    count = next(line for line in base.splitlines() if line.startswith(("enterprises:", "staff:")))
    dated = next((line + "\n" for line in base.splitlines() if line.startswith("as_of:")), "")
    named = next((line + "\n" for line in base.splitlines() if line.startswith("standard:")), "")
    return _mistakes(
        kind,
        [
            ("unknown-key", "", "enterprize: 3\n"),
            ("count-as-text", count, count.split(":")[0] + ": 很多"),
            ("count-negative", count, count.split(":")[0] + ": -1"),
            ("count-fractional", count, count.split(":")[0] + ": 9.5"),
            ("count-quoted", count, count.split(":")[0] + ": '170'"),
            ("year-as-text", year, "year: 二〇二一"),
            ("year-out-of-range", year, "year: 1900"),
            ("year-missing", year + "\n", ""),
            ("met-yes", finding, f"  {clause}: {{met: yes}}"),
            ("met-number", finding, f"  {clause}: {{met: 1}}"),
            ("evidence-number", finding, f"  {clause}: {{met: true, evidence: 2}}"),
            ("unknown-clause", finding, finding.replace(clause, clause + "s", 1)),
            ("impossible-date", year + "\n" + dated, year + "\nas_of: " + year[6:] + "-02-30\n"),
            ("date-format", year + "\n" + dated, year + "\nas_of: " + year[6:] + "-6-30\n"),
            ("date-outside-year", year + "\n" + dated, year + "\nas_of: 2030-06-30\n", "cross"),
            ("unknown-standard", named, "standard: no-such-standard\n"),
            ("duplicate-key", "", count + "\n"),
            ("octal", count, count.split(":")[0] + ": 012", "yaml11"),
            ("underscore", count, count.split(":")[0] + ": 1_000"),
            ("date-as-count", count, count.split(":")[0] + ": 2021-01-01"),
            ("python-tag", count, count.split(":")[0] + ": !!python/name:os.system"),
            ("wide-colon", count, count.replace(":", "：", 1)),
            ("name-as-yes", base.splitlines()[0], base.splitlines()[0].split(":")[0] + ": yes", "yaml11"),
            ("year-not-file-name", year, "year: 2019", "file"),
        ],
    )


def mistakes() -> list[Mistake]:
    """Every mistaken file: at least one of each class for each kind of file it can be made in."""
    park = _mistakes(
        "park",
        [
            ("share-without-sign", "rd_intensity: 1.2%", "rd_intensity: 1.2"),
            ("share-above-100", "rd_intensity: 1.2%", "rd_intensity: 150%"),
            ("share-below-0", "rd_intensity: 1.2%", "rd_intensity: -0.5%"),
            ("share-wide-percent", "rd_intensity: 1.2%", "rd_intensity: 1.2％"),
            ("share-as-fraction", "rd_intensity: 1.2%", "rd_intensity: 0.012"),
            ("rate-below-minus-100", "high_tech_growth: 11%", "high_tech_growth: -150%"),
            ("amount-negative", "", "park_revenue: -5\n"),
            ("amount-as-text", "", "park_revenue: 五万\n"),
            ("more-than-whole", "high_tech_enterprises: 10", "high_tech_enterprises: 200", "cross"),
            ("distinct-more-than-whole", "enterprises: 170", "enterprises: 24", "cross"),
            ("share-disagrees", "", "high_tech_and_sme_share: 30%\n", "warning"),
            ("enterprise-standard", "", "standard: high-tech-enterprise-2016\n"),
            ("empty", PARK, ""),
        ],
    )
    high_tech = _mistakes(
        "high-tech-enterprise",
        [
            ("standard-missing", "standard: high-tech-enterprise-2016\n", ""),
            ("share-above-100", "", "tech_staff_share: 120%\n"),
            ("typed-score-above-max", "innovation_score: 72", "innovation_score: 120"),
            ("typed-part-above-max", "", "ip_score: 31\n"),
            ("typed-score-fractional", "innovation_score: 72", "innovation_score: 72.5"),
            ("part-above-whole", "tech_staff: 24", "tech_staff: 240", "cross"),
        ],
    )
    tech_sme = _mistakes(
        "tech-sme",
        [
            ("amount-negative", "total_assets: 5000", "total_assets: -1"),
            ("part-above-whole", "rd_expense: 420", "rd_expense: 6000", "cross"),
        ],
    )
    plan = _mistakes(
        "plan",
        [
            ("unknown-key", "", "owner: 区科技局\n"),
            ("required-missing", "source: 测试文件\n", ""),
            ("unknown-criterion", "criterion: enterprise_count", "criterion: enterprise_cnt"),
            (
                "unknown-served",
                "serves: [rd_intensity, high_tech_revenue]",
                "serves: [rd_intensity, revenue]",
            ),
            ("unknown-figure", "  - id: enterprises", "  - id: enterprize"),
            ("criterion-of-another-figure", "criterion: enterprise_count", "criterion: rd_institutions"),
            ("per-year-negative", "per_year: 13", "per_year: -2"),
            ("at-least-negative", "at_least: 200", "at_least: -200"),
            ("per-year-percent-on-count", "per_year: 13", "per_year: 13%"),
            ("per-year-count-on-share", "per_year: 0.5%", "per_year: 1"),
            ("per-year-as-text", "per_year: 13", "per_year: 十三"),
            ("impossible-date", "due: 2023-09-30", "due: 2023-09-31"),
            ("date-format", "start: 2021-01-01", "start: 2021/01/01"),
            ("year-out-of-range", "deadline: 2023", "deadline: 2200"),
            ("unknown-standard", "standard: inner-mongolia-2020", "standard: inner-mongolia-2021"),
            ("lead-empty", "lead: [区财政局]", "lead: []"),
            ("number-as-text", "number: 1", "number: 一"),
            ("phase-backwards", "end: 2021-03-31", "end: 2020-03-31", "cross"),
            ("deadline-before-base", "deadline: 2023", "deadline: 2019", "cross"),
            ("id-twice", "  - id: rd_intensity", "  - id: enterprises", "ids"),
        ],
    )
    standard = _mistakes(
        "standard",
        [
            ("unknown-key", "", "owner: 某某厅\n"),
            ("unknown-key-in-criterion", "figure: leaks, below: 3", "figure: leaks, bellow: 3"),
            ("unknown-kind", "kind: qualitative", "kind: clause"),
            ("unknown-unit", "{unit: count,", "{unit: piece,"),
            ("unknown-subject", "subject: park", "subject: city"),
            ("impossible-date", "effective: 2024-01-01", "effective: 2023-02-29"),
            ("date-format", "effective: 2024-01-01", "effective: 2024.1.1"),
            (
                "names-without-en",
                "name: {zh: 节水型园区评价, en: Water-saving park}",
                "name: {zh: 节水型园区评价}",
            ),
            ("threshold-yes", "at_most: 8}", "at_most: yes}"),
            ("threshold-quoted", "at_most: 8}", "at_most: '8'}"),
            ("threshold-two-comparisons", "below: 3}", "below: 3, at_most: 2}"),
            ("one-band", "[{up_to: 5000, value: 90%}, {value: 80%}]", "[{value: 80%}]"),
            ("id-empty", "  - id: water", "  - id: ''"),
            ("figure-undeclared", "figure: leaks,", "figure: leak,", "ids"),
            ("id-twice", "{id: leak_free,", "{id: intensity,", "ids"),
            ("id-yes", "  - id: water", "  - id: yes", "yaml11"),
            ("bar-always-met", "below: 3}", "at_least: 0}", "bars"),
            ("superseded-before-effective", "", "superseded: {by: 新文件, date: 2023-01-01}\n", "cross"),
        ],
    )
    return [
        *_figures("park"),
        *park,
        *_figures("high-tech-enterprise"),
        *high_tech,
        *_figures("tech-sme"),
        *tech_sme,
        *plan,
        *standard,
    ]
