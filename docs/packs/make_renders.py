"""Re-make the page renders in this folder: one demo pack in English, one in Welsh.

    .venv/bin/python docs/packs/make_renders.py

The pupil is the first Welsh-first pupil of the seeded demo world (fictional), printed for
their next meeting; every page is kept at 60 dpi (poppler's ``pdftoppm``), so a reviewer can
read the pack page by page without running anything.
"""

from __future__ import annotations

import subprocess
import tempfile
from datetime import date, datetime
from pathlib import Path

from vsdesk.demo.synthetic import AUTHORITIES, generate_pupils
from vsdesk.domain.profiles import default_profile
from vsdesk.packs import PackOptions, render_pack

HERE = Path(__file__).parent
TODAY = date(2026, 11, 23)
PROFILES = {a.id: default_profile(a.id, a.name, a.country) for a in AUTHORITIES}


def main() -> None:
    world = generate_pupils(12, 31, today=TODAY)
    pupil = next(p for p in world if p.pupil.first_language == "welsh")
    profile = PROFILES[pupil.pupil.home_authority]
    for old in HERE.glob("pack-*.png"):
        old.unlink()
    for lang in ("en", "cy"):
        options = PackOptions(
            lang=lang, printed_by="Ms Siân Llŷr", printed_at=datetime(2026, 11, 23, 14, 5)
        )
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "pack.pdf"
            pdf.write_bytes(render_pack(pupil, profile, options))
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", str(pdf), str(HERE / f"pack-{lang}")], check=True
            )
    print(f"Rendered {pupil.id} ({profile.name}) in English and Welsh into {HERE}")


if __name__ == "__main__":
    main()
