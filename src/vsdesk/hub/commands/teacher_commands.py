"""``teachers`` (list, add), ``assign`` and ``unassign``."""

from __future__ import annotations

import argparse

from vsdesk.commandline.output import print_json, print_table
from vsdesk.hub.commands.context import HubContext


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    teachers = commands.add_parser("teachers", help="list designated teachers")
    teachers.add_argument("--json", action="store_true", help="machine-readable output")
    teachers.set_defaults(handler=run_list)
    actions = teachers.add_subparsers(dest="teachers_command", metavar="{add}")
    add = actions.add_parser("add", help="add a designated teacher (prints the new id last)")
    add.add_argument("--name", required=True)
    add.add_argument("--school", required=True)
    add.set_defaults(handler=run_add)

    assign = commands.add_parser("assign", help="give a teacher a pupil")
    assign.add_argument("pupil_id", metavar="PUPIL")
    assign.add_argument("teacher_id", metavar="TEACHER")
    assign.set_defaults(handler=run_assign)
    unassign = commands.add_parser("unassign", help="take a pupil from a teacher")
    unassign.add_argument("pupil_id", metavar="PUPIL")
    unassign.add_argument("teacher_id", metavar="TEACHER")
    unassign.set_defaults(handler=run_unassign)


def run_list(args: argparse.Namespace, context: HubContext) -> int:
    summaries = context.teachers().summaries()
    if args.json:
        print_json(
            [
                {
                    "id": s.teacher.id,
                    "name": s.teacher.name,
                    "school": s.teacher.school,
                    "pupils": s.pupils,
                    "devices": s.devices,
                }
                for s in summaries
            ]
        )
        return 0
    rows = [
        (s.teacher.id, s.teacher.name, s.teacher.school, str(s.pupils), str(s.devices))
        for s in summaries
    ]
    print_table(rows, ("ID", "NAME", "SCHOOL", "PUPILS", "DEVICES"))
    return 0


def run_add(args: argparse.Namespace, context: HubContext) -> int:
    teacher = context.teachers().add(args.name, args.school)
    print("Added the teacher. Their id:")
    print(teacher.id)
    return 0


def run_assign(args: argparse.Namespace, context: HubContext) -> int:
    context.teachers().assign(args.pupil_id, args.teacher_id)
    print("Assigned. The teacher's devices receive the pupil at their next sync.")
    return 0


def run_unassign(args: argparse.Namespace, context: HubContext) -> int:
    context.teachers().unassign(args.pupil_id, args.teacher_id)
    print("Unassigned. The teacher's devices are told to remove the pupil at their next sync.")
    return 0
