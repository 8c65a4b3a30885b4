"""Teachers and assignments: ended assignments are kept, for sync to tell devices to purge."""

from __future__ import annotations

import pytest

from helpers.hub_fixtures import FakeClock
from vsdesk.errors import NotFoundError, UsageError, ValidationError
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.store import HubStore
from vsdesk.services.pupils import PupilService
from vsdesk.services.synthetic import Authority, generate_pupils


@pytest.fixture
def teachers(hub: HubStore, clock: FakeClock) -> TeacherService:
    pupils = generate_pupils(3, seed=9, authorities=(Authority("cardiff", "Cardiff", "wales"),))
    PupilService(hub, "test").add(pupils)
    return TeacherService(hub, clock)


def pupil_ids(hub: HubStore) -> list[str]:
    return sorted(s.id for s in PupilService(hub, "test").summaries())


def test_add_and_list_teachers(teachers: TeacherService) -> None:
    added = teachers.add("  Ms   Siân Jones ", "Ysgol y Dŵr Gwyn")
    assert added.id.startswith("t-") and added.name == "Ms Siân Jones"
    [summary] = teachers.summaries()
    assert (summary.teacher, summary.pupils, summary.devices) == (added, 0, 0)
    assert teachers.get(added.id) == added


@pytest.mark.parametrize(("name", "school"), [("", "Ysgol"), ("Ms Jones", "x" * 201)])
def test_blank_or_overlong_names_are_refused(
    teachers: TeacherService, name: str, school: str
) -> None:
    with pytest.raises(UsageError):
        teachers.add(name, school)
    assert teachers.summaries() == []


def test_assign_unassign_keeps_the_ended_row(
    hub: HubStore, teachers: TeacherService, clock: FakeClock
) -> None:
    teacher = teachers.add("Ms Jones", "Ysgol A")
    first, second = pupil_ids(hub)[:2]
    teachers.assign(first, teacher.id)
    teachers.assign(second, teacher.id)
    assert teachers.pupils_of(teacher.id) == sorted((first, second))
    clock.advance(days=1)
    since = clock()
    teachers.unassign(first, teacher.id)
    assert teachers.pupils_of(teacher.id) == [second]
    [ended] = teachers.ended_since(teacher.id, since)
    assert (ended.pupil_id, ended.ended_at, ended.active) == (first, since, False)
    assert len(teachers.assignments(teacher_id=teacher.id)) == 2
    assert len(teachers.assignments(teacher_id=teacher.id, include_ended=False)) == 1
    clock.advance(days=1)
    assert teachers.ended_since(teacher.id, clock()) == []


def test_reassigning_after_an_end_opens_a_new_assignment(
    hub: HubStore, teachers: TeacherService
) -> None:
    teacher = teachers.add("Ms Jones", "Ysgol A")
    pupil = pupil_ids(hub)[0]
    teachers.assign(pupil, teacher.id)
    teachers.unassign(pupil, teacher.id)
    teachers.assign(pupil, teacher.id)
    history = teachers.assignments(pupil_id=pupil)
    assert [a.active for a in history] == [False, True]


def test_assignment_errors_change_nothing(hub: HubStore, teachers: TeacherService) -> None:
    teacher = teachers.add("Ms Jones", "Ysgol A")
    pupil, other = pupil_ids(hub)[:2]
    teachers.assign(pupil, teacher.id)
    with pytest.raises(ValidationError, match="already assigned"):
        teachers.assign(pupil, teacher.id)
    with pytest.raises(NotFoundError, match="No pupil"):
        teachers.assign("p-0000000000", teacher.id)
    with pytest.raises(NotFoundError, match="No teacher"):
        teachers.assign(pupil, "t-0000000000")
    with pytest.raises(ValidationError, match="not assigned"):
        teachers.unassign(other, teacher.id)
    with pytest.raises(NotFoundError, match="No pupil"):
        teachers.unassign("p-0000000000", teacher.id)
    with pytest.raises(NotFoundError, match="No teacher"):
        teachers.unassign(pupil, "t-0000000000")
    assert [(a.pupil_id, a.active) for a in teachers.assignments()] == [(pupil, True)]
