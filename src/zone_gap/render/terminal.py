"""How wide the terminal tables are drawn. Kept apart from ``table`` so that the command line can ask
without importing rich."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO


def terminal_width(stream: TextIO, environ: Mapping[str, str] = os.environ) -> int | None:
    """``COLUMNS`` when it is set to a positive whole number; else the terminal's width when
    ``stream`` is a terminal; else ``None``: output piped to a file or another program is drawn at each
    table's natural width, so no name is broken over two lines."""
    columns = environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        if stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns or None
    except (OSError, ValueError):  # no descriptor (a test's stream), or one that is closed
        return None
    return None
