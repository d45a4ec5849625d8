"""What every model read from YAML shares, and turning pydantic's errors into located problems."""

from __future__ import annotations

import difflib
import re
import types
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import (
    BaseModel,
    ConfigDict,
    PlainValidator,
    PydanticUserError,
    ValidationError,
    WithJsonSchema,
    create_model,
)
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails, PydanticCustomError

from zone_gap.choices import FIRST_YEAR, LAST_YEAR
from zone_gap.i18n import Lang, Message, text
from zone_gap.io.document import Document, KeyPath
from zone_gap.io.problem import InputError, Problem
from zone_gap.io.syntax import impossible_date, typos, wide_hint

M = TypeVar("M", bound=BaseModel)


class FileModel(BaseModel):
    """Read from a user's file: a misspelt key is an error, and nothing changes after reading."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Names(FileModel):
    zh: str
    en: str

    def text(self, lang: Lang) -> str:
        """The name in ``lang``."""
        return self.zh if lang == Lang.ZH else self.en


@dataclass(frozen=True)
class NamedKey:
    """A figure's key with its name: 研发投入强度（`rd_intensity`）."""

    key: str
    name: Names

    def text(self, lang: Lang) -> str:
        return text("field_named", lang, name=self.name.text(lang), key=self.key)


def _id(value: Any) -> str:
    if isinstance(value, str) and value.strip():
        return value
    raise PydanticCustomError("id_type", "an id is text", {})


Id = Annotated[str, PlainValidator(_id), WithJsonSchema({"type": "string", "minLength": 1})]
"""The id a standard gives itself, a dimension, a criterion or a figure: text, never empty. A word
YAML reads as something else (``true``, ``yes``, ``null``, ``123``) is refused at its place, saying to
quote it (``misread_id``)."""

_READS_AS = {
    "bool": "yaml_bool",
    "null": "yaml_null",
    "int": "yaml_number",
    "float": "yaml_number",
    "timestamp": "yaml_date",
}


def misread_id(document: Document, path: KeyPath, *, key: bool = False, field: str = "id") -> Message | None:
    """Why the id at ``path`` (a value, or with ``key`` the key naming it) is no id: empty, or written
    plain as a word or number YAML reads otherwise (``true``, ``on``, ``null``, ``123``: YAML 1.1 tools
    read ``on:`` as true even where this reader keeps a key's text); none for an id that is text."""
    written = document.scalar(path, key=key)
    if written is None:
        return None
    text, kind = written
    if not text.strip() and kind in ("str", "null"):
        return Message("id_empty")
    if kind not in _READS_AS:
        return None
    what = Message(_READS_AS[kind])
    return (
        Message("key_yaml", text=text, what=what)
        if key
        else Message("id_yaml", field=field, text=text, what=what)
    )


def parse_model(document: Document, model: type[M]) -> M:
    """Validate ``document`` as ``model``; every error, located, in one ``InputError``, together with
    the errors found while reading the file."""
    errors = [p for p in document.findings if p.severity == "error"]
    if not isinstance(document.data, dict):
        raise InputError([*errors, document.problem((), Message("top_not_mapping"))])
    try:
        parsed = model.model_validate(document.data)
    except ValidationError as e:
        found = _one_per_value(document, model, e.errors())
        refused = {p.position for p in found}  # `yes` where text belongs: the model's words say more
        errors = [p for p in errors if not (p.message.key == "trap_bool_flag" and p.position in refused)]
        raise InputError(_typed(document, errors + found)) from e
    if errors:
        raise InputError(_typed(document, errors))
    return parsed


def value_problems(model: type[BaseModel], values: dict[str, Any]) -> list[tuple[str, Message]]:
    """Each of ``values`` that ``model`` refuses, by its key, in the words a file's would get (values
    met outside a file, such as a roster's cells); what the model would miss besides is not asked.
    The values are checked by the model's own field types, in a copy of it that requires no field
    (made once a model): a roster asks this of thousands of rows, each of a few figures, and a
    missing name and year refused every time cost more than checking the figures."""
    try:
        _none_required(model).model_validate(values)
    except ValidationError as e:
        return [
            (str(error["loc"][0]), _message(error["type"], str(error["loc"][0]), error))
            for error in e.errors()
            if error["loc"] and error["loc"][0] in values
        ]
    return []


@cache
def _none_required(model: type[BaseModel]) -> type[BaseModel]:
    """``model`` with each field as it is but for its default: ``None`` where it had none."""
    fields: dict[str, Any] = {
        name: (
            field.annotation,
            field if not field.is_required() else FieldInfo.merge_field_infos(field, default=None),
        )
        for name, field in model.model_fields.items()
    }
    built: type[BaseModel] = create_model(f"{model.__name__}Values", __config__=model.model_config, **fields)
    return built


def _one_per_value(document: Document, model: type[BaseModel], errors: list[ErrorDetails]) -> list[Problem]:
    """A problem per value: where one fails every member of a union, only the first member's
    complaint, or for a count-or-percentage (a plan's ``per_year``) one that names both."""
    by_path: dict[KeyPath, list[ErrorDetails]] = {}
    for error in errors:
        by_path.setdefault(document_path(document.data, error["loc"]), []).append(error)
    problems = []
    for path, found in by_path.items():
        kinds = {e["type"].split("_")[0] for e in found}
        if len(found) > 1 and "missing" not in kinds and "extra" not in kinds:
            if {"int", "percent"} <= kinds:
                field = next((p for p in reversed(path) if isinstance(p, str)), "")
                either = Message("count_or_percent", field=field, value=found[0].get("input"))
                problems.append(document.problem(path, either))
                continue
            found = found[:1]
        problems += [_problem(document, model, error) for error in found]
    return problems


def _typed(document: Document, errors: list[Problem]) -> list[Problem]:
    """The errors, sorted; where a line was mistyped (a full-width space before a key, say), what
    was typed wrong stands in for what it led to on that line."""
    found = {t.position.line: t for t in typos(document.text)} if document.text else {}
    lines = {p.position.line for p in errors if p.position is not None}
    kept = [p for p in errors if p.position is None or p.position.line not in found]
    kept += [Problem(document.name, t.position, t.message) for line, t in found.items() if line in lines]
    return sorted(kept, key=Problem.order)


def _problem(document: Document, model: type[BaseModel], error: ErrorDetails) -> Problem:
    path = document_path(document.data, error["loc"])
    kind = error["type"]
    field = next((p for p in reversed(path) if isinstance(p, str)), "")
    if kind == "missing":  # at the mapping that lacks the key (``path`` stops where the file does)
        return document.problem(
            document_path(document.data, error["loc"][:-1]), Message("missing", key=error["loc"][-1])
        )
    if kind == "extra_forbidden":
        valid = keys_at(model, error["loc"][:-1])
        return document.problem(
            path, Message("extra_forbidden", key=field, hint=closest(field, valid)), key=True
        )
    if "[key]" in error["loc"]:  # a mapping key of the wrong kind: `1:` where text is wanted
        loc = error["loc"]
        path = (*document_path(document.data, loc[: loc.index("[key]") - 1]), error.get("input"))
        said = misread_id(document, path, key=True) or Message("key_type", key=error.get("input"))
        return document.problem(path, said, key=True)
    if kind == "id_type":
        return document.problem(
            path, misread_id(document, path, field=field) or Message("text_type", field=field)
        )
    trap = None if kind.startswith(_OVER_TRAPS) else document.traps.get(path)
    message = trap if trap is not None else _message(kind, field, error)
    names: dict[str, Names] = getattr(model, "figure_names", {})
    if message.key.startswith("percent_sign") and field in names:  # say which figure, by its name
        message = Message("figure_said", field=NamedKey(field, names[field]), message=message)
    return document.problem(path, _with_plain(message, model, error))


def _message(kind: str, field: str, error: ErrorDetails) -> Message:
    ctx = dict(error.get("ctx") or {})
    value = error.get("input")
    if kind.startswith(_OWN_ERRORS):
        return Message(kind, field=field, **ctx)
    if kind in _BOUNDS:
        return _bounds(field, ctx)
    if kind.startswith("int_"):
        return Message("year_type" if field == "year" else "count_type", field=field, value=value)
    if kind.startswith(("date_", "datetime_")):
        return impossible_date(value) if isinstance(value, str) else Message("date_type")
    if kind == "too_short":
        return Message("list_too_short", field=field, count=ctx.get("min_length", 1))
    if kind == "string_type" and value is None:  # `park:` with nothing after it
        return Message("text_blank", field=field)
    if kind in _SIMPLE:
        return Message(_SIMPLE[kind], field=field)
    if kind in ("literal_error", "union_tag_invalid", "enum"):
        expected = str(ctx.get("expected") or ctx.get("expected_tags", ""))
        named = re.findall(r"'([^']*)'", expected)  # pydantic's English list: 'park' or 'enterprise'
        return Message("choice_type", choices=", ".join(f"`{c}`" for c in named) if named else expected)
    return Message("value_invalid_at", field=field)


_OWN_ERRORS = (
    *("percent_", "count_", "amount_", "number_", "share_", "rate_", "figure_", "criterion_"),
    *("band_", "scale_", "part_", "threshold_"),
)
"""The prefixes of the errors our own validators raise, each a catalogue key of its own."""
_OVER_TRAPS = ("threshold_",)
"""Our own errors that say more than a YAML 1.1 trap's words would (`at_least: yes` is no number:
the trap's "quote it as text" would be no better)."""

_SIMPLE = {
    "string_type": "text_type",
    "bool_type": "bool_type",
    "bool_parsing": "bool_type",
    "dict_type": "mapping_type",
    "model_type": "mapping_type",
    "model_attributes_type": "mapping_type",
    "list_type": "list_type",
    "tuple_type": "list_type",
    "union_tag_not_found": "kind_missing",
}
_BOUNDS = ("greater_than_equal", "less_than_equal", "greater_than", "less_than")


def _bounds(field: str, ctx: dict[str, Any]) -> Message:
    """A number outside its bounds; every bound the field has is named, not just the one crossed."""
    if field in ("year", "base_year", "deadline"):
        return Message("year_range", field=field, low=FIRST_YEAR, high=LAST_YEAR)
    low = ctx.get("ge", ctx.get("gt"))
    high = ctx.get("le", ctx.get("lt"))
    if high is None:
        return Message("number_at_least", field=field, low=low)
    return Message("number_at_most", field=field, high=high)


def _with_plain(message: Message, model: type[BaseModel], error: ErrorDetails) -> Message:
    """``message``, and where the value was typed with full-width characters or Chinese quotes
    (``１６２``, ``1％``, ``“X”``), the half-width value to write instead, if the field takes it."""
    value = error.get("input")
    plain = wide_hint(value) if isinstance(value, str) else None
    if plain is None or not _accepts(model, error["loc"], plain):
        return message
    return Message("typed_wide_value", message=message, plain=plain)


def _accepts(model: type[BaseModel], loc: tuple[int | str, ...], text: str) -> bool:
    """Whether the field at ``loc`` takes ``text`` read as YAML, so that no fix offered is refused."""
    import yaml
    from pydantic import TypeAdapter

    annotation = field_annotation(model, loc)
    if annotation is None:
        return False
    try:
        TypeAdapter(annotation).validate_python(yaml.safe_load(text))
    except (ValidationError, yaml.YAMLError, ValueError, TypeError):
        return False
    except PydanticUserError:  # a type that refers to one defined later (a group's members)
        return False
    return True


def repeated_ids(document: Document, items: Iterable[tuple[Hashable, KeyPath]]) -> list[Problem]:
    """Each id given a second time, at its own path, naming the line of its first use."""
    first: dict[Hashable, KeyPath] = {}
    problems = []
    for item, path in items:
        seen = first.setdefault(item, path)
        if seen is not path:
            line = document.position(seen)
            problems.append(
                document.problem(path, Message("duplicate_id", id=item, line=line.line if line else "?"))
            )
    return problems


def closest(key: str, valid: list[str]) -> Message | str:
    close = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
    if close:
        return Message("did_you_mean", suggestion=close[0])
    if valid:
        return Message("valid_keys", keys=", ".join(valid))
    return ""


def document_path(data: Any, loc: tuple[int | str, ...]) -> KeyPath:
    """The path in the file of an error's ``loc``, leaving out pydantic's union tags."""
    path: list[int | str] = []
    for part in loc:
        in_mapping = isinstance(data, dict) and part in data
        in_list = isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        if in_mapping or in_list:
            data = data[part]
            path.append(part)
    return tuple(path)


def keys_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """The keys valid in the mapping that ``loc`` leads to, following unions by their tag."""
    current = _unwrap(field_annotation(model, loc))
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def field_annotation(model: type[BaseModel], loc: tuple[int | str, ...]) -> Any:
    """The annotation of the field that ``loc`` leads to, following unions by their tag."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return None
            current = field.annotation
        elif _is_union(current):
            current = _member_tagged(current, part)
        elif get_origin(current) in (list, dict, tuple):
            current = get_args(current)[-1]
    return current


def _unwrap(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if _is_union(annotation):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return _unwrap(members[0])
    return annotation


def _is_union(annotation: Any) -> bool:
    return get_origin(annotation) in (Union, types.UnionType)


def _member_tagged(union: Any, tag: int | str) -> Any:
    for member in get_args(union):
        member = _unwrap(member)
        if isinstance(member, type) and issubclass(member, BaseModel):
            kind = member.model_fields.get("kind")
            if (
                kind is not None
                and get_origin(kind.annotation) is Literal
                and tag in get_args(kind.annotation)
            ):
                return member
    return None
