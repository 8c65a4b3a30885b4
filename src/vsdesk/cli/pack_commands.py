"""``pack`` and ``packs``: PEP meeting packs as PDF files.

Careful with files: an existing file is replaced only with ``--force``, nothing is written
into the data folder, ``pack --out`` adds ``.pdf`` when it is missing, and ``packs`` makes
its folder and says which file is which pupil (file names carry ids, never names).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from vsdesk.cli.context import CommandContext
from vsdesk.commandline.output import say
from vsdesk.commandline.output_files import checked_folder, checked_output
from vsdesk.commandline.passphrase import MIN_PDF_PASSWORD, pdf_password
from vsdesk.errors import UsageError
from vsdesk.files import write_atomically
from vsdesk.services.packs import PackRequest, due_pupils, render_one, write_due

DATE_HELP = "YYYY-MM-DD"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pack = commands.add_parser(
        "pack",
        help="print one pupil's PEP meeting pack to a PDF",
        description="Print one pupil's PEP meeting pack (A4 PDF) for their next meeting.",
    )
    pack.add_argument("pupil_id", metavar="ID", help="the pupil's id (see 'vsdesk pupils')")
    pack.add_argument(
        "--out", required=True, type=Path, metavar="FILE.pdf", help=".pdf is added if missing"
    )
    _pack_options(pack)
    pack.set_defaults(handler=run_pack)
    packs = commands.add_parser(
        "packs",
        help="a pack for every pupil whose meeting is due",
        description="One pack per pupil whose next meeting falls between --from and --to.",
    )
    packs.add_argument("--from", dest="start", required=True, type=_date, metavar=DATE_HELP)
    packs.add_argument("--to", dest="end", required=True, type=_date, metavar=DATE_HELP)
    packs.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="folder, made if missing"
    )
    _pack_options(packs)
    packs.set_defaults(handler=run_packs)


def _pack_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("en", "cy", "both"),
        default=None,
        help="language (default: bilingual for a Welsh-first pupil, English otherwise)",
    )
    parser.add_argument(
        "--include-sensitive", action="store_true", help="include safeguarding contacts"
    )
    parser.add_argument("--blank", action="store_true", help="pre-meeting version to write in")
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-env",
        metavar="VAR",
        help=f"encrypt (AES-256) with the password in VAR ({MIN_PDF_PASSWORD}+ characters)",
    )
    secret.add_argument(
        "--password",
        choices=("generate",),
        help="'generate': encrypt with a new strong password and print it once",
    )
    parser.add_argument("--force", action="store_true", help="replace files that exist")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("dates are written YYYY-MM-DD") from None


def _request(args: argparse.Namespace, context: CommandContext) -> PackRequest:
    password = pdf_password(args.password_env, args.password == "generate")
    return PackRequest(args.lang, args.include_sensitive, args.blank, password, context.owner())


def _tell_password(args: argparse.Namespace, request: PackRequest) -> None:
    if args.password == "generate" and request.password:
        say(f"PDF password (shown once; give it to the people at the meeting): {request.password}")


def run_pack(args: argparse.Namespace, context: CommandContext) -> int:
    out = checked_output(args.out, context.data_dir, args.force, suffix=".pdf")
    request = _request(args, context)
    pdf = render_one(context.pupils(), args.pupil_id, request)
    write_atomically(out, pdf, "meeting pack")
    say(f"Wrote the meeting pack ({len(pdf) // 1024} KiB) to {out}")
    _tell_password(args, request)
    return 0


def run_packs(args: argparse.Namespace, context: CommandContext) -> int:
    if args.end < args.start:
        raise UsageError("--to must not be before --from.")
    request = _request(args, context)
    service = context.pupils()
    due = due_pupils(service, args.start, args.end)
    folder = checked_folder(args.out, context.data_dir)
    written = write_due(service, due, folder, request, force=args.force)
    say(f"Wrote {len(written)} meeting pack(s) to {folder}")
    for path, pupil in zip(written, due, strict=True):
        say(f"  {path.name}  {pupil.name}")
    _tell_password(args, request)
    return 0
