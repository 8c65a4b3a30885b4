"""How values look in print: dates, terms, money, initials.

Tables use numeric UK dates (``01/12/2026``), which read the same in Welsh and English and
keep bilingual columns narrow; the cover spells the meeting date out in the pack's language.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from vsdesk.domain.model import Identity
from vsdesk.domain.terms import parse_term
from vsdesk.packs.labels import LABELS, SEPARATOR, Labels

DASH: Final = "—"


def short_date(day: date | None) -> str:
    """``01/12/2026``, or a dash where the record has no date."""
    return day.strftime("%d/%m/%Y") if day else DASH


def long_date(labels: Labels, day: date | None) -> str:
    """``1 December 2026`` / ``1 Rhagfyr 2026`` (both joined in a bilingual pack)."""
    if day is None:
        return DASH
    english, welsh = LABELS[f"month.{day.month}"]
    return labels.pick(f"{day.day} {english} {day.year}", f"{day.day} {welsh} {day.year}")


def timestamp(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


def term_name(labels: Labels, term: str) -> str:
    """``2026-autumn`` → ``Autumn 2026`` / ``Hydref 2026``."""
    if not term:
        return DASH
    year, season = parse_term(term)
    return f"{labels(f'season.{season}')} {year}"


def term_short(labels: Labels, term: str) -> str:
    """A chart axis label on two lines, season over year: ``Hyd/Aut`` then ``2026``."""
    if not term:
        return DASH
    year, season = parse_term(term)
    return f"{labels(f'season.short.{season}').replace(SEPARATOR, '/')}\n{year}"


def money(amount: float | None) -> str:
    """``£1,500``: whole pounds unless the record has pence."""
    if amount is None:
        return DASH
    return f"£{amount:,.0f}" if amount == int(amount) else f"£{amount:,.2f}"


def number(value: float) -> str:
    """``2`` rather than ``2.0``; ``0.5`` stays."""
    return f"{value:g}"


def percent(value: float | None) -> str:
    return DASH if value is None else f"{value:.1f}%"


def initials(identity: Identity) -> str:
    """``L.P.`` for Llŷr Prŷs: enough to match a printed page to a pupil, not to name them.

    A family name's particles (``ap``, ``ab``, ``de``…) are lower case, so only capitalised
    words count; a name of only particles falls back to its first letter.
    """
    given = identity.given_name.split()
    family = identity.family_name.split()
    letters = [word[0] for word in given[:1]]
    letters += [word[0] for word in family if word[0].isupper()] or [w[0] for w in family[:1]]
    return "".join(f"{letter.upper()}." for letter in letters) or DASH


def choice(labels: Labels, prefix: str, code: str | None) -> str:
    """A value from one of the model's lists in words (``eet.neet``…); a code the label
    table lacks (a newer list synced from elsewhere) prints as recorded, never as an error."""
    if not code:
        return DASH
    key = f"{prefix}.{code}"
    return labels(key) if key in LABELS else code
