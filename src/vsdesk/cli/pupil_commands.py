"""``pupils``, ``pupils show``, ``edit``, ``history`` and ``purge``."""

from __future__ import annotations

import argparse
import sys

from vsdesk.cli.context import CommandContext
from vsdesk.commandline.assignments import add_edit_parser, add_show_parser, parse_assignments
from vsdesk.commandline.output import plain_value, print_json, print_table, say, when
from vsdesk.commandline.pupil_output import print_pupil
from vsdesk.domain.collation import name_key
from vsdesk.services.pupil_phases import (
    effective_year_group,
    phase_readings,
    phase_words,
    year_group_words,
)


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
    service = context.pupils()
    summaries = sorted(service.summaries(), key=lambda s: name_key(s.family_name, s.given_name))
    readings = phase_readings(service, summaries)
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "name": s.name,
                    "authority": s.authority_id,
                    "school": s.school,
                    "phase": readings[s.id].phase.value,
                    "year_group": effective_year_group(readings[s.id], s.year_group),
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
            year_group_words(effective_year_group(readings[s.id], s.year_group)),
            phase_words(readings[s.id].phase),
            s.school,
            s.authority_id,
            s.status or "",
            s.next_meeting or "",
        )
        for s in summaries
    ]
    headers = ("ID", "NAME", "YEAR", "PHASE", "SCHOOL", "AUTHORITY", "PLAN STATUS", "NEXT MEETING")
    print_table(rows, headers)
    return 0


def run_show(args: argparse.Namespace, context: CommandContext) -> int:
    service = context.pupils()
    print_pupil(service, args.pupil_id, args.include_sensitive, args.json)
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
