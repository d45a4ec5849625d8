"""What a printed PDF shows, read back with pdfminer: each page's lines of text, with the size of
their smallest character and where they stand, for the tests that print the outputs (the pack in
Chromium, the workbooks and Word documents in LibreOffice)."""

from __future__ import annotations

import logging
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@dataclass(frozen=True)
class Line:
    text: str
    size: float
    """The size (pt) of its smallest character."""
    left: float
    right: float
    bottom: float
    top: float


def pages(pdf: Path) -> list[list[Line]]:
    """Each printed page's lines of text, top to bottom, left to right."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextLine

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # CJK fonts without a FontBBox, told per glyph
    found = []
    for layout in extract_pages(pdf):
        lines: list[Line] = []
        stack: list[Any] = [layout]
        while stack:
            item = stack.pop()
            if isinstance(item, LTTextLine):
                sizes = [c.size for c in item if isinstance(c, LTChar)]
                text = unicodedata.normalize("NFKC", item.get_text()).strip()
                if sizes and text:
                    lines.append(Line(text, min(sizes), item.x0, item.x1, item.y0, item.y1))
            else:
                stack.extend(getattr(item, "_objs", []))
        found.append(sorted(lines, key=lambda line: (-round(line.top), line.left)))
    return found


def smallest(printed: list[list[Line]]) -> tuple[float, str]:
    """The smallest printed size, and a line printed at it."""
    line = min((line for page in printed for line in page), key=lambda line: line.size)
    return line.size, line.text


def foot(page: list[Line]) -> str:
    """The page's last line: what stands lowest on it, left to right (the cells of a table row)."""
    lowest = min(line.bottom for line in page)
    cells = sorted((line for line in page if line.bottom < lowest + 2), key=lambda line: line.left)
    return " ".join(line.text for line in cells)


def _radical(c: str) -> bool:
    """A CJK radical's form (U+2E80–U+2FDF), which a font may give for an ideograph: 门 as ⻔."""
    return "\u2e80" <= c <= "\u2fdf"


def reads_as(printed: str, text: str) -> bool:
    """``printed`` is ``text`` as a PDF gives it back (an ideograph may come back as its radical)."""
    text = unicodedata.normalize("NFKC", text)
    if len(printed) != len(text):
        return False
    return all(a == b or _radical(a) for a, b in zip(printed, text, strict=True))


def stranded(printed: list[list[Line]], headings: set[str]) -> list[tuple[int, str]]:
    """The pages (from 1) that end on a heading, its rows on the next."""
    ends = [(n, foot(page)) for n, page in enumerate(printed, 1) if page]
    return [(n, last) for n, last in ends if any(reads_as(last, h) for h in headings)]


def overlapping(page: list[Line]) -> list[tuple[str, str]]:
    """Lines printed over one another: the text of a row too short for it runs into the next row's
    (LibreOffice prints what it cuts off, under the next row's text)."""
    return [
        (a.text, b.text)
        for i, a in enumerate(page)
        for b in page[i + 1 :]
        if a.left < b.right - 1 and b.left < a.right - 1 and a.bottom < b.top - 1 and b.bottom < a.top - 1
    ]


def libreoffice(files: list[Path], folder: Path) -> list[Path]:
    """``files`` printed to PDF by LibreOffice, in one run (a run takes seconds to start)."""
    assert SOFFICE is not None, "LibreOffice must be installed in CI (.ci/run installs it)"
    out = folder / "pdf"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{folder}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    return [out / f"{f.stem}.pdf" for f in files]


@dataclass(frozen=True)
class Char:
    text: str
    size: float
    left: float
    bottom: float
    top: float


def characters(pdf: Path) -> list[list[Char]]:
    """Each printed page's characters, where they stand: finer than lines, which pdfminer may run
    across two cells of a table."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    found = []
    for layout in extract_pages(pdf):
        chars: list[Char] = []
        stack: list[Any] = [layout]
        while stack:
            item = stack.pop()
            if isinstance(item, LTChar):
                text = unicodedata.normalize("NFKC", item.get_text()).strip()
                if text:
                    chars.append(Char(text, item.size, item.x0, item.y0, item.y1))
            else:
                stack.extend(getattr(item, "_objs", []))
        found.append(chars)
    return found
