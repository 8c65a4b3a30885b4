"""Statistical disclosure control: small counts hidden, and nothing hidden can be worked out.

**Primary**: a count from 1 to 4, or a figure (pounds, targets) drawn from 1 to 4 children,
is hidden (shown ``*``). Zero is shown: it discloses nothing about any one child.

**Secondary**: published cells add up. Within every breakdown dimension the categories sum
to the ``all`` row (each has an ``unknown`` category, so every child is in exactly one), and
some measures add up to others (attendance bands to "attendance recorded", say). A group of
cells that adds up with exactly one hidden cell gives it away by subtraction, so while any
group has exactly one hidden cell, the smallest other non-zero part of that group is hidden
too (the total, if every other part is zero). This repeats until no group has exactly one
hidden cell, the rule of the ONS and the DfE's published statistics. It is deterministic:
the same figures always hide the same cells.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

CellKey = tuple[str, str]  # (measure id, breakdown)
SMALL_MIN, SMALL_MAX = 1, 4


@dataclass(frozen=True)
class Cell:
    value: float
    contributors: int | None  # children the figure comes from; None for the VS's own facts
    kind: str  # "count" | "amount"


@dataclass(frozen=True)
class Constraint:
    total: CellKey
    parts: tuple[CellKey, ...]


def is_small(cell: Cell) -> bool:
    small_count = cell.kind == "count" and SMALL_MIN <= cell.value <= SMALL_MAX
    few = cell.contributors is not None and SMALL_MIN <= cell.contributors <= SMALL_MAX
    return small_count or few


def suppress(cells: Mapping[CellKey, Cell], constraints: Sequence[Constraint]) -> set[CellKey]:
    """The cells to hide: the small ones and as many more as make none recoverable."""
    hidden = {key for key, cell in cells.items() if is_small(cell)}
    changed = True
    while changed:
        changed = False
        for constraint in constraints:
            extra = _second_cell(cells, constraint, hidden)
            if extra is not None:
                hidden.add(extra)
                changed = True
    return hidden


def _second_cell(
    cells: Mapping[CellKey, Cell], constraint: Constraint, hidden: set[CellKey]
) -> CellKey | None:
    group = [key for key in (constraint.total, *constraint.parts) if key in cells]
    if sum(1 for key in group if key in hidden) != 1:
        return None
    parts = [key for key in constraint.parts if key in cells and key not in hidden]
    nonzero = [key for key in parts if cells[key].value > 0]
    if nonzero:
        return min(nonzero, key=lambda key: (cells[key].value, parts.index(key)))
    if constraint.total not in hidden and constraint.total in cells:
        return constraint.total
    return parts[0] if parts else None
