"""``pack`` and ``packs``: PEP meeting packs as PDF files."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from vsdesk.cli.context import CommandContext
from vsdesk.errors import UsageError
from vsdesk.files import write_atomically
from vsdesk.services.packs import PackRequest, render_one, write_due


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pack = commands.add_parser("pack", help="print one pupil's PEP meeting pack to a PDF")
    pack.add_argument("pupil_id", metavar="ID")
    pack.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _pack_options(pack)
    pack.set_defaults(handler=run_pack)
    packs = commands.add_parser("packs", help="a pack for every pupil whose meeting is due")
    packs.add_argument("--from", dest="start", required=True, type=_date, metavar="DATE")
    packs.add_argument("--to", dest="end", required=True, type=_date, metavar="DATE")
    packs.add_argument("--out", required=True, type=Path, metavar="DIR")
    _pack_options(packs)
    packs.set_defaults(handler=run_packs)


def _pack_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("en", "cy", "both"), default="en")
    parser.add_argument(
        "--include-sensitive", action="store_true", help="include safeguarding contacts"
    )
    parser.add_argument("--blank", action="store_true", help="pre-meeting version to write in")
    parser.add_argument(
        "--password-env", metavar="VAR", help="encrypt (AES-256) with the password in VAR"
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("dates are written YYYY-MM-DD") from None


def _request(args: argparse.Namespace) -> PackRequest:
    password = None
    if args.password_env:
        password = os.environ.get(args.password_env)
        if not password:
            raise UsageError(f"The environment variable {args.password_env} holds no password.")
    return PackRequest(args.lang, args.include_sensitive, args.blank, password)


def run_pack(args: argparse.Namespace, context: CommandContext) -> int:
    request = _request(args)
    pdf = render_one(context.pupils(), args.pupil_id, request)
    write_atomically(args.out, pdf, "meeting pack")
    print(f"Wrote the meeting pack ({len(pdf) // 1024} KiB) to {args.out}")
    return 0


def run_packs(args: argparse.Namespace, context: CommandContext) -> int:
    if args.end < args.start:
        raise UsageError("--to must not be before --from.")
    request = _request(args)
    written = write_due(context.pupils(), args.start, args.end, args.out, request)
    print(f"Wrote {len(written)} meeting pack(s) to {args.out}")
    return 0
