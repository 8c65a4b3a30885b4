"""An attacker who has a published indicators.csv and the data dictionary, and subtracts.

It knows, from docs/indicators.md, which quantity every numerator and denominator is, that
each dimension's categories add up to ``all``, and which indicators add up to others (the
attendance bands, the QA ratings). It repeatedly solves every sum with exactly one unknown
and reports each hidden cell it worked out. Written independently of the product's own
constraint list, so a constraint the product forgot is one the attacker still uses.
"""

from __future__ import annotations

import csv
import io

from vsdesk.monitoring.indicators import BY_ID

Key = tuple[str, str]  # (measure, breakdown)
IDENTITIES = (
    ("att.recorded", ("att.95", "att.90", "att.80", "att.below80")),
    ("att.persistent", ("att.80", "att.below80")),
    ("qa.rated", ("qa.green", "qa.amber", "qa.red")),
)


def read(text: str) -> tuple[dict[Key, float | None], set[Key]]:
    """Known values (None: hidden) of every published quantity, and the hidden ones."""
    known: dict[Key, float | None] = {}
    for row in csv.DictReader(io.StringIO(text)):
        indicator = BY_ID[row["indicator_id"]]
        for measure, cell in ((indicator.numerator, row["numerator"]),
                              (indicator.denominator, row["denominator"])):  # fmt: skip
            if measure is None or cell == "":
                continue
            key = (measure, row["breakdown"])
            value = None if cell == "*" else float(cell)
            if known.get(key) is None:
                known[key] = value
            else:
                assert value is None or value == known[key], f"{key} published twice, differently"
        if row["value"] not in ("", "*") and row["numerator"] == "*":
            raise AssertionError(f"{row['indicator_id']} shows a value over a hidden count")
    hidden = {key for key, value in known.items() if value is None}
    return known, hidden


def equations(known: dict[Key, float | None]) -> list[tuple[Key, list[Key]]]:
    rows = {breakdown for _, breakdown in known}
    dimensions: dict[str, list[str]] = {}
    for breakdown in rows - {"all"}:
        dimension = breakdown.split(":")[0]
        dimensions.setdefault(dimension, []).append(breakdown)
    found = []
    for measure in {m for m, _ in known}:
        if (measure, "age:0-4") not in known:
            continue
        for categories in dimensions.values():
            found.append(((measure, "all"), [(measure, c) for c in categories]))
    for total, parts in IDENTITIES:
        for breakdown in rows:
            found.append(((total, breakdown), [(p, breakdown) for p in parts]))
    return found


def recover(text: str) -> dict[Key, float]:
    """Every hidden cell the attacker can work out, with its value."""
    known, hidden = read(text)
    values = dict(known)
    recovered: dict[Key, float] = {}
    progress = True
    while progress:
        progress = False
        for total, parts in equations(known):
            cells = [total, *parts]
            if any(cell not in values for cell in cells):
                continue
            unknown = [cell for cell in cells if values[cell] is None]
            if len(unknown) != 1:
                continue
            cell = unknown[0]
            if cell == total:
                value = sum(values[p] or 0.0 for p in parts)
            else:
                value = (values[total] or 0.0) - sum(values[p] or 0.0 for p in parts if p != cell)
            values[cell] = value
            recovered[cell] = value
            progress = True
    return {key: value for key, value in recovered.items() if key in hidden}
