"""Re-make the page renders in this folder: one demo pack in English, one in Welsh, and one
page of each phase's own section.

    .venv/bin/python docs/packs/make_renders.py

The pupil is the first Welsh-first pupil of the seeded demo world (fictional), printed for
their next meeting; every page is kept at 60 dpi (poppler's ``pdftoppm``), so a reviewer can
read the pack page by page without running anything.

The phase pages are the early-years child (Powys, in Welsh) and the NEET 17-year-old
(Bristol, in English) that ``tests/unit/packs/test_pack_phases.py`` prints, built by the
same test helper (``tests/unit/packs/phase_pupils.py``): the page that holds the section.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import Destination

from vsdesk.domain.model import Pupil
from vsdesk.domain.profiles import AuthorityProfile, default_profile
from vsdesk.packs import Labels, PackOptions, render_pack
from vsdesk.packs.labels import Lang
from vsdesk.services.synthetic import AUTHORITIES, generate_pupils

HERE = Path(__file__).parent
TODAY = date(2026, 11, 23)
PRINTED_AT = datetime(2026, 11, 23, 14, 5)
PROFILES = {a.id: default_profile(a.id, a.name, a.country) for a in AUTHORITIES}


def main() -> None:
    world = generate_pupils(12, 31, today=TODAY)
    pupil = next(p for p in world if p.pupil.first_language == "welsh")
    profile = PROFILES[pupil.pupil.home_authority]
    for old in HERE.glob("pack-*.png"):
        old.unlink()
    for lang in ("en", "cy"):
        options = PackOptions(lang=lang, printed_by="Ms Siân Llŷr", printed_at=PRINTED_AT)
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "pack.pdf"
            pdf.write_bytes(render_pack(pupil, profile, options))
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", str(pdf), str(HERE / f"pack-{lang}")], check=True
            )
    print(f"Rendered {pupil.id} ({profile.name}) in English and Welsh into {HERE}")
    phase_pages()


def phase_pages() -> None:
    """``phase-early-years-cy.png`` and ``phase-post16-neet-en.png``: the page holding the
    phase's section, from the fictional pupils the phase tests print."""
    sys.path.insert(0, str(HERE.parent.parent / "tests" / "unit" / "packs"))
    from phase_pupils import (  # type: ignore[import-not-found]  # on sys.path above
        early_years_child,
        meeting_on,
        neet_seventeen,
    )

    powys, bristol = PROFILES["powys"], PROFILES["bristol"]
    examples: list[tuple[str, Pupil, AuthorityProfile, Lang, str]] = [
        ("phase-early-years-cy", early_years_child(TODAY, powys), powys, "cy", "sec.early_years"),
        ("phase-post16-neet-en", neet_seventeen(TODAY, bristol), bristol, "en", "sec.post16"),
    ]
    for name, pupil, profile, lang, section in examples:
        options = PackOptions(
            lang=lang,
            printed_by="Ms Siân Llŷr",
            printed_at=PRINTED_AT,
            meeting_date=meeting_on(TODAY),
        )
        data = render_pack(pupil, profile, options)
        page = _page_of(data, Labels(lang)(section))
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "pack.pdf"
            pdf.write_bytes(data)
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page)]
                + ["-singlefile", str(pdf), str(HERE / name)],
                check=True,
            )
    print(f"Rendered the early-years and post-16 section pages into {HERE}")


def _page_of(data: bytes, heading: str) -> int:
    """The 1-based page the outline entry ``heading`` opens."""
    reader = PdfReader(io.BytesIO(data))
    for entry in reader.outline:
        if isinstance(entry, Destination) and entry.title == heading:
            return (reader.get_destination_page_number(entry) or 0) + 1
    raise SystemExit(f"No section {heading!r} in the pack")


if __name__ == "__main__":
    main()
