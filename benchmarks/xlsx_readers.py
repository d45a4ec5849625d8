"""Which XLSX reader reads a roster fastest, in the least memory, for the least install, and how
long ``zone-gap roster`` takes on a 10,000-row roster in XLSX.

    python benchmarks/xlsx_readers.py                # 10,000 rows, 5 rounds
    python benchmarks/xlsx_readers.py --rows 200 --rounds 1   # quick

Every measurement runs in a new process, so that imports are cold and peak memory (max RSS, which
counts what a reader written in Rust or C allocates too) is the process's own. A reader reads every
cell of the first sheet into Python values; the figures are the median over the rounds. Install
size is the bytes of the reader's distribution and of those it depends on, as installed here. The
roster is made up: 10,000 enterprises with valid credit codes, real date cells and number cells.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

READERS = {
    "python-calamine": (
        ["python-calamine"],
        "from python_calamine import CalamineWorkbook",
        "rows = CalamineWorkbook.from_path(PATH).get_sheet_by_index(0).to_python(skip_empty_area=False)",
    ),
    "openpyxl (read_only)": (
        ["openpyxl", "et-xmlfile"],
        "import openpyxl",
        "book = openpyxl.load_workbook(PATH, read_only=True, data_only=True)\n"
        "rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]\nbook.close()",
    ),
    "openpyxl (default)": (
        ["openpyxl", "et-xmlfile"],
        "import openpyxl",
        "book = openpyxl.load_workbook(PATH, data_only=True)\n"
        "rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]",
    ),
}

PROBE = """
import json, resource, sys, time
PATH = sys.argv[1]
start = time.perf_counter()
{imports}
imported = time.perf_counter()
{read}
done = time.perf_counter()
print(json.dumps({{"import": imported - start, "read": done - imported, "rows": len(rows),
    "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""

COMMAND = """
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
from zone_gap.cli.main import run
code = run(["roster", sys.argv[1], "--format", "json"])
print(json.dumps({"seconds": time.perf_counter() - start, "code": code,
    "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), file=sys.stderr)
"""


def credit_code(n: int) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from zone_gap.roster.credit_code import make_code

    return make_code(f"91150204MA{n:06d}")


def write_roster(path: Path, rows: int) -> None:
    """A made-up roster of ``rows`` enterprises, with a title row, as the office would keep it."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("名录")
    dated = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_string(0, 0, "示例名录：企业均为虚构（made-up enterprises）")
    header = ["企业名称", "统一社会信用代码", "入驻日期", "迁出日期", "高企证书编号", "高企发证日期",
              "科技型中小企业", "营业收入（万元）", "工业总产值（万元）", "高新技术产业产值（万元）",
              "研发经费（万元）", "自治区级研发机构（家）"]  # fmt: skip
    sheet.write_row(1, 0, header)
    for i in range(rows):
        r = i + 2
        sheet.write_string(r, 0, f"示例企业{i:05d}有限公司")
        sheet.write_string(r, 1, credit_code(i))
        sheet.write_datetime(r, 2, datetime(2005 + i % 18, 1 + i % 12, 1 + i % 28), dated)
        if i % 17 == 0:
            sheet.write_datetime(r, 3, datetime(2022, 1 + i % 12, 1 + i % 28), dated)
        if i % 5 == 0:
            year = 2019 + i % 4
            sheet.write_string(r, 4, f"GR{year}15{i:06d}")
            sheet.write_datetime(r, 5, datetime(year, 1 + i % 12, 1 + i % 28), dated)
        sheet.write_string(r, 6, "是" if i % 3 == 0 else "否")
        for c, value in enumerate((1000 + i * 1.25, 900 + i, (i % 5 == 0) * 400.5, 20 + i % 7, i % 50 == 0)):
            sheet.write_number(r, 7 + c, float(value))
    book.close()


def install_size(distributions: list[str]) -> int:
    total = 0
    for name in distributions:
        dist = importlib.metadata.distribution(name)
        total += sum((Path(str(dist.locate_file(f))).stat().st_size for f in dist.files or ()), 0)
    return total


def measure(script: str, path: Path, rounds: int) -> list[dict[str, float]]:
    return [
        json.loads(subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                                  text=True, check=True).stdout)
        for _ in range(rounds)
    ]  # fmt: skip


def command(path: Path, rounds: int) -> list[dict[str, float]]:
    found = []
    for _ in range(rounds):
        done = subprocess.run([sys.executable, "-c", COMMAND, str(path)], capture_output=True, text=True)
        found.append(json.loads(done.stderr.strip().splitlines()[-1]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "2022.xlsx"
        write_roster(path, args.rows)
        print(f"Roster: {args.rows:,} rows × 12 columns, {path.stat().st_size / 1024:.0f} KiB XLSX; "
              f"median of {args.rounds} rounds, each in a new process\n")  # fmt: skip
        print("| reader | import (ms) | read (ms) | peak memory (MiB) | install (MiB) |")
        print("|---|---:|---:|---:|---:|")
        for name, (dists, imports, read) in READERS.items():
            try:
                size = install_size(dists)
            except importlib.metadata.PackageNotFoundError:
                print(f"| {name} | not installed | | | |")
                continue
            runs = measure(PROBE.format(imports=imports, read=read), path, args.rounds)
            assert all(r["rows"] >= args.rows + 2 for r in runs), name
            cell = [statistics.median(r[k] for r in runs) for k in ("import", "read", "rss_kb")]
            print(f"| {name} | {cell[0] * 1000:.0f} | {cell[1] * 1000:.0f} | {cell[2] / 1024:.0f} "
                  f"| {size / 1024 / 1024:.1f} |")  # fmt: skip
        runs = command(path, args.rounds)
        assert all(r["code"] == 0 for r in runs), runs
        seconds = statistics.median(r["seconds"] for r in runs)
        memory = statistics.median(r["rss_kb"] for r in runs) / 1024
        print(f"\n| zone-gap roster ({args.rows:,} rows, XLSX, --format json) | {seconds:.2f} s "
              f"| {memory:.0f} MiB peak |")  # fmt: skip


if __name__ == "__main__":
    main()
