"""A figures file: a park's (or an enterprise's) figures for one year, as the office types them,
read against the model its standard declares, and where to find them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Any, ClassVar, Protocol, cast

from pydantic import BeforeValidator, ConfigDict, Field, create_model

from zone_gap.choices import FIRST_YEAR, LAST_YEAR
from zone_gap.figures.quantity import Amount, Count, Number, Percent, Rate, Share, plain_number
from zone_gap.i18n import Message
from zone_gap.io.description import Described
from zone_gap.io.document import Document, KeyPath, load_document
from zone_gap.io.model import FileModel, Names, closest, parse_model
from zone_gap.io.problem import InputError, Problem
from zone_gap.standard.model import Standard

Year = Annotated[int, Field(strict=True, ge=FIRST_YEAR, le=LAST_YEAR)]


class Finding(FileModel):
    """Whether a qualitative clause is met, and the evidence for saying so."""

    met: Annotated[bool, Field(strict=True)]
    evidence: str = ""


class Baseline(FileModel):
    """A figures file: what one park (or enterprise) stood at in one year. The figures themselves
    are fields of the model each standard makes of its ``figures:`` block (``figures_model``)."""

    subject: ClassVar[str] = "park"
    figure_names: ClassVar[dict[str, Names]] = {}
    """Each figure's name in the standard, for a message about its value."""
    """The key that names what the file describes: ``park`` or ``enterprise``."""

    year: Annotated[Year, Field(description="数据年份（必填），与文件名一致")]
    as_of: date | None = Field(default=None, description="若为年中数据，写截至日期，如 2022-06-30")
    standard: str | None = Field(
        default=None, description="本文件对照的标准编号，如 inner-mongolia-2020；缺省为所用标准"
    )
    qualitative: Annotated[
        dict[
            str,
            Annotated[
                Finding,
                Described(
                    "该条款是否满足及其依据",
                    met="是否满足该条款：true 或 false",
                    evidence="依据：文件、数据或事实（可不填）",
                ),
            ],
        ],
        BeforeValidator(lambda v: {} if v is None else v),
        Field(
            description="定性条款：条款编号 → {met: true|false, evidence: 依据}",
            json_schema_extra={"type": ["object", "null"]},  # blank, as `new` writes it, is none yet
        ),
    ] = {}
    """An empty ``qualitative:`` (every clause still commented out) means none is given yet."""

    @property
    def subject_name(self) -> str:
        """The name of what the file describes (a park's, or an enterprise's)."""
        name: str = getattr(self, self.subject)
        return name

    def figure(self, name: str) -> Fraction | None:
        """A count, amount or percentage (as a fraction) by its key; ``None`` when not given."""
        value = getattr(self, name)
        if value is None:
            return None
        return value.value if isinstance(value, Percent) else Fraction(value)

    def reported(self, name: str | None) -> Percent | None:
        return None if name is None else getattr(self, name)


_TYPES: dict[str, Any] = {"count": Count, "amount": Amount, "share": Share, "rate": Rate, "number": Number}
_SUBJECTS = {"park": "园区名称（必填）", "enterprise": "企业名称（必填）"}


def figures_model(standard: Standard) -> type[Baseline]:
    """The model of a figures file of ``standard``: the name of its subject, then every figure the
    standard declares, each optional (a figure not given is unknown) and of its unit's type."""
    fields: dict[str, Any] = {
        standard.subject: (Annotated[str, Field(description=_SUBJECTS[standard.subject])], ...)
    }
    for key, figure in standard.figures.items():
        description = figure.description or figure.name.zh
        fields[key] = (_TYPES[figure.unit] | None, Field(default=None, description=description))
    model = create_model(f"Figures[{standard.id}]", __base__=Baseline, __doc__=standard.name.zh, **fields)
    model.subject = standard.subject
    model.figure_names = {key: figure.name for key, figure in standard.figures.items()}
    return cast(type[Baseline], model)


class _AnyFigures(Baseline):
    """A figures file read without its standard: the year, date, name and clauses are checked; the
    figures, whose units only the standard declares, are left for when it can be read."""

    model_config = ConfigDict(extra="allow", frozen=True)
    park: str | None = None
    enterprise: str | None = None


def read_without_standard(document: Document, named_year: int | None = None) -> list[Problem]:
    """What can be found wrong in a figures file whose standard cannot be read."""
    try:
        baseline = parse_model(document, _AnyFigures)
    except InputError as e:
        return e.problems
    return _dates(document, baseline, named_year)


class Figures(Protocol):
    """What ``relations`` reads: a figure by its key, as a fraction; ``None`` when not given."""

    def figure(self, name: str) -> Fraction | None: ...


@dataclass(frozen=True)
class ExactFigures:
    """Figures known exactly, by key — a roster's row — read as a figures file's are read
    (``None``, or no key: not given)."""

    values: Mapping[str, Fraction | None]

    def figure(self, name: str) -> Fraction | None:
        return self.values.get(name)


def written(unit: str | None, value: Fraction) -> object:
    """An exact figure as the figures model takes it: a count as a whole number, a share or rate as a
    percentage with every place it has (never through text, which would round 9.9999999% to 10%), any
    other figure as it is. A count that is not whole stays a fraction, for the model to refuse."""
    if unit == "count" and value.denominator == 1:
        return int(value)
    if unit in ("share", "rate"):
        return Percent.exact(value)
    return value


def relations(baseline: Figures, standard: Standard) -> list[tuple[KeyPath, Message]]:
    """Figures that cannot all be true at once, each with the key to point at: a part above its
    whole, and two overlapping sets that hold more distinct members than their whole. ``baseline``
    is a figures file, or a roster's row (``ExactFigures``): both are held to the same relations."""
    found: list[tuple[KeyPath, Message]] = []
    for part, whole in standard.parts_and_wholes:
        p, w = baseline.figure(part), baseline.figure(whole)
        if p is not None and w is not None and p > w:
            values = {"part_value": plain_number(p), "whole_value": plain_number(w)}
            found.append(((part,), Message("more_than", part=part, whole=whole, **values)))
    for criterion in standard.relating:
        found += criterion.relations(baseline)
    return found


def load_baseline(path: Path, standard: Standard) -> tuple[Baseline, Document]:
    """Read one figures file (see ``read_baseline``)."""
    document = load_document(path)
    return read_baseline(document, standard, file_year(path)), document


def file_year(path: Path) -> int | None:
    """The year a figures file's name gives (``2022.yaml``), if it gives one."""
    return int(path.stem) if path.stem.isdigit() and path.suffix in (".yaml", ".yml") else None


def named_standard(document: Document) -> str | None:
    """The standard a figures file names (``standard: <id>``), if it names one."""
    data = document.data
    named = data.get("standard") if isinstance(data, dict) else None
    return named if isinstance(named, str) else None


def read_baseline(document: Document, standard: Standard, named_year: int | None = None) -> Baseline:
    """A figures file from its document, read as ``standard`` declares it. Figures that contradict
    each other are errors too, and so are a ``year`` at odds with the file's name, an ``as_of``
    outside the year, clause ids the standard does not have and another standard named; all are
    reported at once."""
    other = _other_subject(document, standard)
    if other is not None:  # one line, not a guess for every key of the other subject's figures
        raise InputError(sorted([other, *_other_standard(document, standard)], key=Problem.order))
    problems = unknown_clauses(document, standard.clause_ids()) + _other_standard(document, standard)
    try:
        baseline = parse_model(document, standard.figures_model)
    except InputError as e:
        raise InputError(sorted(problems + e.problems, key=Problem.order)) from e
    problems += [document.problem(key, message) for key, message in relations(baseline, standard)]
    problems += _dates(document, baseline, named_year)
    if problems:
        raise InputError(sorted(problems, key=Problem.order))
    return baseline


def _other_subject(document: Document, standard: Standard) -> Problem | None:
    """A file of the other subject (a park's figures read against an enterprise standard, or the
    reverse): named by its subject key, without the standard's own."""
    data = document.data if isinstance(document.data, dict) else {}
    subject, other = standard.subject, other_subject(standard)
    if other not in data or subject in data:
        return None
    return document.problem((other,), other_subject_message(standard), key=True)


def other_subject(standard: Standard) -> str:
    """The subject a file of figures for another standard than ``standard``'s kind describes."""
    return "enterprise" if standard.subject == "park" else "park"


def other_subject_message(standard: Standard) -> Message:
    """What a file of the other subject is told, in `check`, `validate` and the editor alike."""
    subject, other = standard.subject, other_subject(standard)
    return Message(
        "subject_other",
        standard=standard.name,
        subject=subject,
        other=other,
        of_subject=Message(f"subject_word_{subject}"),
        of_other=Message(f"subject_word_{other}"),
    )


def _dates(document: Document, baseline: Baseline, named_year: int | None) -> list[Problem]:
    """A ``year`` at odds with the file's name, an ``as_of`` outside the year."""
    problems = []
    if named_year is not None and baseline.year != named_year:
        problems.append(
            document.problem(("year",), Message("year_not_file", year=baseline.year, named=named_year))
        )
    if baseline.as_of is not None and baseline.as_of.year != baseline.year:
        problems.append(
            document.problem(
                ("as_of",), Message("as_of_outside", as_of=baseline.as_of.isoformat(), year=baseline.year)
            )
        )
    return problems


def _other_standard(document: Document, standard: Standard) -> list[Problem]:
    """Another standard named than the one used; one that is no standard at all said so, with the
    nearest id (never advice to use an id that does not exist)."""
    from zone_gap.io.shipped import shipped_standards

    named = named_standard(document)
    if named is None or named == standard.id:
        return []
    known = list(shipped_standards())
    if named not in known:
        hint = closest(named, known)
        message = Message("figures_unknown_standard", named=named, ids=", ".join(known), hint=hint)
        return [document.problem(("standard",), message)]
    return [document.problem(("standard",), Message("figures_other_standard", named=named, used=standard.id))]


def unknown_clauses(document: Document, clause_ids: list[str]) -> list[Problem]:
    """Clause ids under ``qualitative`` that the standard does not have, with the nearest real one."""
    data = document.data
    given = data.get("qualitative") if isinstance(data, dict) else None
    if not isinstance(given, dict):
        return []
    return [
        document.problem(
            ("qualitative", key),
            Message("unknown_clause", key=key, hint=closest(str(key), clause_ids)),
            key=True,
        )
        for key in given
        if key not in clause_ids
    ]
