"""Where the shipped standards and plan are: the checkout's folders when run from one, else the
copies packed into the wheel (``zone_gap/_data``). A shipped standard's file is named by its id."""

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


def shipped_standards() -> dict[str, Path]:
    """Every shipped standard by its id, in the order of their ids; the worked cases beside a
    standard (``<id>.cases.yaml``) are not standards."""
    folder = shipped_path(*STANDARD).parent
    return {p.stem: p for p in sorted(folder.glob("*.yaml")) if not p.name.endswith(".cases.yaml")}


def standard_path(given: Path | None, named: str | None = None) -> Path:
    """The standard to use: ``--standard`` as a file, else as a shipped id; else the shipped one a
    figures file names; else the shipped default. A given name that is neither is returned as it
    is, for reading it to say that it is missing."""
    shipped = shipped_standards()
    if given is not None:
        if given.exists() or str(given) in shipped:
            return shipped.get(str(given), given) if not given.exists() else given
        if given.suffix not in (".yaml", ".yml") and len(given.parts) == 1:  # meant as an id
            from zone_gap.i18n import Message
            from zone_gap.problem import UsageError

            raise UsageError(Message("standard_id_unknown", value=str(given), ids=", ".join(shipped)))
        return given
    if named is not None and named in shipped:
        return shipped[named]
    return shipped_path(*STANDARD)
