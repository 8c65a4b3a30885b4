"""The phases and circumstances of the synthetic world: who is in nursery, who is post-16,
who is on a reduced timetable, missing education or placed in an emergency.

:mod:`vsdesk.services.synthetic` draws a school-age child as it always has; this module then
shapes the child's place in the world from a *second* random stream derived from the seed,
so that adding phases left the first stream (and so every name, id and plan the tests and
screenshots know) where it was.

The spread is dealt from shuffled decks rather than drawn coin by coin, so that even a
60-pupil demo has its early-years children, its NEET young people and its one child missing
education: a phase deck of ten (1 early years, 7 school age, 2 post-16), a post-16 deck of
six (1 NEET), a school-age deck of forty (reduced timetables, alternative provision, a child
missing education, two educated out of year group) and an emergency-placement deck of eight.
Each plan is then filled for the phase it was written in (read at its own term's start, as
:func:`vsdesk.domain.phases.plan_phase` reads it), so a young person who has just started
Year 12 keeps last year's attainment and gets this term's post-16 section.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from vsdesk.domain.frameworks import area_ids
from vsdesk.domain.model import (
    DEVELOPMENT_PROGRESS,
    AlternativeProvision,
    Attendance,
    DevelopmentArea,
    EarlyYears,
    Identity,
    Intervention,
    Meeting,
    MissingEducation,
    Plan,
    Post16,
    Transition,
)
from vsdesk.domain.phases import (
    NURSERY_YEAR,
    RECEPTION_YEAR,
    Phase,
    next_stage,
    plan_phase,
    term_start,
)
from vsdesk.domain.school_calendar import age_on, next_school_day, school_year_start

#: Shares of the deck of ten the phases are dealt from: about 10 %, 70 % and 20 %.
PHASE_DECK = (Phase.EARLY_YEARS,) + (Phase.SCHOOL_AGE,) * 7 + (Phase.POST_16,) * 2
#: One young person in six post-16 is NEET (about 17 %).
POST16_DECK = ("neet",) + ("eet",) * 5
#: Per forty school-age children: three reduced timetables (one past its review date), two in
#: alternative provision, one missing education and two educated out of their year group.
SCHOOL_AGE_DECK = (
    ("reduced-timetable", "reduced-timetable", "reduced-timetable-past-review")
    + ("alternative-provision",) * 2
    + ("missing-education", "offset+1", "offset-1")
    + ("",) * 32
)
EMERGENCY_DECK = (True,) + (False,) * 7
#: Funded two-year-olds are fewer than nursery and Reception children.
EARLY_YEARS_GROUPS = (-2, -1, -1, 0, 0)

NURSERIES = ("Meithrinfa Seren Fach", "Little Acorns Day Nursery", "Cylch Meithrin Tŷ'r Ŵyn")
CHILDMINDER = "Registered childminder, Tref Ffug"
COLLEGES = ("Coleg Bro'r Dŵr", "Riverside College")
TRAINING = ("Hyfforddiant Cwm Ŷd Training", "Northgate Skills Centre")
EMPLOYERS = ("Tŷ Gwyn Garage (apprenticeship)", "Caffi'r Bont (apprenticeship)")
COURSES = {
    "sixth-form": (("A levels: Biology, Chemistry, Psychology", "3"),
                   ("Safon Uwch: Cymraeg, Hanes, Daearyddiaeth", "3")),
    "college": (("Level 2 Diploma in Health and Social Care", "2"),
                ("Level 3 Extended Diploma in Creative Media", "3"),
                ("Entry Level Vocational Studies", "entry")),
    "training-provider": (("Traineeship: Construction", "1"),
                          ("Level 2 Hair and Beauty", "2")),
    "employer": (("Level 2 Apprenticeship in Vehicle Maintenance", "2"),
                 ("Level 2 Apprenticeship in Hospitality", "2")),
}  # fmt: skip
AP_PROVIDERS = ("Canolfan Ddysgu'r Dyffryn (pupil referral unit)", "Greenway Learning Centre")
EY_VOICES = (
    "Mae'n hoffi'r bocs tywod a chornel y stori (gwelwyd gan y gweithiwr allweddol).",
    "Loves the outdoor area; points to the pictures of the day to say what comes next.",
)
EY_CARER_VOICES = (
    "Sleeping better; says new words every week. Would like ideas for play at home.",
    "Mae'n mwynhau'r feithrinfa ac yn siarad am ei ffrindiau gyda'r nos.",
)
EY_TARGETS = (
    ("Communication", "Use two-word phrases to ask for help", "Key person hears 5 a session"),
    ("Personal, social and emotional", "Settle at drop-off with the key person",
     "Settles within 10 minutes on 4 days of 5"),
    ("Physical development", "Use a spoon at snack time", "Feeds self at snack daily"),
)  # fmt: skip
POST16_VOICES = (
    "I want to finish my course and get an apprenticeship as a mechanic.",
    "Hoffwn i fynd i'r brifysgol i astudio nyrsio.",
    "College is better than school was; the bus is the hard part.",
)
POST16_TARGETS = (
    ("Education", "Hand in every assignment on time", "No late work on the tracker this term"),
    ("Independence", "Budget weekly using the bursary", "Keeps a budget sheet for 8 weeks"),
    ("Careers", "Apply for two apprenticeships", "Two applications sent by half term"),
)


POST16_KINDS = ("sixth-form", "college", "college", "training-provider", "employer")
NEXT_STEPS = ("Apply for a Level 3 course next year.", "Stay on the course; review at Easter.")
NEET_NEXT_STEPS = (
    "Re-engagement course starting after half term; weekly youth worker visits.",
    "Cwrs ailymgysylltu ar ôl hanner tymor; apwyntiad Gyrfa Cymru wedi'i drefnu.",
)
#: (provider, provider type, course, level); all empty for a young person who is NEET.
Place = tuple[str, str, str, str]


@dataclass(frozen=True)
class Shape:
    """One child's draw: phase, year group (effective) and circumstances."""

    phase: Phase
    year_group: int
    offset: int = 0
    neet: bool = False
    circumstance: str = ""
    emergency: bool = False


class _Deck:
    """Cards dealt in a freshly shuffled order each time the deck runs out."""

    def __init__(self, rng: random.Random, cards: tuple[object, ...]) -> None:
        self.rng, self.cards, self.hand = rng, cards, list[object]()

    def deal(self) -> object:
        if not self.hand:
            self.hand = list(self.cards)
            self.rng.shuffle(self.hand)
        return self.hand.pop()


class PhaseShaper:
    """Deals each generated child a phase and circumstances, and fills their plans to fit."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"vsdesk-synthetic-phases:{seed}")
        self.phases = _Deck(self.rng, PHASE_DECK)
        self.post16 = _Deck(self.rng, POST16_DECK)
        self.school_age = _Deck(self.rng, SCHOOL_AGE_DECK)
        self.emergency = _Deck(self.rng, EMERGENCY_DECK)

    def shape(self, school_age_year: int) -> Shape:
        """The child's shape; ``school_age_year`` (1..11) is the first stream's draw, kept for
        school-age children so that their dates of birth did not move."""
        phase = self.phases.deal()
        emergency = bool(self.emergency.deal())
        if phase is Phase.EARLY_YEARS:
            return Shape(phase, self.rng.choice(EARLY_YEARS_GROUPS), emergency=emergency)
        if phase is Phase.POST_16:
            neet = self.post16.deal() == "neet"
            return Shape(phase, self.rng.choice((12, 13)), neet=neet, emergency=emergency)
        card = str(self.school_age.deal())
        offset = {"offset+1": 1, "offset-1": -1}.get(card, 0)
        return Shape(Phase.SCHOOL_AGE, school_age_year, offset, False, card, emergency)

    def place(
        self,
        shape: Shape,
        school: str,
        custom: bool,
        primary: tuple[str, ...],
        secondary: tuple[str, ...],
    ) -> tuple[str, Place]:
        """Where the child is (the identity's school) and, post-16, the provider, its type,
        the course and its level. Early years: a nursery, a childminder, a school's nursery
        class or Reception; post-16: a sixth form, college, training provider or employer,
        nowhere if NEET. A school the caller named (``custom``) is kept."""
        place: Place = ("", "", "", "")
        if shape.phase is Phase.POST_16 and not shape.neet:
            sixth_form = school if custom or school in secondary else self.rng.choice(secondary)
            place = self._post16_place(sixth_form)
        if custom:
            return school, place
        if shape.phase is Phase.EARLY_YEARS and shape.year_group < RECEPTION_YEAR:
            if shape.year_group == NURSERY_YEAR and self.rng.random() < 0.5:
                return self.rng.choice(primary), place
            return self.rng.choice(NURSERIES + (CHILDMINDER,)), place
        if shape.phase is Phase.EARLY_YEARS:
            return self.rng.choice(primary), place
        if shape.phase is Phase.POST_16:
            return place[0], place
        return school, place

    def _post16_place(self, sixth_form: str) -> Place:
        kind = self.rng.choice(
            ("sixth-form", "college", "college", "training-provider", "employer")
        )
        provider = {
            "sixth-form": sixth_form,
            "college": self.rng.choice(COLLEGES),
            "training-provider": self.rng.choice(TRAINING),
            "employer": self.rng.choice(EMPLOYERS),
        }[kind]
        if kind == "employer":  # an apprenticeship in the employer's own trade
            index = EMPLOYERS.index(provider)
            course, level = COURSES[kind][index]
        else:
            course, level = self.rng.choice(COURSES[kind])
        return provider, kind, course, level

    def fill(
        self,
        identity: Identity,
        plans: list[Plan],
        country: str,
        shape: Shape,
        place: Place,
        today: date,
    ) -> None:
        """Fill every plan for the phase it was written in, then the current plan's
        circumstances (reduced timetable, alternative provision, missing education)."""
        eet = "neet" if shape.neet else _eet_status(place[1])
        for plan in plans:
            reading = plan_phase(identity, plan)
            start = term_start(plan.plan.term)
            if reading.phase is Phase.EARLY_YEARS:
                self._early_years(plan, identity, country, start)
            elif reading.phase is Phase.POST_16:
                self._post16(plan, place, eet, reading.year_group or 12, start, today)
            else:
                _school_age(plan, reading.year_group or 1)
            self._transition(plan, reading.year_group, identity, start)
        if shape.circumstance and plans:
            self._circumstance(plans[-1], shape.circumstance, today)

    def _early_years(self, plan: Plan, identity: Identity, country: str, start: date) -> None:
        rng = self.rng
        born = identity.date_of_birth or start
        setting = identity.school
        kind = (
            "childminder"
            if setting == CHILDMINDER
            else "nursery"
            if setting in NURSERIES
            else "school-nursery"
        )
        entitled = rng.choice((15.0, 30.0)) if age_on(born, start) >= 3 else 15.0
        plan.early_years = EarlyYears(
            setting=setting,
            setting_type=kind,
            funded_hours=entitled - rng.choice((0.0, 0.0, 5.0)),
            funded_hours_entitled=entitled,
            development={
                area: DevelopmentArea(
                    progress=rng.choice(DEVELOPMENT_PROGRESS + ("on-track",)),
                    notes="Key person's observation this half term." if rng.random() < 0.3 else "",
                )
                for area in area_ids(country)
            },
            early_years_funding=rng.choice(("claimed", "claimed", "not-claimed")),
            speech_language=(speech := rng.choice(("no-concerns", "monitoring", "referred"))),
            speech_language_notes="Referred to speech and language therapy; waiting list."
            if speech == "referred"
            else "",
        )
        plan.attainment, plan.funding = {}, {}
        if age_on(born, start) < 4:  # the SDQ is for ages 4 and over
            plan.wellbeing.sdq_score, plan.wellbeing.sdq_date = None, None
        plan.voice.pupil = rng.choice(EY_VOICES)
        plan.voice.carer = rng.choice(EY_CARER_VOICES)
        plan.interventions = {
            "i-1": Intervention(
                what="Small-group language play", who="Key person", frequency="2 × weekly"
            )  # fmt: skip
        }
        _retarget(plan, EY_TARGETS, rng)

    def _post16(
        self,
        plan: Plan,
        place: Place,
        eet: str,
        year: int,
        start: date,
        today: date,
    ) -> None:
        rng = self.rng
        provider, kind, course, level = place
        in_place = eet != "neet"
        reported = start + timedelta(days=rng.randint(20, 50))
        year12_start = date(school_year_start(start) - (min(max(year, 12), 13) - 12), 9, 1)
        plan.post16 = Post16(
            provider=provider,
            provider_type=kind or None,
            course=course,
            level=level or None,
            qualifications="Aims for the full qualification and GCSE maths resit"
            if in_place
            else "",
            eet_status=eet,
            eet_since=year12_start if in_place else start - timedelta(days=rng.randint(10, 80)),
            bursary=_bursary(rng, eet),
            careers_guidance="Careers adviser meets monthly; CV written."
            if rng.random() < 0.7
            else "Careers Wales appointment booked.",
            next_steps=rng.choice(NEXT_STEPS if in_place else NEET_NEXT_STEPS),
            attendance_percent=round(rng.uniform(72.0, 99.0), 1) if in_place else None,
            attendance_basis="timetabled hours" if in_place else "",
            attendance_reported_on=min(reported, today) if in_place else None,
        )
        plan.attainment, plan.funding = {}, {}
        plan.attendance = Attendance()  # the provider's figures are in post16
        plan.voice.pupil = rng.choice(POST16_VOICES)
        plan.interventions = {
            "i-1": Intervention(what="Mentoring", who="Personal adviser", frequency="Weekly")
        }
        _retarget(plan, POST16_TARGETS, rng)

    def _transition(self, plan: Plan, year: int | None, identity: Identity, start: date) -> None:
        """Aspirations from Year 9; in the last year of a stage, where the child goes next."""
        plan.transition = Transition()
        if year is None:
            return
        if year >= 9:
            plan.transition.aspirations = "Eisiau bod yn filfeddyg / wants to be a vet"
            plan.transition.careers_advice = "Careers Wales interview booked"
        stage = next_stage(year)
        if stage is None:
            return
        moving_to = {
            "key-stage-1": f"Year 1, {identity.school}",
            "key-stage-2": f"Year 3, {identity.school}",
            "key-stage-3": "Ysgol Gyfun Cwm Derwen",
            "key-stage-4": "Year 10 options (GCSE courses)",
            "post-16": self.rng.choice(COLLEGES + ("Sixth form",)),
            "adulthood": self.rng.choice(("University (applied)", "Apprenticeship (applying)")),
        }[stage]
        move = next_school_day(date(school_year_start(start) + 1, 9, 1))
        plan.transition.moving_to = moving_to
        plan.transition.move_date = move
        plan.transition.support = "Extra visits with the key adult; a one-page profile sent ahead."
        if start.month in (4, 5, 6, 7, 8):  # the summer term: the plan has been passed on
            plan.transition.information_shared = start + timedelta(days=self.rng.randint(30, 80))

    def _circumstance(self, plan: Plan, kind: str, today: date) -> None:
        rng = self.rng
        started = today - timedelta(days=rng.randint(40, 90))
        if kind.startswith("reduced-timetable"):
            review = (
                today - timedelta(days=rng.randint(3, 20))
                if kind.endswith("past-review")
                else today + timedelta(days=rng.randint(5, 40))
            )
            plan.alternative_provision = AlternativeProvision(
                arrangement="reduced-timetable",
                hours_per_week=float(rng.choice((10, 12.5, 15, 20))),
                started=started,
                review_date=review,
                reason="Phased return after a placement move.",
                plan_to_return="Add two lessons a week; full timetable by the review date.",
            )
        elif kind == "alternative-provision":
            plan.alternative_provision = AlternativeProvision(
                arrangement="alternative-provision",
                provider=rng.choice(AP_PROVIDERS),
                hours_per_week=float(rng.choice((15, 20, 25))),
                started=started,
                review_date=today + timedelta(days=rng.randint(10, 60)),
                reason="Placement at risk of breakdown after exclusions.",
                plan_to_return="Two mornings a week back at school from next half term.",
            )
        elif kind == "missing-education":
            since = today - timedelta(days=rng.randint(8, 30))
            plan.missing_education = MissingEducation(
                missing_since=since,
                reported_on=since + timedelta(days=2),
                actions="Reported to the CME officer; social worker visiting; school place "
                "being sought near the new placement.",
            )

    def initial_meeting(self, plan: Plan, start: date, today: date) -> None:
        """Two in three emergency placements have had their initial PEP meeting, some within
        two weeks and some later (on time by the ordinary 20 school days, late by an
        emergency timescale of 10); the rest are still waiting."""
        if self.rng.random() < 2 / 3:
            day = next_school_day(start + timedelta(days=self.rng.randint(3, 26)))
            if day <= today:
                plan.meetings["m-0"] = Meeting(
                    date=day,
                    time="10:00",
                    place="Ystafell gyfarfod",
                    chair="Virtual School officer",
                    minutes="Initial PEP after an emergency placement.",
                )


def _bursary(rng: random.Random, eet: str) -> str:
    """An apprentice is paid a wage, so not eligible; a NEET young person has not applied."""
    if eet == "employment":
        return "not-eligible"
    if eet == "neet":
        return "not-applied"
    return rng.choice(("receiving", "receiving", "applied"))


def _eet_status(kind: str) -> str:
    return {"employer": "employment", "training-provider": "training"}.get(kind, "education")


def _school_age(plan: Plan, year: int) -> None:
    scale = "GCSE grade (9–1)" if year >= 7 else "School steps (1–9)"
    for subject in plan.attainment.values():
        subject.scale = scale


def _retarget(plan: Plan, texts: tuple[tuple[str, str, str], ...], rng: random.Random) -> None:
    """Give the plan's targets (dates, owners, progress kept) words that fit the phase."""
    for target in plan.targets.values():
        target.area, target.description, target.success_measure = rng.choice(texts)
