"""``report compare``: returns side by side, and a clear refusal for returns that do not match."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers.monitoring_data import build, cohort
from vsdesk.errors import ValidationError
from vsdesk.monitoring.compare import names_for, write_comparison
from vsdesk.monitoring.csv_output import indicators_csv
from vsdesk.monitoring.indicators import SCHEMA_VERSION

CARDIFF = indicators_csv(build(cohort(5))).encode()
POWYS = indicators_csv(build(cohort(1))).encode()
SUMMER = indicators_csv(build(cohort(5), "2026-summer")).encode()


def files(tmp_path: Path, **returns: bytes) -> list[tuple[Path, bytes]]:
    found = []
    for name, data in returns.items():
        path = tmp_path / name / "indicators.csv"
        path.parent.mkdir()
        path.write_bytes(data)
        found.append((path, data))
    return found


def test_side_by_side_csv_and_one_chart_per_indicator(tmp_path: Path) -> None:
    out = tmp_path / "out"
    written = write_comparison(files(tmp_path, cardiff=CARDIFF, powys=POWYS), out, "en")
    assert [p.name for p in written] == ["comparison.csv", "comparison.pdf"]
    rows = list(csv.DictReader(io.StringIO((out / "comparison.csv").read_text("utf-8"))))
    assert list(rows[0])[-2:] == ["cardiff", "powys"]
    row = next(r for r in rows if r["indicator_id"] == "IMPL-03" and r["breakdown"] == "age:16+")
    assert (row["cardiff"], row["powys"]) == ("5", "*")  # the suppression is kept
    text = "\n".join(p.extract_text() for p in PdfReader(out / "comparison.pdf").pages)
    assert "Monitoring returns side by side" in text and "Page 1 of" in text
    assert text.count("IMPA-05") == 1 and "cardiff" in text and "powys" in text


def test_welsh_pdf(tmp_path: Path) -> None:
    write_comparison(files(tmp_path, a=CARDIFF, b=POWYS), tmp_path / "out", "cy")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "out/comparison.pdf").pages)
    assert "Ffurflenni monitro ochr yn ochr" in text and "Tudalen 1 o" in text


def test_refuses_returns_for_different_periods(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"different periods \(2026-autumn, 2026-summer\)"):
        write_comparison(files(tmp_path, a=CARDIFF, b=SUMMER), tmp_path / "out", "en")
    assert not (tmp_path / "out").exists()


def test_refuses_returns_of_different_schema_versions(tmp_path: Path) -> None:
    this, later = SCHEMA_VERSION, str(int(SCHEMA_VERSION) + 1)
    version_later = CARDIFF.replace(f",{this}\n".encode(), f",{later}\n".encode())
    assert version_later != CARDIFF
    versions = rf"different indicator set versions \({this}, {later}\)"
    with pytest.raises(ValidationError, match=versions):
        write_comparison(files(tmp_path, a=CARDIFF, b=version_later), tmp_path / "out", "en")
    with pytest.raises(ValidationError, match=f"this hub compares version {this}"):
        write_comparison(files(tmp_path, c=version_later, d=version_later), tmp_path / "out", "en")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"name,dob\nSian,2014-01-01\n", "not an indicators.csv"),
        (b"\xff\xfe", "not a UTF-8 CSV"),
        (CARDIFF.split(b"\n")[0] + b"\n", "rows are missing"),
        (CARDIFF + b"IMPL-01,x,y,2026-autumn,all\n", "wrong number of cells"),
        (CARDIFF.replace(b",extended,", b",=HYPERLINK(1),"), "cannot"),
        (CARDIFF.replace(b"IMPL-03,", b"IMPL-99,", 1), "unknown indicator"),
        (CARDIFF.replace(b",age:16+,", b",age:17,", 1), "breakdown"),
    ],
)
def test_refuses_files_that_are_not_returns(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        write_comparison(files(tmp_path, a=CARDIFF, b=data), tmp_path / "out", "en")
    assert "Sian" not in str(caught.value)


def test_needs_two_returns(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Give 2 to 30 returns"):
        write_comparison(files(tmp_path, a=CARDIFF), tmp_path / "out", "en")


def test_names_come_from_folders_or_file_stems() -> None:
    paths = [Path("x/cardiff/indicators.csv"), Path("powys-2026.csv"), Path("y/powys-2026.csv")]
    assert names_for(paths) == ["cardiff", "powys-2026-2", "powys-2026-3"]
