"""The change record: one edit of one field, or the delete or restore of a record, as synced.

A change names what it changes (``entity`` and ``field``), what it changes it to (``value``),
and what it was made on top of (``base``): the versions of that field its author had in
front of them. A version is the clock stamp of the change that wrote it, so ``base`` is a
set of stamps, written sorted and joined by ``,``:

- ``""``          the field had no version yet (a first edit);
- ``"<stamp>"``   the usual case: an edit of the value the author saw;
- ``"<s1>,<s2>"`` an edit that knowingly replaces several concurrent versions (resolving a
  conflict), or a delete, whose base lists every version of the record it deletes.

The merge decides from ``base`` alone whether an incoming change follows what a replica has
or races it (see :mod:`vsdesk.sync.merge`).

``op`` is ``set`` for a field edit, ``delete`` for a tombstone of a whole entity
(``field == ""``) or of one record within it (``field`` = a group path such as
``targets.t-3``), and ``restore`` to undo a delete (keeping a record that a delete raced).

Every ``Change`` is valid by construction: ``__post_init__`` checks it and raises
``ValueError``, which the bundle reader turns into a payload error. Messages name the part
that is wrong and never quote a value, because values are pupils' personal data.
"""

from __future__ import annotations

import dataclasses
import math
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, TypeAlias

from vsdesk.sync.hlc import NODE_PATTERN, is_stamp

__all__ = [
    "CHANGE_KEYS",
    "MAX_BASE_VERSIONS",
    "OPS",
    "SIDES",
    "Change",
    "FieldKey",
    "JsonValue",
    "Op",
    "Side",
    "format_base",
    "new_change_id",
    "parse_base",
]

JsonValue: TypeAlias = "None | bool | int | float | str | list[JsonValue] | dict[str, JsonValue]"
Side = Literal["authority", "school"]
Op = Literal["set", "delete", "restore"]
#: ``(entity, field path)``; for tombstones the path is the deleted scope (``""`` = all).
FieldKey: TypeAlias = tuple[str, str]

SIDES: Final[tuple[Side, ...]] = ("authority", "school")
OPS: Final[tuple[Op, ...]] = ("set", "delete", "restore")
CHANGE_KEYS: Final = frozenset(
    {"change_id", "entity", "field", "op", "value", "base", "stamp", "author", "side"}
)
#: A delete lists every version of the record it deletes; a pupil has hundreds, not more.
MAX_BASE_VERSIONS: Final = 10_000
MAX_VALUE_DEPTH: Final = 32
MAX_FIELD_LENGTH: Final = 256

ENTITY_PATTERN: Final = re.compile(r"[a-z][a-z0-9_-]{0,31}:[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_SEGMENT = r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}"
FIELD_PATTERN: Final = re.compile(rf"{_SEGMENT}(?:\.{_SEGMENT}){{0,15}}")
CHANGE_ID_PATTERN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


def new_change_id() -> str:
    """A fresh random change id (a restored device can repeat stamps, never these)."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Change:
    """One synced edit; see the module docstring for what each part means."""

    change_id: str
    entity: str
    field: str
    value: JsonValue
    base: str
    stamp: str
    author: str
    side: Side
    op: Op = "set"
    #: ``base`` parsed: the stamps of the versions this change replaces (or, for a delete,
    #: covers).
    base_versions: frozenset[str] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_identity(self)
        _check_payload(self)
        versions = parse_base(self.base)
        if any(version >= self.stamp for version in versions):
            raise ValueError("change base must be older than the change's own stamp")
        object.__setattr__(self, "base_versions", frozenset(versions))

    @property
    def key(self) -> FieldKey:
        return (self.entity, self.field)

    @property
    def deleted(self) -> bool:
        """True for a tombstone."""
        return self.op == "delete"

    def to_dict(self) -> dict[str, Any]:
        """The record as written in a bundle payload (exactly :data:`CHANGE_KEYS`)."""
        return {key: getattr(self, key) for key in sorted(CHANGE_KEYS)}

    @classmethod
    def from_dict(cls, data: object) -> Change:
        """Read a record from a bundle payload; ``ValueError`` for anything malformed."""
        if not isinstance(data, Mapping):
            raise ValueError("a change must be an object")
        if set(data) != CHANGE_KEYS:
            expected = ", ".join(sorted(CHANGE_KEYS))
            raise ValueError(f"a change must have exactly the keys: {expected}")
        return cls(**{key: data[key] for key in CHANGE_KEYS})


def _check_identity(change: Change) -> None:
    _check_text("change_id", change.change_id, CHANGE_ID_PATTERN)
    _check_text("entity", change.entity, ENTITY_PATTERN)
    _check_text("author", change.author, NODE_PATTERN)
    if not isinstance(change.stamp, str) or not is_stamp(change.stamp):
        raise ValueError("change stamp is not a clock stamp")
    if change.side not in SIDES:
        raise ValueError("change side must be 'authority' or 'school'")


def _check_payload(change: Change) -> None:
    if change.op not in OPS:
        raise ValueError("change op must be 'set', 'delete' or 'restore'")
    if change.op == "set" or change.field != "":
        _check_text("field", change.field, FIELD_PATTERN)
    if len(change.field) > MAX_FIELD_LENGTH:
        raise ValueError("change field path is too long")
    if change.op == "set":
        _check_json(change.value, 0)
    elif change.value is not None:
        raise ValueError("a delete or restore carries no value")
    if change.op == "restore" and change.base == "":
        raise ValueError("a restore must name the delete it undoes in its base")


def _check_text(name: str, value: object, pattern: re.Pattern[str]) -> None:
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        raise ValueError(f"change {name} is malformed")


def _check_json(value: object, depth: int) -> None:
    """JSON values only: no NaN or infinities, string keys, bounded nesting."""
    if depth > MAX_VALUE_DEPTH:
        raise ValueError("change value is nested too deeply")
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("change value must be a finite number")
    elif isinstance(value, list):
        for item in value:
            _check_json(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("change value object keys must be strings")
            _check_json(item, depth + 1)
    else:
        raise ValueError("change value is not a JSON value")


def parse_base(text: object) -> tuple[str, ...]:
    """Read a base: ``""`` or stamps in strictly ascending order, joined by ``,``."""
    if not isinstance(text, str):
        raise ValueError("change base must be a string")
    if text == "":
        return ()
    versions = tuple(text.split(","))
    if len(versions) > MAX_BASE_VERSIONS:
        raise ValueError("change base names too many versions")
    if not all(is_stamp(version) for version in versions):
        raise ValueError("change base must list clock stamps")
    if any(a >= b for a, b in zip(versions, versions[1:], strict=False)):
        raise ValueError("change base must list its stamps once each, in ascending order")
    return versions


def format_base(versions: Iterable[str]) -> str:
    """Write a base from any collection of stamps (sorted, each once)."""
    return ",".join(sorted(set(versions)))
