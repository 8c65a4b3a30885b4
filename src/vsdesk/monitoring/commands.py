"""``vsdesk-hub school`` (show, set, import) and ``vsdesk-hub report`` (monitoring, compare)."""

from __future__ import annotations

import argparse
from pathlib import Path

from vsdesk.commandline.output import print_json, print_table
from vsdesk.hub.commands.context import HubContext
from vsdesk.hub.services.authority import hub_info
from vsdesk.monitoring.compare import write_comparison
from vsdesk.monitoring.outputs import read_capped
from vsdesk.monitoring.report import write_monitoring
from vsdesk.monitoring.school_facts import parse_pair
from vsdesk.monitoring.school_store import SchoolFactsStore

MAX_FACTS_FILE = 1024 * 1024
MAX_RETURN_FILE = 16 * 1024 * 1024


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    school = commands.add_parser("school", help="the Virtual School's own facts (staff, spending)")
    school.add_argument("--json", action="store_true", help="machine-readable output")
    school.add_argument("--history", action="store_true", help="every change: who, when, old → new")
    school.set_defaults(handler=run_show)
    actions = school.add_subparsers(dest="school_command", metavar="{set,import}")
    setter = actions.add_parser(
        "set", help="record facts, e.g. model=extended (docs/indicators.md)"
    )
    setter.add_argument("pairs", nargs="+", metavar="KEY=VALUE")
    setter.set_defaults(handler=run_set)
    importer = actions.add_parser("import", help="record facts from a key,value CSV")
    importer.add_argument("file", type=Path, metavar="FILE.csv")
    importer.set_defaults(handler=run_import)

    report = commands.add_parser("report", help="monitoring returns for committees and Wales")
    kinds = report.add_subparsers(dest="report_command", metavar="{monitoring,compare}")
    monitoring = kinds.add_parser("monitoring", help="this authority's return for a term")
    monitoring.add_argument("--period", required=True, metavar="TERM", help="e.g. 2026-autumn")
    monitoring.add_argument("--out", required=True, type=Path, metavar="DIR")
    monitoring.set_defaults(handler=run_monitoring)
    compare = kinds.add_parser("compare", help="several authorities' indicators.csv side by side")
    compare.add_argument("files", nargs="+", type=Path, metavar="FILE.csv")
    compare.add_argument("--out", required=True, type=Path, metavar="DIR")
    compare.add_argument("--lang", choices=("en", "cy"), default="en", help="language of the PDF")
    compare.set_defaults(handler=run_compare)
    report.set_defaults(handler=lambda args, context: _help(report))


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def _facts(context: HubContext) -> SchoolFactsStore:
    return SchoolFactsStore(context.store(), context.actor())


def run_show(args: argparse.Namespace, context: HubContext) -> int:
    facts = _facts(context)
    if args.history:
        changes = facts.history()
        if args.json:
            print_json([vars(c) for c in changes])
        else:
            table = [(c.at, c.actor, c.key, c.old or "—", c.new or "—") for c in changes]
            print_table(table, ("WHEN", "WHO", "KEY", "OLD", "NEW"))
        return 0
    rows = facts.rows()
    if args.json:
        print_json({row.key: row.value for row in rows})
    elif not rows:
        print("No Virtual School facts recorded yet; see 'vsdesk-hub school set --help'.")
    else:
        print_table(
            [(r.key, r.value, r.updated_at, r.updated_by) for r in rows],
            ("KEY", "VALUE", "UPDATED", "BY"),
        )
    return 0


def run_set(args: argparse.Namespace, context: HubContext) -> int:
    changed = _facts(context).set([parse_pair(pair) for pair in args.pairs])
    print(f"Recorded {changed} change(s).")
    return 0


def run_import(args: argparse.Namespace, context: HubContext) -> int:
    changed = _facts(context).import_csv(read_capped(args.file, MAX_FACTS_FILE))
    print(f"Recorded {changed} change(s) from the file.")
    return 0


def run_monitoring(args: argparse.Namespace, context: HubContext) -> int:
    info = hub_info(context.store())
    written = write_monitoring(
        context.store(), (info.authority_id, info.name), args.period, args.out
    )
    print(f"Wrote {len(written)} files to the folder: " + ", ".join(p.name for p in written))
    return 0


def run_compare(args: argparse.Namespace, context: HubContext) -> int:
    contents = [(path, read_capped(path, MAX_RETURN_FILE)) for path in args.files]
    written = write_comparison(contents, args.out, args.lang)
    print(f"Wrote {len(written)} files to the folder: " + ", ".join(p.name for p in written))
    return 0
