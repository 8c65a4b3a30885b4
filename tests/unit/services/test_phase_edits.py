"""Editing a plan by its phase (issue 10): a section the phase does not use keeps what it
holds but takes no new values, and a pupil moved into another phase loses nothing."""

from __future__ import annotations

from datetime import date

import pytest

from vsdesk.domain.meta import Owner
from vsdesk.domain.model import Identity, Plan, PlanMeta, Pupil, SubjectAttainment
from vsdesk.domain.profiles import WALES
from vsdesk.errors import ValidationError
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault

TERM = "2026-autumn"  # the phase is read at the term's start, never against today


@pytest.fixture
def school(vault: Vault) -> PupilService:
    year_11 = Pupil(
        id="p-1",
        pupil=Identity(
            given_name="Rhys",
            family_name="Pritchard",
            date_of_birth=date(2011, 3, 3),
            home_authority=WALES.id,
        ),
        plans=[
            Plan(
                id="plan-1",
                plan=PlanMeta(term=TERM),
                attainment={"maths": SubjectAttainment(subject="Mathematics", current="5")},
            )
        ],
    )
    service = PupilService(vault, "Ms Designated")
    service.add([year_11], [WALES])
    return service


def test_a_school_age_plan_takes_attainment_but_not_post16(school: PupilService) -> None:
    school.edit("p-1", {"attainment.maths.target": "6"})
    with pytest.raises(ValidationError, match="school-age plan has no post-16 section") as caught:
        school.edit("p-1", {"post16.provider": "Coleg Cambria"})
    assert caught.value.field == "post16.provider"
    assert school.view("p-1")["post16"]["provider"] == ""


def test_a_pupil_moved_into_post16_keeps_their_attainment_and_gets_post16(
    school: PupilService,
) -> None:
    authority = PupilService(school.store, "VS officer", side=Owner.AUTHORITY)
    # The authority corrects the date of birth: the child is a year older, so in Year 12.
    authority.edit("p-1", {"pupil.date_of_birth": "2010-03-03"})
    kept = school.view("p-1")["attainment"]["maths"]
    assert (kept["current"], kept["subject"]) == ("5", "Mathematics")
    school.edit("p-1", {"post16.provider": "Coleg Cambria", "post16.provider_type": "college"})
    with pytest.raises(ValidationError, match="post-16 plan has no subject attainment table"):
        school.edit("p-1", {"attainment.maths.current": "6"})
    with pytest.raises(ValidationError, match="post-16 plan has no school attendance"):
        school.edit("p-1", {"attendance.percent": "91"})
    assert school.view("p-1")["attainment"]["maths"]["current"] == "5"
    # Corrected back: the attainment table opens again, the post-16 values stay recorded.
    authority.edit("p-1", {"pupil.date_of_birth": "2011-03-03"})
    school.edit("p-1", {"attainment.maths.current": "6"})
    assert school.view("p-1")["post16"]["provider"] == "Coleg Cambria"


def test_the_authority_sets_an_out_of_year_group_offset_within_two(school: PupilService) -> None:
    authority = PupilService(school.store, "VS officer", side=Owner.AUTHORITY)
    with pytest.raises(ValidationError) as caught:
        authority.edit("p-1", {"pupil.year_group_offset": "3"})
    assert caught.value.field == "pupil.year_group_offset"
    with pytest.raises(ValidationError, match="kept by the authority"):
        school.edit("p-1", {"pupil.year_group_offset": "-1"})
    authority.edit("p-1", {"pupil.year_group_offset": "1"})  # educated a year above: Year 12
    school.edit("p-1", {"post16.eet_status": "education", "post16.eet_since": "2026-09-01"})
