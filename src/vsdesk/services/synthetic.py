"""Fictional pupils from a seeded generator: the only pupils tests, demos and docs may show.

The same seed always gives the same world, so a screenshot, a benchmark or a failing test can
be made again. Names mix Welsh and English (with ŵ, ŷ and â on purpose, to catch encoding and
font faults); every school, carer and address is invented.

The world behaves like real schools: the year group follows the date of birth (1 September
cut-off), a pupil's school is of the phase their age needs, meetings fall on school days in
term (:mod:`vsdesk.domain.school_calendar`), some Welsh pupils have Welsh as their first
language, attendance agrees with the sessions missed, and the record passes the consistency
rules of :mod:`vsdesk.domain.consistency`.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from vsdesk.domain.consistency import school_year_of_term
from vsdesk.domain.model import (
    Action,
    Attendance,
    Attendee,
    FundingRequest,
    Identity,
    Intervention,
    Meeting,
    Plan,
    PlanMeta,
    Pupil,
    QualityAssurance,
    Safeguarding,
    SubjectAttainment,
    Target,
    Transition,
    Voice,
    Wellbeing,
)
from vsdesk.domain.profiles import AuthorityProfile, default_profile
from vsdesk.domain.school_calendar import next_school_day, year_group_for
from vsdesk.domain.terms import SEASONS, parse_term, previous_term, term_of
from vsdesk.domain.workflow import PlanStatus
from vsdesk.services.synthetic_phases import PhaseShaper


@dataclass(frozen=True)
class Authority:
    id: str
    name: str
    country: str


AUTHORITIES = (
    Authority("cardiff", "Cardiff", "wales"),
    Authority("gwynedd", "Gwynedd", "wales"),
    Authority("powys", "Powys", "wales"),
    Authority("swansea", "Swansea", "wales"),
    Authority("bristol", "Bristol", "england"),
    Authority("shropshire", "Shropshire", "england"),
)
#: The demo authorities that want the first PEP after an emergency placement sooner (in
#: school days) than the ordinary 20: the demo shows both kinds of authority.
EMERGENCY_PEP_SCHOOL_DAYS = {"cardiff": 10, "bristol": 10, "demo-authority": 10}


def demo_profile(authority: Authority) -> AuthorityProfile:
    """The authority's default profile, with the demo's emergency-placement timescale."""
    profile = default_profile(authority.id, authority.name, authority.country)
    days = EMERGENCY_PEP_SCHOOL_DAYS.get(authority.id, 0)
    timescales = replace(profile.timescales, emergency_initial_pep_school_days=days)
    return replace(profile, timescales=timescales)


#: Primary schools take Reception to Year 6, secondary schools Year 7 to Year 11.
PRIMARY_SCHOOLS = ("Ysgol Gynradd Bryn Ŷd", "Oakfield Primary School", "Ysgol Gynradd Glan Llyn")
SECONDARY_SCHOOLS = ("Ysgol Gyfun Cwm Derwen", "Ysgol Uwchradd y Dŵr Gwyn", "Riverside Academy")
SCHOOLS = PRIMARY_SCHOOLS + SECONDARY_SCHOOLS
MEETING_TIMES = ("09:30", "10:15", "13:30", "14:00", "15:30")
GIVEN = (
    "Siân", "Llŷr", "Ffion", "Rhys", "Gwenllian", "Dafydd", "Eleri", "Osian", "Cadi", "Ŵyn",
    "Mabli", "Tomos", "Seren", "Macsen", "Alys", "Iolo", "Nia", "Caio", "Heledd", "Aled",
    "Olivia", "Jack", "Amelia", "Harry", "Isla", "Noah", "Ava", "Leo", "Mia", "Oscar",
)  # fmt: skip
FAMILY = (
    "Jones", "Davies", "Williams", "Evans", "Roberts", "Hughes", "Lewis", "Morgan", "Pritchard",
    "ap Dafydd", "Llwyd", "Prŷs", "Gruffydd", "Smith", "Taylor", "Brown", "Wilson", "Walker",
)  # fmt: skip
STREETS = ("Heol y Dŵr", "Stryd y Bont", "Lôn Ŷd", "Church Lane", "Mill Road", "Ffordd Tŷ Gwyn")
SUBJECTS = {
    "wales": ("Cymraeg", "English", "Mathematics", "Science", "Humanities"),
    "england": ("English", "Mathematics", "Science", "History", "Art"),
}
PUPIL_VOICES = (
    "Rwy'n hoffi gwersi celf ac rwy eisiau chwarae pêl-droed ar ôl ysgol.",
    "I like maths now that I sit near the front. I want to join the choir.",
    "Mae'n anodd canolbwyntio yn y prynhawn; mae'r clwb brecwast yn helpu.",
    "I would like more time with my key adult on Fridays.",
)
CARER_VOICES = (
    "Reading at home every night has helped; homework is still a struggle.",
    "Mae'n hapusach ers symud i'r ysgol newydd ac yn cysgu'n well.",
    "Would like more notice of trips so we can plan contact around them.",
)
IMPACTS = (
    "Reading age up eight months in a term.",
    "Attends music club weekly; more confident in class.",
    "Homework handed in on time since the laptop arrived.",
)
TARGET_TEXTS = (
    ("Literacy", "Read a short novel independently", "Completes reading log 4 times a week"),
    ("Numeracy", "Secure times tables to 12", "Scores 45/50 on the weekly check"),
    ("Wellbeing", "Use the calm space when anxious", "Fewer than 2 incidents a half term"),
    ("Attendance", "Arrive on time each morning", "On-time arrival above 95%"),
    ("Cymraeg", "Siarad Cymraeg mewn gwersi", "Yn ateb yn Gymraeg 3 gwaith y wers"),
)


def generate_pupils(
    count: int,
    seed: int,
    *,
    today: date | None = None,
    terms: int = 3,
    authorities: tuple[Authority, ...] = AUTHORITIES,
    school: str | None = None,
) -> list[Pupil]:
    """``count`` fictional pupils, each with ``terms`` termly plans ending with this term."""
    rng = random.Random(seed)
    shaper = PhaseShaper(seed)
    today = today or date(2026, 11, 23)
    return [
        _pupil(rng, shaper, today, terms, rng.choice(authorities), school or rng.choice(SCHOOLS))
        for _ in range(count)
    ]


def _id(rng: random.Random, prefix: str, scope: str = "") -> str:
    """Seeded, and scoped by authority for pupils and plans: two hubs generated from the same
    seed give different ids, so a teacher who serves both holds both without a clash."""
    bits = rng.getrandbits(40)
    if not scope:
        return f"{prefix}-{bits:010x}"
    return f"{prefix}-{hashlib.sha256(f'{scope}:{bits}'.encode()).hexdigest()[:10]}"


def _pupil(
    rng: random.Random,
    shaper: PhaseShaper,
    today: date,
    terms: int,
    home: Authority,
    school: str,
) -> Pupil:
    """A pupil from the first stream, as always, then shaped by the second (phase, year group,
    circumstances: :mod:`.synthetic_phases`). The first stream is drawn in the same order as
    before phases existed, so names and ids stay where they were."""
    school_year = school_year_of_term(term_of(today))
    school_age_year = rng.randint(1, 11)
    day_of_year = rng.randint(0, 364)
    custom = school not in SCHOOLS
    if not custom and (school in PRIMARY_SCHOOLS) != (school_age_year <= 6):
        school = rng.choice(PRIMARY_SCHOOLS if school_age_year <= 6 else SECONDARY_SCHOOLS)
    shape = shaper.shape(school_age_year)
    year_group = shape.year_group
    # born in the cohort of the year group the child would be in without the offset
    cohort = year_group - shape.offset
    born = date(school_year - cohort - 5, 9, 1) + timedelta(days=day_of_year)
    school, place = shaper.place(shape, school, custom, PRIMARY_SCHOOLS, SECONDARY_SCHOOLS)
    entered = max(today - timedelta(days=rng.randint(60, 365 * 6)), born + timedelta(days=60))
    welsh = home.country == "wales" and rng.random() < 0.35
    aln = rng.choice(("none", "none", "aln-idp" if home.country == "wales" else "ehcp"))
    identity = Identity(
        given_name=rng.choice(GIVEN),
        family_name=rng.choice(FAMILY),
        date_of_birth=born,
        upn=f"{rng.choice('ABCDEFGHJKLMNPRT')}{rng.randrange(10**12):012d}",
        home_authority=home.id,
        school=school,
        year_group=year_group_for(born, school_year) + shape.offset,
        legal_status=rng.choice(("care-order", "voluntary-accommodation", "interim-care-order")),
        entered_care=entered,
        joined_school=max(entered, today - timedelta(days=rng.randint(30, 900))),
        care_review=next_school_day(today + timedelta(days=rng.randint(5, 120))),
        placement_type=rng.choice(("foster", "foster", "kinship", "residential")),
        social_worker=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
        aln_status=aln,
        first_language="welsh" if welsh else "english",
        year_group_offset=shape.offset,
        emergency_placement=shape.emergency,
    )
    plans = _plans(rng, today, terms, home, year_group, aln != "none")
    if shape.emergency:  # a recent placement, so its initial PEP is this term's business
        identity.entered_care = identity.joined_school = today - timedelta(
            days=shaper.rng.randint(10, 60)
        )
        shaper.initial_meeting(plans[-1], identity.entered_care, today)
    shaper.fill(identity, plans, home.country, shape, place, today)
    pupil_id = _id(rng, "p", home.id)
    return Pupil(id=pupil_id, pupil=identity, safeguarding=_contacts(rng), plans=plans)


def _contacts(rng: random.Random) -> Safeguarding:
    carer = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    address = f"{rng.randint(1, 99)} {rng.choice(STREETS)}, Tref Ffug, CF99 {rng.randint(1, 9)}ZZ"
    return Safeguarding(
        placement_address=address,
        carer_name=carer,
        carer_address=address,
        carer_phone=f"01632 {rng.randint(100000, 999999)}",  # Ofcom's drama range
        parental_responsibility="Local authority (shared with birth mother)",
        may_receive_information=f"{carer} (foster carer)",
        no_contact="Birth father: no contact, no information",
    )


def _plans(
    rng: random.Random, today: date, terms: int, home: Authority, year: int, aln: bool
) -> list[Plan]:
    names = [term_of(today)]
    while len(names) < terms:
        names.append(previous_term(names[-1]))
    names.reverse()
    return [
        _plan(rng, name, home, year - (len(names) - 1 - i) // 3, aln, i == len(names) - 1, today)
        for i, name in enumerate(names)
    ]


def _plan(
    rng: random.Random,
    term: str,
    home: Authority,
    year: int,
    aln: bool,
    current: bool,
    today: date,
) -> Plan:
    term_year, season = parse_term(term)
    start = date(term_year, (1, 4, 9)[SEASONS.index(season)], 5)
    meeting_day = next_school_day(start + timedelta(days=rng.randint(20, 60)))
    chosen = rng.sample(TARGET_TEXTS, rng.randint(2, 4))
    targets = {f"t-{i + 1}": _target(rng, start, t, not current) for i, t in enumerate(chosen)}
    status = rng.choice((PlanStatus.IN_PROGRESS, PlanStatus.READY_FOR_MEETING))
    next_meeting = (
        next_school_day(max(meeting_day, today + timedelta(days=rng.randint(3, 40))))
        if current
        else meeting_day
    )
    possible = rng.choice((110, 120, 130, 140))
    missed = rng.randint(0, 30)
    return Plan(
        id=_id(rng, "plan", home.id),
        plan=PlanMeta(
            term=term,
            status=status if current else PlanStatus.QUALITY_ASSURED,
            next_meeting=next_meeting,
            aln_summary="Reading age two years below; small-group literacy support." if aln else "",
        ),
        attendance=Attendance(
            percent=round(100 * (possible - missed) / possible, 1),
            sessions_missed=missed,
            # sessions_possible stays unrecorded: an edit of the percentage alone stays valid
            exclusions=rng.choice((0, 0, 0, 1)),
            exclusion_days=rng.choice((0.0, 0.0, 0.5, 2.0)),
        ),
        attainment=_attainment(rng, home, year),
        wellbeing=Wellbeing(
            sdq_score=rng.randint(6, 28),
            sdq_date=start + timedelta(days=rng.randint(5, 40)),
            notes="Settling well with the new key adult." if rng.random() < 0.5 else "",
        ),
        voice=Voice(pupil=rng.choice(PUPIL_VOICES), carer=rng.choice(CARER_VOICES)),
        targets=targets,
        actions={f"a-{i + 1}": _action(rng, start, today) for i in range(rng.randint(2, 4))},
        funding=_funding(rng, targets, home, current),
        meetings={"m-1": _next_meeting(rng, next_meeting)}
        if current
        else {"m-1": _meeting(rng, meeting_day)},
        interventions={
            "i-1": Intervention(
                what="Small-group literacy", who="Teaching assistant", frequency="3 × weekly"
            )
        },
        transition=Transition(
            aspirations="Eisiau bod yn filfeddyg / wants to be a vet" if year >= 9 else "",
            careers_advice="Careers Wales interview booked" if year >= 9 else "",
        ),
        qa=QualityAssurance()
        if current
        else QualityAssurance(
            rating=rng.choice(("green", "green", "amber")),
            comments="Clear SMART targets; pupil voice well captured.",
            assured_by="Virtual School officer",
            assured_on=meeting_day + timedelta(days=14),
        ),
    )


def _attainment(rng: random.Random, home: Authority, year: int) -> dict[str, SubjectAttainment]:
    grades = ("3", "4", "5", "6", "7")
    scale = "GCSE grade (9–1)" if year >= 7 else "School steps (1–9)"
    result = {}
    for subject in SUBJECTS[home.country]:
        current = rng.choice(grades[:4])
        result[subject.lower()[:12].replace(" ", "-")] = SubjectAttainment(
            subject=subject,
            current=current,
            expected=str(int(current) + rng.choice((0, 1))),
            target=str(int(current) + 1),
            scale=scale,
        )
    return result


def _target(rng: random.Random, start: date, text: tuple[str, str, str], closed: bool) -> Target:
    area, description, measure = text
    outcome = rng.choice(("met", "met", "partly-met", "not-met")) if closed else None
    return Target(
        description=description,
        area=area,
        success_measure=measure,
        owner=rng.choice(("Designated teacher", "Form tutor", "Foster carer", "Pupil")),
        due=start + timedelta(days=rng.randint(50, 110)),
        progress=rng.choice(("red", "amber", "green", "green")),
        set_on=start,
        outcome=outcome,
    )


def _action(rng: random.Random, start: date, today: date) -> Action:
    due = start + timedelta(days=rng.randint(10, 90))
    done = due < today and rng.random() < 0.7
    return Action(
        description=rng.choice(
            (
                "Arrange reading assessment",
                "Share timetable with foster carer",
                "Refer to school counsellor",
                "Book Careers Wales appointment",
                "Trefnu cyfarfod gyda'r gweithiwr cymdeithasol",
            )
        ),
        owner=rng.choice(("Designated teacher", "SENCo", "Social worker", "Foster carer")),
        due=due,
        done=done,
        done_on=due - timedelta(days=2) if done else None,
    )


def _funding(
    rng: random.Random, targets: dict[str, Target], home: Authority, current: bool
) -> dict[str, FundingRequest]:
    bands = (400.0, 800.0, 1500.0) if home.country == "wales" else (600.0, 1200.0)
    result = {}
    for i in range(rng.randint(0, 2)):
        amount = rng.choice(bands)
        decided = not current or rng.random() < 0.5
        result[f"f-{i + 1}"] = FundingRequest(
            amount=amount,
            purpose=rng.choice(
                ("One-to-one tutoring in maths", "Music lessons", "Laptop for homework")
            ),
            category=rng.choice(("tuition", "enrichment", "equipment")),
            target_id=rng.choice(sorted(targets)),
            decision=(decision := rng.choice(("approved", "approved", "declined")))
            if decided
            else "pending",
            approved_amount=amount if decided else None,
            spent=None if not decided or decision != "approved" else rng.choice((0.0, amount)),
            impact=rng.choice(IMPACTS)
            if decided and not current and decision == "approved"
            else "",
        )
    return result


def _next_meeting(rng: random.Random, day: date) -> Meeting:
    """The meeting the current plan is heading for: set, nobody's presence known yet."""
    return Meeting(
        date=day,
        time=rng.choice(MEETING_TIMES),
        place=rng.choice(("School library", "Ystafell gyfarfod", "Online (Teams)")),
        chair=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
    )


def _meeting(rng: random.Random, day: date) -> Meeting:
    people = [
        ("Pupil", "Pupil"),
        ("Foster carer", "Carer"),
        (f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", "Social worker"),
        (f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", "Designated teacher"),
        (f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", "Virtual School officer"),
    ]
    return Meeting(
        date=day,
        time=rng.choice(MEETING_TIMES),
        place=rng.choice(("School library", "Ystafell gyfarfod", "Online (Teams)")),
        chair=people[4][0],
        attendees={
            f"at-{i + 1}": Attendee(
                name=name, role=role, presence=rng.choice(("present", "present", "apologies"))
            )
            for i, (name, role) in enumerate(people)
        },
        minutes="Reviewed targets; agreed new reading target. Cytunwyd ar gynllun newydd.",
    )
