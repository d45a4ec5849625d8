"""Which files of the shipped standards folder are standards."""

from __future__ import annotations

from tests.conftest import ROOT
from zone_gap.io.shipped import shipped_standards


def test_worked_cases_beside_a_standard_are_not_standards() -> None:
    found = shipped_standards()
    assert set(found) == {"high-tech-enterprise-2016", "inner-mongolia-2020", "tech-sme-2017"}
    assert all(path.resolve().parent == ROOT / "standards" for path in found.values())
    assert not any(path.name.endswith(".cases.yaml") for path in found.values())
