"""``serve`` (the HTTP service for online sync) and ``config url`` (the hub's address)."""

from __future__ import annotations

import argparse

from vsdesk.errors import UsageError
from vsdesk.hub.commands.context import HubContext
from vsdesk.hub.services.address import hub_url, set_hub_url

DEFAULT_PORT = 8470
MAX_WORKERS = 64


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser("serve", help="serve devices' online sync over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--workers", type=int, default=1, metavar="N", help="processes")
    serve.add_argument(
        "--max-body-mb", type=int, default=32, metavar="MB", help="largest bundle a device may post"
    )
    serve.add_argument(
        "--rate", type=int, default=120, metavar="N", help="requests a minute per device"
    )
    serve.set_defaults(handler=run_serve)

    config = commands.add_parser("config", help="the hub's settings")
    settings = config.add_subparsers(dest="config_command", metavar="{url}", required=True)
    url = settings.add_parser("url", help="show or set the address devices sync with")
    url.add_argument("url", nargs="?", metavar="URL", help="e.g. https://vs.example.gov.uk")
    url.set_defaults(handler=run_config_url)


def run_serve(args: argparse.Namespace, context: HubContext) -> int:
    from vsdesk.hub.http.app import ServerSettings  # Starlette and uvicorn only to serve
    from vsdesk.hub.http.server import serve

    if not 1 <= args.workers <= MAX_WORKERS:
        raise UsageError(f"--workers must be 1 to {MAX_WORKERS}.")
    if not 0 < args.port < 65536:
        raise UsageError("--port must be 1 to 65535.")
    if not 1 <= args.max_body_mb <= 256 or not 1 <= args.rate <= 100_000:
        raise UsageError("--max-body-mb takes 1 to 256, --rate 1 to 100000.")
    settings = ServerSettings(
        max_body_bytes=args.max_body_mb * 1024 * 1024,
        requests_per_minute=args.rate,
        burst=max(1, args.rate // 2),
    )
    if args.workers > 1 and context.store().dialect == "sqlite":
        raise UsageError("--workers above 1 needs PostgreSQL (--db): SQLite has one writer.")
    passphrase = context.passphrase()
    context.keys_from(passphrase)
    print(
        f"Serving online sync on {args.host}:{args.port} ({args.workers} process(es)).", flush=True
    )
    serve(
        context.store(),
        context.keys(),
        url=context.url,
        passphrase=passphrase,
        host=args.host,
        port=args.port,
        workers=args.workers,
        settings=settings,
    )
    return 0


def run_config_url(args: argparse.Namespace, context: HubContext) -> int:
    if args.url is None:
        print(hub_url(context.store()) or "No address set: use 'config url https://…'.")
        return 0
    print(f"Devices will sync with {set_hub_url(context.store(), args.url)}")
    print("Invitations made from now on carry this address.")
    return 0
