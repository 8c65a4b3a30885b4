"""Everything the command lines print about data goes through here: JSON for programs,
aligned text and sentences for people, and always escaped for the terminal.

A pupil's name or a note can arrive by sync or CSV from anywhere; a raw ESC sequence in it
could clear the screen, fake a prompt or retitle the window, and a right-to-left override
(U+202E) could make one name read as another. :func:`say` is the one door to stdout for
data, so no command can forget (see :mod:`vsdesk.domain.text_safety`).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from vsdesk.domain.fields import flatten
from vsdesk.domain.text_safety import BIDI_CONTROLS, escape_for_terminal


def say(*parts: object, sep: str = " ") -> None:
    """Print a line for a person, control and bidi characters escaped."""
    print(escape_for_terminal(sep.join(str(part) for part in parts)))


def warn(text: str) -> None:
    """A notice on stderr (not data: for the person, not for a pipe)."""
    print(escape_for_terminal(text), file=sys.stderr)


def print_json(value: Any) -> None:
    """JSON with non-ASCII kept readable, but every control, bidi or C1 character written as
    a ``\\uXXXX`` escape (still valid JSON, and harmless on a terminal)."""
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False, default=str)
    sys.stdout.write("".join(_json_safe(char) for char in text) + "\n")


def _json_safe(char: str) -> str:
    if char in "\n" or not (char in BIDI_CONTROLS or unicodedata.category(char) == "Cc"):
        return char
    return f"\\u{ord(char):04x}"


def print_fields(view: dict[str, Any]) -> None:
    """One ``path: value`` line per field, empty fields left out."""
    flat = flatten(view)
    for path, value in flat.items():
        if value not in (None, "", {}, []):
            say(f"{path}: {value}")


def print_table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> None:
    safe = [[escape_for_terminal(str(cell)) for cell in row] for row in (headers, *rows)]
    widths = [max(len(cell) for cell in column) for column in zip(*safe, strict=True)]
    for row in safe:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def plain_value(value: Any) -> str:
    """A stored value as a person reads it: no Python reprs, "(empty)" for nothing."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, datetime):
        return value.strftime("%d %b %Y %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def when(stamp: str) -> str:
    """An ISO timestamp (UTC) as ``13 Nov 2026 10:02`` in local time."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d %b %Y %H:%M").lstrip("0")
