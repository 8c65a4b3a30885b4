"""``init``, ``passwd`` and ``demo``: making and keeping the vault."""

from __future__ import annotations

import argparse
import getpass

from vsdesk.cli.context import CommandContext
from vsdesk.commandline.passphrase import read_new_passphrase, read_passphrase
from vsdesk.storage.vault import Vault


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser("init", help="create an encrypted vault in the data folder")
    init.add_argument("--name", help="your name, as it appears in the audit history")
    init.set_defaults(handler=run_init)
    passwd = commands.add_parser(
        "passwd", help="change the passphrase (new one from VSDESK_NEW_PASSPHRASE or a prompt)"
    )
    passwd.set_defaults(handler=run_passwd)
    demo = commands.add_parser("demo", help="fill the vault with fictional pupils")
    demo.add_argument("--pupils", type=int, default=30, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=run_demo)


def run_init(args: argparse.Namespace, context: CommandContext) -> int:
    passphrase = read_passphrase()
    if len(passphrase) < 8:
        from vsdesk.errors import UsageError

        raise UsageError("A passphrase needs at least 8 characters.")
    vault = Vault.create(context.data_dir, passphrase, owner=args.name or getpass.getuser())
    vault.lock()
    print(f"Created an encrypted vault in {context.data_dir}")
    return 0


def run_passwd(args: argparse.Namespace, context: CommandContext) -> int:
    vault = context.vault()
    vault.change_passphrase(read_new_passphrase())
    print("Passphrase changed.")
    return 0


def run_demo(args: argparse.Namespace, context: CommandContext) -> int:
    if args.pupils < 1 or args.pupils > 100_000:
        from vsdesk.errors import UsageError

        raise UsageError("--pupils must be between 1 and 100000.")
    added = context.pupils().add_demo(args.pupils, args.seed)
    print(f"Added {added} fictional pupils.")
    return 0
