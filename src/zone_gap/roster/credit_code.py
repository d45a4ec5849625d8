"""The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check
character computed from the other 17; characters 9–17 are the organisation code of GB 11714, whose
last (the code's 17th) is its own check character, computed from the eight before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from zone_gap.roster.cells import every

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters a code is written in (no I, O, S, V, Z), each worth its index."""
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
"""The weight of the i-th character: 3^(i-1) mod 31."""
LENGTH = 18
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
"""GB 11714's weights of the organisation code's eight characters (the code's 9th to 16th)."""

_BODY = re.compile(f"[{CHARSET}]{{{LENGTH - 1}}}")
_CODE = re.compile(f"[{CHARSET}]{{{LENGTH}}}")
_DIGITS = "0123456789abcdefghijklmnopqrstu"
_AS_DIGITS = str.maketrans(CHARSET, _DIGITS)
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
    return CHARSET[-int(body[::-1].translate(_AS_DIGITS), 34) % 31]


def org_check_character(body: str) -> str | None:
    """The organisation code's check character (GB 11714) of its first eight characters: 11 − (Σ value
    × weight mod 11), 10 written X and 11 written 0, a letter worth 10 for A on; ``None`` when they
    are not eight digits or capital letters.

    The weights 3, 7, 9, 10, 5, 8, 4, 2 are 2^8 … 2^1 mod 11, so the sum is twice the characters read
    as a number in any base that is 2 mod 11; in base 35, whose digits 0-9 and A-Y are each worth
    what GB 11714 gives it, that is one call to ``int`` (Z, worth 35, is no digit of it)."""
    if len(body) != len(ORG_WEIGHTS) or not all(c.isdigit() or "A" <= c <= "Z" for c in body):
        return None
    if "Z" not in body:
        return _org_check(body)
    total = sum(
        (int(c) if c.isdigit() else ord(c) - ord("A") + 10) * w
        for c, w in zip(body, ORG_WEIGHTS, strict=True)
    )
    return _ORG_CHECK[total % 11]


def _org_check(body: str) -> str:
    """``org_check_character`` of eight digits or capital letters other than Z."""
    return _ORG_CHECK[2 * int(body, 35) % 11]


_ORG_CHECK = tuple({10: "X", 11: "0"}.get(11 - r, str(11 - r)) for r in range(11))
"""The check character for each remainder of the weighted sum mod 11."""


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
    org = _org_check(code[8:16])  # in the code's character set: no Z
    if org != code[16]:  # the 18th agrees: a code made up, or its 17th typed wrong with the 18th
        return "code_org_check", {"found": code[16], "expected": str(org)}
    return None


_EVERY_CODE = every(_CODE)


def all_valid(codes: Sequence[str]) -> bool:
    """Whether ``code_problem`` finds nothing wrong with any of ``codes`` (text cells, none blank):
    a column of a roster at a time, where ``code_problem`` takes a code at a time. The arithmetic is
    ``_check``'s and ``_org_check``'s, on the codes joined: every code's body read backwards is a
    slice of the whole column read backwards, so the column is translated and reversed once."""
    if not _EVERY_CODE(codes):
        return False
    joined = "".join(codes)
    back = joined.translate(_AS_DIGITS)[::-1]  # each code: its check digit, then its body backwards
    digits, org, step = _DIGITS, _ORG_CHECK, LENGTH
    checks = "".join([digits[-int(back[i + 1 : i + step], 34) % 31] for i in range(0, len(back), step)])
    if checks != back[::step]:
        return False
    orgs = "".join([org[2 * int(joined[i + 8 : i + 16], 35) % 11] for i in range(0, len(joined), step)])
    return orgs == joined[16::step]
