"""Everything a section needs to lay itself out, gathered once per pack."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable

from vsdesk.domain.model import Plan, Pupil
from vsdesk.domain.phases import UNUSED_SECTIONS, PhaseReading, plan_phase
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.packs.document import SectionHeading
from vsdesk.packs.facts import meeting_day
from vsdesk.packs.labels import Labels
from vsdesk.packs.options import PackOptions
from vsdesk.packs.vocabulary import grant_for


@dataclass(frozen=True)
class PackContext:
    """The pupil, the current plan (an empty one if none), the profile, the options, the
    labels in the chosen language, the meeting date, the printing time, and the phase the
    plan was written for (read at the start of its own term)."""

    pupil: Pupil
    plan: Plan
    profile: AuthorityProfile
    options: PackOptions
    labels: Labels
    day: date | None
    printed: datetime
    reading: PhaseReading

    @classmethod
    def create(cls, pupil: Pupil, profile: AuthorityProfile, options: PackOptions) -> PackContext:
        """A pupil with no plan yet still gets a pack: identity, and empty sections."""
        plan = pupil.current_plan or Plan(id="none")
        return cls(
            pupil=pupil,
            plan=plan,
            profile=profile,
            options=options,
            labels=Labels(options.lang_for(pupil.pupil.first_language)),
            day=meeting_day(pupil, options.meeting_date),
            printed=options.printed_time(),
            reading=plan_phase(pupil.pupil, plan),
        )

    @property
    def grant(self) -> str:
        """The grant's short name in the pack's language (GDD in Welsh, never PDG-LAC), by
        the plan's phase (EYPP in English early years, the Virtual School's own for post-16)."""
        return grant_for(
            self.labels, self.profile.grant_name, self.profile.country, self.reading.phase.value
        )

    @property
    def judged_on(self) -> date:
        """The day statuses are judged on: the meeting's, or the printing day's if unset."""
        return self.day or self.printed.date()

    def uses(self, section: str) -> bool:
        """Whether the plan's phase uses a model section (``attainment``, ``post16``…):
        an early-years plan has no subject attainment, a post-16 plan no school attendance."""
        return section not in UNUSED_SECTIONS[self.reading.phase]

    def heading(self, key: str, **values: object) -> Flowable:
        """A section heading (and outline entry) from the label table."""
        return SectionHeading(self.labels(key, **values), key=key)
