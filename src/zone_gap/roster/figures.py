"""What a roster gives: the park's figures on a day (the year's end, or ``as_of``), each with the
enterprises behind it, and for a sum the rows that lack its cell."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from zone_gap.io.model import Names
from zone_gap.roster.cells import NumberCell, columns, exact_sum
from zone_gap.roster.model import Enterprise, Roster

COUNTS = ("enterprises", "high_tech_enterprises", "tech_smes", "tech_smes_also_high_tech")
SUMS = (
    ("high_tech_revenue", "park_revenue", "high_tech_enterprises"),
    ("park_revenue", "park_revenue", "enterprises"),
    ("industrial_output", "industrial_output", "enterprises"),
    ("high_tech_output", "high_tech_output", "enterprises"),
    ("rd_spending", "rd_spending", "enterprises"),
    ("rd_institutions", "rd_institutions", "enterprises"),
)
"""Each sum: the baseline key it gives, the amount summed, over the enterprises of which count."""
BROADER = ("rd_spending",)
"""Figures whose sum over the roster is only part of what the standard means (全社会研发经费 also
counts universities and institutes in the park)."""


@dataclass(frozen=True)
class RosterFigures:
    roster: Roster
    day: date
    values: dict[str, Fraction | None] = field(default_factory=dict)
    """By baseline key, in the order of ``COUNTS`` and ``SUMS``; ``None``: unknown. A figure the
    roster has no column for is absent."""
    behind: dict[str, list[Enterprise]] = field(default_factory=dict)
    """The enterprises each count is made of."""
    missing: dict[str, list[Enterprise]] = field(default_factory=dict)
    """For an unknown figure, the counted rows that lack the cell it needs."""
    names: Mapping[str, Names] = field(default_factory=dict)
    """The park standard's name of each figure, by key: the words its output gives them."""


def roster_figures(
    roster: Roster, as_of: date | None = None, names: Mapping[str, Names] | None = None
) -> RosterFigures:
    """The figures on ``as_of`` (default: 31 December of the roster's year). A count of high-tech
    enterprises needs the issue-date column (a blank cell: no certificate); one of tech-based SMEs
    needs 是/否 in every counted row; a sum needs every counted row's cell. A roster with no rows
    below its header gives every figure unknown: a header alone is no count of 0."""
    day = as_of or roster.year_end()
    figures = RosterFigures(roster, day, names=dict(names or {}))
    has = roster.columns.__contains__
    in_park = [e for e in roster.enterprises if e.in_park(day)]
    figures.values["enterprises"] = Fraction(len(in_park))
    figures.behind["enterprises"] = in_park
    high_tech = [e for e in in_park if e.high_tech(day)]
    if has("hte_issued"):
        _count(figures, "high_tech_enterprises", high_tech, [])
    if has("tech_sme"):
        lacking = [e for e in in_park if e.tech_sme is None]
        _count(figures, "tech_smes", [e for e in in_park if e.tech_sme], lacking)
    if has("hte_issued") and has("tech_sme"):
        lacking = [e for e in high_tech if e.tech_sme is None]
        _count(figures, "tech_smes_also_high_tech", [e for e in high_tech if e.tech_sme], lacking)
    groups = {"enterprises": in_park, "high_tech_enterprises": high_tech}
    cells: dict[str, Callable[[str], list[NumberCell]]] = {}  # each group's amounts, a key at a time
    for key, amount, over in SUMS:
        column = next((c for c, target in _AMOUNT_COLUMNS.items() if target == amount), amount)
        if (has(column) or has(amount)) and (over == "enterprises" or has("hte_issued")):
            if over not in cells:
                cells[over] = columns([e.amounts for e in groups[over]])
            _sum(figures, key, cells[over](amount), groups[over])
    if not roster.enterprises:  # a header with no rows below it: nothing is known, not 0
        figures.values.update(dict.fromkeys(figures.values))
    return figures


_AMOUNT_COLUMNS = {"revenue": "park_revenue"}


def counted_in(figure: str, enterprise: Enterprise, day: date) -> Enterprise:
    """``enterprise`` as it would be had it come to count in ``figure`` by ``day``: a high-tech
    enterprise certificate issued that day, or registered as a tech-based SME; unchanged for a
    figure that counts nothing an enterprise can bring."""
    if figure == "high_tech_enterprises":
        return enterprise._replace(issued=day)
    if figure == "tech_smes":
        return enterprise._replace(tech_sme=True)
    return enterprise


def _count(figures: RosterFigures, key: str, counted: list[Enterprise], lacking: list[Enterprise]) -> None:
    figures.values[key] = None if lacking else Fraction(len(counted))
    figures.behind[key] = counted
    if lacking:
        figures.missing[key] = lacking


def _sum(figures: RosterFigures, key: str, cells: list[NumberCell], over: list[Enterprise]) -> None:
    if None in cells or "" in cells:
        figures.values[key] = None
        figures.missing[key] = [e for e, cell in zip(over, cells, strict=True) if cell is None or cell == ""]
    else:
        figures.values[key] = exact_sum(cells)
