"""Fuzzing (extends every class): random dates (any y-m-d text, real or not), random nesting, and
random control and full-width characters inserted anywhere in the shipped baseline; validate, check
and project run in-process must end with a documented exit code (0, 1 or 2), no exception and no
traceback.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile._support import SHIPPED_BASELINE, assert_no_crash, write, zg

dates = st.builds(
    lambda y, m, d, sep: f"{y:04d}{sep}{m:02d}{sep}{d:02d}",
    st.integers(0, 9999),
    st.integers(0, 99),
    st.integers(0, 99),
    st.sampled_from(["-", "-", "/", "－"]),
)
nestings = st.builds(
    lambda opener, depth: opener * depth + "1" + {"[": "]", "{a: ": "}"}[opener] * depth,
    st.sampled_from(["[", "{a: "]),
    st.integers(0, 120),
)
ODD = [*map(chr, range(0x00, 0x20)), "\x7f", "\x85", "\x9b", "\u2028", "\ufeff"]
ODD += ["：", "１", "６", "％", "\u3000", "“", "”", "‘", "’", "＃", "，", "。", ": ", "-", "'", '"']
odd_characters = st.lists(st.sampled_from(ODD), min_size=1, max_size=6).map("".join)
insertions = st.one_of(dates, nestings, odd_characters, st.builds(lambda d: f"as_of: {d}\n", dates))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.tuples(st.floats(0, 1), insertions), min_size=1, max_size=3))
def test_a_mangled_baseline_never_crashes(pieces: list[tuple[float, str]]) -> None:
    text = SHIPPED_BASELINE
    for where, piece in pieces:
        at = int(where * len(text))
        text = text[:at] + piece + text[at:]
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "2020.yaml", text)
        for args in (["validate", "--kind", "baseline", path], ["check", path], ["project", folder]):
            result = zg(*args)
            assert_no_crash(result, {0, 1, 2})
