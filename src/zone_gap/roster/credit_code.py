"""The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check
character computed from the other 17."""

from __future__ import annotations

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters a code is written in (no I, O, S, V, Z), each worth its index."""
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
"""The weight of the i-th character: 3^(i-1) mod 31."""
LENGTH = 18


def check_character(body: str) -> str | None:
    """The check character of the first 17 characters of a code, ``None`` when one of them is not
    in the code's character set or there are not 17."""
    if len(body) != LENGTH - 1 or any(c not in CHARSET for c in body):
        return None
    total = sum(CHARSET.index(c) * w for c, w in zip(body, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def code_problem(code: str) -> tuple[str, dict[str, str]] | None:
    """What is wrong with ``code``, as a catalogue key and its values; ``None`` when it is valid."""
    if len(code) != LENGTH:
        return "code_length", {"length": str(len(code))}
    wrong = [c for c in code if c not in CHARSET]
    if wrong:
        return "code_character", {"character": wrong[0]}
    expected = check_character(code[:-1])
    if expected != code[-1]:
        return "code_check", {"found": code[-1], "expected": str(expected)}
    return None
