"""Write docs/field-paths.md from the model itself, so the reference cannot drift.

Run: ``.venv/bin/python docs/make_field_paths.py``; a test fails when the file is stale.
"""

from __future__ import annotations

from pathlib import Path

from vsdesk.domain.fields import iter_leaf_specs

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

| field path | type | owner | free text | sensitive | allowed values |
| --- | --- | --- | --- | --- | --- |
"""


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
        rows.append(
            f"| `{spec.path}` | {kind}{optional} | {spec.owner.value} | "
            f"{'yes' if spec.text else ''} | {'yes' if spec.sensitive else ''} | {choices} |"
        )
    return HEADER + "\n".join(rows) + "\n"


if __name__ == "__main__":
    (Path(__file__).parent / "field-paths.md").write_text(render(), encoding="utf-8")
