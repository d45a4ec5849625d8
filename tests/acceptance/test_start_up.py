"""What a run loads before it needs it: help, the version and a mistyped command line load none of
pydantic, rich or PyYAML; the process leaves pydantic's plugins off unless the user says otherwise.

Each case runs in a fresh interpreter, since the test process has long loaded everything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pydantic", "rich", "yaml")

LOADED = f"""
import contextlib, io, sys
from zone_gap.cli.main import run
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = run(sys.argv[1:])
print(code, *sorted(m for m in {HEAVY!r} if m in sys.modules))
"""


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--help"], 0),
        (["--version"], 0),
        (["check", "--help"], 0),
        (["validate", "--help"], 0),
        (["report", "--help"], 0),
        (["check", "--format", "xml"], 2),
        (["check", "--by", "1800"], 2),
        (["check", "--no-such-option"], 2),
        (["chekc"], 2),
    ],
)
def test_help_and_usage_errors_load_no_heavy_library(args: list[str], code: int) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOADED, *args], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == [str(code)]


PLUGIN = """
import os, pathlib
pathlib.Path(os.environ["PROBE_MARK"]).write_text("loaded", encoding="utf-8")

class _Plugin:
    def new_schema_validator(self, *args, **kwargs):
        return None, None, None

plugin = _Plugin()
"""


@pytest.fixture
def plugin_site(tmp_path: Path) -> Path:
    """A folder holding one installed distribution that offers pydantic a plugin; loading the plugin
    writes the file named by ``PROBE_MARK``."""
    site = tmp_path / "site"
    info = site / "probe_plugin-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: probe-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pydantic]\nprobe = probe_plugin:plugin\n")
    (site / "probe_plugin.py").write_text(PLUGIN)
    return site


def _run(command: list[str], site: Path, mark: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    environment.update(PYTHONPATH=str(site), PROBE_MARK=str(mark), **env)
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=60)


def test_the_probe_plugin_loads_where_nothing_turns_plugins_off(plugin_site: Path, tmp_path: Path) -> None:
    mark = tmp_path / "mark"
    # Models are built when first used (``defer_build``): using one is what loads pydantic's plugins.
    use = "from zone_gap.io.model import Names; Names.model_validate({'zh': '甲', 'en': 'A'})"
    result = _run([sys.executable, "-c", use], plugin_site, mark)
    assert result.returncode == 0, result.stderr
    assert mark.read_text(encoding="utf-8") == "loaded"


def test_the_command_leaves_plugins_off(plugin_site: Path, tmp_path: Path) -> None:
    mark = tmp_path / "mark"
    result = _run([sys.executable, "-m", "zone_gap", "schema", "baseline"], plugin_site, mark)
    assert result.returncode == 0, result.stderr
    assert "park" in json.loads(result.stdout)["$defs"]["inner-mongolia-2020"]["else"]["required"]
    assert not mark.exists()


@pytest.mark.parametrize("setting", ["", "some_other_plugin"])
def test_a_user_setting_is_kept(plugin_site: Path, tmp_path: Path, setting: str) -> None:
    """Empty: no plugin is turned off; a list of names: only those are."""
    mark = tmp_path / "mark"
    result = _run(
        [sys.executable, "-m", "zone_gap", "schema", "baseline"],
        plugin_site,
        mark,
        PYDANTIC_DISABLE_PLUGINS=setting,
    )
    assert result.returncode == 0, result.stderr
    assert mark.read_text(encoding="utf-8") == "loaded"
