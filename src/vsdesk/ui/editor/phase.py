"""Which parts of the plan editor a pupil's plan uses, from the plan's phase.

The phase is the domain's (:func:`vsdesk.domain.phases.plan_phase`: the child's phase at the
start of the plan's own term); the editor only reads it from the pupil view it already has,
so opening a pupil costs no extra query. Tabs whose sections the phase does not use are
hidden: the service refuses edits there anyway, and their old values stay in the record.
"""

from __future__ import annotations

from typing import Any

from vsdesk.domain.fields import from_document
from vsdesk.domain.frameworks import EARLY_YEARS_AREAS
from vsdesk.domain.model import Identity, Plan, PlanMeta
from vsdesk.domain.phases import UNUSED_SECTIONS, PhaseReading, plan_phase
from vsdesk.ui.editor.labels import area_label
from vsdesk.ui.editor.structure import Tab

#: The collection whose item ids are the country's early-years areas of learning.
DEVELOPMENT = "early_years.development"


def identity_of(view: dict[str, Any]) -> Identity:
    identity: Identity = from_document(Identity, view.get("pupil") or {}, "pupil")
    return identity


def reading_of(view: dict[str, Any]) -> PhaseReading:
    """The phase of the plan on show (school age, unknown, when there is no plan)."""
    term = str((view.get("plan") or {}).get("term") or "")
    return plan_phase(identity_of(view), Plan(id="", plan=PlanMeta(term=term)))


def tab_in_use(tab: Tab, reading: PhaseReading) -> bool:
    """False when every section on the tab is one the plan's phase does not use."""
    sections = tab.sections
    return not sections or not sections <= UNUSED_SECTIONS[reading.phase]


def area_choices(country: str) -> list[tuple[str, str]]:
    """(area id, label) of the country's early-years framework, in the framework's order."""
    return [(area, area_label(area)) for area, _ in EARLY_YEARS_AREAS.get(country, ())]
