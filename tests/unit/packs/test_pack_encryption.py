"""A password-protected pack opens with its password and not without it."""

from __future__ import annotations

import pytest
from pack_testkit import outline, reader, render, squash, trailer, welsh_pupil
from pypdf.errors import FileNotDecryptedError

PASSWORD = "Pont-y-Dŵr 2026"


@pytest.fixture(scope="module")
def locked() -> bytes:
    return render(welsh_pupil(), password=PASSWORD)


def test_the_pack_does_not_open_without_the_password(locked: bytes) -> None:
    pdf = reader(locked)
    assert pdf.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        pdf.pages[0].extract_text()
    assert not reader(locked).decrypt("wrong password")


def test_the_pack_opens_with_the_password_and_keeps_its_outline(locked: bytes) -> None:
    pdf = reader(locked)
    assert pdf.decrypt(PASSWORD)
    assert "Llŷr Prŷs" in squash(pdf.pages[0].extract_text())
    assert len(outline(pdf)) > 10
    assert trailer(pdf)["/Root"]["/Lang"] == "en-GB"
    assert pdf.metadata.title == "PEP meeting pack"  # type: ignore[union-attr]


def test_it_is_aes_256_and_the_password_is_not_in_the_file(locked: bytes) -> None:
    encrypt = trailer(reader(locked))["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256, PDF 2.0
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert PASSWORD.encode() not in locked and "Llŷr".encode() not in locked
