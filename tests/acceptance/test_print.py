"""The outputs on paper, printed by the programs people print them with and measured in the PDF:
the meeting pack by Chromium (A4), the workbooks by LibreOffice, the Markdown through pandoc into a
Word document and that by LibreOffice. Nothing prints below 7 pt, no group heading ends a page with
its rows on the next, and column headers repeat on every page a table continues on. Each program
prints each file once a run (the fixtures are shared)."""

from __future__ import annotations

import contextlib
import html
import io
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

import html5lib
import openpyxl
import pytest

from tests.acceptance.printed import (
    SOFFICE,
    Char,
    Line,
    characters,
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


def _column_lefts(page: list[Char], header: list[str]) -> list[float]:
    """Where each column starts on a printed page: where its header's first two characters stand in
    the page's top line (a header wraps under its first line), less a margin; then the page's end."""
    top = max(c.top for c in page)
    line = sorted((c for c in page if c.top > top - 2), key=lambda c: c.left)
    lefts: list[float] = []
    at = 0
    for head in header:
        start = unicodedata.normalize("NFKC", "".join(head.split()))[:2]
        while "".join(c.text for c in line[at : at + len(start)]) != start:
            at += 1
        lefts.append(line[at].left - 2)
        at += len(start)
    return [*lefts, 10_000]


@office
@pytest.mark.parametrize("name", ["check", "ledger", "ledger-en"])
def test_every_cell_of_a_printed_workbook_prints_within_its_row(
    printed_workbooks: dict[str, tuple[Path, list[list[Line]]]], name: str
) -> None:
    """LibreOffice keeps the height a workbook gives a row and prints what does not fit over the row
    below: each text cell, read in its column between its row's status and the next row's, is
    printed whole, now that its columns are narrower and its text wraps onto more lines."""
    book, _ = printed_workbooks[name]
    sheet = openpyxl.load_workbook(book).worksheets[0]
    header = [str(c.value) for c in sheet[1]]
    status = header.index("状态" if "状态" in header else "status")
    rows = [[c.value if isinstance(c.value, str) else None for c in r] for r in sheet.iter_rows(min_row=2)]
    done = 0
    for page in characters(book.parent / "pdf" / f"{book.stem}.pdf"):
        if done == len(rows):
            break  # the warnings' sheet
        lefts = _column_lefts(page, header)
        half = 8 * min(c.size for c in page) / 11  # half a line (16 pt at 11 pt), as printed
        columns = [
            [c for c in page if c.bottom > 32 and lefts[i] <= c.left < lefts[i + 1]]  # above the page number
            for i in range(len(header))
        ]
        tops: list[float] = []
        for c in sorted(columns[status], key=lambda c: -c.top):
            if not tops or c.top < tops[-1] - half:
                tops.append(c.top)
        tops = tops[1:]  # the first is the header's
        for k, top in enumerate(tops):
            below = tops[k + 1] if k + 1 < len(tops) else 0
            for i, cell in enumerate(rows[done + k]):
                if cell is None or i == status:
                    continue
                band = [c for c in columns[i] if below + half < c.top <= top + half]
                printed = "".join(c.text for c in sorted(band, key=lambda c: (-round(c.top), c.left)))
                assert reads_as(printed, "".join(cell.split())), (name, done + k + 2, header[i], printed)
        done += len(tops)
    assert done == len(rows)


# --- Word documents: the Markdown through pandoc, printed by LibreOffice ----------------------------

PANDOC = shutil.which("pandoc")
REFERENCE = ROOT / "docs" / "word" / "横向.docx"
WRITER = SOFFICE is not None and (Path(os.path.realpath(SOFFICE)).parent / "libswlo.so").exists()
"""LibreOffice's word processor, which reads the .docx: a package of its own on Debian."""
writer = pytest.mark.skipif(
    (PANDOC is None or not WRITER) and not os.environ.get("CI"),
    reason="pandoc or LibreOffice Writer is not installed (.ci/run installs both)",
)
DOCUMENTS = {
    "check": (["check"], None),  # seven columns: pandoc's own page, Letter portrait
    "ledger": (["check", "--group-by", "department"], REFERENCE),
    "ledger-en": (["check", "--group-by", "department", "--lang", "en"], REFERENCE),
    "plan": (["plan"], REFERENCE),
}
"""The tables of nine and eleven columns on the landscape reference document the guide gives
(docs/en/report.md)."""
FIGURE = re.compile(r"[+-]?\d+(?:\.\d+)?%?")
"""A figure as it must not be split: its sign, digits and percent sign (pdfminer may drop a ≥ set in
another font)."""


@pytest.fixture(scope="session")
def printed_documents(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[str, Path, list[list[Line]]]]:
    """Each command's Markdown, its Word document (``pandoc x.md -o x.docx``, with the reference
    document where one is given) and the document's pages as LibreOffice prints it."""
    assert PANDOC is not None, "pandoc must be installed in CI (.ci/run installs it)"
    folder = tmp_path_factory.mktemp("word")
    found = {}
    with contextlib.chdir(ROOT):
        for name, (args, reference) in DOCUMENTS.items():
            markdown = run(*args, "--format", "markdown")[1]
            source = folder / f"{name}.md"
            source.write_text(markdown, encoding="utf-8")
            target = folder / f"{name}.docx"
            options = [f"--reference-doc={reference}"] if reference else []
            subprocess.run([PANDOC, str(source), *options, "-o", str(target)], check=True, timeout=120)
            found[name] = (markdown, target)
    pdfs = libreoffice([target for _, target in found.values()], folder)
    return {name: (*found[name], pages(pdf)) for name, pdf in zip(found, pdfs, strict=True)}


def _figures(text: str) -> Counter[str]:
    return Counter(FIGURE.findall(text))


@writer
@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_word_document_prints_every_figure_whole_and_nothing_below_7pt(
    printed_documents: dict[str, tuple[str, Path, list[list[Line]]]], name: str
) -> None:
    """On pandoc's portrait page the plan and the ledger split figures, ``1.00`` / ``%``: each figure
    of the Markdown is printed on one line, as often as it is written."""
    markdown, _, printed = printed_documents[name]
    size, line = smallest(printed)
    assert size >= SMALLEST, (name, size, line)
    written = _figures(html.unescape(markdown.replace("<br>", " ")))
    shown = sum((_figures(line.text.replace(" ", "")) for page in printed for line in page), Counter())
    assert {f: n for f, n in written.items() if shown[f] < n} == {}, name


@writer
@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_word_document_keeps_each_heading_with_its_rows(
    printed_documents: dict[str, tuple[str, Path, list[list[Line]]]], name: str
) -> None:
    """A department is a heading over its own table (Word keeps a heading with what follows), not a
    row of the table, which could end a page with its rows on the next."""
    markdown, _, printed = printed_documents[name]
    headings = {html.unescape(h) for h in re.findall(r"^#+ (.+)$", markdown, flags=re.MULTILINE)}
    assert "区住建局" in headings or "ledger" not in name
    assert stranded(printed, headings) == [], name


@writer
@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_names_are_never_the_narrowest_column_in_word(
    printed_documents: dict[str, tuple[str, Path, list[list[Line]]]], name: str
) -> None:
    """The plan's targets were four characters wide over four lines, the narrowest column: the names
    now take six Chinese characters a line at least (12 pt each, and the cell's margins), on the
    page each is printed on (its text 6.5 inches wide, portrait; 257 mm, landscape)."""
    _, target, _ = printed_documents[name]
    page = 468 if DOCUMENTS[name][1] is None else 257 / 25.4 * 72
    with zipfile.ZipFile(target) as document:
        xml = document.read("word/document.xml").decode("utf-8")
    tables = [
        [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', grid)]
        for grid in re.findall(r"<w:tblGrid>.*?</w:tblGrid>", xml)
    ]
    assert tables
    for widths in tables:
        assert widths[0] > min(widths), widths
        assert widths[0] >= sorted(widths)[len(widths) // 2], widths  # as wide as the middle one at least
        assert widths[0] / sum(widths) * page >= 6 * 12 + 10.8, widths


@writer
def test_the_reference_document_prints_on_a4_landscape(
    printed_documents: dict[str, tuple[str, Path, list[list[Line]]]],
) -> None:
    with zipfile.ZipFile(REFERENCE) as document:
        xml = document.read("word/document.xml").decode("utf-8")
        styles = document.read("word/styles.xml").decode("utf-8")
    assert '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape" />' in xml
    assert "<w:cantSplit />" in styles  # no row split over two pages
    assert "<w:insideV " in styles  # grid lines
    printed = printed_documents["ledger"][2]
    right = max(line.right for page in printed for line in page)
    assert right > 700  # text runs across a landscape page (A4: 842 × 595 pt)


@pytest.mark.skipif(PANDOC is None and not os.environ.get("CI"), reason="pandoc is not installed")
def test_the_reference_document_is_pandocs_own_with_the_page_and_tables_its_script_sets() -> None:
    """docs/word/make.py writes it from the installed pandoc's default reference document: the page,
    the table style and the language it sets are those of the document shipped."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_reference", REFERENCE.parent / "make.py")
    assert spec is not None
    assert spec.loader is not None
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    parts = {}
    for name, data in (("made", make.reference_docx()), ("shipped", REFERENCE.read_bytes())):
        with zipfile.ZipFile(io.BytesIO(data)) as document:
            xml = document.read("word/document.xml").decode("utf-8")
            styles = document.read("word/styles.xml").decode("utf-8")
        table = re.search(r'<w:style w:type="table"[^>]*w:styleId="Table">.*?</w:style>', styles, re.S)
        assert table is not None
        page = re.search(r"<w:sectPr>.*?</w:sectPr>", xml, re.S)
        assert page is not None
        parts[name] = (page.group(0), table.group(0), re.findall(r'w:eastAsia="[^"]+"', styles))
    assert parts["made"] == parts["shipped"]
    assert 'w:eastAsia="zh-CN"' in parts["shipped"][2]
