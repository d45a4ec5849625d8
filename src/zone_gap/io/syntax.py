"""YAML that does not parse, said in the user's words, at the character that is wrong.

PyYAML reports where its scanner gave up, which is often a line or the whole file later than the
mistake (an unclosed quote is reported at the end of the file), and in English. Here the mistakes
people actually make — many of them typed with a Chinese input method — are looked for line by line
first; PyYAML's own error is then said again from its kind, at the mark that points at the cause.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from zone_gap.i18n import Message
from zone_gap.io.problem import Position

_KEY = r"[A-Za-z_][\w.-]*"
_LINE_KEY = re.compile(rf"^[ ]*(?:-[ ]+)?({_KEY})[ ]*[:：]")
_CHECKS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^[ ]*(\t)"), "typed_tab"),
    (re.compile(r"^[ \t]*([\u3000\u00a0\u2002-\u200b\ufeff])"), "typed_wide_space"),
    (re.compile(rf"^[ ]*(?:-[ ]+)?{_KEY}[ ]*(：)"), "typed_wide_colon"),
    (re.compile(r"^[ ]*(?:-[ ]+)?(＃)"), "typed_wide_hash"),
    (re.compile(rf"^[ ]*(?:-[ ]+)?{_KEY}(:)[^\s/]"), "typed_no_space"),
]
_BARE_KEY = re.compile(rf"^([ ]*)({_KEY})[ ]*$")
_BLOCK_SCALAR = re.compile(r":[ ]+[|>][+-]?\d*[ ]*(#.*)?$")


@dataclass(frozen=True)
class Typo:
    """A line that cannot be what its writer meant: where, and what to write."""

    position: Position
    message: Message


def typos(text: str) -> list[Typo]:
    """Mistakes in the shape of the lines: tabs or full-width spaces for indentation, a full-width
    colon after a key or ``＃`` for a comment, no space after a key's colon, a key with no colon.
    Comment lines and the bodies of ``|`` and ``>`` blocks are left alone."""
    found = []
    lines = text.splitlines()
    for number, line in _content_lines(lines):
        for pattern, key in _CHECKS:
            match = pattern.search(line)
            if match:
                column = match.start(1) + 1
                found.append(Typo(Position(number, column), Message(key, key=_key(line))))
                break
        else:
            bare = _BARE_KEY.match(line)
            if bare and _has_sibling(lines, number, len(bare.group(1))):
                found.append(
                    Typo(
                        Position(number, len(bare.group(1)) + 1), Message("typed_no_colon", key=bare.group(2))
                    )
                )
    return found


def _content_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """Numbered lines that are neither comments, blank, nor inside a block scalar."""
    block_indent: int | None = None
    for number, line in enumerate(lines, start=1):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if block_indent is not None:
            if not stripped or indent > block_indent:
                continue
            block_indent = None
        if not stripped or stripped.startswith("#"):
            continue
        if _BLOCK_SCALAR.search(line):
            block_indent = indent
        yield number, line


def _has_sibling(lines: list[str], number: int, indent: int) -> bool:
    """Whether a ``key:`` line stands at the same indentation before or after line ``number``, so
    that a bare word there is a key that lost its colon, not a plain text's continuation."""
    for other in (*lines[number:], *reversed(lines[: number - 1])):
        stripped = other.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        depth = len(other) - len(stripped)
        if depth == indent and _LINE_KEY.match(other):
            return True
        if depth < indent:
            return False
    return False


def _key(line: str) -> str:
    match = _LINE_KEY.match(line)
    return match.group(1) if match else ""


def syntax_problem(error: yaml.MarkedYAMLError, text: str) -> tuple[Position | None, Message]:
    """PyYAML's error said again: the position that points at the cause, and what to write."""
    problem, context = error.problem or "", error.context or ""
    at_problem, at_context = _position(error.problem_mark), _position(error.context_mark)
    lines = text.splitlines()

    def key_at(where: Position | None) -> str:
        return _key(lines[where.line - 1]) if where and 0 < where.line <= len(lines) else ""

    if "quoted scalar" in context and "end of stream" in problem:
        quote = _char_at(lines, at_context) or '"'
        return at_context, _keyed("yaml_unclosed_quote", quote=quote, key=key_at(at_context))
    if "cannot start any token" in problem:
        char = _quoted_char(problem)
        if char == "\\t":
            return at_problem, Message("typed_tab", key=key_at(at_problem))
        return at_problem, _keyed("yaml_bad_start", char=char, key=key_at(at_problem))
    if "could not find expected ':'" in problem:
        return at_context, _keyed("yaml_no_colon", key=key_at(at_context))
    if "mapping values are not allowed" in problem:
        return at_problem, _keyed("yaml_second_colon", key=key_at(at_problem))
    if "expected <block end>" in problem or "expected <block mapping end>" in problem:
        return at_problem, _keyed("yaml_indent", key=key_at(at_problem))
    if "flow sequence" in context or "flow mapping" in context:
        closing = "]" if "sequence" in context else "}"
        return at_context, _keyed("yaml_unclosed_bracket", closing=closing, key=key_at(at_context))
    if "undefined alias" in problem:
        return at_problem, _keyed("yaml_alias", name=_quoted_char(problem), key=key_at(at_problem))
    if "unknown escape character" in problem:
        return at_problem, _keyed("yaml_escape", char=_quoted_char(problem), key=key_at(at_problem))
    if "single document" in context:
        return at_problem, Message("yaml_two_documents")
    if "block scalar" in context:
        return at_problem, _keyed("yaml_block_header", key=key_at(at_problem))
    return at_problem or at_context, _keyed("yaml_other", key=key_at(at_problem or at_context))


def reader_problem(error: yaml.reader.ReaderError, text: str) -> tuple[Position, Message]:
    """A character YAML does not allow in a file (NUL, other control characters), found again in the
    text: the C reader counts its position in bytes, not characters."""
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    where = found.start() if found else min(error.position, len(text))
    code = ord(text[where]) if where < len(text) else 0
    return position_at(text, where), Message("control_character", code=f"U+{code:04X}")


def position_at(text: str, index: int) -> Position:
    """The line and column (from 1, lines split at ``\\n`` only, as editors show them) of ``index``."""
    return Position(text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1)


def wide_hint(value: str) -> str | None:
    """``value`` as it would read typed with half-width characters (``１６２`` → ``162``, ``1％`` →
    ``1%``, ``“X”`` → ``X``), or None when that changes nothing."""
    plain = unicodedata.normalize("NFKC", value).strip("“”‘’\"' ")
    return plain if plain != value.strip() else None


def _keyed(catalogue_key: str, /, **params: str) -> Message:
    """A syntax message that names the key of its line, where the line has one."""
    key = params.pop("key", "")
    return Message(catalogue_key, key_part=Message("key_part", key=key) if key else "", **params)


def _position(mark: Any) -> Position | None:
    return Position(mark.line + 1, mark.column + 1) if mark is not None else None


def _char_at(lines: list[str], where: Position | None) -> str:
    if where is None or not 0 < where.line <= len(lines):
        return ""
    line = lines[where.line - 1]
    return line[where.column - 1] if where.column <= len(line) else ""


def _quoted_char(problem: str) -> str:
    match = re.search(r"'(.*)'", problem)
    return match.group(1) if match else ""


_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def impossible_date(text: str) -> Message:
    """Why ``text``, written as a date, is not one: the month, or the days that month has."""
    import calendar

    match = _DATE.match(text)
    if match is None:
        return Message("date_type")
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return Message("date_bad_month", text=text.strip())
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return Message("date_bad_day", text=text.strip(), year=year, month=month, days=days)
    return Message("date_type")
