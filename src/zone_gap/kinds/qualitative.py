"""``qualitative``: a clause of the standard's text, met or not as the file says, with its evidence.

PASS: ``qualitative: {boundaries: {met: true, evidence: 四至范围已批复}}``
UNKNOWN: the clause not given — never taken as met or unmet.
A clause worded as encouragement (鼓励, ``encouraged: true``) is shown but not counted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from zone_gap.figures.vocabulary import FigureRef, Need
from zone_gap.kinds._base import Criterion
from zone_gap.maths.result import Result, Status

if TYPE_CHECKING:
    from zone_gap.kinds.context import Evaluation

KIND = "qualitative"


class QualitativeCriterion(Criterion):
    kind: Literal["qualitative"]
    encouraged: bool = False
    """Worded as encouragement (鼓励): shown, but not counted towards the verdict."""

    numeric: ClassVar[bool] = False

    def evaluate(self, context: Evaluation) -> Result:
        finding = context.baseline.qualitative.get(self.id)
        if finding is None:
            need = Need((FigureRef(f"qualitative.{self.id}"),))
            return self.result(Status.UNKNOWN, supply=(need,), encouraged=self.encouraged)
        status = Status.MET if finding.met else Status.UNMET
        return self.result(status, evidence=finding.evidence or None, encouraged=self.encouraged)
