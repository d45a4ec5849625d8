"""A model's JSON Schema shaped for an editor (VS Code's YAML extension, yaml-language-server).

The rules know no field: a key's hover is its own Chinese description (the model's, else the
catalogue's ``schema_key_…``), not a title made from its English name nor a class's docstring; a
choice of types is one schema (a choice of schemas would make the editor show their descriptions, or
a broken table of them, instead of the key's); a date is a date that exists, with the catalogue's
message where it is not one; a plain value of the wrong type gets the catalogue's message.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from zone_gap.i18n import CATALOG, Lang, text

_PLAIN = {"boolean", "string", "integer", "number"}
"""Types whose wrong value gets the catalogue's message (``schema_{type}_type``) rather than the
editor's English, where nothing more particular (a pattern, a date, a choice) is said of it."""
_MARKDOWN = re.compile(r"([\\*_\[\]<>#|~])")
"""Characters markdown would take for markup; backticks are left, descriptions mark code with them."""
REAL_DATE = (
    r"^(\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])|(0[469]|11)-(0[1-9]|[12]\d|30)|02-(0[1-9]|1\d|2[0-8]))"
    r"|(\d\d(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)$"
)
"""A date that exists, as YAML writes one (``2024-02-29``; not ``2023-02-29``, ``2021-6-30``)."""


class ForEditors(GenerateJsonSchema):
    """pydantic's generator without what it makes up — a title from a key's name ("High Tech
    Enterprises") or a class's name ("Finding"), a description from a class's docstring, written for
    the code's readers in English — and with each key's description from the catalogue where the
    model gives none."""

    def field_title_should_be_set(self, schema: CoreSchema | core_schema.ModelField | Any) -> bool:
        return False

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        found = super().model_schema(schema)
        cls = schema["cls"]
        if "title" not in cls.model_config and found.get("title") == cls.__name__:
            del found["title"]
        if cls.__doc__ and found.get("description") == inspect.cleandoc(cls.__doc__):
            del found["description"]
        _describe_keys(cls, self.resolve_ref_schema(found))
        return found


def _describe_keys(cls: type[BaseModel], found: JsonSchemaValue) -> None:
    for name, node in found.get("properties", {}).items():
        if "description" not in node:
            said = key_description(cls.__name__, name)
            if said is not None:
                node["description"] = said
        each = node.get("additionalProperties")
        for depth in (1, 2):
            if not isinstance(each, dict):
                break
            if "description" not in each:
                said = key_description(cls.__name__, name + ".*" * depth)
                if said is not None:
                    each["description"] = said
            each = each.get("additionalProperties")


def key_description(owner: str, key: str) -> str | None:
    """The catalogue's words for ``key`` of the model ``owner``: its own (``Target.at_least``), a
    criterion's (``criterion_id``), else the key's wherever it stands (``at_least``)."""
    candidates = [f"schema_key_{owner}.{key}", f"schema_key_{key}"]
    if owner.endswith("Criterion"):
        candidates.insert(1, f"schema_key_criterion_{key}")
    found = next((c for c in candidates if c in CATALOG), None)
    return text(found, Lang.ZH) if found is not None else None


def for_editors(node: Any) -> Any:
    """``node`` and every schema in it, bottom up, as an editor should see them (see the module)."""
    if isinstance(node, list):
        return [for_editors(item) for item in node]
    if not isinstance(node, dict):
        return node
    found = {key: for_editors(value) for key, value in node.items()}
    found = _one_schema(found)
    if found.get("format") == "date" and "pattern" not in found:
        found["pattern"] = REAL_DATE
        found["errorMessage"] = found["patternErrorMessage"] = text("schema_date_type", Lang.ZH)
        found.setdefault("description", text("schema_date", Lang.ZH))
    plain = _plain_type(found)
    if plain is not None and not {"errorMessage", "pattern", "format", "enum", "const"} & found.keys():
        found["errorMessage"] = text(f"schema_{plain}_type", Lang.ZH)
    if isinstance(found.get("description"), str):
        found["markdownDescription"] = _MARKDOWN.sub(r"\\\1", found["description"])
    return found


_SAID = ("description", "markdownDescription")


def _one_schema(node: dict[str, Any]) -> dict[str, Any]:
    """A choice (``anyOf``) as the editor should see it: of plain values, one schema of several types
    (``{type: [string, number, null], pattern: …}``: a pattern binds only text, a minimum only
    numbers); else, where each choice is of its own type, a choice only one can match (``oneOf``),
    which the editor does not show as a table of descriptions. Either way the choices' own
    descriptions (a rate's, where a threshold is meant) give way to the key's."""
    choices = node.get("anyOf")
    if not isinstance(choices, list):
        return node
    outer = {key: value for key, value in node.items() if key != "anyOf"}
    bare = [{k: v for k, v in c.items() if k not in _SAID} for c in choices]
    merged = _merged(bare)
    if merged is not None:
        return {**merged, **outer, "type": merged["type"]}
    types = [_json_type(c) for c in bare]
    if None not in types and len(set(types)) == len(types):
        return {**outer, "oneOf": bare}
    return {**outer, "anyOf": bare}


def _merged(choices: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Plain choices as one schema, where none says anything another would take as its own."""
    if any(not isinstance(c.get("type"), str) or c["type"] in ("object", "array") for c in choices):
        return None
    if any({"$ref", "enum", "const", "anyOf", "oneOf", "properties", "items"} & c.keys() for c in choices):
        return None
    types = [c["type"] for c in choices]
    if "integer" in types and "number" in types:
        types.remove("integer")
    merged: dict[str, Any] = {}
    messages = []
    for choice in choices:
        for key, value in choice.items():
            if key == "errorMessage":
                messages.append(value)
            elif key != "type":
                if key in merged and merged[key] != value:
                    return None
                merged[key] = value
    if messages:
        merged["errorMessage"] = "；或".join(dict.fromkeys(messages))
    return {**merged, "type": types[0] if len(types) == 1 else list(dict.fromkeys(types))}


def _json_type(node: dict[str, Any]) -> str | None:
    kind = node.get("type")
    if kind == "integer":
        return "number"
    if isinstance(kind, str):
        return kind
    if "$ref" in node:
        return "object"  # every model referred to is a mapping
    return None


def _plain_type(node: dict[str, Any]) -> str | None:
    """The scalar type a schema takes (``integer`` of ``[integer, null]``), if it takes one."""
    types = node.get("type")
    named = [t for t in (types if isinstance(types, list) else [types]) if t != "null"]
    return named[0] if len(named) == 1 and named[0] in _PLAIN else None
