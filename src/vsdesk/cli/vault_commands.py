"""``init``, ``passwd`` and ``demo``: making and keeping the vault."""

from __future__ import annotations

import argparse
import sys

from vsdesk.cli.context import CommandContext
from vsdesk.commandline.output import say
from vsdesk.commandline.passphrase import PASSPHRASE_ENV, read_new_passphrase
from vsdesk.domain.text_safety import unsafe_character
from vsdesk.errors import UsageError
from vsdesk.storage.vault import Vault


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser(
        "init",
        help="create an encrypted vault in the data folder",
        description=(
            f"Create an encrypted vault. The passphrase comes from {PASSPHRASE_ENV} or is asked "
            "twice; a weak one (zxcvbn score under 3) is refused with the reason."
        ),
    )
    init.add_argument(
        "--name",
        help="your name, as the audit history and printed packs show it (asked if omitted)",
    )
    init.set_defaults(handler=run_init)
    passwd = commands.add_parser(
        "passwd", help="change the passphrase (new one from VSDESK_NEW_PASSPHRASE or a prompt)"
    )
    passwd.set_defaults(handler=run_passwd)
    demo = commands.add_parser("demo", help="fill the vault with fictional pupils")
    demo.add_argument("--pupils", type=int, default=30, metavar="N", help="how many (1-100000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same pupils")
    demo.set_defaults(handler=run_demo)


def run_init(args: argparse.Namespace, context: CommandContext) -> int:
    name = _owner_name(args.name)
    passphrase = read_new_passphrase(PASSPHRASE_ENV)
    vault = Vault.create(context.data_dir, passphrase, owner=name)
    vault.lock()
    say(f"Created an encrypted vault in {context.data_dir}")
    return 0


def _owner_name(given: str | None) -> str:
    """The name printed on packs: ``--name``, else asked in a terminal, else none."""
    name = given
    if name is None and sys.stdin.isatty():
        name = input("Your name, as printed on meeting packs: ")
    name = (name or "").strip()
    if unsafe_character(name, free_text=False):
        raise UsageError("Your name contains a control character; type it again.")
    return name


def run_passwd(args: argparse.Namespace, context: CommandContext) -> int:
    vault = context.vault()
    vault.change_passphrase(read_new_passphrase())
    say("Passphrase changed.")
    return 0


def run_demo(args: argparse.Namespace, context: CommandContext) -> int:
    if args.pupils < 1 or args.pupils > 100_000:
        raise UsageError("--pupils must be between 1 and 100000.")
    added = context.pupils().add_demo(args.pupils, args.seed)
    say(f"Added {added} fictional pupils.")
    return 0
