"""Counts the hostile cases per class of the "Trust" issue at the end of a run.

Each module is named ``test_c<N>_…`` after the class it covers (``test_fuzz`` extends fuzzing); any
other module is counted under its own name (``test_standards_by_hand``: "standards by hand").
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

_counts: Counter[str] = Counter()
_failed: Counter[str] = Counter()


def _class_of(nodeid: str) -> str:
    m = re.search(r"test_c(\d+)_", nodeid)
    if m:
        return f"class {m.group(1)}"
    module = nodeid.split("::")[0].rsplit("/", 1)[-1].removesuffix(".py")
    return "fuzzing" if module.startswith("test_fuzz") else module.removeprefix("test_").replace("_", " ")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    _counts.clear()
    for item in items:
        if "tests/hostile/" in item.nodeid:
            _counts[_class_of(item.nodeid)] += 1


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed and "tests/hostile/" in report.nodeid:
        _failed[_class_of(report.nodeid)] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _counts:
        return
    terminalreporter.section("hostile cases per class")
    for name in sorted(_counts, key=lambda n: (n == "fuzzing", n)):
        terminalreporter.write_line(f"{name}: {_counts[name]} cases, {_failed[name]} failed")
    terminalreporter.write_line(f"total: {sum(_counts.values())} cases, {sum(_failed.values())} failed")
