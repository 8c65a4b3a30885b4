"""Pupils made for pack tests, and the PDF reading the tests share.

The Welsh pupil carries ŵ, ŷ and â in their name, school and carer, so a font or encoding
fault shows up as a missing letter in the extracted text. Everyone is fictional.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any, cast

from pypdf import PdfReader
from pypdf.generic import Destination

from vsdesk.domain.model import Pupil, Safeguarding
from vsdesk.domain.profiles import AuthorityProfile, default_profile
from vsdesk.packs import PackOptions, render_pack
from vsdesk.services.synthetic import generate_pupils

TODAY = date(2026, 11, 23)
PRINTED_AT = datetime(2026, 11, 23, 14, 5)
POWYS = default_profile("powys", "Powys", "wales")
BRISTOL = default_profile("bristol", "Bristol", "england")
PLACEMENT = "7 Heol y Dŵr, Tref Ffug, CF99 1ZZ"
CARER = "Siân Prichard"
CARER_PHONE = "01632 960123"
NO_CONTACT = "Birth father: no contact, no information"


def welsh_pupil(terms: int = 3, seed: int = 11) -> Pupil:
    """Llŷr Prŷs of Ysgol y Dŵr, Year 10 (so the careers section prints), Powys's pupil."""
    pupil = generate_pupils(1, seed, today=TODAY, terms=terms)[0]
    pupil.pupil = replace(
        pupil.pupil,
        given_name="Llŷr",
        family_name="Prŷs",
        school="Ysgol y Dŵr",
        home_authority="powys",
        year_group=10,
    )
    pupil.safeguarding = Safeguarding(
        placement_address=PLACEMENT,
        carer_name=CARER,
        carer_address=PLACEMENT,
        carer_phone=CARER_PHONE,
        parental_responsibility="Local authority (shared with birth mother)",
        may_receive_information=f"{CARER} (foster carer)",
        no_contact=NO_CONTACT,
    )
    return pupil


def options(**changes: object) -> PackOptions:
    base = PackOptions(printed_by="Mrs Ffion Teacher", printed_at=PRINTED_AT)
    return replace(base, **changes)  # type: ignore[arg-type]


def render(pupil: Pupil, profile: AuthorityProfile = POWYS, **changes: object) -> bytes:
    return render_pack(pupil, profile, options(**changes))


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def trailer(pdf: PdfReader) -> Any:
    """The trailer as plain nested mappings (pypdf types it too loosely to index)."""
    return cast(Any, pdf.trailer)


def outline(pdf: PdfReader) -> dict[str, int]:
    """Top-level bookmark title → the 0-based page it opens."""
    entries = [entry for entry in pdf.outline if isinstance(entry, Destination)]
    return {str(e.title): pdf.get_destination_page_number(e) or 0 for e in entries}


def squash(text: str) -> str:
    """Whitespace (including the line breaks wrapping puts in) folded to single spaces."""
    return " ".join(text.split())


def page_texts(data: bytes) -> list[str]:
    return [squash(page.extract_text() or "") for page in reader(data).pages]


def all_text(data: bytes) -> str:
    return " ".join(page_texts(data))


FILE_NAME = re.compile(r"^pep-pack-[A-Za-z0-9_-]+-\d{4}-\d{2}-\d{2}\.pdf$")
