"""JSON Schemas of the input files, generated from the models, for editors and other validators."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from zone_gap.baseline import Baseline
from zone_gap.choices import Kind
from zone_gap.plan import Plan
from zone_gap.standard import Standard

MODELS: dict[Kind, type[BaseModel]] = {Kind.BASELINE: Baseline, Kind.STANDARD: Standard, Kind.PLAN: Plan}
TITLES = {
    Kind.BASELINE: "zone-gap baseline: a park's figures for one year",
    Kind.STANDARD: "zone-gap standard: the criteria of a creation standard",
    Kind.PLAN: "zone-gap plan: a district's plan, targets and tasks",
}


def schema(kind: Kind) -> dict[str, Any]:
    found = MODELS[kind].model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **found, "title": TITLES[kind]}


def json_schema(kind: Kind) -> str:
    return json.dumps(schema(kind), ensure_ascii=False, indent=2) + "\n"
