"""Text from input files made safe to show: control characters written out, never obeyed."""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    r"""``text`` with every control character but newline and tab written as ``\xNN``: C0 controls
    (ESC among them, so a park name cannot colour or move a terminal), DEL and the C1 controls."""
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)
