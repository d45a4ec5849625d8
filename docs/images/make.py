"""Make the documentation's pictures again from the tool itself, on the shipped data:

- docs/report.png: the meeting pack (`zone-gap report`) as headless Chromium shows it, 1100 px wide;
- docs/workbook.png: the first printed page of `check`'s workbook (`zone-gap check -o 差距.xlsx`),
  printed to PDF by LibreOffice and rendered at 112 dpi (an A4 landscape page 1310 px wide);
- docs/images/check.svg: the first part of `zone-gap check --lang en` at 100 columns (the numeric
  table and its notes), as a terminal shows it, drawn by rich.

Run from anywhere, with zone-gap installed with its xlsx extra: `python docs/images/make.py`, or
`python docs/images/make.py check.svg` for some of them. The report and the workbook need
`chromium`, `soffice` and `pdftoppm` (poppler-utils); a picture whose program is missing is left as
it is, and said so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"]


def zone_gap(*args: str, columns: int = 100) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it in the repository, on the shipped data."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZONE_GAP_")}
    env.update(COLUMNS=str(columns), NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-m", "zone_gap", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def need(*programs: str) -> bool:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        print(f"skipped: {', '.join(missing)} not installed", file=sys.stderr)
    return not missing


def report(work: Path) -> None:
    if not need("chromium"):
        return
    page = work / "report.html"
    done = zone_gap("report", "-o", str(page))
    assert done.returncode == 0, done.stderr
    target = DOCS / "report.png"
    subprocess.run(
        [
            "chromium",
            *CHROMIUM_FLAGS,
            f"--user-data-dir={work / 'profile'}",
            f"--screenshot={target}",
            "--window-size=1100,2300",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    print(f"wrote {target.relative_to(ROOT)}")


def workbook(work: Path) -> None:
    if not need("soffice", "pdftoppm"):
        return
    book = work / "差距.xlsx"
    done = zone_gap("check", "-o", str(book))
    assert done.returncode in (0, 1), done.stderr
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(work / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(book),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    subprocess.run(
        [
            "pdftoppm",
            "-f",
            "1",
            "-l",
            "1",
            "-r",
            "112",
            "-png",
            "-singlefile",
            str(work / "差距.pdf"),
            str(work / "page"),
        ],
        check=True,
        timeout=120,
    )
    target = DOCS / "workbook.png"
    shutil.copyfile(work / "page.png", target)
    print(f"wrote {target.relative_to(ROOT)}")


def check_svg(work: Path) -> None:
    from rich.console import Console
    from rich.text import Text

    done = zone_gap("check", "--lang", "en")
    assert done.returncode in (0, 1), done.stderr
    lines = done.stdout.splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("Qualitative clauses"))
    with open(os.devnull, "w") as nowhere:
        console = Console(record=True, width=100, file=nowhere, color_system="truecolor")
        for line in lines[:end]:
            console.print(Text(line.rstrip()), overflow="ignore", no_wrap=True, crop=False)
    target = DOCS / "images" / "check.svg"
    target.write_text(console.export_svg(title="zone-gap check --lang en"), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


PICTURES = {"report.png": report, "workbook.png": workbook, "check.svg": check_svg}


def main(names: list[str]) -> None:
    unknown = set(names) - set(PICTURES)
    if unknown:
        raise SystemExit(f"no picture {', '.join(sorted(unknown))}; the pictures: {', '.join(PICTURES)}")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in PICTURES.items():
            if not names or name in names:
                make(Path(folder))


if __name__ == "__main__":
    main(sys.argv[1:])
