"""A store's answers to the rights check (:class:`vsdesk.sync.rights.Holdings`).

Read inside the import's own transaction, before anything is merged, so the rights are
judged on what the receiver held when the bundle arrived. Answers are cached per pupil and
per plan: a bundle of 10,000 changes names a few dozen pupils.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from sqlalchemy import select
from sqlalchemy.orm import Session

from vsdesk.storage.schema import PlanRow, PupilRow
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.rights import STATUS_FIELD, PupilFacts


class StoreHoldings:
    """Pupils and plan statuses held by a vault or a hub.

    ``assigned``: at the hub, the pupils now assigned to the sending device's teacher;
    ``None`` on a device, where every pupil held is the teacher's.
    """

    def __init__(self, session: Session, assigned: Set[str] | None = None) -> None:
        self.session = session
        self.sync = SyncRepository(session)
        self.assigned = assigned
        self._facts: dict[str, PupilFacts | None] = {}
        self._statuses: dict[str, Mapping[str, str]] = {}

    def pupil(self, pupil_id: str) -> PupilFacts | None:
        if pupil_id not in self._facts:
            self._facts[pupil_id] = self._load(pupil_id)
        return self._facts[pupil_id]

    def status_versions(self, entity: str) -> Mapping[str, str]:
        if entity not in self._statuses:
            stored = self.sync.registers({entity}).get(entity)
            heads = stored["fields"].get(STATUS_FIELD, {}).get("heads", []) if stored else []
            self._statuses[entity] = {
                head["version"]: head["value"] for head in heads if isinstance(head["value"], str)
            }
        return self._statuses[entity]

    def _load(self, pupil_id: str) -> PupilFacts | None:
        """From the indexed columns, without decoding any document (``Pupil.current_plan``
        is the plan of the latest term, which ``term_order`` sorts)."""
        authority = self.session.scalar(
            select(PupilRow.authority_id).where(PupilRow.id == pupil_id)
        )
        if authority is None:
            return None
        plans = self.session.execute(
            select(PlanRow.id, PlanRow.term_order).where(PlanRow.pupil_id == pupil_id)
        ).all()
        current = max(plans, key=lambda plan: plan.term_order, default=None)
        return PupilFacts(
            authority=authority,
            plans=frozenset(plan.id for plan in plans),
            current_plan=current.id if current else None,
            assigned=self.assigned is None or pupil_id in self.assigned,
        )
