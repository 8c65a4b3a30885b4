"""``FIELD=VALUE`` arguments, shared by ``vsdesk edit`` and ``vsdesk-hub edit``.

A module of its own so that the hub's command line can use it without loading the vault.
"""

from __future__ import annotations

from vsdesk.errors import UsageError


def parse_assignments(items: list[str]) -> dict[str, str]:
    assignments: dict[str, str] = {}
    for item in items:
        path, sep, value = item.partition("=")
        if not sep or not path.strip():
            raise UsageError("Give changes as FIELD=VALUE, e.g. attendance.percent=94.5")
        assignments[path.strip()] = value
    return assignments
