"""The GB 32100-2015 check character, against codes built here: a valid one computed from its 17
characters, then each character changed in turn."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zone_gap.roster.credit_code import (
    CHARSET,
    WEIGHTS,
    all_valid,
    check_character,
    code_problem,
    make_code,
    org_check_character,
)


def test_the_weights_are_the_powers_of_three_mod_31() -> None:
    assert tuple(pow(3, i, 31) for i in range(17)) == WEIGHTS
    assert len(CHARSET) == 31
    assert not set("IOSVZ") & set(CHARSET)


def test_a_code_worked_by_hand() -> None:
    # 9 1 1 5 0 2 0 4 M A 0 R 0 0 0 1 K: M is 21, A 10, R 25 (no I, O), K 19
    values = [9, 1, 1, 5, 0, 2, 0, 4, 21, 10, 0, 25, 0, 0, 0, 1, 19]
    assert [CHARSET.index(c) for c in "91150204MA0R0001K"] == values
    total = sum(v * w for v, w in zip(values, WEIGHTS, strict=True))
    assert total == 9 + 3 + 9 + 135 + 0 + 52 + 0 + 68 + 420 + 290 + 0 + 325 + 0 + 0 + 0 + 30 + 532 == 1873
    assert 1873 % 31 == 13
    assert (31 - total % 31) % 31 == 18
    assert check_character("91150204MA0R0001K") == CHARSET[18] == "J"
    # its 18th is right, but its 17th is not the organisation code's (that is X, below)
    assert code_problem("91150204MA0R0001KJ") == ("code_org_check", {"found": "K", "expected": "X"})


def test_the_organisation_code_check_worked_by_hand() -> None:
    # GB 11714 over M A 0 R 0 0 0 1 (M is 22, A 10, R 27): 66 + 70 + 0 + 270 + 0 + 0 + 0 + 2 = 408;
    # 408 mod 11 = 1; 11 − 1 = 10, written X
    assert org_check_character("MA0R0001") == "X"
    # the published codes: 1922038 2 → 164 mod 11 = 10 → 1; M000100Y → 139 mod 11 = 7 → 4
    assert org_check_character("19220382") == "1"
    assert code_problem("914403001922038216") is None
    assert org_check_character("M000100Y") == "4"
    assert org_check_character("MA0R000") is None
    assert org_check_character("MA0R000a") is None
    assert make_code("91150204MA0R0001") == "91150204MA0R0001X" + str(check_character("91150204MA0R0001X"))


@pytest.mark.parametrize(("total", "written"), [(408, "X"), (407, "0"), (406, "1"), (399, "8")])
def test_ten_is_written_x_and_eleven_zero(total: int, written: str) -> None:
    # 11 − (total mod 11): 408 → 10 → X, 407 → 11 → 0, 406 → 1, 399 → 8 (399 = 36 × 11 + 3)
    check = 11 - total % 11
    assert {10: "X", 11: "0"}.get(check, str(check)) == written


def test_the_published_example_is_valid() -> None:
    assert code_problem("91350100M000100Y43") is None


@given(st.text(alphabet=CHARSET, min_size=16, max_size=16))
def test_a_computed_code_is_valid_and_every_changed_character_is_caught(body: str) -> None:
    code = make_code(body)
    assert code_problem(code) is None
    for i, original in enumerate(code):
        for other in CHARSET:
            if other != original:
                changed = code[:i] + other + code[i + 1 :]
                assert code_problem(changed) is not None, changed


def test_what_is_wrong_is_said() -> None:
    assert code_problem("91150204MA0R0001KA") == ("code_check", {"found": "A", "expected": "J"})
    good = make_code("91150204MA0R0001")
    assert code_problem(good[:16] + "7" + str(check_character(good[:16] + "7"))) == (
        "code_org_check",
        {"found": "7", "expected": "X"},
    )
    assert code_problem("91150204MA0R0001K") == ("code_length", {"length": "17"})
    assert code_problem("91150204MA0R0001KJ0") == ("code_length", {"length": "19"})
    assert code_problem("91150204MA0O0001KJ") == ("code_character", {"character": "O"})
    assert code_problem("91150204ma0r0001kj") == ("code_character", {"character": "m"})


@pytest.mark.parametrize("body", ["", "9115020", "91150204MA0R0001KJ", "91150204MA0I0001K"])
def test_no_check_character_for_a_body_that_is_not_17_code_characters(body: str) -> None:
    assert check_character(body) is None


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=8, max_size=8))
def test_the_organisation_check_is_the_weighted_sum_of_gb_11714(body: str) -> None:
    # 11 − (Σ value × weight mod 11), 10 written X and 11 written 0; A is worth 10 … Z 35
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c, 36) * w for c, w in zip(body, weights, strict=True))
    check = 11 - total % 11
    assert org_check_character(body) == {10: "X", 11: "0"}.get(check, str(check))


_CODE_CELL = st.one_of(
    st.builds(make_code, st.text(alphabet=CHARSET, min_size=16, max_size=16)),
    st.text(alphabet=CHARSET, min_size=18, max_size=18),
    st.text(alphabet=CHARSET + "IOZ a\n", min_size=16, max_size=19),
)


@given(st.lists(_CODE_CELL, min_size=1, max_size=6))
def test_a_column_of_codes_is_valid_as_each_code_is(codes: list[str]) -> None:
    # the column at a time (a roster's rows) and a code at a time (its messages) are one rule
    assert all_valid(codes) == all(code_problem(c) is None for c in codes)
