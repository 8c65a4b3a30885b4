"""Bundle payloads (schema version 1): what each direction carries, checked strictly.

Authority → device::

    {"authority": {"id", "name", "country"}, "profile": {…AuthorityProfile…},
     "changes": [change, …], "purge": [pupil id, …]}

Device → authority::

    {"changes": [change, …]}

Every change must be well-formed (:class:`vsdesk.sync.changes.Change`) and name a real field
(or, for a delete or restore, a real group or record) of the entity it addresses. The
authority profile is converted as strictly as a local edit: every value's type, and the
values the client relies on (sections, field paths, statuses). Who may send which change is
checked by the importing side, which knows the sender (:mod:`vsdesk.sync.rights`); this
module checks shape, and which header kinds and schema versions each side reads.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Final, get_args, get_origin, get_type_hints

from vsdesk.domain.fields import PLAN_SECTIONS, spec_for
from vsdesk.domain.model import ALN_STATUSES
from vsdesk.domain.profiles import AuthorityProfile, Timescales
from vsdesk.errors import UsageError, ValidationError
from vsdesk.sync.bundle_format import KINDS_FOR_DEVICE, KINDS_FOR_HUB
from vsdesk.sync.bundle_reader import Expectation
from vsdesk.sync.changes import Change
from vsdesk.sync.crypto import is_valid_party_id
from vsdesk.sync.hlc import Stamp
from vsdesk.sync.pupil_entities import check_field
from vsdesk.sync.rights import scope_of

SCHEMA_VERSION = 1
#: The payload schema versions this release reads (one, for now; a reader of several
#: would convert older ones here).
SCHEMA_VERSIONS: Final = frozenset({SCHEMA_VERSION})
#: What a device imports: an authority's snapshot or changes; what a hub imports.
DEVICE_EXPECTS: Final = Expectation(KINDS_FOR_DEVICE, SCHEMA_VERSIONS)
HUB_EXPECTS: Final = Expectation(KINDS_FOR_HUB, SCHEMA_VERSIONS)
DEVICE_KIND: Final = "device-changes"
AUTHORITY_KEYS = frozenset({"authority", "profile", "changes", "purge"})
DEVICE_KEYS = frozenset({"changes"})
COUNTRIES: Final = ("wales", "england")
_MAX_TEXT: Final = 200
_MAX_ITEMS: Final = 64
_MAX_AMOUNT: Final = 1_000_000.0
_MAX_NUMBER: Final = 10_000


def parse_changes(raw: Any) -> list[Change]:
    if not isinstance(raw, list):
        raise ValueError("changes must be a list")
    changes = [Change.from_dict(item) for item in raw]
    for change in changes:
        if change.op == "set":
            check_field(change.entity, change.field)
        else:
            scope_of(change.entity, change.field)
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
    """The profile an authority sent, checked value by value; ``ValidationError`` names the
    first bad one (``profile.<name>``), never its value."""
    values = _typed_fields(AuthorityProfile, raw, "profile")
    values["timescales"] = Timescales(
        **_typed_fields(Timescales, raw.get("timescales", {}), "profile.timescales")
    )
    profile = AuthorityProfile(**values)
    _check_profile_values(profile)
    return profile


def _typed_fields(cls: Any, raw: Any, path: str) -> dict[str, Any]:
    """The keys of a dataclass from JSON, each of exactly its declared type (absent keys
    take the defaults; unknown keys are refused)."""
    if not isinstance(raw, dict):
        raise ValidationError(f"'{path}' must be an object.", field=path)
    hints = get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - names)
    if unknown:
        raise ValidationError(f"Unknown field '{path}.{unknown[0]}'.", field=f"{path}.{unknown[0]}")
    values = {}
    for name, value in raw.items():
        if dataclasses.is_dataclass(hints[name]):
            continue
        values[name] = _typed(hints[name], value, f"{path}.{name}")
    return values


def _typed(kind: Any, value: Any, path: str) -> Any:
    if get_origin(kind) is tuple:
        if not isinstance(value, list) or len(value) > _MAX_ITEMS:
            raise ValidationError(f"'{path}' must be a short list.", field=path)
        return tuple(_typed(get_args(kind)[0], item, path) for item in value)
    if kind is str and isinstance(value, str) and 0 < len(value) <= _MAX_TEXT:
        return value
    if kind is int and type(value) is int and 0 <= value <= _MAX_NUMBER:
        return value
    if kind is float and type(value) in (int, float) and 0 <= value <= _MAX_AMOUNT:
        return float(value)  # the range also refuses NaN and infinities
    raise ValidationError(f"'{path}' is not a valid value of its kind.", field=path)


REQUIRED_LISTS = (
    "required_for_meeting",
    "required_for_meeting_early_years",
    "required_for_meeting_post16",
)


def _check_profile_values(profile: AuthorityProfile) -> None:
    """The closed sets a local edit would hold the profile to."""
    _require(is_valid_party_id(profile.id), "profile.id")
    _require(profile.country in COUNTRIES, "profile.country")
    _require(set(profile.aln_statuses) <= set(ALN_STATUSES), "profile.aln_statuses")
    _require(set(profile.sections) <= set(PLAN_SECTIONS), "profile.sections")
    for name in REQUIRED_LISTS:
        for path in getattr(profile, name):
            try:
                spec_for(path)
            except (UsageError, ValidationError):
                _require(False, f"profile.{name}")


def _require(condition: bool, field: str) -> None:
    if not condition:
        raise ValidationError(f"'{field}' holds a value vsdesk does not know.", field=field)
