"""``sync online``: sync every enrolled authority over HTTPS, once or every N minutes."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from vsdesk.cli.context import CommandContext
from vsdesk.errors import UsageError
from vsdesk.services.online_sync import OnlineSync, SyncEvent

MAX_MINUTES = 24 * 60


def register_online(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    online = actions.add_parser("online", help="sync with your Virtual Schools' hubs now")
    online.add_argument("--hub", metavar="URL", help="this hub address instead of the saved one")
    online.add_argument("--authority", metavar="ID", help="only this authority")
    online.add_argument(
        "--every", type=int, metavar="MINUTES", help="keep syncing every MINUTES (quiet log)"
    )
    online.add_argument("--rounds", type=int, metavar="N", help="with --every: stop after N rounds")
    online.add_argument("--verbose", action="store_true", help="print progress events")
    online.set_defaults(handler=run_online)


def run_online(
    args: argparse.Namespace,
    context: CommandContext,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    if args.every is not None and not 1 <= args.every <= MAX_MINUTES:
        raise UsageError(f"--every takes 1 to {MAX_MINUTES} minutes.")
    if args.rounds is not None and args.rounds < 1:
        raise UsageError("--rounds takes a number from 1.")
    sync = OnlineSync(context.vault())
    rounds = 1 if args.every is None else args.rounds
    done = 0
    while True:
        results = sync.run(
            authority=args.authority,
            hub_url=args.hub,
            on_event=_print_event if args.verbose else None,
        )
        for result in results:
            print(result.line(), flush=True)
        done += 1
        if rounds is not None and done >= rounds:
            return 0
        sleep(args.every * 60)


def _print_event(event: SyncEvent) -> None:
    print(
        f"  {event.authority}: {event.stage} (sent {event.sent}, received {event.received})",
        file=sys.stderr,
        flush=True,
    )
