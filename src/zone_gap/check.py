"""`zone-gap check`: one year's figures against the standard, with what the files doubt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from zone_gap.baseline import Baseline, baseline_files, load_baseline, previous_path
from zone_gap.document import Document
from zone_gap.engine import evaluate
from zone_gap.i18n import Message
from zone_gap.problem import InputError, Problem, UsageError
from zone_gap.quantity import Percent
from zone_gap.result import Report
from zone_gap.standard import Reference, Standard, default_standard_path, load_standard

DEFAULT_DEADLINE = 2023
"""The end of the district's plan (昆府发〔2021〕4号: acceptance by 2023-12)."""


@dataclass(frozen=True)
class CheckSettings:
    baseline: Path | None = None
    baselines_folder: Path = Path("baselines")
    standard: Path | None = None
    previous: Path | None = None
    deadline: int = DEFAULT_DEADLINE
    series: str | None = None
    national_rd: str | None = None


@dataclass(frozen=True)
class CheckOutcome:
    report: Report
    warnings: list[Problem]


def latest_baseline(folder: Path) -> Path:
    files = baseline_files(folder) if folder.is_dir() else {}
    if not files:
        raise UsageError(Message("no_baselines", folder=str(folder)))
    return files[max(files)]


def run_check(settings: CheckSettings) -> CheckOutcome:
    standard = load_standard(settings.standard or default_standard_path())
    national_rd = _national_rd(settings.national_rd)
    _check_series(standard, settings.series)
    path = settings.baseline or latest_baseline(settings.baselines_folder)
    baseline, document = load_baseline(path, standard.clause_ids())
    previous, previous_document = _previous(
        settings.previous or previous_path(path, baseline.year), baseline, standard.clause_ids()
    )
    report = evaluate(
        standard,
        baseline,
        previous=previous,
        deadline=settings.deadline,
        series=settings.series,
        national_rd=national_rd,
    )
    documents = {"baseline": document, "previous": previous_document}
    warnings = [
        documents[c.source].problem(c.path, c.message, severity="warning")  # type: ignore[union-attr]
        for c in report.caveats
    ]
    return CheckOutcome(report, warnings)


def _previous(
    path: Path | None, baseline: Baseline, clause_ids: list[str]
) -> tuple[Baseline | None, Document | None]:
    if path is None:
        return None, None
    previous, document = load_baseline(path, clause_ids)
    if previous.year != baseline.year - 1:
        raise InputError(
            [
                document.problem(
                    ("year",), Message("year_mismatch", found=previous.year, expected=baseline.year - 1)
                )
            ]
        )
    return previous, document


def _national_rd(text: str | None) -> Percent | None:
    if text is None:
        return None
    try:
        return Percent.parse(text)
    except ValueError:
        raise UsageError(Message("percent_format", value=text)) from None


def _check_series(standard: Standard, series: str | None) -> None:
    if series is None:
        return
    tables = {c.at_least.reference for c in standard.numeric() if isinstance(c.at_least, Reference)}
    known = sorted({s for t in tables for s in standard.references[t].series})
    if series not in known:
        raise UsageError(Message("choice_type", choices=", ".join(known)))
