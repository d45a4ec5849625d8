"""Where the shipped standard and plan are: the checkout's folders when run from one, else the
copies packed into the wheel (``zone_gap/_data``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

STANDARD = ("standards", "inner-mongolia-2020.yaml")
PLAN = ("plans", "kundulun-2021.yaml")


def shipped_path(folder: str, name: str) -> Path:
    for root in (Path(), Path(__file__).resolve().parents[2]):
        if (root / folder / name).is_file():
            return root / folder / name
    return Path(str(resources.files("zone_gap") / "_data" / folder / name))
