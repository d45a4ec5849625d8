"""Fixtures shared by unit and acceptance tests."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import settings

from zone_gap.standard.baseline import Baseline
from zone_gap.standard.model import Standard, load_standard

# No per-example deadline (a loaded CI machine is slow, not wrong); in CI the same examples every run,
# so that a landing never hangs on a new random draw — local runs keep exploring.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

ROOT = Path(__file__).resolve().parents[1]
STANDARD_PATH = ROOT / "standards" / "inner-mongolia-2020.yaml"
BASELINE_2020 = ROOT / "baselines" / "2020.yaml"
NUMERIC = {
    "enterprise_count",
    "high_tech_share",
    "high_tech_growth",
    "high_tech_revenue",
    "rd_intensity",
    "rd_institutions",
}
"""The numeric criterion ids, part of the tool's interface."""


@pytest.fixture(scope="session")
def standard() -> Standard:
    return load_standard(STANDARD_PATH)


def make_baseline(**figures: Any) -> Baseline:
    """A baseline of park "测试园区" for 2020 unless told otherwise, with just ``figures``."""
    data = {"park": "测试园区", "year": 2020, **figures}
    return load_standard(STANDARD_PATH).figures_model.model_validate(data)


@pytest.fixture
def write_yaml(tmp_path: Path) -> Callable[..., Path]:
    """Write ``text`` (or ``data`` dumped as YAML) to a file in a temporary folder."""

    def write(name: str, text: str | None = None, data: dict[str, Any] | None = None) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        body = text if text is not None else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        path.write_text(body, encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def standard_clauses(standard: Standard) -> list[str]:
    return standard.clause_ids()


@pytest.fixture
def three_years(write_yaml: Callable[..., Path]) -> Path:
    """The notice's 2020 figures, then two invented years (2022 mid-year) for the trend."""
    write_yaml("b/2020.yaml", text=BASELINE_2020.read_text(encoding="utf-8"))
    write_yaml(
        "b/2021.yaml",
        data={
            "park": "包头金属深加工园区",
            "year": 2021,
            "enterprises": 175,
            "high_tech_enterprises": 12,
            "rd_intensity": "1.4%",
            "rd_institutions": 5,
        },
    )
    path = write_yaml(
        "b/2022.yaml",
        data={
            "park": "包头金属深加工园区",
            "year": 2022,
            "as_of": "2022-06-30",
            "enterprises": 181,
            "high_tech_enterprises": 16,
            "rd_intensity": "1.6%",
            "rd_institutions": 6,
        },
    )
    return path.parent


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


class CliRunner:
    """Runs ``zone-gap`` in-process as the installed script does (``cli.run``: usage errors in our
    words, output failures and Ctrl-C handled), with its own standard streams and environment."""

    def invoke(
        self,
        _cli: object,
        args: list[str],
        input: bytes | str | None = None,
        env: dict[str, str] | None = None,
    ) -> Result:
        from zone_gap.cli.main import run

        raw = input.encode("utf-8") if isinstance(input, str) else input or b""
        streams = [io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for _ in range(2)]
        saved = sys.stdin, sys.stdout, sys.stderr
        saved_env = dict(os.environ)
        sys.stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
        sys.stdout, sys.stderr = streams
        os.environ.update(env or {})
        exception: BaseException | None = None
        try:
            code = run([str(a) for a in args])
        except Exception as e:  # a bug: the test sees it as the script would not
            exception, code = e, 3
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved
            os.environ.clear()
            os.environ.update(saved_env)
        out, err = (self._text(s) for s in streams)
        return Result(code, out, err, exception)

    @staticmethod
    def _text(stream: io.TextIOWrapper) -> str:
        stream.flush()
        buffer = stream.buffer
        assert isinstance(buffer, io.BytesIO)
        return buffer.getvalue().decode("utf-8")


cli = object()
"""What the tests name as the command line; ``CliRunner.invoke`` runs ``zone_gap.cli.main.run``."""
