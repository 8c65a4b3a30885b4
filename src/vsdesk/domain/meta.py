"""Per-field facts carried on the model itself: who owns a field, whether it is free text,
whether it is safeguarding-sensitive.

They live in ``dataclasses.field(metadata=...)`` beside each attribute so that there is one
place to read them from: the field catalogue (field paths), the merge policy (owner wins,
free text never lost), the packs (sensitive fields left out) and validation all derive from
the model instead of keeping their own lists that drift apart.
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Any


class Owner(StrEnum):
    """Who decides a field when both sides changed it (DESIGN §3, "field ownership")."""

    AUTHORITY = "authority"
    SCHOOL = "school"
    SHARED = "shared"


def fact(
    owner: Owner,
    *,
    text: bool = False,
    sensitive: bool = False,
    choices: tuple[str, ...] | None = None,
    default: Any = None,
    default_factory: Any = None,
) -> Any:
    """Declare a model attribute together with its ownership and handling facts.

    ``text`` marks free text (never overwritten silently in a merge), ``sensitive`` marks
    safeguarding data (not printed or exported unless asked), ``choices`` closes the values.
    """
    metadata = {"owner": owner, "text": text, "sensitive": sensitive, "choices": choices}
    if default_factory is not None:
        return dataclasses.field(default_factory=default_factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)
