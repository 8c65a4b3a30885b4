"""Pupils from a case-management export (CSV), all or nothing (docs/hub.md lists the columns).

Every row is parsed and checked against the PEP rules and the authority's profile before the
database is touched; the first problem stops the import with ``line N: column 'x': …`` and
nothing is stored. Messages name the line and the column but never the value, and never a
header cell that is not a known column name (a file without a header row would otherwise
print a pupil's name).
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, Final

from sqlalchemy import select

from vsdesk.clock import Clock, system_clock
from vsdesk.domain.model import (
    COHORTS,
    LANGUAGES,
    LEGAL_STATUSES,
    PLACEMENT_TYPES,
    Identity,
    Plan,
    PlanMeta,
    Pupil,
    Safeguarding,
)
from vsdesk.domain.phases import MAX_YEAR_GROUP_OFFSET
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.domain.rules import validate_pupil
from vsdesk.domain.terms import term_of
from vsdesk.errors import ValidationError
from vsdesk.hub.storage.store import HubStore
from vsdesk.services.change_book import ChangeBook
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.schema import PupilRow

MAX_FILE_BYTES: Final = 32 * 1024 * 1024
MAX_CELL: Final = 300
IDENTITY_COLUMNS: Final = (
    "upn", "given_name", "family_name", "date_of_birth", "school", "year_group",
    "legal_status", "entered_care", "joined_school", "placement_type", "social_worker",
    "aln_status", "first_language", "cohort", "care_review",
)  # fmt: skip
#: Identity columns a file may leave out: the authority's out-of-year-group override and
#: whether the child entered care in an emergency placement (docs/phases.md).
OPTIONAL_IDENTITY_COLUMNS: Final = ("year_group_offset", "emergency_placement")
SAFEGUARDING_COLUMNS: Final = ("placement_address", "carer_name", "carer_address", "carer_phone")
#: Legal status codes of the DfE's SSDA903 return, as case-management systems export them.
LEGAL_STATUS_CODES: Final = {
    "c1": "interim-care-order",
    "c2": "care-order",
    "e1": "placement-order",
    "v2": "voluntary-accommodation",
    "j1": "remand",
    "j2": "remand",
    "j3": "remand",
}
_UPN = re.compile(r"[A-Z][0-9]{11}[0-9A-Z]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UK_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_YEAR = re.compile(r"(?:y|year)?\s*(-?\d{1,2})")
_YEAR_WORDS: Final = {"r": 0, "reception": 0, "n1": -1, "n2": -2}
_OFFSET = re.compile(r"[+-]?\d{1,2}")
#: Yes and no as case-management exports and people write them (Welsh included).
_YES_NO: Final = {
    "yes": True, "y": True, "true": True, "1": True, "ie": True, "do": True,
    "no": False, "n": False, "false": False, "0": False, "na": False, "naddo": False,
}  # fmt: skip


class CsvImportError(ValidationError):
    """A row (or the file) cannot be imported; ``line`` and ``column`` say where."""

    code = "csv-import"

    def __init__(self, line: int, reason: str, column: str | None = None) -> None:
        where = f"line {line}: column '{column}': " if column else f"line {line}: "
        super().__init__(where + reason + " Nothing was imported.", field=column)
        self.line = line
        self.column = column


class _Bad(Exception):
    """A cell's problem, before the line and column are known."""


# --- cells ----------------------------------------------------------------------------------


def _text(required: bool) -> Callable[[str], str]:
    def parse(cell: str) -> str:
        value = " ".join(cell.split())
        if required and not value:
            raise _Bad("is required.")
        if len(value) > MAX_CELL:
            raise _Bad(f"is longer than {MAX_CELL} characters.")
        return value

    return parse


def _date(required: bool) -> Callable[[str], date | None]:
    def parse(cell: str) -> date | None:
        cell = cell.strip()
        if not cell:
            if required:
                raise _Bad("is required.")
            return None
        try:
            if _ISO_DATE.fullmatch(cell):
                return date.fromisoformat(cell)
            match = _UK_DATE.fullmatch(cell)
            if match:
                day, month, year = (int(part) for part in match.groups())
                return date(year, month, day)
        except ValueError:
            pass
        raise _Bad("must be a date written YYYY-MM-DD or DD/MM/YYYY.")

    return parse


def _choice(
    choices: tuple[str, ...], aliases: dict[str, str], required: bool
) -> Callable[[str], str | None]:
    def parse(cell: str) -> str | None:
        key = re.sub(r"[\s_]+", "-", cell.strip().lower())
        if not key:
            if required:
                raise _Bad("is required.")
            return None
        value = aliases.get(key, key)
        if value not in choices:
            raise _Bad(f"must be one of: {', '.join(choices)}.")
        return value

    return parse


def _upn(cell: str) -> str:
    value = cell.strip().upper()
    if not value:
        raise _Bad("is required.")
    if not _UPN.fullmatch(value):
        raise _Bad("must be a 13-character UPN: a letter, 11 digits, then a digit or letter.")
    return value


def _year_group(cell: str) -> int | None:
    key = cell.strip().lower()
    if not key:
        return None
    if key in _YEAR_WORDS:
        return _YEAR_WORDS[key]
    match = _YEAR.fullmatch(key)
    if match and -2 <= int(match.group(1)) <= 14:
        return int(match.group(1))
    raise _Bad("must be a year group from N2, N1, R, 1 to 14.")


def _year_group_offset(cell: str) -> int:
    """Empty is 0 (in their own year group); else a whole number within the domain's limit."""
    key = cell.strip()
    if not key:
        return 0
    if _OFFSET.fullmatch(key) and abs(int(key)) <= MAX_YEAR_GROUP_OFFSET:
        return int(key)
    raise _Bad(
        f"must be a whole number of years from -{MAX_YEAR_GROUP_OFFSET} to "
        f"{MAX_YEAR_GROUP_OFFSET} (-1: a year below their age group, 1: a year above)."
    )


def _yes_no(cell: str) -> bool:
    key = cell.strip().lower()
    if not key:
        return False
    if key not in _YES_NO:
        raise _Bad("must be yes or no (or empty for no).")
    return _YES_NO[key]


def _parsers(profile: AuthorityProfile) -> dict[str, Callable[[str], Any]]:
    return {
        "upn": _upn,
        "given_name": _text(True),
        "family_name": _text(True),
        "date_of_birth": _date(True),
        "school": _text(True),
        "year_group": _year_group,
        "legal_status": _choice(LEGAL_STATUSES, LEGAL_STATUS_CODES, True),
        "entered_care": _date(True),
        "joined_school": _date(False),
        "placement_type": _choice(PLACEMENT_TYPES, {}, False),
        "social_worker": _text(False),
        "aln_status": _choice(profile.aln_statuses, {}, False),
        "first_language": _choice(LANGUAGES, {"cymraeg": "welsh", "saesneg": "english"}, False),
        "cohort": _choice(COHORTS, {}, False),
        "care_review": _date(False),
        "year_group_offset": _year_group_offset,
        "emergency_placement": _yes_no,
    } | {column: _text(False) for column in SAFEGUARDING_COLUMNS}


# --- the file -------------------------------------------------------------------------------


def read_rows(data: bytes) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, {column: cell})`` for each data row, after checking the header."""
    reader = csv.reader(io.StringIO(_decode(data), newline=""), strict=True)
    rows = _numbered(reader)
    first = next((row for row in rows if any(cell.strip() for cell in row[1])), None)
    if first is None:
        raise CsvImportError(1, "the file is empty; its first line must name the columns.")
    columns = _header(*first)
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue  # spreadsheets leave blank rows at the end
        if len(cells) != len(columns):
            raise CsvImportError(
                line, f"has {len(cells)} values but the header line names {len(columns)} columns."
            )
        yield line, dict(zip(columns, cells, strict=True))


def _decode(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise CsvImportError(1, "the file is larger than 32 MiB; split it into smaller files.")
    try:
        return data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CsvImportError(
            line, "the file is not UTF-8 text; save it as 'CSV UTF-8' and try again."
        ) from None


def _numbered(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Rows with the line each one starts on (a quoted cell may span lines)."""
    start = 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error:
        raise CsvImportError(
            reader.line_num or 1, "is not valid CSV (check the quotes and separators)."
        ) from None


def _header(line: int, cells: list[str]) -> list[str]:
    """Column names, case and spacing ignored; an unknown one is named by position only."""
    columns = [re.sub(r"\s+", "_", cell.strip().lower()) for cell in cells]
    known = set(IDENTITY_COLUMNS) | set(OPTIONAL_IDENTITY_COLUMNS) | set(SAFEGUARDING_COLUMNS)
    for position, column in enumerate(columns, start=1):
        if column not in known:
            reason = f"column {position} is not a known column (see docs/hub.md)."
            raise CsvImportError(line, reason)
        if columns.count(column) > 1:
            raise CsvImportError(line, "appears more than once.", column)
    for column in IDENTITY_COLUMNS:
        if column not in columns:
            raise CsvImportError(line, "is missing from the header line.", column)
    return columns


# --- rows → pupils --------------------------------------------------------------------------


def parse_pupils(data: bytes, profile: AuthorityProfile, today: date) -> list[tuple[int, Pupil]]:
    """Every row as a new pupil with a not-started plan for this term, or CsvImportError."""
    parsers = _parsers(profile)
    seen: dict[str, int] = {}  # UPN → the line it was first seen on
    pupils: list[tuple[int, Pupil]] = []
    for line, row in read_rows(data):
        values = {column: _cell(parsers[column], row[column], line, column) for column in row}
        pupil = _pupil(values, profile, today)
        _check(pupil, profile, line, today)
        if pupil.pupil.upn in seen:
            raise CsvImportError(line, f"the same UPN is on line {seen[pupil.pupil.upn]}.", "upn")
        seen[pupil.pupil.upn] = line
        pupils.append((line, pupil))
    if not pupils:
        raise CsvImportError(2, "the file names its columns but holds no pupils.")
    return pupils


def _cell(parse: Callable[[str], Any], cell: str, line: int, column: str) -> Any:
    try:
        return parse(cell)
    except _Bad as bad:
        raise CsvImportError(line, str(bad), column) from None


def _pupil(values: dict[str, Any], profile: AuthorityProfile, today: date) -> Pupil:
    identity = {column: values[column] for column in IDENTITY_COLUMNS}
    identity["cohort"] = identity["cohort"] or "looked-after"
    identity["year_group_offset"] = values.get("year_group_offset", 0)
    identity["emergency_placement"] = values.get("emergency_placement", False)
    safeguarding = {column: values.get(column, "") for column in SAFEGUARDING_COLUMNS}
    plan = Plan(id=f"plan-{secrets.token_hex(5)}", plan=PlanMeta(term=term_of(today)))
    return Pupil(
        id=f"p-{secrets.token_hex(5)}",
        pupil=Identity(home_authority=profile.id, **identity),
        safeguarding=Safeguarding(**safeguarding),
        plans=[plan],
    )


def _check(pupil: Pupil, profile: AuthorityProfile, line: int, today: date) -> None:
    identity = pupil.pupil
    born, entered = identity.date_of_birth, identity.entered_care
    if born is not None and born > today:
        raise CsvImportError(line, "is in the future.", "date_of_birth")
    if entered is not None and born is not None and not born <= entered <= today:
        raise CsvImportError(line, "must fall between the date of birth and today.", "entered_care")
    try:
        validate_pupil(pupil, profile)
    except ValidationError as error:
        column = (error.field or "").rpartition(".")[2] or None
        raise CsvImportError(line, error.message, column) from None


def import_pupils(
    store: HubStore,
    data: bytes,
    profile: AuthorityProfile,
    today: date,
    clock: Clock = system_clock,
) -> int:
    """Parse everything, then store everything in one transaction; returns the count."""
    pupils = parse_pupils(data, profile, today)
    with store.session() as session:
        existing = {
            json.loads(identity).get("upn")
            for identity in session.scalars(select(PupilRow.identity))
        }
        for line, pupil in pupils:
            if pupil.pupil.upn in existing:
                raise CsvImportError(line, "a pupil with this UPN is already on the hub.", "upn")
        count = PupilRepository(session).add_many(pupil for _, pupil in pupils)
        session.flush()
        ChangeBook(session, profile.id, "authority", clock).record_new(pupil for _, pupil in pupils)
        return count
