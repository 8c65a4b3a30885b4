"""Invitation and request files are read with a size cap, by both command lines.

An endless file (``/dev/zero``) or a huge one is refused after reading at most the cap plus
one byte, with a clear message, before any passphrase is asked for or anything changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_testkit import HUB

from vsdesk.cli.main import main as vsdesk_main
from vsdesk.commandline.files import read_capped
from vsdesk.errors import UsageError
from vsdesk.services.enrolment_files import read_invitation
from vsdesk.sync.enrolment import MAX_INVITE_BYTES, MAX_REQUEST_BYTES, open_request
from vsdesk.sync.enrolment_errors import NotARequestError

ENDLESS = Path("/dev/zero")


def test_vsdesk_enrol_refuses_an_endless_invitation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "request.vsdesk"
    argv = ["--data", str(tmp_path / "data"), "enrol", str(ENDLESS), "--code", "ABCD-EFGH-JKMN",
            "--out", str(out)]  # fmt: skip
    assert vsdesk_main(argv) != 0
    assert "far too large" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "data").exists()


def test_vsdesk_enrol_refuses_an_invitation_one_byte_over_the_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "invite.vsdesk"
    big.write_bytes(b"vsdesk-invite/1\n" + b"x" * MAX_INVITE_BYTES)
    argv = ["--data", str(tmp_path / "data"), "enrol", str(big), "--code", "ABCD-EFGH-JKMN",
            "--out", str(tmp_path / "request.vsdesk")]  # fmt: skip
    assert vsdesk_main(argv) != 0
    assert "far too large" in capsys.readouterr().err


def test_the_hub_reads_a_request_capped_and_refuses_it_whole() -> None:
    """``vsdesk-hub devices add`` reads through ``read_capped``; the parser then refuses."""
    data = read_capped(ENDLESS, MAX_REQUEST_BYTES)
    assert len(data) == MAX_REQUEST_BYTES + 1
    with pytest.raises(NotARequestError):
        open_request(data, HUB, lambda _: None)  # type: ignore[arg-type, return-value]


def test_the_window_reads_an_invitation_through_the_same_capped_read() -> None:
    """The first-run wizard's ``read_invitation`` is the CLI's: an endless file is refused."""
    with pytest.raises(UsageError, match="far too large"):
        read_invitation(ENDLESS)
