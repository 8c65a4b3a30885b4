"""The Personal Education Plan as plain data (DESIGN §3).

A :class:`Pupil` is the authority-owned identity, the safeguarding-sensitive contacts and one
:class:`Plan` per term. Collections inside a plan (subjects, targets, actions, funding
requests, meetings, interventions) are dicts keyed by a stable id rather than lists, so that
every value has a stable *field path* (``targets.t-3.progress``): edits, audit entries, sync
changes and merge conflicts all name a value the same way, and two people editing different
targets never collide on a list index.

Ownership, free-text and sensitivity facts sit on each attribute (see :mod:`.meta`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vsdesk.domain.meta import Owner, fact
from vsdesk.domain.terms import term_key
from vsdesk.domain.workflow import PlanStatus

A, S, SH = Owner.AUTHORITY, Owner.SCHOOL, Owner.SHARED

RAG = ("red", "amber", "green")
LEGAL_STATUSES = (
    "care-order",
    "interim-care-order",
    "voluntary-accommodation",
    "placement-order",
    "remand",
    "special-guardianship",
    "adoption-order",
)
PLACEMENT_TYPES = (
    "foster",
    "kinship",
    "residential",
    "placed-with-parents",
    "independent",
    "secure",
)
ALN_STATUSES = ("none", "aln-idp", "sen-support", "ehcp")
LANGUAGES = ("welsh", "english", "other")
COHORTS = ("looked-after", "previously-looked-after", "with-social-worker", "kinship-care")
FUNDING_DECISIONS = ("pending", "approved", "declined")
PRESENCE = ("invited", "present", "apologies")
OUTCOMES = ("met", "partly-met", "not-met")
SETTING_TYPES = ("nursery", "childminder", "school-nursery")
#: Progress against an area of learning: the words of England's EYFS progress check and of
#: Wales's developmental pathways both map onto these three.
DEVELOPMENT_PROGRESS = ("not-on-track", "on-track", "exceeding")
EARLY_YEARS_FUNDING = ("not-eligible", "not-claimed", "claimed")
SPEECH_LANGUAGE = ("no-concerns", "monitoring", "referred", "receiving-support")
PROVIDER_TYPES = ("sixth-form", "college", "training-provider", "employer")
QUALIFICATION_LEVELS = ("entry", "1", "2", "3", "4-plus")
#: In education, employment or training, or not (NEET).
EET_STATUSES = ("education", "employment", "training", "neet")
BURSARY_STATUSES = ("not-applied", "applied", "receiving", "not-eligible")
ARRANGEMENTS = ("alternative-provision", "reduced-timetable")


@dataclass
class Identity:
    """Who the pupil is, as the home authority records it; the authority owns all of it."""

    given_name: str = fact(A, default="")
    family_name: str = fact(A, default="")
    date_of_birth: date | None = fact(A)
    upn: str = fact(A, default="")
    home_authority: str = fact(A, default="")
    school: str = fact(A, default="")
    year_group: int | None = fact(A)
    legal_status: str | None = fact(A, choices=LEGAL_STATUSES)
    entered_care: date | None = fact(A)
    joined_school: date | None = fact(A)
    last_significant_change: date | None = fact(A)
    care_review: date | None = fact(A)
    placement_type: str | None = fact(A, choices=PLACEMENT_TYPES)
    social_worker: str = fact(A, default="")
    aln_status: str | None = fact(A, choices=ALN_STATUSES)
    first_language: str | None = fact(A, choices=LANGUAGES)
    cohort: str = fact(A, default="looked-after", choices=COHORTS)
    #: Educated out of their year group: -1 a year below their age group, +1 a year above.
    year_group_offset: int = fact(A, default=0)
    #: Entered care in an emergency placement: some authorities then want the first PEP
    #: sooner (``Timescales.emergency_initial_pep_school_days``).
    emergency_placement: bool = fact(A, default=False)

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass
class Safeguarding:
    """Held only if the authority sends it; never printed or exported unless asked for."""

    placement_address: str = fact(A, sensitive=True, default="")
    carer_name: str = fact(A, sensitive=True, default="")
    carer_address: str = fact(A, sensitive=True, default="")
    carer_phone: str = fact(A, sensitive=True, default="")
    parental_responsibility: str = fact(A, sensitive=True, default="")
    may_receive_information: str = fact(A, sensitive=True, default="")
    no_contact: str = fact(A, sensitive=True, default="")


@dataclass
class Attendance:
    percent: float | None = fact(S)
    sessions_missed: int | None = fact(S)
    sessions_possible: int | None = fact(S)
    exclusions: int = fact(S, default=0)
    exclusion_days: float = fact(S, default=0.0)


@dataclass
class SubjectAttainment:
    subject: str = fact(S, default="")
    current: str = fact(S, default="")
    expected: str = fact(S, default="")
    target: str = fact(S, default="")
    scale: str = fact(S, default="")  # what the marks are: "GCSE grade (9–1)"


@dataclass
class Wellbeing:
    sdq_score: int | None = fact(S)
    sdq_date: date | None = fact(S)
    notes: str = fact(S, text=True, default="")


@dataclass
class Voice:
    """Captured at school with the child and carer, so the school owns it."""

    pupil: str = fact(S, text=True, default="")
    carer: str = fact(S, text=True, default="")


@dataclass
class Target:
    """A SMART target: the rules in :mod:`.rules` insist on measure, owner and due date."""

    description: str = fact(SH, text=True, default="")
    area: str = fact(SH, default="")
    success_measure: str = fact(SH, text=True, default="")
    owner: str = fact(SH, default="")
    due: date | None = fact(SH)
    progress: str | None = fact(SH, choices=RAG)
    set_on: date | None = fact(SH)
    outcome: str | None = fact(SH, choices=OUTCOMES)  # once closed: met, partly met, not met


@dataclass
class Action:
    description: str = fact(SH, text=True, default="")
    owner: str = fact(SH, default="")
    due: date | None = fact(SH)
    done: bool = fact(SH, default=False)
    done_on: date | None = fact(SH)


@dataclass
class FundingRequest:
    """A PDG-LAC / PP+ request: the school asks, the authority decides."""

    amount: float = fact(S, default=0.0)
    purpose: str = fact(S, text=True, default="")
    category: str = fact(S, default="")
    target_id: str = fact(S, default="")
    decision: str = fact(A, default="pending", choices=FUNDING_DECISIONS)
    approved_amount: float | None = fact(A)
    spent: float | None = fact(S)
    impact: str = fact(S, text=True, default="")


@dataclass
class Attendee:
    name: str = fact(SH, default="")
    role: str = fact(SH, default="")
    presence: str = fact(SH, default="invited", choices=PRESENCE)


@dataclass
class Meeting:
    date: date | None = fact(SH)
    time: str = fact(SH, default="")  # "14:30"
    place: str = fact(SH, default="")
    chair: str = fact(SH, default="")
    attendees: dict[str, Attendee] = fact(SH, default_factory=dict)
    minutes: str = fact(SH, text=True, default="")


@dataclass
class Intervention:
    what: str = fact(SH, default="")
    who: str = fact(SH, default="")
    frequency: str = fact(SH, default="")


@dataclass
class Transition:
    """Ahead of a change of phase or key stage, and from Year 9 for aspirations and careers."""

    aspirations: str = fact(SH, text=True, default="")
    careers_advice: str = fact(SH, text=True, default="")
    moving_to: str = fact(SH, default="")  # the next setting, school or provider
    move_date: date | None = fact(SH)
    support: str = fact(SH, text=True, default="")  # visits, passports, who tells whom
    information_shared: date | None = fact(SH)  # the PEP passed to the next setting


@dataclass
class DevelopmentArea:
    """Progress in one area of learning of the country's early-years framework; the key is
    the area's id (:data:`vsdesk.domain.frameworks.EARLY_YEARS_AREAS`)."""

    progress: str | None = fact(S, choices=DEVELOPMENT_PROGRESS)
    notes: str = fact(S, text=True, default="")


@dataclass
class EarlyYears:
    """The early-years phase (age 2 to Reception): the setting records what it sees."""

    setting: str = fact(S, default="")
    setting_type: str | None = fact(S, choices=SETTING_TYPES)
    funded_hours: float | None = fact(S)  # hours a week taken up
    funded_hours_entitled: float | None = fact(S)
    development: dict[str, DevelopmentArea] = fact(S, default_factory=dict)
    #: England's Early Years Pupil Premium; Wales's Early Years Pupil Development Grant.
    early_years_funding: str | None = fact(S, choices=EARLY_YEARS_FUNDING)
    speech_language: str | None = fact(S, choices=SPEECH_LANGUAGE)
    speech_language_notes: str = fact(S, text=True, default="")


@dataclass
class Post16:
    """The post-16 phase (Years 12 and 13, to the 18th birthday)."""

    provider: str = fact(S, default="")
    provider_type: str | None = fact(S, choices=PROVIDER_TYPES)
    course: str = fact(S, default="")
    level: str | None = fact(S, choices=QUALIFICATION_LEVELS)
    qualifications: str = fact(S, text=True, default="")  # what the course leads to
    eet_status: str | None = fact(SH, choices=EET_STATUSES)
    eet_since: date | None = fact(SH)
    #: England's 16-19 Bursary; Wales's Education Maintenance Allowance.
    bursary: str | None = fact(S, choices=BURSARY_STATUSES)
    careers_guidance: str = fact(SH, text=True, default="")
    next_steps: str = fact(SH, text=True, default="")
    pathway_plan_education: str = fact(A, text=True, default="")  # from the pathway plan
    attendance_percent: float | None = fact(S)  # as the provider reports it
    attendance_basis: str = fact(S, default="")  # "timetabled hours", "sessions"…
    attendance_reported_on: date | None = fact(S)


@dataclass
class AlternativeProvision:
    """Education away from the school's full timetable: both need the Virtual School's eye,
    and a reduced timetable must end or be reviewed by its review date."""

    arrangement: str | None = fact(SH, choices=ARRANGEMENTS)
    provider: str = fact(SH, default="")
    hours_per_week: float | None = fact(SH)
    started: date | None = fact(SH)
    review_date: date | None = fact(SH)
    ended: date | None = fact(SH)
    reason: str = fact(SH, text=True, default="")
    plan_to_return: str = fact(SH, text=True, default="")


@dataclass
class MissingEducation:
    """A child missing education: when it began, who was told, what is being done."""

    missing_since: date | None = fact(SH)
    reported_on: date | None = fact(SH)
    actions: str = fact(SH, text=True, default="")
    resolved_on: date | None = fact(SH)


@dataclass
class QualityAssurance:
    rating: str | None = fact(A, choices=RAG)
    comments: str = fact(A, text=True, default="")
    assured_by: str = fact(A, default="")
    assured_on: date | None = fact(A)


@dataclass
class PlanMeta:
    term: str = fact(SH, default="")
    status: PlanStatus = fact(SH, default=PlanStatus.NOT_STARTED)
    status_reason: str = fact(SH, text=True, default="")
    next_meeting: date | None = fact(SH)
    aln_summary: str = fact(S, text=True, default="")


@dataclass
class Plan:
    """One term's plan. Sections are attributes; field paths start at the section name."""

    id: str
    plan: PlanMeta = field(default_factory=PlanMeta)
    attendance: Attendance = field(default_factory=Attendance)
    attainment: dict[str, SubjectAttainment] = field(default_factory=dict)
    wellbeing: Wellbeing = field(default_factory=Wellbeing)
    voice: Voice = field(default_factory=Voice)
    targets: dict[str, Target] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    funding: dict[str, FundingRequest] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    interventions: dict[str, Intervention] = field(default_factory=dict)
    transition: Transition = field(default_factory=Transition)
    early_years: EarlyYears = field(default_factory=EarlyYears)
    post16: Post16 = field(default_factory=Post16)
    alternative_provision: AlternativeProvision = field(default_factory=AlternativeProvision)
    missing_education: MissingEducation = field(default_factory=MissingEducation)
    qa: QualityAssurance = field(default_factory=QualityAssurance)


@dataclass
class Pupil:
    id: str
    pupil: Identity = field(default_factory=Identity)
    safeguarding: Safeguarding = field(default_factory=Safeguarding)
    plans: list[Plan] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.pupil.name

    @property
    def current_plan(self) -> Plan | None:
        """The latest term's plan: the one a teacher edits and a meeting discusses."""
        return max(self.plans, key=lambda p: term_key(p.plan.term), default=None)
