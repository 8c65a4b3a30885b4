"""``pupils``, ``pupils show``, ``edit``, ``history`` and ``purge``."""

from __future__ import annotations

import argparse

from vsdesk.cli.context import CommandContext
from vsdesk.commandline.assignments import add_edit_parser, add_show_parser, parse_assignments
from vsdesk.commandline.output import print_fields, print_json, print_table
from vsdesk.domain.collation import name_key


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pupils = commands.add_parser("pupils", help="list the pupils in the vault")
    pupils.add_argument("--json", action="store_true", help="machine-readable output")
    pupils.set_defaults(handler=run_list)
    actions = pupils.add_subparsers(dest="pupils_command", metavar="{show}")
    add_show_parser(actions, run_show)

    add_edit_parser(commands, "vsdesk", run_edit)

    history = commands.add_parser("history", help="every change to a pupil's record")
    history.add_argument("pupil_id", metavar="ID")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=run_history)

    purge = commands.add_parser("purge", help="remove a pupil and every trace of their data")
    purge.add_argument("pupil_id", metavar="ID")
    purge.set_defaults(handler=run_purge)


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    summaries = sorted(
        context.pupils().summaries(),
        key=lambda s: name_key(s.family_name, s.given_name),
    )
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "name": s.name,
                    "authority": s.authority_id,
                    "school": s.school,
                    "year_group": s.year_group,
                    "term": s.term,
                    "status": s.status,
                    "next_meeting": s.next_meeting,
                }
                for s in summaries
            ]
        )
        return 0
    rows = [
        (s.id, s.name, s.authority_id, str(s.year_group or ""), s.status or "") for s in summaries
    ]
    print_table(rows, ("ID", "NAME", "AUTHORITY", "YEAR", "STATUS"))
    return 0


def run_show(args: argparse.Namespace, context: CommandContext) -> int:
    view = context.pupils().view(args.pupil_id, include_sensitive=args.include_sensitive)
    if args.json:
        print_json(view)
    else:
        print_fields(view)
    return 0


def run_edit(args: argparse.Namespace, context: CommandContext) -> int:
    changes = context.pupils().edit(args.pupil_id, parse_assignments(args.assignments))
    if args.json:
        print_json([{"field": c.path, "old": c.old, "new": c.new} for c in changes])
    else:
        print(f"Changed {len(changes)} field(s): " + ", ".join(c.path for c in changes))
    return 0


def run_history(args: argparse.Namespace, context: CommandContext) -> int:
    entries = context.pupils().history(args.pupil_id)
    if args.json:
        print_json([e.__dict__ for e in entries])
        return 0
    for entry in entries:
        print(f"{entry.at}  {entry.actor}  {entry.field}: {entry.old!r} → {entry.new!r}")
    return 0


def run_purge(args: argparse.Namespace, context: CommandContext) -> int:
    context.pupils().purge(args.pupil_id)
    print("The pupil and all their data were removed from this vault.")
    return 0
