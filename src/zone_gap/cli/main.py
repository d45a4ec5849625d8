"""The command line: options in, a settings object to the core, text and an exit code out.

Exit codes: 0 all good; 1 findings (a criterion unmet or unknown, a projection off track, a plan
that falls short); 2 bad input, usage, or output that could not be written; 130 interrupted (Ctrl-C);
3 an internal error (a bug), said in one line.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from zone_gap import __version__
from zone_gap.choices import (
    FIRST_YEAR,
    LAST_YEAR,
    GroupBy,
    Kind,
    Output,
    PackFormat,
    RosterFormat,
    StandardsFormat,
)
from zone_gap.i18n import Lang, Message, language, text
from zone_gap.io.problem import InputError, OutputError, Refusal, UsageError, system_reason
from zone_gap.render import Format

if TYPE_CHECKING:
    from datetime import date

    from zone_gap.analysis.plan_check import PlanReport
    from zone_gap.analysis.projection import ProjectionReport
    from zone_gap.app.commands import Settings
    from zone_gap.io.problem import Problem
    from zone_gap.maths.result import Report
    from zone_gap.standard.plan import Lead

T = TypeVar("T")

_SETTINGS: dict[str, Any] = {
    "name": "zone-gap",
    "help": "对照自治区级高新区创建标准，检查园区差距。 "
    "How far the park stands from the region's standard for a high-tech zone.",
    "no_args_is_help": True,
    "add_completion": False,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
}
app = typer.Typer(**_SETTINGS)


LangOption = Annotated[Lang, typer.Option("--lang", help="输出语言 Output language.")]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        help="输出格式；缺省按 -o 文件的扩展名（.csv .xlsx .md .json），否则为 table。 "
        "Output format. [default: from the -o file's extension, else table]",
        show_default=False,
    ),
]
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="写入文件而不输出到终端，不覆盖已有文件（除非 --force），也从不写入本命令读取的文件；"
        "- 为标准输出；xlsx 必须指定。 "
        "Write to FILE instead of the terminal, never over an existing file without --force, nor "
        "over a file the command reads; - for standard output; required for xlsx.",
        show_default=False,
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="替换已有文件。 Replace an existing file.")]
StandardOption = Annotated[
    Path | None,
    typer.Option(
        help="标准文件，或标准的编号（见 zone-gap standards）。 Standard file, or a standard's id, shipped "
        "or in the project's standards/ (see zone-gap standards). [default: the one the figures file "
        "names, else inner-mongolia-2020]",
        show_default=False,
    ),
]
PlanOption = Annotated[
    Path | None,
    typer.Option(
        help="创建方案文件。 The district's plan. [default: the shipped plans/kundulun-2021.yaml]",
        show_default=False,
    ),
]
ByOption = Annotated[
    int | None,
    typer.Option(
        "--by",
        min=1990,
        max=2100,
        help="期限年份；缺省为方案的期限，无方案时为 2023。 "
        "Deadline year. [default: the plan's deadline, else 2023]",
        show_default=False,
    ),
]
SeriesOption = Annotated[
    str | None,
    typer.Option(
        help="参照表取值系列，如全国研发强度的 final（全国科技经费投入统计公报）、preliminary"
        "（统计公报初步数）或 restated（修订值）。 Reference series: final, preliminary or restated "
        "for the national R&D intensity. [default: the table's own, final]",
        show_default=False,
    ),
]
NationalRdOption = Annotated[
    str | None,
    typer.Option(
        "--national-rd",
        help="手工指定全国研发强度，如 2.6%。 Override the national R&D intensity, e.g. 2.6%.",
        show_default=False,
    ),
]
GroupByOption = Annotated[
    GroupBy,
    typer.Option(
        "--group-by",
        help="按维度，或按方案中牵头部门分组（部门台账）。 Group rows by dimension, or by the plan's lead "
        "department (the department ledger).",
    ),
]
FolderArgument = Annotated[Path, typer.Argument(help="基础数据目录。 The baselines folder.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zone-gap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """对照自治区级高新区创建标准，检查园区差距。

    How far the park stands from the region's standard for a high-tech zone.
    """


def _run(command: str, lang: Lang, work: Callable[[], T]) -> T:
    """``work()``, with bad input and usage errors said on stderr and turned into exit code 2."""
    try:
        return work()
    except InputError as e:
        lines = [p.render(lang) for p in e.problems]
    except Refusal as e:
        lines = [f"zone-gap {command}: {e.message.render(lang)}"]
    for line in lines:
        _say(line)
    raise typer.Exit(2)


def _say(line: str) -> None:
    """One line to standard error, with control characters from the input made visible."""
    from zone_gap.render.visible import visible

    typer.echo(visible(line), err=True)


def _write(text: str | bytes) -> None:
    """Text to standard output as UTF-8, whatever the console's own encoding (bytes as they are); a
    closed pipe or a full disk is an ``OutputError``."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8") if isinstance(text, str) else text)
        sys.stdout.buffer.flush()
    except OSError as e:
        raise OutputError(_stdout_failed(e)) from None


def _stdout_failed(error: OSError) -> Message:
    return Message("stdout_failed", reason=system_reason(error))


def _terminal() -> tuple[bool, int | None]:
    from zone_gap.render.terminal import terminal_width

    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    return color, terminal_width(sys.stdout)


def _format(
    command: str, lang: Lang, fmt: Format | None, output: str | None, sources: tuple[Path, ...]
) -> Format:
    """The format asked for, else the one the output file's extension names, else the table; an
    input named as the output is refused first, whatever its extension."""
    from zone_gap.cli.output import refuse_inputs, table_format

    _run(command, lang, lambda: refuse_inputs(output, sources))
    return _run(command, lang, lambda: table_format(fmt, output, terminal=sys.stdout.isatty()))


def _emit(
    command: str,
    lang: Lang,
    report: Report | ProjectionReport | PlanReport,
    fmt: Format,
    output: str | None,
    force: bool,
    sources: tuple[Path, ...],
    *,
    warnings: list[Problem] | None = None,
    leads: dict[str, list[Lead]] | None = None,
) -> None:
    """The report in ``fmt``, to standard output or (``output``) written to a new file, never over
    one of the command's ``sources``."""
    from zone_gap.cli.output import output_path
    from zone_gap.render import render, render_workbook

    path = output_path(output)
    body: str | bytes
    if fmt is Format.XLSX:
        body = _run(command, lang, lambda: render_workbook(report, lang, warnings=warnings, leads=leads))
    else:
        color, width = _terminal() if path is None else (False, None)
        body = render(report, fmt, lang, warnings=warnings, leads=leads, color=color, width=width)
    if path is None:  # a workbook only when not to a terminal (``table_format``)
        _write(body)
        return
    _save(command, lang, path, body, force, sources)
    typer.echo(text("file_written", lang, path=str(path)), err=True)


def _save(
    command: str, lang: Lang, path: Path, body: str | bytes, force: bool, sources: tuple[Path, ...]
) -> None:
    from zone_gap.io.write import write_new

    _run(command, lang, lambda: write_new(path, body, force=force, inputs=sources))


def _settings(
    folder: Path,
    standard: Path | None,
    plan: Path | None,
    by: int | None,
    series: str | None,
    national_rd: str | None,
    group_by: GroupBy,
) -> Settings:
    from zone_gap.app.commands import Settings

    return Settings(
        folder=folder,
        standard=standard,
        plan=plan,
        deadline=by,
        series=series,
        national_rd=national_rd,
        by_department=group_by is GroupBy.DEPARTMENT,
    )


@app.command()
def check(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="基础数据文件；缺省为 baselines/ 中最新年份。 "
            "Baseline file; default: the latest year in baselines/.",
            show_default=False,
        ),
    ] = None,
    previous: Annotated[
        Path | None,
        typer.Option(
            help="上一年的基础数据文件，用于计算同比增幅；缺省为同目录的上一年文件。 "
            "Last year's baseline, for year-on-year growth. [default: the previous year's file beside FILE]",
            show_default=False,
        ),
    ] = None,
    standard: StandardOption = None,
    plan: PlanOption = None,
    by: ByOption = None,
    series: SeriesOption = None,
    national_rd: NationalRdOption = None,
    group_by: GroupByOption = GroupBy.DIMENSION,
    fmt: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = Lang.ZH,
) -> None:
    """检查一年的数据：各项指标是否达标、差距、每年需增多少。

    Check one year's figures: status, gap and the growth needed each year for every criterion.
    Exit code 0 when every criterion is met, 1 when any is unmet or unknown, 2 for bad input.
    """
    from zone_gap.app.commands import run_check

    settings = _settings(Path("baselines"), standard, plan, by, series, national_rd, group_by)
    outcome = _run("check", lang, lambda: run_check(settings, file, previous))
    chosen = _format("check", lang, fmt, output, outcome.sources)
    if chosen is not Format.TABLE:
        for warning in outcome.warnings:
            typer.echo(warning.render(lang), err=True)
    _emit(
        "check",
        lang,
        outcome.report,
        chosen,
        output,
        force,
        outcome.sources,
        warnings=outcome.warnings,
        leads=outcome.leads,
    )
    raise typer.Exit(0 if outcome.report.all_met else 1)


@app.command()
def project(
    folder: FolderArgument = Path("baselines"),
    standard: StandardOption = None,
    plan: PlanOption = None,
    by: ByOption = None,
    series: SeriesOption = None,
    national_rd: NationalRdOption = None,
    group_by: GroupByOption = GroupBy.DIMENSION,
    fmt: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = Lang.ZH,
) -> None:
    """按各年数据的趋势推算到期限：能否如期达标。

    Project every numeric criterion from all the baselines in FOLDER to the deadline.
    Exit code 0 when every criterion is achieved or on track and none is at risk, 1 otherwise,
    2 for bad input.
    """
    from zone_gap.app.commands import run_project
    from zone_gap.maths.trend import Category

    settings = _settings(folder, standard, plan, by, series, national_rd, group_by)
    outcome = _run("project", lang, lambda: run_project(settings))
    chosen = _format("project", lang, fmt, output, outcome.sources)
    _emit("project", lang, outcome.report, chosen, output, force, outcome.sources, leads=outcome.leads)
    good = {Category.ACHIEVED, Category.ON_TRACK}
    rows = [p for s in outcome.report.sections for p in s.projections]
    raise typer.Exit(0 if all(p.category in good and not p.at_risk for p in rows) else 1)


@app.command("plan")
def plan_command(
    plan: Annotated[
        Path | None,
        typer.Argument(
            help="创建方案文件；缺省为 plans/kundulun-2021.yaml。 The plan; default: the shipped "
            "plans/kundulun-2021.yaml.",
            show_default=False,
        ),
    ] = None,
    baselines: Annotated[Path, typer.Option(help="基础数据目录。 The baselines folder.")] = Path("baselines"),
    standard: StandardOption = None,
    series: SeriesOption = None,
    national_rd: NationalRdOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = Lang.ZH,
) -> None:
    """检查创建方案是否自洽：按计划年增量到期能否达到目标。

    Does the plan add up? Its yearly increments from the base year against its end targets and the
    standard's thresholds at the deadline, and the park's actual figures against the planned path.
    Exit code 0 when every target is reached, 1 when one falls short or is unknown, 2 for bad input.
    """
    from zone_gap.app.commands import run_plan

    settings = _settings(baselines, standard, plan, None, series, national_rd, GroupBy.DIMENSION)
    outcome = _run("plan", lang, lambda: run_plan(settings))
    chosen = _format("plan", lang, fmt, output, outcome.sources)
    _emit("plan", lang, outcome.report, chosen, output, force, outcome.sources)
    raise typer.Exit(0 if outcome.report.adds_up else 1)


@app.command()
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="文件、通配符、目录（递归）或 -（标准输入）；"
            "缺省为 standards/、baselines/、plans/、rosters/。 "
            "Files, globs, folders (recursive) or - for stdin. [default: standards/, baselines/, plans/ "
            "and rosters/]",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        Kind | None,
        typer.Option(
            help="文件类型；缺省按目录或内容判断。 "
            "The files' kind. [default: from the folder or the content]",
            show_default=False,
        ),
    ] = None,
    standard: StandardOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="有提示也算失败。 Fail on warnings too.")] = False,
    fmt: Annotated[
        Output | None,
        typer.Option(
            "--format",
            help="输出格式；在 GitHub Actions 中缺省为 github。 Output format. [default: github when "
            "GITHUB_ACTIONS is set, else text]",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = Lang.ZH,
) -> None:
    """检查标准、基础数据、方案文件和企业名录，报告每个问题的位置。

    Check standards, baseline and plan files and enterprise rosters (CSV, XLSX); report every
    problem in every file, located.
    Exit code 0 when every file is valid (warnings allowed), 1 when any is invalid (or has a warning,
    with --strict), 2 for a usage error or nothing to check.
    """
    from zone_gap.app.validation import STDIN
    from zone_gap.app.validation import validate as run_validate
    from zone_gap.render.findings import write_findings

    given = paths or []
    stdin = sys.stdin.buffer.read() if STDIN in given else None
    validation = _run(
        "validate", lang, lambda: run_validate(given, kind=kind, standard=standard, stdin=stdin)
    )
    for missing in validation.missing:
        typer.echo(f"zone-gap validate: {text('no_such_path', lang, path=missing)}", err=True)
    if not validation.count:
        if not validation.missing:  # a path that is not there is said once, above: nothing to add
            shown = " ".join(given) or "standards/ baselines/ plans/ rosters/"
            typer.echo(f"zone-gap validate: {text('nothing_to_check', lang, paths=shown)}", err=True)
        raise typer.Exit(2)
    output = fmt or (Output.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else Output.TEXT)
    tally = write_findings(validation.files, output, lang, _write)
    if validation.missing:
        raise typer.Exit(2)
    if strict and tally.warnings and not tally.invalid:  # why it fails when every file is valid
        typer.echo(f"zone-gap validate: {text('strict_warnings', lang, warnings=tally.warnings)}", err=True)
    raise typer.Exit(1 if tally.invalid or (strict and tally.warnings) else 0)


@app.command()
def report(
    folder: FolderArgument = Path("baselines"),
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="输出文件，- 为标准输出；缺省为 reports/<数据年份>-<今天>.html。 "
            "Output file, - for standard output. [default: reports/<data year>-<today>.html, or .md]",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        PackFormat | None,
        typer.Option(
            "--format",
            help="输出格式；缺省按 -o 文件的扩展名（.html .md），否则为 html。 "
            "Output format. [default: from the -o file's extension, else html]",
            show_default=False,
        ),
    ] = None,
    standard: StandardOption = None,
    plan: PlanOption = None,
    by: ByOption = None,
    series: SeriesOption = None,
    national_rd: NationalRdOption = None,
    roster: Annotated[
        Path | None,
        typer.Option(
            "--roster",
            help="企业名录（CSV 或 XLSX）：另加一页，列出可补齐各项差距的企业。 "
            "An enterprise roster (CSV or XLSX): adds a page of the enterprises that close each gap.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="替换已有文件。 Replace an existing file.")] = False,
    lang: LangOption = Lang.ZH,
) -> None:
    """生成调度会材料：结论、差距表、走势图、方案核算和部门台账，一个可离线打开的 HTML 文件。

    Write the meeting pack: verdict, gap table, one chart per numeric criterion, the plan check and the
    department ledger, as one self-contained HTML file (or Markdown). Never replaces a file without --force.
    """
    from datetime import date

    from zone_gap.app.commands import run_report
    from zone_gap.cli.output import STDOUT, chosen_format, output_path, refuse_inputs
    from zone_gap.render.html import render_html, render_pack_markdown
    from zone_gap.render.pack import build_pack

    settings = _settings(folder, standard, plan, by, series, national_rd, GroupBy.DIMENSION)
    pack = _run("report", lang, lambda: run_report(settings, roster))
    sources = pack.check.sources + ((roster,) if roster is not None else ())
    _run("report", lang, lambda: refuse_inputs(output, sources))
    chosen = _run("report", lang, lambda: chosen_format(fmt, output, PackFormat, PackFormat.HTML))
    today = date.today()
    built = build_pack(pack, lang, today)
    body = render_html(built, lang) if chosen is PackFormat.HTML else render_pack_markdown(built, lang)
    if output == STDOUT:
        _write(body)
        return
    suffix = ".html" if chosen is PackFormat.HTML else ".md"
    path = output_path(output) or Path("reports") / f"{pack.check.report.year}-{today.isoformat()}{suffix}"
    _save("report", lang, path, body, force, sources)
    typer.echo(text("report_written", lang, path=str(path)), err=True)


@app.command()
def schema(
    kind: Annotated[
        Kind | None,
        typer.Argument(
            help="文件类型；不写则把三类文件的 Schema 写入 schemas/。 The kind of file; without it, the "
            "three kinds' schemas are written into schemas/.",
            show_default=False,
        ),
    ] = None,
    standard: StandardOption = None,
    lang: LangOption = Lang.ZH,
) -> None:
    """输出某类文件的 JSON Schema，供编辑器和其他校验工具使用；不写类型则写入 schemas/ 目录。

    Print the JSON Schema of a kind of file, generated from the models, for editors and validators;
    without a kind, write all three into schemas/, where the files zone-gap new writes name them. A
    figures file's (or a plan's) follows the standard given, else each standard the project knows,
    chosen by the file's standard: key.
    """
    from zone_gap.app.commands import schema_standards
    from zone_gap.app.schema import FOLDER, json_schema, write_schemas

    standards = _run("schema", lang, lambda: schema_standards(standard))
    if kind is not None:
        _write(_run("schema", lang, lambda: json_schema(kind, standards)))
        return
    for path in _run("schema", lang, lambda: write_schemas(FOLDER, standards)):
        typer.echo(text("file_written", lang, path=str(path)), err=True)


@app.command()
def standards(
    output: Annotated[
        StandardsFormat, typer.Option("--format", help="输出格式 Output format.")
    ] = StandardsFormat.TABLE,
    lang: LangOption = Lang.ZH,
) -> None:
    """列出内置标准和项目 standards/ 中的标准：编号、名称、对象、施行日期、是否已被取代、来源。

    List the shipped standards and the project's own in standards/: id, name, subject, effective date,
    superseded, source.
    """
    from datetime import date

    from zone_gap.render.standards import render_standards
    from zone_gap.standard.model import shipped

    _write(render_standards(_run("standards", lang, shipped), output, lang, date.today()))


@app.command()
def new(
    year: Annotated[int, typer.Argument(min=FIRST_YEAR, max=LAST_YEAR, help="年份 The year.")],
    folder: Annotated[Path, typer.Option(help="基础数据目录。 The baselines folder.")] = Path("baselines"),
    standard: StandardOption = None,
    roster: Annotated[
        Path | None,
        typer.Option(
            help="企业名录（CSV 或 XLSX）：由名录算出的数字直接填入，并注明来源。 "
            "An enterprise roster (CSV or XLSX): the figures it gives are filled in, each with its source.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="替换已有文件。 Replace an existing file.")] = False,
    lang: LangOption = Lang.ZH,
) -> None:
    """为新的一年生成待填写的基础数据文件 baselines/YEAR.yaml。

    Write baselines/YEAR.yaml with every key, a Chinese comment on each and last year's values as
    comments, the values left to fill in (or, with --roster, the figures the roster gives). An
    existing file is never replaced without --force.
    """
    from zone_gap.app.commands import new_baseline

    path, warnings = _run(
        "new", lang, lambda: new_baseline(year, folder, standard, force=force, roster=roster)
    )
    for warning in warnings:
        _say(warning.render(lang))
    typer.echo(text("file_written", lang, path=str(path)), err=True)


@app.command("roster")
def roster_command(
    file: Annotated[Path, typer.Argument(help="企业名录：CSV 或 XLSX。 The enterprise roster: CSV or XLSX.")],
    year: Annotated[
        int | None,
        typer.Option(
            min=FIRST_YEAR,
            max=LAST_YEAR,
            help="名录年份；缺省取自文件名，如 rosters/2022.xlsx。 "
            "The roster's year. [default: from the file's name, e.g. rosters/2022.xlsx]",
            show_default=False,
        ),
    ] = None,
    sheet: Annotated[
        str | None,
        typer.Option(
            help="XLSX 的工作表；缺省为第一个可见的。 The XLSX sheet. [default: the first visible one]",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="截至日期，如 2022-06-30；缺省为年末。 The day the figures are for. [default: 31 December]",
            show_default=False,
        ),
    ] = None,
    standard: StandardOption = None,
    pipeline: Annotated[
        bool,
        typer.Option(
            "--pipeline",
            help="另列高企证书到期与每年需新增、重新认定的数量，以及候选企业。 Also the certificates that "
            "lapse before the deadline, how many new and renewed ones each year needs, and the candidates.",
        ),
    ] = False,
    by: ByOption = None,
    plan: PlanOption = None,
    fmt: Annotated[
        RosterFormat | None,
        typer.Option(
            "--format",
            help="输出格式；缺省按 -o 文件的扩展名，否则为 table；加 --pipeline 时 csv 和 xlsx 为补齐各项"
            "差距的企业清单。 Output format [default: from the -o file's extension, else table]; with "
            "--pipeline, csv and xlsx give the list of the enterprises that close each gap.",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    strict: Annotated[bool, typer.Option("--strict", help="有提示也算失败。 Fail on warnings too.")] = False,
    lang: LangOption = Lang.ZH,
) -> None:
    """由企业名录算出园区数字：年末在园企业、高企（证书当日有效）、科技型中小企业及其重叠、营业收入和产值合计。

    The park's figures from its enterprise roster, at the year's end: enterprises in the park,
    high-tech enterprises (certificate valid that day), tech-based SMEs and those that are both,
    revenue, output, R&D. Exit code 0 when the roster is read (1 with --strict when it has warnings),
    2 when it has errors: each is said at its row and column, and nothing is computed.
    """
    from zone_gap.app.commands import run_roster
    from zone_gap.cli.output import output_path, refuse_inputs, sheet_format
    from zone_gap.render.roster import render_roster

    day = _run("roster", lang, lambda: _day(as_of))
    sources = tuple(p for p in (file, standard, plan) if p is not None and p.is_file())
    _run("roster", lang, lambda: refuse_inputs(output, sources))
    terminal = sys.stdout.isatty()
    chosen = _run(
        "roster", lang, lambda: sheet_format(fmt, output, RosterFormat, RosterFormat.TABLE, terminal=terminal)
    )
    if pipeline and chosen is RosterFormat.YAML:
        _run("roster", lang, lambda: _refuse(Message("pipeline_format", format=chosen.value)))
    outcome = _run(
        "roster",
        lang,
        lambda: run_roster(
            file,
            year=year,
            sheet=sheet,
            as_of=day,
            standard_file=standard,
            pipeline=pipeline,
            by=by,
            plan_file=plan,
        ),
    )
    if chosen is not RosterFormat.TABLE:  # as `check` does: said on the terminal, whatever is written
        for warning in outcome.warnings:
            typer.echo(warning.render(lang), err=True)
    path = output_path(output)
    body: str | bytes
    if chosen is RosterFormat.XLSX:
        from zone_gap.render.roster import roster_workbook

        body = _run("roster", lang, lambda: roster_workbook(outcome.figures, lang, outcome.pipeline))
    else:
        color, width = _terminal() if path is None else (False, None)
        body = render_roster(
            outcome.figures,
            outcome.warnings,
            chosen,
            lang,
            pipeline=outcome.pipeline,
            color=color,
            width=width,
        )
    if path is None:  # a workbook only when not to a terminal (``sheet_format``)
        _write(body)
    else:
        _save("roster", lang, path, body, force, sources)
        typer.echo(text("file_written", lang, path=str(path)), err=True)
    raise typer.Exit(1 if strict and outcome.warnings else 0)


def _refuse(message: Message) -> None:
    raise UsageError(message)


def _day(value: str | None) -> date | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(Message("roster_as_of_invalid", value=value)) from None


def run(args: list[str]) -> int:
    """Parse ``args``, run the command, and return the exit code; every way it can fail ends in one
    line on standard error, in the language asked for."""
    lang = language(args)
    if _stdout_closed():
        return _output_failed(Message("stdout_closed"), lang)
    try:
        command = typer.main.get_command(_only(args))
        with command.make_context("zone-gap", list(args)) as ctx:
            command.invoke(ctx)
        code = 0
    except OutputError as e:
        code = _output_failed(e.message, lang)
    except OSError as e:  # help or version text that could not be written
        code = _output_failed(_stdout_failed(e), lang)
    except KeyboardInterrupt:
        code = _interrupted(lang)
    except Exception as e:
        code = _parser_ended(e, args, lang)
    return _flushed(code, lang)


def _stdout_closed() -> bool:
    """Whether the process was started with standard output closed (``>&-``). Then it does nothing:
    the first file it opened would take standard output's number, and what is written to standard
    output would land in that file."""
    if sys.stdout is None:
        return True
    try:
        os.fstat(sys.stdout.fileno())
    except (AttributeError, ValueError):  # no file behind it: a test's capture
        return False
    except OSError:
        return True
    return False


def _only(args: list[str]) -> typer.Typer:
    """The app with only the command ``args`` name, where they name one: building every command's
    parser took 13 ms of a `check`'s start. Anything else (top-level help, a mistyped command) gets
    the whole app, whose list of commands it needs."""
    names = {c.name or c.callback.__name__: c for c in app.registered_commands if c.callback is not None}
    named = next((names[a] for a in args if a in names), None)
    if named is None:
        return app
    single = typer.Typer(**_SETTINGS)
    single.registered_callback = app.registered_callback
    single.registered_commands = [named]
    return single


def _parser_ended(error: Exception, args: list[str], lang: Lang) -> int:
    """The parser's own exceptions (click's, or the copy newer typer releases carry, alike by name):
    an exit code asked for, help when no command is given, Ctrl-C, or a usage error in our words."""
    from zone_gap.cli.usage import usage_message

    kinds = {cls.__name__ for cls in type(error).__mro__}
    if "Exit" in kinds:
        return int(getattr(error, "exit_code", 0))
    if "Abort" in kinds:
        return _interrupted(lang)
    if "NoArgsIsHelpError" in kinds:
        ctx = getattr(error, "ctx", None)
        _write_help(ctx.get_help() if ctx is not None else "")
        return 2
    if "UsageError" in kinds or "ClickException" in kinds:
        _say(f"zone-gap: {usage_message(error, args).render(lang)}")
        return 2
    raise error


def _write_help(help_text: str) -> None:
    with contextlib.suppress(OutputError):
        _write(help_text + "\n")


def _interrupted(lang: Lang) -> int:
    """Ctrl-C: one line, exit code 130 (128 + SIGINT), as shells report it."""
    with contextlib.suppress(OSError):
        typer.echo(text("interrupted", lang), err=True)
    return 130


def _flushed(code: int, lang: Lang) -> int:
    """Standard output flushed while the exit code can still say that it failed."""
    try:
        sys.stdout.flush()
    except OSError as e:
        return _output_failed(_stdout_failed(e), lang)
    return code


def _output_failed(message: Message, lang: Lang) -> int:
    """One line, exit code 2; standard output then points at the null device, so that the
    interpreter's own flush at exit has nothing left to fail on (and print in English)."""
    _say(f"zone-gap: {message.render(lang)}")
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no real stdout: a test's capture
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    return 2
