"""Pulls a period's child records and the Virtual School's facts out of the hub's store.

The only module of the package that touches the database; what it returns is plain records
(:mod:`.records`), so the pupils' identities go no further than this function.

It reads only what a return needs, in two queries: the identity of the authority's own
pupils (never the safeguarding document) and their plans. A plan of a wanted period is
decoded whole, by the domain's strict decoder; a plan of any other term only for its
meeting dates (the review timescales look back across terms). Decoding every plan of every
pupil through the repository cost most of a return's time (docs/benchmarks.md).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vsdesk.domain.fields import from_document
from vsdesk.domain.model import Identity, Meeting, Plan, PlanMeta, Pupil
from vsdesk.domain.profiles import Timescales
from vsdesk.monitoring.periods import Period
from vsdesk.monitoring.records import ChildRecord, child_record
from vsdesk.monitoring.school_facts import SchoolFacts
from vsdesk.monitoring.school_store import SchoolFactsStore, SessionSource
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.schema import PlanRow, PupilRow

#: The plan sections the indicators read; the rest (wellbeing, actions…) is not decoded.
PLAN_SECTIONS = (
    "plan",
    "attendance",
    "attainment",
    "voice",
    "targets",
    "funding",
    "meetings",
    "qa",
    "post16",
    "alternative_provision",
    "missing_education",
)


@dataclass(frozen=True)
class MonitoringInput:
    facts: SchoolFacts
    records: dict[str, list[ChildRecord]]  # period name → records


def read_input(store: SessionSource, authority_id: str, periods: list[Period]) -> MonitoringInput:
    """Records for each period of the authority's own pupils."""
    facts = SchoolFactsStore(store, actor="").facts()
    records: dict[str, list[ChildRecord]] = {period.name: [] for period in periods}
    with store.session() as session:
        profile = PupilRepository(session).authority(authority_id)
        rules = profile.timescales if profile is not None else Timescales()
        for pupil in _pupils(session, authority_id, {p.name for p in periods}):
            for period in periods:
                record = child_record(pupil, period, rules, facts.in_area_schools)
                if record is not None:
                    records[period.name].append(record)
    return MonitoringInput(facts, records)


def _pupils(session: Session, authority_id: str, terms: set[str]) -> Iterable[Pupil]:
    plans: dict[str, list[Plan]] = defaultdict(list)
    wanted: set[str] = set()
    rows = session.execute(
        select(PlanRow.pupil_id, PlanRow.id, PlanRow.term, PlanRow.document)
        .join(PupilRow, PupilRow.id == PlanRow.pupil_id)
        .where(PupilRow.authority_id == authority_id)
        .order_by(PlanRow.pupil_id, PlanRow.term_order)
    )
    for pupil_id, plan_id, term, document in rows:
        doc = json.loads(document)
        if term in terms:
            wanted.add(pupil_id)
            needed = {key: doc[key] for key in PLAN_SECTIONS if key in doc}
            plans[pupil_id].append(from_document(Plan, {"id": plan_id} | needed))
        else:
            plans[pupil_id].append(_meetings_only(plan_id, term, doc))
    identities = session.execute(
        select(PupilRow.id, PupilRow.identity).where(PupilRow.authority_id == authority_id)
    )
    for pupil_id, identity in identities:
        if pupil_id in wanted:
            pupil = from_document(Identity, json.loads(identity), "pupil")
            yield Pupil(id=pupil_id, pupil=pupil, plans=plans[pupil_id])


def _meetings_only(plan_id: str, term: str, doc: dict[str, Any]) -> Plan:
    meetings = doc.get("meetings") or {}
    return Plan(
        id=plan_id,
        plan=PlanMeta(term=term),
        meetings={
            key: from_document(Meeting, value, "meetings") for key, value in meetings.items()
        },
    )
