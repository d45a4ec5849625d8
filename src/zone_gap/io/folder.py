"""A park's folder of baselines, one file a year: what may stand in it, and what must hold across it.

Every command that reads a folder and `validate` ask the same two questions here, so that what one
refuses the others refuse too, in the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from zone_gap.i18n import Message
from zone_gap.io.problem import Problem, system_reason

_YEAR_FILE = re.compile(r"^(\d+)\.(ya?ml)$", re.IGNORECASE)


def year_files(folder: Path) -> tuple[dict[int, Path], list[Problem]]:
    """The files named by their year (``2022.yaml``) in ``folder``, and what is wrong with the
    folder's shape: two files for one year (``2021.yaml`` beside ``2021.yml``: the first by name is
    kept), an upper-case extension (``2021.YAML``, which some systems would not tell apart), a folder
    named like a year's file; or that ``folder`` is missing, a file, or cannot be read."""
    found: dict[int, Path] = {}
    problems: list[Problem] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as e:
        return {}, [Problem(str(folder), None, _unreadable(e))]
    for path in entries:
        match = _YEAR_FILE.match(path.name)
        if match is None:
            continue
        year, suffix = int(match.group(1)), match.group(2)
        if path.is_dir():
            wrong = Message("year_file_is_folder")
        elif suffix != suffix.lower():
            wrong = Message("year_file_upper", lower=f"{year}.{suffix.lower()}")
        elif year in found:
            wrong = Message("year_twice", year=year, other=found[year].name)
        else:
            found[year] = path
            continue
        problems.append(Problem(str(path), None, wrong))
    return found, problems


def _unreadable(error: OSError) -> Message:
    if isinstance(error, FileNotFoundError):
        return Message("folder_missing")
    if isinstance(error, NotADirectoryError):
        return Message("not_a_folder")
    return Message("file_unreadable", reason=system_reason(error))


def one_series(subject: str) -> bool:
    """Whether a folder of ``subject``'s figures files is one series, a file a year under one name
    (a park's), rather than many side by side (enterprises': a year's candidates)."""
    return subject == "park"


def renamed(parks: Sequence[tuple[int, str]]) -> list[tuple[int, Message]]:
    """For years in order, each ``(year, park)`` whose park is named otherwise than the year
    before's: its index, and the error to report at its ``park:``."""
    return [
        (i, Message("park_renamed", old=before, new=after, year=year_before))
        for i, ((year_before, before), (_, after)) in enumerate(zip(parks, parks[1:], strict=False), start=1)
        if before != after
    ]
