"""JSON Schemas of the input files, generated from the models, for editors and other validators. A
figures file's schema follows the standard it is written for."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from zone_gap.choices import Kind
from zone_gap.plan import Plan
from zone_gap.standard import Standard

TITLES = {
    Kind.BASELINE: "zone-gap baseline: figures for one year, as the standard `{id}` declares them",
    Kind.STANDARD: "zone-gap standard: the figures and criteria of a creation or evaluation standard",
    Kind.PLAN: "zone-gap plan: a district's plan, targets and tasks",
}


def schema(kind: Kind, standard: Standard) -> dict[str, Any]:
    """The schema of ``kind``; a baseline's is the model ``standard`` declares."""
    models: dict[Kind, type[BaseModel]] = {
        Kind.BASELINE: standard.figures_model,
        Kind.STANDARD: Standard,
        Kind.PLAN: Plan,
    }
    found = models[kind].model_json_schema()
    title = TITLES[kind].format(id=standard.id)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **found, "title": title}


def json_schema(kind: Kind, standard: Standard) -> str:
    return json.dumps(schema(kind, standard), ensure_ascii=False, indent=2) + "\n"
