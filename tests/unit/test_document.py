import time
from pathlib import Path

import pytest
import yaml

from zone_gap.i18n import Lang
from zone_gap.io.document import load_document, parse_document
from zone_gap.io.problem import InputError, Position


def problems(text: str) -> list[tuple[Position | None, str]]:
    """The errors in ``text``: those that stop reading it, or else those found along the way."""
    try:
        document = parse_document(text, "f.yaml")
    except InputError as e:
        return [(p.position, p.message.key) for p in e.problems]
    return [(p.position, p.message.key) for p in document.findings if p.severity == "error"]


def test_positions_of_keys_and_values_are_kept() -> None:
    document = parse_document("park: X\nqualitative:\n  boundaries:\n    met: true\n", "f.yaml")
    assert document.position(("qualitative", "boundaries", "met")) == Position(4, 10)
    assert document.position(("qualitative", "boundaries", "met"), key=True) == Position(4, 5)
    assert document.position(("qualitative", "missing")) == Position(3, 3)  # nearest enclosing value


def test_duplicate_keys_are_errors_at_every_depth() -> None:
    text = "park: X\npark: Y\nqualitative:\n  boundaries: {met: true, met: false}\n"
    assert problems(text) == [(Position(2, 1), "duplicate_key"), (Position(4, 27), "duplicate_key")]


def test_duplicate_key_message_points_to_the_first() -> None:
    [problem] = parse_document("a: 1\nb: 2\na: 3\n", "f.yaml").findings
    assert problem.render(Lang.EN) == (
        "f.yaml:3:1: error: duplicate key `a` (already on line 1); remove one of them"
    )


def test_syntax_error_is_located() -> None:
    assert problems("park: X\nyear: [2020\n") == [(Position(2, 7), "yaml_unclosed_bracket")]


def test_empty_file_and_several_documents_are_errors() -> None:
    assert problems("") == [(Position(1, 1), "file_empty")]
    assert problems("# only a comment\n") == [(Position(1, 1), "file_empty")]
    assert problems("a: 1\n---\nb: 2\n")[0][1] == "yaml_two_documents"


@pytest.mark.parametrize(
    "text",
    ["a: !!python/object/apply:os.system ['true']\n", "a: !!python/name:os.system\n", "a: !custom {b: 1}\n"],
)
def test_tags_are_refused_and_never_run(text: str) -> None:
    assert [key for _, key in problems(text)] == ["tag_not_allowed"]


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(
            f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]"
        )
    start = time.perf_counter()
    assert [key for _, key in problems("\n".join(lines) + "\n")] == ["too_many_nodes"]
    assert time.perf_counter() - start < 1


@pytest.mark.parametrize(
    ("data", "encoding"),
    [("park: 园区\n", "utf-8"), ("park: 园区\n", "utf-8-sig"), ("park: 园区\n", "utf-16")],
)
def test_unicode_encodings_with_a_byte_order_mark_are_read(tmp_path: Path, data: str, encoding: str) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(data.encode(encoding))
    assert load_document(path).data == {"park": "园区"}


def test_gb18030_is_read_with_a_warning_only_after_utf8_fails(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes("park: X\nname: 名称\n".encode("gb18030"))
    document = load_document(path)
    assert document.data == {"park": "X", "name": "名称"}
    assert [(p.position, p.message.key, p.severity) for p in document.warnings] == [
        (Position(2, 7), "gb18030", "warning")
    ]
    utf8 = tmp_path / "u.yaml"
    utf8.write_bytes("name: 名称\n".encode())  # these bytes would decode as GB18030 too, wrongly
    assert load_document(utf8).data == {"name": "名称"}
    assert load_document(utf8).warnings == []


def test_bytes_that_are_neither_utf8_nor_gb18030_are_located(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"park: X\nname: \xff\xff\n")
    with pytest.raises(InputError) as raised:
        load_document(path)
    assert [(p.position, p.message.key) for p in raised.value.problems] == [(Position(2, 7), "not_utf8")]


def test_a_directory_or_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    for path, key in ((tmp_path, "file_is_directory"), (tmp_path / "none.yaml", "file_missing")):
        with pytest.raises(InputError) as raised:
            load_document(path)
        assert raised.value.problems[0].message.key == key


@pytest.mark.parametrize(
    ("text", "key", "severity"),
    [
        ("a: 012\n", "trap_octal", "error"),
        ("a: 1:30\n", "trap_base60", "error"),
        ("a: 1_000\n", "trap_underscore", "error"),
        ("a: yes\n", "trap_bool_flag", "error"),  # where true or false belongs: write `true`
        ("a: Off\n", "trap_bool_flag", "error"),
    ],
)
def test_yaml_11_traps_are_flagged(text: str, key: str, severity: str) -> None:
    if severity == "error":
        assert [k for _, k in problems(text)] == [key]
    else:
        assert [(p.message.key, p.severity) for p in parse_document(text, "f.yaml").warnings] == [
            (key, severity)
        ]


def test_quoted_values_and_true_are_no_traps() -> None:
    document = parse_document("a: 'no'\nb: true\nc: '012'\nd: 12\ne: 2022-06-30\n", "f.yaml")
    assert document.warnings == []
    assert set(document.traps) == {("e",)}  # a date is a trap only where a number or text is expected


CASE_FILES = sorted(p for p in (Path(__file__).resolve().parents[1] / "cases").rglob("*.yaml"))


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_the_c_loader_reads_exactly_as_the_pure_python_one(path: Path) -> None:
    """Same values, same positions, same problems, whichever parser PyYAML uses."""
    from zone_gap.io.document import decode

    def read(loader: type) -> object:
        try:
            text, warnings = decode(path.read_bytes(), "f.yaml")
            document = parse_document(text, "f.yaml", warnings, loader_class=loader)
        except InputError as e:
            return [(p.position, p.message) for p in e.problems]
        values = {path: document.position(path) for path in document.values}
        keys = {path: document.position(path, key=True) for path in document.keys}
        return (
            document.data,
            values,
            keys,
            document.traps,
            [(p.position, p.message) for p in document.findings],
        )

    assert read(yaml.CSafeLoader) == read(yaml.SafeLoader)


@pytest.mark.parametrize(
    ("raw", "key", "where"),
    [
        ("park: X\n".encode("utf-16") + b"\x00", "utf16_odd", Position(2, 1)),
        (b"\xff\xfep\x00\x00\xdc", "utf16_broken", Position(1, 2)),
        (b"\xef\xbb\xbf" + "park: 包头\n".encode("gb18030"), "bom_gb18030", Position(1, 7)),
        (b"\xef\xbb\xbfpark: \xff\n", "bom_not_utf8", Position(1, 7)),
    ],
    ids=["utf-16-odd-length", "utf-16-lone-surrogate", "utf-8-mark-then-gb18030", "utf-8-mark-then-bytes"],
)
def test_a_byte_order_mark_the_bytes_belie_is_said_at_the_first_wrong_byte(
    raw: bytes, key: str, where: Position
) -> None:
    from zone_gap.io.document import decode

    with pytest.raises(InputError) as raised:
        decode(raw, "f.yaml")
    (problem,) = raised.value.problems
    assert (problem.position, problem.message.key) == (where, key)
