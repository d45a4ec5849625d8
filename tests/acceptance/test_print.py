"""The outputs on paper, printed by the programs people print them with and measured in the PDF:
the meeting pack by Chromium (A4), the workbooks by LibreOffice, the Markdown through pandoc into a
Word document and that by LibreOffice. Nothing prints below 7 pt, no group heading ends a page with
its rows on the next, and column headers repeat on every page a table continues on. Each program
prints each file once a run (the fixtures are shared)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import html5lib

from tests.acceptance.printed import pages, reads_as, smallest, stranded
from tests.acceptance.test_report import browser

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


@browser
def test_the_pack_prints_nothing_below_7pt(printed_pack: tuple[Path, Path]) -> None:
    """The keys beside a figure's name printed at 6.6 pt (0.92 of the table's 7.1 pt)."""
    size, line = smallest(pages(printed_pack[1]))
    assert size >= SMALLEST, (size, line)


@browser
def test_the_pack_keeps_each_heading_with_its_rows(printed_pack: tuple[Path, Path]) -> None:
    """A department ended page 6 (区住建局), its four rows on page 7 under no department."""
    page, pdf = printed_pack
    headings, _ = _headings(page.read_text(encoding="utf-8"))
    assert "区住建局" in headings
    assert stranded(pages(pdf), headings) == []


@browser
def test_every_page_the_pack_continues_a_table_on_starts_with_its_header(
    printed_pack: tuple[Path, Path],
) -> None:
    """On the shipped data a page either starts a part of the pack (its heading) or continues a table
    (the clauses, the ledger), under that table's column headers."""
    page, pdf = printed_pack
    headings, headers = _headings(page.read_text(encoding="utf-8"))
    printed = pages(pdf)
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
