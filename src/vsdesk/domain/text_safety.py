"""Characters that must not be stored in a record, and how any text is made safe to print.

A pupil's name arriving with an ANSI escape sequence could rewrite a teacher's terminal
(clear it, fake a prompt, set the window title); a right-to-left override (U+202E) makes
``exe.txt`` read ``txt.exe``, and a name that reverses itself on screen could pass as
someone else's. Validation refuses both; output escapes whatever still arrives (a bundle or
a CSV from an older version), so neither rule relies on the other.
"""

from __future__ import annotations

import unicodedata
from typing import Final

#: Explicit direction embeddings, overrides and isolates (Unicode's "bidi controls" that
#: reorder text); LRM/RLM marks are left alone, they cannot reverse a run.
BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
FREE_TEXT_CONTROLS: Final = frozenset("\n\t")


def unsafe_character(value: str, free_text: bool) -> str | None:
    """A description of the first character not allowed in this kind of field, or None.

    Free text may hold newlines and tabs; every other control character (C0, DEL, C1) is
    refused everywhere; bidi controls are refused outside free text (names, ids, choices).
    """
    for char in value:
        if free_text and char in FREE_TEXT_CONTROLS:
            continue
        if unicodedata.category(char) == "Cc":
            return f"a control character (U+{ord(char):04X})"
        if not free_text and char in BIDI_CONTROLS:
            return f"a text-direction control (U+{ord(char):04X})"
    return None


def escape_for_terminal(value: str, keep_newlines: bool = False) -> str:
    """Control and bidi characters shown as ``\\x1b`` / ``\\u202e``, never sent raw."""
    out: list[str] = []
    for char in value:
        if keep_newlines and char == "\n":
            out.append(char)
        elif char in BIDI_CONTROLS or unicodedata.category(char) == "Cc":
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
