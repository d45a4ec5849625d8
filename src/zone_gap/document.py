"""Reading a YAML file safely while keeping the line and column of every key and value.

PyYAML's loaders build plain Python values and forget where they came from, and they keep the
last of two equal keys without a word. Here the file is composed into nodes by the safe
loader (the C one where present), walked once, and turned into values alongside a map from
each value's path (``("qualitative", "boundaries", "met")``) to where it stood.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from zone_gap.i18n import Message
from zone_gap.problem import InputError, Position, Problem

try:  # the C parser is several times faster; results are the same
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

Key = str | int
KeyPath = tuple[Key, ...]

MAX_BYTES = 1024 * 1024
MAX_NODES = 100_000  # far above any real file; stops alias bombs before they expand


@dataclass(frozen=True)
class Document:
    """The values of one YAML file and where each of them stood."""

    name: str
    data: Any
    values: dict[KeyPath, Position] = field(repr=False)
    keys: dict[KeyPath, Position] = field(repr=False)

    def position(self, path: KeyPath, *, key: bool = False) -> Position | None:
        """Where ``path`` stood; for a path that is absent, the nearest enclosing value."""
        if key and path in self.keys:
            return self.keys[path]
        for end in range(len(path), -1, -1):
            found = self.values.get(path[:end])
            if found is not None:
                return found
        return None

    def problem(
        self, path: KeyPath, message: Message, *, key: bool = False, severity: str = "error"
    ) -> Problem:
        return Problem(self.name, self.position(path, key=key), message, severity)


def read_text(path: Path) -> str:
    """The text of ``path``: UTF-8, with or without a byte-order mark, or UTF-16 with one."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except IsADirectoryError as e:
        raise InputError([Problem(name, None, Message("file_is_directory"))]) from e
    except OSError as e:
        raise InputError(
            [Problem(name, None, Message("file_unreadable", reason=e.strerror or str(e)))]
        ) from e
    if len(raw) > MAX_BYTES:
        raise InputError([Problem(name, None, Message("file_too_large", limit=MAX_BYTES))])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise InputError([Problem(name, Position(line, column), Message("not_utf8"))]) from e


def load_document(path: Path) -> Document:
    """Read and parse one YAML file; every problem found becomes part of one ``InputError``."""
    return parse_document(read_text(path), str(path))


def parse_document(text: str, name: str) -> Document:
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError([Problem(name, Position(1, 1), Message("file_empty"))])
        walker = _Walker(loader, name)
        data = walker.value(node, ())
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = Position(mark.line + 1, mark.column + 1) if mark else None
        detail = " ".join(part for part in (e.context, e.problem) if part)
        raise InputError([Problem(name, where, Message("yaml_syntax", detail=detail))]) from e
    except yaml.YAMLError as e:
        raise InputError([Problem(name, None, Message("yaml_syntax", detail=str(e)))]) from e
    finally:
        loader.dispose()
    if walker.problems:
        raise InputError(walker.problems)
    return Document(name, data, walker.values, walker.keys)


_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")
)


def _position(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


class _Walker:
    """Builds values from composed nodes, noting positions and duplicate keys."""

    def __init__(self, loader: Any, name: str) -> None:
        self.loader = loader
        self.name = name
        self.values: dict[KeyPath, Position] = {}
        self.keys: dict[KeyPath, Position] = {}
        self.problems: list[Problem] = []
        self.seen = 0

    def value(self, node: yaml.Node, path: KeyPath) -> Any:
        self.seen += 1
        if self.seen > MAX_NODES:
            raise InputError(
                [Problem(self.name, _position(node), Message("too_many_nodes", limit=MAX_NODES))]
            )
        self.values[path] = _position(node)
        if node.tag not in _PLAIN_TAGS:
            self.problems.append(
                Problem(self.name, _position(node), Message("tag_not_allowed", tag=node.tag))
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, (*path, i)) for i, item in enumerate(node.value)]
        return self.loader.construct_object(node, deep=True)

    def mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict[Hashable, Any]:
        result: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _PLAIN_TAGS:
                self.problems.append(Problem(self.name, _position(key_node), Message("key_not_scalar")))
                continue
            key = self.loader.construct_object(key_node)
            if key in result:
                first = self.keys[(*path, key)]
                self.problems.append(
                    Problem(
                        self.name, _position(key_node), Message("duplicate_key", key=key, line=first.line)
                    )
                )
                continue
            self.keys[(*path, key)] = _position(key_node)
            result[key] = self.value(value_node, (*path, key))
        return result
