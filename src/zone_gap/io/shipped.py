"""Where the standards and the plan are. A standard is named by its id and found in two places,
always both: the project's own ``standards/`` (in the working directory), by the id each file
declares, and the shipped set (the checkout's folders when run from one, else the copies packed
into the wheel, ``zone_gap/_data``), each file named by its id. A project's file with a shipped id
wins for that id only.

An id names one file: two project files of one id are refused, and so is a project file named by one
standard's id that declares another (found by name and by id, it would be two standards). The default
standard is found by its id too, so a project's file that takes it replaces it whatever its name."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zone_gap.io.document import Document
    from zone_gap.io.problem import Problem

STANDARD = ("standards", "inner-mongolia-2020.yaml")
DEFAULT_ID = STANDARD[1].removesuffix(".yaml")
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


def _declared_id(path: Path) -> tuple[str, Document | None]:
    """The id a project's standard file declares, and the file read; its file's name where it
    declares none or cannot be read (reading it as a standard then says why)."""
    from zone_gap.io.document import load_document
    from zone_gap.io.problem import InputError

    try:
        document = load_document(path)
    except InputError:
        return path.stem, None
    found = document.data.get("id") if isinstance(document.data, dict) else None
    return (found, document) if isinstance(found, str) and found else (path.stem, None)


def standard_files() -> tuple[dict[str, Path], list[Problem]]:
    """Every standard a command can name by its id, in the order of their ids: the shipped ones and
    the project's own, the project's file winning for an id both have; and what makes an id name
    two files, each said at a file's ``id:``. The worked cases beside a standard
    (``<id>.cases.yaml``) are not standards."""
    shipped, own = _shipped_root() / STANDARD[0], PROJECT / STANDARD[0]
    found = {p.stem: p for p in _files(shipped)}
    problems: list[Problem] = []
    if own.is_dir() and own.resolve() != shipped.resolve():  # not run from the checkout itself
        declared = [(path, *_declared_id(path)) for path in _files(own)]
        problems = _clashes(declared, set(found))
        found |= {name: path for path, name, _ in declared}
    return dict(sorted(found.items())), problems


def _clashes(declared: list[tuple[Path, str, Document | None]], shipped: set[str]) -> list[Problem]:
    """Two project files of one id, each naming the other; a file named by one standard's id that
    declares another."""
    from zone_gap.i18n import Message
    from zone_gap.io.problem import Problem

    ids = shipped | {name for _, name, _ in declared}
    problems = []
    for path, name, document in declared:
        others = [str(p) for p, n, _ in declared if n == name and p != path]
        if others:
            message = Message("standard_id_twice", id=name, others=", ".join(others))
        elif path.stem != name and path.stem in ids:
            message = Message("standard_named_as_another", file=path.name, id=name, other=path.stem)
        else:
            continue
        problems.append(document.problem(("id",), message) if document else Problem(str(path), None, message))
    return problems


def shipped_standards() -> dict[str, Path]:
    """``standard_files``, refused where an id would name two files."""
    from zone_gap.io.problem import InputError

    found, problems = standard_files()
    if problems:
        raise InputError(problems)
    return found


def standard_path(given: Path | None, named: str | None = None, known: dict[str, Path] | None = None) -> Path:
    """The standard to use: ``--standard`` as a file, else as an id; else the one a figures file
    names; else the default. A given name that is neither is returned as it is, for reading it to
    say that it is missing. ``known``: the standards by id (``validate`` reads them without refusing
    two files of one id, which it reports at the files)."""
    known = shipped_standards() if known is None else known
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
    return default_standard_path(known)


def default_standard_path(known: dict[str, Path] | None = None) -> Path:
    """The default standard: the file of its id, the project's own where one of its files declares
    it (whatever that file's name), else the shipped one."""
    found = (standard_files()[0] if known is None else known).get(DEFAULT_ID)
    return found if found is not None else shipped_path(*STANDARD)
