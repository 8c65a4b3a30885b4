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
    # Not a grant's name: PDG-LAC, PP+, EYPP or none (post-16) by country and phase.
    "funding": QT_TRANSLATE_NOOP("Fields", "Funding requests"),
    "wellbeing": QT_TRANSLATE_NOOP("Fields", "Wellbeing"),
    "meetings": QT_TRANSLATE_NOOP("Fields", "Meetings"),
    "transition": QT_TRANSLATE_NOOP("Fields", "Transition"),
    "early_years": QT_TRANSLATE_NOOP("Fields", "Early years"),
    "post16": QT_TRANSLATE_NOOP("Fields", "Post-16"),
    "circumstances": QT_TRANSLATE_NOOP("Fields", "Circumstances"),
    "alternative_provision": QT_TRANSLATE_NOOP(
        "Fields", "Alternative provision or reduced timetable"
    ),
    "missing_education": QT_TRANSLATE_NOOP("Fields", "Child missing education"),
    "qa": QT_TRANSLATE_NOOP("Fields", "Quality assurance"),
    # collections that sit inside a tab
    "interventions": QT_TRANSLATE_NOOP("Fields", "Interventions"),
    "attendees": QT_TRANSLATE_NOOP("Fields", "Attendees"),
    "development": QT_TRANSLATE_NOOP("Fields", "Development by area of learning"),
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
    "transition.moving_to": QT_TRANSLATE_NOOP("Fields", "Moving to"),
    "transition.move_date": QT_TRANSLATE_NOOP("Fields", "Date of the move"),
    "transition.support": QT_TRANSLATE_NOOP("Fields", "Support for the move"),
    "transition.information_shared": QT_TRANSLATE_NOOP(
        "Fields", "PEP shared with the next setting on"
    ),
    "pupil.year_group_offset": QT_TRANSLATE_NOOP("Fields", "Years out of year group"),
    "pupil.emergency_placement": QT_TRANSLATE_NOOP("Fields", "Emergency placement"),
    "attendance.sessions_possible": QT_TRANSLATE_NOOP("Fields", "Sessions possible"),
    "attainment.<id>.scale": QT_TRANSLATE_NOOP("Fields", "Scale"),
    "targets.<id>.outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "funding.<id>.spent": QT_TRANSLATE_NOOP("Fields", "Spent (£)"),
    "funding.<id>.impact": QT_TRANSLATE_NOOP("Fields", "Impact"),
    "meetings.<id>.time": QT_TRANSLATE_NOOP("Fields", "Time"),
    "meetings.<id>.chair": QT_TRANSLATE_NOOP("Fields", "Chair"),
    "early_years.setting": QT_TRANSLATE_NOOP("Fields", "Setting"),
    "early_years.setting_type": QT_TRANSLATE_NOOP("Fields", "Type of setting"),
    "early_years.funded_hours": QT_TRANSLATE_NOOP("Fields", "Funded hours taken (a week)"),
    "early_years.funded_hours_entitled": QT_TRANSLATE_NOOP(
        "Fields", "Funded hours entitled (a week)"
    ),
    "early_years.development.<id>.progress": QT_TRANSLATE_NOOP("Fields", "Progress"),
    "early_years.development.<id>.notes": QT_TRANSLATE_NOOP("Fields", "What the setting sees"),
    "early_years.early_years_funding": QT_TRANSLATE_NOOP(
        "Fields", "Early Years Pupil Premium or Development Grant"
    ),
    "early_years.speech_language": QT_TRANSLATE_NOOP("Fields", "Speech and language"),
    "early_years.speech_language_notes": QT_TRANSLATE_NOOP("Fields", "Speech and language notes"),
    "post16.provider": QT_TRANSLATE_NOOP("Fields", "Provider"),
    "post16.provider_type": QT_TRANSLATE_NOOP("Fields", "Type of provider"),
    "post16.course": QT_TRANSLATE_NOOP("Fields", "Course"),
    "post16.level": QT_TRANSLATE_NOOP("Fields", "Level"),
    "post16.qualifications": QT_TRANSLATE_NOOP("Fields", "Qualifications the course leads to"),
    "post16.eet_status": QT_TRANSLATE_NOOP("Fields", "Education, employment or training"),
    "post16.eet_since": QT_TRANSLATE_NOOP("Fields", "Since"),
    "post16.bursary": QT_TRANSLATE_NOOP("Fields", "16–19 Bursary or EMA"),
    "post16.careers_guidance": QT_TRANSLATE_NOOP("Fields", "Careers guidance"),
    "post16.next_steps": QT_TRANSLATE_NOOP("Fields", "Next steps"),
    "post16.pathway_plan_education": QT_TRANSLATE_NOOP("Fields", "Education in the pathway plan"),
    "post16.attendance_percent": QT_TRANSLATE_NOOP("Fields", "Attendance at the provider (%)"),
    "post16.attendance_basis": QT_TRANSLATE_NOOP("Fields", "Attendance counted by"),
    "post16.attendance_reported_on": QT_TRANSLATE_NOOP("Fields", "Attendance reported on"),
    "alternative_provision.arrangement": QT_TRANSLATE_NOOP("Fields", "Arrangement"),
    "alternative_provision.provider": QT_TRANSLATE_NOOP("Fields", "Provider"),
    "alternative_provision.hours_per_week": QT_TRANSLATE_NOOP("Fields", "Hours a week"),
    "alternative_provision.started": QT_TRANSLATE_NOOP("Fields", "Started"),
    "alternative_provision.review_date": QT_TRANSLATE_NOOP("Fields", "Review date"),
    "alternative_provision.ended": QT_TRANSLATE_NOOP("Fields", "Ended"),
    "alternative_provision.reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "alternative_provision.plan_to_return": QT_TRANSLATE_NOOP(
        "Fields", "Plan to return to a full timetable"
    ),
    "missing_education.missing_since": QT_TRANSLATE_NOOP("Fields", "Missing education since"),
    "missing_education.reported_on": QT_TRANSLATE_NOOP("Fields", "Reported to the authority on"),
    "missing_education.actions": QT_TRANSLATE_NOOP("Fields", "What is being done"),
    "missing_education.resolved_on": QT_TRANSLATE_NOOP("Fields", "Back in education on"),
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
    "met": QT_TRANSLATE_NOOP("Fields", "Met"),
    "partly-met": QT_TRANSLATE_NOOP("Fields", "Partly met"),
    "not-met": QT_TRANSLATE_NOOP("Fields", "Not met"),
    "nursery": QT_TRANSLATE_NOOP("Fields", "Nursery"),
    "childminder": QT_TRANSLATE_NOOP("Fields", "Childminder"),
    "school-nursery": QT_TRANSLATE_NOOP("Fields", "School nursery class"),
    "not-on-track": QT_TRANSLATE_NOOP("Fields", "Not on track"),
    "on-track": QT_TRANSLATE_NOOP("Fields", "On track"),
    "exceeding": QT_TRANSLATE_NOOP("Fields", "Exceeding"),
    "not-eligible": QT_TRANSLATE_NOOP("Fields", "Not eligible"),
    "not-claimed": QT_TRANSLATE_NOOP("Fields", "Eligible, not claimed"),
    "claimed": QT_TRANSLATE_NOOP("Fields", "Claimed"),
    "no-concerns": QT_TRANSLATE_NOOP("Fields", "No concerns"),
    "monitoring": QT_TRANSLATE_NOOP("Fields", "Monitoring"),
    "referred": QT_TRANSLATE_NOOP("Fields", "Referred"),
    "receiving-support": QT_TRANSLATE_NOOP("Fields", "Receiving support"),
    "sixth-form": QT_TRANSLATE_NOOP("Fields", "Sixth form"),
    "college": QT_TRANSLATE_NOOP("Fields", "College"),
    "training-provider": QT_TRANSLATE_NOOP("Fields", "Training provider"),
    "employer": QT_TRANSLATE_NOOP("Fields", "Employer"),
    "entry": QT_TRANSLATE_NOOP("Fields", "Entry level"),
    "1": QT_TRANSLATE_NOOP("Fields", "Level 1"),
    "2": QT_TRANSLATE_NOOP("Fields", "Level 2"),
    "3": QT_TRANSLATE_NOOP("Fields", "Level 3"),
    "4-plus": QT_TRANSLATE_NOOP("Fields", "Level 4 or above"),
    "education": QT_TRANSLATE_NOOP("Fields", "In education"),
    "employment": QT_TRANSLATE_NOOP("Fields", "In employment"),
    "training": QT_TRANSLATE_NOOP("Fields", "In training"),
    "neet": QT_TRANSLATE_NOOP("Fields", "Not in education, employment or training (NEET)"),
    "not-applied": QT_TRANSLATE_NOOP("Fields", "Not applied"),
    "applied": QT_TRANSLATE_NOOP("Fields", "Applied"),
    "receiving": QT_TRANSLATE_NOOP("Fields", "Receiving"),
    "alternative-provision": QT_TRANSLATE_NOOP("Fields", "Alternative provision"),
    "reduced-timetable": QT_TRANSLATE_NOOP("Fields", "Reduced timetable"),
}

# The areas of learning of each country's early-years framework
# (:data:`vsdesk.domain.frameworks.EARLY_YEARS_AREAS`), by area id.
AREAS: dict[str, object] = {
    "communication-language": QT_TRANSLATE_NOOP("Fields", "Communication and language"),
    "physical-development": QT_TRANSLATE_NOOP("Fields", "Physical development"),
    "personal-social-emotional": QT_TRANSLATE_NOOP(
        "Fields", "Personal, social and emotional development"
    ),
    "literacy": QT_TRANSLATE_NOOP("Fields", "Literacy"),
    "mathematics": QT_TRANSLATE_NOOP("Fields", "Mathematics"),
    "understanding-world": QT_TRANSLATE_NOOP("Fields", "Understanding the world"),
    "expressive-arts-design": QT_TRANSLATE_NOOP("Fields", "Expressive arts and design"),
    "belonging": QT_TRANSLATE_NOOP("Fields", "Belonging"),
    "communication": QT_TRANSLATE_NOOP("Fields", "Communication"),
    "exploration": QT_TRANSLATE_NOOP("Fields", "Exploration"),
    "wellbeing": QT_TRANSLATE_NOOP("Fields", "Wellbeing"),
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


def area_label(area_id: str) -> str:
    """An early-years area of learning in the teacher's language (unknown ids as they are)."""
    english = AREAS.get(area_id)
    return area_id if english is None else QCoreApplication.translate(CONTEXT, str(english))


def choice_label(code: str) -> str:
    """Plan statuses come from ``vsdesk.ui.labels``; other codes from this table."""
    from vsdesk.ui.labels import PLAN_STATUS, plan_status

    if code in PLAN_STATUS:
        return plan_status(code)
    english = CHOICES.get(code)
    return code if english is None else QCoreApplication.translate(CONTEXT, str(english))
