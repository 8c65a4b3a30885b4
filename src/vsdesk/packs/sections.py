"""The pack's running order: which sections, in which order, with which page breaks.

Each section is a function from the pack's context to flowables, starting with its heading
(which is also its bookmark in the PDF outline). Reading this list is reading the pack's
table of contents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from reportlab.platypus import Flowable

from vsdesk.packs import cover, record, review
from vsdesk.packs.context import PackContext

Section = Callable[[PackContext], list[Flowable]]


#: The cover (summary, next meeting, pupil, attendees); safeguarding contacts (a sensitive
#: pack only), the agenda and the record; the review; then the write-in pages.
ORDER: Final[tuple[Section, ...]] = (
    cover.cover,
    cover.safeguarding,
    cover.agenda,
    record.plan_summary,
    record.attendance,
    record.exclusions,
    record.attainment,
    record.wellbeing,
    review.voice,
    review.targets,
    review.actions,
    review.funding,
    review.additional_needs,
    review.transition,
    review.notes,
    review.new_targets,
    review.new_actions,
    review.new_funding,
    review.sign_off,
)


def story(ctx: PackContext) -> list[Flowable]:
    """Every section's flowables, in :data:`ORDER`."""
    return [flowable for section in ORDER for flowable in section(ctx)]
