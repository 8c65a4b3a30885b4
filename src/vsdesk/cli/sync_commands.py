"""``enrol``, ``authorities``, ``sync import|export``, ``conflicts`` and ``resolve``."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from vsdesk.cli import online_commands
from vsdesk.cli.context import CommandContext
from vsdesk.commandline.output import print_json, print_table, say, warn
from vsdesk.commandline.output_files import checked_output
from vsdesk.commandline.runner import import_each
from vsdesk.errors import UsageError
from vsdesk.files import write_atomically
from vsdesk.services.client_sync import ClientSync
from vsdesk.services.enrolment import start_enrolment
from vsdesk.services.enrolment_files import read_invitation


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    enrol = commands.add_parser("enrol", help="join a Virtual School with its invitation")
    enrol.add_argument("invite", type=Path, metavar="INVITE")
    enrol.add_argument("--code", help="the one-time code read out to you (asked for if omitted)")
    enrol.add_argument("--out", required=True, type=Path, metavar="REQUEST")
    enrol.add_argument("--force", action="store_true", help="replace REQUEST if it exists")
    enrol.add_argument("--label", default="", help="how the Virtual School will see this device")
    enrol.set_defaults(handler=run_enrol)

    authorities = commands.add_parser("authorities", help="the Virtual Schools you sync with")
    authorities.add_argument("--json", action="store_true")
    authorities.set_defaults(handler=run_authorities)

    sync = commands.add_parser("sync", help="exchange bundles with a Virtual School")
    actions = sync.add_subparsers(
        dest="sync_command", metavar="{import,export,online}", required=True
    )
    importer = actions.add_parser("import", help="apply bundles from Virtual Schools")
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importer.set_defaults(handler=run_import)
    exporter = actions.add_parser("export", help="write your changes for a Virtual School")
    exporter.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="the bundle to write, e.g. cardiff-3.vsbundle",
    )
    exporter.add_argument("--authority", metavar="ID")
    exporter.add_argument("--force", action="store_true", help="replace FILE if it exists")
    exporter.add_argument(
        "--resend",
        action="store_true",
        help="write again everything since the Virtual School's last acknowledgement "
        "(a bundle was lost or refused)",
    )
    exporter.set_defaults(handler=run_export)
    online_commands.register_online(actions)

    conflicts = commands.add_parser("conflicts", help="edits that met on both sides")
    conflicts.add_argument("--all", action="store_true", help="settled ones too")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=run_conflicts)

    resolve = commands.add_parser("resolve", help="settle a conflict")
    resolve.add_argument("conflict_id", metavar="CONFLICT")
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", type=int, metavar="N", help="keep version N (see 'conflicts')")
    how.add_argument("--value", help="write this value instead (e.g. both texts combined)")
    resolve.set_defaults(handler=run_resolve)


def _code(given: str | None) -> str:
    """The one-time code: from --code, else asked (so it need not sit in shell history)."""
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UsageError("No code: give --code or run in a terminal to be asked for it.")
    return getpass.getpass("One-time code from your Virtual School: ").strip()


def run_enrol(args: argparse.Namespace, context: CommandContext) -> int:
    out = checked_output(args.out, context.data_dir, args.force)
    invite = read_invitation(args.invite)  # before asking for a passphrase
    started = start_enrolment(context.vault(), invite, _code(args.code), args.label)
    write_atomically(out, started.request, "enrolment request")
    say(f"Virtual School: {started.authority_name} ({started.authority_id})")
    say(f"Its key fingerprint: {started.authority_fingerprint}")
    say("Check it against the fingerprint your Virtual School reads out by phone.")
    say(f"This device: {started.device_id}, fingerprint {started.device_fingerprint}")
    say(f"Send {out} to your Virtual School.")
    return 0


def run_authorities(args: argparse.Namespace, context: CommandContext) -> int:
    rows = ClientSync(context.vault()).authorities()
    if args.json:
        print_json(rows)
    else:
        table = [(r["id"], r["name"], str(r["received"]), str(r["sent"])) for r in rows]
        print_table(table, ("ID", "NAME", "RECEIVED", "SENT"))
    return 0


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    sync = ClientSync(context.vault())

    def apply(path: Path) -> str:
        report = sync.import_file(path)
        return (
            f"applied bundle {report.sequence} from {report.authority}: "
            f"{report.changes} change(s) to {report.pupils} pupil(s), "
            f"{report.purged} pupil(s) removed, {report.new_conflicts} new conflict(s)."
        )

    return import_each(args.files, apply)


def run_export(args: argparse.Namespace, context: CommandContext) -> int:
    out = checked_output(args.out, context.data_dir, args.force)
    report = ClientSync(context.vault()).export_file(out, args.authority, resend=args.resend)
    if report.restamped:
        say(
            f"{report.restamped} unsent change(s) made while this computer's clock was wrong "
            "were given the corrected time."
        )
    if report.clock_warning:
        warn(f"warning: {report.clock_warning}")
    say(
        f"Wrote bundle {report.sequence} for {report.authority} with {report.changes} "
        f"change(s) to {out}"
    )
    return 0


def run_conflicts(args: argparse.Namespace, context: CommandContext) -> int:
    conflicts = ClientSync(context.vault()).conflicts(include_settled=args.all)
    if args.json:
        print_json(conflicts)
        return 0
    if not conflicts:
        say("No conflicts.")
    for conflict in conflicts:
        say(f"{conflict['id']}  [{conflict['status']}]  {conflict['entity']}  {conflict['field']}")
        for number, version in enumerate(conflict["versions"], start=1):
            value = json.dumps(version["value"], ensure_ascii=False)
            say(f"  {number}. by {version['author']} ({version['side']}): {value}")
    sys.stdout.flush()
    return 0


def run_resolve(args: argparse.Namespace, context: CommandContext) -> int:
    ClientSync(context.vault()).resolve(args.conflict_id, keep=args.keep, value=args.value)
    say("Conflict settled; the choice goes to the Virtual School with your next export.")
    return 0
