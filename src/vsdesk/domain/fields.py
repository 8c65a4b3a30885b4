"""Field paths: one way to name every value of a pupil's record.

The *pupil view* of a record is a nested dict of JSON values: ``id``, ``name``, the
``pupil`` identity, ``safeguarding``, and the sections of the current plan at the top
level (``attendance``, ``voice``, ``targets``…). A field path is the dotted route to a
leaf (``attendance.percent``, ``targets.t-3.progress``). The CLI's ``edit`` and ``--json``,
the audit history, sync changes and merge conflicts all use these paths, so they are
documented once, in ``docs/field-paths.md``.

This module converts between the typed model and documents (strictly: an unknown key or a
wrong type is an error naming the path, never the value) and describes each path from the
facts declared on the model.
"""

from __future__ import annotations

import dataclasses
import re
import types
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache, lru_cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from vsdesk.domain.meta import Owner
from vsdesk.domain.model import Identity, Plan, Pupil, Safeguarding
from vsdesk.errors import UsageError, ValidationError

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
PLAN_SECTIONS = tuple(f.name for f in dataclasses.fields(Plan) if f.name != "id")
VIEW_SECTIONS: dict[str, Any] = {"pupil": Identity, "safeguarding": Safeguarding} | {
    name: kind for name, kind in get_type_hints(Plan).items() if name != "id"
}


@dataclass(frozen=True)
class FieldSpec:
    """What a field path may hold and who owns it."""

    path: str
    kind: type
    optional: bool
    owner: Owner
    text: bool
    sensitive: bool
    choices: tuple[str, ...] | None


# --- converting model <-> documents ---------------------------------------------------------


def to_document(value: Any) -> Any:
    """Model object → JSON value (dates as ISO strings, enums as their values)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_document(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {key: to_document(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_document(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_document(cls: Any, doc: Any, path: str = "") -> Any:
    """JSON value → model object of ``cls``, refusing anything the model does not declare."""
    if not isinstance(doc, dict):
        raise ValidationError(f"'{path or 'record'}' must be an object.", field=path or None)
    hints = _hints(cls)
    unknown = set(doc) - set(hints)
    if unknown:
        bad = _join(path, sorted(unknown)[0])
        raise ValidationError(f"Unknown field '{bad}'.", field=bad)
    values = {name: _decode(hints[name], doc[name], _join(path, name)) for name in doc}
    for name, choices in _choices(cls):
        if values.get(name) not in (None, *choices):
            bad = _join(path, name)
            raise ValidationError(f"'{bad}' must be one of: {', '.join(choices)}.", field=bad)
    return cls(**values)


@cache
def _choices(cls: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The fields of ``cls`` limited to a list of choices (read once per class)."""
    return tuple(
        (field.name, tuple(field.metadata["choices"]))
        for field in dataclasses.fields(cls)
        if field.metadata.get("choices")
    )


def _decode(kind: Any, value: Any, path: str) -> Any:
    kind, optional, origin, args, is_record = _shape(kind)
    if value is None:
        if optional:
            return None
        raise ValidationError(f"'{path}' cannot be empty.", field=path)
    if origin is dict:
        if not isinstance(value, dict):
            raise ValidationError(f"'{path}' must be an object.", field=path)
        item_kind = args[1]
        return {_check_id(k, path): _decode(item_kind, v, _join(path, k)) for k, v in value.items()}
    if origin is list:
        if not isinstance(value, list):
            raise ValidationError(f"'{path}' must be a list.", field=path)
        return [_decode(args[0], v, f"{path}[{i}]") for i, v in enumerate(value)]
    if is_record:
        return from_document(kind, value, path)
    return _decode_scalar(kind, value, path)


@cache
def _shape(kind: Any) -> tuple[Any, bool, Any, tuple[Any, ...], bool]:
    """A type hint taken apart once: (inner type, optional, origin, args, is a dataclass).

    Decoding a vault reads every field of every plan; asking ``typing`` the same questions
    each time was most of the cost of listing 1,000 pupils.
    """
    inner, optional = _unwrap_optional(kind)
    return inner, optional, get_origin(inner), get_args(inner), dataclasses.is_dataclass(inner)


def _decode_scalar(kind: Any, value: Any, path: str) -> Any:
    if kind is date:
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise ValidationError(f"'{path}' must be a date (YYYY-MM-DD).", field=path)
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in kind)
            raise ValidationError(f"'{path}' must be one of: {allowed}.", field=path) from None
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind in (str, bool) and type(value) is kind:
        return value
    raise ValidationError(f"'{path}' must be {_kind_name(kind)}.", field=path)


def _check_id(key: str, path: str) -> str:
    if not ID_PATTERN.match(key):
        raise ValidationError(
            f"'{path}' keys are ids of letters, digits, '-' and '_' (at most 40).", field=path
        )
    return key


# --- the pupil view -------------------------------------------------------------------------


def pupil_view(pupil: Pupil) -> dict[str, Any]:
    """The pupil and their current plan as one document addressed by field paths."""
    view: dict[str, Any] = {
        "id": pupil.id,
        "name": pupil.name,
        "pupil": to_document(pupil.pupil),
        "safeguarding": to_document(pupil.safeguarding),
    }
    plan = pupil.current_plan
    if plan is not None:
        view["plan_id"] = plan.id
        view |= {section: to_document(getattr(plan, section)) for section in PLAN_SECTIONS}
    return view


def flatten(doc: Any, prefix: str = "") -> dict[str, Any]:
    """``{"a": {"b": 1}}`` → ``{"a.b": 1}``; lists and empty dicts stay leaves."""
    if not isinstance(doc, dict) or (not doc and prefix):
        return {prefix: doc}
    flat: dict[str, Any] = {}
    for key, value in doc.items():
        flat |= flatten(value, _join(prefix, key))
    return flat


def set_path(doc: dict[str, Any], path: str, value: Any) -> None:
    """Set a leaf, creating collection entries on the way (``targets.t-9.owner=…``)."""
    *parents, leaf = path.split(".")
    node = doc
    for part in parents:
        node = node.setdefault(part, {})
    node[leaf] = value


def get_path(doc: dict[str, Any], path: str) -> Any:
    node: Any = doc
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


# --- the catalogue of field paths ------------------------------------------------------------


@lru_cache(maxsize=16384)
def spec_for(path: str) -> FieldSpec:
    """Describe a field path, or raise UsageError if the model has no such leaf.

    Cached: a bundle of 10,000 changes asks about the same few hundred paths again and
    again (validation, ownership, free text), and the answer is a frozen value.
    """
    parts = path.split(".")
    section = VIEW_SECTIONS.get(parts[0])
    if section is None or len(parts) < 2:
        raise UsageError(f"Unknown field path '{path}'. See docs/field-paths.md.")
    kind: Any = section
    meta: dict[str, Any] = {}
    for index, part in enumerate(parts[1:], start=1):
        kind, _ = _unwrap_optional(kind)
        if get_origin(kind) is dict:
            _check_id(part, ".".join(parts[:index]))
            kind = get_args(kind)[1]
            continue
        field = _field_named(kind, part) if dataclasses.is_dataclass(kind) else None
        if field is None:
            raise UsageError(f"Unknown field path '{path}'. See docs/field-paths.md.")
        kind, meta = _hints(kind)[part], dict(field.metadata)
    return _spec(path, kind, meta)


def _spec(path: str, kind: Any, meta: dict[str, Any]) -> FieldSpec:
    kind, optional = _unwrap_optional(kind)
    if get_origin(kind) is dict or dataclasses.is_dataclass(kind) or "owner" not in meta:
        raise UsageError(f"'{path}' is a group of fields, not one field.")
    return FieldSpec(
        path=path,
        kind=kind,
        optional=optional,
        owner=meta["owner"],
        text=meta["text"],
        sensitive=meta["sensitive"],
        choices=meta["choices"],
    )


def owner_of(path: str) -> Owner:
    """Owner of any path, including group paths (a whole target is shared)."""
    try:
        return spec_for(path).owner
    except UsageError:
        return Owner.AUTHORITY if path.split(".")[0] in ("pupil", "safeguarding") else Owner.SHARED


def iter_leaf_specs() -> Iterator[FieldSpec]:
    """Every field of the model, with ``<id>`` standing for collection keys (for the docs)."""
    for section, kind in VIEW_SECTIONS.items():
        yield from _walk(kind, section)


def _walk(kind: Any, prefix: str) -> Iterator[FieldSpec]:
    if get_origin(kind) is dict:
        yield from _walk(get_args(kind)[1], f"{prefix}.<id>")
        return
    for field in dataclasses.fields(kind):
        hint = _hints(kind)[field.name]
        inner, _ = _unwrap_optional(hint)
        path = f"{prefix}.{field.name}"
        if get_origin(inner) is dict or dataclasses.is_dataclass(inner):
            yield from _walk(inner, path)
        else:
            yield _spec(path, hint, dict(field.metadata))


def parse_value(spec: FieldSpec, raw: str) -> Any:
    """Text typed at a command line → the JSON value for ``spec`` (validated later)."""
    if raw == "" and spec.optional:
        return None
    try:
        if spec.kind is bool:
            return _parse_bool(raw)
        if spec.kind is int:
            return int(raw)
        if spec.kind is float:
            return float(raw.removeprefix("£").replace(",", ""))
    except ValueError:
        raise ValidationError(
            f"'{spec.path}' must be {_kind_name(spec.kind)}.", field=spec.path
        ) from None
    return raw


def _parse_bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in ("true", "yes", "y", "1", "done"):
        return True
    if lowered in ("false", "no", "n", "0", ""):
        return False
    raise ValueError(raw)


# --- helpers ------------------------------------------------------------------------------


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return get_type_hints(cls)


def _field_named(cls: Any, name: str) -> dataclasses.Field[Any] | None:
    return next((f for f in dataclasses.fields(cls) if f.name == name), None)


def _unwrap_optional(kind: Any) -> tuple[Any, bool]:
    if get_origin(kind) in (Union, types.UnionType):
        args = [a for a in get_args(kind) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return kind, False


def _kind_name(kind: Any) -> str:
    names = {int: "a whole number", float: "a number", bool: "yes or no", str: "text"}
    return names.get(kind, getattr(kind, "__name__", "a value"))


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def pupil_from_view(pupil: Pupil, view: dict[str, Any]) -> Pupil:
    """Fold an edited view back into the pupil: identity, contacts and the current plan."""
    plan = pupil.current_plan
    plans = list(pupil.plans)
    if plan is not None:
        plan_doc = {"id": plan.id} | {section: view[section] for section in PLAN_SECTIONS}
        plans[plans.index(plan)] = from_document(Plan, plan_doc)
    return Pupil(
        id=pupil.id,
        pupil=from_document(Identity, view["pupil"], "pupil"),
        safeguarding=from_document(Safeguarding, view["safeguarding"], "safeguarding"),
        plans=plans,
    )
