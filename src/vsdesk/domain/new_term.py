"""A new term's plan, carried forward from the pupil's current one.

A Personal Education Plan is written each term, but a real next-term PEP does not start
blank: the authorities' own forms bring forward what is still true, and leave behind what
belongs to the term just ended. What comes forward here:

- **open targets** (no outcome yet), under the same ids, so a funding request or a note
  that names ``targets.t-3`` next term means the same target;
- **interventions**, and the **ALN summary**;
- **subject attainment rows** (subject, scale, expected and target grades) with the
  current grade left for the school to record this term;
- the **phase's lasting details**: the early-years setting, its type and funded hours; the
  post-16 provider, its type, course, level, qualifications, the EET status and its date,
  the bursary;
- a **running** alternative provision or reduced timetable (not ended), with its review
  date, and an **unresolved** child-missing-education record.

Only the sections the new plan's *own* phase uses are carried
(:data:`vsdesk.domain.phases.UNUSED_SECTIONS`, the phase read at the new term's start): a
Year 11 pupil opened into the autumn term after Year 11 gets a post-16 plan with the
provider details and no attainment table; an early-years child moving into Year 1 gets
an attainment section and no early-years section. Nothing is taken from the old plans:
they stay as they were, the pupil's history in the phase it was written in.

What stays behind: attendance, wellbeing, voice, actions, funding requests, meetings, the
transition section, the QA rating, the status (a new plan is not started) and the next
meeting date. Pure functions: no storage, no clock.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from vsdesk.domain.consistency import school_year_of_term
from vsdesk.domain.model import (
    AlternativeProvision,
    EarlyYears,
    MissingEducation,
    Plan,
    PlanMeta,
    Post16,
    Pupil,
    SubjectAttainment,
)
from vsdesk.domain.phases import UNUSED_SECTIONS, plan_phase
from vsdesk.domain.terms import parse_term, term_key
from vsdesk.domain.workflow import PlanStatus
from vsdesk.errors import ValidationError

#: Post-16 facts that last beyond a term; careers guidance, next steps, the pathway plan's
#: words and the provider's attendance figures are written afresh each term.
POST16_LASTING = (
    "provider",
    "provider_type",
    "course",
    "level",
    "qualifications",
    "eet_status",
    "eet_since",
    "bursary",
)


class TermNotLaterError(ValidationError):
    """The term asked for is not after the pupil's current plan's term."""

    code = "term-not-later"


def check_later_term(pupil: Pupil, term: str) -> None:
    """Refuse ``term`` unless it comes after the pupil's current plan's term."""
    parse_term(term)  # a clear message for a misspelt term
    current = pupil.current_plan
    if current is not None and term_key(term) <= term_key(current.plan.term):
        raise TermNotLaterError(
            f"A new term's plan must come after the current plan's term "
            f"({current.plan.term}); {term} does not.",
            field="plan.term",
        )


def next_term_plan(pupil: Pupil, term: str, new_id: str) -> Plan:
    """The plan for ``term``, carrying forward what the current plan holds that lasts.

    Raises :class:`TermNotLaterError` when ``term`` is not after the current plan's term.
    The pupil is not changed: the caller adds the plan.
    """
    check_later_term(pupil, term)
    old = pupil.current_plan
    new = Plan(id=new_id, plan=PlanMeta(term=term, status=PlanStatus.NOT_STARTED))
    if old is None:
        return new
    carried = _carried(copy.deepcopy(old), new)
    unused = UNUSED_SECTIONS[plan_phase(pupil.pupil, carried).phase]
    for section in unused:
        setattr(carried, section, type(getattr(new, section))())
    return carried


def _carried(old: Plan, new: Plan) -> Plan:
    """``new`` with the lasting parts of ``old`` (a private copy) put into it."""
    return replace(
        new,
        plan=replace(new.plan, aln_summary=old.plan.aln_summary),
        targets={key: t for key, t in old.targets.items() if t.outcome is None},
        interventions=old.interventions,
        attainment={key: _attainment_row(row) for key, row in old.attainment.items()},
        early_years=EarlyYears(
            setting=old.early_years.setting,
            setting_type=old.early_years.setting_type,
            funded_hours=old.early_years.funded_hours,
            funded_hours_entitled=old.early_years.funded_hours_entitled,
        ),
        post16=Post16(**{name: getattr(old.post16, name) for name in POST16_LASTING}),
        alternative_provision=_running(old.alternative_provision),
        missing_education=_unresolved(old.missing_education),
    )


def _attainment_row(row: SubjectAttainment) -> SubjectAttainment:
    return replace(row, current="")


def _running(record: AlternativeProvision) -> AlternativeProvision:
    if record.arrangement is None or record.ended is not None:
        return AlternativeProvision()
    return record


def _unresolved(record: MissingEducation) -> MissingEducation:
    if record.missing_since is None or record.resolved_on is not None:
        return MissingEducation()
    return record


def year_group_in(pupil: Pupil, term: str) -> int | None:
    """The identity's year group moved on to ``term``'s school year.

    The recorded year group moves by the number of 1 Septembers between the current plan's
    term and ``term``, so whatever it was (derived from the date of birth, or the
    authority's out-of-year-group figure) it stays as true next year as it was this year.
    ``None`` when there is no year group or no current plan to count from.
    """
    current = pupil.current_plan
    year = pupil.pupil.year_group
    if year is None or current is None or not current.plan.term:
        return year
    return year + school_year_of_term(term) - school_year_of_term(current.plan.term)
