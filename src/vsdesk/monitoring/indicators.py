"""The versioned indicator set (docs/indicators.md is its human-readable twin).

Each indicator has a stable id, English and Welsh labels (glossary terms), a unit, the
measures it divides, the plan fields it reads and what it leaves out. Changing what any
indicator means, or adding or removing one, raises :data:`SCHEMA_VERSION`: ``report compare``
refuses to set returns of different versions side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

SCHEMA_VERSION: Final = "2"  # 2: the phase breakdown, PRAC-11 to PRAC-15, IMPA-09, IMPA-10
GROUPS: Final = ("implementation", "spending", "practice", "impact")
GROUP_LABELS: Final[dict[str, tuple[str, str]]] = {
    "implementation": ("Implementation", "Gweithredu"),
    "spending": ("Spending", "Gwariant"),
    "practice": ("Practice", "Ymarfer"),
    "impact": ("Impact", "Effaith"),
}
#: What the value is: "text", "count", "percent" (numerator / denominator × 100),
#: "per-100" (× 100, not a share) or "gbp-per-child" (pounds ÷ children).
UNITS: Final = ("text", "count", "percent", "per-100", "gbp-per-child")
COHORT_EN: Final = "children looked after with a plan for the period"


@dataclass(frozen=True)
class Indicator:
    id: str
    group: str
    label_en: str
    label_cy: str
    unit: str
    numerator: str | None  # a measure id (see measures.py); None for text indicators
    denominator: str | None
    numerator_text: str
    denominator_text: str
    fields: tuple[str, ...]
    exclusions: str
    by_breakdown: bool = True

    def label(self, lang: str) -> str:
        return self.label_cy if lang == "cy" else self.label_en


_NOT_LA = "Pupils whose cohort is not looked-after (previously looked after, kinship care…)."
_ATT = ("attendance.percent",)

INDICATORS: Final[tuple[Indicator, ...]] = (
    # --- implementation ----------------------------------------------------------------------
    Indicator("IMPL-01", "implementation", "Virtual School model", "Model yr Ysgol Rithwir", "text",
       None, None, "fact 'model': new, extended or early-stage", "", ("school fact: model",),
       "None.", by_breakdown=False),
    Indicator("IMPL-02", "implementation", "Virtual School Head appointed",
       "Pennaeth yr Ysgol Rithwir wedi'i benodi", "text", None, None,
       "fact 'head-appointed': yes or no", "", ("school fact: head-appointed",), "None.",
       by_breakdown=False),
    Indicator("IMPL-03", "implementation", "Children looked after in the Virtual School",
       "Plant sy'n derbyn gofal yn yr Ysgol Rithwir", "count", "children", None, COHORT_EN, "",
       ("pupil.cohort", "plan.term"), _NOT_LA),
    Indicator("IMPL-04", "implementation", "Virtual School staff (FTE) per 100 children",
       "Staff yr Ysgol Rithwir (CALl) fesul 100 o blant", "per-100", "staff.fte", "children",
       "staff FTE recorded for the period, all roles (facts staff.<period>.<role>)", COHORT_EN,
       ("school facts: staff.<period>.<role>",), "Roles with no FTE recorded count as none.",
       by_breakdown=False),
    # --- spending ----------------------------------------------------------------------------
    Indicator("SPND-01", "spending", "Virtual School spending per child (all lines)",
       "Gwariant yr Ysgol Rithwir fesul plentyn (pob llinell)", "gbp-per-child", "spend.total",
       "children", "pounds spent in the period on all four lines", COHORT_EN,
       ("school facts: spend.<period>.<line>",), "Lines with nothing recorded count as £0.",
       by_breakdown=False),
    Indicator("SPND-02", "spending", "Grant spending per child",
       "Gwariant o'r grant fesul plentyn", "gbp-per-child", "spend.grant", "children",
       "pounds of Virtual School grant spent in the period (not staff or commissioned)",
       COHORT_EN, ("school fact: spend.<period>.grant",), "None.", by_breakdown=False),
    Indicator("SPND-03", "spending", "PDG-LAC spending per child",
       "Gwariant GDD-PDG fesul plentyn", "gbp-per-child", "spend.pdg-lac", "children",
       "pounds of PDG-LAC / Pupil Premium Plus spent in the period", COHORT_EN,
       ("school fact: spend.<period>.pdg-lac",), "None.", by_breakdown=False),
    Indicator("SPND-04", "spending", "Staff spending per child",
       "Gwariant ar staff fesul plentyn", "gbp-per-child", "spend.staff", "children",
       "pounds spent on Virtual School staff in the period", COHORT_EN,
       ("school fact: spend.<period>.staff",), "None.", by_breakdown=False),
    Indicator("SPND-05", "spending", "Commissioned services spending per child",
       "Gwariant ar wasanaethau a gomisiynwyd fesul plentyn", "gbp-per-child",
       "spend.commissioned", "children", "pounds spent on commissioned services in the period",
       COHORT_EN, ("school fact: spend.<period>.commissioned",), "None.", by_breakdown=False),
    Indicator("SPND-06", "spending", "PDG-LAC requested per child",
       "GDD-PDG y gofynnwyd amdano fesul plentyn", "gbp-per-child", "pdg.requested",
       "children", "pounds asked for in the period's funding requests, any decision", COHORT_EN,
       ("funding.*.amount",), _NOT_LA),
    Indicator("SPND-07", "spending", "PDG-LAC approved per child",
       "GDD-PDG a gymeradwywyd fesul plentyn", "gbp-per-child", "pdg.approved", "children",
       "pounds approved (approved amount, else the amount asked) on approved requests",
       COHORT_EN, ("funding.*.decision", "funding.*.approved_amount", "funding.*.amount"),
       "Pending and declined requests."),
    Indicator("SPND-08", "spending", "PDG-LAC approved as a share of requested",
       "Cyfran y GDD-PDG y gofynnwyd amdano a gymeradwywyd", "percent", "pdg.approved",
       "pdg.requested", "pounds approved", "pounds requested",
       ("funding.*.amount", "funding.*.decision", "funding.*.approved_amount"),
       "Rows where nothing was requested have no value."),
    Indicator("SPND-09", "spending", "PDG-LAC spent as a share of approved",
       "Cyfran y GDD-PDG a gymeradwywyd a wariwyd", "percent", "spend.pdg-lac", "pdg.approved",
       "pounds of PDG-LAC spent (fact spend.<period>.pdg-lac)", "pounds approved in plans",
       ("school fact: spend.<period>.pdg-lac", "funding.*.approved_amount"),
       "No value when nothing was approved.", by_breakdown=False),
    # --- practice ----------------------------------------------------------------------------
    Indicator("PRAC-01", "practice", "Initial PEPs held within 20 school days",
       "CAPau cychwynnol o fewn 20 diwrnod ysgol", "percent", "initial.met", "initial.due",
       "of those, a PEP meeting was held between the start and the due date",
       "children whose initial PEP fell due in the period (20 school days after entering "
       "care or joining the school, the later)",
       ("pupil.entered_care", "pupil.joined_school", "meetings.*.date"),
       "Children with neither date recorded. School days count weekdays (no term calendar)."),
    Indicator("PRAC-02", "practice", "PEP reviewed this term", "CAP wedi'i adolygu y tymor hwn",
       "percent", "reviewed", "children", "a PEP meeting dated within the period", COHORT_EN,
       ("meetings.*.date",), _NOT_LA),
    Indicator("PRAC-03", "practice", "PEP review overdue at the end of term",
       "Adolygiad CAP yn hwyr ar ddiwedd y tymor", "percent", "review.overdue", "children",
       "last PEP meeting more than the review interval (122 days by default) before the end "
       "of the period, or none held although the initial PEP was due", COHORT_EN,
       ("meetings.*.date", "pupil.entered_care", "pupil.joined_school"),
       "Children whose initial PEP is not yet due count as not overdue."),
    Indicator("PRAC-04", "practice", "Plans quality-assured", "Cynlluniau wedi'u sicrhau ansawdd",
       "percent", "qa.rated", "children", "the period's plan has a QA rating", COHORT_EN,
       ("qa.rating",), _NOT_LA),
    Indicator("PRAC-05", "practice", "Quality assurance rated green",
       "Sicrhau ansawdd: gwyrdd", "percent", "qa.green", "qa.rated", "rated green",
       "plans with a QA rating", ("qa.rating",), "Plans not yet rated."),
    Indicator("PRAC-06", "practice", "Quality assurance rated amber",
       "Sicrhau ansawdd: ambr", "percent", "qa.amber", "qa.rated", "rated amber",
       "plans with a QA rating", ("qa.rating",), "Plans not yet rated."),
    Indicator("PRAC-07", "practice", "Quality assurance rated red", "Sicrhau ansawdd: coch",
       "percent", "qa.red", "qa.rated", "rated red", "plans with a QA rating", ("qa.rating",),
       "Plans not yet rated."),
    Indicator("PRAC-08", "practice", "Pupil voice recorded", "Llais y disgybl wedi'i gofnodi",
       "percent", "voice.recorded", "children", "the period's plan records the pupil's voice",
       COHORT_EN, ("voice.pupil",), "Only whether it is recorded is read, never the text."),
    Indicator("PRAC-09", "practice", "ALN status recorded", "Statws ADY wedi'i gofnodi", "percent",
       "aln.recorded", "children", "an ALN/SEN status is recorded (including none)", COHORT_EN,
       ("pupil.aln_status",), _NOT_LA),
    Indicator("PRAC-10", "practice", "Children with ALN who have an IDP (or EHCP)",
       "Plant ag ADY sydd â CDU (neu EHCP)", "percent", "aln.plan", "aln.needs",
       "ALN status aln-idp (Wales) or ehcp (England)",
       "ALN status aln-idp, sen-support or ehcp", ("pupil.aln_status",),
       "Children with no ALN or no status recorded."),
    Indicator("PRAC-11", "practice", "Initial PEPs after an emergency placement held on time",
       "CAPau cychwynnol ar ôl lleoliad brys wedi'u cynnal mewn pryd", "percent",
       "emergency.met", "emergency.due",
       "of those, a PEP meeting was held between the start and the due date",
       "children placed in an emergency whose initial PEP fell due in the period (the "
       "profile's emergency timescale in school days, else its ordinary one, after entering "
       "care or joining the school, the later)",
       ("pupil.emergency_placement", "pupil.entered_care", "pupil.joined_school",
        "meetings.*.date"),
       "Children not placed in an emergency, or with neither date recorded."),
    Indicator("PRAC-12", "practice", "Children on a reduced timetable at the end of term",
       "Plant ar amserlen ostyngedig ar ddiwedd y tymor", "percent", "rt.running", "children",
       "a reduced timetable started by the period's last day and not ended by then",
       COHORT_EN, ("alternative_provision.arrangement", "alternative_provision.started",
                   "alternative_provision.ended"), _NOT_LA),
    Indicator("PRAC-13", "practice", "Reduced timetables past their review date",
       "Amserlenni gostyngedig wedi pasio'u dyddiad adolygu", "percent", "rt.past-review",
       "rt.running", "of those, the review date is before the period's last day",
       "children on a reduced timetable at the end of the period",
       ("alternative_provision.review_date",), "Children not on a reduced timetable."),
    Indicator("PRAC-14", "practice", "Children in alternative provision at the end of term",
       "Plant mewn darpariaeth amgen ar ddiwedd y tymor", "percent", "ap.running", "children",
       "alternative provision started by the period's last day and not ended by then",
       COHORT_EN, ("alternative_provision.arrangement", "alternative_provision.started",
                   "alternative_provision.ended"), _NOT_LA),
    Indicator("PRAC-15", "practice", "Children missing education at the end of term",
       "Plant sy'n colli addysg ar ddiwedd y tymor", "percent", "cme", "children",
       "missing education since a day in or before the period, not resolved by its last day",
       COHORT_EN, ("missing_education.missing_since", "missing_education.resolved_on"),
       _NOT_LA),
    # --- impact ------------------------------------------------------------------------------
    Indicator("IMPA-01", "impact", "Attendance 95% or more", "Presenoldeb 95% neu fwy", "percent",
       "att.95", "att.recorded", "attendance 95% or more", "children with attendance recorded",
       _ATT, "Children with no attendance recorded."),
    Indicator("IMPA-02", "impact", "Attendance 90% to under 95%", "Presenoldeb 90% i lai na 95%",
       "percent", "att.90", "att.recorded", "attendance from 90% to under 95%",
       "children with attendance recorded", _ATT, "Children with no attendance recorded."),
    Indicator("IMPA-03", "impact", "Attendance 80% to under 90%", "Presenoldeb 80% i lai na 90%",
       "percent", "att.80", "att.recorded", "attendance from 80% to under 90%",
       "children with attendance recorded", _ATT, "Children with no attendance recorded."),
    Indicator("IMPA-04", "impact", "Attendance under 80%", "Presenoldeb llai na 80%", "percent",
       "att.below80", "att.recorded", "attendance under 80%",
       "children with attendance recorded", _ATT, "Children with no attendance recorded."),
    Indicator("IMPA-05", "impact", "Persistent absence (attendance under 90%)",
       "Absenoldeb parhaus (presenoldeb llai na 90%)", "percent", "att.persistent",
       "att.recorded", "attendance under 90% (missing 10% or more of sessions)",
       "children with attendance recorded", _ATT, "Children with no attendance recorded."),
    Indicator("IMPA-06", "impact", "Children with one or more exclusions",
       "Plant ag un neu ragor o waharddiadau", "percent", "excluded", "children",
       "the period's plan records at least one exclusion", COHORT_EN,
       ("attendance.exclusions",), _NOT_LA),
    Indicator("IMPA-07", "impact", "Targets met (rated green)", "Targedau wedi'u cyrraedd (gwyrdd)",
       "percent", "targets.met", "targets.rated", "targets whose progress is green",
       "targets in the period's plans with a progress rating", ("targets.*.progress",),
       "Targets with no progress rating. Counts are of targets, not children."),
    Indicator("IMPA-08", "impact", "Attainment at or above expected in every subject",
       "Cyrhaeddiad ar y lefel ddisgwyliedig neu uwch ym mhob pwnc", "percent",
       "attainment.expected", "attainment.compared",
       "current grade at or above expected in every subject with both recorded",
       "children with at least one subject whose current and expected grades are numbers",
       ("attainment.*.current", "attainment.*.expected"),
       "Subjects whose grades are not numbers (e.g. 'emerging')."),
    Indicator("IMPA-09", "impact", "Post-16: in education, employment or training",
       "Ôl-16: mewn addysg, cyflogaeth neu hyfforddiant", "percent", "post16.eet",
       "post16.recorded", "status education, employment or training",
       "young people whose period's plan is a post-16 plan with a status recorded",
       ("post16.eet_status",), "Post-16 plans with no status recorded; other phases."),
    Indicator("IMPA-10", "impact", "Post-16: not in education, employment or training (NEET)",
       "Ôl-16: ddim mewn addysg, cyflogaeth na hyfforddiant (NEET)", "percent", "post16.neet",
       "post16.recorded", "status NEET",
       "young people whose period's plan is a post-16 plan with a status recorded",
       ("post16.eet_status",), "Post-16 plans with no status recorded; other phases."),
)  # fmt: skip

BY_ID: Final = {indicator.id: indicator for indicator in INDICATORS}
