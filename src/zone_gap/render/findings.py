"""`validate`'s findings for people and for machines: text, JSON, GitHub annotations, JUnit XML."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, assert_never
from xml.etree import ElementTree

from zone_gap.analysis.checked import Checked
from zone_gap.choices import Output
from zone_gap.i18n import Lang, text
from zone_gap.io.problem import Problem
from zone_gap.render.visible import visible


@dataclass
class Tally:
    files: int = 0
    valid: int = 0
    invalid: int = 0
    errors: int = 0
    warnings: int = 0

    def add(self, checked: Checked) -> None:
        self.files += 1
        self.valid += checked.valid
        self.invalid += not checked.valid
        self.errors += sum(p.severity == "error" for p in checked.problems)
        self.warnings += sum(p.severity == "warning" for p in checked.problems)

    def summary(self, lang: Lang) -> str:
        return text("validate_summary", lang, **vars(self))


def write_findings(
    files: Iterable[Checked], output: Output, lang: Lang, write: Callable[[str], None]
) -> Tally:
    """Write each file's findings as it comes (text, GitHub) or once all are in (JSON, JUnit)."""
    tally = Tally()
    match output:
        case Output.TEXT | Output.GITHUB:
            line = _github_line if output is Output.GITHUB else (lambda p, lang: visible(p.render(lang)))
            for checked in files:
                tally.add(checked)
                if checked.problems:
                    write("".join(line(p, lang) + "\n" for p in checked.problems))
            write(tally.summary(lang) + "\n")
        case Output.JSON:
            records = [_record(c, lang, tally) for c in files]
            document = {"valid": tally.invalid == 0, "summary": vars(tally), "files": records}
            write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        case Output.JUNIT:
            suite = ElementTree.Element("testsuite", name="zone-gap validate", errors="0", skipped="0")
            for checked in files:
                tally.add(checked)
                _testcase(suite, checked, lang)
            write(_junit(suite, tally))
        case _:
            assert_never(output)
    return tally


def _record(checked: Checked, lang: Lang, tally: Tally) -> dict[str, Any]:
    tally.add(checked)
    return {
        "file": checked.name,
        "kind": str(checked.kind) if checked.kind else None,
        "valid": checked.valid,
        "problems": [_problem(p, lang) for p in checked.problems],
    }


def _problem(problem: Problem, lang: Lang) -> dict[str, Any]:
    where = problem.position
    return {
        "line": where.line if where else None,
        "column": where.column if where else None,
        "severity": problem.severity,
        "message": problem.message.render(lang),
    }


def _escape(value: str, *, property_value: bool = False) -> str:
    """GitHub's workflow-command escaping (``%``, CR, LF; also ``:`` and ``,`` in properties)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value


def _github_line(problem: Problem, lang: Lang) -> str:
    where = [f"file={_escape(problem.file, property_value=True)}"]
    if problem.position is not None:
        where += [f"line={problem.position.line}", f"col={problem.position.column}"]
    return visible(f"::{problem.severity} {','.join(where)}::{_escape(problem.message.render(lang))}")


_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _xml(value: str) -> str:
    r"""``value`` with nothing XML 1.0 forbids: control characters as ``\xNN`` (``visible``), and the
    noncharacters U+FFFE, U+FFFF and lone surrogates as ``\uXXXX``."""
    return _NOT_XML.sub(lambda found: f"\\u{ord(found.group()):04x}", visible(value))


def _testcase(suite: ElementTree.Element, checked: Checked, lang: Lang) -> None:
    case = ElementTree.SubElement(
        suite, "testcase", classname=f"zone-gap.{checked.kind or 'file'}", name=_xml(checked.name)
    )
    errors = [p for p in checked.problems if p.severity == "error"]
    if errors:
        failure = ElementTree.SubElement(
            case, "failure", message=_xml(errors[0].message.render(lang)), type="invalid"
        )
        failure.text = _xml("\n".join(p.render(lang) for p in errors))
    warnings = [p for p in checked.problems if p.severity == "warning"]
    if warnings:
        ElementTree.SubElement(case, "system-out").text = _xml("\n".join(p.render(lang) for p in warnings))


def _junit(suite: ElementTree.Element, tally: Tally) -> str:
    suite.set("tests", str(tally.files))
    suite.set("failures", str(tally.invalid))
    suites = ElementTree.Element(
        "testsuites", name="zone-gap validate", tests=str(tally.files), failures=str(tally.invalid)
    )
    suites.append(suite)
    ElementTree.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(suites, encoding="unicode") + "\n"
    )
