"""zone-gap: how far an industrial park stands from the standard for a high-tech zone."""

__version__ = "0.1.0"
