"""Re-make the pack screenshots in this folder (synthetic pupils; needs poppler's pdftoppm).

    .venv/bin/python docs/screenshots/packs/make_screenshots.py

Each entry renders one pack and keeps one page at 60 dpi: enough to judge the layout, small
enough to keep in the repository. ``*-grey`` pages are rendered in greyscale, as an office
printer would print them, to check that nothing depends on colour.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from vsdesk.domain.model import Pupil
from vsdesk.domain.profiles import default_profile
from vsdesk.packs import PackOptions, render_pack
from vsdesk.services.synthetic import generate_pupils

HERE = Path(__file__).parent
POWYS = default_profile("powys", "Powys", "wales")
BASE = PackOptions(
    lang="en", printed_by="Mrs Ffion Teacher", printed_at=datetime(2026, 11, 23, 14, 5)
)


def pupil(terms: int) -> Pupil:
    found = generate_pupils(1, 11, today=date(2026, 11, 23), terms=terms)[0]
    found.pupil = replace(
        found.pupil,
        given_name="Llŷr",
        family_name="Prŷs",
        school="Ysgol y Dŵr",
        home_authority="powys",
        date_of_birth=date(2012, 3, 14),
        year_group=10,  # Year 10 in 2026/27 (1 September cut-off)
    )
    return found


#: file name → (history in terms, options, 1-based page; -1 is the last)
SHOTS = {
    "en-cover": (3, BASE, 1),
    "en-record": (3, BASE, 2),
    "both-cover-sensitive": (3, replace(BASE, lang="both", include_sensitive=True), 1),
    "cy-blank-review": (3, replace(BASE, lang="cy", blank=True), 4),
    "five-years-targets": (15, BASE, 5),
    "en-signoff": (3, BASE, -1),
    "five-years-targets-grey": (15, BASE, 5),
}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, (terms, options, page) in SHOTS.items():
            pdf = Path(folder) / "pack.pdf"
            data = render_pack(pupil(terms), POWYS, options)
            pdf.write_bytes(data)
            if page < 0:
                page += len(PdfReader(io.BytesIO(data)).pages) + 1
            subprocess.run(
                [
                    "pdftoppm",
                    *(["-gray"] if name.endswith("-grey") else []),
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(pdf),
                    str(HERE / name),
                ],
                check=True,
            )
            shot = HERE / f"{name}.png"
            Image.open(shot).quantize(colors=32).save(shot, optimize=True)


if __name__ == "__main__":
    main()
