"""Choosing generated pupils for tests that edit school-age sections.

The generator's world has early-years and post-16 children too (about 30 %), whose plans
have no subject attainment or no school attendance section, and an edit there is refused.
Tests that edit those sections take their pupils from the front of this order.
"""

from __future__ import annotations

from vsdesk.domain.model import Pupil
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.services.pupils import PupilService
from vsdesk.storage.store import Store


def is_school_age(pupil: Pupil) -> bool:
    plan = pupil.current_plan
    return plan is not None and plan_phase(pupil.pupil, plan).phase is Phase.SCHOOL_AGE


def school_age_first(store: Store) -> list[str]:
    """Every pupil id: the school-age ones sorted, then the others sorted."""
    pupils = PupilService(store, "tests").all()
    return [p.id for p in sorted(pupils, key=lambda p: (not is_school_age(p), p.id))]
