"""How a pupil's record is cut into synced entities and fields, and put back together.

A pupil is one entity, ``pupil:<pupil id>``, holding the ``pupil.*`` and ``safeguarding.*``
fields; each termly plan is another, ``plan:<pupil id>.<plan id>``, holding the plan's
sections (``attendance.percent``, ``targets.t-3.progress``…). Field names are the field
paths of :mod:`vsdesk.domain.fields`, so a change, a conflict and an edit on the command line
all name a value the same way, and the owner and free-text facts come from the model.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from vsdesk.domain.fields import (
    PLAN_SECTIONS,
    flatten,
    from_document,
    set_path,
    spec_for,
    to_document,
)
from vsdesk.domain.meta import Owner
from vsdesk.domain.model import Identity, Plan, Pupil, Safeguarding
from vsdesk.errors import UsageError, ValidationError

PUPIL_PREFIXES = ("pupil.", "safeguarding.")


def pupil_entity(pupil_id: str) -> str:
    return f"pupil:{pupil_id}"


def plan_entity(pupil_id: str, plan_id: str) -> str:
    return f"plan:{pupil_id}.{plan_id}"


def parse_entity(entity: str) -> tuple[str, str, str | None]:
    """``(kind, pupil id, plan id or None)``; ValueError for a name not of this form."""
    kind, _, rest = entity.partition(":")
    if kind == "pupil" and rest and "." not in rest:
        return kind, rest, None
    pupil_id, dot, plan_id = rest.partition(".")
    if kind == "plan" and pupil_id and dot and plan_id and "." not in plan_id:
        return kind, pupil_id, plan_id
    raise ValueError("unknown entity")


def entity_for_path(pupil_id: str, plan_id: str | None, path: str) -> str:
    if path.startswith(PUPIL_PREFIXES):
        return pupil_entity(pupil_id)
    if plan_id is None:
        raise ValidationError("This pupil has no plan yet.")
    return plan_entity(pupil_id, plan_id)


def check_field(entity: str, field: str) -> None:
    """ValueError unless ``field`` is a real leaf of the model that belongs to ``entity``."""
    kind, _, _ = parse_entity(entity)
    try:
        spec_for(field)
    except (UsageError, ValidationError):
        raise ValueError("unknown field path") from None
    if (kind == "pupil") != field.startswith(PUPIL_PREFIXES):
        raise ValueError("field path does not belong to this entity")


def entity_fields(pupil: Pupil) -> Iterator[tuple[str, str, Any]]:
    """Every non-empty leaf of the record as ``(entity, field, value)``: a pupil's creation."""
    identity = {"pupil": to_document(pupil.pupil), "safeguarding": to_document(pupil.safeguarding)}
    yield from _leaves(pupil_entity(pupil.id), identity)
    for plan in pupil.plans:
        yield from plan_fields(pupil.id, plan)


def plan_fields(pupil_id: str, plan: Plan) -> Iterator[tuple[str, str, Any]]:
    """Every non-empty leaf of one plan as ``(entity, field, value)``: a plan's creation."""
    document = to_document(plan)
    document.pop("id")
    yield from _leaves(plan_entity(pupil_id, plan.id), document)


def _leaves(entity: str, document: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    for field, value in flatten(document).items():
        if value is not None and value != "" and value != {}:
            yield entity, field, value


def assemble(
    pupil_id: str,
    existing: Pupil | None,
    views: Mapping[str, Mapping[str, Any]],
) -> Pupil:
    """The pupil after a merge: ``views`` maps each touched entity to ``{field: value}``.

    Entities not in ``views`` keep what ``existing`` had. Values are checked as strictly as
    any document (ValidationError names the field path, never the value).
    """
    identity = existing.pupil if existing else Identity()
    safeguarding = existing.safeguarding if existing else Safeguarding()
    plans = {plan.id: plan for plan in (existing.plans if existing else [])}
    for entity, view in views.items():
        _, _, plan_id = parse_entity(entity)
        document = _document(view)
        if plan_id is None:
            identity = from_document(Identity, document.get("pupil", {}), "pupil")
            safeguarding = from_document(
                Safeguarding, document.get("safeguarding", {}), "safeguarding"
            )
        else:
            sections = {k: v for k, v in document.items() if k in PLAN_SECTIONS}
            plans[plan_id] = from_document(Plan, {"id": plan_id} | sections)
    return Pupil(id=pupil_id, pupil=identity, safeguarding=safeguarding, plans=list(plans.values()))


def _document(view: Mapping[str, Any]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for field, value in sorted(view.items()):
        set_path(document, field, value)
    return document


class ModelPolicy:
    """The merge policy read off the domain model: owners and free text per field path."""

    def owner_of(self, field: str) -> str:
        try:
            return spec_for(field).owner.value
        except (UsageError, ValidationError):
            return Owner.SHARED.value

    def is_free_text(self, field: str) -> bool:
        try:
            return spec_for(field).text
        except (UsageError, ValidationError):
            return False
