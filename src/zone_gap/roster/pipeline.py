"""The certificate pipeline: which high-tech enterprise certificates lapse before the deadline, how
many stay valid each year end with no renewal, how many renewed and new certificates each year must
bring to reach the plan's target and the standard's growth, and the enterprises that could bring them.

How certificates are counted (said in the output too): a certificate counts at a year end when it is
valid that day; one granted (new or renewed) during a year counts at that year end and the next two,
and lapses during the third year after it; a renewal keeps a certificate that lapses that year, a new
one adds one. Each year's count on a path is the least whole number that meets the goal.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction

from zone_gap.analysis.engine import evaluate
from zone_gap.figures.calendar import year_end
from zone_gap.figures.quantity import Percent, percent_text, plain_number
from zone_gap.figures.vocabulary import Need, Noun
from zone_gap.i18n import Message
from zone_gap.io.model import Names
from zone_gap.maths.result import Bounds, Report, Result, Status
from zone_gap.roster.figures import counted_in, roster_figures
from zone_gap.roster.model import CERTIFICATE_YEARS, Enterprise, Roster
from zone_gap.standard.baseline import Baseline, written
from zone_gap.standard.model import Standard
from zone_gap.standard.plan import Plan

HIGH_TECH = "high_tech_enterprises"
"""The park standard's figure the certificates count into, and the plan's target for it."""


@dataclass(frozen=True)
class Lapse:
    """A certificate held at the roster's year end that lapses before the end of the deadline year."""

    name: str
    credit_code: str
    expires: date
    """The last day it is valid."""


@dataclass(frozen=True)
class Step:
    """One year of a path: the certificates valid at its end, those lapsing in it (a holder leaving
    the park takes its certificate with it, and is counted here too), and what the year must bring —
    ``needed`` renewed and new together, of which at least ``new`` new ones (all the lapsing ones still
    in the park renewed; one that left cannot be); every lapsing one not renewed is one more new one."""

    year: int
    valid: int
    lapsing: int
    needed: int
    new: int


@dataclass(frozen=True)
class Route:
    """The least path to one goal: the plan's target (``plan_target``) or the standard's growth
    (``growth``)."""

    goal: str
    name: Names
    steps: tuple[Step, ...]
    at_least: int | None = None
    """The plan's count at the deadline."""
    per_year: int | None = None
    """The plan's yearly increase."""
    rate: Percent | None = None
    """The standard's year-on-year growth."""


@dataclass(frozen=True)
class Gap:
    """A criterion of the enterprise standard a candidate does not meet, in the enterprise's terms."""

    criterion: str
    message: Message
    gap: Fraction | None = None
    gap_amount: Fraction | None = None
    gap_count: int | None = None


@dataclass(frozen=True)
class Judgement:
    """A candidate against one enterprise standard, on the conditions a roster can carry (a clause —
    core IP, a supported field, no major accident — is not judged from a roster, and a path that
    rests on one stays open): unmet where a condition it must meet fails, else unknown where one is
    open, else met."""

    status: Status
    gaps: tuple[Gap, ...] = ()
    supply: tuple[tuple[Need, ...], ...] = ()
    """What to supply where the verdict is unknown, one entry a criterion: its alternatives."""
    figures_given: int = 0
    """How many of the standard's figures the row carries."""
    score: Bounds | None = None
    """For a scored standard: the total, a range where parts are ranges or unknown."""

    def distance(self) -> tuple[int, int, Fraction, int]:
        """How far from meeting the standard, for putting the nearest first: met, then unknown, then
        unmet; within each the fewest conditions unmet or unknown, then the fewest points or amounts
        short, then the most figures given."""
        order = {Status.MET: 0, Status.UNKNOWN: 1, Status.UNMET: 2}[self.status]
        short = sum((g.gap or Fraction(0) for g in self.gaps), Fraction(0))
        return (order, len(self.gaps) + len(self.supply), short, -self.figures_given)


@dataclass(frozen=True)
class Candidate:
    """An enterprise in the park that could bring a certificate or registration: judged against
    each enterprise standard the park counts."""

    name: str
    credit_code: str
    tech_sme: bool | None
    certificate_expires: date | None
    """The last valid day of a certificate held at the roster's year end (a renewal), else ``None``."""
    standards: dict[str, Judgement]
    """By the enterprise standard's id."""


@dataclass(frozen=True)
class Mover:
    """A candidate that would count in a park criterion's figures, through one enterprise standard."""

    candidate: Candidate
    standard: str
    judgement: Judgement


@dataclass(frozen=True)
class Closing:
    """A park criterion that counts enterprises, on the roster's figures, and the candidates that
    would close its gap, nearest first; ``after`` is the criterion on the figures the roster would
    give if every mover that meets its standard succeeded (``ready`` of them)."""

    now: Result
    after: Result
    movers: tuple[Mover, ...]
    ready: int


@dataclass(frozen=True)
class Pipeline:
    year: int
    by: int
    valid_now: int | None
    """Certificates valid at the year's end; ``None`` where the roster has no issue-date column to
    tell (then nothing of the certificates is worked out: no lapses, no paths)."""
    expiring: tuple[Lapse, ...]
    valid_without_renewal: dict[int, int]
    routes: tuple[Route, ...]
    candidates: tuple[Candidate, ...]
    enterprise_standards: dict[str, Names]
    """The enterprise standards the candidates are judged against, by id."""
    closings: tuple[Closing, ...] = ()
    notes: tuple[Message, ...] = ()


def certificate_pipeline(
    roster: Roster,
    *,
    by: int,
    standard: Standard,
    plan: Plan | None,
    enterprise_standards: Sequence[Standard],
    previous: Baseline | None = None,
    as_of: date | None = None,
) -> Pipeline:
    """The pipeline of ``roster`` to the end of ``by``: the park's ``standard`` gives the growth to
    keep, ``plan`` (if any) the count to reach, each of ``enterprise_standards`` that counts in one of
    the park's figures the conditions a candidate must meet to count there. A certificate counts at a
    year end only if its holder is in the park that day (the roster's 迁出日期). ``previous``: last
    year's figures file, for the growth of a count."""
    end = year_end(roster.year)
    park = [e for e in roster.enterprises if e.in_park(end)]
    held = [e for e in park if e.high_tech(end)]
    expiring = sorted(
        (Lapse(e.name, e.credit_code, e.expires) for e in held if e.expires and e.expires < year_end(by)),
        key=lambda lapse: (lapse.expires, lapse.credit_code),
    )
    years = range(roster.year, max(by, roster.year) + 1)
    counted = {y: [e for e in held if e.in_park(year_end(y)) and e.high_tech(year_end(y))] for y in years}
    valid = {y: len(counted[y]) for y in years}
    lapsing = {y: valid[y - 1] - valid[y] for y in years if y > roster.year}
    leaving = {y: sum(not e.in_park(year_end(y)) for e in counted[y - 1]) for y in lapsing}
    routes = [
        r
        for r in (
            _plan_route(plan, len(held), lapsing, leaving),
            _growth_route(standard, len(held), lapsing, leaving),
        )
        if r is not None and r.steps
    ]
    notes = [Message("pipeline_assumption", years=CERTIFICATE_YEARS)]
    if any(leaving.values()):
        notes.append(Message("pipeline_leaving", count=sum(leaving.values()), by=by))
    if by <= roster.year:
        notes.append(Message("pipeline_no_years", year=roster.year, by=by))
    judged_by = [s for s in enterprise_standards if s.counts_as in standard.figures]
    for s in enterprise_standards:  # one that names no figure of the park's counts nowhere: said
        if s.counts_as is not None and s.counts_as not in standard.figures:
            notes.append(Message("pipeline_counts_nowhere", standard=s.name, figure=s.counts_as))
    found = candidates(park, roster.year, judged_by, by)
    if "hte_issued" not in roster.columns:  # no certificate is known, which is not none held
        notes.insert(0, Message("pipeline_no_certificates"))
        expiring, valid, routes = [], {}, []
    return Pipeline(
        year=roster.year,
        by=by,
        valid_now=len(held) if "hte_issued" in roster.columns else None,
        expiring=tuple(expiring),
        valid_without_renewal=valid,
        routes=tuple(routes),
        candidates=tuple(found),
        enterprise_standards={s.id: s.name for s in judged_by},
        closings=tuple(closings(roster, standard, judged_by, found, previous, as_of)),
        notes=tuple(notes),
    )


def walk(
    start: int,
    targets: Iterable[tuple[int, int]],
    lapsing: dict[int, int],
    leaving: Mapping[int, int] | None = None,
) -> tuple[Step, ...]:
    """The steps of a path from ``start`` through ``(year, count)``: each year's lapses are those of
    the roster's certificates plus those granted on the path three years before; ``leaving``, of the
    roster's, those whose holders leave the park that year, which no renewal keeps."""
    granted: dict[int, int] = {}
    steps = []
    before = start
    for year, count in targets:
        lapses = lapsing.get(year, 0) + granted.get(year - CERTIFICATE_YEARS, 0)
        net = count - before
        needed = max(0, net + lapses)
        renewable = lapses - (leaving or {}).get(year, 0)
        granted[year] = needed
        steps.append(Step(year, count, lapses, needed, max(0, needed - renewable)))
        before = count
    return tuple(steps)


def _plan_route(
    plan: Plan | None, start: int, lapsing: dict[int, int], leaving: Mapping[int, int]
) -> Route | None:
    """The plan's yearly increase, and more where the rest of the target spread evenly over the years
    left asks more; never fewer than the year before."""
    target = next((t for t in plan.targets if t.id == HIGH_TECH), None) if plan else None
    if target is None or not isinstance(target.at_least, int) or not isinstance(target.per_year, int):
        return None
    path, count = [], start
    years = sorted(lapsing)
    for i, year in enumerate(years):
        left = len(years) - i
        count += max(target.per_year, math.ceil(Fraction(target.at_least - count, left)), 0)
        path.append((year, count))
    return Route(
        "plan_target",
        target.name,
        walk(start, path, lapsing, leaving),
        at_least=target.at_least,
        per_year=target.per_year,
    )


def _growth_route(
    standard: Standard, start: int, lapsing: dict[int, int], leaving: Mapping[int, int]
) -> Route | None:
    """At least the standard's growth every year (from none, any one is growth)."""
    rate = next((r for c in standard.numeric() if (r := c.growth_of(HIGH_TECH)) is not None), None)
    if rate is None:
        return None
    path, count = [], start
    for year in sorted(lapsing):
        count = max(math.ceil(count * (1 + rate.value)), 1)
        path.append((year, count))
    return Route("growth", standard.figures[HIGH_TECH].name, walk(start, path, lapsing, leaving), rate=rate)


def candidates(park: list[Enterprise], year: int, standards: Sequence[Standard], by: int) -> list[Candidate]:
    """The tech-based SMEs without a certificate valid at the year's end, and every enterprise without
    one or whose certificate lapses before the end of ``by`` whose row carries a figure of one of the
    enterprise ``standards``, in the roster's order, each judged against each of them."""
    end, deadline = year_end(year), year_end(by)
    keys = {key for s in standards for key in s.figures}
    found = []
    for enterprise in park:
        holds = enterprise.high_tech(end)
        renewing = holds and enterprise.expires is not None and enterprise.expires < deadline
        figures = {k: v for k, v in enterprise.amounts.items() if k in keys and v is not None}
        if (holds and not renewing) or not (figures or (enterprise.tech_sme and not holds)):
            continue
        judged = {s.id: judge(enterprise.name, figures, year, s) for s in standards}
        expires = enterprise.expires if holds else None
        found.append(Candidate(enterprise.name, enterprise.credit_code, enterprise.tech_sme, expires, judged))
    return found


def judge(name: str, figures: Mapping[str, Fraction], year: int, standard: Standard) -> Judgement:
    """``figures`` against ``standard`` as `check` judges a figures file of them, every clause open."""
    given = {k: v for k, v in figures.items() if k in standard.figures}
    report = evaluate(standard, _figures(name, year, given, standard), deadline=year)
    decided = [r for r in report.counted() if _judged(r, standard)]
    leaves = [r for r in _walk(decided) if r.measured]
    unmet = [r for r in leaves if r.status is Status.UNMET]
    unknown = [r for r in leaves if r.status is Status.UNKNOWN and r.supply]
    status = _all_of([r.status for r in decided])
    score = next((r.actual for r in _walk(decided) if _scored(r, standard, given)), None)
    supply = tuple(dict.fromkeys(r.supply for r in unknown)) if status is Status.UNKNOWN else ()
    return Judgement(status, tuple(gap(r, standard) for r in unmet), supply, len(given), score)


def _judged(result: Result, standard: Standard) -> bool:
    """Counted towards a candidate's verdict: a numeric criterion or a group, not a bare clause."""
    criterion = standard.find(result.id)
    return criterion is not None and criterion.numeric


def _scored(result: Result, standard: Standard, given: Mapping[str, Fraction]) -> bool:
    """A score of which some figure is given (with none, it is only the whole range of points)."""
    criterion = standard.find(result.id)
    return (
        criterion is not None
        and criterion.scored
        and any(key in given for member, _ in criterion.members() for key, _ in member.figure_keys())
    )


def _walk(results: Iterable[Result]) -> Iterator[Result]:
    for result in results:
        yield result
        yield from _walk(result.branches)


def _all_of(statuses: list[Status]) -> Status:
    if Status.UNMET in statuses:
        return Status.UNMET
    return Status.MET if all(s is Status.MET for s in statuses) else Status.UNKNOWN


def closings(
    roster: Roster,
    park: Standard,
    standards: Sequence[Standard],
    found: Sequence[Candidate],
    previous: Baseline | None = None,
    day: date | None = None,
) -> list[Closing]:
    """Each criterion of the ``park`` standard that reads a figure an enterprise standard counts in,
    on the roster's figures on ``day`` (default: its year's end; ``previous``, last year's file, for a
    growth), with the candidates that would count in it nearest first — each through the standard it
    is nearest to, of all that count in the criterion's figures — and the criterion again as it
    would stand if every one of them that meets its standard succeeded."""
    day = day or roster.year_end()
    names = {key: figure.name for key, figure in park.figures.items()}
    figures = roster_figures(roster, day, names)
    now = _report(park, roster, figures.values, previous)
    through: dict[str, list[str]] = {}
    for s in standards:
        if s.counts_as is not None:
            through.setdefault(s.counts_as, []).append(s.id)
    counts_in = {s.id: s.counts_as for s in standards}
    by_code = {e.credit_code: e for e in roster.enterprises}
    found_closings = []
    for criterion, _ in park.members():
        reads = {key for member, _ in criterion.members() for key, _ in member.figure_keys()}
        counts = [f for f in through if f in reads]
        if not counts or not criterion.numeric:
            continue
        counted = {e.credit_code for f in counts for e in figures.behind.get(f, [])}
        movers = sorted(
            (
                min(
                    (Mover(c, s, c.standards[s]) for f in counts for s in through[f]),
                    key=lambda m: m.judgement.distance(),
                )
                for c in found
                if c.credit_code not in counted
            ),
            key=lambda m: m.judgement.distance(),
        )
        ready = [m for m in movers if m.judgement.status is Status.MET]
        changed = list(roster.enterprises)
        for mover in ready:
            enterprise = by_code[mover.candidate.credit_code]
            figure = str(counts_in[mover.standard])
            changed[changed.index(enterprise)] = counted_in(figure, enterprise, day)
        changed_figures = roster_figures(replace(roster, enterprises=tuple(changed)), day).values
        after = _report(park, roster, changed_figures, previous)
        found_closings.append(
            Closing(now.by_id()[criterion.id], after.by_id()[criterion.id], tuple(movers), len(ready))
        )
    return found_closings


def _report(
    park: Standard, roster: Roster, values: Mapping[str, Fraction | None], previous: Baseline | None
) -> Report:
    given = {k: v for k, v in values.items() if v is not None and k in park.figures}
    baseline = _figures(roster.path, roster.year, given, park)
    return evaluate(park, baseline, previous=previous, deadline=roster.year)


def _figures(name: str, year: int, figures: Mapping[str, Fraction], standard: Standard) -> Baseline:
    """The figures as ``standard``'s model, from their exact values; the roster's reader has refused
    any the model would refuse, at its cell."""
    given = {key: written(standard.unit(key), value) for key, value in figures.items()}
    return standard.figures_model.model_validate({standard.subject: name, "year": year, **given})


def gap(result: Result, standard: Standard) -> Gap:
    """What an unmet criterion asks of the enterprise, in its own terms: the amount or count its
    numerator is short by, else the points its share is short by, else the figure's bar."""
    criterion = standard.find(result.id)
    shown = {"threshold": _shown(result, result.threshold), "actual": _shown(result, _actual(result))}
    numerator = getattr(criterion, "numerator", None)
    if numerator is not None and result.gap_amount is not None:
        amount = Fraction(math.ceil(result.gap_amount * 100), 100)
        message = Message(
            "candidate_gap_amount",
            name=standard.figures[numerator].name,
            amount=plain_number(amount),
            **shown,
        )
        return Gap(result.id, message, result.gap, result.gap_amount)
    if numerator is not None and result.gap_count is not None:
        message = Message(
            "candidate_gap_count",
            name=standard.figures[numerator].name,
            n=result.gap_count,
            noun=Noun(standard.noun(numerator)),
            **shown,
        )
        return Gap(result.id, message, result.gap, gap_count=result.gap_count)
    if result.unit == "ratio":
        points = percent_text(result.gap or Fraction(0)).rstrip("%")
        return Gap(
            result.id, Message("candidate_gap_points", name=result.name, points=points, **shown), result.gap
        )
    if result.gap is None and result.notes:  # its own bar passes; a condition beside it does not
        said = next((n for n in result.notes if n.key == "score_part_bar"), result.notes[-1])
        return Gap(result.id, Message("candidate_gap_condition", name=result.name, condition=said))
    # the figure the bar is on; for a score, the total as typed
    figure = getattr(criterion, "figure", None) or getattr(criterion, "typed", None)
    name = standard.figures[figure].name if figure else result.name
    message = Message(f"candidate_gap_{result.comparison}", name=name, **shown)
    return Gap(result.id, message, result.gap, gap_count=result.gap_count)


def _actual(result: Result) -> Fraction | Bounds | None:
    """The figure, or where only its range is known (a score whose parts are ranges), the range."""
    bounds = result.actual
    if bounds is None:
        return None
    return bounds.value if bounds.value is not None else bounds


def _shown(result: Result, value: Fraction | Bounds | None) -> str:
    if isinstance(value, Bounds):
        low, high = (_shown(result, v) for v in (value.low, value.high))
        return "—" if value.low is None and value.high is None else f"{low}–{high}"
    if value is None:
        return "—"
    if result.unit == "ratio":
        actual = _actual(result)
        other = result.threshold if value != result.threshold else actual
        return percent_text(value, 2, [other] if not isinstance(other, Bounds) else [])
    if result.unit == "amount":  # 20000 万元, as the clause's 2亿元 is meant; never a bare 20000
        return f"{plain_number(value)} 万元"
    return plain_number(value)
