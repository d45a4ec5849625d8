"""Class 4 — output that cannot be written, and Ctrl-C.

Real processes (``python -m zone_gap``), few of them: ``report -o`` below a file, onto a folder
(with and without ``--force``; the message must not offer ``--force``, which cannot help), onto
``/dev/full`` and ``/dev/null`` with ``--force`` (refused, and the device is still a device
afterwards); standard output on ``/dev/full`` for every command, ``--help`` and ``--version`` (exit
2, one line on stderr); a reader that closes the pipe at once; and SIGINT at several moments while
``report`` writes its file (exit 130, or 0 if it had finished; never a traceback, never a leftover
temporary file or a partial pack).
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile._support import assert_chinese, project_copy, write

ENV = {**os.environ, "COLUMNS": "120", "GITHUB_ACTIONS": "", "PYTHONUNBUFFERED": "1"}
ENV.pop("ZONE_GAP_DEBUG", None)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return project_copy(tmp_path_factory.mktemp("out") / "p")


def zone_gap(*args: str, cwd: Path, stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zone_gap", *args],
        cwd=cwd,
        env=ENV,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
    )


def assert_one_chinese_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr:\n{stderr}"
    assert_chinese(lines[0])
    return lines[0]


def test_output_below_a_file(root: Path) -> None:
    write(root / "a-file.txt", "hi\n")
    done = zone_gap("report", "-o", "a-file.txt/x.html", cwd=root)
    assert done.returncode == 2
    assert "a-file.txt" in assert_one_chinese_line(done.stderr)
    assert (root / "a-file.txt").read_text() == "hi\n"


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_output_onto_an_existing_folder(root: Path, force: list[str]) -> None:
    folder = root / "existing"
    folder.mkdir(exist_ok=True)
    done = zone_gap("report", "-o", "existing", *force, cwd=root)
    assert done.returncode == 2
    line = assert_one_chinese_line(done.stderr)
    assert "--force" not in line, f"--force cannot replace a folder, yet it is offered: {line}"
    assert folder.is_dir()
    assert not list(folder.iterdir())


def _private_device(where: Path, major: int, minor: int) -> Path | None:
    """A character device of our own to try first, so that a regression never costs /dev."""
    path = where / f"dev-{major}-{minor}"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(major, minor))
    except (PermissionError, OSError):
        return None
    return path


@pytest.mark.parametrize(("device", "numbers"), [("/dev/full", (1, 7)), ("/dev/null", (1, 3))])
def test_a_device_is_never_replaced(root: Path, device: str, numbers: tuple[int, int]) -> None:
    assert stat.S_ISCHR(os.stat(device).st_mode), f"{device} is not a device before the test"
    private = _private_device(root, *numbers)
    targets = [str(private)] if private is not None else []
    for target in [*targets, device]:
        done = zone_gap("report", "-o", target, "--force", cwd=root)
        assert stat.S_ISCHR(os.stat(target).st_mode), f"{target} was replaced by a regular file"
        assert done.returncode == 2, done.stderr
        assert target in assert_one_chinese_line(done.stderr)


@pytest.mark.parametrize(
    "args",
    [["check"], ["project"], ["plan"], ["validate"], ["--help"], ["--version"]],
    ids=lambda a: a[0],
)
def test_stdout_on_a_full_disk(root: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = zone_gap(*args, cwd=root, stdout=full)
    assert done.returncode == 2, done.stderr
    assert_one_chinese_line(done.stderr)


@pytest.mark.parametrize("case", ["validate-200-files", "check-json"])
def test_a_closed_pipe(root: Path, case: str) -> None:
    if case == "validate-200-files":
        for i in range(200):
            write(root / "many" / f"park-{i:03d}.yaml", f"park: 园区{i}\nyear: 2020\nenterprises: -{i + 1}\n")
        args = ["validate", "--kind", "baseline", "many"]
    else:
        args = ["check", "--format", "json", "baselines"]
    process = subprocess.Popen(
        [sys.executable, "-m", "zone_gap", *args],
        cwd=root,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()
    with process.stderr:
        stderr = process.stderr.read().decode("utf-8")
    code = process.wait(timeout=60)
    assert "Traceback" not in stderr, stderr
    assert code == 2, f"exit {code}\n{stderr}"
    failures = [line for line in stderr.splitlines() if "warning:" not in line and line.strip()]
    assert len(failures) == 1, stderr
    assert_chinese(failures[0])


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.1, 0.2, 0.3, 0.5])
def test_ctrl_c_while_report_writes(root: Path, delay: float) -> None:
    out = root / f"packs-{delay}"
    out.mkdir()
    target = out / "pack.html"
    process = subprocess.Popen(
        [sys.executable, "-m", "zone_gap", "report", "-o", str(target)],
        cwd=root,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    stderr = err.decode("utf-8")
    code = process.returncode
    if stderr.startswith("Fatal Python error: init_import_site"):
        # On a loaded machine the signal can land while Python itself is still starting (importing
        # `site`), before any line of zone-gap runs: Python's own words, nothing written.
        assert code != 0
        assert not list(out.iterdir()), "a file written by a process that never started"
        return
    assert "Traceback" not in stderr, stderr
    assert "KeyboardInterrupt" not in stderr, stderr
    # Killed by the signal before Python set its handler: the shell reports that as 130 too.
    assert code in {0, 130, -signal.SIGINT}, f"exit {code}\n{stderr}"
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]
    assert not leftovers, f"temporary files left behind: {leftovers}"
    if target.exists():  # finished, or interrupted after the atomic rename: never half a pack
        assert target.read_text(encoding="utf-8").rstrip().endswith("</html>"), "a partial pack"
        assert "未写出任何文件" not in stderr, f"says no file was written, but {target.name} was: {stderr}"
    else:
        assert code != 0, "exit 0 without the pack"
    if code == 130:
        assert_one_chinese_line(stderr)
