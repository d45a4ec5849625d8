"""What VS Code's YAML extension shows in the project's files: yaml-language-server, the server behind
it, run over stdio with `zone-gap schema`'s output mapped to the files as the README's settings.json
maps it, in a Chinese VS Code (locale zh-cn).

Skipped where node or the server is not installed; CI installs both (.ci/run), and there a missing
server fails the run rather than skipping the test.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import BASELINE_2020, ROOT, CliRunner, cli
from tests.editor.yaml_server import YamlServer, file_uri, server_command
from zone_gap.i18n import Lang, text

SHIPPED = [
    *sorted((ROOT / "baselines").glob("*.yaml")),
    *sorted((ROOT / "plans").glob("*.yaml")),
    *sorted(p for p in (ROOT / "standards").glob("*.yaml") if ".cases." not in p.name),
]
"""The worked cases beside a standard (``<id>.cases.yaml``) have no schema yet: left out."""
CJK = re.compile(r"[\u4e00-\u9fff]")
runner = CliRunner()


def zone_gap(*args: str) -> str:
    result = runner.invoke(cli, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout


SETTINGS = {
    "yaml.schemas": {
        "./baseline.schema.json": "baselines/*.yaml",
        "./standard.schema.json": "standards/*.yaml",
        "./plan.schema.json": "plans/*.yaml",
    }
}
"""The workspace settings the README gives, word for word."""


def test_the_readme_gives_these_settings() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"```json\n{json.dumps(SETTINGS, indent=2)}\n```" in readme


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's folder with the three schemas written as the README has them written. Its settings'
    patterns match a `baselines` (`standards`, `plans`) folder anywhere, as the server reads any
    pattern, so the shipped files are opened where they are."""
    folder = tmp_path_factory.mktemp("workspace")
    for kind in ("baseline", "standard", "plan"):
        (folder / f"{kind}.schema.json").write_text(zone_gap("schema", kind), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(workspace: Path) -> Iterator[YamlServer]:
    command = server_command()
    if command is None:
        if os.environ.get("CI"):
            pytest.fail("yaml-language-server is not installed; .ci/run installs it")
        pytest.skip("node or yaml-language-server is not installed (npm install -g yaml-language-server)")
    settings = {"yaml": {"validate": True, "hover": True, "schemas": SETTINGS["yaml.schemas"]}}
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


def diagnostics(server: YamlServer, path: Path) -> list[dict[str, Any]]:
    uri = file_uri(path)
    try:
        return server.open(uri, path.read_text("utf-8"))
    finally:
        server.close(uri)


def where(found: list[dict[str, Any]]) -> dict[tuple[int, int], str]:
    """Each diagnostic's 1-based line and column, as `validate` gives them, with its message."""
    return {
        (d["range"]["start"]["line"] + 1, d["range"]["start"]["character"] + 1): d["message"] for d in found
    }


def validate_errors(path: Path) -> set[tuple[int, int]]:
    report = json.loads(zone_gap("validate", str(path), "--format", "json"))
    return {
        (p["line"], p["column"]) for f in report["files"] for p in f["problems"] if p["severity"] == "error"
    }


def fresh_template(folder: Path, with_last_year: bool) -> Path:
    """A file as `zone-gap new` writes it, beside last year's or alone."""
    folder.mkdir(parents=True)
    if with_last_year:
        shutil.copy(BASELINE_2020, folder / "2020.yaml")
    zone_gap("new", "2021", "--folder", str(folder))
    return folder / "2021.yaml"


# --- no false error ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_shipped_files_show_no_problem(server: YamlServer, path: Path) -> None:
    assert diagnostics(server, path) == []


def test_a_file_fresh_from_new_shows_no_problem(server: YamlServer, tmp_path: Path) -> None:
    path = fresh_template(tmp_path / "baselines", with_last_year=True)
    assert "qualitative:  #" in path.read_text("utf-8")  # blank: every clause still commented out
    assert diagnostics(server, path) == []
    assert validate_errors(path) == set()


def test_a_file_fresh_from_new_without_last_year_shows_what_validate_shows(
    server: YamlServer, tmp_path: Path
) -> None:
    path = fresh_template(tmp_path / "baselines", with_last_year=False)
    found = where(diagnostics(server, path))
    # `park:` still to be filled in; a blank value has no column of its own, each tool picks one
    assert {line for line, _ in found} == {line for line, _ in validate_errors(path)} == {4}
    assert list(found.values()) == [text("schema_string_type", Lang.ZH)]


# --- what the editor refuses, and how it says so -----------------------------------------------

BAD = """\
park: 测试园区
year: 2021
as_of: 2021-6-30
enterprises: -1
high_tech_and_sme_share: 150%
high_tech_revenue_share: 5.5
high_tech_output_share: 3.8％
rd_intensity: -0.5%
high_tech_growth: -150%
rd_institutions: 9.5
enterprise: 3
qualitative:
  boundaries: {met: 1, evidence: 2}
"""


def test_the_editor_refuses_what_validate_refuses_and_says_why_in_chinese(
    server: YamlServer, tmp_path: Path
) -> None:
    path = tmp_path / "baselines" / "2021.yaml"
    path.parent.mkdir()
    path.write_text(BAD, encoding="utf-8")
    found = where(diagnostics(server, path))
    assert set(found) == validate_errors(path)
    assert found[3, 8] == text("schema_date_type", Lang.ZH)
    assert found[5, 26] == text("schema_share_pattern", Lang.ZH)  # 150%
    assert found[6, 26] == text("schema_share_type", Lang.ZH)  # 5.5 without its sign
    assert found[7, 25] == text("schema_share_pattern", Lang.ZH)  # a full-width ％
    assert found[8, 15] == text("schema_share_pattern", Lang.ZH)  # below 0%
    assert found[9, 19] == text("schema_rate_pattern", Lang.ZH)  # a fall of more than 100%
    assert found[10, 18] == text("schema_count_type", Lang.ZH)
    assert found[13, 21] == text("schema_boolean_type", Lang.ZH)
    assert found[13, 34] == text("schema_string_type", Lang.ZH)
    assert "enterprise" in found[11, 1]
    assert all(CJK.search(message) for message in found.values()), found


def test_a_modeline_maps_the_schema_without_settings(server: YamlServer, workspace: Path) -> None:
    path = workspace / "elsewhere" / "park.yaml"
    path.parent.mkdir()
    modeline = "# yaml-language-server: $schema=../baseline.schema.json\n"
    path.write_text(modeline + "park: 测试园区\nyear: 2021\nrd_intensity: 1.5\n", encoding="utf-8")
    assert where(diagnostics(server, path)) == {(4, 15): text("schema_share_type", Lang.ZH)}


# --- hover -----------------------------------------------------------------------------------------

KEY = re.compile(r"^((?:  ){0,2})([a-z_]+):")
"""A key at the top, one level in (a clause under `qualitative`) or two (a clause's `met`)."""


def hovers(server: YamlServer, path: Path) -> dict[tuple[str, ...], str | None]:
    """The hover text at each key of a file (without the footer naming the schema), by its path."""
    uri = file_uri(path)
    body = path.read_text("utf-8")
    server.open(uri, body)
    found: dict[tuple[str, ...], str | None] = {}
    above: list[str] = []
    try:
        for number, line in enumerate(body.splitlines()):
            if (key := KEY.match(line)) is None:
                continue
            indent, name = key.groups()
            above = [*above[: len(indent) // 2], name]
            shown = server.hover(uri, number, len(indent))
            found[tuple(above)] = shown and shown.partition("\n\n")[0]
    finally:
        server.close(uri)
    return found


def described(schema: dict[str, Any], path: tuple[str, ...]) -> str:
    """The markdown description the schema gives the key at ``path``, through `$ref`s and the schema
    of a mapping's values."""
    node = schema
    for name in path:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rpartition("/")[2]]
        node = node.get("properties", {}).get(name) or node["additionalProperties"]
    return str(node["markdownDescription"])


@pytest.mark.parametrize("fresh", [False, True], ids=["2020.yaml", "fresh-from-new"])
def test_the_hover_on_every_key_is_its_chinese_description(
    server: YamlServer, workspace: Path, tmp_path: Path, fresh: bool
) -> None:
    path = fresh_template(tmp_path / "baselines", with_last_year=True) if fresh else BASELINE_2020
    schema = json.loads((workspace / "baseline.schema.json").read_text("utf-8"))
    shown = hovers(server, path)
    assert len(shown) >= 10
    assert any(len(key) == 3 for key in shown) is not fresh  # clauses are given in 2020.yaml only
    for key, hover in shown.items():
        assert hover == described(schema, key), key
        assert CJK.search(hover or ""), key
    share = schema["properties"]["high_tech_and_sme_share"]["description"]
    assert shown[("high_tech_and_sme_share",)] == share
