"""Writes 横向.docx beside this script: the reference document that lays zone-gap's Markdown out for
Word on A4 landscape, where the department ledger, the plan and the projection have room for their
nine to thirteen columns without splitting a number::

    pandoc 台账.md --reference-doc=docs/word/横向.docx -o 台账.docx

It is pandoc's own default reference document (``pandoc --print-default-data-file reference.docx``),
its styles and fonts as they are, with:

- the page A4 landscape, 2 cm margins (the page ``render/markdown.py`` shares a wide table's columns
  out over, ``LANDSCAPE``);
- tables with grid lines, and no table row split across two pages;
- Chinese as the East Asian language, so that Word breaks lines as Chinese is broken.

Run it with the pandoc the tests run (``python docs/word/make.py``); it writes the same bytes for the
same pandoc.
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "横向.docx"
PAGE = (
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape" />'
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567"'
    ' w:gutter="0" /></w:sectPr>'
)
"""A4 (297 × 210 mm) landscape in twentieths of a point, 2 cm (1134) margins."""
BORDERS = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080" />'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)
ROWS = "<w:trPr><w:cantSplit /></w:trPr>"


def _document(xml: str) -> str:
    found = re.subn(r"<w:sectPr\s*/>|<w:sectPr>.*?</w:sectPr>", PAGE, xml, flags=re.DOTALL)
    assert found[1] == 1, "pandoc's reference document has one section"
    return found[0]


def _styles(xml: str) -> str:
    table = re.search(r'<w:style w:type="table" w:default="1" w:styleId="Table">.*?</w:style>', xml, re.S)
    assert table, "pandoc's reference document has its table style"
    style = table.group(0)
    style = style.replace("<w:tblCellMar>", BORDERS + "<w:tblCellMar>", 1)
    style = style.replace("</w:tblPr>", "</w:tblPr>" + ROWS, 1)
    xml = xml.replace(table.group(0), style)
    chinese = re.subn(r'w:eastAsia="en-US"', 'w:eastAsia="zh-CN"', xml)
    assert chinese[1] == 1, "pandoc's reference document sets the languages once"
    return chinese[0]


EDITS = {"word/document.xml": _document, "word/styles.xml": _styles}


def reference_docx() -> bytes:
    """pandoc's default reference document, edited."""
    default = subprocess.run(
        ["pandoc", "--print-default-data-file", "reference.docx"], capture_output=True, check=True
    ).stdout
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(default)) as source, zipfile.ZipFile(out, "w") as docx:
        for item in source.infolist():
            data = source.read(item)
            if item.filename in EDITS:
                data = EDITS[item.filename](data.decode("utf-8")).encode("utf-8")
            entry = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            docx.writestr(entry, data)
    return out.getvalue()


if __name__ == "__main__":
    TARGET.write_bytes(reference_docx())
    print(f"wrote {TARGET}")
