"""``plans open-term``: the Virtual School opens a new term's plan for its pupils.

The hub is where a new term's PEP starts: the authority owns the record of who is in care,
and a plan made on one teacher's laptop could not reach the others. For each pupil (or each
one named) without a plan for the term, a new plan is made from the current one
(:func:`vsdesk.domain.new_term.next_term_plan`: open targets, interventions, the ALN
summary and the details the new plan's phase keeps), and the identity's year group moves on
with each 1 September between the two terms. Both are logged as the authority's changes, so
the next bundle carries the new plan to every device holding the pupil; the old plans stay
as they were.

All pupils or none: every plan is checked before anything is written, in one transaction.
A pupil who already has a plan for the term is left alone, so running the command again
does nothing; a pupil whose current plan is *later* than the term refuses the whole run
(someone named the wrong term). A pupil outside the PEP ages at the term's start (under two,
or eighteen and over) gets no plan and is reported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vsdesk.clock import Clock, system_clock
from vsdesk.domain.model import Plan, Pupil
from vsdesk.domain.new_term import TermNotLaterError, next_term_plan, year_group_in
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.domain.rules import validate_pupil
from vsdesk.domain.terms import parse_term
from vsdesk.errors import NOTHING_CHANGED, ValidationError
from vsdesk.hub.services.authority import hub_info
from vsdesk.hub.storage.store import HubStore
from vsdesk.services.change_book import ChangeBook
from vsdesk.storage.pupil_repository import PupilRepository


@dataclass(frozen=True)
class OpenedPlan:
    pupil_id: str
    plan_id: str
    phase: Phase
    previous_term: str | None


@dataclass(frozen=True)
class OpenTermReport:
    term: str
    opened: tuple[OpenedPlan, ...]
    already_open: tuple[str, ...] = ()  # pupils with a plan for the term before the run
    outside_pep_ages: tuple[str, ...] = ()  # under two or eighteen at the term's start


def new_plan_id(authority_id: str, pupil_id: str, term: str) -> str:
    """A plan id scoped by authority, as every plan id is, and fixed by pupil and term: two
    hubs never make the same id, and one pupil's plan for a term has one id only."""
    digest = hashlib.sha256(f"{authority_id}:{pupil_id}:{term}".encode()).hexdigest()
    return f"plan-{digest[:10]}"


def open_term(
    store: HubStore,
    term: str,
    actor: str,
    pupil_ids: Sequence[str] = (),
    clock: Clock = system_clock,
) -> OpenTermReport:
    """Open ``term``'s plan for every pupil (or those named) that has none yet."""
    parse_term(term)
    authority = hub_info(store).authority_id
    with store.session() as session:
        repo = PupilRepository(session, clock)
        profile = repo.authority(authority)
        if profile is None:
            raise ValidationError("This hub has no authority profile; run 'init' again.")
        pupils = [repo.get(i) for i in dict.fromkeys(pupil_ids)] if pupil_ids else repo.all()
        report, openings = _plan_the_run(list(pupils), term, authority, profile)
        book = ChangeBook(session, authority, "authority", clock)
        _write(session, repo, openings, book, actor)
        return report


@dataclass(frozen=True)
class _Opening:
    pupil: Pupil  # with the new plan added and the year group moved on
    plan: Plan
    old_year: int | None
    summary: OpenedPlan


def _plan_the_run(
    pupils: list[Pupil], term: str, authority: str, profile: AuthorityProfile
) -> tuple[OpenTermReport, list[_Opening]]:
    openings: list[_Opening] = []
    already: list[str] = []
    outside_ages: list[str] = []
    for pupil in pupils:
        if any(plan.plan.term == term for plan in pupil.plans):
            already.append(pupil.id)
            continue
        plan = _new_plan(pupil, term, authority)
        reading = plan_phase(pupil.pupil, plan)
        if reading.known and not reading.in_pep_ages:
            outside_ages.append(pupil.id)
            continue
        previous = pupil.current_plan
        summary = OpenedPlan(
            pupil.id, plan.id, reading.phase, previous.plan.term if previous else None
        )
        old_year = pupil.pupil.year_group
        pupil.pupil.year_group = year_group_in(pupil, term)
        pupil.plans.append(plan)
        _check(pupil, profile)
        openings.append(_Opening(pupil, plan, old_year, summary))
    report = OpenTermReport(
        term, tuple(o.summary for o in openings), tuple(already), tuple(outside_ages)
    )
    return report, openings


def _new_plan(pupil: Pupil, term: str, authority: str) -> Plan:
    try:
        return next_term_plan(pupil, term, new_plan_id(authority, pupil.id, term))
    except TermNotLaterError as error:
        raise TermNotLaterError(
            f"Pupil {pupil.id}: {error.message} Name a later term. {NOTHING_CHANGED}",
            field=error.field,
        ) from None


def _check(pupil: Pupil, profile: AuthorityProfile) -> None:
    try:
        validate_pupil(pupil, profile)
    except ValidationError as error:
        raise ValidationError(
            f"Pupil {pupil.id}'s new plan would not be valid: {error.message} "
            f"Correct the current plan first. {NOTHING_CHANGED}",
            field=error.field,
        ) from None


def _write(
    session: Session, repo: PupilRepository, openings: list[_Opening], book: ChangeBook, actor: str
) -> None:
    """Save each pupil, audit the new plan (and year group), and log both for sync."""
    for opening in openings:
        pupil, plan = opening.pupil, opening.plan
        repo.save(pupil)
        audit: list[tuple[str, Any, Any]] = [
            ("plan.term", opening.summary.previous_term, plan.plan.term)
        ]
        moved = pupil.pupil.year_group != opening.old_year
        if moved:
            audit.append(("pupil.year_group", opening.old_year, pupil.pupil.year_group))
        repo.record_audit(pupil.id, actor, audit)
        session.flush()
        book.record_new_plan(pupil.id, plan)
        if moved:
            book.record_edits(pupil, [("pupil.year_group", pupil.pupil.year_group)])
