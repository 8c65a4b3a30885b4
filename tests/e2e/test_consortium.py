"""A regional consortium: several authorities' hubs in one PostgreSQL database.

Each authority is a hub of its own, with its own keys and passphrase, in its own
PostgreSQL schema of the shared database (the URL's ``options=-csearch_path=…``). The two
hubs' tables, migrations and pupils never meet, and one teacher enrolled with both syncs
with each as usual.
"""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from helpers.fixtures import Cli, cli_env
from helpers.hub_fixtures import hub_env
from helpers.postgres import SUPERUSER, PostgresServer

pytestmark = pytest.mark.postgres


def schema_url(server: PostgresServer, database_url: str, schema: str) -> str:
    """The database's URL with every connection's search_path set to ``schema``."""
    database = database_url.split("/")[3].split("?")[0]
    conninfo = f"host={server.socket_dir} port={server.port} user={SUPERUSER} dbname={database}"
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    return f"{database_url}&options=-csearch_path%3D{schema}"


def test_two_authorities_share_one_database_with_their_own_keys(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    shared = postgres_server.create_database()
    hubs = {}
    for authority, name in (("cardiff", "Cardiff"), ("swansea", "Swansea")):
        env = hub_env(tmp_path / authority) | {
            "VSDESK_HUB_DB": schema_url(postgres_server, shared, authority),
            "VSDESK_HUB_PASSPHRASE": f"{authority} officers' own passphrase",
        }
        hub = Cli("vsdesk-hub", env)
        init = hub("init", "--name", name, "--id", authority)
        assert init.returncode == 0, init.stderr
        assert hub("pupils", "generate", "--count", "4", "--seed", "3").returncode == 0
        hubs[authority] = hub

    listed = {a: json.loads(h("pupils", "--json").stdout) for a, h in hubs.items()}
    assert {p["id"] for p in listed["cardiff"]}.isdisjoint({p["id"] for p in listed["swansea"]})
    fingerprints = {a: h("info").stdout for a, h in hubs.items()}
    assert fingerprints["cardiff"] != fingerprints["swansea"]
    # Each authority's keys open only under its own passphrase.
    wrong = hubs["cardiff"]("enrol", "t-0000000000", "--out", str(tmp_path / "i"),
                            VSDESK_HUB_PASSPHRASE="swansea officers' own passphrase")  # fmt: skip
    assert wrong.returncode != 0 and not (tmp_path / "i").exists()

    teacher = Cli("vsdesk", cli_env(tmp_path / "teacher"))
    assert teacher("init", "--name", "Ms Siân Llŷr").returncode == 0
    for authority, hub in hubs.items():
        added = hub("teachers", "add", "--name", "Ms Siân Llŷr", "--school", "Ysgol y Dŵr")
        teacher_id = added.stdout.strip().splitlines()[-1]
        pupil = listed[authority][0]["id"]
        assert hub("assign", pupil, teacher_id).returncode == 0
        invite = tmp_path / f"{authority}.invite"
        code = hub("enrol", teacher_id, "--out", str(invite)).stdout.strip().splitlines()[-1]
        request = tmp_path / f"{authority}.request"
        enrolled = teacher("enrol", str(invite), "--code", code, "--out", str(request))
        assert enrolled.returncode == 0, enrolled.stderr
        assert hub("devices", "add", str(request)).returncode == 0
        bundle = tmp_path / f"{authority}.bundle"
        exported = hub("sync", "export", "--teacher", teacher_id, "--out", str(bundle))
        assert exported.returncode == 0, exported.stderr
        assert teacher("sync", "import", str(bundle)).returncode == 0

    held = {p["id"] for p in json.loads(teacher("pupils", "--json").stdout)}
    assert held == {listed["cardiff"][0]["id"], listed["swansea"][0]["id"]}
