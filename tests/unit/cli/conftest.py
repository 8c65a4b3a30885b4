"""Fixtures of the in-process command-line tests (see cli_kit)."""

from cli_kit import data_dir, demo_template, run

__all__ = ["data_dir", "demo_template", "run"]
