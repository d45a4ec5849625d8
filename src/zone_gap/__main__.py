"""The process: ``zone-gap`` and ``python -m zone_gap``.

Kept apart from ``cli`` so that Ctrl-C while the command line is still being imported ends as quietly
as at any later moment, and so that a bug ends in one line rather than a traceback (set
``ZONE_GAP_DEBUG=1`` to see the traceback).
"""

from __future__ import annotations

import contextlib
import os
import sys

from zone_gap.i18n import language, text


def main() -> None:
    lang = language(sys.argv[1:])
    try:
        from zone_gap.cli import run

        code = run(sys.argv[1:])
    except KeyboardInterrupt:
        code = _say(text("interrupted", lang), 130)
    except Exception as e:  # a bug: one line, and the exit code the README gives for it
        if os.environ.get("ZONE_GAP_DEBUG"):
            raise
        code = _say(text("internal_error", lang, kind=type(e).__name__), 3)
    sys.exit(code)


def _say(line: str, code: int) -> int:
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr)
    return code


if __name__ == "__main__":
    main()
