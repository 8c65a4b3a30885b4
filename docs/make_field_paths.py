"""Write docs/field-paths.md from the model itself, so the reference cannot drift.

Run: ``.venv/bin/python docs/make_field_paths.py``; a test fails when the file is stale.

The labels come from the editor's label table (``src/vsdesk/ui/editor/labels.py``, read
with ``ast`` so this script needs no Qt) and their Welsh from the translation source
(``resources/translations/vsdesk_cy.ts``); the phases and the fields required before a
meeting from the domain (``vsdesk.domain.phases``, ``vsdesk.domain.rules``).
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from vsdesk.domain.fields import FieldSpec, iter_leaf_specs
from vsdesk.domain.model import Plan
from vsdesk.domain.phases import CIRCUMSTANCE_SECTIONS, UNUSED_SECTIONS, Phase
from vsdesk.domain.profiles import default_profile
from vsdesk.domain.rules import required_for_meeting

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "src" / "vsdesk" / "ui" / "editor" / "labels.py"
WELSH = ROOT / "resources" / "translations" / "vsdesk_cy.ts"
PHASE_WORDS = {Phase.EARLY_YEARS: "early years", Phase.SCHOOL_AGE: "school age",
               Phase.POST_16: "post-16"}  # fmt: skip
COUNTRIES = ("wales", "england")
EET_WORDS = {"education": "in education", "training": "in training",
             "employment": "in employment", "neet": "NEET"}  # fmt: skip

HEADER = """# Field paths

Every value of a pupil's record has a dotted *field path*. The CLI's `edit`, `pupils show
--json`, the audit history, sync changes and merge conflicts all use them. `<id>` stands
for the key of an entry in a collection (letters, digits, `-`, `_`; up to 40): a new key in
`edit` creates the entry, e.g. `vsdesk edit ID targets.t-9.description="Read daily"
targets.t-9.success_measure="Reading log 4×/week" targets.t-9.owner=DT targets.t-9.due=2027-02-01`.

Sections `plan` … `qa` are the pupil's *current* plan (the latest term's). Owner decides
who may edit on which side and who wins a sync conflict: the authority's fields can be
changed only at the hub, the school's only on a teacher's device, shared fields on both.
*Free text* is never overwritten by a merge (both texts are kept as a conflict). *Sensitive*
fields are safeguarding data: hidden from `pupils show` and packs unless asked for.

Values on the command line: numbers as `93.5`, dates as `2026-12-01`, yes/no as
`yes`/`no`, amounts as `400` or `£1,500`; an empty value (`FIELD=`) clears an optional field.

*Phase* says which plans use the field: early years (age 2 to Reception), school age
(Years 1 to 11), post-16 (Years 12 and 13), all, or *circumstance* (transition, alternative
provision or a reduced timetable, a child missing education: recorded in any phase when it
applies). *Required before meeting* lists the phases whose plans need the field before they
are marked ready for a meeting, in the default Wales and England profiles (an authority's
profile may ask for more). Labels are the desktop app's, English and Welsh.

"""
COLUMNS = ("field path", "label", "Welsh label", "type", "owner", "free text", "sensitive",
           "allowed values", "phase", "required before meeting")  # fmt: skip
TABLE_HEAD = "| " + " | ".join(COLUMNS) + " |\n" + "| --- " * len(COLUMNS) + "|\n"


@cache
def english_labels() -> dict[str, str]:
    """The editor's FIELDS table: template path → English label (no Qt imported)."""
    tree = ast.parse(LABELS.read_text(encoding="utf-8"))
    for node in tree.body:
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
            continue
        if node.target.id == "FIELDS" and isinstance(node.value, ast.Dict):
            return {
                ast.literal_eval(key): ast.literal_eval(value.args[1])
                for key, value in zip(node.value.keys, node.value.values, strict=True)
                if key is not None and isinstance(value, ast.Call)
            }
    raise LookupError("FIELDS not found in the editor's labels")


@cache
def welsh_labels() -> dict[str, str]:
    """English → Welsh for the "Fields" context of the translation source."""
    found: dict[str, str] = {}
    for context in ET.parse(WELSH).getroot().iter("context"):
        if context.findtext("name") != "Fields":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source and translation is not None and translation.get("type") != "unfinished":
                found[source] = translation.text or ""
    return found


def phases_of(path: str) -> str:
    section = path.split(".", 1)[0]
    if section in CIRCUMSTANCE_SECTIONS:
        return "circumstance"
    using = [phase for phase in Phase if section not in UNUSED_SECTIONS[phase]]
    return "all" if len(using) == len(Phase) else ", ".join(PHASE_WORDS[p] for p in using)


@cache
def required() -> dict[str, dict[str, list[str]]]:
    """field → country → the phases (post-16 ones with the EET status) that require it."""
    found: dict[str, dict[str, list[str]]] = {}
    for country in COUNTRIES:
        profile = default_profile(country, country, country)
        for phase in Phase:
            always = set(required_for_meeting(Plan(id="doc"), profile, phase))
            for path in always:
                found.setdefault(path, {}).setdefault(country, []).append(PHASE_WORDS[phase])
            if phase is not Phase.POST_16:
                continue
            when: dict[str, list[str]] = {}
            for status, words in EET_WORDS.items():
                plan = Plan(id="doc")
                plan.post16.eet_status = status
                for path in set(required_for_meeting(plan, profile, phase)) - always:
                    when.setdefault(path, []).append(words)
            for path, statuses in when.items():
                found.setdefault(path, {}).setdefault(country, []).append(
                    f"post-16 when {' or '.join(statuses)}"
                )
    return found


def required_text(path: str) -> str:
    by_country = required().get(path, {})
    texts = {country: ", ".join(by_country.get(country, [])) for country in COUNTRIES}
    if len(set(texts.values())) == 1:
        return texts[COUNTRIES[0]]
    return "; ".join(f"{c.capitalize()}: {t or '—'}" for c, t in texts.items())


def label_cells(spec: FieldSpec) -> tuple[str, str]:
    english = english_labels().get(spec.path, "")
    return english, welsh_labels().get(english, "") if english else ""


def render() -> str:
    rows = []
    for spec in iter_leaf_specs():
        kind = getattr(spec.kind, "__name__", str(spec.kind))
        if hasattr(spec.kind, "__members__"):
            choices = ", ".join(str(m.value) for m in spec.kind)  # type: ignore[attr-defined]
            kind = "choice"
        else:
            choices = ", ".join(spec.choices or ())
        optional = " (optional)" if spec.optional else ""
        english, welsh = label_cells(spec)
        rows.append(
            f"| `{spec.path}` | {english} | {welsh} | {kind}{optional} | {spec.owner.value} | "
            f"{'yes' if spec.text else ''} | {'yes' if spec.sensitive else ''} | {choices} | "
            f"{phases_of(spec.path)} | {required_text(spec.path)} |"
        )
    return HEADER + TABLE_HEAD + "\n".join(rows) + "\n"


if __name__ == "__main__":
    (Path(__file__).parent / "field-paths.md").write_text(render(), encoding="utf-8")
