"""Printing results: JSON for programs, aligned text for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from vsdesk.domain.fields import flatten


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False, default=str)
    sys.stdout.write("\n")


def print_fields(view: dict[str, Any]) -> None:
    """One ``path: value`` line per field, empty fields left out."""
    flat = flatten(view)
    for path, value in flat.items():
        if value not in (None, "", {}, []):
            print(f"{path}: {value}")


def print_table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> None:
    widths = [max(len(str(c)) for c in column) for column in zip(headers, *rows, strict=False)]
    for row in (headers, *rows):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))
