"""Every word the meeting pack prints that is not the pupil's own data, in English and Welsh.

One table, keyed, so that a translator reviews one file, a test can check that every key has
both languages, and no heading is ever typed twice. Welsh terms follow
``/work/shared/GLOSSARY-cy.md`` (the Welsh Government's own vocabulary); the whole table
wants a professional translator's review before release, as the Welsh Language Standards
expect.

``both`` prints Welsh first and English beside it (``Presenoldeb / Attendance``), as Welsh
Government documents set bilingual headings. Values in ``{braces}`` are filled by
:meth:`Labels.__call__`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal, get_args

from vsdesk.packs.phase_labels import PHASE_LABELS

Lang = Literal["en", "cy", "both"]
LANGS: Final[tuple[str, ...]] = get_args(Lang)
SEPARATOR: Final = " / "

_CORE_LABELS: Final[dict[str, tuple[str, str]]] = {
    # --- page furniture and metadata ---------------------------------------------------------
    "marking": ("OFFICIAL-SENSITIVE", "SWYDDOGOL-SENSITIF"),
    "page": ("Page {n} of {m}", "Tudalen {n} o {m}"),
    "printed": ("Printed by", "Argraffwyd gan"),
    "running": ("PEP meeting", "Cyfarfod CAP"),
    "doc.title": ("PEP meeting pack", "Pecyn cyfarfod CAP"),
    "doc.subject": (
        "Personal Education Plan (PEP) meeting pack",
        "Pecyn cyfarfod y Cynllun Addysg Personol (CAP)",
    ),
    "banner.sensitive": (
        "Includes safeguarding-sensitive information",
        "Yn cynnwys gwybodaeth ddiogelu sensitif",
    ),
    "banner.sensitive.note": (
        "Keep this copy locked away; do not post it, leave it unattended or share it beyond "
        "the people at the meeting.",
        "Cadwch y copi hwn dan glo; peidiwch â'i bostio, ei adael heb neb yn gofalu amdano na'i "
        "rannu y tu hwnt i'r bobl yn y cyfarfod.",
    ),
    "banner.withheld": (
        "Placement address, carers' contact details and contact restrictions are left out of "
        "this copy.",
        "Mae cyfeiriad y lleoliad, manylion cyswllt y gofalwyr a'r cyfyngiadau cyswllt wedi'u "
        "hepgor o'r copi hwn.",
    ),
    "banner.blank": (
        "Pre-meeting copy: fill in the boxes at the meeting",
        "Copi cyn y cyfarfod: llenwch y blychau yn y cyfarfod",
    ),
    # --- section headings (also the PDF outline) ---------------------------------------------
    "sec.cover": ("Pupil and meeting", "Y disgybl a'r cyfarfod"),
    "sec.safeguarding": ("Safeguarding and contacts", "Diogelu a chysylltiadau"),
    "sec.agenda": ("Agenda", "Agenda"),
    "sec.plan": ("Current plan", "Y cynllun presennol"),
    "sec.attendance": ("Attendance", "Presenoldeb"),
    "sec.exclusions": ("Exclusions", "Gwaharddiadau"),
    "sec.attainment": ("Attainment and progress", "Cyrhaeddiad a chynnydd"),
    "sec.wellbeing": ("Wellbeing", "Lles"),
    "sec.voice": ("Pupil voice and carer voice", "Llais y disgybl a llais y gofalwr"),
    "sec.targets": ("Targets and progress", "Targedau a chynnydd"),
    "sec.actions": ("Actions since the last meeting", "Camau gweithredu ers y cyfarfod diwethaf"),
    "sec.funding": ("{grant} requests and decisions", "Ceisiadau a phenderfyniadau {grant}"),
    "sec.aln.wales": (
        "Additional learning needs (ALN) and IDP",
        "Anghenion dysgu ychwanegol (ADY) a'r CDU",
    ),
    "sec.aln.england": (
        "Special educational needs (SEN) and EHCP",
        "Anghenion addysgol arbennig (AAA) a'r EHCP",
    ),
    "sec.transition": (
        "Transition, aspirations and careers",
        "Pontio, dyheadau a gyrfaoedd",
    ),
    "sec.notes": ("Notes of the meeting", "Nodiadau'r cyfarfod"),
    "sec.new_targets": ("New targets", "Targedau newydd"),
    "sec.new_actions": ("New actions", "Camau gweithredu newydd"),
    "sec.new_funding": ("New {grant} request", "Cais {grant} newydd"),
    "sec.signoff": ("Sign-off", "Llofnodi"),
    # --- summary and next meeting (page 1) ---------------------------------------------------
    "sum.title": ("Summary: for the meeting to discuss", "Crynodeb: i'r cyfarfod ei drafod"),
    "sum.none": (
        "No concerns: attendance, exclusions, dates, pupil voice, funding, quality assurance "
        "and the record's consistency are all in order.",
        "Dim pryderon: mae presenoldeb, gwaharddiadau, dyddiadau, llais y disgybl, cyllid, "
        "sicrhau ansawdd a chysondeb y cofnod i gyd mewn trefn.",
    ),
    "sum.attendance": (
        "Attendance {percent} this term: below 90%, persistent absence",
        "Presenoldeb {percent} y tymor hwn: islaw 90%, absenoldeb parhaus",
    ),
    "sum.exclusion": (
        "Exclusions this term: {count} ({days} days)",
        "Gwaharddiadau y tymor hwn: {count} ({days} diwrnod)",
    ),
    "sum.overdue": (
        "Past their date: {targets} target(s), {actions} action(s)",
        "Wedi pasio'u dyddiad: {targets} targed, {actions} cam gweithredu",
    ),
    "sum.review": (
        "PEP review overdue: due by {date}",
        "Adolygiad y CAP yn hwyr: roedd yn ddyledus erbyn {date}",
    ),
    "sum.voice": (
        "No pupil voice recorded this term",
        "Dim llais y disgybl wedi'i gofnodi y tymor hwn",
    ),
    "sum.unspent": (
        "{grant} approved but not spent: {amount}",
        "{grant} wedi'i gymeradwyo ond heb ei wario: {amount}",
    ),
    "sum.qa": (
        "Last quality assurance: {rating} ({term})",
        "Sicrhau ansawdd diwethaf: {rating} ({term})",
    ),
    "sum.conflict": (
        "Open conflicts with the Virtual School's copy: {count}",
        "Gwrthdaro agored â chopi'r Ysgol Rithwir: {count}",
    ),
    "sum.incons.attendance": (
        "Attendance {percent} does not match the sessions: {missed} missed of {possible} is "
        "{expected}",
        "Nid yw presenoldeb {percent} yn cyfateb i'r sesiynau: {missed} wedi'u colli o "
        "{possible} yw {expected}",
    ),
    "sum.incons.year_group": (
        "Year group {year} does not match the date of birth (Year {expected} this school year)",
        "Nid yw grŵp blwyddyn {year} yn cyfateb i'r dyddiad geni (Blwyddyn {expected} eleni)",
    ),
    "sum.incons.aln": (
        "ALN status and the plan's ALN/IDP summary contradict each other",
        "Mae statws ADY a chrynodeb ADY/CDU y cynllun yn groes i'w gilydd",
    ),
    "sum.incons.meeting_day": (
        "Meeting date {date} is on a weekend, a bank holiday or in a school holiday",
        "Mae dyddiad y cyfarfod {date} ar benwythnos, gŵyl banc neu yn ystod gwyliau ysgol",
    ),
    "next.title": ("Next meeting", "Y cyfarfod nesaf"),
    "meeting_time": ("Time", "Amser"),
    "meeting_chair": ("Chair", "Cadeirydd"),
    # --- cover ----------------------------------------------------------------------------------
    "cover.pupil": ("Pupil", "Disgybl"),
    "cover.meeting": ("Meeting", "Cyfarfod"),
    "cover.attendees": ("Attendees", "Yn bresennol"),
    "name": ("Name", "Enw"),
    "role": ("Role", "Rôl"),
    "date_of_birth": ("Date of birth", "Dyddiad geni"),
    "year_group": ("Year group", "Grŵp blwyddyn"),
    "upn": ("Unique pupil number (UPN)", "Rhif disgybl unigryw (UPN)"),
    "school": ("School", "Ysgol"),
    "home_authority": ("Home local authority", "Awdurdod lleol cartref"),
    "legal_status": ("Legal status", "Statws cyfreithiol"),
    "placement_type": ("Placement type", "Math o leoliad"),
    "entered_care": ("Entered care", "Dechrau derbyn gofal"),
    "social_worker": ("Social worker", "Gweithiwr cymdeithasol"),
    "joined_school": ("Joined this school", "Ymunodd â'r ysgol hon"),
    "care_review": ("Next care review", "Adolygiad gofal nesaf"),
    "first_language": ("First language", "Iaith gyntaf"),
    "cohort": ("Cohort", "Carfan"),
    "meeting_date": ("Meeting date", "Dyddiad y cyfarfod"),
    "meeting_place": ("Place", "Lle'r cyfarfod"),
    "term": ("Term", "Tymor"),
    "presence.invited": ("Invited", "Gwahoddwyd"),
    "presence.present": ("Present", "Yn bresennol"),
    "presence.apologies": ("Apologies", "Ymddiheuriadau"),
    "role.pupil": ("Pupil", "Disgybl"),
    "role.carer": ("Carer", "Gofalwr"),
    "role.social_worker": ("Social worker", "Gweithiwr cymdeithasol"),
    "role.dt": ("Designated teacher", "Athro dynodedig"),
    "role.vso": ("Virtual School officer", "Swyddog yr Ysgol Rithwir"),
    # --- safeguarding (one key per sensitive field of the model) -----------------------------
    "sg.placement_address": ("Placement address", "Cyfeiriad y lleoliad"),
    "sg.carer_name": ("Carer", "Gofalwr"),
    "sg.carer_address": ("Carer's address", "Cyfeiriad y gofalwr"),
    "sg.carer_phone": ("Carer's phone", "Ffôn y gofalwr"),
    "sg.parental_responsibility": ("Parental responsibility", "Cyfrifoldeb rhiant"),
    "sg.may_receive_information": ("May receive information", "Caiff dderbyn gwybodaeth"),
    "sg.no_contact": ("Must not have contact", "Ni chaiff gael cyswllt"),
    # --- agenda ---------------------------------------------------------------------------------
    "agenda.welcome": (
        "Welcome, introductions and apologies",
        "Croeso, cyflwyniadau ac ymddiheuriadau",
    ),
    "agenda.voice": ("The pupil's views and wishes", "Barn a dymuniadau'r disgybl"),
    "agenda.attendance": (
        "Attendance, exclusions and wellbeing",
        "Presenoldeb, gwaharddiadau a lles",
    ),
    "agenda.attainment": ("Attainment and progress", "Cyrhaeddiad a chynnydd"),
    "agenda.targets": ("Review of targets", "Adolygu'r targedau"),
    "agenda.actions": (
        "Actions since the last meeting",
        "Camau gweithredu ers y cyfarfod diwethaf",
    ),
    "agenda.funding": ("{grant} funding", "Cyllid {grant}"),
    "agenda.aln": ("Additional needs", "Anghenion ychwanegol"),
    "agenda.new": ("New targets and actions", "Targedau a chamau gweithredu newydd"),
    "agenda.funding_request": ("New {grant} request", "Cais {grant} newydd"),
    "agenda.aob": ("Any other business", "Unrhyw fater arall"),
    "agenda.next": ("Date of the next meeting", "Dyddiad y cyfarfod nesaf"),
    # --- plan summary ---------------------------------------------------------------------------
    "plan.status": ("Plan status", "Statws y cynllun"),
    "plan.reason": ("Reason given", "Y rheswm a roddwyd"),
    "plan.next_meeting": ("Next meeting", "Cyfarfod nesaf"),
    "plan.counts": (
        "{targets} targets, {actions} actions, {requests} funding requests",
        "{targets} targed, {actions} cam gweithredu, {requests} cais am gyllid",
    ),
    "plan.contents": ("This term's plan", "Cynllun y tymor hwn"),
    "plan.last_qa": ("Last quality assurance", "Sicrhau ansawdd diwethaf"),
    "plan.qa_comments": ("Comments", "Sylwadau"),
    "plan.interventions": ("Interventions", "Ymyriadau"),
    "what": ("What", "Beth"),
    "who": ("Who", "Pwy"),
    "how_often": ("How often", "Pa mor aml"),
    "status.not-started": ("Not started", "Heb ddechrau"),
    "status.in-progress": ("In progress", "Ar waith"),
    "status.ready-for-meeting": ("Ready for the meeting", "Yn barod ar gyfer y cyfarfod"),
    "status.submitted": ("Submitted to the Virtual School", "Wedi'i gyflwyno i'r Ysgol Rithwir"),
    "status.quality-assured": ("Quality-assured", "Wedi'i sicrhau ansawdd"),
    # --- attendance and exclusions ----------------------------------------------------------
    "att.percent": ("Attendance", "Presenoldeb"),
    "att.missed": ("Sessions missed", "Sesiynau a gollwyd"),
    "att.chart": ("Attendance by term (%)", "Presenoldeb fesul tymor (%)"),
    "att.threshold": ("90%: below is persistent absence", "90%: islaw hyn yw absenoldeb parhaus"),
    "att.key": (
        "Dark bar: this term. Pale bars: earlier terms.",
        "Bar tywyll: y tymor hwn. Barrau golau: tymhorau cynt.",
    ),
    "exc.count": ("Exclusions", "Gwaharddiadau"),
    "exc.days": ("Days excluded", "Diwrnodau wedi'u gwahardd"),
    "exc.none": ("No exclusions recorded.", "Dim gwaharddiadau wedi'u cofnodi."),
    "exc.total": (
        "All terms: {count} exclusions, {days} days.",
        "Pob tymor: {count} gwaharddiad, {days} diwrnod.",
    ),
    "total": ("Total", "Cyfanswm"),
    "not_recorded": ("Not recorded", "Heb ei gofnodi"),
    # --- attainment -----------------------------------------------------------------------------
    "subject": ("Subject or area", "Pwnc neu faes"),
    "last_term": ("Last term", "Tymor diwethaf"),
    "current": ("Current", "Presennol"),
    "expected": ("Expected", "Disgwyliedig"),
    "target": ("Target", "Targed"),
    "progress": ("Progress", "Cynnydd"),
    "progress.above": ("Above expected", "Uwchlaw'r disgwyl"),
    "progress.at": ("At expected", "Yn ôl y disgwyl"),
    "progress.below": ("Below expected", "Islaw'r disgwyl"),
    "progress.fall": (
        "Down since last term ({before} → {now})",
        "I lawr ers y tymor diwethaf ({before} → {now})",
    ),
    "scale": ("Scale", "Graddfa"),
    "att.none": (
        "No attainment recorded this term.",
        "Dim cyrhaeddiad wedi'i gofnodi y tymor hwn.",
    ),
    # --- wellbeing ------------------------------------------------------------------------------
    "sdq.score": ("SDQ total difficulties score", "Sgôr anawsterau cyfan yr SDQ"),
    "sdq.date": ("Date completed", "Dyddiad ei gwblhau"),
    "sdq.band": ("Band", "Band"),
    "sdq.chart": (
        "SDQ score by term (0–40, lower is better)",
        "Sgôr SDQ fesul tymor (0–40, gorau po isaf)",
    ),
    "sdq.normal": ("Normal (0–13)", "Arferol (0–13)"),
    "sdq.borderline": ("Borderline (14–16)", "Ffiniol (14–16)"),
    "sdq.concern": ("Cause for concern (17–40)", "Achos pryder (17–40)"),
    "sdq.none": ("No SDQ recorded.", "Dim SDQ wedi'i gofnodi."),
    "notes": ("Notes", "Nodiadau"),
    # --- voice ----------------------------------------------------------------------------------
    "voice.pupil": ("Pupil voice", "Llais y disgybl"),
    "voice.carer": ("Carer voice", "Llais y gofalwr"),
    "voice.none": ("Not yet recorded.", "Heb ei gofnodi eto."),
    # --- targets --------------------------------------------------------------------------------
    "tgt.current": ("This term's targets", "Targedau'r tymor hwn"),
    "tgt.earlier": ("Earlier targets", "Targedau blaenorol"),
    "tgt.none": ("No targets set this term.", "Dim targedau wedi'u gosod y tymor hwn."),
    "area": ("Area", "Maes"),
    "measure": ("Success measure", "Mesur llwyddiant"),
    "owner": ("Who", "Pwy"),
    "due": ("Due", "Erbyn"),
    "rag.red": ("Red — not on track", "Coch — ddim ar y trywydd iawn"),
    "rag.amber": ("Amber — partly on track", "Ambr — rhannol ar y trywydd iawn"),
    "rag.green": ("Green — on track", "Gwyrdd — ar y trywydd iawn"),
    "rag.none": ("Not yet rated", "Heb ei raddio eto"),
    "outcome": ("Outcome", "Canlyniad"),
    "outcome.met": ("Met", "Wedi'i gyflawni"),
    "outcome.partly-met": ("Partly met", "Wedi'i rannol gyflawni"),
    "outcome.not-met": ("Not met", "Heb ei gyflawni"),
    "outcome.none": ("Outcome not recorded", "Dim canlyniad wedi'i gofnodi"),
    "tgt.duplicate": (
        "Duplicate: the same target is set twice this term",
        "Dyblyg: mae'r un targed wedi'i osod ddwywaith y tymor hwn",
    ),
    "tgt.overdue": ("Past its date", "Wedi pasio'i ddyddiad"),
    "tgt.duplicates": (
        "{count} target(s) this term repeat another word for word.",
        "Mae {count} targed y tymor hwn yn ailadrodd un arall air am air.",
    ),
    "word.red": ("Red", "Coch"),
    "word.amber": ("Amber", "Ambr"),
    "word.green": ("Green", "Gwyrdd"),
    # --- actions --------------------------------------------------------------------------------
    "action": ("Action", "Cam gweithredu"),
    "act.status": ("Status on {date}", "Statws ar {date}"),
    "act.since": ("Since the meeting on {date}.", "Ers y cyfarfod ar {date}."),
    "act.first": ("No earlier meeting is recorded.", "Does dim cyfarfod cynt wedi'i gofnodi."),
    "act.done": ("Done {date}", "Wedi'i wneud {date}"),
    "act.overdue": ("Overdue (due {date})", "Yn hwyr (erbyn {date})"),
    "act.open": ("Open (due {date})", "Ar agor (erbyn {date})"),
    "act.none": ("No actions recorded.", "Dim camau gweithredu wedi'u cofnodi."),
    "act.count": (
        "{overdue} of {total} actions overdue on {date}.",
        "{overdue} o {total} cam gweithredu yn hwyr ar {date}.",
    ),
    # --- funding --------------------------------------------------------------------------------
    "fund.purpose": ("Purpose", "Diben"),
    "fund.category": ("Category", "Categori"),
    "fund.target": ("Linked target", "Targed cysylltiedig"),
    "fund.amount": ("Amount", "Swm"),
    "fund.decision": ("Decision", "Penderfyniad"),
    "fund.approved": ("Approved", "Cymeradwywyd"),
    "fund.none": ("No requests recorded.", "Dim ceisiadau wedi'u cofnodi."),
    "fund.spent": ("Spent", "Wedi'i wario"),
    "fund.impact": ("Impact", "Effaith"),
    "fund.linked": ("Target: {target}", "Targed: {target}"),
    "fund.totals": (
        "This term: {requested} requested, {approved} approved. All terms: {all} approved.",
        "Y tymor hwn: cais am {requested}, {approved} wedi'i gymeradwyo. "
        "Pob tymor: {all} wedi'i gymeradwyo.",
    ),
    "decision.pending": ("Pending", "Yn aros"),
    "decision.approved": ("Approved", "Cymeradwywyd"),
    "decision.declined": ("Declined", "Gwrthodwyd"),
    # --- ALN / SEN ------------------------------------------------------------------------------
    "aln.status": ("Status", "Statws"),
    "aln.summary": ("Summary", "Crynodeb"),
    "aln.none.wales": (
        "No additional learning needs recorded",
        "Dim anghenion dysgu ychwanegol wedi'u cofnodi",
    ),
    "aln.none.england": (
        "No special educational needs recorded",
        "Dim anghenion addysgol arbennig wedi'u cofnodi",
    ),
    "aln.aln-idp": (
        "Additional learning needs, with an individual development plan (IDP)",
        "Anghenion dysgu ychwanegol, gyda chynllun datblygu unigol (CDU)",
    ),
    "aln.sen-support": ("SEN support", "Cymorth AAA"),
    "aln.ehcp": (
        "Education, health and care plan (EHCP)",
        "Cynllun addysg, iechyd a gofal (EHCP)",
    ),
    "aln.no_summary": ("No summary recorded.", "Dim crynodeb wedi'i gofnodi."),
    # --- transition -----------------------------------------------------------------------------
    "aspirations": ("Aspirations", "Dyheadau"),
    "careers": ("Careers advice", "Cyngor gyrfaoedd"),
    # --- write-in pages -------------------------------------------------------------------------
    "signature": ("Signature", "Llofnod"),
    "date": ("Date", "Dyddiad"),
    "next.date": ("Date of the next meeting", "Dyddiad y cyfarfod nesaf"),
    # --- identity vocabularies ------------------------------------------------------------------
    "legal.care-order": ("Care order", "Gorchymyn gofal"),
    "legal.interim-care-order": ("Interim care order", "Gorchymyn gofal interim"),
    "legal.voluntary-accommodation": ("Voluntary accommodation", "Llety gwirfoddol"),
    "legal.placement-order": ("Placement order", "Gorchymyn lleoli"),
    "legal.remand": ("Remand", "Remánd"),
    "legal.special-guardianship": ("Special guardianship", "Gwarcheidiaeth arbennig"),
    "legal.adoption-order": ("Adoption order", "Gorchymyn mabwysiadu"),
    "placement.foster": ("Foster care", "Gofal maeth"),
    "placement.kinship": ("Kinship care", "Gofal gan berthnasau"),
    "placement.residential": ("Residential care", "Gofal preswyl"),
    "placement.placed-with-parents": ("Placed with parents", "Wedi'i leoli gyda rhieni"),
    "placement.independent": ("Independent living", "Byw'n annibynnol"),
    "placement.secure": ("Secure accommodation", "Llety diogel"),
    "language.welsh": ("Welsh", "Cymraeg"),
    "language.english": ("English", "Saesneg"),
    "language.other": ("Other", "Arall"),
    "cohort.looked-after": ("Looked after", "Yn derbyn gofal"),
    "cohort.previously-looked-after": ("Previously looked after", "Wedi derbyn gofal o'r blaen"),
    "cohort.with-social-worker": ("With a social worker", "Gyda gweithiwr cymdeithasol"),
    "cohort.kinship-care": ("Kinship care", "Gofal gan berthnasau"),
    # --- calendar -------------------------------------------------------------------------------
    "season.spring": ("Spring", "Tymor y Gwanwyn"),
    "season.summer": ("Summer", "Tymor yr Haf"),
    "season.autumn": ("Autumn", "Tymor yr Hydref"),
    "season.short.spring": ("Spr", "Gwa"),
    "season.short.summer": ("Sum", "Haf"),
    "season.short.autumn": ("Aut", "Hyd"),
    "month.1": ("January", "Ionawr"),
    "month.2": ("February", "Chwefror"),
    "month.3": ("March", "Mawrth"),
    "month.4": ("April", "Ebrill"),
    "month.5": ("May", "Mai"),
    "month.6": ("June", "Mehefin"),
    "month.7": ("July", "Gorffennaf"),
    "month.8": ("August", "Awst"),
    "month.9": ("September", "Medi"),
    "month.10": ("October", "Hydref"),
    "month.11": ("November", "Tachwedd"),
    "month.12": ("December", "Rhagfyr"),
}
#: Every label: the core table and the phases' (early years, post-16, circumstances).
LABELS: Final[dict[str, tuple[str, str]]] = {**_CORE_LABELS, **PHASE_LABELS}

#: Section headings in the order the pack prints them (the outline follows this order).
SECTION_KEYS: Final = (
    "sec.cover",
    "sec.safeguarding",
    "sec.agenda",
    "sec.plan",
    "sec.attendance",
    "sec.exclusions",
    "sec.alternative_provision",
    "sec.missing_education",
    "sec.attainment",
    "sec.early_years",
    "sec.post16",
    "sec.wellbeing",
    "sec.voice",
    "sec.targets",
    "sec.actions",
    "sec.funding",
    "sec.aln.wales",
    "sec.aln.england",
    "sec.transition",
    "sec.notes",
    "sec.new_targets",
    "sec.new_actions",
    "sec.new_funding",
    "sec.signoff",
)

#: Sections only some packs print: the phase's own (early years, post-16) and the
#: circumstance sections printed only when they hold data.
PHASE_SECTION_KEYS: Final = (
    "sec.alternative_provision",
    "sec.missing_education",
    "sec.early_years",
    "sec.post16",
)


@dataclass(frozen=True)
class Labels:
    """The label table seen through one language choice."""

    lang: Lang

    def __call__(self, key: str, **values: object) -> str:
        """The label for ``key`` with ``{values}`` filled; ``both`` joins Welsh then English."""
        english, welsh = LABELS[key]
        return self.pick(english.format(**values), welsh.format(**values))

    def nested(self, key: str, slot: str, inner: str, **values: object) -> str:
        """``key`` with ``{slot}`` filled by the label ``inner`` *in the same language*, so a
        bilingual pack reads "NEET (…) ers 12/10/2026 / NEET: … since 12/10/2026" rather
        than nesting one bilingual label inside another."""
        (english, welsh), (inner_en, inner_cy) = LABELS[key], LABELS[inner]
        return self.pick(
            english.format(**{slot: inner_en}, **values),
            welsh.format(**{slot: inner_cy}, **values),
        )

    def pick(self, english: str, welsh: str) -> str:
        """Choose between (or join) two renderings that were built outside the table."""
        if self.lang == "en":
            return english
        if self.lang == "cy" or english == welsh:
            return welsh
        return f"{welsh}{SEPARATOR}{english}"

    def lines(self, key: str, **values: object) -> list[str]:
        """The label as separate lines, Welsh first: for titles too long to join."""
        english, welsh = (text.format(**values) for text in LABELS[key])
        chosen = {"en": [english], "cy": [welsh], "both": [welsh, english]}[self.lang]
        return chosen if english != welsh else [welsh]

    @property
    def pdf_lang(self) -> str:
        """The document's ``/Lang``: a bilingual pack leads with Welsh, so it is marked Welsh."""
        return "en-GB" if self.lang == "en" else "cy-GB"
