"""``sync import`` and ``sync export``: the hub's bundle exchange with devices."""

from __future__ import annotations

import argparse
from pathlib import Path

from vsdesk.commandline.runner import import_each
from vsdesk.hub.commands.context import HubContext
from vsdesk.hub.services.sync import HubSync


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser("sync", help="exchange bundles with teachers' devices")
    actions = sync.add_subparsers(dest="sync_command", metavar="{import,export}", required=True)
    importer = actions.add_parser("import", help="apply bundles from devices")
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importer.set_defaults(handler=run_import)
    exporter = actions.add_parser("export", help="write a bundle for a teacher's device")
    exporter.add_argument("--teacher", required=True, metavar="T")
    exporter.add_argument("--device", metavar="DEVICE", help="when the teacher has several")
    exporter.add_argument("--out", required=True, type=Path, metavar="FILE")
    exporter.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace, context: HubContext) -> int:
    sync = HubSync(context.store(), context.keys())

    def apply(path: Path) -> str:
        report = sync.import_file(path)
        return (
            f"applied bundle {report.sequence} from {report.device}: "
            f"{report.changes} change(s) to {report.pupils} pupil(s), "
            f"{report.new_conflicts} new conflict(s)."
        )

    return import_each(args.files, apply)


def run_export(args: argparse.Namespace, context: HubContext) -> int:
    report = HubSync(context.store(), context.keys()).export_file(
        args.teacher, args.out, args.device
    )
    print(
        f"Wrote bundle {report.sequence} for device {report.device}: {report.changes} "
        f"change(s), {report.pupils_sent_whole} pupil(s) sent whole, {report.purged} to purge."
    )
    return 0
