"""Bundle payloads (schema version 1): what each direction carries, checked strictly.

Authority → device::

    {"authority": {"id", "name", "country"}, "profile": {…AuthorityProfile…},
     "changes": [change, …], "purge": [pupil id, …]}

Device → authority::

    {"changes": [change, …]}

Every change must be well-formed (:class:`vsdesk.sync.changes.Change`) and name a real field
of the entity it addresses. Who may send which change is checked by the importing side,
which knows the sender; this module only checks shape.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.errors import ValidationError
from vsdesk.sync.changes import Change
from vsdesk.sync.hlc import Stamp
from vsdesk.sync.pupil_entities import check_field

SCHEMA_VERSION = 1
AUTHORITY_KEYS = frozenset({"authority", "profile", "changes", "purge"})
DEVICE_KEYS = frozenset({"changes"})


def parse_changes(raw: Any) -> list[Change]:
    if not isinstance(raw, list):
        raise ValueError("changes must be a list")
    changes = [Change.from_dict(item) for item in raw]
    for change in changes:
        if change.op == "set":
            check_field(change.entity, change.field)
        check_stamp_node(change)
    return changes


def check_stamp_node(change: Change) -> None:
    """A stamp's node is the party whose clock issued it: the change's author, no other.

    Otherwise one party could write stamps in another's name and take its place in the
    total order of versions (and in every tie the clock decides).
    """
    if Stamp.parse(change.stamp).node != change.author:
        raise ValidationError("A change's clock stamp is not its author's.", field="stamp")


class ParsedPayload:
    """A bundle reader's ``validate_payload`` hook that keeps what it parsed, so the import
    applies the very changes that were checked, and parses 10,000 of them once, not twice."""

    def __init__(self, validate: Callable[[Any], list[Change]]) -> None:
        self._validate = validate
        self.changes: list[Change] = []

    def __call__(self, payload: Any) -> None:
        self.changes = self._validate(payload)


def validate_device_payload(payload: Any) -> list[Change]:
    if not isinstance(payload, dict) or set(payload) != DEVICE_KEYS:
        raise ValueError("not a device payload")
    return parse_changes(payload["changes"])


def validate_authority_payload(payload: Any) -> list[Change]:
    if not isinstance(payload, dict) or set(payload) != AUTHORITY_KEYS:
        raise ValueError("not an authority payload")
    authority = payload["authority"]
    if not isinstance(authority, dict) or set(authority) != {"id", "name", "country"}:
        raise ValueError("authority must name id, name and country")
    if not all(isinstance(value, str) for value in authority.values()):
        raise ValueError("authority fields are text")
    parse_profile(payload["profile"])
    purge = payload["purge"]
    if not isinstance(purge, list) or not all(isinstance(item, str) for item in purge):
        raise ValueError("purge must be a list of pupil ids")
    return parse_changes(payload["changes"])


def parse_profile(raw: Any) -> AuthorityProfile:
    if not isinstance(raw, dict):
        raise ValueError("profile must be an object")
    try:
        return AuthorityProfile.from_dict(raw)
    except ValidationError:
        raise ValueError("profile is not in the expected form") from None
