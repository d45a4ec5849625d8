"""Descriptions a model's schema takes where the model is used, for editors' hover."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema


@dataclass(frozen=True)
class Described:
    """What a model's schema says where the model is used: ``Annotated[Finding, Described("…",
    met="…")]`` gives the value a description and its keys theirs, leaving keys already described."""

    text: str
    keys: dict[str, str] = field(default_factory=dict)

    def __init__(self, text: str, /, **keys: str) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "keys", keys)

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        found = handler(schema)
        properties = handler.resolve_ref_schema(found).get("properties", {})
        for key, said in self.keys.items():
            properties[key].setdefault("description", said)
        return {**found, "description": self.text}
