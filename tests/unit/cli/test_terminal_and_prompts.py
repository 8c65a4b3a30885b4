"""The terminal stays safe whatever the data holds; passphrases, codes and free text need
not pass through the shell's history; output reads as sentences and tables."""

from __future__ import annotations

import getpass
import io
import json
import sys
from pathlib import Path

import pytest
from cli_kit import OWNER, Run, Terminal, runner

from helpers.sync_kit import Kit
from vsdesk.services.synthetic import Authority, generate_pupils

ESC = "\x1b[2J\x1b]0;pwned\x07"
RLO = "\u202e"


def pupil_id(run: Run) -> str:
    return str(json.loads(run("pupils", "--json").out)[0]["id"])


def typed(monkeypatch: pytest.MonkeyPatch, *answers: str) -> None:
    """Answers for getpass prompts, in order, and a terminal on stdin."""
    queue = list(answers)
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": queue.pop(0))


# --- passphrases -------------------------------------------------------------------------


@pytest.fixture
def fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    run = runner(tmp_path / "new-vault", monkeypatch, capsys)
    monkeypatch.delenv("VSDESK_PASSPHRASE")
    return run


def test_init_asks_twice_and_refuses_a_weak_passphrase_with_the_reason(
    fresh: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    typed(monkeypatch, "password1", "password1")
    weak = fresh("init", "--name", OWNER)
    assert weak.code == 2 and "too weak" in weak.err and "very common password" in weak.err
    typed(monkeypatch, "correct horse battery staple", "correct horse battery stapel")
    differ = fresh("init", "--name", OWNER)
    assert differ.code == 2 and "differ" in differ.err
    assert not (tmp_path / "new-vault").exists()
    typed(monkeypatch, "correct horse battery staple", "correct horse battery staple")
    made = fresh("init", "--name", OWNER)
    assert made.code == 0, made.err


def test_init_asks_for_the_owners_name_when_not_given(
    fresh: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    typed(monkeypatch, "correct horse battery staple", "correct horse battery staple")
    monkeypatch.setattr("builtins.input", lambda prompt="": "Mr Owain Prys")
    assert fresh("init").code == 0
    monkeypatch.setenv("VSDESK_PASSPHRASE", "correct horse battery staple")
    from vsdesk.storage.vault import Vault

    vault = Vault.unlock(tmp_path / "new-vault", "correct horse battery staple")
    try:
        assert vault.meta("owner") == "Mr Owain Prys"
    finally:
        vault.lock()


def test_enrol_asks_for_the_code_when_code_is_not_given(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    invite = tmp_path / "invite.vsdesk"
    invite.write_bytes(b"not an invitation")
    seen: list[str] = []

    def fake_start(vault: object, data: bytes, code: str, label: str) -> object:
        seen.append(code)
        raise SystemExit(0)

    monkeypatch.setattr("vsdesk.cli.sync_commands.start_enrolment", fake_start)
    refused = run("enrol", str(invite), "--out", str(tmp_path / "req"))
    assert refused.code == 2 and "--code" in refused.err  # no terminal to ask on
    typed(monkeypatch, " ABCD-EFGH-JKLM ")
    run("enrol", str(invite), "--out", str(tmp_path / "req"))
    assert seen == ["ABCD-EFGH-JKLM"]


# --- free text from files and stdin -----------------------------------------------------


def test_field_values_can_come_from_a_file_or_standard_input(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pupil = pupil_id(run)
    note = tmp_path / "voice.txt"
    note.write_text("Rwy'n hoffi celf.\nI want to join the choir.\n", encoding="utf-8")
    assert run("edit", pupil, f"voice.pupil=@{note}").code == 0
    shown = json.loads(run("pupils", "show", pupil, "--json").out)
    assert shown["voice"]["pupil"] == "Rwy'n hoffi celf.\nI want to join the choir."
    stdin = io.TextIOWrapper(io.BytesIO("Mae'n hapusach. ŵ ŷ â".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert run("edit", pupil, "voice.carer=@-").code == 0
    assert json.loads(run("pupils", "show", pupil, "--json").out)["voice"]["carer"] == (
        "Mae'n hapusach. ŵ ŷ â"
    )
    assert run("edit", pupil, "voice.carer=@@home").code == 0
    assert json.loads(run("pupils", "show", pupil, "--json").out)["voice"]["carer"] == "@home"
    missing = run("edit", pupil, f"voice.pupil=@{tmp_path / 'nope.txt'}")
    assert missing.code == 1 and "Cannot read that file" in missing.err


# --- validation and escaping -------------------------------------------------------------


def test_validation_refuses_control_and_bidi_characters_and_changes_nothing(run: Run) -> None:
    pupil = pupil_id(run)
    before = run("pupils", "show", pupil, "--json").out
    escape = run("edit", pupil, f"voice.pupil=hello{ESC}")
    assert escape.code == 1 and "control character" in escape.err and "\x1b" not in escape.err
    bidi = run("edit", pupil, f"targets.t-1.owner=Ms {RLO}senoJ")
    assert bidi.code == 1 and "text-direction control" in bidi.err
    assert run("pupils", "show", pupil, "--json").out == before
    lines = run("edit", pupil, "voice.pupil=line one\n\tline two")
    assert lines.code == 0, lines.err  # free text keeps newlines and tabs


def test_a_name_arriving_by_sync_is_escaped_on_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = Kit(tmp_path)
    hub = kit.hub(pupils=0)
    crafted = generate_pupils(1, 77, authorities=(Authority("cardiff", "Cardiff", "wales"),))[0]
    crafted.pupil.given_name = f"Evil{ESC}"
    crafted.pupil.family_name = f"{RLO}senoJ"
    hub.pupils().add([crafted])  # as a CSV or an older hub might have let in
    teacher = hub.teachers.add("Ms Siân Llŷr", "Ysgol y Dŵr").id
    hub.teachers.assign(crafted.id, teacher)
    device = kit.device()
    kit.enrol(hub, device, teacher)
    device.sync.import_file(hub.export(teacher, tmp_path / "bundle.vsdesk"))
    device.vault.lock()
    run = runner(device.directory, monkeypatch, capsys)
    outputs = [
        run("pupils"),
        run("pupils", "--json"),
        run("pupils", "show", crafted.id),
        run("pupils", "show", crafted.id, "--json"),
        run("history", crafted.id),
    ]
    for output in outputs:
        assert output.code == 0, output.err
        assert "\x1b" not in output.out and "\x07" not in output.out and RLO not in output.out
    assert "Evil\\x1b[2J" in outputs[0].out and "\\u202esenoJ" in outputs[0].out
    assert json.loads(outputs[1].out)[0]["name"] == f"Evil{ESC} {RLO}senoJ"  # still exact JSON


# --- reading the output -----------------------------------------------------------------


def test_history_reads_as_sentences(run: Run) -> None:
    pupil = pupil_id(run)
    assert run("edit", pupil, "attendance.percent=87.5", "wellbeing.notes=").code == 0
    lines = run("history", pupil).out.splitlines()
    change = next(line for line in lines if "attendance.percent" in line)
    assert f" · {OWNER} · attendance.percent: " in change and change.endswith("→ 87.5")
    assert "'" not in change and "None" not in change
    assert any("wellbeing.notes: " in line and line.endswith("→ (empty)") for line in lines) or (
        "wellbeing.notes" not in " ".join(lines)  # it was empty already: no change to record
    )


def test_pupils_shows_school_authority_status_and_next_meeting(run: Run) -> None:
    out = run("pupils").out.splitlines()
    assert out[0].split() == [
        "ID", "NAME", "YEAR", "PHASE", "SCHOOL", "AUTHORITY", "PLAN", "STATUS", "NEXT", "MEETING"
    ]  # fmt: skip
    first = json.loads(run("pupils", "--json").out)[0]
    row = next(line for line in out if line.startswith(first["id"]))
    for value in (first["school"], first["authority"], first["status"], first["next_meeting"]):
        assert value in row


def test_help_shows_defaults_and_date_formats(run: Run) -> None:
    packs = run("packs", "--help").out
    assert "--from YYYY-MM-DD" in packs and "--to YYYY-MM-DD" in packs
    demo = run("demo", "--help").out
    assert "(default: 30)" in demo and "(default: 1)" in demo
    assert "Dates are YYYY-MM-DD" in run("edit", "--help").out
