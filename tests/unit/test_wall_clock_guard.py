"""The product reads the wall clock in one module only (``vsdesk.clock``).

Any other read is a time bomb: a test fixes its clock, the code reads the real one, and
the suite starts failing on some later date (as invitations did on 2026-11-30).
"""

from __future__ import annotations

import ast
from pathlib import Path

import vsdesk

SOURCE = Path(vsdesk.__file__).parent
ALLOWED = {SOURCE / "clock.py"}

# (object, attribute) pairs whose call reads the wall clock.
WALL_CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("time", "strftime"),
}


def wall_clock_reads(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if (node.value.id, node.attr) in WALL_CLOCK_READS:
                found.append((node.lineno, f"{node.value.id}.{node.attr}"))
        elif isinstance(node, ast.ImportFrom) and node.module in {"time", "datetime"}:
            for alias in node.names:
                if (node.module, alias.name) in WALL_CLOCK_READS:
                    found.append((node.lineno, f"from {node.module} import {alias.name}"))
    return found


def test_no_module_but_clock_reads_the_wall_clock() -> None:
    offenders = [
        f"{path.relative_to(SOURCE)}:{line}: {what}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path not in ALLOWED
        for line, what in wall_clock_reads(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_the_guard_catches_each_kind_of_read() -> None:
    samples = [
        "datetime.now(UTC)",
        "datetime.utcnow()",
        "date.today()",
        "time.time()",
        "time.time_ns()",
        "from time import time",
    ]
    for sample in samples:
        assert wall_clock_reads(ast.parse(sample)), sample
    assert wall_clock_reads(ast.parse("clock()")) == []
