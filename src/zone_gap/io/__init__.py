"""Bytes to values: YAML with positions, located problems, the project's folders, atomic writes."""
