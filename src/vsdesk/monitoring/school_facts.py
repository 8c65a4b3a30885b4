"""The Virtual School's own facts, which no plan holds: its model, head, staff and spending.

Facts are ``KEY=VALUE`` pairs, checked here before anything is stored (one clear message per
bad pair, naming the key, never guessing). Keys:

- ``model``: ``new``, ``extended`` or ``early-stage`` (the Welsh pilot's three models);
- ``head-appointed``: ``yes`` or ``no`` (a Virtual School Head is in post);
- ``in-area-schools``: the schools in the authority's own area, separated by ``;``
  (a pupil at any other school is placed out of area);
- ``staff.<period>.<role>``: full-time equivalent staff in a role that term, e.g.
  ``staff.2026-autumn.education-officer=2.5``;
- ``spend.<period>.<line>``: pounds spent on a line that term, e.g.
  ``spend.2026-autumn.pdg-lac=120000``.

An empty value (``KEY=``) removes a fact. Staff and spending are per period so that this
term's return can be set beside last term's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Final

from vsdesk.domain.terms import parse_term
from vsdesk.errors import ValidationError

MODELS: Final = ("new", "extended", "early-stage")
YES_NO: Final = ("yes", "no")
STAFF_ROLES: Final = (
    "head",
    "deputy-head",
    "education-officer",
    "data-officer",
    "administrator",
    "other",
)
SPEND_LINES: Final = ("grant", "pdg-lac", "staff", "commissioned")
MAX_FTE: Final = Decimal(500)
MAX_POUNDS: Final = Decimal(100_000_000)
MAX_SCHOOLS_TEXT: Final = 20_000
_PERIODIC: Final = re.compile(r"(staff|spend)\.([^.]+)\.([a-z-]+)")
_AMOUNT: Final = re.compile(r"\d{1,9}(\.\d{1,2})?")


@dataclass(frozen=True)
class SchoolFacts:
    """The facts as the indicators read them (parsed, typed)."""

    model: str | None = None
    head_appointed: bool | None = None
    in_area_schools: frozenset[str] | None = None
    staff: dict[tuple[str, str], float] = field(default_factory=dict)  # (period, role)
    spend: dict[tuple[str, str], float] = field(default_factory=dict)  # (period, line)

    def staff_fte(self, period: str) -> float | None:
        found = [fte for (p, _), fte in self.staff.items() if p == period]
        return sum(found) if found else None

    def spend_on(self, period: str, line: str | None = None) -> float | None:
        found = [v for (p, k), v in self.spend.items() if p == period and line in (None, k)]
        return sum(found) if found else None


def normalise(key: str, value: str) -> str:
    """The value as it will be stored, or ValidationError naming the key's rule."""
    value = value.strip()
    if key == "model":
        return _choice(key, value, MODELS)
    if key == "head-appointed":
        return _choice(key, value.lower(), YES_NO)
    if key == "in-area-schools":
        return _schools(value)
    match = _PERIODIC.fullmatch(key)
    if match is None:
        raise ValidationError(
            f"'{_shown(key)}' is not a Virtual School fact; use model, head-appointed, "
            "in-area-schools, staff.<period>.<role> or spend.<period>.<line>."
        )
    kind, period, item = match.groups()
    parse_term(period)
    if kind == "staff":
        _choice(key, item, STAFF_ROLES, what="role")
        return _number(key, value, MAX_FTE, "an FTE like 2.5")
    _choice(key, item, SPEND_LINES, what="spending line")
    return _number(key, value, MAX_POUNDS, "an amount in pounds like 1500 or 1500.50")


def parse_pair(text: str) -> tuple[str, str]:
    key, equals, value = text.partition("=")
    if not equals or not key.strip():
        raise ValidationError("Give each fact as KEY=VALUE, e.g. model=extended.")
    return key.strip(), value


def facts_from(stored: dict[str, str]) -> SchoolFacts:
    """Typed facts from the stored (already normalised) key → value map."""
    staff: dict[tuple[str, str], float] = {}
    spend: dict[tuple[str, str], float] = {}
    for key, value in stored.items():
        match = _PERIODIC.fullmatch(key)
        if match:
            kind, period, item = match.groups()
            (staff if kind == "staff" else spend)[(period, item)] = float(value)
    schools = stored.get("in-area-schools")
    head = stored.get("head-appointed")
    return SchoolFacts(
        model=stored.get("model"),
        head_appointed=None if head is None else head == "yes",
        in_area_schools=None if schools is None else frozenset(split_schools(schools)),
        staff=staff,
        spend=spend,
    )


def split_schools(value: str) -> list[str]:
    return [name.strip() for name in value.split(";") if name.strip()]


def _choice(key: str, value: str, allowed: tuple[str, ...], what: str = "value") -> str:
    if value not in allowed:
        raise ValidationError(f"{_shown(key)}: the {what} must be one of {', '.join(allowed)}.")
    return value


def _number(key: str, value: str, maximum: Decimal, example: str) -> str:
    if not _AMOUNT.fullmatch(value):
        raise ValidationError(f"{key}: give {example} (digits, at most 2 decimals).")
    try:
        number = Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern already rules it out
        raise ValidationError(f"{key}: give {example}.") from None
    if number > maximum:
        raise ValidationError(f"{key}: at most {maximum}.")
    return str(number)


def _schools(value: str) -> str:
    names = split_schools(value)
    if not names or len(value) > MAX_SCHOOLS_TEXT:
        raise ValidationError("in-area-schools: list school names separated by ';'.")
    if any(len(n) > 200 or not n.isprintable() for n in names):
        raise ValidationError("in-area-schools: each school name is 1 to 200 characters.")
    return "; ".join(names)


def _shown(key: str) -> str:
    """A key is echoed only in a safe form (it may be a mistyped value)."""
    return key if re.fullmatch(r"[a-z0-9.-]{1,60}", key) else "that key"
