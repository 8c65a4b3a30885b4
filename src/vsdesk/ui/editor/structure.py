"""The plan editor's shape, derived from the model's field catalogue (no widget lists).

:func:`vsdesk.domain.fields.iter_leaf_specs` names every leaf of a pupil's record with its
facts (type, owner, choices, free text, sensitive). This module groups those leaves into
*sections* (plain fields) and *collections* (``targets.<id>.…``, nested like
``meetings.<id>.attendees.<id>.…``), then places them on tabs by the layout hints below.
A section the model gains later and no hint names gets a tab of its own, so it appears in the
editor without any new widget code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from vsdesk.domain.fields import FieldSpec, iter_leaf_specs

ID = "<id>"


@dataclass
class Collection:
    """Items keyed by id: ``prefix`` is the template path up to the items (``targets``)."""

    prefix: str
    fields: list[FieldSpec] = field(default_factory=list)
    children: list[Collection] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.prefix.rsplit(".", 1)[-1]

    def leaf(self, template: str) -> str:
        """``targets.<id>.owner`` → ``owner`` (the column's key)."""
        return template.removeprefix(f"{self.prefix}.{ID}.")

    def child(self, prefix: str) -> Collection:
        for known in self.children:
            if known.prefix == prefix:
                return known
        made = Collection(prefix)
        self.children.append(made)
        return made


@dataclass
class Tab:
    """One tab: its key (also the ``section`` name screens ask to open) and what it holds."""

    key: str
    fields: list[FieldSpec] = field(default_factory=list)
    collections: list[Collection] = field(default_factory=list)
    read_only: bool = False

    @property
    def sensitive(self) -> bool:
        return bool(self.fields) and all(spec.sensitive for spec in self.fields)

    @property
    def sections(self) -> frozenset[str]:
        """The record's sections this tab shows (``plan`` and ``pupil`` included)."""
        paths = [spec.path for spec in self.fields] + [c.prefix for c in self.collections]
        return frozenset(path.split(".", 1)[0] for path in paths)


# Layout hints: tab key → the path prefixes it holds, in the PEP's order. A path goes to the
# first tab with a matching prefix (longest prefixes are tried first).
TAB_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pupil", ("pupil", "plan.term", "plan.status", "plan.status_reason", "plan.next_meeting")),
    ("safeguarding", ("safeguarding",)),
    ("attendance", ("attendance",)),
    ("attainment", ("attainment",)),
    ("early_years", ("early_years",)),
    ("post16", ("post16",)),
    ("targets", ("targets",)),
    ("actions", ("actions",)),
    ("voice", ("voice",)),
    ("aln", ("plan.aln_summary", "interventions")),
    ("funding", ("funding",)),
    ("wellbeing", ("wellbeing",)),
    ("meetings", ("meetings",)),
    # Circumstance sections, after the phase's core: always open to record, since a
    # reduced timetable or a child missing education can happen in any phase.
    ("transition", ("transition",)),
    ("circumstances", ("alternative_provision", "missing_education")),
    ("qa", ("qa",)),
)
READ_ONLY_TABS = frozenset({"qa"})


def tab_for(path: str) -> str:
    """The tab a template path belongs on: a hinted tab, or its own section's tab."""
    best, best_length = "", -1
    for key, prefixes in TAB_HINTS:
        for prefix in prefixes:
            matches = path == prefix or path.startswith(prefix + ".")
            if matches and len(prefix) > best_length:
                best, best_length = key, len(prefix)
    return best or path.split(".", 1)[0]


def build_tabs(specs: list[FieldSpec] | None = None) -> list[Tab]:
    """Every leaf of the catalogue placed on a tab; hinted tabs first, new sections after."""
    tabs: dict[str, Tab] = {key: Tab(key, read_only=key in READ_ONLY_TABS) for key, _ in TAB_HINTS}
    for spec in iter_leaf_specs() if specs is None else specs:
        key = tab_for(spec.path)
        tab = tabs.setdefault(key, Tab(key))
        if ID not in spec.path:
            tab.fields.append(spec)
            continue
        _place_in_collection(tab, spec)
    return [tab for tab in tabs.values() if tab.fields or tab.collections]


def _place_in_collection(tab: Tab, spec: FieldSpec) -> None:
    parts = spec.path.split(f".{ID}.")
    top = next((c for c in tab.collections if c.prefix == parts[0]), None)
    if top is None:
        top = Collection(parts[0])
        tab.collections.append(top)
    node, prefix = top, parts[0]
    for middle in parts[1:-1]:
        prefix = f"{prefix}.{ID}.{middle}"
        node = node.child(prefix)
    node.fields.append(spec)


def template_of(path: str, depth_ids: list[str]) -> str:
    """Fill the ``<id>`` slots of a template path with real ids, in order."""
    filled = path
    for item_id in depth_ids:
        filled = filled.replace(ID, item_id, 1)
    return filled


def covered_templates(tabs: list[Tab]) -> set[str]:
    """Every template path the tabs give a widget or a column to (for the catalogue test)."""
    found: set[str] = set()

    def walk(collection: Collection) -> None:
        found.update(spec.path for spec in collection.fields)
        for child in collection.children:
            walk(child)

    for tab in tabs:
        found.update(spec.path for spec in tab.fields)
        for collection in tab.collections:
            walk(collection)
    return found


@cache
def _template_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile("^" + re.escape(spec.path).replace(re.escape(ID), "[^.]+") + "$"), spec.path)
        for spec in iter_leaf_specs()
        if ID in spec.path
    )


def template_for(path: str) -> str:
    """``targets.t-3.owner`` → ``targets.<id>.owner`` (the catalogue's name for labels)."""
    if ID in path or "." not in path:
        return path
    for pattern, template in _template_patterns():
        if pattern.match(path):
            return template
    return path
