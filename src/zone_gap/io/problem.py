"""Problems found in input files, located by file, line and column."""

from __future__ import annotations

import errno
from dataclasses import dataclass

from zone_gap.i18n import Lang, Message


@dataclass(frozen=True, order=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    """One thing wrong (``error``) or doubtful (``warning``) in one file."""

    file: str
    position: Position | None
    message: Message
    severity: str = "error"

    def order(self) -> tuple[str, int, int]:
        """Sort key: by file, then line and column; problems without a place first."""
        where = self.position
        return (self.file, where.line, where.column) if where else (self.file, 0, 0)

    def render(self, lang: Lang) -> str:
        where = self.file
        if self.position is not None:
            where += f":{self.position.line}:{self.position.column}"
        return f"{where}: {self.severity}: {self.message.render(lang)}"


class InputError(Exception):
    """An input file could not be used; ``problems`` says every reason found, located."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.render(Lang.EN) for p in problems))
        self.problems = problems


class Refusal(Exception):
    """A command that cannot go on, said in one catalogue sentence (exit code 2)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render(Lang.EN))
        self.message = message


class UsageError(Refusal):
    """The command was asked for something it cannot do."""


class OutputError(Refusal):
    """What was asked could not be written: a full disk, a closed pipe, no permission."""


_REASONS = {
    errno.EPIPE: "os_closed_pipe",
    errno.ENOSPC: "os_disk_full",
    errno.EDQUOT: "os_disk_full",
    errno.EACCES: "os_no_permission",
    errno.EPERM: "os_no_permission",
    errno.EROFS: "os_read_only",
    errno.ENOENT: "os_no_such_path",
    errno.ENOTDIR: "os_not_a_folder",
    errno.EISDIR: "os_is_a_folder",
    errno.ENAMETOOLONG: "os_name_too_long",
    errno.ELOOP: "os_link_loop",
    errno.EIO: "os_io",
}


def system_reason(error: OSError) -> Message:
    """Why the system refused, in the catalogue's words rather than the C library's English."""
    key = _REASONS.get(error.errno or 0)
    if key is not None:
        return Message(key)
    return Message("os_other", code=errno.errorcode.get(error.errno or 0, str(error.errno)))
