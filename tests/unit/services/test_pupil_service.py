from __future__ import annotations

import pytest

from vsdesk.domain.meta import Owner
from vsdesk.errors import NotFoundError, UsageError, ValidationError
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault


@pytest.fixture
def service(vault: Vault) -> PupilService:
    service = PupilService(vault, "Ms Designated")
    service.add_demo(8, seed=21)
    return service


def first_id(service: PupilService) -> str:
    return sorted(s.id for s in service.summaries())[0]


def test_edit_saves_and_audits_old_and_new(service: PupilService) -> None:
    pupil_id = first_id(service)
    old = service.view(pupil_id)["attendance"]["percent"]
    changes = service.edit(pupil_id, {"attendance.percent": "88.5", "voice.pupil": "Hoffi ŵyn"})
    assert [c.path for c in changes] == ["attendance.percent", "voice.pupil"]
    assert service.view(pupil_id)["attendance"]["percent"] == 88.5
    history = service.history(pupil_id)
    assert (history[0].field, history[0].old, history[0].new) == ("attendance.percent", old, 88.5)
    assert history[0].actor == "Ms Designated"


def test_one_bad_value_changes_nothing(service: PupilService) -> None:
    pupil_id = first_id(service)
    before = service.view(pupil_id, include_sensitive=True)
    with pytest.raises(ValidationError) as caught:
        service.edit(pupil_id, {"voice.pupil": "new words", "wellbeing.sdq_score": "41"})
    assert caught.value.field == "wellbeing.sdq_score"
    assert service.view(pupil_id, include_sensitive=True) == before
    assert service.history(pupil_id) == []


def test_school_cannot_edit_authority_fields_and_vice_versa(service: PupilService) -> None:
    pupil_id = first_id(service)
    with pytest.raises(ValidationError, match="kept by the authority"):
        service.edit(pupil_id, {"qa.rating": "green"})
    hub = PupilService(service.store, "VSH", side=Owner.AUTHORITY)
    with pytest.raises(ValidationError, match="kept by the school"):
        hub.edit(pupil_id, {"attendance.percent": "90"})
    hub.edit(pupil_id, {"targets.t-1.owner": "Virtual School officer"})  # shared


def test_status_moves_back_only_with_a_reason(service: PupilService) -> None:
    pupil_id = first_id(service)
    service.edit(pupil_id, {"plan.status": "ready-for-meeting"})
    with pytest.raises(ValidationError):
        service.edit(pupil_id, {"plan.status": "in-progress"})
    service.edit(
        pupil_id, {"plan.status": "in-progress", "plan.status_reason": "Carer voice missing"}
    )


def test_sensitive_fields_hidden_unless_asked(service: PupilService) -> None:
    pupil_id = first_id(service)
    assert "safeguarding" not in service.view(pupil_id)
    assert service.view(pupil_id, include_sensitive=True)["safeguarding"]["carer_address"]


def test_unknown_pupil_and_empty_edit(service: PupilService) -> None:
    with pytest.raises(NotFoundError):
        service.edit("p-nobody", {"voice.pupil": "x"})
    with pytest.raises(UsageError):
        service.edit(first_id(service), {})


def test_home_authority_is_fixed_on_both_sides(service: PupilService) -> None:
    hub = PupilService(service.store, "VSH", side=Owner.AUTHORITY)
    with pytest.raises(ValidationError, match="transfer"):
        hub.edit(first_id(service), {"pupil.home_authority": "swansea"})


def test_two_authorities_never_generate_the_same_pupil_ids() -> None:
    from vsdesk.services.synthetic import Authority, generate_pupils

    cardiff = generate_pupils(20, seed=1, authorities=(Authority("cardiff", "Cardiff", "wales"),))
    swansea = generate_pupils(20, seed=1, authorities=(Authority("swansea", "Swansea", "wales"),))
    assert not {p.id for p in cardiff} & {p.id for p in swansea}
