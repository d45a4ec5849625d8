"""JSON Schemas of the input files, generated from the models, for editors and other validators.

Everything a schema can say is said: a figures file's keys are the figures its standard declares,
its clauses the standard's clause ids, a typed mark lies within its part; a plan's targets are the
standard's figures, each increment of its figure's kind and not below zero, each criterion one the
standard has (and, for a target, one computed from its figure); a date is a date that exists. Without
a standard given, a figures file's schema (and a plan's) is that of every standard the project
knows, chosen by the file's ``standard:`` as every command chooses it (the default where it names
none), so that one mapping in an editor serves a park's files and an enterprise's alike.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, assert_never

from pydantic import BaseModel

from zone_gap.app.editor_schema import ForEditors, for_editors
from zone_gap.choices import Kind
from zone_gap.figures.quantity import SHARE_PATTERN
from zone_gap.i18n import Lang, Message, text
from zone_gap.standard.baseline import other_subject, other_subject_message
from zone_gap.standard.model import Standard, criterion_figures
from zone_gap.standard.plan import Plan

FOLDER = Path("schemas")
"""Where ``zone-gap schema`` writes the schemas, beside the project's ``baselines/``."""
FILES = {
    Kind.BASELINE: "baseline.schema.json",
    Kind.STANDARD: "standard.schema.json",
    Kind.PLAN: "plan.schema.json",
}
_NOT_NEGATIVE = r"^\s*(\+?\d+(\.\d+)?|-0+(\.0+)?)\s*%\s*$"
"""A percentage of zero or more: what a plan's increment or target may be."""
Build = Callable[[Standard, bool], dict[str, Any]]


def schema(kind: Kind, standards: Sequence[Standard]) -> dict[str, Any]:
    """The schema of a kind of file; a figures file's or a plan's for ``standards``: one, or each
    chosen by the file's ``standard:``, the first where it names none. What it is for is its
    description, not its title: an editor heads every key's hover with the nearest title above it."""
    match kind:
        case Kind.STANDARD:
            found = _shaped(Standard)
        case Kind.BASELINE:
            found = _chosen(standards, _figures, "schema_standard_named")
        case Kind.PLAN:
            found = _chosen(standards, _plan, "schema_plan_standard")
        case _:
            assert_never(kind)
    about = text(f"schema_{kind.value}", Lang.ZH)
    if kind is Kind.BASELINE and len(standards) == 1:
        about += text("schema_baseline_standard", Lang.ZH, standard=standards[0].name.zh, id=standards[0].id)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **found, "description": about}


def json_schema(kind: Kind, standards: Sequence[Standard]) -> str:
    return json.dumps(schema(kind, standards), ensure_ascii=False, indent=2) + "\n"


ANY = "any.schema.json"
"""A file of any kind, told from its content as `validate` tells a file outside the three folders."""


def any_schema() -> dict[str, Any]:
    """The schema of a file of any kind, by its content: a standard has ``dimensions``, a plan
    ``targets`` or ``tasks``, anything else is a figures file; each kind's schema is the file beside
    this one."""
    plan = {"anyOf": [{"required": ["targets"]}, {"required": ["tasks"]}]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "description": text("schema_any", Lang.ZH),
        "if": {"required": ["dimensions"]},
        "then": {"$ref": FILES[Kind.STANDARD]},
        "else": {
            "if": plan,
            "then": {"$ref": FILES[Kind.PLAN]},
            "else": {"$ref": FILES[Kind.BASELINE]},
        },
    }


def write_schemas(folder: Path, standards: Sequence[Standard]) -> list[Path]:
    """The schemas of the three kinds and of any file, written into ``folder`` (each replacing the one
    written before)."""
    from zone_gap.io.write import write_new

    texts = {name: json_schema(kind, standards) for kind, name in FILES.items()}
    texts[ANY] = json.dumps(any_schema(), ensure_ascii=False, indent=2) + "\n"
    for name, body in texts.items():
        write_new(folder / name, body, force=True)
    return [folder / name for name in texts]


def modeline(path: Path, kind: Kind = Kind.BASELINE) -> str:
    """The first line of a file the tool writes at ``path``: the schema ``zone-gap schema`` writes
    beside the project, named as the editor finds it (relative to the file)."""
    target = (FOLDER / FILES[kind]).resolve()
    try:
        named = Path(os.path.relpath(target, path.resolve().parent)).as_posix()
    except ValueError:  # another drive: no relative path leads there
        named = target.as_uri()
    return f"# yaml-language-server: $schema={named}"


def _shaped(model: type[BaseModel]) -> dict[str, Any]:
    found: dict[str, Any] = for_editors(model.model_json_schema(schema_generator=ForEditors))
    return found


def _chosen(standards: Sequence[Standard], build: Build, named: str) -> dict[str, Any]:
    """The schema for one standard, or each standard's chosen by ``standard:`` (the first's where the
    file names none, or one no standard has: that is said at ``standard:``, and the rest of the file
    is read as every command reads it, against the default)."""
    if len(standards) == 1:
        return build(standards[0], True)
    default, *others = standards
    ids = [s.id for s in standards]
    defs: dict[str, Any] = {}
    for standard in standards:
        defs |= _flattened(standard.id, build(standard, False))
    chosen = [{"if": _names([s.id]), "then": {"$ref": f"#/$defs/{s.id}"}} for s in others]
    chosen.append({"if": {"not": _names([s.id for s in others])}, "then": {"$ref": f"#/$defs/{default.id}"}})
    return {
        "$defs": defs,
        "type": "object",
        "properties": {
            "standard": _standard_key(ids, text(named, Lang.ZH, ids=", ".join(ids), default=default.id))
        },
        "allOf": chosen,
    }


def _names(ids: list[str]) -> dict[str, Any]:
    return {"properties": {"standard": {"enum": ids}}, "required": ["standard"]}


def _standard_key(ids: list[str], description: str) -> dict[str, Any]:
    return {
        "type": "string",
        "enum": ids,
        "description": description,
        "errorMessage": text("schema_standard_id", Lang.ZH, ids=", ".join(ids)),
    }


def _flattened(prefix: str, found: dict[str, Any]) -> dict[str, Any]:
    """``found`` and its definitions, each under a name of its own (``<id>``, ``<id>.Finding``), so
    that the schemas of several standards stand side by side in one file."""
    defs = found.pop("$defs", {})
    renamed = {prefix: found, **{f"{prefix}.{name}": value for name, value in defs.items()}}

    def relink(node: Any) -> Any:
        if isinstance(node, list):
            return [relink(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        moved = {"$ref": f"#/$defs/{prefix}.{ref.removeprefix('#/$defs/')}"} if isinstance(ref, str) else {}
        return {**{key: relink(value) for key, value in node.items()}, **moved}

    return {name: relink(value) for name, value in renamed.items()}


def _figures(standard: Standard, alone: bool) -> dict[str, Any]:
    """A figures file of ``standard``: its figures, its clauses by id (each with its words), a typed
    mark within its part; a file of the other subject is one error at its subject's key."""
    found = _shaped(standard.figures_model)
    keys = found["properties"]
    ids = [standard.id]
    keys["standard"] = _standard_key(ids, keys["standard"]["description"]) if alone else {}
    clauses = keys["qualitative"]
    finding = {k: v for k, v in clauses["additionalProperties"].items() if k == "$ref"}
    clauses["properties"] = {
        c.id: for_editors(
            {**finding, "description": text("schema_clause", Lang.ZH, name=c.name.zh, clause=c.clause)}
        )
        for c in standard.clauses()
    }
    clauses["additionalProperties"] = False
    for criterion in standard.numeric():
        for typed, most, whole in criterion.marks():
            keys[typed] |= {"minimum": 0, "maximum": most, **({"multipleOf": 1} if whole else {})}
    subject, other = standard.subject, other_subject(standard)
    said = other_subject_message(standard)
    defs = found.pop("$defs", {})
    return {
        "$defs": defs,
        "type": "object",
        "if": {"required": [other], "not": {"required": [subject]}},
        "then": {"properties": {other: {"enum": [], "errorMessage": said.render(Lang.ZH)}}},
        "else": found,
    }


def _plan(standard: Standard, alone: bool) -> dict[str, Any]:
    """A plan against ``standard``: targets of its figures, each of its figure's kind, none below
    zero but an increment of a figure its criterion caps; criteria it has, a target's computed from
    the target's figure."""
    found = _shaped(Plan)
    ids = standard.criterion_ids()
    figures = list(standard.figures)
    if alone:
        found["properties"]["standard"] = _standard_key(
            [standard.id], found["properties"]["standard"]["description"]
        )
    target, task = found["$defs"]["Target"], found["$defs"]["Task"]
    target["properties"]["id"] |= _one_of(figures, text("schema_figure_id", Lang.ZH, ids=", ".join(figures)))
    target["properties"]["criterion"] |= _one_of(
        [*ids, None], text("schema_criterion_id", Lang.ZH, ids=", ".join(ids))
    )
    task["properties"]["serves"]["items"] |= _one_of(
        ids, text("schema_criterion_id", Lang.ZH, ids=", ".join(ids))
    )
    target["allOf"] = [_target_of(standard, figure) for figure in figures]
    target["allOf"].append(
        {
            "if": {"not": {"properties": {"id": {"enum": figures}}}},
            "then": {
                "properties": {
                    "criterion": _one_of([None], text("schema_figure_id", Lang.ZH, ids=", ".join(figures)))
                }
            },
        }
    )
    return found


def _one_of(values: list[Any], said: str) -> dict[str, Any]:
    return {"enum": values, "errorMessage": said}


def _target_of(standard: Standard, figure: str) -> dict[str, Any]:
    """What a target for ``figure`` holds: increments and a target of its kind, zero or more (an
    increment below zero where the criterion it serves caps the figure), a criterion computed from it."""
    unit = standard.unit(figure)
    measuring = [c.id for c, _ in standard.members() if figure in criterion_figures(c)]
    caps = [c.id for c, _ in standard.members() if c.caps(figure)]
    wanted = {"count": "count_wanted", "share": "percent_wanted", "rate": "percent_wanted"}.get(
        unit or "", "number_wanted"
    )
    said = {"errorMessage": Message(wanted, key=figure).render(Lang.ZH)}
    negative = Message("plan_negative", key="per_year").render(Lang.ZH)
    rise: dict[str, Any]
    fall: dict[str, Any]
    end: dict[str, Any]
    if unit in ("share", "rate"):
        rise = {"type": "string", "pattern": _NOT_NEGATIVE, "patternErrorMessage": negative, **said}
        fall = {"type": "string", **said}
        end = {
            "type": ["string", "object"],
            "pattern": SHARE_PATTERN if unit == "share" else _NOT_NEGATIVE,
            **said,
        }
    else:
        kind = "integer" if unit == "count" else "number"
        rise = {"type": kind, "minimum": 0, **said}
        fall = {"type": kind, **said}
        end = {"type": [kind, "object"], "minimum": 0, **said}
    criterion = _one_of(
        [*measuring, None], text("schema_target_criterion", Lang.ZH, figure=figure, ids=", ".join(measuring))
    )
    then: dict[str, Any] = {"properties": {"per_year": rise, "at_least": end, "criterion": criterion}}
    if caps:
        then["if"] = {"properties": {"criterion": {"enum": caps}}, "required": ["criterion"]}
        then["then"] = {"properties": {"per_year": fall}}
        then["else"] = {"properties": {"per_year": rise}}
        then["properties"]["per_year"] = fall
    return {"if": {"properties": {"id": {"const": figure}}, "required": ["id"]}, "then": then}
