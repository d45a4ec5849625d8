"""`validate`'s findings for people and for machines: text, JSON, GitHub annotations, JUnit XML."""

from __future__ import annotations

import json
from typing import Any, assert_never
from xml.etree import ElementTree

from zone_gap.choices import Output
from zone_gap.i18n import Lang, text
from zone_gap.problem import Problem
from zone_gap.validation import Checked, Validation


def counts(validation: Validation) -> dict[str, int]:
    problems = [p for f in validation.files for p in f.problems]
    return {
        "files": len(validation.files),
        "valid": sum(f.valid for f in validation.files),
        "invalid": sum(not f.valid for f in validation.files),
        "errors": sum(p.severity == "error" for p in problems),
        "warnings": sum(p.severity == "warning" for p in problems),
    }


def render_findings(validation: Validation, output: Output, lang: Lang) -> str:
    match output:
        case Output.TEXT:
            return _text(validation, lang)
        case Output.JSON:
            return _json(validation, lang)
        case Output.GITHUB:
            return _github(validation, lang)
        case Output.JUNIT:
            return _junit(validation, lang)
        case _:
            assert_never(output)


def _text(validation: Validation, lang: Lang) -> str:
    lines = [p.render(lang) for f in validation.files for p in f.problems]
    lines.append(text("validate_summary", lang, **counts(validation)))
    return "\n".join(lines) + "\n"


def _problem(problem: Problem, lang: Lang) -> dict[str, Any]:
    where = problem.position
    return {
        "line": where.line if where else None,
        "column": where.column if where else None,
        "severity": problem.severity,
        "message": problem.message.render(lang),
    }


def _json(validation: Validation, lang: Lang) -> str:
    files = [
        {
            "file": f.name,
            "kind": str(f.kind) if f.kind else None,
            "valid": f.valid,
            "problems": [_problem(p, lang) for p in f.problems],
        }
        for f in validation.files
    ]
    document = {
        "valid": all(f.valid for f in validation.files),
        "summary": counts(validation),
        "files": files,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _escape(value: str, *, property_value: bool = False) -> str:
    """GitHub's workflow-command escaping (``%``, CR, LF; also ``:`` and ``,`` in properties)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value


def _github(validation: Validation, lang: Lang) -> str:
    lines = []
    for problem in (p for f in validation.files for p in f.problems):
        where = [f"file={_escape(problem.file, property_value=True)}"]
        if problem.position is not None:
            where += [f"line={problem.position.line}", f"col={problem.position.column}"]
        lines.append(f"::{problem.severity} {','.join(where)}::{_escape(problem.message.render(lang))}")
    lines.append(text("validate_summary", lang, **counts(validation)))
    return "\n".join(lines) + "\n"


def _testcase(suite: ElementTree.Element, checked: Checked, lang: Lang) -> None:
    case = ElementTree.SubElement(
        suite, "testcase", classname=f"zone-gap.{checked.kind or 'file'}", name=checked.name
    )
    errors = [p for p in checked.problems if p.severity == "error"]
    if errors:
        failure = ElementTree.SubElement(
            case, "failure", message=errors[0].message.render(lang), type="invalid"
        )
        failure.text = "\n".join(p.render(lang) for p in errors)
    warnings = [p for p in checked.problems if p.severity == "warning"]
    if warnings:
        ElementTree.SubElement(case, "system-out").text = "\n".join(p.render(lang) for p in warnings)


def _junit(validation: Validation, lang: Lang) -> str:
    summary = counts(validation)
    suites = ElementTree.Element(
        "testsuites", name="zone-gap validate", tests=str(summary["files"]), failures=str(summary["invalid"])
    )
    suite = ElementTree.SubElement(
        suites,
        "testsuite",
        name="zone-gap validate",
        tests=str(summary["files"]),
        failures=str(summary["invalid"]),
        errors="0",
        skipped="0",
    )
    for checked in validation.files:
        _testcase(suite, checked, lang)
    ElementTree.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(suites, encoding="unicode") + "\n"
    )
