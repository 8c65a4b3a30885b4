"""The pack's words for the phases of a PEP, in English and Welsh: early years, post-16, and
the circumstance sections (transition, alternative provision, child missing education).

Kept apart from :mod:`vsdesk.packs.labels` only for length; :data:`LABELS` there merges this
table in, so keys, placeholders and the completeness test work the same. Welsh terms follow
``GLOSSARY-cy.md`` and, where it has none, the terms the issue suggests; the whole table wants
a professional translator's review before release.
"""

from __future__ import annotations

from typing import Final

PHASE_LABELS: Final[dict[str, tuple[str, str]]] = {
    # --- section headings --------------------------------------------------------------------
    "sec.early_years": ("Early years", "Y blynyddoedd cynnar"),
    "sec.post16": (
        "Post-16 education, employment or training",
        "Addysg, cyflogaeth neu hyfforddiant ôl-16",
    ),
    "sec.alternative_provision": (
        "Alternative provision or reduced timetable",
        "Darpariaeth amgen neu amserlen ostyngedig",
    ),
    "sec.missing_education": ("Child missing education", "Plentyn sy'n colli addysg"),
    # --- phase and year group (cover) ---------------------------------------------------------
    "phase_year": ("Phase and year group", "Cyfnod a grŵp blwyddyn"),
    "phase.early-years": ("Early years", "Blynyddoedd cynnar"),
    "phase.school-age": ("School age", "Oedran ysgol gorfodol"),
    "phase.post-16": ("Post-16", "Ôl-16"),
    "year.-2": ("Age two (before Nursery)", "Dwy oed (cyn Meithrin)"),
    "year.-1": ("Nursery", "Meithrin"),
    "year.0": ("Reception", "Derbyn"),
    "year.n": ("Year {n}", "Blwyddyn {n}"),
    "year.offset.below": (
        "educated out of year group ({n} below their age group)",
        "yn cael ei addysgu y tu allan i'w grŵp blwyddyn ({n} yn is na'i grŵp oedran)",
    ),
    "year.offset.above": (
        "educated out of year group ({n} above their age group)",
        "yn cael ei addysgu y tu allan i'w grŵp blwyddyn ({n} yn uwch na'i grŵp oedran)",
    ),
    # --- agenda items that change with the phase ----------------------------------------------
    "agenda.early_years": (
        "Development across the early-years areas",
        "Datblygiad ar draws meysydd y blynyddoedd cynnar",
    ),
    "agenda.attendance_post16": (
        "Attendance at the provider and wellbeing",
        "Presenoldeb yn y darparwr a lles",
    ),
    "agenda.post16": (
        "Education, employment or training and next steps",
        "Addysg, cyflogaeth neu hyfforddiant a'r camau nesaf",
    ),
    # --- early years --------------------------------------------------------------------------
    "ey.setting": ("Setting", "Lleoliad"),
    "ey.hours": ("Funded hours", "Oriau wedi'u hariannu"),
    "ey.hours.taken": (
        "{taken} of {entitled} hours a week taken up",
        "{taken} o {entitled} awr yr wythnos wedi'u defnyddio",
    ),
    "ey.hours.only_taken": (
        "{taken} hours a week taken up",
        "{taken} awr yr wythnos wedi'u defnyddio",
    ),
    "ey.funding.england": (
        "Early Years Pupil Premium (EYPP)",
        "Premiwm Disgyblion y Blynyddoedd Cynnar (EYPP)",
    ),
    "ey.funding.wales": (
        "Early Years Pupil Development Grant (EYPDG)",
        "Grant Datblygu Disgyblion y Blynyddoedd Cynnar",
    ),
    "ey.speech": ("Speech and language", "Lleferydd ac iaith"),
    "ey.framework.england": (
        "Development against the Early Years Foundation Stage (EYFS), area by area",
        "Datblygiad yn ôl y Cyfnod Sylfaen Blynyddoedd Cynnar (EYFS), fesul maes",
    ),
    "ey.framework.wales": (
        "Development along the developmental pathways of the Curriculum for funded "
        "non-maintained nursery settings",
        "Datblygiad ar hyd llwybrau datblygiadol y Cwricwlwm ar gyfer lleoliadau meithrin "
        "nas cynhelir a ariennir",
    ),
    "ey.area": ("Area of learning", "Maes dysgu"),
    "ey.pathway": ("Developmental pathway", "Llwybr datblygiadol"),
    "ey.group": ("Kind", "Math"),
    "group.prime": ("Prime area", "Maes sylfaenol"),
    "group.specific": ("Specific area", "Maes penodol"),
    "area.england.communication-language": ("Communication and language", "Cyfathrebu ac iaith"),
    "area.england.physical-development": ("Physical development", "Datblygiad corfforol"),
    "area.england.personal-social-emotional": (
        "Personal, social and emotional development",
        "Datblygiad personol, cymdeithasol ac emosiynol",
    ),
    "area.england.literacy": ("Literacy", "Llythrennedd"),
    "area.england.mathematics": ("Mathematics", "Mathemateg"),
    "area.england.understanding-world": ("Understanding the world", "Deall y byd"),
    "area.england.expressive-arts-design": (
        "Expressive arts and design",
        "Celfyddydau mynegiannol a dylunio",
    ),
    "area.wales.belonging": ("Belonging", "Perthyn"),
    "area.wales.communication": ("Communication", "Cyfathrebu"),
    "area.wales.exploration": ("Exploration", "Archwilio"),
    "area.wales.physical-development": ("Physical development", "Datblygiad corfforol"),
    "area.wales.wellbeing": ("Wellbeing", "Lles"),
    "setting.nursery": ("Nursery", "Meithrinfa"),
    "setting.childminder": ("Childminder", "Gwarchodwr plant"),
    "setting.school-nursery": ("School nursery class", "Dosbarth meithrin ysgol"),
    "devprogress.not-on-track": ("Not on track", "Ddim ar y trywydd iawn"),
    "devprogress.on-track": ("On track", "Ar y trywydd iawn"),
    "devprogress.exceeding": ("Exceeding", "Yn rhagori"),
    "eyfunding.not-eligible": ("Not eligible", "Ddim yn gymwys"),
    "eyfunding.not-claimed": ("Eligible, not claimed", "Yn gymwys, heb ei hawlio"),
    "eyfunding.claimed": ("Claimed", "Wedi'i hawlio"),
    "speech.no-concerns": ("No concerns", "Dim pryderon"),
    "speech.monitoring": ("Being monitored", "Yn cael ei fonitro"),
    "speech.referred": ("Referred", "Wedi'i atgyfeirio"),
    "speech.receiving-support": ("Receiving support", "Yn cael cymorth"),
    # --- post-16 ------------------------------------------------------------------------------
    "p16.status": (
        "Education, employment or training",
        "Addysg, cyflogaeth neu hyfforddiant",
    ),
    "p16.since": ("{status} since {date}", "{status} ers {date}"),
    "p16.provider": ("Provider", "Darparwr"),
    "p16.course": ("Course", "Cwrs"),
    "p16.last_provider": ("Last provider", "Darparwr diwethaf"),
    "p16.last_course": ("Last course", "Cwrs diwethaf"),
    "p16.level": ("Level", "Lefel"),
    "p16.qualifications": ("Qualifications aimed at", "Cymwysterau'r nod"),
    "p16.careers": ("Careers guidance", "Cyfarwyddyd gyrfaoedd"),
    "p16.next_steps": ("Next steps", "Camau nesaf"),
    "p16.pathway": ("Pathway plan: education", "Cynllun llwybr: addysg"),
    "p16.attendance": (
        "Attendance, as the provider reports it",
        "Presenoldeb, fel y mae'r darparwr yn ei adrodd",
    ),
    "p16.attendance.value": (
        "{percent} ({basis}; reported {date})",
        "{percent} ({basis}; adroddwyd {date})",
    ),
    "p16.basis.none": ("basis not recorded", "sail heb ei chofnodi"),
    "bursary.england": ("16–19 Bursary", "Bwrsariaeth 16–19"),
    "bursary.wales": (
        "Education Maintenance Allowance (EMA)",
        "Lwfans Cynhaliaeth Addysg (LCA)",
    ),
    "eet.education": ("In education", "Mewn addysg"),
    "eet.employment": ("In employment", "Mewn cyflogaeth"),
    "eet.training": ("In training", "Mewn hyfforddiant"),
    "eet.neet": (
        "NEET: not in education, employment or training",
        "NEET (ddim mewn addysg, cyflogaeth na hyfforddiant)",
    ),
    "provider.sixth-form": ("Sixth form", "Chweched dosbarth"),
    "provider.college": ("College", "Coleg"),
    "provider.training-provider": ("Training provider", "Darparwr hyfforddiant"),
    "provider.employer": ("Employer", "Cyflogwr"),
    "level.entry": ("Entry level", "Lefel mynediad"),
    "level.1": ("Level 1", "Lefel 1"),
    "level.2": ("Level 2", "Lefel 2"),
    "level.3": ("Level 3", "Lefel 3"),
    "level.4-plus": ("Level 4 or above", "Lefel 4 neu uwch"),
    "bursarystate.not-applied": ("Not applied for", "Heb wneud cais"),
    "bursarystate.applied": ("Applied for", "Wedi gwneud cais"),
    "bursarystate.receiving": ("Receiving it", "Yn ei dderbyn"),
    "bursarystate.not-eligible": ("Not eligible", "Ddim yn gymwys"),
    # --- transition -------------------------------------------------------------------------
    "tr.moving_to": ("Moving to", "Yn symud i"),
    "tr.move_date": ("Date of the move", "Dyddiad y symud"),
    "tr.support": ("Support for the move", "Cymorth gyda'r symud"),
    "tr.information_shared": (
        "PEP shared with the next setting",
        "CAP wedi'i rannu â'r lleoliad nesaf",
    ),
    "tr.not_yet": ("Not yet", "Ddim eto"),
    # --- alternative provision and reduced timetable ----------------------------------------
    "ap.arrangement": ("Arrangement", "Trefniant"),
    "arrangement.alternative-provision": ("Alternative provision", "Darpariaeth amgen"),
    "arrangement.reduced-timetable": ("Reduced timetable", "Amserlen ostyngedig"),
    "ap.provider": ("Provider", "Darparwr"),
    "ap.hours": ("Hours a week", "Oriau'r wythnos"),
    "ap.started": ("Started", "Dechreuwyd"),
    "ap.review_date": ("Review date", "Dyddiad adolygu"),
    "ap.review_past": (
        "{date}: past its review date",
        "{date}: wedi pasio'i ddyddiad adolygu",
    ),
    "ap.ended": ("Ended", "Daeth i ben"),
    "ap.running": ("Still running", "Yn parhau"),
    "ap.reason": ("Reason", "Rheswm"),
    "ap.plan_to_return": ("Plan to return to full-time", "Cynllun i ddychwelyd yn llawn amser"),
    # --- child missing education -----------------------------------------------------------
    "cme.since": ("Missing education since", "Yn colli addysg ers"),
    "cme.reported": ("Reported to the authority on", "Adroddwyd i'r awdurdod ar"),
    "cme.actions": ("Actions taken", "Camau a gymerwyd"),
    "cme.resolved": ("Resolved on", "Datryswyd ar"),
    "cme.unresolved": ("Not yet resolved", "Heb ei ddatrys eto"),
    # --- summary alerts -----------------------------------------------------------------------
    "sum.neet": (
        "NEET since {date}: not in education, employment or training",
        "NEET ers {date}: ddim mewn addysg, cyflogaeth na hyfforddiant",
    ),
    "sum.cme": (
        "Child missing education since {date}, not yet resolved",
        "Plentyn sy'n colli addysg ers {date}, heb ei ddatrys eto",
    ),
    "sum.deadline.reduced-timetable-review": (
        "Reduced timetable past its review date: was due for review by {date}",
        "Amserlen ostyngedig wedi pasio'i dyddiad adolygu: roedd i'w hadolygu erbyn {date}",
    ),
    "sum.deadline.initial-pep": (
        "Initial PEP overdue: due by {date}",
        "CAP cychwynnol yn hwyr: roedd yn ddyledus erbyn {date}",
    ),
    "sum.deadline.initial-pep.emergency": (
        "Initial PEP after an emergency placement overdue: due by {date}",
        "CAP cychwynnol ar ôl lleoliad brys yn hwyr: roedd yn ddyledus erbyn {date}",
    ),
    "sum.deadline.post-16-review": (
        "Year 11 review planning the move to post-16 overdue: due by {date}",
        "Adolygiad Blwyddyn 11 yn cynllunio'r symud i ôl-16 yn hwyr: roedd yn ddyledus "
        "erbyn {date}",
    ),
    "sum.due.initial-pep": ("Initial PEP due by {date}", "CAP cychwynnol yn ddyledus erbyn {date}"),
    "sum.due.initial-pep.emergency": (
        "Initial PEP after an emergency placement due by {date}",
        "CAP cychwynnol ar ôl lleoliad brys yn ddyledus erbyn {date}",
    ),
    "sum.due.post-16-review": (
        "Year 11 review planning the move to post-16 due by {date} (a meeting from January "
        "with the next setting recorded)",
        "Adolygiad Blwyddyn 11 yn cynllunio'r symud i ôl-16 yn ddyledus erbyn {date} "
        "(cyfarfod o fis Ionawr gyda'r lleoliad nesaf wedi'i gofnodi)",
    ),
}
