"""The pre-commit hook (`.pre-commit-hooks.yaml`) checks what `zone-gap validate` checks, as it checks
it, and the guide (docs/en/validate.md) gives the snippet that uses it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from zone_gap.app.validation import DEFAULT_FOLDERS, expand

(HOOK,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
FILES = re.compile(HOOK["files"])


def test_the_hook_runs_validate_on_the_whole_project() -> None:
    """No file names are passed: `validate` with no path checks the project's folders together, as
    its folder checks need."""
    assert HOOK["entry"] == "zone-gap validate"
    assert HOOK["pass_filenames"] is False


def test_the_hook_runs_for_every_file_validate_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    checked, _ = expand([])
    assert {Path(str(p)).parts[0] for p in checked} == set(DEFAULT_FOLDERS) - {"rosters"}  # none here
    for path in checked:
        assert FILES.search(Path(str(path)).as_posix()), path


@pytest.mark.parametrize(
    ("path", "runs"),
    [
        ("baselines/2021.yml", True),
        ("rosters/2022.xlsx", True),
        ("rosters/2022.csv", True),
        ("examples/enterprise/2022.yaml", True),
        ("standards/tech-sme-2017.cases.yaml", True),
        ("plans/kundulun-2021.yaml", True),
        ("examples/roster/make.py", False),
        ("README.md", False),
        ("src/zone_gap/standard/plan.py", False),
    ],
)
def test_the_hook_runs_for_the_files_validate_reads(path: str, runs: bool) -> None:
    assert bool(FILES.search(path)) is runs


def test_the_guide_gives_the_snippet() -> None:
    guide = (ROOT / "docs" / "en" / "validate.md").read_text("utf-8")
    snippet = guide.split("`.pre-commit-config.yaml`:\n\n```yaml\n")[1].split("```")[0]
    (repo,) = yaml.safe_load(snippet)["repos"]
    assert [hook["id"] for hook in repo["hooks"]] == [HOOK["id"]]
