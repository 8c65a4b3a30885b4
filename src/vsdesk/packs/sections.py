"""The pack's running order: which sections, in which order, with which page breaks.

Each section is a function from the pack's context to flowables, starting with its heading
(which is also its bookmark in the PDF outline). Reading this list is reading the pack's
table of contents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from reportlab.platypus import Flowable

from vsdesk.packs import circumstances, cover, early_years, post16, record, review
from vsdesk.packs.context import PackContext

Section = Callable[[PackContext], list[Flowable]]


#: The cover (summary, next meeting, pupil, attendees); safeguarding contacts (a sensitive
#: pack only), the agenda and the record (with the phase's own section and the circumstance
#: sections, each printed only when it holds data); the review; then the write-in pages.
ORDER: Final[tuple[Section, ...]] = (
    cover.cover,
    cover.safeguarding,
    cover.agenda,
    record.plan_summary,
    record.attendance,
    record.exclusions,
    circumstances.alternative_provision,
    circumstances.missing_education,
    record.attainment,
    early_years.early_years,
    post16.post16,
    record.wellbeing,
    review.voice,
    review.targets,
    review.actions,
    review.funding,
    review.additional_needs,
    circumstances.transition,
    review.notes,
    review.new_targets,
    review.new_actions,
    review.new_funding,
    review.sign_off,
)


#: Sections that print a model section a phase may not use (``UNUSED_SECTIONS``): an
#: early-years plan has no attainment table, a post-16 plan no school attendance (nor
#: exclusions, which are part of it) and no Key Stage attainment; only early years has the
#: early-years section and only post-16 the post-16 one.
MODEL_SECTION: Final[dict[Section, str]] = {
    record.attendance: "attendance",
    record.exclusions: "attendance",
    record.attainment: "attainment",
    early_years.early_years: "early_years",
    post16.post16: "post16",
}


def in_use(ctx: PackContext) -> list[Section]:
    """:data:`ORDER` without the sections the plan's phase does not use."""
    return [s for s in ORDER if s not in MODEL_SECTION or ctx.uses(MODEL_SECTION[s])]


def story(ctx: PackContext) -> list[Flowable]:
    """Every section's flowables, in :data:`ORDER`, for the plan's phase."""
    return [flowable for section in in_use(ctx) for flowable in section(ctx)]
