"""`zone-gap validate`, `schema` and `new`, run as a user runs them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import BASELINE_2020, ROOT, CliRunner, cli

runner = CliRunner()
BAD = "park: X\nyear: 2021\nenterprises: -1\n"


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args), input=stdin, env=env)
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_the_projects_own_files_are_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run("validate", "--lang", "en", env={"GITHUB_ACTIONS": ""})
    assert code == 0
    # three standards and their worked cases, the baseline, the plan, the example enterprise, the
    # example roster's three files; the warnings: the baseline's reported share below its counts, and
    # in each of the roster's files the enterprise that enters in 2023
    assert "12 files checked: 12 valid, 0 invalid; 0 errors, 4 warnings" in out


def test_every_bad_file_is_reported_and_none_stops_the_others(write_yaml: Callable[..., Path]) -> None:
    bad = write_yaml("b/one.yaml", text=BAD)
    write_yaml("b/sub/two.yaml", text="park: X\nyear: 2021\nenterprises: 1\nenterprises: 2\n")
    write_yaml("b/good.yml", text="park: X\nyear: 2021\n")
    code, out, _ = run("validate", str(bad.parent), "--lang", "en", "--format", "text")
    assert code == 1
    assert f"{bad}:3:14: error: a count cannot be negative: -1" in out
    assert "two.yaml:4:1: error: duplicate key" in out
    assert "3 files checked: 1 valid, 2 invalid; 2 errors, 0 warnings" in out


def test_a_blank_name_is_said_blank_not_of_the_wrong_kind(write_yaml: Callable[..., Path]) -> None:
    # `park:` left empty (as `new` leaves it with no earlier year to copy it from) is no text at all
    blank = write_yaml("n/2021.yaml", text="park:\nyear: 2021\n")
    code, out, _ = run("validate", str(blank), "--format", "text")
    assert code == 1
    assert f"{blank}:1:6: error: `park` 为空；请在冒号后写上内容" in out
    assert "引号" not in out


def test_globs_and_stdin(write_yaml: Callable[..., Path]) -> None:
    write_yaml("g/a.yaml", text="park: X\nyear: 2021\n")
    write_yaml("g/b.yaml", text="park: X\nyear: 2022\n")
    code, out, _ = run("validate", str(write_yaml("g/c.txt", text="x").parent / "*.yaml"), "--lang", "en")
    assert code == 0
    assert "2 files checked" in out
    code, out, _ = run("validate", "-", "--kind", "baseline", "--lang", "en", stdin=BAD.encode())
    assert code == 1
    assert "<stdin>:3:14: error: a count cannot be negative: -1" in out


def test_json_output(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("bad.yaml", text=BAD)
    code, out, _ = run("validate", str(path), "--format", "json", "--lang", "en")
    data = json.loads(out)
    assert code == 1
    assert data["valid"] is False
    assert data["files"][0]["problems"] == [
        {"line": 3, "column": 14, "severity": "error", "message": "a count cannot be negative: -1"}
    ]


def test_github_annotations_are_chosen_in_github_actions(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("bad.yaml", text=BAD)
    code, out, _ = run("validate", str(path), "--lang", "en", env={"GITHUB_ACTIONS": "true"})
    assert code == 1
    assert out.splitlines()[0] == f"::error file={path},line=3,col=14::a count cannot be negative: -1"


def test_junit_report_parses(write_yaml: Callable[..., Path]) -> None:
    bad = write_yaml("j/bad.yaml", text=BAD)
    write_yaml("j/good.yaml", text="park: X\nyear: 2021\n")
    code, out, _ = run("validate", str(bad.parent), "--format", "junit", "--lang", "en")
    assert code == 1
    suites = ElementTree.fromstring(out)
    cases = suites.findall("./testsuite/testcase")
    assert len(cases) == 2
    failures = [c for c in cases if c.find("failure") is not None]
    assert [c.get("name") for c in failures] == [str(bad)]
    assert "3:14" in (failures[0].find("failure").text or "")  # type: ignore[union-attr]


def test_strict_fails_on_warnings(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("w.yaml", text="park: X ＃ 备注\nyear: 2021\n")  # a full-width ＃ read as text
    assert run("validate", str(path))[0] == 0
    code, out, err = run("validate", str(path), "--strict")
    assert code == 1
    assert "1 个有效，0 个无效" in out  # every file valid: the last line says why it fails
    assert err.splitlines() == ["zone-gap validate: 有 1 个提示；加了 --strict，提示也算失败"]


def test_nothing_to_check_and_missing_paths_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("validate", "--lang", "en")
    assert code == 2
    assert "nothing to check" in err
    (tmp_path / "empty").mkdir()
    assert run("validate", "empty")[0] == 2
    code, _, err = run("validate", "nope.yaml", "--lang", "en")
    assert code == 2
    assert err.splitlines() == ["zone-gap validate: no such file or folder: nope.yaml"]  # one line


def test_kind_from_the_folder_or_given(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("plans/odd.yaml", text="park: X\nyear: 2021\n")  # a baseline in plans/
    code, out, _ = run("validate", str(path), "--lang", "en")
    assert code == 1
    assert "missing required key `id`" in out
    assert run("validate", str(path), "--kind", "baseline")[0] == 0
    unknown = write_yaml("x.yaml", text="foo: 1\n")
    code, out, _ = run("validate", str(unknown), "--lang", "en")
    assert code == 1
    assert "cannot tell whether this is a standard" in out


def test_files_over_the_size_cap_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("park: X\nyear: 2021\n" + "# filler\n" * 130_000, encoding="utf-8")
    code, out, _ = run("validate", str(path), "--lang", "en")
    assert code == 1
    assert "over 1048576 bytes" in out


def test_input_files_are_never_changed(write_yaml: Callable[..., Path]) -> None:
    paths = [
        write_yaml("u/bad.yaml", text=BAD),
        write_yaml("u/2020.yaml", text=BASELINE_2020.read_text("utf-8")),
    ]
    before = [p.read_bytes() for p in paths]
    for fmt in ("text", "json", "github", "junit"):
        run("validate", str(paths[0].parent), "--format", fmt)
    assert [p.read_bytes() for p in paths] == before
    assert sorted(p.name for p in paths[0].parent.iterdir()) == ["2020.yaml", "bad.yaml"]


# --- schema ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "files"),
    [
        ("baseline", sorted((ROOT / "baselines").glob("*.yaml"))),
        ("standard", sorted(p for p in (ROOT / "standards").glob("*.yaml") if ".cases." not in p.name)),
        ("plan", sorted((ROOT / "plans").glob("*.yaml"))),
    ],
)
def test_shipped_files_validate_against_the_exported_schema(kind: str, files: list[Path]) -> None:
    code, out, _ = run("schema", kind)
    assert code == 0
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert files
    for path in files:
        # as an editor's YAML extension sees it: dates as text, numeric keys (years) as text
        data = json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))
        assert list(validator.iter_errors(data)) == [], path


def test_schema_refuses_what_the_tool_refuses() -> None:
    schema = json.loads(run("schema", "baseline")[1])
    validator = jsonschema.Draft202012Validator(schema)
    for bad in (
        {"park": "X", "year": 2021, "enterprise": 1},
        {"park": "X", "year": 2021, "enterprises": -1},
        {"park": "X", "year": 2021, "rd_intensity": 1.5},
        {"year": 2021},
    ):
        assert list(validator.iter_errors(bad)), bad


# --- new ------------------------------------------------------------------------------------------


def test_new_writes_a_template_that_validates_and_refuses_to_overwrite(tmp_path: Path) -> None:
    folder = tmp_path / "baselines"
    folder.mkdir()
    (folder / "2020.yaml").write_text(BASELINE_2020.read_text("utf-8"), encoding="utf-8")
    code, _, err = run("new", "2021", "--folder", str(folder), "--lang", "en")
    assert code == 0
    assert "wrote" in err
    written = (folder / "2021.yaml").read_text("utf-8")
    assert "enterprises:                  # 入驻企业数（家）；上年 162" in written
    assert 'park: "包头金属深加工园区"' in written
    assert run("validate", str(folder))[0] == 0
    (folder / "2021.yaml").write_text("park: 我的\nyear: 2021\n", encoding="utf-8")
    code, _, err = run("new", "2021", "--folder", str(folder), "--lang", "en")
    assert code == 2
    assert "exists and was left alone; add --force" in err
    assert (folder / "2021.yaml").read_text("utf-8") == "park: 我的\nyear: 2021\n"
    assert run("new", "2021", "--folder", str(folder), "--force")[0] == 0
    assert (folder / "2021.yaml").read_text("utf-8") == written
    assert sorted(p.name for p in folder.iterdir()) == ["2020.yaml", "2021.yaml"]  # no temporary left


def test_new_without_last_year(tmp_path: Path) -> None:
    code, _, _ = run("new", "2025", "--folder", str(tmp_path))
    assert code == 0
    assert "没有上一年的文件可供参考" in (tmp_path / "2025.yaml").read_text("utf-8")


# --- fuzzing ----------------------------------------------------------------------------------------

SEED = BASELINE_2020.read_text("utf-8")
EDITS = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=len(SEED)),
        st.integers(min_value=0, max_value=8),
        st.text(alphabet=st.sampled_from(list(":-[]{}&*!|>'\"%#,?\n\t 0123456789abcyesno年%.")), max_size=6),
    ),
    min_size=1,
    max_size=4,
)


def _mutate(edits: list[tuple[int, int, str]]) -> str:
    text = SEED
    for at, cut, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + cut :]
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_mutated_yaml_never_gives_a_traceback(tmp_path: Path, edits: list[tuple[int, int, str]]) -> None:
    path = tmp_path / "2020.yaml"
    text = _mutate(edits)
    path.write_text(text, encoding="utf-8")
    for args in (["validate", str(path)], ["check", str(path)], ["project", str(tmp_path)]):
        result = runner.invoke(cli, [*args, "--lang", "en"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        assert result.exit_code in (0, 1, 2)
        assert "Traceback" not in result.output
    assert path.read_text(encoding="utf-8") == text


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_never_give_a_traceback(raw: bytes) -> None:
    result = runner.invoke(cli, ["validate", "-", "--kind", "baseline"], input=raw)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 1, 2)
