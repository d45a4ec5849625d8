"""What VS Code's YAML extension shows in the project's files: yaml-language-server, the server behind
it, run over stdio with `zone-gap schema`'s output mapped to the files as the guide's settings.json
(docs/en/new-year.md) maps it, in a Chinese VS Code (locale zh-cn).

Skipped where node or the server is not installed; CI installs both (.ci/run), and there a missing
server fails the run rather than skipping the test.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import BASELINE_2020, ROOT
from tests.editor.conftest import diagnostics, guide_settings, validate_report, zone_gap
from tests.editor.yaml_server import YamlServer, file_uri
from zone_gap.i18n import Lang, text

ENTERPRISE = ROOT / "examples" / "enterprise" / "2022.yaml"
SHIPPED = [
    *sorted((ROOT / "baselines").glob("*.yaml")),
    *sorted((ROOT / "plans").glob("*.yaml")),
    *sorted(p for p in (ROOT / "standards").glob("*.yaml") if ".cases." not in p.name),
    ENTERPRISE,
]
"""The worked cases beside a standard (``<id>.cases.yaml``) have no schema yet: the guide's mapping
leaves them out."""
STANDARDS = ["inner-mongolia-2020", "high-tech-enterprise-2016", "tech-sme-2017"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_guide_maps_every_folder_and_both_suffixes() -> None:
    schemas = guide_settings()["yaml.schemas"]
    patterns = " ".join(p for found in schemas.values() for p in found)
    for folder in ("baselines", "standards", "plans", "examples"):
        assert f"{folder}/**/*.{{yaml,yml}}" in patterns, folder
    assert set(schemas) == {
        f"./schemas/{kind}.schema.json" for kind in ("baseline", "standard", "plan", "any")
    }


def where(found: list[dict[str, Any]]) -> dict[tuple[int, int], str]:
    """Each diagnostic's 1-based line and column, as `validate` gives them, with its message."""
    return {
        (d["range"]["start"]["line"] + 1, d["range"]["start"]["character"] + 1): d["message"] for d in found
    }


def validate_errors(path: Path) -> set[tuple[int, int]]:
    return {
        (p["line"], p["column"])
        for f in validate_report(path)["files"]
        for p in f["problems"]
        if p["severity"] == "error"
    }


def fresh_template(workspace: Path, project: Path, with_last_year: bool) -> Path:
    """A park's file as `zone-gap new` writes it in a project whose schemas are written, beside last
    year's or alone."""
    shutil.copytree(workspace / "schemas", project / "schemas")
    (project / "baselines").mkdir()
    if with_last_year:
        shutil.copy(BASELINE_2020, project / "baselines" / "2020.yaml")
    zone_gap("new", "2021", cwd=project)
    return project / "baselines" / "2021.yaml"


# --- no false error ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_shipped_files_show_no_problem(server: YamlServer, path: Path) -> None:
    assert diagnostics(server, path) == []


@pytest.mark.parametrize("path", [BASELINE_2020, ENTERPRISE], ids=["park", "enterprise"])
@pytest.mark.parametrize("folder", ["baselines", "examples"])
def test_a_yml_file_anywhere_its_kind_is_kept_shows_no_problem(
    server: YamlServer, workspace: Path, path: Path, folder: str
) -> None:
    copy = workspace / "yml" / folder / path.parent.name / f"{path.stem}.yml"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, copy)
    assert diagnostics(server, copy) == []


@pytest.mark.parametrize("standard", STANDARDS)
def test_a_file_fresh_from_new_names_its_schema_and_shows_no_problem(
    server: YamlServer, workspace: Path, standard: str
) -> None:
    """Written into `baselines/`, which the guide maps to figures files of every standard; its first
    line names the schema `zone-gap schema` wrote beside the project."""
    project = workspace / "projects" / standard
    shutil.copytree(workspace / "schemas", project / "schemas")
    zone_gap("new", "2021", "--standard", standard, cwd=project)
    path = project / "baselines" / "2021.yaml"
    first = path.read_text("utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/baseline.schema.json"
    found = where(diagnostics(server, path))
    # the subject's name is still to be filled in; nothing else is wrong
    assert set(found.values()) == {text("schema_string_type", Lang.ZH)}
    assert {line for line, _ in found} == {line for line, _ in validate_errors(path)} == {5}


def test_a_file_fresh_from_new_shows_no_problem(server: YamlServer, workspace: Path, tmp_path: Path) -> None:
    path = fresh_template(workspace, tmp_path, with_last_year=True)
    assert "qualitative:  #" in path.read_text("utf-8")  # blank: every clause still commented out
    assert diagnostics(server, path) == []
    assert validate_errors(path) == set()


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
    modeline = "# yaml-language-server: $schema=../schemas/baseline.schema.json\n"
    path.write_text(modeline + "park: 测试园区\nyear: 2021\nrd_intensity: 1.5\n", encoding="utf-8")
    assert where(diagnostics(server, path)) == {(4, 15): text("schema_share_type", Lang.ZH)}


# --- hover -----------------------------------------------------------------------------------------


def keys(body: str) -> dict[tuple[str, ...], tuple[int, int]]:
    """Where each key of a file stands (0-based line and column), by its path (an item of a list as
    ``#``), the first of each path only."""
    found: dict[tuple[str, ...], tuple[int, int]] = {}

    def walk(node: yaml.Node, path: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                here = (*path, str(key.value))
                found.setdefault(here, (key.start_mark.line, key.start_mark.column))
                walk(value, here)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item, (*path, "#"))

    walk(yaml.compose(body), ())
    return found


def hovers(server: YamlServer, path: Path) -> dict[tuple[str, ...], str]:
    """The hover text at each key of a file (its first paragraph: what the key is; the allowed
    values and the footer naming the schema follow it), by its path."""
    uri = file_uri(path)
    body = path.read_text("utf-8")
    server.open(uri, body)
    try:
        shown = {key: server.hover(uri, *at) for key, at in keys(body).items()}
    finally:
        server.close(uri)
    return {key: (hover or "").partition("\n\n")[0] for key, hover in shown.items()}


def plain(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_key_shows_its_chinese_description(server: YamlServer, path: Path) -> None:
    """Every key of every kind of file, at any depth: its own words, in Chinese, never the editor's
    list of allowed values alone nor a table of the descriptions of several choices."""
    shown = hovers(server, path)
    assert len(shown) >= 10
    for key, hover in shown.items():
        if key[-1].isdigit():  # a year of a reference table: the editor hovers over no number
            assert hover == ""
            continue
        assert CJK.search(hover), (key, hover)
        assert "允许的值" not in hover, (key, hover)  # the allowed values alone
        assert "||" not in hover, (key, hover)  # a table of the choices' descriptions
        assert "####" not in hover, (key, hover)


@pytest.mark.parametrize("standard", STANDARDS)
def test_every_key_of_a_file_fresh_from_new_shows_its_description(
    server: YamlServer, workspace: Path, standard: str
) -> None:
    project = workspace / "hover" / standard
    shutil.copytree(workspace / "schemas", project / "schemas")
    zone_gap("new", "2021", "--standard", standard, cwd=project)
    path = project / "baselines" / "2021.yaml"
    shown = hovers(server, path)
    figures = yaml.safe_load((ROOT / "standards" / f"{standard}.yaml").read_text("utf-8"))["figures"]
    for key, figure in figures.items():
        assert plain(shown[(key,)]).startswith(figure.get("description") or figure["name"]["zh"]), key
    assert all(CJK.search(hover) for hover in shown.values()), shown


def test_a_clause_shows_its_name_and_words(server: YamlServer) -> None:
    shown = hovers(server, BASELINE_2020)
    clauses = {
        c["id"]: c
        for d in yaml.safe_load((ROOT / "standards" / "inner-mongolia-2020.yaml").read_text("utf-8"))[
            "dimensions"
        ]
        for c in d["criteria"]
    }
    clause = clauses["boundaries"]
    assert plain(shown[("qualitative", "boundaries")]) == f"{clause['name']['zh']}：{clause['clause']}"
    assert shown[("qualitative", "boundaries", "met")] == "是否满足该条款：true 或 false"
