"""The park's figures for one year, as the office types them, and where to find them."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Annotated

from pydantic import BeforeValidator, Field

from zone_gap.description import Described
from zone_gap.document import Document, KeyPath, load_document
from zone_gap.i18n import Message
from zone_gap.model import FileModel, closest, parse_model
from zone_gap.problem import InputError, Problem
from zone_gap.quantity import Amount, Count, Percent, Rate, Share, plain_number

Year = Annotated[int, Field(strict=True, ge=1949, le=2100)]


class Finding(FileModel):
    """Whether a qualitative clause is met, and the evidence for saying so."""

    met: Annotated[bool, Field(strict=True)]
    evidence: str = ""


class Baseline(FileModel):
    park: Annotated[str, Field(description="园区名称（必填）")]
    year: Annotated[Year, Field(description="数据年份（必填），与文件名一致")]
    as_of: date | None = Field(default=None, description="若为年中数据，写截至日期，如 2022-06-30")
    enterprises: Count | None = Field(default=None, description="入驻企业数（家）")
    high_tech_enterprises: Count | None = Field(default=None, description="高新技术企业数（家）")
    tech_smes: Count | None = Field(default=None, description="科技型中小企业数（家）")
    tech_smes_also_high_tech: Count | None = Field(
        default=None, description="其中同为高新技术企业的（家），用于去重"
    )
    city_high_tech_enterprises: Count | None = Field(default=None, description="盟市高新技术企业总数（家）")
    high_tech_and_sme_share: Share | None = Field(
        default=None, description="高企和科技型中小企业占园区企业总数，如 5.5%；或填上面三个数"
    )
    high_tech_revenue: Amount | None = Field(default=None, description="高新技术企业营业收入（万元）")
    park_revenue: Amount | None = Field(default=None, description="园区营业收入（万元）")
    high_tech_revenue_share: Share | None = Field(
        default=None, description="高企营业收入占园区营业收入，如 4%；或填上面两个金额"
    )
    high_tech_output: Amount | None = Field(default=None, description="高新技术产业产值（万元）")
    industrial_output: Amount | None = Field(default=None, description="园区工业总产值（万元）")
    high_tech_output_share: Share | None = Field(
        default=None, description="高新技术产业产值占工业总产值，如 3.8%；或填上面两个金额"
    )
    rd_spending: Amount | None = Field(default=None, description="园区全社会研发经费（万元）")
    regional_gdp: Amount | None = Field(default=None, description="地区生产总值（万元）")
    rd_intensity: Share | None = Field(
        default=None, description="研发经费占地区生产总值比重，如 1%；或填上面两个金额"
    )
    rd_institutions: Count | None = Field(default=None, description="自治区级研发机构数（家）")
    high_tech_growth: Rate | None = Field(
        default=None, description="高企数同比增幅，如 10%；有上年文件时由两年数字计算"
    )
    qualitative: Annotated[
        dict[
            str,
            Annotated[
                Finding,
                Described(
                    "该条款是否满足及其依据",
                    met="是否满足该条款：true 或 false",
                    evidence="依据：文件、数据或事实（可不填）",
                ),
            ],
        ],
        BeforeValidator(lambda v: {} if v is None else v),
        Field(
            description="定性条款：条款编号 → {met: true|false, evidence: 依据}",
            json_schema_extra={"type": ["object", "null"]},  # blank, as `new` writes it, is none yet
        ),
    ] = {}
    """An empty ``qualitative:`` (every clause still commented out) means none is given yet."""

    def figure(self, name: str) -> Fraction | None:
        """A count, amount or percentage (as a fraction) by its key; ``None`` when not given."""
        value = getattr(self, name)
        if value is None:
            return None
        return value.value if isinstance(value, Percent) else Fraction(value)

    def reported(self, name: str | None) -> Percent | None:
        return None if name is None else getattr(self, name)


FIGURES = frozenset(Baseline.model_fields) - {"park", "year", "as_of", "qualitative"}
COUNT_FIGURES = frozenset(k for k, f in Baseline.model_fields.items() if f.annotation == Count | None)

# (part, whole): a part can never exceed its whole.
_PARTS = [
    ("high_tech_enterprises", "enterprises"),
    ("tech_smes", "enterprises"),
    ("high_tech_enterprises", "city_high_tech_enterprises"),
    ("tech_smes_also_high_tech", "high_tech_enterprises"),
    ("tech_smes_also_high_tech", "tech_smes"),
    ("high_tech_revenue", "park_revenue"),
    ("high_tech_output", "industrial_output"),
    ("rd_spending", "regional_gdp"),
]


def relations(baseline: Baseline) -> list[tuple[KeyPath, Message]]:
    """Figures that cannot all be true at once, each with the key to point at."""
    found: list[tuple[KeyPath, Message]] = []
    for part, whole in _PARTS:
        p, w = baseline.figure(part), baseline.figure(whole)
        if p is not None and w is not None and p > w:
            found.append(
                (
                    (part,),
                    Message(
                        "more_than",
                        part=part,
                        part_value=plain_number(p),
                        whole=whole,
                        whole_value=plain_number(w),
                    ),
                )
            )
    high_tech, smes = baseline.high_tech_enterprises, baseline.tech_smes
    enterprises = baseline.enterprises
    if high_tech is not None and smes is not None and enterprises is not None:
        overlap = baseline.tech_smes_also_high_tech
        distinct = high_tech + smes - (min(high_tech, smes) if overlap is None else overlap)
        if distinct > enterprises:
            found.append((("tech_smes",), Message("distinct_more_than", count=distinct, whole=enterprises)))
    return found


def load_baseline(path: Path, clause_ids: list[str] | None = None) -> tuple[Baseline, Document]:
    """Read one baseline file (see ``read_baseline``)."""
    document = load_document(path)
    return read_baseline(document, clause_ids, file_year(path)), document


def file_year(path: Path) -> int | None:
    """The year a baseline file's name gives (``2022.yaml``), if it gives one."""
    return int(path.stem) if path.stem.isdigit() and path.suffix in (".yaml", ".yml") else None


def read_baseline(
    document: Document, clause_ids: list[str] | None = None, named_year: int | None = None
) -> Baseline:
    """A baseline from its document. Figures that contradict each other are errors too, and so are a
    ``year`` at odds with the file's name, an ``as_of`` outside the year, and clause ids the standard
    does not have (when ``clause_ids`` is given); all are reported at once."""
    problems = unknown_clauses(document, clause_ids) if clause_ids is not None else []
    try:
        baseline = parse_model(document, Baseline)
    except InputError as e:
        raise InputError(sorted(problems + e.problems, key=Problem.order)) from e
    problems += [document.problem(key, message) for key, message in relations(baseline)]
    if named_year is not None and baseline.year != named_year:
        problems.append(
            document.problem(("year",), Message("year_not_file", year=baseline.year, named=named_year))
        )
    if baseline.as_of is not None and baseline.as_of.year != baseline.year:
        problems.append(
            document.problem(
                ("as_of",), Message("as_of_outside", as_of=baseline.as_of.isoformat(), year=baseline.year)
            )
        )
    if problems:
        raise InputError(sorted(problems, key=Problem.order))
    return baseline


def unknown_clauses(document: Document, clause_ids: list[str]) -> list[Problem]:
    """Clause ids under ``qualitative`` that the standard does not have, with the nearest real one."""
    data = document.data
    given = data.get("qualitative") if isinstance(data, dict) else None
    if not isinstance(given, dict):
        return []
    return [
        document.problem(
            ("qualitative", key),
            Message("unknown_clause", key=key, hint=closest(str(key), clause_ids)),
            key=True,
        )
        for key in given
        if key not in clause_ids
    ]
