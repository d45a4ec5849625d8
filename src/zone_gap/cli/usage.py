"""The command-line parser's complaints in the user's language, each with what to type instead.

The parser (click, or the copy of it that newer typer releases carry) words its errors in English
and for a programmer ("Invalid value for '--lang': 'fr' is not one of 'zh', 'en'."). Here each kind
is said again from what is known for certain: the kind of error (by its class name, the same in
both), the option as declared, the command's own annotations (an enum's values, an int's bounds)
and the arguments as typed.
"""

from __future__ import annotations

import difflib
import re
import typing
from collections.abc import Sequence
from enum import Enum
from typing import Any

from zone_gap.i18n import Message


def usage_message(error: Exception, args: Sequence[str]) -> Message:
    """What was typed wrongly, and how to type it."""
    ctx = getattr(error, "ctx", None)
    command = getattr(ctx, "command_path", None) or "zone-gap"
    kinds = {cls.__name__ for cls in type(error).__mro__}
    param = getattr(error, "param", None)
    if "NoSuchOption" in kinds:
        name = str(getattr(error, "option_name", ""))
        return Message("usage_no_option", name=name, hint=_nearest(name, _options(ctx)), command=command)
    if "BadOptionUsage" in kinds:
        return Message("usage_needs_value", name=str(getattr(error, "option_name", "")), command=command)
    if "MissingParameter" in kinds:
        return Message("usage_missing", name=_hint(param), command=command)
    if "BadParameter" in kinds and param is not None:
        return _bad_value(ctx, param, args, command)
    message = str(getattr(error, "message", ""))
    if message.startswith("No such command"):
        commands = sorted(getattr(getattr(ctx, "command", None), "commands", {}) or {})
        name = next((a for a in args if not a.startswith("-")), "")
        return Message(
            "usage_no_command", name=name, hint=_nearest(name, commands), commands=", ".join(commands)
        )
    if "unexpected extra argument" in message:
        found = re.search(r"\(([^()]*)\)\s*$", message)
        extra = found.group(1) if found else ""
        return Message("usage_extra", extra=extra, command=command)
    return Message("usage_other", command=command)


def _bad_value(ctx: Any, param: Any, args: Sequence[str], command: str) -> Message:
    name, value = _hint(param), _given(param, args)
    kind = _annotation(ctx, param)
    if isinstance(kind, type) and issubclass(kind, Enum):
        choices = [str(member.value) for member in kind]
        return Message(
            "usage_choice",
            name=name,
            value=value,
            choices=", ".join(choices),
            hint=_nearest(value, choices),
            command=command,
        )
    if kind is int:
        low, high = _bounds(param)
        if low is not None and high is not None and value.strip().lstrip("-").isdigit():
            return Message("usage_range", name=name, value=value, low=low, high=high, command=command)
        return Message("usage_integer", name=name, value=value, command=command)
    return Message("usage_value", name=name, value=value, command=command)


def _annotation(ctx: Any, param: Any) -> Any:
    """The Python type the command declares for ``param``, without ``Annotated`` and ``None``."""
    callback = getattr(getattr(ctx, "command", None), "callback", None)
    try:
        hints = typing.get_type_hints(callback, include_extras=True) if callback else {}
    except (NameError, TypeError):  # pragma: no cover - every command's hints resolve
        return None
    found = hints.get(param.name)
    while typing.get_origin(found) is typing.Annotated:
        found = typing.get_args(found)[0]
    members = [a for a in typing.get_args(found) if a is not type(None)]
    return members[0] if len(members) == 1 and typing.get_origin(found) is not None else found


def _bounds(param: Any) -> tuple[int | None, int | None]:
    """An int's bounds: on the parameter (newer typer) or on its click type (older)."""
    for holder in (param, getattr(param, "type", None)):
        low, high = getattr(holder, "min", None), getattr(holder, "max", None)
        if low is not None or high is not None:
            return low, high
    return None, None


def _hint(param: Any) -> str:
    if param is None:
        return "?"
    opts = [o for o in getattr(param, "opts", []) if o.startswith("-")]
    return "/".join(opts) if opts else str(getattr(param, "name", "?")).upper()


def _given(param: Any, args: Sequence[str]) -> str:
    """The value typed for ``param``, read back from the arguments (the parser does not keep it)."""
    opts = [o for o in getattr(param, "opts", []) if o.startswith("-")]
    if not opts:
        positional = [a for a in args if not a.startswith("-")]
        return positional[-1] if positional else ""
    for i, arg in enumerate(args):
        for opt in opts:
            if arg == opt and i + 1 < len(args):
                return args[i + 1]
            if arg.startswith(opt + "="):
                return arg.partition("=")[2]
    return ""


def _options(ctx: Any) -> list[str]:
    params = getattr(getattr(ctx, "command", None), "params", [])
    return [o for p in params for o in getattr(p, "opts", []) if o.startswith("-")]


def _nearest(given: str, valid: list[str]) -> Message | str:
    close = difflib.get_close_matches(given, valid, n=1, cutoff=0.5)
    return Message("usage_did_you_mean", suggestion=close[0]) if close else ""
