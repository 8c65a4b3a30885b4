"""Labels for the editor's tabs, fields and choices, in the teacher's language.

The model names its fields in code (``success_measure``); this table gives each a label in
English, marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects it and the Welsh
comes from the translation file (terms from the glossary, as the packs print them). A field
the table does not know yet (a section added to the model later) shows its name made
readable ("success measure"), so it is never missing from the editor, only untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Fields"

TABS: dict[str, object] = {
    "pupil": QT_TRANSLATE_NOOP("Fields", "Pupil and placement"),
    "safeguarding": QT_TRANSLATE_NOOP("Fields", "Safeguarding"),
    "attendance": QT_TRANSLATE_NOOP("Fields", "Attendance and exclusions"),
    "attainment": QT_TRANSLATE_NOOP("Fields", "Attainment and progress"),
    "targets": QT_TRANSLATE_NOOP("Fields", "Targets"),
    "actions": QT_TRANSLATE_NOOP("Fields", "Actions"),
    "voice": QT_TRANSLATE_NOOP("Fields", "Pupil and carer voice"),
    "aln": QT_TRANSLATE_NOOP("Fields", "ALN"),
    "funding": QT_TRANSLATE_NOOP("Fields", "PDG-LAC funding"),
    "wellbeing": QT_TRANSLATE_NOOP("Fields", "Wellbeing"),
    "meetings": QT_TRANSLATE_NOOP("Fields", "Meetings"),
    "transition": QT_TRANSLATE_NOOP("Fields", "Transition"),
    "qa": QT_TRANSLATE_NOOP("Fields", "Quality assurance"),
    # collections that sit inside a tab
    "interventions": QT_TRANSLATE_NOOP("Fields", "Interventions"),
    "attendees": QT_TRANSLATE_NOOP("Fields", "Attendees"),
}

FIELDS: dict[str, object] = {
    "pupil.given_name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "pupil.family_name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "pupil.date_of_birth": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "pupil.upn": QT_TRANSLATE_NOOP("Fields", "Unique pupil number (UPN)"),
    "pupil.home_authority": QT_TRANSLATE_NOOP("Fields", "Home local authority"),
    "pupil.school": QT_TRANSLATE_NOOP("Fields", "School"),
    "pupil.year_group": QT_TRANSLATE_NOOP("Fields", "Year group"),
    "pupil.legal_status": QT_TRANSLATE_NOOP("Fields", "Legal status"),
    "pupil.entered_care": QT_TRANSLATE_NOOP("Fields", "Entered care"),
    "pupil.joined_school": QT_TRANSLATE_NOOP("Fields", "Joined the school"),
    "pupil.last_significant_change": QT_TRANSLATE_NOOP("Fields", "Last significant change"),
    "pupil.care_review": QT_TRANSLATE_NOOP("Fields", "Next care review"),
    "pupil.placement_type": QT_TRANSLATE_NOOP("Fields", "Placement type"),
    "pupil.social_worker": QT_TRANSLATE_NOOP("Fields", "Social worker"),
    "pupil.aln_status": QT_TRANSLATE_NOOP("Fields", "ALN status"),
    "pupil.first_language": QT_TRANSLATE_NOOP("Fields", "First language"),
    "pupil.cohort": QT_TRANSLATE_NOOP("Fields", "Cohort"),
    "safeguarding.placement_address": QT_TRANSLATE_NOOP("Fields", "Placement address"),
    "safeguarding.carer_name": QT_TRANSLATE_NOOP("Fields", "Carer"),
    "safeguarding.carer_address": QT_TRANSLATE_NOOP("Fields", "Carer's address"),
    "safeguarding.carer_phone": QT_TRANSLATE_NOOP("Fields", "Carer's phone"),
    "safeguarding.parental_responsibility": QT_TRANSLATE_NOOP("Fields", "Parental responsibility"),
    "safeguarding.may_receive_information": QT_TRANSLATE_NOOP("Fields", "May receive information"),
    "safeguarding.no_contact": QT_TRANSLATE_NOOP("Fields", "Must not have contact"),
    "plan.term": QT_TRANSLATE_NOOP("Fields", "Term"),
    "plan.status": QT_TRANSLATE_NOOP("Fields", "Plan status"),
    "plan.status_reason": QT_TRANSLATE_NOOP("Fields", "Reason for the status"),
    "plan.next_meeting": QT_TRANSLATE_NOOP("Fields", "Next meeting"),
    "plan.aln_summary": QT_TRANSLATE_NOOP("Fields", "ALN summary"),
    "attendance.percent": QT_TRANSLATE_NOOP("Fields", "Attendance (%)"),
    "attendance.sessions_missed": QT_TRANSLATE_NOOP("Fields", "Sessions missed"),
    "attendance.exclusions": QT_TRANSLATE_NOOP("Fields", "Exclusions"),
    "attendance.exclusion_days": QT_TRANSLATE_NOOP("Fields", "Days excluded"),
    "attainment.<id>.subject": QT_TRANSLATE_NOOP("Fields", "Subject or area"),
    "attainment.<id>.current": QT_TRANSLATE_NOOP("Fields", "Current"),
    "attainment.<id>.expected": QT_TRANSLATE_NOOP("Fields", "Expected"),
    "attainment.<id>.target": QT_TRANSLATE_NOOP("Fields", "Target"),
    "wellbeing.sdq_score": QT_TRANSLATE_NOOP("Fields", "SDQ total difficulties score"),
    "wellbeing.sdq_date": QT_TRANSLATE_NOOP("Fields", "SDQ date"),
    "wellbeing.notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "voice.pupil": QT_TRANSLATE_NOOP("Fields", "Pupil voice"),
    "voice.carer": QT_TRANSLATE_NOOP("Fields", "Carer voice"),
    "targets.<id>.description": QT_TRANSLATE_NOOP("Fields", "Target"),
    "targets.<id>.area": QT_TRANSLATE_NOOP("Fields", "Area"),
    "targets.<id>.success_measure": QT_TRANSLATE_NOOP("Fields", "Success measure"),
    "targets.<id>.owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "targets.<id>.due": QT_TRANSLATE_NOOP("Fields", "Due"),
    "targets.<id>.progress": QT_TRANSLATE_NOOP("Fields", "Progress"),
    "targets.<id>.set_on": QT_TRANSLATE_NOOP("Fields", "Set on"),
    "actions.<id>.description": QT_TRANSLATE_NOOP("Fields", "Action"),
    "actions.<id>.owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "actions.<id>.due": QT_TRANSLATE_NOOP("Fields", "Due"),
    "actions.<id>.done": QT_TRANSLATE_NOOP("Fields", "Done"),
    "actions.<id>.done_on": QT_TRANSLATE_NOOP("Fields", "Done on"),
    "funding.<id>.amount": QT_TRANSLATE_NOOP("Fields", "Amount (£)"),
    "funding.<id>.purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "funding.<id>.category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "funding.<id>.target_id": QT_TRANSLATE_NOOP("Fields", "Linked target"),
    "funding.<id>.decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "funding.<id>.approved_amount": QT_TRANSLATE_NOOP("Fields", "Approved (£)"),
    "meetings.<id>.date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "meetings.<id>.place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "meetings.<id>.minutes": QT_TRANSLATE_NOOP("Fields", "Minutes"),
    "meetings.<id>.attendees.<id>.name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "meetings.<id>.attendees.<id>.role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "meetings.<id>.attendees.<id>.presence": QT_TRANSLATE_NOOP("Fields", "Attendance"),
    "interventions.<id>.what": QT_TRANSLATE_NOOP("Fields", "What"),
    "interventions.<id>.who": QT_TRANSLATE_NOOP("Fields", "Who"),
    "interventions.<id>.frequency": QT_TRANSLATE_NOOP("Fields", "How often"),
    "transition.aspirations": QT_TRANSLATE_NOOP("Fields", "Aspirations"),
    "transition.careers_advice": QT_TRANSLATE_NOOP("Fields", "Careers advice"),
    "qa.rating": QT_TRANSLATE_NOOP("Fields", "Rating"),
    "qa.comments": QT_TRANSLATE_NOOP("Fields", "Comments"),
    "qa.assured_by": QT_TRANSLATE_NOOP("Fields", "Assured by"),
    "qa.assured_on": QT_TRANSLATE_NOOP("Fields", "Assured on"),
}

CHOICES: dict[str, object] = {
    "red": QT_TRANSLATE_NOOP("Fields", "Red"),
    "amber": QT_TRANSLATE_NOOP("Fields", "Amber"),
    "green": QT_TRANSLATE_NOOP("Fields", "Green"),
    "invited": QT_TRANSLATE_NOOP("Fields", "Invited"),
    "present": QT_TRANSLATE_NOOP("Fields", "Present"),
    "apologies": QT_TRANSLATE_NOOP("Fields", "Apologies"),
    "pending": QT_TRANSLATE_NOOP("Fields", "Pending"),
    "approved": QT_TRANSLATE_NOOP("Fields", "Approved"),
    "declined": QT_TRANSLATE_NOOP("Fields", "Declined"),
    "care-order": QT_TRANSLATE_NOOP("Fields", "Care order"),
    "interim-care-order": QT_TRANSLATE_NOOP("Fields", "Interim care order"),
    "voluntary-accommodation": QT_TRANSLATE_NOOP("Fields", "Voluntary accommodation"),
    "placement-order": QT_TRANSLATE_NOOP("Fields", "Placement order"),
    "remand": QT_TRANSLATE_NOOP("Fields", "Remand"),
    "special-guardianship": QT_TRANSLATE_NOOP("Fields", "Special guardianship"),
    "adoption-order": QT_TRANSLATE_NOOP("Fields", "Adoption order"),
    "foster": QT_TRANSLATE_NOOP("Fields", "Foster care"),
    "kinship": QT_TRANSLATE_NOOP("Fields", "Kinship care"),
    "residential": QT_TRANSLATE_NOOP("Fields", "Residential care"),
    "placed-with-parents": QT_TRANSLATE_NOOP("Fields", "Placed with parents"),
    "independent": QT_TRANSLATE_NOOP("Fields", "Independent living"),
    "secure": QT_TRANSLATE_NOOP("Fields", "Secure accommodation"),
    "none": QT_TRANSLATE_NOOP("Fields", "None"),
    "aln-idp": QT_TRANSLATE_NOOP("Fields", "ALN with an IDP"),
    "sen-support": QT_TRANSLATE_NOOP("Fields", "SEN support"),
    "ehcp": QT_TRANSLATE_NOOP("Fields", "EHCP"),
    "welsh": QT_TRANSLATE_NOOP("Fields", "Welsh"),
    "english": QT_TRANSLATE_NOOP("Fields", "English"),
    "other": QT_TRANSLATE_NOOP("Fields", "Other"),
    "looked-after": QT_TRANSLATE_NOOP("Fields", "Looked after"),
    "previously-looked-after": QT_TRANSLATE_NOOP("Fields", "Previously looked after"),
    "with-social-worker": QT_TRANSLATE_NOOP("Fields", "With a social worker"),
    "kinship-care": QT_TRANSLATE_NOOP("Fields", "Kinship care"),
}


def _readable(name: str) -> str:
    return name.replace("_", " ").replace("-", " ").capitalize()


def tab_title(key: str) -> str:
    english = TABS.get(key)
    if english is None:
        return _readable(key.rsplit(".", 1)[-1])
    return QCoreApplication.translate(CONTEXT, str(english))


def field_label(template: str) -> str:
    english = FIELDS.get(template)
    if english is None:
        return _readable(template.rsplit(".", 1)[-1])
    return QCoreApplication.translate(CONTEXT, str(english))


def choice_label(code: str) -> str:
    """Plan statuses come from ``vsdesk.ui.labels``; other codes from this table."""
    from vsdesk.ui.labels import PLAN_STATUS, plan_status

    if code in PLAN_STATUS:
        return plan_status(code)
    english = CHOICES.get(code)
    return code if english is None else QCoreApplication.translate(CONTEXT, str(english))
