"""One yaml-language-server for every editor test: a user's folder with the schemas `zone-gap schema`
writes, and the workspace settings the guide gives (docs/en/new-year.md, "Schemas for editors")."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, CliRunner, cli
from tests.editor.yaml_server import YamlServer, file_uri, server_command

runner = CliRunner()


def zone_gap(*args: str, cwd: Path | None = None) -> str:
    """Run the command in-process (in ``cwd``), as a user would; its standard output."""
    before = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        result = runner.invoke(cli, list(args))
    finally:
        os.chdir(before)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


GUIDE = ROOT / "docs" / "en" / "new-year.md"
"""The page that tells how to set up an editor with the schemas."""


def guide_settings() -> dict[str, Any]:
    """The workspace settings the guide gives, word for word."""
    guide = GUIDE.read_text("utf-8")
    found = re.search(r"```json\n(\{\n  \"yaml\.schemas\".*?\n\})\n```", guide, re.DOTALL)
    assert found is not None, f"{GUIDE.relative_to(ROOT)} gives no yaml.schemas settings"
    settings: dict[str, Any] = json.loads(found.group(1))
    return settings


@pytest.fixture(scope="session")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's folder with the schemas written as the guide has them written (`zone-gap schema`,
    run there). The settings' patterns match a `baselines` (`standards`, `plans`, `examples`) folder
    anywhere, as the server reads any pattern, so the shipped files are opened where they are."""
    folder = tmp_path_factory.mktemp("workspace")
    zone_gap("schema", cwd=folder)
    return folder


@pytest.fixture(scope="session")
def server(workspace: Path) -> Iterator[YamlServer]:
    command = server_command()
    if command is None:
        if os.environ.get("CI"):
            pytest.fail("yaml-language-server is not installed; .ci/run installs it")
        pytest.skip("node or yaml-language-server is not installed (npm install -g yaml-language-server)")
    schemas = guide_settings()["yaml.schemas"]
    settings = {"yaml": {"validate": True, "hover": True, "schemas": schemas}}
    with YamlServer(command, workspace, settings) as running:
        settle(running, workspace)
        yield running


def settle(server: YamlServer, workspace: Path) -> None:
    """Wait until the server applies the settings, so that no test sees a file checked against no
    schema (and no problem in it): a key no schema has must be flagged first."""
    uri = file_uri(workspace / "baselines" / "settle.yaml")
    for _ in range(100):
        found = server.open(uri, "no_such_key: 1\n")
        server.close(uri)
        if found:
            return
        time.sleep(0.1)
    pytest.fail("yaml-language-server never applied the yaml.schemas setting")


def diagnostics(server: YamlServer, path: Path, text: str | None = None) -> list[dict[str, Any]]:
    """What the editor marks in the file at ``path`` (holding ``text``, else what is there)."""
    uri = file_uri(path)
    try:
        return server.open(uri, path.read_text("utf-8") if text is None else text)
    finally:
        server.close(uri)


def validate_report(path: Path) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(zone_gap("validate", str(path), "--format", "json"))
    return report
