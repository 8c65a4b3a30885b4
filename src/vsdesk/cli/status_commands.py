"""``status``: how each Virtual School's sync stands, with a warning when one is overdue."""

from __future__ import annotations

import argparse

from vsdesk.cli.context import CommandContext
from vsdesk.clock import to_local
from vsdesk.services.sync_reminders import sync_standings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = commands.add_parser("status", help="when you last synced with each Virtual School")
    status.set_defaults(handler=run_status)


def run_status(args: argparse.Namespace, context: CommandContext) -> int:
    standings = sync_standings(context.vault())
    if not standings:
        print("Not enrolled with any Virtual School yet.")
    for standing in standings:
        when = (
            to_local(standing.last_sync).strftime("%Y-%m-%d %H:%M")
            if standing.last_sync
            else "never"
        )
        line = f"{standing.authority}: last synced {when}"
        if standing.overdue:
            line += (
                f". Warning: more than {standing.allowed_days} days without a sync; "
                "run 'vsdesk sync online' or import a bundle."
            )
        print(line)
    return 0
