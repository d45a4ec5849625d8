"""Time zone-gap against the peers that check YAML in CI, and against the floor, as whole processes.

    python benchmarks/bench.py                 # N = 1,000 and 10,000 files, 7 paired rounds
    python benchmarks/bench.py --n 50 --big 100 --rounds 1   # quick

Needs only the standard library and the project's dev extra (check-jsonschema and yamllint are in it;
a peer that is not installed is reported as such). Every round runs every command once, in a new
order each round, so that what the machine does meanwhile falls on all of them alike; the figures
are min / median / max wall time over the rounds, the median CPU time (user + system: what other
work on a shared machine disturbs least) and peak memory (max RSS) of each process.

Every command runs with Python allowed to write byte-code (``PYTHONDONTWRITEBYTECODE`` removed), so
that zone-gap's own modules are compiled once, by the warm-up round, as pip compiles an installed
wheel's; the peers were compiled when they were installed.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "baselines" / "2020.yaml"
YEARS = range(2020, 2030)  # ten yearly files per park, one folder per park; none before the shipped
# standard took effect (2020-08-01), which would be a warning in each file

FLOOR = """
import pathlib, sys, yaml
from zone_gap.standard.model import default_standard_path, load_standard
Baseline = load_standard(default_standard_path()).figures_model
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.yaml")):
    Baseline.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
"""
STACK = """
import pydantic, yaml
class Model(pydantic.BaseModel):
    park: str
    enterprises: int | None = None
Model.model_validate(yaml.load("park: x\\nenterprises: 162\\n", Loader=yaml.CSafeLoader))
"""
"""The least any check built on the project's stack can take: PyYAML and pydantic imported, one
model of two fields built and used; no zone-gap code, no typer, no rich."""
BARE_STACK = """
import pydantic, rich.console, rich.table, typer, yaml
class Model(pydantic.BaseModel):
    park: str
    enterprises: int | None = None
Model.model_validate(yaml.load("park: x\\nenterprises: 162\\n", Loader=yaml.CSafeLoader))
"""
"""The bare stack a `check` stands on: typer, rich (a table), PyYAML and pydantic imported and one
model validated; `check` on one file is held to 1.5× this."""
CHECK_IMPORTS = "import zone_gap.cli.main, zone_gap.app.commands, zone_gap.render, zone_gap.render.table"
"""What `check` imports, and nothing done: the least `check` can take."""
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
VERSIONS = ("typer", "click", "pydantic", "pydantic-core", "PyYAML", "rich")


def generate(folder: Path, count: int, seed: int = 2020) -> list[Path]:
    """``count`` valid baselines made from the shipped 2020 file with varied figures."""
    rng = random.Random(seed)
    text = SEED.read_text(encoding="utf-8")
    qualitative = text[text.index("qualitative:") :]
    paths = []
    for i in range(count):
        park, year = divmod(i, len(YEARS))
        enterprises = rng.randint(120, 260)
        high_tech = rng.randint(5, enterprises // 4)
        body = (
            f"park: 园区{park:05d}\nyear: {YEARS[year]}\n"
            f"enterprises: {enterprises}\nhigh_tech_enterprises: {high_tech}\n"
            f"high_tech_revenue_share: {rng.randint(10, 300) / 10}%\n"
            f"high_tech_output_share: {rng.randint(10, 300) / 10}%\n"
            f"rd_intensity: {rng.randint(50, 300) / 100}%\nrd_institutions: {rng.randint(0, 15)}\n"
            f"high_tech_growth: {rng.randint(-10, 60)}%\n{qualitative}"
        )
        path = folder / f"park{park:05d}" / f"{YEARS[year]}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def tool(name: str) -> str | None:
    """The command ``name`` installed beside this Python (in its virtual environment, active or not),
    else the first on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name)


@dataclass
class Timing:
    label: str
    argv: list[str]
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)
    codes: set[int] = field(default_factory=set)

    def run(self) -> None:
        start = time.perf_counter()
        process = subprocess.Popen(self.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        _, status, usage = os.wait4(process.pid, 0)
        self.seconds.append(time.perf_counter() - start)
        self.cpu.append(usage.ru_utime + usage.ru_stime)
        self.peak_kib.append(usage.ru_maxrss)
        self.codes.add(os.waitstatus_to_exitcode(status))

    def clear(self) -> None:
        for figures in (self.seconds, self.cpu, self.peak_kib):
            figures.clear()

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)

    def row(self) -> str:
        s = self.seconds
        return (
            f"| {self.label} | {min(s) * 1000:.0f} | {self.median * 1000:.0f} | {max(s) * 1000:.0f} | "
            f"{self.median_cpu * 1000:.0f} | {max(self.peak_kib) / 1024:.1f} | "
            f"{', '.join(map(str, sorted(self.codes)))} |"
        )


def commands(one: Path, small: Path, big: Path, schema: Path, small_files: list[Path]) -> list[Timing]:
    zone_gap = tool("zone-gap") or "zone-gap"
    found = [
        Timing("zone-gap --help", [zone_gap, "--help"]),
        Timing("zone-gap check --help", [zone_gap, "check", "--help"]),
        Timing("zone-gap usage error (check --format xml)", [zone_gap, "check", "--format", "xml"]),
        Timing("zone-gap check (1 file)", [zone_gap, "check", str(one)]),
        Timing("zone-gap validate (1 file)", [zone_gap, "validate", str(one)]),
        Timing(f"zone-gap validate ({len(small_files)} files)", [zone_gap, "validate", str(small)]),
        Timing("zone-gap validate (big)", [zone_gap, "validate", str(big)]),
        Timing("floor: CSafeLoader + pydantic (small)", [sys.executable, "-c", FLOOR, str(small)]),
        Timing("floor: check's imports", [sys.executable, "-c", CHECK_IMPORTS]),
        Timing("floor: pydantic + PyYAML, one model", [sys.executable, "-c", STACK]),
        Timing("floor: typer + rich + pydantic + PyYAML, one model", [sys.executable, "-c", BARE_STACK]),
    ]
    checker = tool("check-jsonschema")
    if checker:
        found += [
            Timing("check-jsonschema (1 file)", [checker, "--schemafile", str(schema), str(one)]),
            Timing(
                f"check-jsonschema ({len(small_files)} files)",
                [checker, "--schemafile", str(schema), *map(str, small_files)],
            ),
        ]
    linter = tool("yamllint")
    if linter:
        found += [
            Timing("yamllint --help", [linter, "--help"]),
            Timing("yamllint (1 file)", [linter, str(one)]),
            Timing(f"yamllint ({len(small_files)} files)", [linter, str(small)]),
        ]
    return found


LINEAR = -1.0
"""In place of a limit: at most 11× for ten times the files."""
TARGETS: list[tuple[str, str, str, float | None]] = [
    # (what, numerator label start, denominator label start, at most; None: no target, shown only)
    ("validate N files ÷ check-jsonschema N files", "zone-gap validate (N", "check-jsonschema (N", 0.25),
    ("validate N files ÷ yamllint N files", "zone-gap validate (N", "yamllint (N", 0.5),
    ("validate N files ÷ floor", "zone-gap validate (N", "floor: CSafeLoader", 1.5),
    ("validate big ÷ validate N files", "zone-gap validate (big", "zone-gap validate (N", LINEAR),
    ("check 1 file ÷ the bare stack", "zone-gap check (1", "floor: typer", 1.5),
    ("check 1 file ÷ check-jsonschema 1 file", "zone-gap check (1", "check-jsonschema (1", 0.6),
    ("check 1 file ÷ yamllint 1 file", "zone-gap check (1", "yamllint (1", 1.5),
    ("check's imports ÷ yamllint 1 file", "floor: check's", "yamllint (1", None),
    ("pydantic + PyYAML alone ÷ yamllint 1 file", "floor: pydantic", "yamllint (1", None),
    ("pydantic + PyYAML alone ÷ check-jsonschema 1 file", "floor: pydantic", "check-jsonschema (1", None),
    ("--help ÷ yamllint --help", "zone-gap --help", "yamllint --help", 1.2),
    ("check --help ÷ yamllint --help", "zone-gap check --help", "yamllint --help", 1.2),
    ("usage error ÷ yamllint --help", "zone-gap usage error", "yamllint --help", 1.2),
]


def find(timings: list[Timing], start: str, n: int) -> Timing | None:
    start = start.replace("(N", f"({n}")
    return next((t for t in timings if t.label.startswith(start)), None)


def versions() -> str:
    found = []
    for name in VERSIONS:
        try:
            found.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"no {name}")
    return ", ".join(found)


def report(timings: list[Timing], n: int, big: int, rounds: int) -> str:
    lines = [
        f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{rounds} paired rounds; N = {n}, big = {big} files.",
        f"Libraries: {versions()}.",
        "",
        "| command | min ms | median ms | max ms | median CPU ms | peak MiB | exit codes |",
        "|---|---|---|---|---|---|---|",
        *(t.row() for t in timings),
        "",
        "| ratio of medians | value | of CPU time | target | met |",
        "|---|---|---|---|---|",
    ]
    for what, top, bottom, limit in TARGETS:
        numerator, denominator = find(timings, top, n), find(timings, bottom, n)
        what = what.replace("N files", f"{n} files").replace("big", f"{big} files")
        if limit == LINEAR:
            limit = 11 * big / n / 10
        target = "—" if limit is None else f"≤ {limit:g}"
        if numerator is None or denominator is None:
            lines.append(f"| {what} | — | — | {target} | peer not installed |")
            continue
        ratio = numerator.median / denominator.median
        cpu = numerator.median_cpu / denominator.median_cpu
        met = "" if limit is None else "yes" if ratio <= limit else "NO"
        lines.append(f"| {what} | {ratio:.2f} | {cpu:.2f} | {target} | {met} |")
    small, large = find(timings, "zone-gap validate (N", n), find(timings, "zone-gap validate (big", n)
    if small and large:
        lines.append(
            f"| peak memory, big ÷ N files | {max(large.peak_kib) / max(small.peak_kib):.2f} | | flat | |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=1000, help="files in the main run (default 1000)")
    parser.add_argument("--big", type=int, default=10000, help="files in the large run (default 10000)")
    parser.add_argument("--rounds", type=int, default=7, help="paired rounds (default 7)")
    parser.add_argument("--keep", type=Path, help="generate the files here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="zone-gap-bench-"))
    try:
        small_files = generate(work / "small", args.n)
        generate(work / "big", args.big)
        one = small_files[0]
        schema = work / "baseline.schema.json"
        schema.write_text(
            subprocess.run(
                [tool("zone-gap") or "zone-gap", "schema", "baseline"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout,
            encoding="utf-8",
        )
        timings = commands(one, work / "small", work / "big", schema, small_files)
        for t in timings:  # one warm-up each: file cache and byte-code
            t.run()
            t.clear()
        rng = random.Random(0)
        for _ in range(args.rounds):
            rng.shuffle(timings)
            for t in timings:
                t.run()
        timings.sort(key=lambda t: t.label)
        sys.stdout.write(report(timings, args.n, args.big, args.rounds))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
