"""The closed sets the command line offers, kept light so that start-up imports nothing heavy."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """The kinds of input file."""

    STANDARD = "standard"
    BASELINE = "baseline"
    PLAN = "plan"


class Output(StrEnum):
    """`validate`'s output formats."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    JUNIT = "junit"


class GroupBy(StrEnum):
    DIMENSION = "dimension"
    DEPARTMENT = "department"


class PackFormat(StrEnum):
    """`report`'s output formats."""

    HTML = "html"
    MARKDOWN = "markdown"


class StandardsFormat(StrEnum):
    """`standards`' output formats."""

    TABLE = "table"
    JSON = "json"


class RosterFormat(StrEnum):
    """`roster`'s output formats."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"
    YAML = "yaml"


FIRST_YEAR, LAST_YEAR = 1949, 2100
"""The years a figures file, a roster or a command may name."""
