"""``report monitoring``: a period's return and last period's, written to one folder.

The use-case behind the command: read the records (one pass over the hub's pupils for both
periods), compute and suppress both returns, write ``indicators.csv`` (this period),
``data-dictionary.csv`` and the committee PDF in English and in Welsh (this period against the
previous one).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from vsdesk.monitoring.committee_pdf import committee_pdf
from vsdesk.monitoring.compute import MonitoringReturn, compute_return
from vsdesk.monitoring.csv_output import dictionary_csv, indicators_csv
from vsdesk.monitoring.outputs import prepare_folder, write
from vsdesk.monitoring.periods import Period
from vsdesk.monitoring.reader import read_input
from vsdesk.monitoring.school_store import SessionSource

INDICATORS_FILE: Final = "indicators.csv"
DICTIONARY_FILE: Final = "data-dictionary.csv"
COMMITTEE_FILES: Final = {"en": "committee-en.pdf", "cy": "committee-cy.pdf"}
ALL_FILES: Final = [INDICATORS_FILE, DICTIONARY_FILE, *COMMITTEE_FILES.values()]


@dataclass(frozen=True)
class Returns:
    current: MonitoringReturn
    previous: MonitoringReturn


def build_returns(store: SessionSource, authority_id: str, period_name: str) -> Returns:
    period = Period.of(period_name)
    previous = period.previous()
    data = read_input(store, authority_id, [period, previous])
    return Returns(
        compute_return(data.records[period.name], data.facts, period.name),
        compute_return(data.records[previous.name], data.facts, previous.name),
    )


def write_monitoring(
    store: SessionSource, authority: tuple[str, str], period_name: str, out: Path
) -> list[Path]:
    """Write the four files; ``authority`` is (id, name) for the PDF's title page."""
    Period.of(period_name)
    prepare_folder(out, ALL_FILES)
    returns = build_returns(store, authority[0], period_name)
    written = [
        write(out, INDICATORS_FILE, indicators_csv(returns.current).encode("utf-8")),
        write(out, DICTIONARY_FILE, dictionary_csv().encode("utf-8")),
    ]
    for lang, name in COMMITTEE_FILES.items():
        pdf = committee_pdf(returns.current, returns.previous, authority[1], lang)
        written.append(write(out, name, pdf))
    return written
