"""Markdown into Word as people do it, with pandoc: the columns take the widths the separator row
gives (not all equal), and a cell's lines stay apart. Skipped where pandoc is not installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, CliRunner, cli

PANDOC = shutil.which("pandoc")
pytestmark = pytest.mark.skipif(
    PANDOC is None and not os.environ.get("CI"), reason="pandoc is not installed (.ci/run installs it)"
)
runner = CliRunner()


def docx(tmp_path: Path, *args: str) -> tuple[str, str]:
    """The Markdown of ``zone-gap ARGS --format markdown`` and the document.xml of its .docx."""
    assert PANDOC is not None
    result = runner.invoke(cli, [*args, "--format", "markdown"])
    source = tmp_path / "tables.md"
    source.write_text(result.stdout, encoding="utf-8")
    target = tmp_path / "tables.docx"
    subprocess.run([PANDOC, str(source), "-o", str(target)], check=True, timeout=120)
    with zipfile.ZipFile(target) as document:
        return result.stdout, document.read("word/document.xml").decode("utf-8")


def grids(document: str) -> list[list[int]]:
    """Each table's column widths (twentieths of a point), as Word lays them out."""
    return [
        [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', grid)]
        for grid in re.findall(r"<w:tblGrid>.*?</w:tblGrid>", document)
    ]


def separators(markdown: str) -> list[list[int]]:
    return [
        [len(p) for p in line.strip("|").split("|")]
        for line in markdown.splitlines()
        if line.startswith("|--")
    ]


@pytest.mark.parametrize(
    "args",
    [["check"], ["check", "--group-by", "department"], ["project"], ["plan"], ["check", "--lang", "en"]],
)
def test_word_columns_take_the_widths_of_the_separator_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(ROOT)
    markdown, document = docx(tmp_path, *args)
    found, asked = grids(document), separators(markdown)
    assert len(found) == len(asked) > 0
    for widths, dashes in zip(found, asked, strict=True):
        assert len(set(widths)) > 1  # not the equal columns of a plain |---|---| row
        shares = [w / sum(widths) for w in widths]
        assert shares == pytest.approx([d / sum(dashes) for d in dashes], abs=0.01)


def test_word_keeps_the_criterion_wide_and_the_status_narrow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    _, document = docx(tmp_path, "check")
    tables = grids(document)  # a table for each dimension, first the figures, then the clauses
    numeric, clauses = tables[0], tables[-1]
    criterion, status = numeric[0], numeric[1]
    assert criterion > 1.2 * status
    assert criterion == max(numeric)
    assert clauses[2] > clauses[1]  # the evidence wider than the status


def test_word_keeps_a_separator_between_the_lines_of_a_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pandoc drops ``<br>`` on the way to Word: "6. 强化创新平台建设9. 激发…" ran together before."""
    monkeypatch.chdir(ROOT)
    _, document = docx(tmp_path, "check", "--group-by", "department")
    words = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", document))
    assert "6. 强化创新平台建设；9. 激发创新创造活力" in words
    assert "强化创新平台建设9." not in words
