"""Each pupil's phase and year group, in words, for the pupil lists of both command lines.

The list's summaries come from indexed columns that hold the year group as the authority last
sent it; the phase and the *effective* year group are derived (date of birth, the 1 September
cut-off and the out-of-year-group offset, :mod:`vsdesk.domain.phases`) exactly as the plan
editor, the rules and the pack derive them: for the current plan's term, read at its start.
They are read from the identity documents in one query, so a long list decodes no plans.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from vsdesk.clock import to_local
from vsdesk.domain.fields import from_document
from vsdesk.domain.model import Identity
from vsdesk.domain.phases import (
    AGE_TWO_YEAR,
    NURSERY_YEAR,
    RECEPTION_YEAR,
    Phase,
    PhaseReading,
    phase_on,
    term_start,
)
from vsdesk.services.pupils import PupilService
from vsdesk.storage.pupil_repository import PupilSummary
from vsdesk.storage.schema import PupilRow

#: Glossary terms (docs/phases.md): English, Welsh.
PHASE_WORDS: dict[Phase, tuple[str, str]] = {
    Phase.EARLY_YEARS: ("early years", "blynyddoedd cynnar"),
    Phase.SCHOOL_AGE: ("school age", "oedran ysgol gorfodol"),
    Phase.POST_16: ("post-16", "ôl-16"),
}
YEAR_WORDS: dict[int, tuple[str, str]] = {
    AGE_TWO_YEAR: ("Nursery (age 2)", "Meithrin (2 oed)"),
    NURSERY_YEAR: ("Nursery", "Meithrin"),
    RECEPTION_YEAR: ("Reception", "Derbyn"),
}


def phase_words(phase: Phase, lang: str = "en") -> str:
    english, welsh = PHASE_WORDS[phase]
    return welsh if lang == "cy" else english


def year_group_words(year_group: int | None, lang: str = "en") -> str:
    """``Nursery``, ``Reception``, ``Year 12`` (``Derbyn``, ``Blwyddyn 12``); empty if unknown."""
    if year_group is None:
        return ""
    if year_group in YEAR_WORDS:
        english, welsh = YEAR_WORDS[year_group]
        return welsh if lang == "cy" else english
    return f"Blwyddyn {year_group}" if lang == "cy" else f"Year {year_group}"


def phase_readings(
    service: PupilService, summaries: Iterable[PupilSummary]
) -> dict[str, PhaseReading]:
    """Pupil id → the phase of the pupil's current plan (today's, for a pupil with none)."""
    terms = {summary.id: summary.term for summary in summaries}
    today = to_local(service.clock()).date()
    with service.store.session() as session:
        rows = session.execute(select(PupilRow.id, PupilRow.identity)).all()
    return {
        pupil_id: _reading(from_document(Identity, json.loads(identity), "pupil"), term, today)
        for pupil_id, identity in rows
        if pupil_id in terms
        for term in (terms[pupil_id],)
    }


def _reading(identity: Identity, term: str | None, today: date) -> PhaseReading:
    return phase_on(identity, term_start(term) if term else today)


def effective_year_group(reading: PhaseReading | None, recorded: int | None) -> int | None:
    """The derived year group; the recorded one when there is no date of birth to derive
    it from."""
    if reading is None or reading.year_group is None:
        return recorded
    return reading.year_group


def pupil_phase(service: PupilService, pupil_id: str) -> tuple[Phase, int | None]:
    """The phase and effective year group of one pupil, as the list shows them."""
    pupil = service.get(pupil_id)
    plan = pupil.current_plan
    term = plan.plan.term if plan is not None else None
    reading = _reading(pupil.pupil, term, to_local(service.clock()).date())
    return reading.phase, effective_year_group(reading, pupil.pupil.year_group)
