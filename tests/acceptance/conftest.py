"""The outputs that are printed, made once a run: printing takes Chromium or LibreOffice seconds."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests.acceptance.test_report import CHROMIUM, chromium, run
from tests.conftest import ROOT


@pytest.fixture(scope="session")
def printed_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The meeting pack on the shipped data and its A4 print in headless Chromium."""
    folder = tmp_path_factory.mktemp("pack")
    page = folder / "report.html"
    with contextlib.chdir(ROOT):
        code, _, err = run("report", "-o", str(page))
    assert code == 0, err
    pdf = folder / "report.pdf"
    if CHROMIUM is not None:
        chromium(folder, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    return page, pdf
