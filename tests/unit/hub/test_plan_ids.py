"""Plan ids are scoped by authority: two hubs generated with the same seed never collide.

A designated teacher may serve two Virtual Schools (DESIGN §1). Each hub makes its demo
pupils from a seed; if both hubs used the same seed, their plans once had the same ids, and
the teacher's device, which keys plans by id, failed to store the second authority's
snapshot (an IntegrityError, shown as an internal error). Plan ids, like pupil ids, are now
derived with the authority id, so the same seed gives each authority its own ids.
"""

from __future__ import annotations

from pathlib import Path

from helpers.sync_kit import Kit
from vsdesk.services.synthetic import Authority, generate_pupils


def plan_ids(authority: str, seed: int) -> set[str]:
    home = Authority(authority, authority.title(), "wales")
    return {plan.id for p in generate_pupils(6, seed, authorities=(home,)) for plan in p.plans}


def test_same_seed_gives_each_authority_its_own_plan_ids() -> None:
    assert plan_ids("cardiff", 5) == plan_ids("cardiff", 5)  # still seeded
    assert not plan_ids("cardiff", 5) & plan_ids("swansea", 5)


def test_one_device_syncs_with_two_hubs_made_from_the_same_seed(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    hubs = {name: kit.hub(authority=name, pupils=3, seed=5) for name in ("cardiff", "swansea")}
    device = kit.device()
    expected: dict[str, dict[str, object]] = {}
    try:
        for name, hub in hubs.items():
            teacher = kit.teacher_with(hub, 3)
            kit.enrol(hub, device, teacher)
            device.sync.import_file(hub.export(teacher, tmp_path / f"{name}-1.bundle"))
            service = hub.pupils()
            expected |= {s.id: service.view(s.id) for s in service.summaries()}

        on_device = device.pupils()
        held = {s.id: on_device.view(s.id) for s in on_device.summaries()}
        assert len(held) == 6
        assert held == expected
        plans = {plan.id for pupil_id in held for plan in on_device.get(pupil_id).plans}
        assert len(plans) == 6 * 3  # three terms each, none lost to a clash
    finally:
        device.vault.lock()
        for hub in hubs.values():
            hub.store.close()
