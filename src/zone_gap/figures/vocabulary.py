"""The words of a standard that a result carries with it: a figure named as the standard names it,
and what to supply to make an unknown result known. A renderer needs nothing else to say them."""

from __future__ import annotations

from dataclasses import dataclass

from zone_gap.i18n import Lang, text
from zone_gap.io.model import Names


@dataclass(frozen=True)
class FigureRef:
    """A figure's key, with its name in the standard that produced the result (none for a key the
    standard does not declare, such as a clause): 盟市高新技术企业总数（`city_high_tech_enterprises`）."""

    key: str
    name: Names | None = None
    year: int | None = None
    """The figure of another year's file, ``<year>.yaml`` (last year's, for growth)."""

    @property
    def written(self) -> str:
        """As a person types it: ``high_tech_enterprises``, or ``2019.yaml: high_tech_enterprises``."""
        return self.key if self.year is None else f"{self.year}.yaml: {self.key}"

    def text(self, lang: Lang) -> str:
        named = (
            f"`{self.key}`"
            if self.name is None
            else text("field_named", lang, name=self.name.text(lang), key=self.key)
        )
        return (
            named if self.year is None else text("field_in_file", lang, file=f"{self.year}.yaml", name=named)
        )


@dataclass(frozen=True)
class Noun:
    """The word a count is said in: a Chinese measure word (家, 人, 件) that English does without."""

    zh: str

    def text(self, lang: Lang) -> str:
        return self.zh if lang == Lang.ZH else ""


@dataclass(frozen=True)
class Need:
    """One way to make an unknown result known: write every figure of ``figures``."""

    figures: tuple[FigureRef, ...]

    @property
    def key(self) -> str:
        """The keys as a person types them: ``tech_smes + tech_smes_also_high_tech``."""
        return " + ".join(f.written for f in self.figures)

    def text(self, lang: Lang) -> str:
        return " + ".join(f.text(lang) for f in self.figures)

    def names(self, lang: Lang) -> str:
        """The figures by their names alone, as a roster's columns are headed: 科技人员数 + 职工总数;
        another year's with its file (2021.yaml: 高新技术企业数)."""
        named = ((f, f.name.text(lang) if f.name is not None else f.key) for f in self.figures)
        return " + ".join(name if f.year is None else f"{f.year}.yaml: {name}" for f, name in named)

    def simplest(self) -> tuple[int, bool]:
        """For choosing among ways to supply: the fewest figures, then one another year's file gives
        (a figure typed as it is) before one worked out from it."""
        return len(self.figures), not any(f.year is not None for f in self.figures)
