"""The hub's pupils: the shared pupil service as the authority, plus who holds each pupil.

Edits, views and history are :class:`vsdesk.services.pupils.PupilService` with
``side=AUTHORITY``, so the Virtual School may change what it owns (identity, QA rating,
funding decisions) and shared fields, and is refused the school's own (attendance…), by the
same rules as a teacher's vault.
"""

from __future__ import annotations

from dataclasses import dataclass

from vsdesk.clock import to_local
from vsdesk.domain.collation import name_key
from vsdesk.domain.meta import Owner
from vsdesk.errors import ValidationError
from vsdesk.hub.services.authority import hub_info
from vsdesk.hub.services.pupil_import import import_pupils
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.clock import Clock, utc_now
from vsdesk.hub.storage.store import HubStore
from vsdesk.services.pupils import PupilService
from vsdesk.services.synthetic import Authority, generate_pupils
from vsdesk.storage.pupil_repository import PupilRepository, PupilSummary

MAX_GENERATE = 100_000


@dataclass(frozen=True)
class HubPupilSummary:
    """A pupil-list line: the summary and the teachers holding the pupil now."""

    summary: PupilSummary
    teachers: tuple[str, ...]


class HubPupils:
    def __init__(self, store: HubStore, actor: str, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock
        authority = hub_info(store).authority_id
        # With a party id, every edit and every new pupil is logged for sync to devices.
        self.service = PupilService(
            store, actor, side=Owner.AUTHORITY, party_id=authority, clock=clock
        )

    def summaries(self) -> list[HubPupilSummary]:
        held = TeacherService(self.store).teachers_by_pupil()
        summaries = sorted(
            self.service.summaries(), key=lambda s: name_key(s.family_name, s.given_name)
        )
        return [HubPupilSummary(s, tuple(sorted(held.get(s.id, ())))) for s in summaries]

    def generate(self, count: int, seed: int) -> int:
        """Fictional pupils whose home authority is this hub's (same seed, same pupils)."""
        if not 1 <= count <= MAX_GENERATE:
            raise ValidationError(f"--count must be 1 to {MAX_GENERATE}.")
        info = hub_info(self.store)
        home = Authority(info.authority_id, info.name, info.country)
        today = to_local(self.clock()).date()  # terms and meetings around now, not a fixed day
        pupils = generate_pupils(count, seed, authorities=(home,), today=today)
        with self.store.session() as session:
            repo = PupilRepository(session)
            if any(repo.exists(pupil.id) for pupil in pupils):
                raise ValidationError(
                    "Pupils from this seed are already on the hub; use another --seed."
                )
            count = repo.add_many(pupils)
            session.flush()
            self.service.book(session).record_new(pupils)
            return count

    def import_csv(self, data: bytes) -> int:
        """All rows or none; see :mod:`vsdesk.hub.services.pupil_import`."""
        info = hub_info(self.store)
        with self.store.session() as session:
            profile = PupilRepository(session).authority(info.authority_id)
        if profile is None:
            raise ValidationError("This hub has no authority profile; run 'init' again.")
        return import_pupils(self.store, data, profile, self.clock().date(), self.clock)
