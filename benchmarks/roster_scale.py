"""How long ``zone-gap roster`` takes on a province-scale roster (100,000 enterprises), against the
floor of reading the same file with Python's csv module and summing one amount column, and how its
memory grows with the rows.

    python benchmarks/roster_scale.py                        # 100,000 rows, best of 3 rounds
    python benchmarks/roster_scale.py --rows 2000 --rounds 1  # quick

The roster is made up, with the 27 columns of examples/roster/2022.csv (the park's columns and the
enterprise standards' figures, blank in most rows), a title row above the header, valid credit codes
(GB 32100-2015 and GB 11714 check characters), and dates, amounts and figures that vary from row to
row; no row has an error or a warning. It is written as CSV (UTF-8 with a byte-order mark, dates
written three ways) and as XLSX (XlsxWriter in constant-memory mode; date and number cells).

Timed, best of ``--rounds`` (each round runs every command once):

- in-process: the floor (``csv.reader`` over the file, ``Decimal`` sum of 营业收入), python-calamine's
  bare read of the XLSX (every cell into Python values), and ``run_roster`` (read, check, count);
- as processes: the same floor and bare read as ``python -c`` scripts, and ``zone-gap roster FILE
  --format json`` end to end (start-up, imports, the standards, rendering the JSON to a pipe).

Ratios are to the csv floor of the same kind (in-process to in-process, process to process), for the
XLSX too; an XLSX row also gives its ratio to calamine's bare read. Memory: the peak RSS of each
process (``ru_maxrss``), at a tenth of the rows and at all of them, and, measured with tracemalloc in
a process of its own, what the roster that ``read_roster`` returns keeps, per row.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
YEAR = 2022
NOTE = "示例名录：企业均为虚构，仅供演示（made-up enterprises, for illustration only）"
HEADER = [
    "企业名称",
    "统一社会信用代码",
    "入驻日期",
    "迁出日期",
    "高企证书编号",
    "高企发证日期",
    "科技型中小企业",
    "营业收入（万元）",
    "工业总产值（万元）",
    "高新技术产业产值（万元）",
    "研发经费（万元）",
    "自治区级研发机构（家）",
    "职工总数（人）",
    "科技人员数（人）",
    "年销售收入（万元）",
    "资产总额（万元）",
    "研究开发费用（万元）",
    "成本费用支出总额（万元）",
    "Ⅰ类知识产权（件）",
    "Ⅱ类知识产权（件）",
    "注册成立年数",
    "近三年研究开发费用（万元）",
    "近三年销售收入（万元）",
    "近三年境内研究开发费用（万元）",
    "高新技术产品（服务）收入（万元）",
    "总收入（万元）",
    "创新能力评价得分",
]
"""The header of examples/roster/2022.csv."""
REVENUE = HEADER.index("营业收入（万元）")
DATES = (2, 3, 5)
"""The date columns (entered, left, issued)."""
TRADES = [
    "商贸",
    "物流",
    "新材料",
    "精密铸造",
    "焊材",
    "智能装备",
    "环保科技",
    "软件",
    "检测技术",
    "稀土永磁",
]
PLACES = ["昆区", "包钢", "友谊", "少先", "阿尔丁", "黄河", "钢铁", "团结"]
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

Value = str | int | Decimal | date | None


def credit_code(n: int) -> str:
    """A valid unified social credit code for enterprise ``n`` (up to 999,999), made as
    examples/roster/make.py makes them: the organisation code's own check character (GB 11714), then
    the code's (GB 32100-2015)."""
    org = f"MA{n:06d}"
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org, ORG_WEIGHTS, strict=True))
    body = "91150204" + org + {10: "X", 11: "0"}.get(11 - total % 11, str(11 - total % 11))
    total = sum(CHARSET.index(c) * w for c, w in zip(body, WEIGHTS, strict=True))
    return body + CHARSET[(31 - total % 31) % 31]


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    """An amount in 万元 with up to two decimal places, trailing zeros dropped (``52000.5``)."""
    return Decimal(rng.randrange(low * 100, high * 100)).scaleb(-2).normalize() + 0


def _day(rng: random.Random, first: int, last: int) -> date:
    return date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))


CARRYING = 0.08
"""The share of rows that carry an enterprise standard's figures: the candidates an office has
asked for them (a province's tech-based SMEs and high-tech enterprises are a few in a hundred of its
enterprises; the example roster, a high-tech park's, has 13 rows of 58, 0.22)."""


def rows(count: int, seed: int = YEAR, carrying: float = CARRYING) -> Iterator[list[Value]]:
    """``count`` enterprises, each a row of ``HEADER``'s cells (``None``: blank). Of ``carrying``
    of them, three in five carry the tech-based SME standard's figures and two in five the
    high-tech enterprise standard's (a few both); a sixth hold a certificate and one in twenty has
    left the park; every figure within its range and every part within its whole, so that the
    roster reads without an error or a warning."""
    rng = random.Random(seed)
    for i in range(count):
        entered = _day(rng, 2005, YEAR)
        left = _day(rng, max(entered.year + 1, 2021), 2024) if rng.random() < 0.05 else None
        issued = _day(rng, 2019, YEAR) if rng.random() < 0.16 else None
        certificate = f"GR{issued.year}15{i:06d}" if issued else None
        revenue = _amount(rng, 0, 60_000)
        output = _amount(rng, 0, 50_000)
        row: list[Value] = [
            f"示例{PLACES[i % len(PLACES)]}{TRADES[i % len(TRADES)]}{i:06d}有限公司",
            credit_code(i),
            entered,
            left,
            certificate,
            issued,
            "是" if rng.random() < 0.3 else "否",
            revenue,
            output,
            _amount(rng, 0, int(output) + 1) if issued else Decimal(0),
            _amount(rng, 0, 2_000),
            rng.randint(0, 1) if issued else 0,
        ]
        row += [None] * 15
        if rng.random() < carrying * 0.6:  # the tech-based SME standard's figures
            staff = rng.randint(10, 500)
            cost = _amount(rng, 100, 20_000)
            assets = _amount(rng, 100, 30_000)
            rd = _amount(rng, 0, int(cost))
            ip = [rng.randint(0, 3) or None, rng.randint(0, 6) or None]
            row[12:20] = [staff, rng.randint(0, staff), revenue, assets, rd, cost, *ip]
        if rng.random() < carrying * 0.4:  # the high-tech enterprise standard's
            rd = _amount(rng, 10, 5_000)
            income = _amount(rng, 100, 60_000)
            row[14] = revenue
            years = Decimal(rng.randint(5, 200)).scaleb(-1)
            sales = _amount(rng, 1_000, 150_000)
            in_china = _amount(rng, 0, int(rd))
            high_tech = _amount(rng, 0, int(income))
            row[20:27] = [years, rd, sales, in_china, high_tech, income, rng.randint(40, 95)]
        yield row


def _written(value: Value, column: int) -> str:
    """A cell as the office types it in a CSV: dates in the three ways the example roster has."""
    if value is None:
        return ""
    if isinstance(value, date):
        style = column % 3
        if style == 0:
            return f"{value.year}/{value.month}/{value.day}"
        if style == 1:
            return f"{value.year}年{value.month}月{value.day}日"
        return value.isoformat()
    return str(value)


def write_csv(path: Path, count: int, carrying: float = CARRYING) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([NOTE])
        writer.writerow(HEADER)
        writer.writerows([_written(v, c) for c, v in enumerate(row)] for row in rows(count, YEAR, carrying))


def write_xlsx(path: Path, count: int, carrying: float = CARRYING) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet(f"{YEAR}年名录")
    dated = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_string(0, 0, NOTE)
    sheet.write_row(1, 0, HEADER)
    for r, row in enumerate(rows(count, YEAR, carrying), start=2):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(r, c, value, dated)
            elif isinstance(value, int | Decimal):
                sheet.write_number(r, c, float(value))
            elif value is not None:
                sheet.write_string(r, c, value)
    book.close()


def in_park_revenue(count: int, carrying: float = CARRYING) -> Decimal:
    """营业收入 summed over the rows still in the park at the year's end, from the rows as made: what
    the roster's ``park_revenue`` must equal exactly, from the CSV and the XLSX alike."""
    end = date(YEAR, 12, 31)
    kept = (r[REVENUE] for r in rows(count, YEAR, carrying) if r[3] is None or r[3] > end)  # type: ignore[operator]
    return sum(kept, Decimal(0))  # type: ignore[arg-type]


def floor_sum(path: Path) -> Decimal:
    """The floor: every row read with the csv module, 营业收入 summed exactly (the title row and the
    header skipped)."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader), next(reader)
        return sum((Decimal(r[REVENUE]) for r in reader if r[REVENUE]), Decimal(0))


def calamine_read(path: Path) -> int:
    """python-calamine's bare read: every cell of the first sheet into Python values."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return len(book.get_sheet_by_index(0).to_python(skip_empty_area=False))


def run_roster(path: Path) -> object:
    from zone_gap.app.commands import run_roster

    return run_roster(path).figures.values["park_revenue"]


FLOOR = f"""
import csv, sys
from decimal import Decimal
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    reader = csv.reader(f)
    next(reader), next(reader)
    print(sum((Decimal(r[{REVENUE}]) for r in reader if r[{REVENUE}]), Decimal(0)))
"""
CALAMINE = """
import sys
from python_calamine import CalamineWorkbook
print(len(CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python(skip_empty_area=False)))
"""
LAUNCH = """
import os, sys
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ)
_, status, usage = os.wait4(pid, 0)
print(usage.ru_maxrss, file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
"""
"""Runs a command and prints its peak RSS in KiB: a launcher this small (``python -S``, no imports
beyond ``os`` and ``sys``) is below every process measured, so the peak is the command's own."""
KEPT = """
import json, sys, tracemalloc
from pathlib import Path
from zone_gap.roster.model import read_roster
from zone_gap.standard.model import enterprise_standards, load_standard, default_standard_path
standards = enterprise_standards(load_standard(default_standard_path()))
tracemalloc.start()
roster, _ = read_roster(Path(sys.argv[1]), standards=standards)
kept, peak = tracemalloc.get_traced_memory()
print(json.dumps({"rows": len(roster.enterprises), "kept": kept, "peak": peak}))
"""
"""What the roster ``read_roster`` returns keeps (tracemalloc's current size once it is built, the
standards loaded before tracing), and the peak on the way, for ``zone-gap roster`` keeps the roster
to the end (its figures name the enterprises behind each count)."""


def tool(name: str) -> str:
    """The command ``name`` installed beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name) or name


@dataclass
class Process:
    """A command run as a new process: its wall and CPU times (user + system: what other work on a
    shared machine disturbs least), and its peak memory."""

    label: str
    argv: list[str]
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)

    def run(self) -> None:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            child = subprocess.Popen(self.argv, stdout=out, stderr=err)
            _, status, usage = os.wait4(child.pid, 0)
            self.seconds.append(time.perf_counter() - start)
            self.cpu.append(usage.ru_utime + usage.ru_stime)
            child.returncode = code = os.waitstatus_to_exitcode(status)
            if code != 0:
                err.seek(0)
                raise SystemExit(f"{self.label}: exit code {code}\n{err.read().decode()}")

    def peak(self) -> int:
        """One more run, through a small launcher: a child's ``ru_maxrss`` counts the memory of the
        process it was forked from until it ran the command, so this process (with zone-gap
        imported) is not the one to fork it."""
        done = subprocess.run(
            [sys.executable, "-S", "-c", LAUNCH, *self.argv],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
        )
        kib = int(done.stderr.strip().splitlines()[-1])
        self.peak_kib.append(kib)
        return kib


@dataclass
class InProcess:
    label: str
    call: Callable[[], object]
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    result: object = None

    def run(self) -> None:
        start, cpu = time.perf_counter(), time.process_time()
        self.result = self.call()
        self.seconds.append(time.perf_counter() - start)
        self.cpu.append(time.process_time() - cpu)


def generate(folder: Path, count: int, carrying: float = CARRYING) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = folder / f"{YEAR}.csv", folder / f"{YEAR}.xlsx"
    write_csv(paths[0], count, carrying)
    write_xlsx(paths[1], count, carrying)
    return paths


def timings(csv_path: Path, xlsx_path: Path, rounds: int) -> tuple[list[InProcess], list[Process]]:
    zone_gap = tool("zone-gap")
    as_json = ["roster", "--format", "json"]
    inside = [
        InProcess("floor: csv.reader + Decimal sum (CSV)", lambda: floor_sum(csv_path)),
        InProcess("python-calamine bare read (XLSX)", lambda: calamine_read(xlsx_path)),
        InProcess("run_roster (CSV)", lambda: run_roster(csv_path)),
        InProcess("run_roster (XLSX)", lambda: run_roster(xlsx_path)),
    ]
    outside = [
        Process("floor: csv.reader + Decimal sum (CSV)", [sys.executable, "-c", FLOOR, str(csv_path)]),
        Process("python-calamine bare read (XLSX)", [sys.executable, "-c", CALAMINE, str(xlsx_path)]),
        Process("zone-gap roster --format json (CSV)", [zone_gap, *as_json, str(csv_path)]),
        Process("zone-gap roster --format json (XLSX)", [zone_gap, *as_json, str(xlsx_path)]),
    ]
    for t in inside:  # a warm-up: imports, the standards' models, the file cache
        t.run()
        t.seconds.clear()
    for _ in range(rounds):
        for t in [*inside, *outside]:
            t.run()
    return inside, outside


def table(title: str, found: list[InProcess] | list[Process]) -> list[str]:
    """Best wall and CPU time of each, and its ratios to the floor's (the first) and, for the XLSX,
    to calamine's bare read (the second)."""
    floor, calamine = found[0], found[1]
    lines = [
        title,
        "",
        "| what | wall s | CPU s | wall ÷ csv floor | CPU ÷ csv floor | wall ÷ calamine read |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for t in found:
        wall, cpu = min(t.seconds), min(t.cpu)
        xlsx = "XLSX" in t.label and t is not calamine
        versus = f"{wall / min(calamine.seconds):.2f}" if xlsx else "—"
        lines.append(
            f"| {t.label} | {wall:.3f} | {cpu:.3f} | {wall / min(floor.seconds):.2f} "
            f"| {cpu / min(floor.cpu):.2f} | {versus} |"
        )
    return lines


def memory(folder: Path, sizes: list[int], carrying: float) -> list[str]:
    """Peak RSS of each process at each size, and what the roster ``read_roster`` returns keeps;
    then what each grows by per row between the two sizes."""
    zone_gap = tool("zone-gap")
    lines = [
        "| rows | floor (CSV) MiB | calamine read MiB | zone-gap roster CSV MiB | zone-gap roster XLSX MiB "
        "| roster kept (CSV) MiB | read_roster peak (CSV, traced) MiB |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    found: dict[int, list[float]] = {}
    for size in sizes:
        csv_path, xlsx_path = generate(folder / f"m{size}", size, carrying)
        commands = [
            Process("floor", [sys.executable, "-c", FLOOR, str(csv_path)]),
            Process("calamine", [sys.executable, "-c", CALAMINE, str(xlsx_path)]),
            Process("roster CSV", [zone_gap, "roster", str(csv_path), "--format", "json"]),
            Process("roster XLSX", [zone_gap, "roster", str(xlsx_path), "--format", "json"]),
        ]
        kib = [command.peak() * 1024 for command in commands]
        traced = subprocess.run(
            [sys.executable, "-c", KEPT, str(csv_path)], capture_output=True, text=True, check=True
        )
        kept = json.loads(traced.stdout)
        found[size] = [*kib, kept["kept"], kept["peak"]]
        lines.append(f"| {size:,} | {' | '.join(f'{b / 2**20:.1f}' for b in found[size])} |")
    if len(sizes) == 2:
        small, large = sizes
        grown = [(b - a) / (large - small) for a, b in zip(found[small], found[large], strict=True)]
        lines.append(f"| each row more, bytes | {' | '.join(f'{g:.0f}' for g in grown)} |")
    size = sizes[-1]
    written = (folder / f"m{size}" / f"{YEAR}.csv").stat().st_size / size
    lines += [
        "",
        f"The CSV is {written:.0f} bytes a row. What the roster keeps of a row is its Enterprise (dates, "
        "certificate, yes/no), the text of its name and credit code, and its number cells as written "
        "(one tuple a row, the keys shared by every row), made fractions only when asked for; the rows' "
        "cells are read one at a time and not kept. The rest of a process's peak is the reader's (the "
        "CSV's text, calamine's sheet) and the JSON of every enterprise behind every count.",
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000, help="enterprises (default 100000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, best taken (default 3)")
    parser.add_argument(
        "--carrying",
        type=float,
        default=CARRYING,
        help=f"the share of rows with an enterprise standard's figures (default {CARRYING}; example: 0.22)",
    )
    parser.add_argument("--keep", type=Path, help="write the rosters here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="zone-gap-roster-"))
    try:
        csv_path, xlsx_path = generate(work, args.rows, args.carrying)
        inside, outside = timings(csv_path, xlsx_path, args.rounds)
        expected = in_park_revenue(args.rows, args.carrying)
        for t in inside[2:]:  # the roster's sum is the exact decimal sum, from either file
            assert t.result == expected, (t.label, t.result, expected)
        size = (
            f"{csv_path.stat().st_size / 2**20:.1f} MiB CSV, {xlsx_path.stat().st_size / 2**20:.1f} MiB XLSX"
        )
        lines = [
            f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
            f"load average before: {os.getloadavg()[0]:.2f}.",
            f"Roster: {args.rows:,} rows × {len(HEADER)} columns ({size}), {args.carrying:.0%} of them with "
            f"an enterprise standard's figures; best of {args.rounds} rounds; "
            f"park_revenue = {expected} 万元 from both, exactly.",
            "",
            *table("In-process", inside),
            "",
            *table("As processes (start-up and imports included; zone-gap renders the JSON)", outside),
            "",
            "Peak memory (max RSS of each process) and what the roster keeps:",
            "",
            *memory(work, sorted({max(args.rows // 10, 1), args.rows}), args.carrying),
        ]  # fmt: skip
        sys.stdout.write("\n".join(lines) + "\n")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
