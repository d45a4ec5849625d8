"""Columns shared out over a page of fixed width, as a printed sheet and a Word table are: each
column needs the width of its widest cell, and can do with less, down to a least (its text wraps)."""

from __future__ import annotations


def share(need: list[float], least: list[float], room: float) -> list[float]:
    """``room`` shared in proportion to ``need``, each column given at least ``least``: a column
    whose share would be smaller gets that, and the others share what is left. (Where even the least
    widths do not fit, a caller decides what gives.)"""
    held: set[int] = set()
    while True:
        free = [i for i in range(len(need)) if i not in held]
        left = room - sum(least[i] for i in held)
        scale = left / sum(need[i] for i in free) if free else 0.0
        small = {i for i in free if need[i] * scale < least[i]}
        if not small:
            return [least[i] if i in held else need[i] * scale for i in range(len(need))]
        held |= small
