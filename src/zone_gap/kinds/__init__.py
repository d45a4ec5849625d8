"""Criterion kinds, one module each, registered here once (as yamllint registers its rules).

A kind's module holds its model (what a standard writes), the figures it reads, its checks of a
standard and of a figures file, evaluation, projection and the plan bar; it compares only through
``Comparison``. The walkers (``engine``, ``projection``, ``plan_check``, the standard's checks, the
roster's candidates) ask the criterion and never test which kind it is.

A new kind: a module with ``KIND`` and its model, added to ``KINDS`` below and to the one union of
every kind, ``Member`` in ``group.py``.
"""

from __future__ import annotations

from zone_gap.kinds import count, distinct_share, either, group, growth, qualitative, ratio, score, value
from zone_gap.kinds._base import (
    PERCENT_UNITS,
    Band,
    Bar,
    Measured,
    PlanBar,
    Reference,
    Threshold,
    TierRule,
    Tiers,
    Unit,
    fraction,
)
from zone_gap.kinds._base import (
    Criterion as AnyCriterion,
)
from zone_gap.kinds.count import CountCriterion
from zone_gap.kinds.distinct_share import DistinctShareCriterion
from zone_gap.kinds.either import EitherCriterion
from zone_gap.kinds.group import AllOfCriterion, AnyOfCriterion, Member
from zone_gap.kinds.growth import GrowthCriterion
from zone_gap.kinds.qualitative import QualitativeCriterion
from zone_gap.kinds.ratio import RatioCriterion
from zone_gap.kinds.score import ScoreCriterion
from zone_gap.kinds.value import ValueCriterion

KINDS = {m.KIND: m for m in (qualitative, count, value, ratio, distinct_share, growth, score, either)}
KINDS |= {"all_of": group, "any_of": group}
"""Every kind by the name a standard gives it under ``kind:``."""

Criterion = Member
"""Any criterion a standard writes (a dimension's criteria, a group's members): one union of every
kind, written once in ``group.py`` since a group holds criteria of any kind."""

__all__ = [
    "KINDS",
    "AllOfCriterion",
    "AnyOfCriterion",
    "PERCENT_UNITS",
    "AnyCriterion",
    "Band",
    "Bar",
    "CountCriterion",
    "Criterion",
    "DistinctShareCriterion",
    "EitherCriterion",
    "GrowthCriterion",
    "Measured",
    "PlanBar",
    "QualitativeCriterion",
    "RatioCriterion",
    "ScoreCriterion",
    "Reference",
    "Threshold",
    "TierRule",
    "Tiers",
    "Unit",
    "ValueCriterion",
    "fraction",
]
