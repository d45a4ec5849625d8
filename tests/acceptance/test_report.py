"""`zone-gap report` and the tables for Word: the HTML page in headless Chromium, Markdown against
golden files (the spreadsheets are in ``test_spreadsheet``)."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import BASELINE_2020, ROOT, CliRunner, cli

runner = CliRunner()
GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
browser = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="headless Chromium is not installed (CI installs it)",
)
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--hide-scrollbars",
]
MEASURE = """<script>
window.addEventListener('load', () => {
  const charts = [...document.querySelectorAll('svg.chart')].map(s => {
    const r = s.getBoundingClientRect();
    return {width: r.width, height: r.height, lines: s.querySelectorAll('polyline').length};
  });
  const out = document.createElement('pre');
  out.id = 'measured';
  const resources = performance.getEntriesByType('resource').map(e => e.name);
  out.textContent = JSON.stringify({charts, resources});
  document.body.appendChild(out);
});
</script></body>"""


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None, "Chromium must be installed in CI (.ci/run installs it)"
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.fixture
def shipped_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    path = tmp_path / "report.html"
    code, _, err = run("report", "-o", str(path))
    assert code == 0, err
    return path


def test_report_is_self_contained(shipped_report: Path) -> None:
    page = shipped_report.read_text(encoding="utf-8")
    assert "<script" not in page
    assert not re.search(r"""(src|href)\s*=|url\(|@import""", page)
    assert set(re.findall(r"https?://[^\s\"'<>)]+", page)) == {"http://www.w3.org/2000/svg"}  # a namespace
    assert page.count('<svg class="chart"') == 6  # one per numeric criterion
    assert "包头金属深加工园区" in page
    assert "部门台账" in page
    assert "创建方案核算" in page


@browser
def test_report_in_chromium_draws_every_chart_and_fetches_nothing(
    shipped_report: Path, tmp_path: Path
) -> None:
    probe = tmp_path / "probe.html"
    probe.write_text(shipped_report.read_text(encoding="utf-8").replace("</body>", MEASURE), encoding="utf-8")
    result = chromium(tmp_path, "--dump-dom", "--virtual-time-budget=5000", probe.as_uri())
    found = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.DOTALL)
    assert found, result.stderr[-2000:]
    measured = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert measured["resources"] == []
    assert len(measured["charts"]) == 6
    for chart in measured["charts"]:
        assert chart["width"] > 100
        assert chart["height"] > 40
        assert chart["lines"] >= 1  # at least the threshold is drawn


@browser
def test_report_screenshot(shipped_report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1100,1600", shipped_report.as_uri())
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1100, 1600)
    assert shot.stat().st_size > 20_000  # a drawn page, not a blank one


def _noto_cjk() -> bool:
    fonts = shutil.which("fc-list")
    found = (
        subprocess.run([fonts, ":family=Noto Sans CJK SC"], capture_output=True, text=True) if fonts else None
    )
    return bool(found and found.stdout.strip())


@browser
@pytest.mark.skipif(
    not _noto_cjk() and not os.environ.get("CI"),
    reason="the page count is pinned for Noto Sans CJK, which CI installs",
)
def test_report_prints_on_seven_a4_pages(printed_pack: tuple[Path, Path]) -> None:
    _, pdf = printed_pack
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))
    # gaps (2 pages), the six charts (1), the plan (1), the ledger and the notes (3): each part starts
    # a page, and no chart or table row is split (print styles)
    assert pages == 7


@browser
def test_report_over_three_years_draws_the_projection(tmp_path: Path, three_years: Path) -> None:
    page = tmp_path / "r.html"
    assert run("report", str(three_years), "-o", str(page), "--lang", "en")[0] == 0
    probe = tmp_path / "probe.html"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", MEASURE), encoding="utf-8")
    result = chromium(tmp_path, "--dump-dom", "--virtual-time-budget=5000", probe.as_uri())
    found = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.DOTALL)
    assert found
    charts = json.loads(found.group(1).replace("&quot;", '"'))["charts"]
    assert charts[0]["lines"] == 5  # actual, threshold, required path, the plan's path, projection


def test_report_default_path_and_never_overwrites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "baselines").mkdir()
    shutil.copy(BASELINE_2020, tmp_path / "baselines" / "2020.yaml")
    monkeypatch.chdir(tmp_path)
    code, _, _ = run("report")
    expected = tmp_path / "reports" / f"2020-{date.today().isoformat()}.html"
    assert code == 0
    assert expected.is_file()
    expected.write_text("mine", encoding="utf-8")
    code, _, err = run("report", "--lang", "en")
    assert code == 2
    assert "exists and was left alone" in err
    assert expected.read_text(encoding="utf-8") == "mine"
    assert run("report", "--force")[0] == 0
    assert expected.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == [expected.name]


def test_report_as_markdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    path = tmp_path / "pack.md"
    assert run("report", "--format", "markdown", "-o", str(path))[0] == 0
    text = path.read_text(encoding="utf-8")
    for heading in (
        "# 包头金属深加工园区创建自治区级高新区调度材料（2020年数据）",
        "## 一、各项指标与差距",
        "## 二、各数量指标走势与推算",
        "### 入驻企业数",
        "## 三、创建方案核算",
        "## 四、部门台账",
    ):
        assert heading in text
    assert "| 年份 | 实际 | 标准 | 按期达标所需 | 方案计划路径 |" in text
    assert "| 2023 |  | 200 | 200 | 201 |" in text


# --- Markdown against golden files ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("check-2020.zh.md", ["check", "--format", "markdown"]),
        ("check-2020.en.md", ["check", "--format", "markdown", "--lang", "en"]),
        ("ledger-2020.zh.md", ["check", "--format", "markdown", "--group-by", "department"]),
        ("plan.zh.md", ["plan", "--format", "markdown"]),
        ("plan.en.md", ["plan", "--format", "markdown", "--lang", "en"]),
    ],
)
def test_markdown_matches_the_golden_file(
    monkeypatch: pytest.MonkeyPatch, name: str, args: list[str]
) -> None:
    monkeypatch.chdir(ROOT)
    _, out, _ = run(*args)
    assert out == (GOLDEN / name).read_text(encoding="utf-8")


def test_report_with_a_roster_adds_the_page_of_the_enterprises_that_close_each_gap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page lists what `roster --pipeline` lists for the same roster, in the same order."""
    import html5lib

    monkeypatch.chdir(ROOT)
    example = str(ROOT / "examples" / "roster" / "2022.xlsx")
    path = tmp_path / "pack.html"
    code, _, err = run("report", "--roster", example, "-o", str(path))
    assert code == 0, err
    page = path.read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True).parse(page)
    movers = page[page.index('<section id="movers"') :]
    assert "五、补齐差距的企业" in movers
    assert "名录是 2022 年的，而材料的数据是 2020 年的" in page  # another year than the pack's: said
    code, out, err = run("roster", example, "--pipeline", "--format", "json")
    assert code == 0, err
    for closing in json.loads(out)["pipeline"]["closings"]:
        names = [e["name"] for e in closing["enterprises"]]
        block = movers[movers.index(closing["text"].split("：")[0]) :]
        assert re.findall(r'<td data-label="[^"]*">(示例[^<]*)</td>', block)[: len(names)] == names
    code, _, err = run("report", "--roster", example, "-o", str(tmp_path / "pack.md"), "--format", "markdown")
    assert code == 0, err
    assert "## 五、补齐差距的企业" in (tmp_path / "pack.md").read_text(encoding="utf-8")


def test_report_refuses_a_roster_with_an_error_and_writes_nothing(tmp_path: Path) -> None:
    roster = tmp_path / "2022.csv"
    roster.write_text("企业名称,统一社会信用代码\n甲公司,91150204MA0R0001KA\n", encoding="utf-8")
    code, _, err = run(
        "report", str(ROOT / "baselines"), "--roster", str(roster), "-o", str(tmp_path / "pack.html")
    )
    assert code == 2
    assert "2022.csv:2:2" in err
    assert not (tmp_path / "pack.html").exists()
