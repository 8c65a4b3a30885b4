"""Use-cases on pupils: list, show, edit (validated and audited), history, purge, demo data.

The CLI and the window both call these; neither touches a session or a row. Every edit is
checked against the PEP rules and the pupil's authority profile before anything is written,
and written in one transaction together with its audit entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vsdesk.clock import Clock, system_clock, to_local
from vsdesk.domain.consistency import refuse_new_contradictions
from vsdesk.domain.fields import (
    flatten,
    parse_value,
    pupil_from_view,
    pupil_view,
    set_path,
    spec_for,
)
from vsdesk.domain.meta import Owner
from vsdesk.domain.model import Pupil
from vsdesk.domain.phases import check_edits_in_phase, plan_phase
from vsdesk.domain.profiles import AuthorityProfile, default_profile
from vsdesk.domain.rules import validate_pupil
from vsdesk.domain.workflow import check_move
from vsdesk.errors import NOTHING_CHANGED, UsageError, ValidationError, VsdeskError
from vsdesk.services.change_book import ChangeBook
from vsdesk.services.synthetic import AUTHORITIES, demo_profile, generate_pupils
from vsdesk.storage.pupil_repository import AuditEntry, PupilRepository, PupilSummary
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.changes import Side

SENSITIVE_SECTION = "safeguarding"
# Which authority a record belongs to decides who may sync it; it is set once, at creation.
FIXED_FIELDS = frozenset({"pupil.home_authority"})


@dataclass(frozen=True)
class FieldChange:
    path: str
    old: Any
    new: Any


class PupilService:
    """The pupils of one store (a teacher's vault or a hub), edited as one side."""

    def __init__(
        self,
        store: Store,
        actor: str,
        side: Owner = Owner.SCHOOL,
        party_id: str | None = None,
        clock: Clock = system_clock,
    ) -> None:
        """``party_id`` given (an enrolled device, a hub): every edit is also logged for sync,
        stamped from ``clock``."""
        self.clock = clock
        self.store = store
        self.actor = actor
        self.side = side
        self.party_id = party_id
        self.clock = clock

    def summaries(self) -> list[PupilSummary]:
        with self.store.session() as session:
            return PupilRepository(session).summaries()

    def get(self, pupil_id: str) -> Pupil:
        with self.store.session() as session:
            return PupilRepository(session).get(pupil_id)

    def all(self) -> list[Pupil]:
        with self.store.session() as session:
            return list(PupilRepository(session).all())

    def view(self, pupil_id: str, include_sensitive: bool = False) -> dict[str, Any]:
        """The pupil and current plan by field path; safeguarding only when asked for."""
        view = pupil_view(self.get(pupil_id))
        if not include_sensitive:
            view.pop(SENSITIVE_SECTION)
        return view

    def profile_for(self, pupil: Pupil) -> AuthorityProfile:
        with self.store.session() as session:
            return _profile(PupilRepository(session), pupil)

    def edit(self, pupil_id: str, assignments: Mapping[str, Any]) -> list[FieldChange]:
        """Apply ``{path: value}`` (text from a command line, or typed values) atomically."""
        if not assignments:
            raise UsageError("Nothing to change: give at least one FIELD=VALUE.")
        with self.store.session() as session:
            repo = PupilRepository(session, self.clock)
            pupil = repo.get(pupil_id)
            if pupil.current_plan is None and any(
                not p.startswith(("pupil.", "safeguarding.")) for p in assignments
            ):
                raise ValidationError("This pupil has no plan yet.")
            view = pupil_view(pupil)
            for path, value in assignments.items():
                set_path(view, path, self._value_for(path, value))
            edited = pupil_from_view(pupil, view)
            changes = _diff(pupil, edited)
            self._check(repo, pupil, edited, changes)
            repo.save(edited)
            repo.record_audit(pupil_id, self.actor, [(c.path, c.old, c.new) for c in changes])
            if self.party_id is not None:
                self.book(session).record_edits(edited, [(c.path, c.new) for c in changes])
            return changes

    def book(self, session: Session) -> ChangeBook:
        assert self.party_id is not None
        side: Side = "authority" if self.side is Owner.AUTHORITY else "school"
        return ChangeBook(session, self.party_id, side, self.clock)

    def _value_for(self, path: str, value: Any) -> Any:
        spec = spec_for(path)
        if path in FIXED_FIELDS:
            raise ValidationError(
                "A pupil's home authority cannot be edited: a transfer is an unassignment here "
                "and a new record at the new authority.",
                field=path,
            )
        if spec.owner not in (self.side, Owner.SHARED):
            raise ValidationError(
                f"'{path}' is kept by the {spec.owner.value}, so it cannot be changed here.",
                field=path,
            )
        return parse_value(spec, value) if isinstance(value, str) else value

    def _check(
        self, repo: PupilRepository, before: Pupil, after: Pupil, changes: list[FieldChange]
    ) -> None:
        validate_pupil(after, _profile(repo, after))
        refuse_new_contradictions(before, after)
        old_plan, new_plan = before.current_plan, after.current_plan
        if new_plan is not None:
            plan_paths = [
                change.path
                for change in changes
                if not change.path.startswith(("pupil.", "safeguarding."))
            ]
            check_edits_in_phase(plan_phase(after.pupil, new_plan), plan_paths)
        if old_plan is not None and new_plan is not None:
            reason_changed = new_plan.plan.status_reason != old_plan.plan.status_reason
            check_move(
                old_plan.plan.status,
                new_plan.plan.status,
                new_plan.plan.status_reason if reason_changed else None,
                self.side,
            )

    def history(self, pupil_id: str) -> list[AuditEntry]:
        with self.store.session() as session:
            repo = PupilRepository(session, self.clock)
            repo.get(pupil_id)
            return repo.history(pupil_id)

    def check_purge(self, pupil_id: str) -> None:
        """Refuse (before anyone is asked to confirm) to purge a pupil still assigned here."""
        with self.store.session() as session:
            _check_purgeable(session, PupilRepository(session), pupil_id)

    def purge(self, pupil_id: str) -> None:
        """Delete every trace of the pupil, then compact so no freed page keeps a copy.

        A pupil whose home authority this device syncs with is still assigned to the
        teacher: purging it here would only last until the next bundle sent it whole again,
        and the teacher's unsent work on it would be lost. The authority unassigns; its next
        bundle purges the pupil.
        """
        with self.store.session() as session:
            repo = PupilRepository(session, self.clock)
            _check_purgeable(session, repo, pupil_id)
            repo.delete(pupil_id)
        self.store.compact()

    def add(self, pupils: Iterable[Pupil], profiles: Iterable[AuthorityProfile] = ()) -> int:
        """Store new pupils; with a ``party_id``, their creation is logged for sync too."""
        pupils = list(pupils)
        with self.store.session() as session:
            repo = PupilRepository(session, self.clock)
            for profile in profiles:
                repo.save_authority(profile)
            count = repo.add_many(pupils)
            if self.party_id is not None:
                session.flush()
                self.book(session).record_new(pupils)
            return count

    def add_demo(self, count: int, seed: int) -> int:
        """Fill the vault with fictional pupils and the default profiles of their authorities."""
        profiles = [demo_profile(a) for a in AUTHORITIES]
        today = to_local(self.clock()).date()  # the demo's terms and meetings are around now
        return self.add(generate_pupils(count, seed, today=today), profiles)


class PurgeRefusedError(VsdeskError):
    code = "purge-refused"


def _check_purgeable(session: Session, repo: PupilRepository, pupil_id: str) -> None:
    authority = repo.get(pupil_id).pupil.home_authority
    peer = SyncRepository(session).peer(authority) if authority else None
    if peer is not None and peer.role == "authority":
        raise PurgeRefusedError(
            f"This pupil is still assigned to you by {peer.name}, so they cannot be removed "
            "here. Ask the Virtual School to unassign them: the next bundle from it removes "
            "them and all their data from this vault. " + NOTHING_CHANGED
        )


def _profile(repo: PupilRepository, pupil: Pupil) -> AuthorityProfile:
    authority_id = pupil.pupil.home_authority
    stored = repo.authority(authority_id)
    return stored or default_profile(authority_id or "unknown", authority_id or "unknown", "wales")


def _diff(before: Pupil, after: Pupil) -> list[FieldChange]:
    """Changed fields by path. An empty collection flattens to ``{}`` under its own path (a
    plan's ``early_years.development`` before its first area): it appears or vanishes with
    its first or last entry, but it is a group, not a field; its entries are the changes
    (as :func:`vsdesk.sync.pupil_entities.entity_fields` skips it too). Logged for sync, it
    would name no field of the model and the receiver would refuse the whole bundle."""
    old, new = flatten(pupil_view(before)), flatten(pupil_view(after))
    return [
        FieldChange(path, old.get(path), new.get(path))
        for path in sorted(set(old) | set(new))
        if old.get(path) != new.get(path)
        and path not in ("name",)
        and not (_empty_group(old.get(path)) or _empty_group(new.get(path)))
    ]


def _empty_group(value: Any) -> bool:
    """What :func:`flatten` leaves for a collection with no entries."""
    return isinstance(value, dict) and not value
