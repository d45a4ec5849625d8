"""The command line: the only layer that imports typer, parses options and picks an exit code."""

from zone_gap.cli.main import app, run

__all__ = ["app", "run"]
