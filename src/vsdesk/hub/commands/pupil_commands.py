"""``pupils`` (list, generate, import, show) and ``edit``, as the Virtual School."""

from __future__ import annotations

import argparse
from pathlib import Path

from vsdesk.commandline.assignments import add_edit_parser, add_show_parser, parse_assignments
from vsdesk.commandline.files import read_capped
from vsdesk.commandline.output import print_json, print_table
from vsdesk.commandline.pupil_output import print_pupil
from vsdesk.hub.commands.context import HubContext
from vsdesk.hub.services.pupil_import import MAX_FILE_BYTES
from vsdesk.services.pupil_phases import (
    effective_year_group,
    phase_readings,
    phase_words,
    year_group_words,
)
from vsdesk.storage.pupil_repository import PupilSummary


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pupils = commands.add_parser("pupils", help="list the hub's pupils and who holds them")
    pupils.add_argument("--json", action="store_true", help="machine-readable output")
    pupils.set_defaults(handler=run_list)
    actions = pupils.add_subparsers(dest="pupils_command", metavar="{generate,import,show}")
    generate = actions.add_parser("generate", help="add fictional pupils of this authority")
    generate.add_argument("--count", type=int, required=True, metavar="N")
    generate.add_argument("--seed", type=int, default=1, metavar="S")
    generate.set_defaults(handler=run_generate)
    imported = actions.add_parser("import", help="add pupils from a CSV export (docs/hub.md)")
    imported.add_argument("file", type=Path, metavar="FILE.csv")
    imported.set_defaults(handler=run_import)
    add_show_parser(actions, run_show)

    add_edit_parser(commands, "vsdesk-hub", run_edit)


def run_list(args: argparse.Namespace, context: HubContext) -> int:
    pupils = context.pupils()
    rows = pupils.summaries()
    readings = phase_readings(pupils.service, [r.summary for r in rows])

    def year(summary: PupilSummary) -> int | None:
        return effective_year_group(readings[summary.id], summary.year_group)

    if args.json:
        print_json(
            [
                {
                    "id": r.summary.id,
                    "name": r.summary.name,
                    "school": r.summary.school,
                    "phase": readings[r.summary.id].phase.value,
                    "year_group": year(r.summary),
                    "term": r.summary.term,
                    "status": r.summary.status,
                    "teachers": list(r.teachers),
                }
                for r in rows
            ]
        )
        return 0
    table = [
        (r.summary.id, r.summary.name, r.summary.school, year_group_words(year(r.summary)),
         phase_words(readings[r.summary.id].phase), r.summary.status or "",
         ",".join(r.teachers))
        for r in rows
    ]  # fmt: skip
    print_table(table, ("ID", "NAME", "SCHOOL", "YEAR", "PHASE", "STATUS", "TEACHERS"))
    return 0


def run_generate(args: argparse.Namespace, context: HubContext) -> int:
    added = context.pupils().generate(args.count, args.seed)
    print(f"Added {added} fictional pupils.")
    return 0


def run_import(args: argparse.Namespace, context: HubContext) -> int:
    added = context.pupils().import_csv(read_capped(args.file, MAX_FILE_BYTES))
    print(f"Imported {added} pupils, each with a new plan for this term (not started).")
    return 0


def run_show(args: argparse.Namespace, context: HubContext) -> int:
    print_pupil(context.pupils().service, args.pupil_id, args.include_sensitive, args.json)
    return 0


def run_edit(args: argparse.Namespace, context: HubContext) -> int:
    changes = context.pupils().service.edit(args.pupil_id, parse_assignments(args.assignments))
    if args.json:
        print_json([{"field": c.path, "old": c.old, "new": c.new} for c in changes])
    else:
        print(f"Changed {len(changes)} field(s): " + ", ".join(c.path for c in changes))
    return 0
