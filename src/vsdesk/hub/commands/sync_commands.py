"""``sync import``, ``sync export [--resend]`` and ``sync held``: the hub's bundle exchange."""

from __future__ import annotations

import argparse
from pathlib import Path

from vsdesk.commandline.output import print_json, print_table
from vsdesk.commandline.output_files import checked_output
from vsdesk.commandline.runner import import_each
from vsdesk.hub.commands.context import HubContext
from vsdesk.hub.services.held_changes import list_held
from vsdesk.hub.services.sync import HubImportReport, HubSync
from vsdesk.hub.storage.clock import to_text


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser("sync", help="exchange bundles with teachers' devices")
    actions = sync.add_subparsers(
        dest="sync_command", metavar="{import,export,held}", required=True
    )
    importer = actions.add_parser("import", help="apply bundles from devices")
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importer.set_defaults(handler=run_import)
    exporter = actions.add_parser("export", help="write a bundle for a teacher's device")
    exporter.add_argument("--teacher", required=True, metavar="T")
    exporter.add_argument("--device", metavar="DEVICE", help="when the teacher has several")
    exporter.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="the bundle to write, e.g. to-device-3.vsbundle",
    )
    exporter.add_argument("--force", action="store_true", help="replace FILE if it exists")
    exporter.add_argument(
        "--resend",
        action="store_true",
        help="write again everything since the device's last acknowledgement "
        "(a bundle was lost or refused)",
    )
    exporter.set_defaults(handler=run_export)
    held = actions.add_parser(
        "held",
        help="changes kept for review: for pupils unassigned, or to last term's plans, "
        "before their bundle arrived",
    )
    held.add_argument("--json", action="store_true", help="machine-readable, with each change")
    held.set_defaults(handler=run_held)


def run_import(args: argparse.Namespace, context: HubContext) -> int:
    sync = HubSync(context.store(), context.keys())

    def apply(path: Path) -> str:
        report = sync.import_file(path)
        return (
            f"applied bundle {report.sequence} from {report.device}: "
            f"{report.changes} change(s) to {report.pupils} pupil(s), "
            f"{report.new_conflicts} new conflict(s)" + _held_note(report)
        )

    return import_each(args.files, apply)


def _held_note(report: HubImportReport) -> str:
    """What was held and why, or the sentence's full stop."""
    if not report.held:
        return "."
    parts = []
    unassigned = report.held - report.held_not_current
    if unassigned:
        parts.append(f"{unassigned} change(s) held for pupils no longer assigned")
    if report.held_not_current:
        parts.append(
            f"{report.held_not_current} change(s) to last term's plans held, "
            "a new term's plan having been opened meanwhile"
        )
    return "; " + "; ".join(parts) + " (see 'sync held')."


def run_export(args: argparse.Namespace, context: HubContext) -> int:
    out = checked_output(args.out, context.data_dir, args.force)
    report = HubSync(context.store(), context.keys()).export_file(
        args.teacher, out, args.device, resend=args.resend
    )
    print(
        f"Wrote bundle {report.sequence} for device {report.device}: {report.changes} "
        f"change(s), {report.pupils_sent_whole} pupil(s) sent whole, {report.purged} to purge."
    )
    return 0


def run_held(args: argparse.Namespace, context: HubContext) -> int:
    held = list_held(context.store())
    if args.json:
        print_json(
            [
                {
                    "id": h.id,
                    "pupil": h.pupil_id,
                    "teacher": h.teacher_id,
                    "device": h.device_id,
                    "bundle": h.bundle_sequence,
                    "received": to_text(h.received_at),
                    "reason": h.reason.value,
                    "why": h.reason.words,
                    "change": h.change,
                }
                for h in held
            ]
        )
        return 0
    if not held:
        print("No held changes.")
        return 0
    rows = [
        (str(h.id), h.pupil_id, h.teacher_id, h.device_id, h.change["op"],
         h.change["field"] or "(record)", f"{h.received_at:%Y-%m-%d %H:%M}", h.reason.words)
        for h in held
    ]  # fmt: skip
    print_table(rows, ("ID", "PUPIL", "TEACHER", "DEVICE", "OP", "FIELD", "RECEIVED", "WHY"))
    return 0
