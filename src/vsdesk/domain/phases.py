"""The phase of education a plan is written for: early years, school age or post-16.

A Virtual School looks after children from nursery to 18, and the PEP products authorities
use keep three variants on one core. The phase decides which sections a plan shows and which
fields it needs before a meeting, so it must be derived the same way everywhere (editor,
rules, pack, hub counts) from facts the record already holds:

- the **date of birth** and the 1 September cut-off of Wales and England give the National
  Curriculum year group in any school year (:func:`vsdesk.domain.school_calendar.year_group_for`);
- ``pupil.year_group_offset`` moves a child educated out of their year group (``-1`` a year
  below their age group, ``+1`` a year above), the authority's override;
- each plan is read **at the start of its own term**, so last term's plan keeps the phase it
  was written in while next term's plan, for a child who has just moved phase, gets the new
  sections. Nothing recorded is ever dropped when the phase changes: sections the phase
  does not use are kept, hidden and closed to new edits (:func:`check_edits_in_phase`).

Phases: early years from age 2 to Reception (year groups -2, -1 and 0), school age for
Years 1 to 11, post-16 for Years 12 and 13 up to the 18th birthday. Before the second
birthday and from the 18th the child is outside the PEP ages; the plan keeps the nearest
phase's sections so that nothing disappears, and :attr:`PhaseReading.in_pep_ages` says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vsdesk.domain.model import Identity, Plan
from vsdesk.domain.school_calendar import age_on, school_year_start, year_group_for
from vsdesk.domain.terms import parse_term
from vsdesk.errors import ValidationError

#: How far a child may be educated out of their year group, either way.
MAX_YEAR_GROUP_OFFSET = 2
#: The year group of a funded two-year-old, and of the nursery year before Reception.
AGE_TWO_YEAR, NURSERY_YEAR, RECEPTION_YEAR = -2, -1, 0
LAST_SCHOOL_AGE_YEAR = 11


class Phase(StrEnum):
    EARLY_YEARS = "early-years"
    SCHOOL_AGE = "school-age"
    POST_16 = "post-16"


#: Stages within the phases, in order; a transition section is due in each stage's last year.
#: Wales no longer names key stages, but its schools change at the same points (primary at
#: Year 1 and Year 7, post-16 at Year 12), so the same boundaries serve both countries.
STAGES: tuple[tuple[str, int, int], ...] = (
    ("early-years", AGE_TWO_YEAR, RECEPTION_YEAR),
    ("key-stage-1", 1, 2),
    ("key-stage-2", 3, 6),
    ("key-stage-3", 7, 9),
    ("key-stage-4", 10, 11),
    ("post-16", 12, 13),
)

#: Plan sections each phase does not use. They stay in the record (nothing recorded is
#: lost when a phase changes) but are neither shown nor open to new edits. An early-years
#: plan has no subject attainment table; a post-16 plan has no Key Stage attainment and
#: targets table, and records attendance as its provider reports it (in ``post16``).
UNUSED_SECTIONS: dict[Phase, frozenset[str]] = {
    Phase.EARLY_YEARS: frozenset({"attainment", "post16"}),
    Phase.SCHOOL_AGE: frozenset({"early_years", "post16"}),
    Phase.POST_16: frozenset({"attainment", "early_years", "attendance"}),
}
#: Sections a plan shows only when they apply: a transition ahead of a change of stage,
#: alternative provision or a reduced timetable, a child missing education.
CIRCUMSTANCE_SECTIONS = ("transition", "alternative_provision", "missing_education")

#: What a phase's name means to a reader, for messages (labels live in the UI and packs).
PHASE_NAMES = {
    Phase.EARLY_YEARS: "an early-years plan",
    Phase.SCHOOL_AGE: "a school-age plan",
    Phase.POST_16: "a post-16 plan",
}
SECTION_NAMES = {
    "attainment": "subject attainment table",
    "attendance": "school attendance section (a post-16 plan records the provider's figures)",
    "early_years": "early-years section",
    "post16": "post-16 section",
}


@dataclass(frozen=True)
class PhaseReading:
    """The phase of a plan and how it was found."""

    phase: Phase
    year_group: int | None  # -2 (age two), -1 nursery, 0 Reception, 1..13; None if unknown
    known: bool  # False: no date of birth or no term, so the school-age default applies
    in_pep_ages: bool  # False before the 2nd birthday and from the 18th
    stage: str | None  # an id from STAGES


def term_start(term: str) -> date:
    """The first day a term covers, as :func:`vsdesk.domain.terms.term_of` divides the year."""
    year, season = parse_term(term)
    return {"spring": date(year, 1, 1), "summer": date(year, 4, 1), "autumn": date(year, 9, 1)}[
        season
    ]


def year_group_on(identity: Identity, day: date) -> int | None:
    """The year group the child is educated in on ``day``: from the date of birth and the
    1 September cut-off, moved by the authority's out-of-year-group override."""
    if identity.date_of_birth is None:
        return None
    derived = year_group_for(identity.date_of_birth, school_year_start(day))
    return derived + identity.year_group_offset


def phase_on(identity: Identity, day: date) -> PhaseReading:
    """The phase of a child on ``day`` (a plan is read at its term's start)."""
    year = year_group_on(identity, day)
    born = identity.date_of_birth
    if year is None or born is None:
        return PhaseReading(Phase.SCHOOL_AGE, None, False, True, None)
    age = age_on(born, day)
    in_ages = 2 <= age < 18
    if year <= RECEPTION_YEAR:
        phase = Phase.EARLY_YEARS
    elif year <= LAST_SCHOOL_AGE_YEAR:
        phase = Phase.SCHOOL_AGE
    else:
        phase = Phase.POST_16
    if age >= 18:  # an 18-year-old still in Year 13 is past the post-16 phase's end
        phase = Phase.POST_16
    return PhaseReading(phase, year, True, in_ages, stage_of(year))


def plan_phase(identity: Identity, plan: Plan) -> PhaseReading:
    """The phase ``plan`` was written for: the child's phase at the start of its term."""
    if not plan.plan.term or identity.date_of_birth is None:
        return PhaseReading(Phase.SCHOOL_AGE, None, False, True, None)
    return phase_on(identity, term_start(plan.plan.term))


def stage_of(year_group: int) -> str | None:
    for name, first, last in STAGES:
        if first <= year_group <= last:
            return name
    return None


def next_stage(year_group: int) -> str | None:
    """The stage a child in the *last* year of a stage moves to next September, else None
    (after Year 13 the next step is adult life, named ``adulthood``)."""
    for index, (_, first, last) in enumerate(STAGES):
        if year_group == last:
            return STAGES[index + 1][0] if index + 1 < len(STAGES) else "adulthood"
        if first <= year_group < last:
            return None
    return None


def transition_ahead(reading: PhaseReading, from_year: int) -> bool:
    """A transition section is due in a stage's last year (ahead of a change of phase or
    key stage), and every year from the profile's careers year (Year 9 by default)."""
    year = reading.year_group
    if year is None:
        return False
    return next_stage(year) is not None or year >= from_year


def sections_in_use(reading: PhaseReading, sections: Iterable[str]) -> list[str]:
    """``sections`` without those the plan's phase does not use, order kept."""
    unused = UNUSED_SECTIONS[reading.phase]
    return [name for name in sections if name not in unused]


def check_year_group_offset(offset: int) -> None:
    if not -MAX_YEAR_GROUP_OFFSET <= offset <= MAX_YEAR_GROUP_OFFSET:
        raise ValidationError(
            f"A child is educated at most {MAX_YEAR_GROUP_OFFSET} years out of their year "
            "group (from -2 to 2).",
            field="pupil.year_group_offset",
        )


def check_edits_in_phase(reading: PhaseReading, paths: Iterable[str]) -> None:
    """Refuse an edit to a section the plan's phase does not use.

    The section's old values stay (a pupil who moves phase keeps their history), but new
    values there would be hidden from the form and the pack, so they are refused with a
    message that says why.
    """
    unused = UNUSED_SECTIONS[reading.phase]
    for path in paths:
        section = path.split(".", 1)[0]
        if section in unused:
            raise ValidationError(
                f"{PHASE_NAMES[reading.phase].capitalize()} has no {SECTION_NAMES[section]}.",
                field=path,
            )
