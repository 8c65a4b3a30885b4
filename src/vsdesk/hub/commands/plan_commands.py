"""``plans open-term``: the Virtual School opens a new term's plans (docs/hub.md)."""

from __future__ import annotations

import argparse

from vsdesk.commandline.output import print_json, print_table
from vsdesk.hub.commands.context import HubContext
from vsdesk.hub.services.new_term import open_term


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    plans = commands.add_parser("plans", help="termly plans: open a new term's")
    actions = plans.add_subparsers(dest="plans_command", metavar="{open-term}", required=True)
    opening = actions.add_parser(
        "open-term",
        help="make each pupil's plan for TERM from their current plan (kept as history)",
    )
    opening.add_argument("term", metavar="TERM", help="the new term, e.g. 2027-autumn")
    opening.add_argument(
        "--pupil",
        action="append",
        dest="pupils",
        metavar="ID",
        help="only this pupil (repeat for more); default: every pupil",
    )
    opening.add_argument("--json", action="store_true", help="machine-readable output")
    opening.set_defaults(handler=run_open_term)


def run_open_term(args: argparse.Namespace, context: HubContext) -> int:
    report = open_term(context.store(), args.term, context.actor(), args.pupils or ())
    if args.json:
        print_json(
            {
                "term": report.term,
                "opened": [
                    {
                        "pupil": o.pupil_id,
                        "plan": o.plan_id,
                        "phase": o.phase.value,
                        "previous_term": o.previous_term,
                    }
                    for o in report.opened
                ],
                "already_open": list(report.already_open),
                "outside_pep_ages": list(report.outside_pep_ages),
            }
        )
        return 0
    if report.opened:
        rows = [
            (o.pupil_id, o.plan_id, o.phase.value, o.previous_term or "") for o in report.opened
        ]
        print_table(rows, ("PUPIL", "NEW PLAN", "PHASE", "FROM TERM"))
    print(
        f"Opened {len(report.opened)} plan(s) for {report.term}; "
        f"{len(report.already_open)} pupil(s) already had one."
        + (
            f" {len(report.outside_pep_ages)} pupil(s) are outside the PEP ages then "
            "(under two, or eighteen and over) and got none."
            if report.outside_pep_ages
            else ""
        )
        + (" They go to devices with the next sync." if report.opened else "")
    )
    return 0
