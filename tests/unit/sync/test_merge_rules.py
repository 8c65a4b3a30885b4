"""One test per merge rule of DESIGN §5, each run on two replicas (the hub and a device)."""

from __future__ import annotations

import pytest
from merge_testkit import P1, P2, POLICY, Party, sync

from vsdesk.domain import fields as domain_fields
from vsdesk.sync.changes import Change
from vsdesk.sync.merge import MergeState, apply_changes, replay


@pytest.fixture
def hub() -> Party:
    return Party("hub", "authority")


@pytest.fixture
def dev(hub: Party) -> Party:
    return Party("dev-a", "school", wall=hub.wall)


def test_only_one_side_changed_takes_it(hub: Party, dev: Party) -> None:
    hub.edit(P1, "pupil.legal_status", "s31")
    sync(hub, dev)
    hub.wall.millis += 10
    later = dev.edit(P1, "pupil.legal_status", "s20")

    result = hub.receive([later])

    assert hub.state.get(P1, "pupil.legal_status") == dev.state.get(P1, "pupil.legal_status")
    assert hub.state.get(P1, "pupil.legal_status").value == "s20"  # type: ignore[union-attr]
    assert hub.state.conflicts() == {}
    assert result.superseded == ()
    assert len(hub.state.heads(P1, "pupil.legal_status")) == 1


@pytest.mark.parametrize(("path", "owner"), [("pupil.legal_status", 0), ("attendance.percent", 1)])
def test_owner_wins_on_its_own_field_whatever_the_clocks(
    hub: Party, dev: Party, path: str, owner: int
) -> None:
    owner_party, other = (hub, dev) if owner == 0 else (dev, hub)
    owner_party.edit(P1, path, "owner's")
    hub.wall.millis += 100  # the other side edits later: the clock alone would pick it
    other.edit(P1, path, "other's")

    sync(hub, dev)

    for party in (hub, dev):
        assert party.state.get(P1, path).value == "owner's"  # type: ignore[union-attr]
        assert party.state.conflicts() == {}  # structured: the owner decides, silently


def test_the_non_owner_is_told_its_version_was_overridden(hub: Party, dev: Party) -> None:
    mine = dev.edit(P1, "pupil.legal_status", "s20")
    theirs = hub.edit(P1, "pupil.legal_status", "s31")

    result = dev.receive([theirs])

    [lost] = result.superseded
    assert (lost.field, lost.lost.change_id, lost.winner.change_id) == (
        "pupil.legal_status",
        mine.change_id,
        theirs.change_id,
    )


def test_owned_free_text_keeps_the_overridden_text_in_view(hub: Party, dev: Party) -> None:
    dev.edit(P1, "voice.pupil", "I like maths")
    hub.wall.millis += 50
    hub.edit(P1, "voice.pupil", "Typed by the VSO")

    sync(hub, dev)

    assert hub.state == dev.state
    assert hub.state.get(P1, "voice.pupil").value == "I like maths"  # type: ignore[union-attr]
    [conflict] = hub.state.conflicts().values()
    assert conflict.status == "auto-resolved"
    assert [v.value for v in conflict.losers] == ["Typed by the VSO"]


def test_shared_structured_field_latest_stamp_wins_loser_visible(hub: Party, dev: Party) -> None:
    dev.edit(P1, "targets.t1.progress", "amber")
    hub.wall.millis += 1
    hub.edit(P1, "targets.t1.progress", "green")

    sync(hub, dev)

    assert hub.state == dev.state
    assert dev.state.get(P1, "targets.t1.progress").value == "green"  # type: ignore[union-attr]
    [conflict] = dev.state.conflicts().values()
    assert conflict.status == "auto-resolved"
    assert conflict.winner is not None and conflict.winner.value == "green"
    assert [v.value for v in conflict.losers] == ["amber"]


def test_equal_clocks_are_decided_by_author_the_same_everywhere(hub: Party, dev: Party) -> None:
    a = dev.edit(P1, "targets.t1.progress", "amber")
    b = hub.edit(P1, "targets.t1.progress", "green")
    assert a.stamp[:20] == b.stamp[:20]  # same millis and counter, different nodes

    sync(hub, dev)

    winner = max((a, b), key=lambda c: (c.stamp, c.author))
    assert hub.state.get(P1, "targets.t1.progress").value == winner.value  # type: ignore[union-attr]
    assert hub.state == dev.state


def test_shared_free_text_keeps_both_texts_in_an_open_conflict(hub: Party, dev: Party) -> None:
    dev.edit(P1, "targets.t1.description", "Read daily")
    hub.edit(P1, "targets.t1.description", "Read with carer")

    sync(hub, dev)

    assert hub.state == dev.state
    [conflict] = hub.state.conflicts().values()
    assert conflict.status == "open" and conflict.free_text
    assert {v.value for v in conflict.versions} == {"Read daily", "Read with carer"}
    assert conflict.conflict_id in dev.state.conflicts()


def test_an_ordinary_edit_never_drops_the_other_text(hub: Party, dev: Party) -> None:
    dev.edit(P1, "targets.t1.description", "Read daily")
    hub.edit(P1, "targets.t1.description", "Read with carer")
    sync(hub, dev)
    [before] = dev.state.conflicts().values()
    [unshown] = before.losers

    dev.edit(P1, "targets.t1.description", "Edited on top of the text shown")
    sync(hub, dev)

    [conflict] = hub.state.conflicts().values()
    assert conflict.status == "open"
    assert {v.value for v in conflict.versions} == {
        unshown.value,
        "Edited on top of the text shown",
    }


def test_resolving_supersedes_both_versions_on_both_replicas(hub: Party, dev: Party) -> None:
    dev.edit(P1, "targets.t1.description", "Read daily")
    hub.edit(P1, "targets.t1.description", "Read with carer")
    sync(hub, dev)
    [conflict] = dev.state.conflicts().values()

    resolution = dev.make(dev.editor.resolve(conflict, "Read daily with carer"))
    result = hub.receive([resolution])

    assert result.closed_conflicts == (conflict,)
    assert hub.state == dev.state
    assert hub.state.conflicts() == {}
    assert hub.state.heads(P1, "targets.t1.description") == (hub.state.get(P1, conflict.field),)


def test_a_resolution_leaves_a_version_it_did_not_see_in_conflict(hub: Party, dev: Party) -> None:
    dev.edit(P1, "targets.t1.description", "Read daily")
    hub.edit(P1, "targets.t1.description", "Read with carer")
    sync(hub, dev)
    [conflict] = dev.state.conflicts().values()
    dev.make(dev.editor.resolve(conflict, "Read daily with carer"))
    hub.edit(P1, "targets.t1.description", "Read with carer, 10 min")  # not yet seen by dev

    sync(hub, dev)

    [reopened] = hub.state.conflicts().values()
    assert reopened.conflict_id != conflict.conflict_id and reopened.status == "open"
    assert {v.value for v in reopened.versions} == {
        "Read daily with carer",
        "Read with carer, 10 min",
    }
    assert hub.state == dev.state


def test_concurrent_equal_values_are_no_conflict(hub: Party, dev: Party) -> None:
    dev.edit(P1, "targets.t1.progress", "green")
    hub.edit(P1, "targets.t1.progress", "green")
    sync(hub, dev)
    assert hub.state.conflicts() == {} and hub.state == dev.state


def test_an_edit_on_a_stale_base_is_concurrent(hub: Party, dev: Party) -> None:
    hub.edit(P1, "targets.t1.progress", "red")
    sync(hub, dev)
    hub.wall.millis += 1
    hub.edit(P1, "targets.t1.progress", "amber")
    hub.wall.millis += 1
    hub.edit(P1, "targets.t1.progress", "green")  # dev still shows "red"
    dev.edit(P1, "targets.t1.progress", "amber")

    sync(hub, dev)

    assert {v.value for v in hub.state.heads(P1, "targets.t1.progress")} == {"green", "amber"}
    assert hub.state == dev.state


def test_a_change_can_arrive_before_the_version_it_was_made_on(hub: Party, dev: Party) -> None:
    first = hub.edit(P1, "pupil.legal_status", "s31")
    hub.wall.millis += 1
    second = hub.edit(P1, "pupil.legal_status", "s20")

    dev.receive([second])
    dev.receive([first])

    assert dev.state == hub.state
    assert dev.state.get(P1, "pupil.legal_status").value == "s20"  # type: ignore[union-attr]


def test_duplicates_and_resends_are_no_ops(hub: Party, dev: Party) -> None:
    dev.edit(P1, "targets.t1.description", "Read daily")
    hub.edit(P1, "targets.t1.description", "Read with carer")
    sync(hub, dev)
    before = dev.state

    again = dev.receive(hub.log + hub.log)

    assert again.applied == () and again.new_conflicts == () and again.touched == frozenset()
    assert dev.state == before


def test_merging_leaves_the_input_state_untouched(hub: Party) -> None:
    change = hub.edit(P1, "attendance.percent", 93.5)
    empty = MergeState()
    apply_changes(empty, [change], POLICY)
    assert empty == MergeState() and empty.entities == {}


def test_new_conflicts_are_reported_once(hub: Party, dev: Party) -> None:
    mine = dev.edit(P1, "targets.t1.description", "Read daily")
    theirs = hub.edit(P1, "targets.t1.description", "Read with carer")

    first = dev.receive([theirs])
    second = hub.receive([mine])

    assert [c.conflict_id for c in first.new_conflicts] == [
        c.conflict_id for c in second.new_conflicts
    ]
    assert dev.receive([theirs]).new_conflicts == ()


# --- deletes -------------------------------------------------------------------------------


def test_a_delete_everyone_saw_hides_the_entity(hub: Party, dev: Party) -> None:
    hub.edit(P1, "pupil.legal_status", "s31")
    dev.edit(P2, "attendance.percent", 90)
    sync(hub, dev)

    hub.delete(P1)
    sync(hub, dev)

    for party in (hub, dev):
        assert party.state.is_deleted(P1) and party.state.get(P1, "pupil.legal_status") is None
        assert (P1, "") in party.state.deleted()
        assert party.state.get(P2, "attendance.percent") is not None
        assert party.state.conflicts() == {}


def test_a_delete_racing_an_edit_keeps_the_record_and_flags_it(hub: Party, dev: Party) -> None:
    hub.edit(P1, "pupil.legal_status", "s31")
    sync(hub, dev)
    hub.delete(P1)
    dev.edit(P1, "attendance.percent", 88)

    sync(hub, dev)

    assert hub.state == dev.state
    assert not hub.state.is_deleted(P1)
    assert hub.state.get(P1, "pupil.legal_status").value == "s31"  # type: ignore[union-attr]
    [conflict] = hub.state.conflicts().values()
    assert (conflict.kind, conflict.status, conflict.field) == ("delete", "open", "")
    assert conflict.paths == ("attendance.percent",)
    assert [v.value for v in conflict.versions] == [88]


@pytest.mark.parametrize("keep", [True, False])
def test_a_delete_conflict_is_settled_by_restore_or_delete(
    hub: Party, dev: Party, keep: bool
) -> None:
    hub.edit(P1, "pupil.legal_status", "s31")
    sync(hub, dev)
    hub.delete(P1)
    dev.edit(P1, "attendance.percent", 88)
    sync(hub, dev)

    if keep:
        dev.restore(P1)
    else:
        dev.delete(P1)
    sync(hub, dev)

    assert hub.state == dev.state and hub.state.conflicts() == {}
    assert hub.state.is_deleted(P1) is not keep


def test_deleting_one_record_races_only_that_record(hub: Party, dev: Party) -> None:
    hub.edit(P1, "targets.t1.progress", "red")
    hub.edit(P1, "targets.t2.description", "Attend club")
    sync(hub, dev)
    hub.delete(P1, "targets.t1")
    sync(hub, dev)
    assert dev.state.is_deleted(P1, "targets.t1.progress")
    assert not dev.state.is_deleted(P1, "targets.t2.description")

    dev.delete(P1, "targets.t2")
    hub.edit(P1, "targets.t2.description", "Attend club weekly")
    sync(hub, dev)

    [conflict] = dev.state.conflicts().values()
    assert (conflict.kind, conflict.field) == ("delete", "targets.t2")
    assert not dev.state.is_deleted(P1, "targets.t2") and dev.state == hub.state


def test_a_late_edit_brings_a_deleted_record_back(hub: Party, dev: Party) -> None:
    hub.edit(P1, "pupil.legal_status", "s31")
    sync(hub, dev)
    edit = dev.edit(P1, "attendance.percent", 88)
    delete = hub.delete(P1)

    other = Party("dev-b", "school")
    other.receive([delete])
    other.receive(hub.log)
    assert other.state.is_deleted(P1)
    other.receive([edit])

    assert not other.state.is_deleted(P1)
    assert other.state.get(P1, "pupil.legal_status") is not None
    assert other.state == replay([edit, *hub.log], POLICY)


def test_restore_racing_a_delete_keeps_the_record(hub: Party, dev: Party) -> None:
    hub.edit(P1, "pupil.legal_status", "s31")
    hub.delete(P1)
    sync(hub, dev)
    dev.restore(P1)
    hub.delete(P1)

    sync(hub, dev)

    assert not hub.state.is_deleted(P1) and hub.state == dev.state
    [conflict] = hub.state.conflicts().values()
    assert conflict.kind == "delete" and len(conflict.tombstones) == 2


# --- the policy comes from the domain model ------------------------------------------------


class DomainPolicy:
    """How the app will wire it: the facts declared on the model decide."""

    def owner_of(self, field: str) -> str:
        return domain_fields.owner_of(field)

    def is_free_text(self, field: str) -> bool:
        return domain_fields.spec_for(field).text


def test_the_domain_model_can_serve_as_the_policy(hub: Party) -> None:
    first = hub.editor.edit(MergeState(), P1, "voice.pupil", "From the VSO")
    other = Change(
        "dev-1", P1, "voice.pupil", "From school", "", first.stamp[:-3] + "dev", "dev", "school"
    )
    state = replay([first, other], DomainPolicy())
    assert state.get(P1, "voice.pupil").value == "From school"  # type: ignore[union-attr]
    [conflict] = state.conflicts().values()
    assert conflict.free_text and conflict.status == "auto-resolved"
