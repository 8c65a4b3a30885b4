"""The same return from a hub on PostgreSQL as from the records (the reader's SQL, facts)."""

from __future__ import annotations

import pytest

from helpers.hub_fixtures import HUB_PASSPHRASE
from helpers.monitoring_data import AUTHORITY, FACTS, PERIOD, build, cohort
from vsdesk.hub.services.authority import initialise
from vsdesk.kdf import TEST_KDF
from vsdesk.monitoring.csv_output import indicators_csv
from vsdesk.monitoring.report import build_returns
from vsdesk.monitoring.school_facts import parse_pair
from vsdesk.monitoring.school_store import SchoolFactsStore
from vsdesk.storage.pupil_repository import PupilRepository

pytestmark = pytest.mark.postgres


def test_return_on_postgresql(postgres_url: str) -> None:
    store = initialise(postgres_url, name="Cardiff", country="wales", authority_id=AUTHORITY,
                       passphrase=HUB_PASSPHRASE, kdf=TEST_KDF)  # fmt: skip
    try:
        pupils = cohort(5)
        with store.session() as session:
            PupilRepository(session).add_many(pupils)
        facts = SchoolFactsStore(store, "cardiff:officer")
        facts.set([parse_pair(f) for f in FACTS])
        facts.set([parse_pair("model=new")])
        assert [(c.key, c.old, c.new) for c in facts.history()][-1] == ("model", "extended", "new")
        returns = build_returns(store, AUTHORITY, PERIOD)
        expected = indicators_csv(build(pupils)).replace(",extended,", ",new,")
        assert indicators_csv(returns.current) == expected
    finally:
        store.close()
