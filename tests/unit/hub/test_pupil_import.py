"""Importing a case-management CSV: all rows or none, errors by line and column, never value."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest

from vsdesk.domain.profiles import default_profile
from vsdesk.hub.services.pupil_import import (
    IDENTITY_COLUMNS,
    OPTIONAL_IDENTITY_COLUMNS,
    SAFEGUARDING_COLUMNS,
    CsvImportError,
    import_pupils,
)
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.storage.store import HubStore
from vsdesk.services.pupils import PupilService
from vsdesk.storage.pupil_repository import PupilRepository

TODAY = date(2026, 11, 23)
HEADER = ",".join(IDENTITY_COLUMNS + SAFEGUARDING_COLUMNS)
ROWS = [
    "A123456789012,Siân,Prŷs,2014-03-07,Ysgol y Dŵr Gwyn,7,care-order,2022-01-10,2023-09-01,"
    "foster,Iolo Llwyd,aln-idp,welsh,looked-after,2027-01-15,"
    '"1 Heol y Dŵr, Tref Ffug",Nia Evans,"1 Heol y Dŵr, Tref Ffug",01632 960001',
    "B123456789013,Osian,Gruffydd,09/11/2016,Oakfield Primary School,R,C2,01/02/2024,,"
    "kinship,,none,Cymraeg,,,,,,",
]
ALL_COLUMNS = IDENTITY_COLUMNS + SAFEGUARDING_COLUMNS


def csv_bytes(*rows: str, header: str = HEADER) -> bytes:
    return ("\r\n".join((header, *rows)) + "\r\n").encode("utf-8")


def with_cell(row: str, column: str, value: str) -> str:
    cells = next(csv.reader([row]))
    cells[ALL_COLUMNS.index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


@pytest.fixture
def pupils(hub: HubStore) -> HubPupils:
    return HubPupils(hub, "cardiff:officer", clock=lambda: datetime(2026, 11, 23, tzinfo=UTC))


def stored(hub: HubStore) -> list[dict[str, object]]:
    return [PupilService(hub, "t").view(p.id, True) for p in PupilService(hub, "t").all()]


def test_a_good_file_imports_every_row_with_a_new_plan(hub: HubStore, pupils: HubPupils) -> None:
    assert pupils.import_csv(b"\xef\xbb\xbf" + csv_bytes(*ROWS)) == 2
    by_upn = {p.pupil.upn: p for p in PupilService(hub, "t").all()}
    sian, osian = by_upn["A123456789012"], by_upn["B123456789013"]
    assert sian.id.startswith("p-") and sian.id != osian.id
    assert sian.name == "Siân Prŷs" and sian.pupil.home_authority == "cardiff"
    assert sian.pupil.date_of_birth == date(2014, 3, 7)
    assert sian.safeguarding.carer_address == "1 Heol y Dŵr, Tref Ffug"
    assert osian.pupil.date_of_birth == date(2016, 11, 9)  # DD/MM/YYYY
    assert (osian.pupil.year_group, osian.pupil.legal_status) == (0, "care-order")
    assert (osian.pupil.first_language, osian.pupil.cohort) == ("welsh", "looked-after")
    assert osian.pupil.joined_school is None and osian.safeguarding.carer_name == ""
    [plan] = sian.plans
    assert (plan.plan.term, plan.plan.status.value) == ("2026-autumn", "not-started")


def test_safeguarding_columns_are_optional(hub: HubStore, pupils: HubPupils) -> None:
    header = ",".join(IDENTITY_COLUMNS)
    row = ",".join(ROWS[1].split(",")[: len(IDENTITY_COLUMNS)])
    assert pupils.import_csv(csv_bytes(row, header=header)) == 1


BAD_DATE = with_cell(ROWS[1], "date_of_birth", "31/02/2016")
BAD_STATUS = with_cell(ROWS[1], "legal_status", "Adopted by Ms Price")
BAD_UPN = with_cell(ROWS[1], "upn", "Siân")
BAD_LANGUAGE = with_cell(ROWS[1], "aln_status", "ehcp")  # England's term, not Wales's
FUTURE = with_cell(ROWS[1], "date_of_birth", "2030-01-01")
NO_NAME = with_cell(ROWS[1], "given_name", "   ")


@pytest.mark.parametrize(
    ("data", "line", "column", "words"),
    [
        (csv_bytes(ROWS[0], BAD_DATE), 3, "date_of_birth", "YYYY-MM-DD or DD/MM/YYYY"),
        (csv_bytes(ROWS[0], BAD_STATUS), 3, "legal_status", "must be one of"),
        (csv_bytes(BAD_UPN), 2, "upn", "13-character UPN"),
        (csv_bytes(BAD_LANGUAGE), 2, "aln_status", "must be one of"),
        (csv_bytes(FUTURE), 2, "date_of_birth", "future"),
        (csv_bytes(NO_NAME), 2, "given_name", "required"),
        (csv_bytes(ROWS[0], ROWS[1], ROWS[0]), 4, "upn", "same UPN is on line 2"),
        (csv_bytes(ROWS[0], header=HEADER.replace("legal_status,", "")), 1, "legal_status",
         "missing"),
        (csv_bytes(ROWS[0], header=HEADER.replace("upn", "Siân")), 1, None, "column 1 is not"),
        (csv_bytes(ROWS[0] + ",extra"), 2, None, "values but the header line names"),
        (b"", 1, None, "empty"),
        (b"\n\n", 1, None, "empty"),
        (csv_bytes(), 2, None, "holds no pupils"),
        (csv_bytes(ROWS[0], ROWS[1]).replace(b"Osian", "Osian".encode("utf-16")), 3,
         None, "not UTF-8"),
        (csv_bytes(ROWS[0], ROWS[1]).replace(b"Osian", "\xd4sian".encode("cp1252")), 3,
         None, "not UTF-8"),
        (csv_bytes(ROWS[0], '"unterminated,' + ROWS[1]), 3, None, "not valid CSV"),
    ],
)  # fmt: skip
def test_a_bad_row_imports_nothing_and_names_line_and_column(
    hub: HubStore,
    pupils: HubPupils,
    data: bytes,
    line: int,
    column: str | None,
    words: str,
) -> None:
    with pytest.raises(CsvImportError) as caught:
        pupils.import_csv(data)
    error = caught.value
    assert (error.line, error.column) == (line, column)
    assert str(error).startswith(f"line {line}: ") and words in str(error)
    assert "Nothing was imported" in str(error)
    for personal in ("Siân", "Osian", "Prŷs", "Gruffydd", "Ms Price", "31/02", "2030", "A1234"):
        assert personal not in str(error)
    assert stored(hub) == []


def test_a_upn_already_on_the_hub_imports_nothing(hub: HubStore, pupils: HubPupils) -> None:
    pupils.import_csv(csv_bytes(ROWS[0]))
    before = stored(hub)
    with pytest.raises(CsvImportError, match=r"^line 3: column 'upn': a pupil with this UPN"):
        pupils.import_csv(csv_bytes(ROWS[1], ROWS[0]))
    assert stored(hub) == before


def test_england_uses_its_own_aln_terms(hub: HubStore) -> None:
    with hub.session() as session:
        profile = default_profile("bristol", "Bristol", "england")
        PupilRepository(session).save_authority(profile)
    row = with_cell(ROWS[1], "aln_status", "EHCP")
    assert import_pupils(hub, csv_bytes(row), profile, TODAY) == 1
    with pytest.raises(CsvImportError, match="aln_status"):
        import_pupils(hub, csv_bytes(with_cell(ROWS[0], "aln_status", "aln-idp")), profile, TODAY)


PHASE_HEADER = HEADER + ",year_group_offset,emergency_placement"


def test_the_year_group_offset_and_emergency_placement_columns_are_read(
    hub: HubStore, pupils: HubPupils
) -> None:
    rows = [ROWS[0] + ",-1,Yes", ROWS[1] + ",,"]
    third = with_cell(ROWS[1], "upn", "C123456789014") + ",+1,ie"
    fourth = with_cell(ROWS[1], "upn", "D123456789015") + ", 0 ,no"
    assert pupils.import_csv(csv_bytes(*rows, third, fourth, header=PHASE_HEADER)) == 4
    by_upn = {p.pupil.upn: p.pupil for p in PupilService(hub, "t").all()}
    read = {upn: (i.year_group_offset, i.emergency_placement) for upn, i in by_upn.items()}
    assert read == {
        "A123456789012": (-1, True),
        "B123456789013": (0, False),  # empty cells: in their own year group, not an emergency
        "C123456789014": (1, True),  # Welsh "ie" is yes
        "D123456789015": (0, False),
    }
    # a file without the two columns gives the defaults (test_a_good_file… imports one)
    assert all(column not in IDENTITY_COLUMNS for column in OPTIONAL_IDENTITY_COLUMNS)


@pytest.mark.parametrize(
    ("offset", "emergency", "column", "words"),
    [
        ("3", "no", "year_group_offset", "from -2 to 2"),
        ("-3", "no", "year_group_offset", "from -2 to 2"),
        ("one", "no", "year_group_offset", "whole number"),
        ("1.5", "no", "year_group_offset", "whole number"),
        ("0", "maybe", "emergency_placement", "yes or no"),
        ("0", "2", "emergency_placement", "yes or no"),
    ],
)
def test_a_bad_offset_or_emergency_value_imports_nothing(
    hub: HubStore, pupils: HubPupils, offset: str, emergency: str, column: str, words: str
) -> None:
    good, bad = ROWS[0] + ",0,no", ROWS[1] + f",{offset},{emergency}"
    with pytest.raises(CsvImportError) as caught:
        pupils.import_csv(csv_bytes(good, bad, header=PHASE_HEADER))
    error = caught.value
    assert (error.line, error.column) == (3, column)
    assert words in str(error) and "Nothing was imported" in str(error)
    assert f"'{offset}'" not in str(error) and emergency not in str(error).split(":", 2)[2]
    assert stored(hub) == []
