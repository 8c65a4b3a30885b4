"""Batch printing: one pack per pupil due in the window, none for the rest, no names in files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pack_testkit import FILE_NAME, POWYS, TODAY, options, reader, squash

from vsdesk.domain.model import Pupil
from vsdesk.domain.profiles import AuthorityProfile, default_profile
from vsdesk.errors import KnownError, NotFoundError, UsageError
from vsdesk.packs import pack_filename, pupils_due, write_packs
from vsdesk.services.synthetic import AUTHORITIES, generate_pupils

PROFILES: dict[str, AuthorityProfile] = {
    a.id: default_profile(a.id, a.name, a.country) for a in AUTHORITIES
}
START, END = TODAY, TODAY + timedelta(days=25)


@pytest.fixture(scope="module")
def pupils() -> list[Pupil]:
    return generate_pupils(8, 5, today=TODAY)


def _next(pupil: Pupil) -> date:
    plan = pupil.current_plan
    assert plan is not None and plan.plan.next_meeting is not None
    return plan.plan.next_meeting


def test_pupils_due_are_those_meeting_in_the_window(pupils: list[Pupil]) -> None:
    due = pupils_due(pupils, START, END)
    expected = {p.id for p in pupils if START <= _next(p) <= END}
    assert {p.id for p in due} == expected
    assert 0 < len(expected) < len(pupils)  # the seed gives both kinds
    assert [_next(p) for p in due] == sorted(_next(p) for p in due)


def test_the_window_is_inclusive_and_must_not_run_backwards(pupils: list[Pupil]) -> None:
    day = _next(pupils[0])
    assert pupils[0] in pupils_due(pupils, day, day)
    with pytest.raises(UsageError):
        pupils_due(pupils, END, START)


def test_write_packs_writes_one_named_safely_file_per_pupil_due(
    pupils: list[Pupil], tmp_path: Path
) -> None:
    due = pupils_due(pupils, START, END)
    written = write_packs(due, PROFILES, tmp_path, options())
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == sorted(p.name for p in written)
    assert len(files) == len(due)
    assert all(FILE_NAME.match(name) for name in files)
    for pupil in due:
        assert f"pep-pack-{pupil.id}-{_next(pupil).isoformat()}.pdf" in files
    names = {w for p in pupils for w in (p.pupil.given_name, p.pupil.family_name)}
    assert not [f for f in files for n in names if n.lower() in f.lower()]
    not_due = [p for p in pupils if p not in due]
    assert not [f for f in files for p in not_due if p.id in f]


def test_each_written_pack_is_that_pupils_own(pupils: list[Pupil], tmp_path: Path) -> None:
    pupil = pupils_due(pupils, START, END)[0]
    (path,) = write_packs([pupil], PROFILES, tmp_path, options())
    cover = squash(reader(path.read_bytes()).pages[0].extract_text())
    assert pupil.name in cover


def test_a_pupil_without_a_profile_is_refused_by_authority_id(
    pupils: list[Pupil], tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError) as caught:
        write_packs(pupils[:1], {"elsewhere": POWYS}, tmp_path, options())
    assert pupils[0].name not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_an_unsafe_pupil_id_never_becomes_a_path(pupils: list[Pupil]) -> None:
    odd = Pupil(id="../../etc/passwd")
    with pytest.raises(UsageError):
        pack_filename(odd, TODAY)


def test_a_missing_folder_is_reported_without_its_path(pupils: list[Pupil], tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    with pytest.raises(KnownError) as caught:
        write_packs(pupils[:1], PROFILES, missing, options())
    assert str(missing) not in str(caught.value)
