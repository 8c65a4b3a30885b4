"""Merge registers to and from JSON, so each entity's state can be stored between bundles.

Only the registers are stored; what an entity shows (values, conflicts, deletes) is derived
again from them by :func:`vsdesk.sync.merge.build_entity`, so a stored state can never
disagree with the rules that made it.
"""

from __future__ import annotations

from typing import Any

from vsdesk.sync.conflicts import FieldState, Policy, Tombstone
from vsdesk.sync.merge import EntityState, Register, build_entity


def encode_entity(state: EntityState) -> dict[str, Any]:
    return {
        "fields": {f: _encode_register(r, _field_state) for f, r in state.registers.items()},
        "scopes": {s: _encode_register(r, _tombstone) for s, r in state.scopes.items()},
    }


def decode_entity(entity: str, data: dict[str, Any], policy: Policy) -> EntityState:
    registers = {
        f: Register(tuple(FieldState(**h) for h in r["heads"]), frozenset(r["superseded"]))
        for f, r in data["fields"].items()
    }
    scopes = {
        s: Register(
            tuple(Tombstone(**(h | {"covers": frozenset(h["covers"])})) for h in r["heads"]),
            frozenset(r["superseded"]),
        )
        for s, r in data["scopes"].items()
    }
    return build_entity(entity, registers, scopes, policy)


def _encode_register(register: Register[Any], encode: Any) -> dict[str, Any]:
    return {"heads": [encode(h) for h in register.heads], "superseded": sorted(register.superseded)}


def _field_state(head: FieldState) -> dict[str, Any]:
    return {
        "value": head.value,
        "version": head.version,
        "author": head.author,
        "side": head.side,
        "change_id": head.change_id,
    }


def _tombstone(head: Tombstone) -> dict[str, Any]:
    return {
        "version": head.version,
        "author": head.author,
        "side": head.side,
        "change_id": head.change_id,
        "deleted": head.deleted,
        "covers": sorted(head.covers),
    }
