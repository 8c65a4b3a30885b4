"""The value lists a record draws its words from, in English and Welsh.

The pupil's own words (free text: targets, voice, notes, purposes) are printed as written.
Values picked from a list (subjects and areas of learning, who owns a target, roles,
funding categories, frequencies, places, authority names, attainment scales) are not the
pupil's words but the form's, so a Welsh pack prints them in Welsh. A value not in a list
is printed as recorded: an unknown subject is better shown in English than guessed at.

Welsh terms follow ``GLOSSARY-cy.md``; like the label table, this list wants a professional
translator's review before release.
"""

from __future__ import annotations

import re
from typing import Final

from vsdesk.packs.labels import Labels

#: English value → Welsh value; keys are the values as the record holds them.
VALUES: Final[dict[str, str]] = {
    # subjects and areas of learning
    "English": "Saesneg",
    "Mathematics": "Mathemateg",
    "Maths": "Mathemateg",
    "Science": "Gwyddoniaeth",
    "Humanities": "Dyniaethau",
    "History": "Hanes",
    "Geography": "Daearyddiaeth",
    "Art": "Celf",
    "Music": "Cerddoriaeth",
    "Cymraeg": "Cymraeg",
    "Welsh": "Cymraeg",
    "Literacy": "Llythrennedd",
    "Numeracy": "Rhifedd",
    "Wellbeing": "Lles",
    "Attendance": "Presenoldeb",
    "Behaviour": "Ymddygiad",
    # who: owners and roles
    "Pupil": "Disgybl",
    "Carer": "Gofalwr",
    "Foster carer": "Gofalwr maeth",
    "Social worker": "Gweithiwr cymdeithasol",
    "Designated teacher": "Athro dynodedig",
    "Virtual School officer": "Swyddog yr Ysgol Rithwir",
    "Virtual School Head": "Pennaeth yr Ysgol Rithwir",
    "Form tutor": "Tiwtor dosbarth",
    "Teaching assistant": "Cynorthwyydd addysgu",
    "SENCo": "Cydlynydd ADY",
    "ALNCo": "Cydlynydd ADY",
    "Independent reviewing officer": "Swyddog adolygu annibynnol",
    # interventions
    "Small-group literacy": "Llythrennedd mewn grŵp bach",
    "Small-group numeracy": "Rhifedd mewn grŵp bach",
    "Mentoring": "Mentora",
    # places
    "School library": "Llyfrgell yr ysgol",
    "Ystafell gyfarfod": "Ystafell gyfarfod",
    "Online (Teams)": "Ar-lein (Teams)",
    # funding categories (stored as codes)
    "tuition": "Tiwtora",
    "enrichment": "Cyfoethogi",
    "equipment": "Offer",
    "wellbeing": "Lles",
    "transport": "Cludiant",
    # attainment scales
    "GCSE grade (9–1)": "Gradd TGAU (9–1)",
    "School steps (1–9)": "Camau'r ysgol (1–9)",
    # authorities
    "Cardiff": "Caerdydd",
    "Swansea": "Abertawe",
    "Bristol": "Bryste",
    "Shropshire": "Swydd Amwythig",
    "Gwynedd": "Gwynedd",
    "Powys": "Powys",
}
#: Codes whose English reading is not the code itself (funding categories).
ENGLISH_NAMES: Final[dict[str, str]] = {
    "tuition": "Tuition",
    "enrichment": "Enrichment",
    "equipment": "Equipment",
    "wellbeing": "Wellbeing",
    "transport": "Transport",
}
#: The grant, by the profile's short name: (English, Welsh short, Welsh in full).
GRANTS: Final[dict[str, tuple[str, str]]] = {
    "PDG-LAC": ("PDG-LAC", "GDD"),
}
GRANT_IN_FULL: Final[dict[str, tuple[str, str]]] = {
    "PDG-LAC": (
        "Pupil Development Grant for looked-after children (PDG-LAC)",
        "Grant Datblygu Disgyblion i blant sy'n derbyn gofal (GDD)",
    ),
}
_FREQUENCY: Final = re.compile(r"^(\d+) × (daily|weekly|fortnightly|termly)$")
_PERIODS: Final = {
    "daily": "y dydd",
    "weekly": "yr wythnos",
    "fortnightly": "y pythefnos",
    "termly": "y tymor",
}


def value(labels: Labels, recorded: str) -> str:
    """A list value in the pack's language; anything else exactly as recorded."""
    key = recorded.strip()
    english = ENGLISH_NAMES.get(key, key)
    welsh = VALUES.get(key)
    if welsh is None:
        frequency = _FREQUENCY.match(key)
        if frequency is None:
            return recorded
        welsh = f"{frequency[1]} × {_PERIODS[frequency[2]]}"
    return labels.pick(english, welsh)


#: Pupil Premium Plus and PDG-LAC are school-age grants (PDG-LAC also funds nursery places
#: in Wales); England's early-years children have the Early Years Pupil Premium, and a
#: post-16 young person's support comes from the Virtual School's own budget. A pack that
#: put "PP+ funding" on a post-16 agenda would tell the meeting to ask for money that
#: does not exist.
POST16_GRANT: Final = ("Virtual School", "Ysgol Rithwir")
EARLY_YEARS_GRANTS: Final[dict[str, str]] = {"england": "EYPP"}


def grant_for(labels: Labels, grant_name: str, country: str, phase: str) -> str:
    """The grant a plan of ``phase`` draws on, in the pack's language."""
    if phase == "post-16":
        return labels.pick(*POST16_GRANT)
    if phase == "early-years" and country in EARLY_YEARS_GRANTS:
        return EARLY_YEARS_GRANTS[country]
    return grant(labels, grant_name)


def grant(labels: Labels, name: str, in_full: bool = False) -> str:
    """The profile's grant, as Welsh readers know it (GDD, never PDG-LAC, in Welsh)."""
    table = GRANT_IN_FULL if in_full else GRANTS
    english, welsh = table.get(name, (name, name))
    return labels.pick(english, welsh)
