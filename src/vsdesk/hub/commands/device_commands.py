"""``enrol`` (issue an invitation), ``devices`` (list, add = accept a request), ``revoke``.

Accepting is ``devices add REQUEST`` rather than ``enrol accept``: ``enrol`` takes a
teacher id as its first argument, and a sub-command there would be ambiguous.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vsdesk.commandline.files import check_new_file, read_capped, write_new_file
from vsdesk.commandline.output import print_json, print_table
from vsdesk.hub.commands.context import HubContext
from vsdesk.hub.services.authority import hub_info
from vsdesk.hub.services.invitations import DEFAULT_LIFETIME_DAYS
from vsdesk.hub.storage.clock import to_text
from vsdesk.hub.storage.repository import Device
from vsdesk.sync.enrolment import MAX_REQUEST_BYTES


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    enrol = commands.add_parser(
        "enrol", help="invite a teacher's device: writes the invitation, prints the code last"
    )
    enrol.add_argument("teacher_id", metavar="TEACHER")
    enrol.add_argument("--out", type=Path, required=True, metavar="INVITE")
    enrol.add_argument("--expires-days", type=int, default=DEFAULT_LIFETIME_DAYS, metavar="N")
    enrol.set_defaults(handler=run_enrol)

    devices = commands.add_parser("devices", help="list enrolled devices")
    devices.add_argument("--json", action="store_true", help="machine-readable output")
    devices.set_defaults(handler=run_list)
    actions = devices.add_subparsers(dest="devices_command", metavar="{add}")
    add = actions.add_parser("add", help="accept a device's enrolment request")
    add.add_argument("request", type=Path, metavar="REQUEST")
    add.add_argument("--json", action="store_true", help="machine-readable output")
    add.set_defaults(handler=run_add)

    revoke = commands.add_parser("revoke", help="withdraw a device's enrolment")
    revoke.add_argument("device_id", metavar="DEVICE")
    revoke.set_defaults(handler=run_revoke)


def run_enrol(args: argparse.Namespace, context: HubContext) -> int:
    check_new_file(args.out)
    issued = context.invitations().issue(args.teacher_id, args.expires_days)
    write_new_file(args.out, issued.file_bytes)
    info = hub_info(context.store())
    print(f"Invitation {issued.invite_id} written; it expires {issued.expires:%Y-%m-%d %H:%M} UTC.")
    print(f"Authority key fingerprint: {info.fingerprint}")
    print("Send the file to the teacher; read them this one-time code by phone, never by e-mail:")
    print(issued.code)
    return 0


def run_add(args: argparse.Namespace, context: HubContext) -> int:
    device = context.invitations().accept(read_capped(args.request, MAX_REQUEST_BYTES))
    if args.json:
        print_json(_device_json(device))
        return 0
    print(f"Enrolled device {device.id} for teacher {device.teacher_id}.")
    print("Read this fingerprint to the teacher by phone; it must match their screen:")
    print(f"Device fingerprint: {device.fingerprint}")
    return 0


def run_list(args: argparse.Namespace, context: HubContext) -> int:
    devices = context.devices().list()
    if args.json:
        print_json([_device_json(d) for d in devices])
        return 0
    rows = [
        (d.id, d.teacher_id, d.fingerprint, f"{d.enrolled_at:%Y-%m-%d}",
         f"{d.revoked_at:%Y-%m-%d}" if d.revoked_at else "")
        for d in devices
    ]  # fmt: skip
    print_table(rows, ("ID", "TEACHER", "FINGERPRINT", "ENROLLED", "REVOKED"))
    return 0


def run_revoke(args: argparse.Namespace, context: HubContext) -> int:
    device = context.devices().revoke(args.device_id)
    print(f"Revoked device {device.id}; the hub refuses its bundles from now on.")
    return 0


def _device_json(device: Device) -> dict[str, object]:
    return {
        "id": device.id,
        "teacher": device.teacher_id,
        "label": device.label,
        "key_id": device.identity.key_id,
        "fingerprint": device.fingerprint,
        "enrolled": to_text(device.enrolled_at),
        "revoked": to_text(device.revoked_at) if device.revoked_at else None,
    }
