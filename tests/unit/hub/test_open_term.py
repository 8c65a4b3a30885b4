"""``plans open-term`` below the CLI: a new term's plan for each pupil, synced to devices,
and a device's offline edits to last term's plan held at the hub, not refused (issue 10).

Terms and birthdays are derived from the kit's clock, never written as calendar dates.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers.sync_kit import Device, Hub, Kit, dump
from vsdesk.domain.model import Pupil
from vsdesk.domain.new_term import TermNotLaterError
from vsdesk.domain.phases import Phase, plan_phase, term_start
from vsdesk.domain.school_calendar import school_year_start, year_group_for
from vsdesk.domain.terms import next_term, parse_term, previous_term, term_of
from vsdesk.errors import NotFoundError, ValidationError
from vsdesk.hub.services.held_changes import HeldReason, list_held
from vsdesk.hub.services.new_term import new_plan_id, open_term
from vsdesk.hub.storage.clock import to_text
from vsdesk.hub.storage.schema import HeldChangeRow

ACTOR = "cardiff:officer"


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    return Kit(tmp_path)


@pytest.fixture
def hub(kit: Kit) -> Hub:
    return kit.hub(pupils=6)


def this_term(kit: Kit) -> str:
    return term_of(kit.clock().date())


def next_autumn(kit: Kit) -> str:
    """The first autumn term after the clock's term: a new school year, maybe a new phase."""
    term = next_term(this_term(kit))
    while parse_term(term)[1] != "autumn":
        term = next_term(term)
    return term


def pupil_ids(hub: Hub) -> list[str]:
    return sorted(s.id for s in hub.pupils().summaries())


def open_(kit: Kit, hub: Hub, term: str, *pupils: str) -> list[str]:
    report = open_term(hub.store, term, ACTOR, pupils, clock=kit.clock)
    return [opened.pupil_id for opened in report.opened]


def make_year_11(kit: Kit, hub: Hub, pupil_id: str) -> None:
    """The authority records a date of birth that puts the pupil in Year 11 this year."""
    school_year = school_year_start(kit.clock().date())
    born = date(school_year - 16, 9, 1) + timedelta(days=100)
    hub.pupils().edit(
        pupil_id,
        {
            "pupil.date_of_birth": born.isoformat(),
            "pupil.year_group": "11",
            "pupil.year_group_offset": "0",
        },
    )


def with_attainment(hub: Hub) -> str:
    """A school-age pupil whose plans record subject attainment (the generated world has
    early-years and post-16 children too, whose plans have none)."""
    pupils = hub.pupils().all()
    return sorted(p.id for p in pupils if any(plan.attainment for plan in p.plans))[0]


def test_every_pupil_gets_the_next_terms_plan_and_keeps_the_old_ones(kit: Kit, hub: Hub) -> None:
    term = next_term(this_term(kit))
    before = {pupil_id: hub.pupils().get(pupil_id) for pupil_id in pupil_ids(hub)}

    assert open_(kit, hub, term) == list(before)

    for pupil_id, old in before.items():
        after = hub.pupils().get(pupil_id)
        current = after.current_plan
        assert current is not None and current.plan.term == term
        assert current.id == new_plan_id("cardiff", pupil_id, term)
        assert current.plan.status == "not-started"
        old_current = old.current_plan
        assert old_current is not None
        open_targets = {k for k, t in old_current.targets.items() if t.outcome is None}
        assert set(current.targets) == open_targets
        assert [p for p in after.plans if p.id != current.id] == old.plans  # history kept
    history = hub.pupils().history(pupil_ids(hub)[0])
    assert [(e.field, e.new) for e in history][-1] == ("plan.term", term)


def test_running_it_again_changes_nothing(kit: Kit, hub: Hub) -> None:
    term = next_term(this_term(kit))
    open_(kit, hub, term)
    before = dump(hub.store)
    report = open_term(hub.store, term, ACTOR, clock=kit.clock)
    assert report.opened == () and set(report.already_open) == set(pupil_ids(hub))
    assert dump(hub.store) == before


def test_only_the_pupils_named(kit: Kit, hub: Hub) -> None:
    first, second, *rest = pupil_ids(hub)
    term = next_term(this_term(kit))
    assert open_(kit, hub, term, second, first, second) == [second, first]
    for pupil_id in rest:
        current = hub.pupils().get(pupil_id).current_plan
        assert current is not None and current.plan.term == this_term(kit)


@pytest.mark.parametrize("skipped", [True, False])
def test_a_term_before_a_current_plan_is_refused_and_nothing_changes(
    kit: Kit, hub: Hub, skipped: bool
) -> None:
    """A pupil with a plan for the term is left alone (that is running it again); a pupil
    whose current plan is later than a term it has no plan for means a wrong term."""
    first, second = pupil_ids(hub)[:2]
    after_next = next_term(next_term(this_term(kit)))
    open_(kit, hub, after_next, first)  # the officer skipped a term for this pupil
    before_all = previous_term(previous_term(previous_term(this_term(kit))))  # no plan then
    wrong = next_term(this_term(kit)) if skipped else before_all
    before = dump(hub.store)
    with pytest.raises(TermNotLaterError) as caught:
        open_term(hub.store, wrong, ACTOR, [second, first], clock=kit.clock)
    message = caught.value.message
    assert message.startswith(f"Pupil {first if skipped else second}: ")  # the first refused
    assert "must come after the current plan's term" in message
    assert message.endswith("Nothing was changed.")
    assert dump(hub.store) == before


@pytest.mark.parametrize("term", ["autumn", "2027-winter", "27-spring", ""])
def test_a_misspelt_term_is_refused(hub: Hub, term: str) -> None:
    before = dump(hub.store)
    with pytest.raises(ValidationError, match="written like 2026-autumn"):
        open_term(hub.store, term, ACTOR)
    assert dump(hub.store) == before


def test_an_unknown_pupil_is_refused_and_nothing_changes(kit: Kit, hub: Hub) -> None:
    before = dump(hub.store)
    with pytest.raises(NotFoundError):
        open_term(hub.store, next_term(this_term(kit)), ACTOR, [pupil_ids(hub)[0], "p-nobody"])
    assert dump(hub.store) == before


def test_a_year_11_pupil_moves_into_a_post_16_plan(kit: Kit, hub: Hub) -> None:
    pupil_id = with_attainment(hub)
    make_year_11(kit, hub, pupil_id)
    before = hub.pupils().get(pupil_id)
    term = next_autumn(kit)

    report = open_term(hub.store, term, ACTOR, [pupil_id], clock=kit.clock)

    assert [o.phase for o in report.opened] == [Phase.POST_16]
    after = hub.pupils().get(pupil_id)
    new = after.current_plan
    assert new is not None and plan_phase(after.pupil, new).phase is Phase.POST_16
    assert new.attainment == {}
    assert after.pupil.year_group == 12
    old = [p for p in after.plans if p.id != new.id]
    assert old == before.plans and any(p.attainment for p in old)  # history with attainment


def test_a_pupil_eighteen_by_the_terms_start_gets_no_plan(kit: Kit, hub: Hub) -> None:
    leaver, other = pupil_ids(hub)[:2]
    term = next_autumn(kit)
    start = term_start(term)
    born = start.replace(year=start.year - 18) - timedelta(days=30)
    year = year_group_for(born, school_year_start(kit.clock().date()))
    hub.pupils().edit(
        leaver, {"pupil.date_of_birth": born.isoformat(), "pupil.year_group": str(year)}
    )
    before = hub.pupils().get(leaver)

    report = open_term(hub.store, term, ACTOR, [leaver, other], clock=kit.clock)

    assert report.outside_pep_ages == (leaver,)
    assert [o.pupil_id for o in report.opened] == [other]
    assert hub.pupils().get(leaver) == before


def test_the_new_plan_and_year_group_reach_the_device(kit: Kit, hub: Hub, tmp_path: Path) -> None:
    device = enrolled(kit, hub, tmp_path)
    pupil_id = held_by(device)[0]
    make_year_11(kit, hub, pupil_id)
    term = next_autumn(kit)
    open_(kit, hub, term)

    device.sync.import_file(hub.export(teacher_of(hub), tmp_path / "h2"))

    on_device, at_hub = device.pupils().get(pupil_id), hub.pupils().get(pupil_id)
    assert on_device.current_plan == at_hub.current_plan
    assert sorted(p.id for p in on_device.plans) == sorted(p.id for p in at_hub.plans)
    assert on_device.pupil.year_group == 12
    assert device.pupils().view(pupil_id) == hub.pupils().view(pupil_id)


# --- held: a device's offline edits to last term's plan --------------------------------------


def enrolled(kit: Kit, hub: Hub, tmp_path: Path) -> Device:
    device = kit.device()
    kit.enrol(hub, device, kit.teacher_with(hub, 4))
    device.sync.import_file(hub.export(teacher_of(hub), tmp_path / "h1"))
    return device


def teacher_of(hub: Hub) -> str:
    return hub.teachers.summaries()[0].teacher.id


def held_by(device: Device) -> list[str]:
    return sorted(s.id for s in device.pupils().summaries())


def pupil_voice(pupil: Pupil, term: str) -> str:
    """What the pupil said, in the plan for ``term``."""
    return {p.plan.term: p for p in pupil.plans}[term].voice.pupil


@pytest.mark.parametrize("device_gets_new_plan_first", [False, True])
def test_edits_to_last_terms_plan_are_held_and_the_rest_applies(
    kit: Kit, hub: Hub, tmp_path: Path, device_gets_new_plan_first: bool
) -> None:
    device = enrolled(kit, hub, tmp_path)
    rolled, other = held_by(device)[:2]
    old_term, new_term = this_term(kit), next_term(this_term(kit))
    device.pupils().edit(rolled, {"voice.pupil": "Rwy'n hoffi'r ysgol"})
    device.pupils().edit(other, {"attendance.percent": "91.5"})
    open_(kit, hub, new_term, rolled)
    if device_gets_new_plan_first:  # the new plan arrives while the edit is still unsent
        device.sync.import_file(hub.export(teacher_of(hub), tmp_path / "h2"))
        assert pupil_voice(device.pupils().get(rolled), old_term) == "Rwy'n hoffi'r ysgol"

    report = hub.sync.import_file(device.export(tmp_path / "d1"))

    assert (report.held, report.held_not_current) == (1, 1)
    held = list_held(hub.store)
    assert [(h.pupil_id, h.change["field"], h.change["value"], h.reason) for h in held] == [
        (rolled, "voice.pupil", "Rwy'n hoffi'r ysgol", HeldReason.NOT_CURRENT_PLAN)
    ]
    assert "held_because" not in held[0].change  # the change record as the device sent it
    assert hub.pupils().view(other)["attendance"]["percent"] == 91.5
    assert pupil_voice(hub.pupils().get(rolled), old_term) != "Rwy'n hoffi'r ysgol"

    # The chain goes on: the device gets the new plan (if it had not), keeps its own copy
    # of the edit in last term's plan, and its next edit lands in the new plan.
    device.sync.import_file(hub.export(teacher_of(hub), tmp_path / "h3"))
    on_device = device.pupils().get(rolled)
    assert on_device.current_plan is not None and on_device.current_plan.plan.term == new_term
    assert pupil_voice(on_device, old_term) == "Rwy'n hoffi'r ysgol"
    device.pupils().edit(rolled, {"voice.pupil": "Tymor newydd"})
    again = hub.sync.import_file(device.export(tmp_path / "d2"))
    assert again.held == 0
    assert hub.pupils().view(rolled)["voice"]["pupil"] == "Tymor newydd"
    assert len(list_held(hub.store)) == 1


def test_a_change_held_before_reasons_were_kept_reads_as_unassigned(hub: Hub) -> None:
    """Rows held by an older hub have the bare change record as their body."""
    body = {"change_id": "c-1", "entity": "plan:p-1.pl-1", "field": "voice.pupil", "op": "set"}
    with hub.store.session() as session:
        session.add(
            HeldChangeRow(
                change_id="c-1",
                pupil_id="p-1",
                device_id="device-1",
                teacher_id="t-1",
                bundle_sequence=3,
                received_at=to_text(hub.clock()),
                body=json.dumps(body),
            )
        )
    [held] = list_held(hub.store)
    assert (held.reason, held.change) == (HeldReason.UNASSIGNED, body)
    assert held.reason.words == "the pupil was no longer assigned to the teacher"
