"""The areas of learning of each country's early-years framework.

An early-years plan records progress area by area (``early_years.development.<area>``), and
the areas are the country's own: England's Early Years Foundation Stage has three prime and
four specific areas; Wales's Curriculum for funded non-maintained nursery settings has five
developmental pathways. The ids are the keys of the record; labels live in the UI and packs.
"""

from __future__ import annotations

#: country → (area id, group) in the framework's order. England groups areas as prime or
#: specific; Wales's pathways are one group.
EARLY_YEARS_AREAS: dict[str, tuple[tuple[str, str], ...]] = {
    "england": (
        ("communication-language", "prime"),
        ("physical-development", "prime"),
        ("personal-social-emotional", "prime"),
        ("literacy", "specific"),
        ("mathematics", "specific"),
        ("understanding-world", "specific"),
        ("expressive-arts-design", "specific"),
    ),
    "wales": (
        ("belonging", "pathway"),
        ("communication", "pathway"),
        ("exploration", "pathway"),
        ("physical-development", "pathway"),
        ("wellbeing", "pathway"),
    ),
}


def area_ids(country: str) -> tuple[str, ...]:
    return tuple(area for area, _ in EARLY_YEARS_AREAS.get(country, ()))
