"""Every word the monitoring outputs print besides the indicator labels, in English and Welsh.

Welsh terms follow the project glossary (/work/shared/GLOSSARY-cy.md); like the pack's
table, this wants a professional translator's review before release.
"""

from __future__ import annotations

from typing import Final

from vsdesk.domain.terms import parse_term

TEXT: Final[dict[str, tuple[str, str]]] = {
    "marking": ("OFFICIAL", "SWYDDOGOL"),
    "page": ("Page {n} of {m}", "Tudalen {n} o {m}"),
    "title": ("Virtual School monitoring return", "Ffurflen fonitro'r Ysgol Rithwir"),
    "subtitle": (
        "Report to the scrutiny and corporate parenting committees",
        "Adroddiad i'r pwyllgorau craffu a rhianta corfforaethol",
    ),
    "period": ("Period", "Cyfnod"),
    "previous": ("Compared with", "O'i gymharu â"),
    "children": ("Children looked after in the return", "Plant sy'n derbyn gofal yn y ffurflen"),
    "version": ("Indicator set version", "Fersiwn y set dangosyddion"),
    "suppression": (
        "Counts from 1 to 4, and figures drawn from 1 to 4 children, are shown as * to "
        "protect the children; further figures are hidden where they would let a hidden one "
        "be worked out. No child is named or identifiable in this report.",
        "Dangosir cyfrifon o 1 i 4, a ffigurau sy'n deillio o 1 i 4 o blant, fel * er mwyn "
        "diogelu'r plant; cuddir ffigurau eraill lle byddent yn caniatáu cyfrifo un cudd. Nid "
        "oes plentyn wedi'i enwi na modd ei adnabod yn yr adroddiad hwn.",
    ),
    "indicator": ("Indicator", "Dangosydd"),
    "this": ("This term", "Y tymor hwn"),
    "last": ("Last term", "Y tymor diwethaf"),
    "change": ("Change", "Newid"),
    "definitions": ("Definitions", "Diffiniadau"),
    "chart.percent": ("Percentage, last term and this term",
                      "Canran, y tymor diwethaf a'r tymor hwn"),
    "chart.money": ("Pounds per child, last term and this term",
                    "Punnoedd fesul plentyn, y tymor diwethaf a'r tymor hwn"),
    "divided": ("{a} ÷ {b}", "{a} ÷ {b}"),
    "not.recorded": ("not recorded", "heb ei gofnodi"),
    "yes": ("yes", "ydy"),
    "no": ("no", "nac ydy"),
    "compare.title": ("Monitoring returns side by side", "Ffurflenni monitro ochr yn ochr"),
    "compare.returns": ("Returns compared", "Ffurflenni a gymharwyd"),
    "compare.note": ("All children (breakdown: all).", "Pob plentyn (dadansoddiad: pob un)."),
    "model.new": ("new", "newydd"),
    "model.extended": ("extended", "estynedig"),
    "model.early-stage": ("early stage", "cam cynnar"),
}  # fmt: skip

SEASONS: Final = {"spring": ("Spring", "Gwanwyn"), "summer": ("Summer", "Haf"),
                  "autumn": ("Autumn", "Hydref")}  # fmt: skip

#: Short names of the measures, for "A ÷ B" definitions in either language.
MEASURE_NAMES: Final[dict[str, tuple[str, str]]] = {
    "children": ("children looked after with a plan this term",
                 "plant sy'n derbyn gofal â chynllun y tymor hwn"),
    "initial.due": ("initial PEPs due this term", "CAPau cychwynnol yn ddyledus y tymor hwn"),
    "initial.met": ("held within 20 school days", "wedi'u cynnal o fewn 20 diwrnod ysgol"),
    "reviewed": ("a PEP meeting this term", "cyfarfod CAP y tymor hwn"),
    "review.overdue": ("PEP review overdue at end of term",
                       "adolygiad CAP yn hwyr ar ddiwedd y tymor"),
    "qa.rated": ("plans with a QA rating", "cynlluniau â sgôr sicrhau ansawdd"),
    "qa.green": ("rated green", "sgôr gwyrdd"),
    "qa.amber": ("rated amber", "sgôr ambr"),
    "qa.red": ("rated red", "sgôr coch"),
    "voice.recorded": ("pupil voice recorded", "llais y disgybl wedi'i gofnodi"),
    "aln.recorded": ("ALN status recorded", "statws ADY wedi'i gofnodi"),
    "aln.needs": ("children with ALN", "plant ag ADY"),
    "aln.plan": ("with an IDP or EHCP", "â CDU neu EHCP"),
    "att.recorded": ("attendance recorded", "presenoldeb wedi'i gofnodi"),
    "att.95": ("attendance 95%+", "presenoldeb 95%+"),
    "att.90": ("attendance 90–95%", "presenoldeb 90–95%"),
    "att.80": ("attendance 80–90%", "presenoldeb 80–90%"),
    "att.below80": ("attendance under 80%", "presenoldeb llai na 80%"),
    "att.persistent": ("attendance under 90%", "presenoldeb llai na 90%"),
    "excluded": ("one or more exclusions", "un neu ragor o waharddiadau"),
    "targets.rated": ("targets with a progress rating", "targedau â sgôr cynnydd"),
    "targets.met": ("targets rated green", "targedau gwyrdd"),
    "attainment.compared": ("children with comparable grades", "plant â graddau cymaradwy"),
    "attainment.expected": ("at or above expected in every subject",
                            "ar y lefel ddisgwyliedig neu uwch ym mhob pwnc"),
    "post16.recorded": ("post-16 plans with a status", "cynlluniau ôl-16 â statws"),
    "post16.eet": ("in education, employment or training",
                   "mewn addysg, cyflogaeth neu hyfforddiant"),
    "post16.neet": ("NEET", "NEET"),
    "rt.running": ("on a reduced timetable at end of term",
                   "ar amserlen ostyngedig ar ddiwedd y tymor"),
    "rt.past-review": ("past the review date", "wedi pasio'r dyddiad adolygu"),
    "ap.running": ("in alternative provision at end of term",
                   "mewn darpariaeth amgen ar ddiwedd y tymor"),
    "cme": ("missing education at end of term", "yn colli addysg ar ddiwedd y tymor"),
    "emergency.due": ("initial PEPs due after an emergency placement",
                      "CAPau cychwynnol yn ddyledus ar ôl lleoliad brys"),
    "emergency.met": ("held on time", "wedi'u cynnal mewn pryd"),
    "pdg.requested": ("PDG-LAC requested (£)", "GDD-PDG y gofynnwyd amdano (£)"),
    "pdg.approved": ("PDG-LAC approved (£)", "GDD-PDG a gymeradwywyd (£)"),
    "staff.fte": ("Virtual School staff FTE", "CALl staff yr Ysgol Rithwir"),
    "spend.total": ("spending, all lines (£)", "gwariant, pob llinell (£)"),
    "spend.grant": ("grant spending (£)", "gwariant o'r grant (£)"),
    "spend.pdg-lac": ("PDG-LAC spent (£)", "GDD-PDG a wariwyd (£)"),
    "spend.staff": ("staff spending (£)", "gwariant ar staff (£)"),
    "spend.commissioned": ("commissioned services (£)", "gwasanaethau a gomisiynwyd (£)"),
}  # fmt: skip


def text(key: str, lang: str, **values: object) -> str:
    english, welsh = TEXT[key]
    return (welsh if lang == "cy" else english).format(**values)


def measure_name(measure: str, lang: str) -> str:
    english, welsh = MEASURE_NAMES[measure]
    return welsh if lang == "cy" else english


def period_label(period: str, lang: str) -> str:
    year, season = parse_term(period)
    english, welsh = SEASONS[season]
    return f"{welsh if lang == 'cy' else english} {year}"
