"""An in-memory receiver for the rights check, and change builders, for tests and vectors.

Holdings are plain JSON in a vector's sidecar (``holdings``), so a committed rights vector
says exactly what the receiver held when it refused the bundle.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from vsdesk.sync.changes import Change, JsonValue, Op, Side
from vsdesk.sync.rights import PupilFacts

DEVICE_ID = "device-test-1"
AUTHORITY_ID = "la-test-hub"
PUPIL = "p-1"
PLAN = "pl-2026-autumn"
OLD_PLAN = "pl-2026-spring"
PLAN_ENTITY = f"plan:{PUPIL}.{PLAN}"
PUPIL_ENTITY = f"pupil:{PUPIL}"
MILLIS = 1_764_000_000_000  # a fixed instant; rights never read a clock

_counter = itertools.count(1)


def stamp(node: str = DEVICE_ID, millis: int = MILLIS) -> str:
    """A fresh stamp, later than every earlier one from this helper."""
    return f"{millis:013d}-{next(_counter):06d}-{node}"


def change(
    entity: str,
    field: str,
    value: JsonValue = None,
    *,
    op: Op = "set",
    author: str = DEVICE_ID,
    side: Side = "school",
    base: str = "",
    at: str | None = None,
) -> Change:
    return Change(
        change_id=f"c-{next(_counter)}",
        entity=entity,
        field=field,
        value=value,
        base=base,
        stamp=at or stamp(author),
        author=author,
        side=side,
        op=op,
    )


class MemoryHoldings:
    """:class:`vsdesk.sync.rights.Holdings` from a JSON-able description.

    ``pupils``: ``{pupil id: {"authority", "plans", "current_plan", "assigned"}}``;
    ``statuses``: ``{plan entity: {stamp: status}}``.
    """

    def __init__(
        self,
        pupils: Mapping[str, Mapping[str, Any]],
        statuses: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self._pupils = {
            pupil_id: PupilFacts(
                authority=facts["authority"],
                plans=frozenset(facts["plans"]),
                current_plan=facts["current_plan"],
                assigned=facts.get("assigned", True),
            )
            for pupil_id, facts in pupils.items()
        }
        self._statuses = {entity: dict(versions) for entity, versions in (statuses or {}).items()}

    def pupil(self, pupil_id: str) -> PupilFacts | None:
        return self._pupils.get(pupil_id)

    def status_versions(self, entity: str) -> Mapping[str, str]:
        return self._statuses.get(entity, {})


def standard_pupils(assigned: bool = True) -> dict[str, dict[str, Any]]:
    """One pupil of the test authority with last term's and this term's plans."""
    return {
        PUPIL: {
            "authority": AUTHORITY_ID,
            "plans": [OLD_PLAN, PLAN],
            "current_plan": PLAN,
            "assigned": assigned,
        }
    }


def standard_holdings(assigned: bool = True, status: str | None = None) -> MemoryHoldings:
    statuses = {PLAN_ENTITY: {STATUS_STAMP: status}} if status else None
    return MemoryHoldings(standard_pupils(assigned), statuses)


#: The stamp of the plan status the receiver holds in :func:`standard_holdings`.
STATUS_STAMP = f"{MILLIS - 1000:013d}-000001-{AUTHORITY_ID}"
