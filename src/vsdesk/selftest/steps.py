"""The self-test's steps below the window: each builds on the last and checks what it made.

A step raises :class:`~vsdesk.selftest.errors.SelfTestError` when its check fails; any
other exception means the installation is broken in a way the runner reports by type only.
The checks look at results, not just at "no exception": the pack must carry the pupil's
name and a Welsh letter, the bundle must carry the edit across.
"""

from __future__ import annotations

import io
from importlib import resources
from typing import TYPE_CHECKING

from vsdesk.selftest.errors import SelfTestError
from vsdesk.selftest.workspace import (
    AUTHORITY_ID,
    AUTHORITY_NAME,
    PUPILS,
    TEACHER_NAME,
    Workspace,
)

if TYPE_CHECKING:
    from vsdesk.services.pupils import PupilService

#: Letters the pack must be able to print (DESIGN §6): Welsh circumflexes.
WELSH_LETTERS = "ŵŷâ"
EDITED_FIELD = "attendance.percent"


def check_fonts(workspace: Workspace) -> None:
    """Each face of the pack's font parses and carries ŵ ŷ â; then the family registers."""
    from reportlab.pdfbase.ttfonts import TTFont

    from vsdesk.packs import fonts

    for name, file in fonts.font_files().items():
        try:
            with resources.as_file(file) as path:
                face = TTFont(f"SelfTest-{name}", str(path)).face
        except Exception as error:
            raise SelfTestError(
                f"The meeting-pack font {file.name} cannot be read ({type(error).__name__}); "
                "reinstall vsdesk."
            ) from None
        if not all(ord(letter) in face.charToGlyph for letter in WELSH_LETTERS):
            raise SelfTestError(f"The meeting-pack font {file.name} lacks Welsh letters.")
    fonts.register_fonts()


def make_vault(workspace: Workspace) -> None:
    """Create a vault (the product's Argon2id, SQLCipher, migrations), lock and unlock it."""
    from vsdesk.storage.vault import Vault

    Vault.create(workspace.vault_dir, workspace.vault_passphrase, owner=TEACHER_NAME).lock()
    workspace.vault = Vault.unlock(workspace.vault_dir, workspace.vault_passphrase)


def make_hub(workspace: Workspace) -> None:
    """A demo hub with a few synthetic pupils, all assigned to one teacher."""
    from vsdesk.hub.services.authority import initialise
    from vsdesk.hub.services.pupils import HubPupils
    from vsdesk.hub.services.teachers import TeacherService
    from vsdesk.hub.storage.keys import load_keys
    from vsdesk.hub.storage.store import default_url

    hub = initialise(
        default_url(workspace.hub_dir),
        name=AUTHORITY_NAME,
        country="wales",
        authority_id=AUTHORITY_ID,
        passphrase=workspace.hub_passphrase,
    )
    workspace.hub = hub
    workspace.hub_keys = load_keys(hub, workspace.hub_passphrase)
    pupils = HubPupils(hub, f"{AUTHORITY_ID}:self-test")
    pupils.generate(PUPILS, seed=1)
    teachers = TeacherService(hub)
    workspace.teacher_id = teachers.add(TEACHER_NAME, "Self-test School").id
    for summary in pupils.summaries():
        teachers.assign(summary.summary.id, workspace.teacher_id)


def enrol(workspace: Workspace) -> None:
    """Invitation, request and acceptance, through the same services as the product."""
    from vsdesk.hub.services.invitations import InvitationService
    from vsdesk.services.enrolment import start_enrolment

    hub, keys = workspace.open_hub()
    invitations = InvitationService(hub, keys)
    invitation = invitations.issue(workspace.teacher_id)
    started = start_enrolment(
        workspace.open_vault(), invitation.file_bytes, invitation.code, "self-test"
    )
    if started.authority_id != AUTHORITY_ID:
        raise SelfTestError("The invitation named another authority.")
    invitations.accept(started.request)
    workspace.device_id = started.device_id


def round_trip_bundles(workspace: Workspace) -> None:
    """Hub → device (the snapshot), an edit on the device, device → hub; both sides agree."""
    from vsdesk.domain.fields import get_path
    from vsdesk.hub.services.pupils import HubPupils
    from vsdesk.hub.services.sync import HubSync
    from vsdesk.services.client_sync import ClientSync

    hub, keys = workspace.open_hub()
    vault = workspace.open_vault()
    to_device = workspace.files_dir / "from-hub.vsbundle"
    HubSync(hub, keys).export_file(workspace.teacher_id, to_device)
    received = ClientSync(vault).import_file(to_device)
    if received.pupils != PUPILS:
        raise SelfTestError("The hub's first bundle did not bring every pupil.")
    pupils = device_pupils(workspace)
    pupil_id = pupils.summaries()[0].id
    before = get_path(pupils.view(pupil_id), EDITED_FIELD)
    wanted = 87.5 if before != 87.5 else 88.5
    pupils.edit(pupil_id, {EDITED_FIELD: wanted})
    to_hub = workspace.files_dir / "to-hub.vsbundle"
    ClientSync(vault).export_file(to_hub)
    HubSync(hub, keys).import_file(to_hub)
    at_hub = get_path(HubPupils(hub, AUTHORITY_ID).service.view(pupil_id), EDITED_FIELD)
    if at_hub != wanted:
        raise SelfTestError("The device's bundle did not carry its edit to the hub.")


def render_pack(workspace: Workspace) -> None:
    """A bilingual meeting pack whose extracted text has the pupil's name and Welsh letters."""
    from pypdf import PdfReader

    from vsdesk.services.packs import PackRequest, render_one

    pupils = device_pupils(workspace)
    summary = pupils.summaries()[0]
    pdf = render_one(pupils, summary.id, PackRequest(lang="both", printed_by=TEACHER_NAME))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    if summary.given_name not in text or summary.family_name not in text:
        raise SelfTestError("The meeting pack's text lacks the pupil's name.")
    if "ŵ" not in text:
        raise SelfTestError("The meeting pack printed Welsh letters wrongly (font missing?).")


def device_pupils(workspace: Workspace) -> PupilService:
    """The vault's pupils as the enrolled device edits them (edits logged for sync)."""
    from vsdesk.services.pupils import PupilService

    return PupilService(workspace.open_vault(), TEACHER_NAME, party_id=workspace.device_id)
