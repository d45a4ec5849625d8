"""The outputs on paper, printed by the programs people print them with and measured in the PDF:
the meeting pack by Chromium (A4), the workbooks by LibreOffice, the Markdown through pandoc into a
Word document and that by LibreOffice. Nothing prints below 7 pt, no group heading ends a page with
its rows on the next, and column headers repeat on every page a table continues on. Each program
prints each file once a run (the fixtures are shared)."""

from __future__ import annotations

import contextlib
import html
import os
import re
from pathlib import Path

import html5lib
import openpyxl
import pytest

from tests.acceptance.printed import (
    SOFFICE,
    Line,
    libreoffice,
    overlapping,
    pages,
    reads_as,
    smallest,
    stranded,
)
from tests.acceptance.test_report import browser, run
from tests.conftest import ROOT

SMALLEST = 7.0
"""The smallest printed size (pt) anything is read at."""

# --- the meeting pack, printed by Chromium ----------------------------------------------------------


def _headings(markup: str) -> tuple[set[str], set[str]]:
    """The pack's group headings, captions and part headings; and its tables' header rows, each as
    one printed line (the column names, left to right)."""
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(markup)
    words = {"".join(e.itertext()).strip() for e in tree.iter() if e.tag in {"h1", "h2", "h3", "caption"}}
    words |= {
        html.unescape(t) for t in re.findall(r'<th scope="rowgroup" colspan="\d+">([^<]+)</th>', markup)
    }
    headers = {" ".join("".join(th.itertext()) for th in head.iter("th")) for head in tree.iter("thead")}
    return words, headers


@pytest.fixture(scope="session")
def pack_pages(printed_pack: tuple[Path, Path]) -> list[list[Line]]:
    return pages(printed_pack[1])


@browser
def test_the_pack_prints_nothing_below_7pt(pack_pages: list[list[Line]]) -> None:
    """The keys beside a figure's name printed at 6.6 pt (0.92 of the table's 7.1 pt)."""
    size, line = smallest(pack_pages)
    assert size >= SMALLEST, (size, line)


@browser
def test_the_pack_keeps_each_heading_with_its_rows(
    printed_pack: tuple[Path, Path], pack_pages: list[list[Line]]
) -> None:
    """A department ended page 6 (区住建局), its four rows on page 7 under no department."""
    headings, _ = _headings(printed_pack[0].read_text(encoding="utf-8"))
    assert "区住建局" in headings
    assert stranded(pack_pages, headings) == []


@browser
def test_every_page_the_pack_continues_a_table_on_starts_with_its_header(
    printed_pack: tuple[Path, Path], pack_pages: list[list[Line]]
) -> None:
    """On the shipped data a page either starts a part of the pack (its heading) or continues a table
    (the clauses, the ledger), under that table's column headers."""
    headings, headers = _headings(printed_pack[0].read_text(encoding="utf-8"))
    printed = pack_pages
    continued = 0
    for number, lines in enumerate(printed[1:], 2):
        top = max(line.top for line in lines)
        first = " ".join(line.text for line in sorted(lines, key=lambda x: x.left) if line.top > top - 2)
        if any(reads_as(first, h) for h in headings):
            continue
        continued += 1
        assert any(reads_as(first, h) for h in headers), (number, first)
    assert continued >= 2  # the clause table and the ledger run over a page


def test_the_pack_has_one_main_landmark(printed_pack: tuple[Path, Path]) -> None:
    """Screen readers jump to <main>; the title and facts are the banner, the sources the footer."""
    markup = printed_pack[0].read_text(encoding="utf-8")
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(markup)
    body = tree.find("body")
    assert body is not None
    assert [e.tag for e in body] == ["header", "main", "footer"]
    assert len(list(tree.iter("main"))) == 1
    main = body.find("main")
    assert main is not None
    assert [s.get("id") for s in main.iter("section")] == ["gaps", "charts", "plan", "ledger"]


# --- the workbooks, printed by LibreOffice ----------------------------------------------------------

office = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"), reason="LibreOffice is not installed (.ci/run installs it)"
)
WORKBOOKS = {
    "check": ["check"],
    "ledger": ["check", "--group-by", "department"],
    "ledger-en": ["check", "--group-by", "department", "--lang", "en"],
    "project-ledger": ["project", "--group-by", "department"],
    "plan": ["plan"],
    "pipeline": ["roster", str(ROOT / "examples" / "roster" / "2022.xlsx"), "--pipeline", "--format", "xlsx"],
}
"""The widest sheets (the ledgers: 21 columns) and one of each other kind, the pipeline's too."""


@pytest.fixture(scope="session")
def printed_workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[list[Line]]]]:
    """Each workbook, and its pages as LibreOffice prints it (A4, its own print set-up)."""
    folder = tmp_path_factory.mktemp("workbooks")
    books = []
    with contextlib.chdir(ROOT):
        for name, args in WORKBOOKS.items():
            books.append(folder / f"{name}.xlsx")
            code, _, err = run(*args, "-o", str(books[-1]))
            assert code in (0, 1), err
    pdfs = libreoffice(books, folder)
    return {name: (book, pages(pdf)) for name, book, pdf in zip(WORKBOOKS, books, pdfs, strict=True)}


@office
@pytest.mark.parametrize("name", WORKBOOKS)
def test_a_printed_workbook_is_never_smaller_than_7pt(
    printed_workbooks: dict[str, tuple[Path, list[list[Line]]]], name: str
) -> None:
    """Fitted to one page wide, the department ledger printed at 2.9 pt, check at 4.4: the columns
    now fit the page at 7 pt and over, their text wrapping, on more pages."""
    book, printed = printed_workbooks[name]
    size, line = smallest(printed)
    assert size >= SMALLEST, (name, size, line)
    if name.startswith("ledger"):
        assert len(printed) > 3


@office
@pytest.mark.parametrize("name", WORKBOOKS)
def test_every_printed_page_of_a_workbook_has_the_whole_header_and_its_number(
    printed_workbooks: dict[str, tuple[Path, list[list[Line]]]], name: str
) -> None:
    """One page wide (the first and the last column on every page), the header row repeated on each,
    each page numbered; no row's text runs into the next row (a row too short for its text)."""
    book, printed = printed_workbooks[name]
    sheets = openpyxl.load_workbook(book).worksheets
    headers = [[str(c.value) for c in sheet[1]] for sheet in sheets]
    for number, lines in enumerate(printed, 1):
        top = max(line.top for line in lines)
        head = "".join(line.text for line in lines if line.top > top - 40).replace(" ", "")
        first, last = next(
            (h[0], h[-1]) for h in headers if h[0][:2] in head
        )  # which sheet: the first column's header
        assert last[:2] in head, (name, number, head)
        assert overlapping(lines) == [], (name, number)
        foot = min(lines, key=lambda line: line.bottom).text.replace(" ", "")
        assert re.fullmatch(r"第\d+页,共\d+页|Page\d+of\d+", foot), (name, number, foot)
