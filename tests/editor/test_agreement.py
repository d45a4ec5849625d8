"""The editor and `validate` mark the same mistakes alike: a table over the generated mistaken files
(tests/editor/mistakes.py) of park files, enterprise files of both shipped enterprise standards,
plans and standards, each opened in one yaml-language-server session with the guide's mapping and
checked by `validate`. On each file the lines each marks, and how (`validate`'s warning is none of
the editor's: it shows only errors), must be the same; where they cannot be, the guide lists the
mistake among what only `validate` checks, and the two must then differ (a listing that has come
true is taken out).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.editor.conftest import validate_report
from tests.editor.mistakes import ONLY_VALIDATE, Mistake, mistakes
from tests.editor.yaml_server import YamlServer, file_uri

MISTAKES = mistakes()
Marks = dict[int, str]
"""The lines marked in a file, each with how: ``error`` or ``warning``."""


def validate_marks(path: Path) -> Marks:
    found: Marks = {}
    for checked in validate_report(path)["files"]:
        for problem in checked["problems"]:
            line = problem.get("line") or 0
            found[line] = "error" if "error" in (found.get(line), problem["severity"]) else "warning"
    return found


@pytest.fixture(scope="module")
def table(server: YamlServer, workspace: Path) -> dict[str, tuple[Marks, Marks]]:
    """Each mistaken file's marks, the editor's and `validate`'s, by the mistake's name."""
    paths = {m.name: workspace / "mistakes" / m.name.replace("/", "--") / m.path for m in MISTAKES}
    for mistake in MISTAKES:
        paths[mistake.name].parent.mkdir(parents=True)
        paths[mistake.name].write_text(mistake.text, encoding="utf-8")
    shown = server.open_all({file_uri(path): path.read_text("utf-8") for path in paths.values()})
    return {
        name: (
            {d["range"]["start"]["line"] + 1: "error" for d in shown[file_uri(path)]},
            validate_marks(path),
        )
        for name, path in paths.items()
    }


VALIDATE_GUIDE = ROOT / "docs" / "en" / "validate.md"
"""The page that lists what only `validate` checks."""


def only_validate() -> str:
    """The guide's list of what only `validate` checks."""
    guide = VALIDATE_GUIDE.read_text("utf-8")
    found = re.search(r"What only `zone-gap validate` checks.*?\n\n(.*?)\n\n[^-\s]", guide, re.DOTALL)
    assert found is not None, f"{VALIDATE_GUIDE.relative_to(ROOT)} lists nothing that only validate checks"
    return found.group(1)


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_the_editor_marks_what_validate_marks(
    table: dict[str, tuple[Marks, Marks]], mistake: Mistake
) -> None:
    editor, validate = table[mistake.name]
    assert validate, "no mistake: validate finds nothing"
    if mistake.listed is None:
        assert editor == validate
    else:
        assert editor != validate, "the two agree: take the mistake off the guide's list"
        assert mistake.listed in only_validate()


def test_the_table_holds_every_class_for_every_kind_of_file(table: dict[str, tuple[Marks, Marks]]) -> None:
    kinds = Counter(m.name.partition("/")[0] for m in MISTAKES)
    assert set(kinds) == {"park", "high-tech-enterprise", "tech-sme", "plan", "standard"}
    assert len({m.name.partition("/")[2] for m in MISTAKES}) >= 55
    agree = sum(editor == validate for editor, validate in table.values())
    listed = [m for m in MISTAKES if m.listed is not None]
    assert agree == len(MISTAKES) - len(listed)
    assert {m.listed for m in listed} == set(ONLY_VALIDATE.values())  # every listing still needed
