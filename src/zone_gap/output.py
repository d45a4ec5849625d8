"""Writing files for the user: atomically, and never over an existing file unless told to."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from zone_gap.i18n import Message
from zone_gap.problem import UsageError


def write_new(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and an atomic rename,
    so that a reader sees the old file or the new one, never half of one."""
    if path.exists() and not force:
        raise UsageError(Message("file_exists", path=str(path)))
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
