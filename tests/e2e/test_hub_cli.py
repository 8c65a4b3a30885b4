"""``vsdesk-hub`` as an officer's shell runs it: real processes, real files, real PostgreSQL."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from helpers.fixtures import Cli, find_markers, snapshot
from helpers.hub_fixtures import hub_env
from helpers.postgres import PostgresServer
from helpers.templates import shared_template
from vsdesk.hub.storage.migrate import HEAD as HUB_HEAD
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.enrolment import make_request, new_device_id, open_invite

FIXTURES = Path(__file__).parents[1] / "fixtures"
OLD_HUB_PASSPHRASE = "fixture hub passphrase 0001"  # tests/fixtures/make_hub_0001.py
OLD_SOCIAL_WORKER = "Siôn Ŵyn Prŷs-Tâl"
FINGERPRINT = re.compile(r"([0-9A-F]{4} ){7}[0-9A-F]{4}")
CSV = (
    "upn,given_name,family_name,date_of_birth,school,year_group,legal_status,entered_care,"
    "joined_school,placement_type,social_worker,aln_status,first_language,cohort,care_review\n"
    "A123456789012,Siân,Prŷs,2014-03-07,Ysgol y Dŵr Gwyn,7,care-order,2022-01-10,,foster,"
    ",none,welsh,,\n"
    "B123456789013,Osian,Gruffydd,{dob},Ysgol Glan Llyn,3,C2,01/02/2024,,kinship,,,,,\n"
)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One initialised hub with 8 fictional pupils and a teacher per run, copied for each test."""

    def build(folder: Path) -> dict[str, str]:
        cli = Cli("vsdesk-hub", hub_env(folder / "hub"))
        ok(cli("init", "--name", "Cardiff", "--id", "cardiff"))
        ok(cli("pupils", "generate", "--count", "8", "--seed", "7"))
        added = ok(cli("teachers", "add", "--name", "Ms Siân Jones", "--school", "Ysgol A"))
        teacher = added.strip().splitlines()[-1]
        assert re.fullmatch(r"t-[0-9a-f]{10}", teacher)
        return {"teacher": teacher}

    folder, facts = shared_template(tmp_path_factory, "hub-8-7", build)
    return folder / "hub", facts["teacher"]


@pytest.fixture
def ready(template: tuple[Path, str], hub_dir: Path, hub_cli: Cli) -> Cli:
    shutil.copytree(template[0], hub_dir)
    return hub_cli


@pytest.fixture
def teacher(template: tuple[Path, str]) -> str:
    return template[1]


def ok(result: object) -> str:
    assert getattr(result, "returncode", None) == 0, getattr(result, "stderr", "")
    return str(getattr(result, "stdout", ""))


def refused(result: object, code: int, words: str) -> str:
    stderr = str(getattr(result, "stderr", ""))
    assert getattr(result, "returncode", None) == code, stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("error: ") and words in last and "Traceback" not in stderr
    return last


def test_init_prints_the_authority_and_fingerprint(hub_cli: Cli, hub_dir: Path) -> None:
    out = ok(hub_cli("init", "--name", "Vale of Glamorgan", "--country", "wales"))
    assert "Authority id: vale-of-glamorgan" in out
    printed = FINGERPRINT.search(out)
    assert printed is not None and printed.group(0) in ok(hub_cli("info"))
    refused(hub_cli("init", "--name", "Vale of Glamorgan"), 1, "already exists")
    no_passphrase = {k: v for k, v in hub_env(hub_dir / "b").items() if "PASSPHRASE" not in k}
    refused(Cli("vsdesk-hub", no_passphrase)("init", "--name", "X"), 2, "VSDESK_HUB_PASSPHRASE")


def test_wrong_passphrase_changes_nothing(
    ready: Cli, teacher: str, hub_dir: Path, tmp_path: Path
) -> None:
    before = snapshot(hub_dir)
    result = ready("enrol", teacher, "--out", str(tmp_path / "i"), VSDESK_HUB_PASSPHRASE="nope!")
    refused(result, 1, "Wrong hub passphrase")
    assert snapshot(hub_dir) == before and not (tmp_path / "i").exists()
    # The database itself is sealed under the passphrase: even listing needs it.
    refused(ready("pupils", VSDESK_HUB_PASSPHRASE="nope!"), 1, "Wrong hub passphrase")
    assert snapshot(hub_dir) == before


def test_an_older_plain_hub_is_encrypted_once_by_upgrade(hub_dir: Path) -> None:
    """A hub made by the vsdesk before hubs were encrypted (tests/fixtures/make_hub_0001.py)."""
    shutil.copytree(FIXTURES / "hub-0001", hub_dir)
    cli = Cli("vsdesk-hub", hub_env(hub_dir) | {"VSDESK_HUB_PASSPHRASE": OLD_HUB_PASSPHRASE})
    before = snapshot(hub_dir)
    refused(cli("pupils"), 1, "vsdesk-hub upgrade")
    refused(cli("upgrade", VSDESK_HUB_PASSPHRASE="not the passphrase"), 1, "Wrong hub passphrase")
    assert snapshot(hub_dir) == before

    out = ok(cli("upgrade"))
    assert "Encrypted the hub database" in out and f"schema revision {HUB_HEAD}" in out
    assert find_markers(hub_dir, [OLD_SOCIAL_WORKER, "Ms Siân Jones"]) == []
    assert sorted(p.name for p in hub_dir.iterdir()) == ["hub.db", "hub.key"]
    assert len(json.loads(ok(cli("pupils", "--json")))) == 4
    assert "Encrypted" not in ok(cli("upgrade"))
    assert "encrypted (SQLCipher" in ok(cli("info"))


def test_list_show_and_edit_as_the_virtual_school(ready: Cli) -> None:
    listed = json.loads(ok(ready("pupils", "--json")))
    assert len(listed) == 8 and listed[0]["teachers"] == []
    target = next(p for p in listed if p["status"] == "ready-for-meeting")
    before = json.loads(ok(ready("pupils", "show", target["id"], "--json")))
    assert before["pupil"]["home_authority"] == "cardiff" and "safeguarding" not in before
    assert {"attendance", "qa", "plan", "targets"} <= set(before)
    ok(ready("edit", target["id"], "plan.status=submitted", "qa.rating=green"))
    last = refused(ready("edit", target["id"], "attendance.percent=50"), 1, "kept by the school")
    assert target["name"] not in last
    after = json.loads(ok(ready("pupils", "show", target["id"], "--json")))
    assert after["qa"]["rating"] == "green" and after["plan"]["status"] == "submitted"
    assert after["attendance"] == before["attendance"]
    assert {k: v for k, v in after.items() if k not in ("qa", "plan")} == {
        k: v for k, v in before.items() if k not in ("qa", "plan")
    }


def test_csv_import_is_all_or_nothing(ready: Cli, tmp_path: Path) -> None:
    bad, good = tmp_path / "bad.csv", tmp_path / "good.csv"
    bad.write_text(CSV.format(dob="31/02/2016"), encoding="utf-8")
    last = refused(ready("pupils", "import", str(bad)), 1, "line 3: column 'date_of_birth'")
    assert "31/02" not in last and "Osian" not in last
    good.write_bytes(b"\xef\xbb\xbf" + CSV.format(dob="09/11/2016").encode("utf-8"))
    assert "Imported 2 pupils" in ok(ready("pupils", "import", str(good)))
    listed = json.loads(ok(ready("pupils", "--json")))
    assert len(listed) == 10 and {"Siân Prŷs", "Osian Gruffydd"} <= {p["name"] for p in listed}


def test_teachers_assign_and_unassign(ready: Cli, teacher: str) -> None:
    pupil = json.loads(ok(ready("pupils", "--json")))[0]["id"]
    ok(ready("assign", pupil, teacher))
    listed = json.loads(ok(ready("pupils", "--json")))
    assert next(p for p in listed if p["id"] == pupil)["teachers"] == [teacher]
    [row] = json.loads(ok(ready("teachers", "--json")))
    assert (row["id"], row["pupils"], row["devices"]) == (teacher, 1, 0)
    ok(ready("unassign", pupil, teacher))
    refused(ready("unassign", pupil, teacher), 1, "not assigned")


def test_enrol_accept_list_and_revoke(ready: Cli, teacher: str, tmp_path: Path) -> None:
    invite_path, request_path = tmp_path / "invite", tmp_path / "request"
    out = ok(ready("enrol", teacher, "--out", str(invite_path), "--expires-days", "3"))
    code = out.strip().splitlines()[-1]
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code)
    invite_bytes = invite_path.read_bytes()
    assert b"Jones" not in invite_bytes and "Siân".encode() not in invite_bytes
    invite = open_invite(invite_bytes, code)
    assert invite.teacher_id == teacher and invite.authority.fingerprint in out
    device = PartyKeys.generate(new_device_id())
    request_path.write_bytes(make_request(invite, device, "School laptop"))
    added = ok(ready("devices", "add", str(request_path)))
    assert device.party_id in added and device.public().fingerprint in added
    refused(ready("devices", "add", str(request_path)), 1, "already been used")
    [listed] = json.loads(ok(ready("devices", "--json")))
    assert (listed["id"], listed["teacher"], listed["revoked"]) == (device.party_id, teacher, None)
    ok(ready("revoke", device.party_id))
    assert json.loads(ok(ready("devices", "--json")))[0]["revoked"]


@pytest.mark.postgres
def test_the_hub_runs_on_postgresql(postgres_server: PostgresServer, tmp_path: Path) -> None:
    url = postgres_server.create_database()
    cli = Cli("vsdesk-hub", hub_env(tmp_path / "unused"))
    hub = ("--db", url)
    ok(cli(*hub, "init", "--name", "Powys", "--country", "wales"))
    ok(cli(*hub, "pupils", "generate", "--count", "5", "--seed", "3"))
    teacher = ok(cli(*hub, "teachers", "add", "--name", "Mr Price", "--school", "Ysgol B"))
    teacher = teacher.split()[-1]
    pupil = json.loads(ok(cli(*hub, "pupils", "--json")))[0]["id"]
    ok(cli(*hub, "assign", pupil, teacher))
    shown = json.loads(ok(cli(*hub, "pupils", "show", pupil, "--json")))
    assert shown["pupil"]["home_authority"] == "powys"
    assert "relies on the server's disk encryption and TLS" in ok(cli(*hub, "info"))
    assert f"schema revision {HUB_HEAD}" in ok(cli(*hub, "upgrade"))
    assert not (tmp_path / "unused").exists()
