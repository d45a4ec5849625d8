"""Fixtures shared by unit and acceptance tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import settings

from zone_gap.baseline import Baseline
from zone_gap.standard import Standard, load_standard

# No per-example deadline (a loaded CI machine is slow, not wrong); in CI the same examples every run,
# so that a landing never hangs on a new random draw — local runs keep exploring.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

ROOT = Path(__file__).resolve().parents[1]
STANDARD_PATH = ROOT / "standards" / "inner-mongolia-2020.yaml"
BASELINE_2020 = ROOT / "baselines" / "2020.yaml"
NUMERIC = {
    "enterprise_count",
    "high_tech_share",
    "high_tech_growth",
    "high_tech_revenue",
    "rd_intensity",
    "rd_institutions",
}
"""The numeric criterion ids, part of the tool's interface."""


@pytest.fixture(scope="session")
def standard() -> Standard:
    return load_standard(STANDARD_PATH)


def make_baseline(**figures: Any) -> Baseline:
    """A baseline of park "测试园区" for 2020 unless told otherwise, with just ``figures``."""
    data = {"park": "测试园区", "year": 2020, **figures}
    return Baseline.model_validate(data)


@pytest.fixture
def write_yaml(tmp_path: Path) -> Callable[..., Path]:
    """Write ``text`` (or ``data`` dumped as YAML) to a file in a temporary folder."""

    def write(name: str, text: str | None = None, data: dict[str, Any] | None = None) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        body = text if text is not None else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        path.write_text(body, encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def standard_clauses(standard: Standard) -> list[str]:
    return standard.clause_ids()


@pytest.fixture
def three_years(write_yaml: Callable[..., Path]) -> Path:
    """The notice's 2020 figures, then two invented years (2022 mid-year) for the trend."""
    write_yaml("b/2020.yaml", text=BASELINE_2020.read_text(encoding="utf-8"))
    write_yaml(
        "b/2021.yaml",
        data={
            "park": "包头金属深加工园区",
            "year": 2021,
            "enterprises": 175,
            "high_tech_enterprises": 12,
            "rd_intensity": "1.4%",
            "rd_institutions": 5,
        },
    )
    path = write_yaml(
        "b/2022.yaml",
        data={
            "park": "包头金属深加工园区",
            "year": 2022,
            "as_of": "2022-06-30",
            "enterprises": 181,
            "high_tech_enterprises": 16,
            "rd_intensity": "1.6%",
            "rd_institutions": 6,
        },
    )
    return path.parent
