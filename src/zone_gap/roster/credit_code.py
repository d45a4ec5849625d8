"""The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check
character computed from the other 17; characters 9–17 are the organisation code of GB 11714, whose
last (the code's 17th) is its own check character, computed from the eight before it."""

from __future__ import annotations

import re
from decimal import Decimal

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters a code is written in (no I, O, S, V, Z), each worth its index."""
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
"""The weight of the i-th character: 3^(i-1) mod 31."""
LENGTH = 18
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
"""GB 11714's weights of the organisation code's eight characters (the code's 9th to 16th)."""

_BODY = re.compile(f"[{CHARSET}]{{{LENGTH - 1}}}")
_CODE = re.compile(f"[{CHARSET}]{{{LENGTH}}}")
_AS_DIGITS = str.maketrans(CHARSET, "0123456789abcdefghijklmnopqrstu")
"""Each character as the digit of its value in base 34 (0-9, then a for 10 … u for 30)."""


def check_character(body: str) -> str | None:
    """The check character of the first 17 characters of a code, ``None`` when one of them is not
    in the code's character set or there are not 17.

    The weighted sum, Σ value × 3^i over the characters (i from 0), is taken mod 31 only, so any
    base that is 3 mod 31 does: 34. The body read backwards as a base-34 number, each character the
    digit of its value, is Σ value × 34^i, which is the weighted sum mod 31 — one call to ``int``
    where a roster of 100,000 rows would otherwise multiply and add 1.7 million times."""
    if _BODY.fullmatch(body) is None:
        return None
    return _check(body)


def _check(body: str) -> str:
    total = int(body[::-1].translate(_AS_DIGITS), 34)
    return CHARSET[(31 - total % 31) % 31]


def org_check_character(body: str) -> str | None:
    """The organisation code's check character (GB 11714) of its first eight characters: 11 − (Σ value
    × weight mod 11), 10 written X and 11 written 0, a letter worth 10 for A on; ``None`` when they
    are not eight digits or capital letters."""
    if len(body) != len(ORG_WEIGHTS) or not all(c.isdigit() or "A" <= c <= "Z" for c in body):
        return None
    total = sum(
        (int(c) if c.isdigit() else ord(c) - ord("A") + 10) * w
        for c, w in zip(body, ORG_WEIGHTS, strict=True)
    )
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def make_code(body: str) -> str:
    """A valid code from its first 16 characters: both check characters added (for examples)."""
    org = org_check_character(body[8:16])
    with_org = body + str(org)
    return with_org + str(check_character(with_org))


_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?E\+\d+$", re.IGNORECASE)
"""A long number as Excel shows it in General format, and saves it in a CSV (``9.11502E+17``)."""
EXCEL_DIGITS = 15
"""The significant digits Excel keeps of a number: an 18-digit code typed into a number cell keeps
its first 15, the rest made 0."""


def code_problem(code: str, cell: object = None) -> tuple[str, dict[str, str]] | None:
    """What is wrong with ``code``, as a catalogue key and its values; ``None`` when it is valid.
    ``cell``: the cell it was read from, a number cell where Excel stored the code as a number."""
    if type(cell) in (int, float):  # a number cell: its digits may pass the check by chance
        return "code_number", {"text": format(Decimal(f"{cell:.{EXCEL_DIGITS}g}"), "f")}
    if _CODE.fullmatch(code) is None:  # too long or short, or a character it is not written in
        if _SCIENTIFIC.fullmatch(code) is not None:
            return "code_number", {"text": code}
        if len(code) != LENGTH:
            return "code_length", {"length": str(len(code))}
        wrong = [c for c in code if c not in CHARSET]
        return "code_character", {"character": wrong[0]}
    expected = _check(code[:-1])
    if expected != code[-1]:
        if code.isdigit() and code.endswith("000"):  # the digits Excel made 0 beyond its fifteenth
            return "code_number", {"text": code}
        return "code_check", {"found": code[-1], "expected": str(expected)}
    org = org_check_character(code[8:16])
    if org != code[16]:  # the 18th agrees: a code made up, or its 17th typed wrong with the 18th
        return "code_org_check", {"found": code[16], "expected": str(org)}
    return None
