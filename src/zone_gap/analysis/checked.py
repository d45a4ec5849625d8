"""One file as `validate` found it: its kind and every problem. Its own module: only `validate`
and its renderers need it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from zone_gap.choices import Kind
from zone_gap.i18n import Message
from zone_gap.io.problem import Position, Problem
from zone_gap.standard.baseline import Baseline

if TYPE_CHECKING:
    from zone_gap.io.document import Document
    from zone_gap.standard.model import Standard
    from zone_gap.standard.plan import Plan


@dataclass
class Checked:
    """One file: its kind and every problem found. A baseline keeps its year and park (with where
    they stood) for the folder checks, a standard its model for the reference-year check; the rest
    of what was read is let go, so that checking 10,000 files holds no more than checking one."""

    name: str
    path: Path | None
    kind: Kind | Literal["cases"] | None = None
    problems: list[Problem] = field(default_factory=list)
    document: Document | None = None
    model: Standard | Baseline | Plan | None = None
    year: int | None = None
    park: str | None = None
    subject: str = ""
    places: dict[str, Position | None] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def problem(self, key: str, message: Message, severity: str = "error") -> Problem:
        return Problem(self.name, self.places.get(key), message, severity)

    def let_go(self) -> None:
        if isinstance(self.model, Baseline) and self.document is not None:
            self.year, self.park, self.subject = self.model.year, self.model.subject_name, self.model.subject
            self.places = {
                "year": self.document.position(("year",)),
                "park": self.document.position((self.model.subject,)),
            }
        if self.kind is not Kind.STANDARD:
            self.document, self.model = None, None
