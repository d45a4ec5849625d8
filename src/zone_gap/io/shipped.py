"""Where the standards and the plan are. A standard is named by its id and found in two places,
always both: the project's own ``standards/`` (in the working directory), by the id each file
declares, and the shipped set (the checkout's folders when run from one, else the copies packed
into the wheel, ``zone_gap/_data``), each file named by its id. A project's file with a shipped id
wins for that id only."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

STANDARD = ("standards", "inner-mongolia-2020.yaml")
PLAN = ("plans", "kundulun-2021.yaml")
PROJECT = Path()
"""The project's folder: the working directory."""
_SUFFIXES = (".yaml", ".yml")


def _shipped_root() -> Path:
    checkout = Path(__file__).resolve().parents[3]
    if (checkout / STANDARD[0] / STANDARD[1]).is_file():
        return checkout
    return Path(str(resources.files("zone_gap") / "_data"))


def shipped_path(folder: str, name: str) -> Path:
    """The file ``folder/name``: the project's own where it has one, else the shipped one."""
    own = PROJECT / folder / name
    return own if own.is_file() else _shipped_root() / folder / name


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [
        p
        for p in sorted(folder.iterdir())
        if p.suffix in _SUFFIXES and p.is_file() and not p.stem.endswith(".cases")
    ]


def _declared_id(path: Path) -> str:
    """The id a project's standard file declares; its file's name where it declares none or cannot
    be read (reading it as a standard then says why)."""
    from zone_gap.io.document import load_document
    from zone_gap.io.problem import InputError

    try:
        data = load_document(path).data
    except InputError:
        return path.stem
    found = data.get("id") if isinstance(data, dict) else None
    return found if isinstance(found, str) and found else path.stem


def shipped_standards() -> dict[str, Path]:
    """Every standard a command can name by its id, in the order of their ids: the shipped ones and
    the project's own, the project's file winning for an id both have. The worked cases beside a
    standard (``<id>.cases.yaml``) are not standards."""
    shipped, own = _shipped_root() / STANDARD[0], PROJECT / STANDARD[0]
    found = {p.stem: p for p in _files(shipped)}
    if own.is_dir() and own.resolve() != shipped.resolve():  # not run from the checkout itself
        found |= {_declared_id(p): p for p in _files(own)}
    return dict(sorted(found.items()))


def standard_path(given: Path | None, named: str | None = None) -> Path:
    """The standard to use: ``--standard`` as a file, else as an id; else the one a figures file
    names; else the default. A given name that is neither is returned as it is, for reading it to
    say that it is missing."""
    known = shipped_standards()
    if given is not None:
        if given.exists():
            return given
        if str(given) in known:
            return known[str(given)]
        if given.suffix not in _SUFFIXES and len(given.parts) == 1:  # meant as an id
            from zone_gap.i18n import Message
            from zone_gap.io.problem import UsageError

            raise UsageError(Message("standard_id_unknown", value=str(given), ids=", ".join(known)))
        return given
    if named is not None and named in known:
        return known[named]
    return shipped_path(*STANDARD)
