"""Text from input files made safe to show: control characters written out, never obeyed."""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
"""What ends a line or is not allowed in a YAML file: every C0 control (newline and tab among
them), DEL, the C1 controls (NEL, which YAML counts as a line break, among them), the Unicode line
and paragraph separators, lone surrogates and the two non-characters."""


def visible(text: str) -> str:
    r"""``text`` with every control character but newline and tab written as ``\xNN``: C0 controls
    (ESC among them, so a park name cannot colour or move a terminal), DEL and the C1 controls; and a
    lone surrogate, the stand-in for a byte of a file name that is not UTF-8, as that byte (``\xff``),
    which no terminal could be sent."""
    return _CONTROL.sub(_escaped, text)


def one_line(text: str) -> str:
    r"""``text`` fit for one line of a YAML comment: what would end the line or make the file
    invalid written as ``\xNN`` or ``\uNNNN``; a lone surrogate, the stand-in for a byte of a file
    name that is not UTF-8, as that byte (``\xff``)."""
    return _BREAKING.sub(_escaped, text)


def _escaped(found: re.Match[str]) -> str:
    code = ord(found.group())
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for the byte ``code - 0xDC00``
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
