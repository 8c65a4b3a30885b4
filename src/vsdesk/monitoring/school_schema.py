"""The hub tables for the Virtual School's own facts, defined with the hub's schema.

``vs_school_facts`` holds the current value of each fact; ``vs_school_fact_audit`` keeps every
change (who, when, old → new), append-only. Keys and values are facts about the service,
never about a pupil. The tables live in :mod:`vsdesk.hub.storage.schema` (hub revision 0003
creates them); this module names them for the monitoring package.
"""

from __future__ import annotations

from vsdesk.hub.storage.schema import SchoolFactAuditRow, SchoolFactRow

__all__ = ["SchoolFactAuditRow", "SchoolFactRow"]
