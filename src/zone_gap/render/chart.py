"""Small static line charts as inline SVG: the yearly figures, the threshold, the path the deadline
requires and the projected trend. Written by hand: a chart library would bring scripts or a
rendering stack for four polylines."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from html import escape

from zone_gap.quantity import decimal_text

WIDTH, HEIGHT = 640, 250
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 14, 66

Point = tuple[Fraction, Fraction]
"""A year (fractional for mid-year figures) and a figure, exact: floats only for drawing."""


@dataclass(frozen=True)
class Series:
    label: str
    points: list[Point]
    style: str  # "actual" | "threshold" | "required" | "plan" | "projected"


@dataclass(frozen=True)
class Chart:
    title: str
    unit: str  # "count" | "ratio"
    series: list[Series] = field(default_factory=list)
    empty_text: str = ""


_STROKE = {
    "actual": 'stroke="#1f4e79" stroke-width="2.5"',
    "threshold": 'stroke="#c0392b" stroke-width="1.8" stroke-dasharray="7 4"',
    "required": 'stroke="#2e8b57" stroke-width="1.8" stroke-dasharray="2 4"',
    "projected": 'stroke="#1f77b4" stroke-width="2" stroke-dasharray="9 5"',
    "plan": 'stroke="#8e44ad" stroke-width="1.6" stroke-dasharray="10 3 2 3"',
}


def _nice_step(span: float) -> float:
    raw = span / 5 if span > 0 else 1
    power = 10 ** math.floor(math.log10(raw))
    step: float = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step


def _label(value: Fraction, unit: str, against: list[Fraction] | None = None) -> str:
    """A figure on the chart, trailing zeros dropped; with the digits that tell it from the threshold
    it is drawn beside (``against``)."""
    scale, places = (100, 2) if unit == "ratio" else (1, 1)
    shown = decimal_text(value * scale, places, [a * scale for a in against or []])
    shown = shown.rstrip("0").rstrip(".") if "." in shown else shown
    return f"{shown}%" if unit == "ratio" else shown


def render_chart(chart: Chart, *, legend: bool = True) -> str:
    """The chart as an ``<svg>`` element with a ``viewBox``, so it scales to its box."""
    points = [(float(x), float(y)) for s in chart.series for x, y in s.points]
    bars: dict[Fraction, list[Fraction]] = {}
    for series in chart.series:
        if series.style == "threshold":
            for x, y in series.points:
                bars.setdefault(x, []).append(y)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{escape(chart.title)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    if not points:
        parts.append(
            f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" class="empty">'
            f"{escape(chart.empty_text)}</text></svg>"
        )
        return "".join(parts)
    xs = [x for x, _ in points]
    x0, x1 = math.floor(min(xs)), math.ceil(max(xs))
    x1 = max(x1, x0 + 1)
    step = _nice_step(max(y for _, y in points) * 1.08)
    y1 = step * math.ceil(max(y for _, y in points) * 1.08 / step) or step

    def sx(x: float) -> float:
        return LEFT + (x - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT)

    def sy(y: float) -> float:
        return HEIGHT - BOTTOM - y / y1 * (HEIGHT - TOP - BOTTOM)

    parts += _axes(x0, x1, y1, step, chart.unit, sx, sy)
    for series in chart.series:
        if len(series.points) > 1:
            coords = " ".join(f"{sx(float(x)):.1f},{sy(float(y)):.1f}" for x, y in series.points)
            parts.append(f'<polyline fill="none" {_STROKE[series.style]} points="{coords}"/>')
        if series.style in ("actual", "projected"):
            for x, y in series.points[1:] if series.style == "projected" else series.points:
                cx, cy = sx(float(x)), sy(float(y))
                parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" class="{series.style}"/>')
                parts.append(
                    f'<text x="{cx:.1f}" y="{cy - 8:.1f}" text-anchor="middle" '
                    f'class="value">{escape(_label(y, chart.unit, bars.get(x)))}</text>'
                )
    if legend:
        parts += _legend([s for s in chart.series if s.points])
    parts.append("</svg>")
    return "".join(parts)


def _axes(x0: int, x1: int, y1: float, step: float, unit: str, sx: object, sy: object) -> list[str]:
    assert callable(sx)
    assert callable(sy)
    parts = []
    ticks = int(round(y1 / step))
    for i in range(ticks + 1):
        y = i * step
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{sy(y):.1f}" y2="{sy(y):.1f}" class="grid"/>'
        )
        parts.append(
            f'<text x="{LEFT - 6}" y="{sy(y) + 4:.1f}" text-anchor="end" class="tick">'
            f"{escape(_label(Fraction(y), unit))}</text>"
        )
    for year in range(x0, x1 + 1):
        parts.append(
            f'<text x="{sx(year):.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" '
            f'class="tick">{year}</text>'
        )
    return parts


def _legend(series: list[Series]) -> list[str]:
    """The key under the plot, wrapping to a second row when the first is full."""
    parts = []
    x, y = LEFT, HEIGHT - BOTTOM + 38
    for item in series:
        width = 46 + sum(12 if ord(c) > 0x2E7F else 7 for c in item.label)
        if x + width > WIDTH - RIGHT and x > LEFT:
            x, y = LEFT, y + 18
        parts.append(f'<line x1="{x}" x2="{x + 26}" y1="{y - 4}" y2="{y - 4}" {_STROKE[item.style]}/>')
        parts.append(f'<text x="{x + 31}" y="{y}" class="legend">{escape(item.label)}</text>')
        x += width
    return parts
