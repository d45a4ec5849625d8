"""The process: ``zone-gap`` and ``python -m zone_gap``.

Kept apart from ``cli`` so that Ctrl-C while the command line is still being imported ends as quietly
as at any later moment, and so that a bug ends in one line rather than a traceback (set
``ZONE_GAP_DEBUG=1`` to see the traceback). Nothing is imported here before the ``try``: the
interpreter already holds ``os`` and ``sys``.

pydantic looks through every installed distribution for plugins when it builds its first model, and
zone-gap needs none: the process turns them off, unless ``PYDANTIC_DISABLE_PLUGINS`` is already set
(set it empty to load them all). Only the process: a program that imports zone_gap keeps its own.
zone-gap starts no other process that would inherit the setting.
"""

import os
import sys


def main() -> None:
    code = 130
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    interrupted: list[bool] = []
    sys.unraisablehook = _unraisable(sys.unraisablehook, interrupted)
    try:
        from zone_gap.cli.main import run

        code = run(sys.argv[1:])
        if interrupted:  # Ctrl-C landed where Python could only note it (an import lock's callback)
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        _say("interrupted", code)
    except Exception as e:  # a bug: one line, and the exit code docs/en/reference/exit-codes.md gives for it
        if os.environ.get("ZONE_GAP_DEBUG"):
            raise
        code = _say("internal_error", 3, kind=type(e).__name__)
    sys.exit(code)


def _unraisable(default, interrupted: list[bool]):  # type: ignore[no-untyped-def]
    """Python's hook for exceptions it cannot raise, but a Ctrl-C among them is kept for ``main``
    to end with as with any other, instead of being printed as a traceback and lost."""

    def hook(unraisable):  # type: ignore[no-untyped-def]
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            interrupted.append(True)
        else:
            default(unraisable)

    return hook


def _say(key: str, code: int, **params: str) -> int:
    try:
        from zone_gap.i18n import language, text

        print(text(key, language(sys.argv[1:]), **params), file=sys.stderr)
    except (OSError, ValueError, KeyboardInterrupt):
        pass
    return code


if __name__ == "__main__":
    main()
