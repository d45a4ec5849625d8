"""Reading a YAML file safely while keeping the line and column of every key and value.

PyYAML's loaders build plain Python values and forget where they came from, and they keep the
last of two equal keys without a word. Here the file is composed into nodes by the safe
loader (the C one where present), walked once, and turned into values alongside a map from
each value's path (``("qualitative", "boundaries", "met")``) to where it stood.
"""

from __future__ import annotations

import json
import re
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from zone_gap.i18n import Message
from zone_gap.io.problem import InputError, Position, Problem, system_reason
from zone_gap.io.syntax import impossible_date, position_at, reader_problem, syntax_problem, typos

try:  # the C parser is several times faster; results are the same
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

Key = str | int
KeyPath = tuple[Key, ...]

MAX_BYTES = 1024 * 1024
MAX_NODES = 100_000  # far above any real file; stops alias bombs before they expand
MAX_DEPTH = 32  # the deepest real file nests 8 levels; deeper is a mistake or an attack
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")
_UNREADABLE = object()
"""A scalar that could not be read (its problem is noted): left out of the values."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Document:
    """The values of one YAML file and where each of them stood."""

    name: str
    data: Any
    values: dict[KeyPath, yaml.Node] = field(repr=False)
    keys: dict[KeyPath, yaml.Node] = field(repr=False)
    """The node of every value and key by path; turned into a position only when a problem needs one."""
    traps: dict[KeyPath, Message] = field(default_factory=dict, repr=False)
    """Values YAML 1.1 reads otherwise than people mean (``no`` as false, ``012`` as 10), by path."""
    findings: list[Problem] = field(default_factory=list)
    """Problems found while reading that did not stop it: duplicate keys (the first is kept), tags,
    YAML 1.1 traps, the encoding. Errors among them make the file invalid when its model is read."""
    text: str = field(default="", repr=False)
    """The text read, for saying what a line that fails to validate was probably meant to be."""

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.findings if p.severity == "warning"]

    def position(self, path: KeyPath, *, key: bool = False) -> Position | None:
        """Where ``path`` stood; for a path that is absent, the nearest enclosing value."""
        if key and path in self.keys:
            return _position(self.keys[path])
        for end in range(len(path), -1, -1):
            found = self.values.get(path[:end])
            if found is not None:
                return _position(found)
        return None

    def scalar(self, path: KeyPath, *, key: bool = False) -> tuple[str, str] | None:
        """The text of the scalar at ``path`` (or of its key) as written, and what YAML made of it:
        ``str`` for a quoted one, else the tag it resolved to (``bool``, ``null``, ``int``, ``float``,
        ``timestamp``, ``str``); none for a mapping or a list."""
        node = (self.keys if key else self.values).get(path)
        if not isinstance(node, yaml.ScalarNode):
            return None
        return node.value, "str" if node.style else node.tag.rsplit(":", 1)[-1]

    def problem(
        self, path: KeyPath, message: Message, *, key: bool = False, severity: str = "error"
    ) -> Problem:
        return Problem(self.name, self.position(path, key=key), message, severity)


def yaml_text(text: str) -> str:
    """``text`` as a file should hold it to be read back as that text, as a key or as a value: plain
    where YAML reads it so (``enterprises``), else in double quotes (``"yes"``, ``"123"``, ``"null"``,
    ``""``), since YAML 1.1 tools read ``yes`` as true even where this reader keeps a key's text."""
    try:
        plain = yaml.load(text, Loader=SafeLoader) == text and yaml.load(f"{text}: 0", Loader=SafeLoader) == {
            text: 0
        }
    except yaml.YAMLError:
        plain = False
    return text if plain and text.strip() == text else json.dumps(text, ensure_ascii=False)


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; one that is missing, a folder, unreadable or over ``limit`` is an error."""
    name = str(path)
    try:
        if path.stat().st_size > limit:
            raise InputError([Problem(name, None, Message("file_too_large", limit=limit))])
        return path.read_bytes()
    except IsADirectoryError as e:
        raise InputError([Problem(name, None, Message("file_is_directory"))]) from e
    except FileNotFoundError as e:
        raise InputError([Problem(name, None, Message("file_missing"))]) from e
    except OSError as e:
        raise InputError([Problem(name, None, Message("file_unreadable", reason=system_reason(e)))]) from e


def decode(raw: bytes, name: str, limit: int = MAX_BYTES) -> tuple[str, list[Problem]]:
    """The text of a file and any warning about its encoding.

    UTF-8 (with or without a byte-order mark) and UTF-16 with one are read as they are. A file that is
    not UTF-8 but is valid GB18030 — what Chinese Windows editors often save — is read as GB18030 with
    a warning; that is tried only after strict UTF-8 fails, since UTF-8 bytes also decode as GB18030.
    A file that says it is UTF-8 or UTF-16 by its byte-order mark and is not is refused, said so.
    """
    if len(raw) > limit:
        raise InputError([Problem(name, None, Message("file_too_large", limit=limit))])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError as e:
            odd = len(raw) % 2 == 1 and e.start >= len(raw) - 1
            message = Message("utf16_odd" if odd else "utf16_broken")
            raise InputError([Problem(name, _utf16_position(raw, e.start), message)]) from None
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        before = e.object[: e.start].decode("utf-8")  # the text up to the first byte that is not UTF-8
        where = Position(before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1)
        if raw.startswith(_UTF8_BOM):  # a UTF-8 mark before bytes that are not UTF-8
            raise InputError([Problem(name, where, _marked_not_utf8(raw))]) from e
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError([Problem(name, where, Message("not_utf8"))]) from e
        return text, [Problem(name, where, Message("gb18030"), "warning")]


_UTF8_BOM = b"\xef\xbb\xbf"


def _marked_not_utf8(raw: bytes) -> Message:
    """What a file is that opens with UTF-8's byte-order mark and then is not UTF-8: most often
    GB18030 text behind a mark that an editor or a script added (the two encodings read as one)."""
    text = raw
    while text.startswith(_UTF8_BOM):  # a file saved with its mark twice keeps both
        text = text[len(_UTF8_BOM) :]
    try:
        text.decode("gb18030")
    except UnicodeDecodeError:
        return Message("bom_not_utf8")
    return Message("bom_gb18030")


def _utf16_position(raw: bytes, start: int) -> Position:
    """The line and column (in characters) of the byte ``start`` of a UTF-16 file, read up to it."""
    before = raw[: start - start % 2].decode("utf-16", errors="replace")
    return Position(before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1)


def load_document(path: Path) -> Document:
    """Read and parse one YAML file; every problem found becomes part of one ``InputError``."""
    name = str(path)
    text, warnings = decode(read_bytes(path), name)
    return parse_document(text, name, warnings)


def parse_document(
    text: str, name: str, warnings: list[Problem] | None = None, *, loader_class: type[Any] = SafeLoader
) -> Document:
    """Parse YAML text; ``warnings`` found while reading it travel with the document. The C loader
    is used where PyYAML has it; ``loader_class`` picks another (the tests compare the two)."""
    try:
        return _parse(text, name, warnings or [], loader_class)
    except RecursionError:  # nesting deeper than the parser can follow
        raise InputError([Problem(name, _too_deep(text), Message("too_deep", limit=MAX_DEPTH))]) from None


def _parse(text: str, name: str, warnings: list[Problem], loader_class: type[Any]) -> Document:
    odd = _ODD_BREAK.search(text)
    if odd is not None:  # YAML would start a new line there, where no editor shows one
        code = f"U+{ord(odd.group()):04X}"
        where = position_at(text, odd.start())
        raise InputError([Problem(name, where, Message("control_character", code=code))])
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError([Problem(name, Position(1, 1), Message("file_empty"))])
        walker = _Walker(loader, name)
        data = walker.value(node, ())
    except yaml.MarkedYAMLError as e:
        raise InputError(_syntax_problems(e, text, name, loader_class)) from None
    except yaml.reader.ReaderError as e:
        found, message = reader_problem(e, text)
        raise InputError([Problem(name, found, message)]) from None
    except yaml.YAMLError:
        raise InputError([Problem(name, None, Message("yaml_other", key_part=""))]) from None
    finally:
        loader.dispose()
    return Document(name, data, walker.values, walker.keys, walker.traps, warnings + walker.problems, text)


def _syntax_problems(
    error: yaml.MarkedYAMLError, text: str, name: str, loader_class: type[Any]
) -> list[Problem]:
    """The typed mistakes at or before the line where the parser gave up, which are its cause;
    else the parser's error in our words, at the marks of the pure parser (the C one's are vaguer)."""
    deep = _too_deep(text)
    if deep is not None:
        return [Problem(name, deep, Message("too_deep", limit=MAX_DEPTH))]
    mark = error.problem_mark or error.context_mark
    stop = mark.line + 1 if mark else 1 << 30
    found = [Problem(name, t.position, t.message) for t in typos(text) if t.position.line <= stop]
    if found:
        return found
    if loader_class is not yaml.SafeLoader:
        try:
            yaml.SafeLoader(text).get_single_node()
        except yaml.MarkedYAMLError as pure:
            error = pure
    where, message = syntax_problem(error, text)
    return [Problem(name, where, message)]


def _too_deep(text: str) -> Position | None:
    """Where collections first nest deeper than ``MAX_DEPTH``, read from the parser's events (which
    need no recursion), or None."""
    depth = 0
    try:  # the pure parser: the C one gives up at its own limit before saying where
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return _position(event)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except (yaml.YAMLError, RecursionError):
        pass
    return None


_STANDARD = "tag:yaml.org,2002:"
_OCTAL = re.compile(r"[-+]?0[0-7]+")
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")
)


def _position(node: yaml.Node | yaml.Event) -> Position:
    assert node.start_mark is not None
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


_WORDS_11 = ("yes", "no", "on", "off")
"""Plain words YAML 1.1 reads as true or false."""


class _Walker:
    """Builds values from composed nodes, noting positions and duplicate keys."""

    def __init__(self, loader: Any, name: str) -> None:
        self.loader = loader
        self.name = name
        self.values: dict[KeyPath, yaml.Node] = {}
        self.keys: dict[KeyPath, yaml.Node] = {}
        self.problems: list[Problem] = []
        self.traps: dict[KeyPath, Message] = {}
        self.seen = 0

    def value(self, node: yaml.Node, path: KeyPath) -> Any:
        self.seen += 1
        if self.seen > MAX_NODES:
            raise InputError(
                [Problem(self.name, _position(node), Message("too_many_nodes", limit=MAX_NODES))]
            )
        if len(path) > MAX_DEPTH:
            raise InputError([Problem(self.name, _position(node), Message("too_deep", limit=MAX_DEPTH))])
        self.values[path] = node
        if node.tag not in _PLAIN_TAGS:
            self.problems.append(
                Problem(
                    self.name,
                    _position(node),
                    Message("tag_not_allowed", tag=node.tag.replace(_STANDARD, "!!")),
                )
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, (*path, i)) for i, item in enumerate(node.value)]
        value = self.scalar(node)
        if value is _UNREADABLE:
            return None
        if isinstance(node, yaml.ScalarNode) and not node.style:  # plain: None, or "" from the C parser
            self.trap(node, value, path)
        return value

    def scalar(self, node: yaml.Node) -> Any:
        """A scalar's value; a date that does not exist (2021-02-29) or a control character in a
        text is a problem at its node, and the value is left out."""
        try:
            value = self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError):
            self.problems.append(Problem(self.name, _position(node), impossible_date(str(node.value))))
            return _UNREADABLE
        if isinstance(value, str):
            control = _CONTROL.search(value)
            if control is not None:
                code = f"U+{ord(control.group()):04X}"
                self.problems.append(
                    Problem(self.name, _position(node), Message("control_in_text", code=code))
                )
                return _UNREADABLE
            if isinstance(node, yaml.ScalarNode) and not node.style and " ＃" in value:
                self.problems.append(
                    Problem(self.name, _position(node), Message("wide_hash_in_text", text=value), "warning")
                )
        return value

    def trap(self, node: yaml.ScalarNode, value: Any, path: KeyPath) -> None:
        """Note a plain scalar that YAML 1.1 turns into something else than its text says."""
        text = node.value
        kind = node.tag.rsplit(":", 1)[-1]
        if kind == "bool" and text.lower() in ("yes", "no", "on", "off"):
            self.traps[path] = Message("trap_bool", text=text, value=str(value).lower())
            self.problems.append(
                Problem(
                    self.name,
                    _position(node),
                    Message("trap_bool_flag", text=text, value=str(value).lower()),
                )
            )
        elif kind == "timestamp":
            self.traps[path] = Message("trap_date", text=text)
        elif kind in ("int", "float") and (":" in text or "_" in text or _OCTAL.fullmatch(text)):
            why = "base60" if ":" in text else "underscore" if "_" in text else "octal"
            self.problems.append(
                Problem(
                    self.name,
                    _position(node),
                    Message(
                        f"trap_{why}", text=text, value=value, plain=text.replace("_", "").lstrip("0") or "0"
                    ),
                )
            )

    def mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict[Hashable, Any]:
        result: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _PLAIN_TAGS:
                self.problems.append(Problem(self.name, _position(key_node), Message("key_not_scalar")))
                continue
            key = self.scalar(key_node)
            if key_node.tag.endswith(":bool") and key_node.value.lower() in _WORDS_11 and not key_node.style:
                key = key_node.value  # a key names something: `on:` is "on", never YAML 1.1's true
            if key is _UNREADABLE:
                continue
            if key in result:
                first = _position(self.keys[(*path, key)])
                self.problems.append(
                    Problem(
                        self.name, _position(key_node), Message("duplicate_key", key=key, line=first.line)
                    )
                )
                continue
            self.keys[(*path, key)] = key_node
            result[key] = self.value(value_node, (*path, key))
        return result
