"""``pupils``, ``pupils show``, ``edit``, ``history`` and ``purge``."""

from __future__ import annotations

import argparse
import sys

from vsdesk.cli.context import CommandContext
from vsdesk.commandline.assignments import add_edit_parser, add_show_parser, parse_assignments
from vsdesk.commandline.output import plain_value, print_fields, print_json, print_table, say, when
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
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
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
        (
            s.id,
            s.name,
            str(s.year_group if s.year_group is not None else ""),
            s.school,
            s.authority_id,
            s.status or "",
            s.next_meeting or "",
        )
        for s in summaries
    ]
    print_table(rows, ("ID", "NAME", "YEAR", "SCHOOL", "AUTHORITY", "PLAN STATUS", "NEXT MEETING"))
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
        say(f"Changed {len(changes)} field(s): " + ", ".join(c.path for c in changes))
    return 0


def run_history(args: argparse.Namespace, context: CommandContext) -> int:
    entries = context.pupils().history(args.pupil_id)
    if args.json:
        print_json([e.__dict__ for e in entries])
        return 0
    if not entries:
        say("No changes recorded.")
    for entry in entries:
        change = f"{entry.field}: {plain_value(entry.old)} → {plain_value(entry.new)}"
        say(f"{when(entry.at)} · {entry.actor} · {change}")
    return 0


def run_purge(args: argparse.Namespace, context: CommandContext) -> int:
    pupils = context.pupils()
    pupils.check_purge(args.pupil_id)
    if not args.yes and not confirm(
        f"Remove pupil {args.pupil_id} and all their data from this vault? "
        "This cannot be undone. [y/N] "
    ):
        say("Nothing was removed.")
        return 1
    pupils.purge(args.pupil_id)
    say("The pupil and all their data were removed from this vault.")
    return 0


def confirm(question: str) -> bool:
    """Ask on the terminal; only "y" or "yes" confirms (end of input answers no)."""
    print(question, end="", flush=True)
    answer = sys.stdin.readline()
    if not answer.endswith("\n"):
        print()
    return answer.strip().lower() in ("y", "yes")
