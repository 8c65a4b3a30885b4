"""Write the indicator reference in docs/indicators.md from the catalogue, so it cannot drift.

Only the part between the two markers is generated; the prose around it is written by hand.
Run: ``.venv/bin/python docs/make_indicators.py``; a test fails when the file is stale.
"""

from __future__ import annotations

from pathlib import Path

from vsdesk.monitoring.indicators import GROUP_LABELS, GROUPS, INDICATORS, SCHEMA_VERSION

DOC = Path(__file__).with_name("indicators.md")
START, END = "<!-- indicators:start -->", "<!-- indicators:end -->"


def reference() -> str:
    lines = [f"Indicator set version **{SCHEMA_VERSION}**.", ""]
    for group in GROUPS:
        english, welsh = GROUP_LABELS[group]
        lines += [f"### {english} / {welsh}", ""]
        for i in (i for i in INDICATORS if i.group == group):
            level = "" if i.by_breakdown else " (authority level: the `all` row only)"
            lines += [f"#### {i.id} · {i.label_en}", "", f"- **Cymraeg:** {i.label_cy}",
                      f"- **Unit:** {i.unit}{level}"]  # fmt: skip
            if i.numerator:
                lines.append(f"- **Numerator** (`{i.numerator}`): {i.numerator_text}")
            else:
                lines.append(f"- **Value:** {i.numerator_text}")
            if i.denominator:
                lines.append(f"- **Denominator** (`{i.denominator}`): {i.denominator_text}")
            lines += ["- **Fields:** " + ", ".join(f"`{f}`" for f in i.fields),
                      f"- **Exclusions:** {i.exclusions}", ""]  # fmt: skip
    return "\n".join(lines)


def render(current: str) -> str:
    before, _, rest = current.partition(START)
    _, _, after = rest.partition(END)
    return f"{before}{START}\n{reference()}{END}{after}"


if __name__ == "__main__":
    DOC.write_text(render(DOC.read_text(encoding="utf-8")), encoding="utf-8")
