"""JSON Schemas of the input files, generated from the models, for editors and other validators.

What the models say is shaped for an editor (VS Code's YAML extension, yaml-language-server) by rules
that know no field: a key's hover is its own Chinese description, not a title made from its English
name nor a class's docstring; an optional value is one schema of two types, not a choice of two
schemas whose descriptions the editor would show instead of the key's; a date is a date, with the
catalogue's message where it is not one. A figures file's schema follows the standard it is written
for: its keys are the figures that standard declares.
"""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from zone_gap.choices import Kind
from zone_gap.i18n import Lang, text
from zone_gap.standard.model import Standard
from zone_gap.standard.plan import Plan

_PLAIN = {"boolean", "string", "integer", "number"}
"""Types whose wrong value gets the catalogue's message (``schema_{type}_type``) rather than the
editor's English, where nothing more particular (a pattern, a date, a choice) is said of it."""
_MARKDOWN = re.compile(r"([\\*_\[\]<>#|~])")
"""Characters markdown would take for markup; backticks are left, descriptions mark code with them."""


class _ForEditors(GenerateJsonSchema):
    """pydantic's generator without what it makes up: a title from a key's name ("High Tech
    Enterprises") or a class's name ("Finding"), and a description from a class's docstring, which is
    written for the code's readers, in English."""

    def field_title_should_be_set(self, schema: CoreSchema | core_schema.ModelField | Any) -> bool:
        return False

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        found = super().model_schema(schema)
        cls = schema["cls"]
        if "title" not in cls.model_config and found.get("title") == cls.__name__:
            del found["title"]
        if cls.__doc__ and found.get("description") == inspect.cleandoc(cls.__doc__):
            del found["description"]
        return found


def schema(kind: Kind, standard: Standard) -> dict[str, Any]:
    """The schema of a kind of file; a figures file's is the model ``standard`` declares. What it is
    for is its description, not its title: an editor heads every key's hover with the nearest title
    above it."""
    models: dict[Kind, type[BaseModel]] = {
        Kind.BASELINE: standard.figures_model,
        Kind.STANDARD: Standard,
        Kind.PLAN: Plan,
    }
    found = _for_editors(models[kind].model_json_schema(schema_generator=_ForEditors))
    about = text(f"schema_{kind.value}", Lang.ZH)
    if kind is Kind.BASELINE:
        about += text("schema_baseline_standard", Lang.ZH, standard=standard.name.zh, id=standard.id)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **found, "description": about}


def json_schema(kind: Kind, standard: Standard) -> str:
    return json.dumps(schema(kind, standard), ensure_ascii=False, indent=2) + "\n"


def _for_editors(node: Any) -> Any:
    """``node`` and every schema in it, bottom up, as an editor should see them (see the module)."""
    if isinstance(node, list):
        return [_for_editors(item) for item in node]
    if not isinstance(node, dict):
        return node
    found = {key: _for_editors(value) for key, value in node.items()}
    found = _one_schema_or_null(found)
    if found.get("format") == "date" and "errorMessage" not in found:
        found["errorMessage"] = text("schema_date_type", Lang.ZH)
        found.setdefault("description", text("schema_date", Lang.ZH))
    plain = _plain_type(found)
    if plain is not None and not {"errorMessage", "pattern", "format", "enum", "const"} & found.keys():
        found["errorMessage"] = text(f"schema_{plain}_type", Lang.ZH)
    if isinstance(found.get("description"), str):
        found["markdownDescription"] = _MARKDOWN.sub(r"\\\1", found["description"])
    return found


def _one_schema_or_null(node: dict[str, Any]) -> dict[str, Any]:
    """``anyOf: [{type: T, …}, {type: null}]`` as ``{type: [T, null], …}``: an editor then checks one
    schema, says its own message where the value is wrong, and shows the key's description rather
    than the inner one (the key's own, where both have one, wins)."""
    choices = node.get("anyOf")
    if not (isinstance(choices, list) and len(choices) == 2 and {"type": "null"} in choices):
        return node
    (inner,) = (c for c in choices if c != {"type": "null"})
    if not isinstance(inner.get("type"), str) or {"enum", "const", "$ref", "anyOf", "oneOf"} & inner.keys():
        return node
    outer = {key: value for key, value in node.items() if key != "anyOf"}
    return {**inner, **outer, "type": [inner["type"], "null"]}


def _plain_type(node: dict[str, Any]) -> str | None:
    """The scalar type a schema takes (``integer`` of ``[integer, null]``), if it takes one."""
    types = node.get("type")
    named = [t for t in (types if isinstance(types, list) else [types]) if t != "null"]
    return named[0] if len(named) == 1 and named[0] in _PLAIN else None
