"""The command line: options in, a settings object to the core, text and an exit code out.

Exit codes: 0 every criterion met; 1 some criterion unmet or unknown; 2 bad input or usage.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from zone_gap import __version__
from zone_gap.i18n import Lang
from zone_gap.problem import InputError, UsageError
from zone_gap.render import Format

app = typer.Typer(
    name="zone-gap",
    help="对照自治区级高新区创建标准，检查园区差距。 "
    "How far the park stands from the region's standard for a high-tech zone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

LangOption = Annotated[Lang, typer.Option("--lang", help="输出语言 Output language.")]
FormatOption = Annotated[Format, typer.Option("--format", help="输出格式 Output format.")]


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


def _fail(lines: list[str]) -> typer.Exit:
    for line in lines:
        typer.echo(line, err=True)
    return typer.Exit(2)


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
    standard: Annotated[
        Path | None,
        typer.Option(
            help="标准文件。 Standard file. [default: the shipped standards/inner-mongolia-2020.yaml]",
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
    by: Annotated[int, typer.Option("--by", min=1990, max=2100, help="期限年份 Deadline year.")] = 2023,
    series: Annotated[
        str | None,
        typer.Option(
            help="全国研发强度取值：published（初始发布值）或 revised（修订值）。 "
            "National R&D intensity series: published or revised. [default: published]",
            show_default=False,
        ),
    ] = None,
    national_rd: Annotated[
        str | None,
        typer.Option(
            "--national-rd",
            help="手工指定全国研发强度，如 2.6%。 Override the national R&D intensity, e.g. 2.6%.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = Format.TABLE,
    lang: LangOption = Lang.ZH,
) -> None:
    """检查一年的数据：各项指标是否达标、差距、每年需增多少。

    Check one year's figures: status, gap and the growth needed each year for every criterion.
    Exit code 0 when every criterion is met, 1 when any is unmet or unknown, 2 for bad input.
    """
    from zone_gap.check import CheckSettings, run_check
    from zone_gap.render import render

    settings = CheckSettings(
        baseline=file,
        standard=standard,
        previous=previous,
        deadline=by,
        series=series,
        national_rd=national_rd,
    )
    try:
        outcome = run_check(settings)
    except InputError as e:
        raise _fail([p.render(lang) for p in e.problems]) from None
    except UsageError as e:
        raise _fail([f"zone-gap check: {e.message.render(lang)}"]) from None
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    if fmt is not Format.TABLE:
        for warning in outcome.warnings:
            typer.echo(warning.render(lang), err=True)
    width = shutil.get_terminal_size((120, 24)).columns
    sys.stdout.write(render(outcome.report, outcome.warnings, fmt, lang, color=color, width=width))
    raise typer.Exit(0 if outcome.report.all_met else 1)


def main() -> None:
    app()
