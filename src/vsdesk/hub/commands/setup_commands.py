"""``init``, ``info`` and ``upgrade``: making the hub, reading out who it is, and bringing a
hub made by an older vsdesk up to date."""

from __future__ import annotations

import argparse

from vsdesk.commandline.passphrase import read_new_passphrase
from vsdesk.hub.commands.context import HUB_PASSPHRASE_ENV, HubContext
from vsdesk.hub.errors import HubExistsError
from vsdesk.hub.services.address import set_hub_url
from vsdesk.hub.services.authority import COUNTRIES, hub_info, initialise, slug
from vsdesk.hub.storage.encrypt import encrypt_plain_hub
from vsdesk.hub.storage.store import HubStore, sealed_file
from vsdesk.sync.hub_address import check_hub_url


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser(
        "init", help="create the hub: authority, keys (passphrase from VSDESK_HUB_PASSPHRASE)"
    )
    init.add_argument("--name", required=True, help="the authority's name, e.g. 'Cardiff'")
    init.add_argument("--country", choices=COUNTRIES, default="wales")
    init.add_argument("--id", dest="authority_id", help="authority id (default: from --name)")
    init.add_argument("--url", help="the https address devices will sync with (optional)")
    init.set_defaults(handler=run_init)
    info = commands.add_parser("info", help="the authority id and key fingerprint")
    info.set_defaults(handler=run_info)
    upgrade = commands.add_parser(
        "upgrade",
        help="once, after installing a new vsdesk: encrypt an older SQLite hub, update its schema",
    )
    upgrade.set_defaults(handler=run_upgrade)


def run_init(args: argparse.Namespace, context: HubContext) -> int:
    if HubStore.exists(context.url):  # before asking for a passphrase twice
        raise HubExistsError()
    if args.url is not None:
        check_hub_url(args.url)  # before anything is made
    passphrase = read_new_passphrase(HUB_PASSPHRASE_ENV)
    store = initialise(
        context.url,
        name=args.name,
        country=args.country,
        authority_id=args.authority_id or slug(args.name),
        passphrase=passphrase,
    )
    context.adopt(store, passphrase)
    if args.url is not None:
        set_hub_url(store, args.url)
    info = hub_info(store)
    print(f"Created the hub for {info.name} ({info.country}).")
    _print_identity(context)
    return 0


def run_info(args: argparse.Namespace, context: HubContext) -> int:
    info = hub_info(context.store())
    print(f"Authority: {info.name} ({info.country})")
    store = context.store()
    print(f"Database: {store.dialect}, {_protection(store)}")
    _print_identity(context)
    return 0


def _print_identity(context: HubContext) -> None:
    info = hub_info(context.store())
    print(f"Authority id: {info.authority_id}")
    print(f"Key fingerprint: {info.fingerprint}")


def run_upgrade(args: argparse.Namespace, context: HubContext) -> int:
    """Encrypt a plain SQLite hub (one-time, rewrites the file), then migrate the schema."""
    sealed = sealed_file(context.url)
    if sealed is not None and sealed.is_plain():
        encrypt_plain_hub(sealed, context.passphrase())
        print(f"Encrypted the hub database under the hub passphrase ({sealed.key_file.name}).")
        print(
            f"Back up {sealed.database.name} and {sealed.key_file.name} together from now on, "
            "and destroy any older, unencrypted backups of the hub."
        )
    store = context.store()  # opening runs any pending migration
    print(f"The hub is up to date: schema revision {store.revision()}, {_protection(store)}.")
    return 0


def _protection(store: HubStore) -> str:
    if store.encrypted:
        return "encrypted (SQLCipher, under the hub passphrase)"
    return "not encrypted by vsdesk (relies on the server's disk encryption and TLS)"
