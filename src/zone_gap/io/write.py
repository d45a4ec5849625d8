"""Writing files for the user: atomically, never over an existing file unless told to, and never
over a file the command reads."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from zone_gap.i18n import Message
from zone_gap.io.problem import OutputError, UsageError, system_reason


def write_new(path: Path, text: str | bytes, *, force: bool = False, inputs: Iterable[Path] = ()) -> None:
    """Write ``text`` (as UTF-8; bytes as they are) to ``path`` through a temporary file in the same
    folder and an atomic rename, so that a reader sees the old file or the new one, never half of
    one. Only a regular file is ever replaced, and only with ``force``; one of the command's
    ``inputs`` never, nor through a symbolic link that leads nowhere; whatever the system refuses is
    an ``OutputError``. A symbolic link to a file is written through: the file it names is
    replaced, never the link."""
    refuse_input(path, inputs)
    _refuse_dangling(path)
    mode = _mode_to_keep(path, force)
    target = path.resolve() if path.is_symlink() else path

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except (FileExistsError, NotADirectoryError):
        raise UsageError(
            Message("output_parent_not_folder", path=str(path), parent=_blocking(target))
        ) from None
    except OSError as e:
        raise _failed(path, e) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8") if isinstance(text, str) else text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as e:
        Path(temporary).unlink(missing_ok=True)
        raise _failed(path, e) from None
    except BaseException:  # Ctrl-C included: no half-written file is left behind
        Path(temporary).unlink(missing_ok=True)
        raise


def refuse_input(path: Path, inputs: Iterable[Path]) -> None:
    """A ``UsageError`` when ``path`` names one of ``inputs``, ``--force`` or not: compared as the
    files they lead to (``./x.yaml`` is ``x.yaml``; a symbolic link is the file it names), and as
    the same file on disk where both exist (a hard link, a name in another case)."""
    for source in inputs:
        if _same_file(path, source):
            if str(path) == str(source):
                raise UsageError(Message("output_is_input", path=str(path)))
            raise UsageError(Message("output_is_input_as", path=str(path), input=str(source)))


def _same_file(one: Path, other: Path) -> bool:
    try:
        if one.resolve() == other.resolve():
            return True
    except (OSError, RuntimeError):  # a loop of links: it leads to no input
        return False
    try:
        return os.path.samefile(one, other)
    except OSError:  # one of them does not exist
        return False


def _refuse_dangling(path: Path) -> None:
    """A ``UsageError`` when ``path``, or a folder on the way to it, is a symbolic link to nothing:
    writing through it would create folders and a file wherever it points."""
    for part in [*reversed(path.parents), path]:
        if not part.is_symlink():
            continue
        try:
            part.stat()
        except FileNotFoundError:
            raise UsageError(
                Message("output_dangling_link", path=str(path), link=str(part), target=os.readlink(part))
            ) from None
        except OSError:  # a loop of links: writing says so
            return


def _mode_to_keep(path: Path, force: bool) -> int:
    """The mode the written file gets: the replaced file's, else the umask's. A folder, a device or
    anything but a regular file at ``path`` is refused, ``--force`` or not."""
    try:
        found = path.stat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    except NotADirectoryError:
        raise UsageError(
            Message("output_parent_not_folder", path=str(path), parent=_blocking(path))
        ) from None
    except OSError as e:
        raise _failed(path, e) from None
    if stat.S_ISDIR(found.st_mode):
        raise UsageError(Message("output_is_folder", path=str(path)))
    if not stat.S_ISREG(found.st_mode):
        raise UsageError(Message("output_not_regular", path=str(path)))
    if not force:
        raise UsageError(Message("file_exists", path=str(path)))
    return found.st_mode & 0o777


def _failed(path: Path, error: OSError) -> OutputError:
    return OutputError(Message("output_failed", path=str(path), reason=system_reason(error)))


def _blocking(path: Path) -> str:
    """The first part of ``path``'s folder that is a file, not a folder."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return str(parent)
    return str(path.parent)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
