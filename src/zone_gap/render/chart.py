"""Small static line charts as inline SVG: the yearly figures, the threshold, the path the deadline
requires and the projected trend. Written by hand: a chart library would bring scripts or a
rendering stack for four polylines.

The chart is drawn in a box about as wide as it prints (half an A4 page: two charts a row), so its
text, set at the size of the page's small print, is printed at about that size; text is placed
where it is measured not to overlap other text: the years are thinned out when they would touch,
and the value over a point moves below it, or is left to the figure's description, when taken."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from html import escape

from zone_gap.figures.quantity import decimal_text

WIDTH = 340
"""The drawing's width in its own units; it prints 0.96 of this wide in half an A4 page."""
PLOT_HEIGHT = 130
RIGHT, TOP = 14, 18
FONT = 11
"""Every label's size in drawing units (≈ 10.5 CSS px, 7.9 pt in print, above the tables' 7.1 pt)."""
GAP = 6

Point = tuple[Fraction, Fraction]
"""A year (fractional for mid-year figures) and a figure, exact: floats only for drawing."""
Box = tuple[float, float, float, float]
"""A label's extent: left, top, right, bottom."""


@dataclass(frozen=True)
class Series:
    label: str
    points: list[Point]
    style: str  # "actual" | "threshold" | "required" | "plan" | "projected"


@dataclass(frozen=True)
class Chart:
    title: str
    unit: str  # "count" | "ratio" | "amount" | "number"
    series: list[Series] = field(default_factory=list)
    empty_text: str = ""


_STROKE = {
    "actual": 'stroke="#1f4e79" stroke-width="2.5"',
    "threshold": 'stroke="#c0392b" stroke-width="1.8" stroke-dasharray="7 4"',
    "required": 'stroke="#2e8b57" stroke-width="1.8" stroke-dasharray="2 4"',
    "projected": 'stroke="#1f77b4" stroke-width="2" stroke-dasharray="9 5"',
    "plan": 'stroke="#8e44ad" stroke-width="1.6" stroke-dasharray="10 3 2 3"',
}


def text_width(label: str) -> float:
    """A generous estimate of a label's width: a Chinese character is square, ``%`` nearly so, digits
    and Latin letters a little over half as wide (Noto Sans CJK's proportional figures)."""
    return sum(FONT if ord(c) > 0x2E7F else FONT * (0.9 if c == "%" else 0.62) for c in label)


def _box(x: float, baseline: float, label: str, anchor: str = "middle") -> Box:
    """The box a label takes: the font's whole line (Noto Sans CJK: 1.16 em up, 0.29 em down)."""
    width = text_width(label)
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return (left, baseline - FONT * 1.16, left + width, baseline + FONT * 0.29)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _text(x: float, baseline: float, label: str, css: str, anchor: str = "middle") -> str:
    return f'<text x="{x:.1f}" y="{baseline:.1f}" text-anchor="{anchor}" class="{css}">{escape(label)}</text>'


def _nice_step(span: float) -> float:
    raw = span / 5 if span > 0 else 1
    power = 10 ** math.floor(math.log10(raw))
    step: float = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step


def _label(value: Fraction, unit: str, against: list[Fraction] | None = None) -> str:
    """A figure on the chart, trailing zeros dropped; with the digits that tell it from the threshold
    it is drawn beside (``against``)."""
    scale, places = (100, 2) if unit == "ratio" else (1, 2) if unit == "amount" else (1, 1)
    shown = decimal_text(value * scale, places, [a * scale for a in against or []])
    shown = shown.rstrip("0").rstrip(".") if "." in shown else shown
    return f"{shown}%" if unit == "ratio" else shown


@dataclass
class _Frame:
    """Where the plot sits in the drawing, and how figures map onto it."""

    left: float
    x0: float
    x1: float
    y1: float
    y0: float = 0.0
    """The foot of the scale: 0, or below it for a figure that falls below zero (a loss)."""

    @property
    def bottom(self) -> float:
        return TOP + PLOT_HEIGHT

    def sx(self, x: float) -> float:
        return self.left + (x - self.x0) / (self.x1 - self.x0) * (WIDTH - RIGHT - self.left)

    def sy(self, y: float) -> float:
        return self.bottom - (y - self.y0) / (self.y1 - self.y0) * PLOT_HEIGHT


def _scale(ys: list[float]) -> tuple[float, float, float]:
    """The step between grid lines and the scale's foot and top: from 0 (or the lowest figure, where
    one is below 0) to the highest (or 0), with room above and below, in whole steps."""
    low, high = min(0.0, *ys) * 1.08, max(0.0, *ys) * 1.08
    step = _nice_step(high - low)
    y0 = step * math.floor(low / step)
    y1 = step * math.ceil(high / step)
    return step, y0, y1 if y1 > y0 else y0 + step


def render_chart(chart: Chart, *, legend: bool = True) -> str:
    """The chart as an ``<svg>`` element with a ``viewBox``, so it scales to its box."""
    points = [(float(x), float(y)) for s in chart.series for x, y in s.points]
    shown = [s for s in chart.series if s.points]
    legend_top = TOP + PLOT_HEIGHT + FONT + 4 + GAP + FONT + 4  # under the years
    rows, legend_parts = _legend(shown, legend_top) if legend and points else (0, [])
    height = legend_top + (rows - 1) * (FONT + GAP) + GAP if rows else TOP + PLOT_HEIGHT + FONT + 4 + GAP
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-label="{escape(chart.title)}" xmlns="http://www.w3.org/2000/svg">'
        f"<desc>{escape(_description(chart))}</desc>"
    ]
    if not points:
        parts.append(_text(WIDTH / 2, height / 2, chart.empty_text, "empty") + "</svg>")
        return "".join(parts)
    step, y0, y1 = _scale([y for _, y in points])
    levels = [y0 + i * step for i in range(round((y1 - y0) / step) + 1)]
    ticks = [_label(Fraction(level).limit_denominator(10**6), chart.unit) for level in levels]
    xs = [x for x, _ in points]
    first, last = math.floor(min(xs)), max(math.ceil(max(xs)), math.floor(min(xs)) + 1)
    # half a year's room either side, so a value over the first or last point stays clear of the axes
    frame = _Frame(max(text_width(t) for t in ticks) + 10, first - 0.4, last + 0.4, y1, y0)
    placed: list[Box] = []
    parts += _axes(frame, first, last, levels, ticks, placed)
    parts += _lines(chart, frame, placed)
    parts += legend_parts
    parts.append("</svg>")
    return "".join(parts)


def _description(chart: Chart) -> str:
    """Every figure the chart draws, in words, for a screen reader and for a value left unlabelled."""
    return "; ".join(
        f"{s.label}: " + ", ".join(f"{float(x):g} {_label(y, chart.unit)}" for x, y in s.points)
        for s in chart.series
        if s.points
    )


def _axes(
    frame: _Frame, first: int, last: int, levels: list[float], ticks: list[str], placed: list[Box]
) -> list[str]:
    parts = []
    for level, tick in zip(levels, ticks, strict=True):
        y = frame.sy(level)
        parts.append(f'<line x1="{frame.left}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        parts.append(_text(frame.left - 6, y + FONT * 0.35, tick, "tick", "end"))
        placed.append(_box(frame.left - 6, y + FONT * 0.35, tick, "end"))
    per_year = frame.sx(1) - frame.sx(0)
    every = max(1, math.ceil((text_width("2020") + GAP) / per_year))
    for year in range(first, last + 1):
        if (year - first) % every == 0:
            baseline = frame.bottom + FONT + 4
            parts.append(_text(frame.sx(year), baseline, str(year), "tick"))
            placed.append(_box(frame.sx(year), baseline, str(year)))
    return parts


def _lines(chart: Chart, frame: _Frame, placed: list[Box]) -> list[str]:
    bars: dict[Fraction, list[Fraction]] = {}
    for series in chart.series:
        if series.style == "threshold":
            for x, y in series.points:
                bars.setdefault(x, []).append(y)
    parts = []
    for series in chart.series:
        if len(series.points) > 1:
            coords = " ".join(f"{frame.sx(float(x)):.1f},{frame.sy(float(y)):.1f}" for x, y in series.points)
            parts.append(f'<polyline fill="none" {_STROKE[series.style]} points="{coords}"/>')
        if series.style in ("actual", "projected"):
            for x, y in series.points[1:] if series.style == "projected" else series.points:
                cx, cy = frame.sx(float(x)), frame.sy(float(y))
                parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" class="{series.style}"/>')
                parts += _value(cx, cy, _label(y, chart.unit, bars.get(x)), frame, placed)
    return parts


def _value(cx: float, cy: float, label: str, frame: _Frame, placed: list[Box]) -> list[str]:
    """A point's value over it, else under it, kept inside the plot and clear of every label so far;
    where neither place is free it is left to the description."""
    half = text_width(label) / 2
    x = min(max(cx, frame.left + half), WIDTH - RIGHT - half)
    for baseline in (cy - 7, cy + 7 + FONT * 0.9):
        box = _box(x, baseline, label)
        inside = box[1] >= 0 and box[3] <= frame.bottom
        if inside and not any(_overlaps(box, other) for other in placed):
            placed.append(box)
            return [_text(x, baseline, label, "value")]
    return []


def _legend(series: list[Series], top: float) -> tuple[int, list[str]]:
    """The key under the plot, wrapping to a new row when one is full; the number of rows."""
    parts: list[str] = []
    x, y, rows = 10.0, top, 1
    for item in series:
        width = 30 + text_width(item.label) + 12
        if x + width > WIDTH - 4 and x > 10:
            x, y, rows = 10.0, y + FONT + GAP, rows + 1
        parts.append(f'<line x1="{x}" x2="{x + 24}" y1="{y - 4}" y2="{y - 4}" {_STROKE[item.style]}/>')
        parts.append(_text(x + 29, y, item.label, "legend", "start"))
        x += width
    return rows, parts
