"""Pulls a period's child records and the Virtual School's facts out of the hub's store.

The only module of the package that touches the database; what it returns is plain records
(:mod:`.records`), so the pupils' names and dates of birth go no further than this function.
"""

from __future__ import annotations

from dataclasses import dataclass

from vsdesk.domain.profiles import Timescales
from vsdesk.monitoring.periods import Period
from vsdesk.monitoring.records import ChildRecord, child_record
from vsdesk.monitoring.school_facts import SchoolFacts
from vsdesk.monitoring.school_store import SchoolFactsStore, SessionSource
from vsdesk.storage.pupil_repository import PupilRepository


@dataclass(frozen=True)
class MonitoringInput:
    facts: SchoolFacts
    records: dict[str, list[ChildRecord]]  # period name → records


def read_input(store: SessionSource, authority_id: str, periods: list[Period]) -> MonitoringInput:
    """Records for each period of the authority's own pupils (one pass over the pupils)."""
    facts = SchoolFactsStore(store, actor="").facts()
    records: dict[str, list[ChildRecord]] = {period.name: [] for period in periods}
    with store.session() as session:
        repo = PupilRepository(session)
        profile = repo.authority(authority_id)
        rules = profile.timescales if profile is not None else Timescales()
        for pupil in repo.all():
            if pupil.pupil.home_authority != authority_id:
                continue
            for period in periods:
                record = child_record(pupil, period, rules, facts.in_area_schools)
                if record is not None:
                    records[period.name].append(record)
    return MonitoringInput(facts, records)
