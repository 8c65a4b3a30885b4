"""The vault's promises: wrong passphrase vs damage, no plaintext, rewrap-only passphrase
change, crash-free creation."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from helpers.fixtures import PASSPHRASE, snapshot
from vsdesk import paths
from vsdesk.errors import (
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultMissingError,
    WrongPassphraseError,
)
from vsdesk.kdf import DEFAULT_KDF, TEST_KDF
from vsdesk.services.pupils import PupilService
from vsdesk.storage import keywrap
from vsdesk.storage.vault import Vault


def filled(vault: Vault, count: int = 5) -> PupilService:
    service = PupilService(vault, "Test Teacher")
    service.add_demo(count, seed=3)
    return service


def test_unlock_after_lock_gives_the_same_data(vault: Vault, vault_dir: Path) -> None:
    before = {s.id: s.name for s in filled(vault).summaries()}
    vault.lock()
    assert vault.locked
    with pytest.raises(VaultLockedError):
        PupilService(vault, "x").summaries()
    again = Vault.unlock(vault_dir, PASSPHRASE)
    assert {s.id: s.name for s in PupilService(again, "x").summaries()} == before
    again.lock()


def test_files_are_private_to_their_owner(vault: Vault, vault_dir: Path) -> None:
    for path in (paths.vault_db(vault_dir), paths.vault_key(vault_dir)):
        assert path.stat().st_mode & 0o077 == 0


def test_wrong_passphrase_is_told_apart_and_changes_no_byte(vault: Vault, vault_dir: Path) -> None:
    filled(vault)
    vault.lock()
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphraseError) as caught:
        Vault.unlock(vault_dir, "not the passphrase")
    assert "wrong passphrase" in str(caught.value).lower()
    assert snapshot(vault_dir) == before


def test_missing_and_existing_vaults(tmp_path: Path, vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(VaultMissingError):
        Vault.unlock(tmp_path / "nowhere", PASSPHRASE)
    with pytest.raises(VaultExistsError):
        Vault.create(vault_dir, PASSPHRASE, owner="x", kdf=TEST_KDF)


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", [0.1, 0.5, 0.95])
def test_flipped_byte_in_the_database_is_an_integrity_error(
    vault: Vault, vault_dir: Path, where: float
) -> None:
    service = filled(vault, 30)
    names = [s.name for s in service.summaries()]
    vault.lock()
    db = paths.vault_db(vault_dir)
    flip(db, int(db.stat().st_size * where))
    with pytest.raises(VaultDamagedError) as caught:
        Vault.unlock(vault_dir, PASSPHRASE)
    message = str(caught.value)
    assert "integrity" in message
    assert not any(name.split()[0] in message for name in names)


@pytest.mark.parametrize("keep", [0, 100, 4096, 4096 * 8, 0.5])
def test_truncated_database_is_an_integrity_error(
    vault: Vault, vault_dir: Path, keep: float
) -> None:
    filled(vault, 30)
    vault.lock()
    db = paths.vault_db(vault_dir)
    size = int(db.stat().st_size * keep) if isinstance(keep, float) else keep
    with db.open("r+b") as stream:
        stream.truncate(size)
    with pytest.raises(VaultDamagedError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_damaged_key_file_is_not_called_a_wrong_passphrase(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    key = paths.vault_key(vault_dir)
    flip(key, key.stat().st_size // 2)
    with pytest.raises(VaultDamagedError):
        Vault.unlock(vault_dir, PASSPHRASE)
    key.write_bytes(b"")
    with pytest.raises(VaultDamagedError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_kdf_parameters_are_bound_into_the_wrap() -> None:
    wrapped = keywrap.wrap(b"k" * 32, "pass phrase", TEST_KDF)
    weakened = wrapped.replace(b'"iterations":1', b'"iterations":2')
    assert weakened != wrapped
    with pytest.raises((VaultDamagedError, WrongPassphraseError)):
        keywrap.unwrap(weakened, "pass phrase")


def test_passphrase_change_rewraps_only(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {s.id for s in filled(vault).summaries()}
    vault.lock()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    db_before = paths.vault_db(vault_dir).read_bytes()
    derivations = []
    real_derive = keywrap._derive
    monkeypatch.setattr(keywrap, "_derive", lambda *a: derivations.append(1) or real_derive(*a))
    vault.change_passphrase("a brand new passphrase", kdf=TEST_KDF)
    assert len(derivations) == 1  # one KDF run…
    assert paths.vault_db(vault_dir).read_bytes() == db_before  # …and no re-encryption
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, PASSPHRASE)
    again = Vault.unlock(vault_dir, "a brand new passphrase")
    assert {s.id for s in PupilService(again, "x").summaries()} == before
    again.lock()


def test_real_kdf_takes_a_noticeable_but_short_time(tmp_path: Path) -> None:
    """The default parameters are the designed ones (64 MiB, 3 passes, 4 lanes)."""
    assert (DEFAULT_KDF.memory_kib, DEFAULT_KDF.iterations, DEFAULT_KDF.lanes) == (65536, 3, 4)
    started = time.perf_counter()
    keywrap.unwrap(keywrap.wrap(os.urandom(32), "p" * 10), "p" * 10)
    assert time.perf_counter() - started > 0.05  # a real memory-hard KDF ran, twice


def test_failed_creation_leaves_no_half_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keywrap, "wrap", broken)
    with pytest.raises(OSError):
        Vault.create(tmp_path / "v", PASSPHRASE, owner="x", kdf=TEST_KDF)
    assert list((tmp_path / "v").iterdir()) == []
