"""``make run``: build (once) a demo world and start the app on it.

The world is a folder of fictional data: a demo Virtual School hub ("Demo Authority") with
synthetic pupils, a designated teacher whose device is enrolled with it, and the teacher's
vault filled by a real signed, encrypted snapshot bundle, exactly as in production. The
passphrases are printed on screen: demo data only, never real pupils. It lists the
teacher's pupils and how to go on from the command line; ``make run`` then opens the window
(``vsdesk-app --demo``) on the teacher's vault.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vsdesk.cli.main import main as vsdesk_main
from vsdesk.commandline.passphrase import PASSPHRASE_ENV
from vsdesk.hub.services.authority import initialise
from vsdesk.hub.services.invitations import InvitationService
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.services.sync import HubSync
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.store import default_url
from vsdesk.services.client_sync import ClientSync
from vsdesk.services.enrolment import start_enrolment
from vsdesk.services.synthetic import Authority, demo_profile
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.vault import Vault

DEMO_PASSPHRASE = "demo passphrase - fictional pupils only"
HUB_PASSPHRASE = "demo hub passphrase - fictional only"
AUTHORITY = "demo-authority"
DEMO_PUPILS = 60
ASSIGNED = 24
DEMO_SEED = 2026


def build(directory: Path) -> Path:
    """Create the demo world if it is not there yet; return the teacher's vault folder."""
    vault_dir = directory / "teacher"
    if Vault.exists(vault_dir):
        return vault_dir
    hub = initialise(
        default_url(directory / "hub"),
        name="Demo Authority",
        country="wales",
        authority_id=AUTHORITY,
        passphrase=HUB_PASSPHRASE,
    )
    with hub.session() as session:  # the demo authority's own timescale for emergencies
        PupilRepository(session).save_authority(
            demo_profile(Authority(AUTHORITY, "Demo Authority", "wales"))
        )
    keys = load_keys(hub, HUB_PASSPHRASE)
    pupils = HubPupils(hub, f"{AUTHORITY}:demo")
    pupils.generate(DEMO_PUPILS, DEMO_SEED)
    teachers = TeacherService(hub)
    teacher = teachers.add("Ms Siân Llŷr", "Ysgol y Dŵr Gwyn").id
    for summary in pupils.summaries()[:ASSIGNED]:
        teachers.assign(summary.summary.id, teacher)
    invitation = InvitationService(hub, keys).issue(teacher)
    vault = Vault.create(vault_dir, DEMO_PASSPHRASE, owner="Ms Siân Llŷr")
    started = start_enrolment(vault, invitation.file_bytes, invitation.code, "demo laptop")
    InvitationService(hub, keys).accept(started.request)
    snapshot = directory / "first-snapshot.vsbundle"
    HubSync(hub, keys).export_file(teacher, snapshot)
    ClientSync(vault).import_file(snapshot)
    vault.lock()
    hub.close()
    return vault_dir


@contextmanager
def _passphrase_for_this_call(passphrase: str) -> Iterator[None]:
    """The CLI reads VSDESK_PASSPHRASE; set it for one call and restore what was there."""
    saved = os.environ.get(PASSPHRASE_ENV)
    os.environ[PASSPHRASE_ENV] = passphrase
    try:
        yield
    finally:
        if saved is None:
            del os.environ[PASSPHRASE_ENV]
        else:
            os.environ[PASSPHRASE_ENV] = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=Path("demo-world"))
    args = parser.parse_args(argv)
    print(f"Building the demo world in {args.dir}/ (fictional pupils only)…")
    vault_dir = build(args.dir)
    print(f'Teacher vault: {vault_dir}   passphrase: "{DEMO_PASSPHRASE}"')
    print(f'Demo hub:      {args.dir / "hub"}   passphrase: "{HUB_PASSPHRASE}"\n')
    with _passphrase_for_this_call(DEMO_PASSPHRASE):
        code = vsdesk_main(["--data", str(vault_dir), "pupils"])
    print(
        f"\nTry:  export VSDESK_DATA={vault_dir} VSDESK_PASSPHRASE='{DEMO_PASSPHRASE}'"
        "\n      .venv/bin/vsdesk pupils show <ID>"
        "\n      .venv/bin/vsdesk edit <ID> attendance.percent=95"
        "\n      .venv/bin/vsdesk pack <ID> --lang both --out pack.pdf"
        "\n      .venv/bin/vsdesk sync export --out to-hub.vsbundle"
        f"\n      VSDESK_HUB_DATA={args.dir / 'hub'} VSDESK_HUB_PASSPHRASE='{HUB_PASSPHRASE}' \\"
        "\n        .venv/bin/vsdesk-hub sync import to-hub.vsbundle"
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
