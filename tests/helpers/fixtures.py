"""Fixtures shared by every test folder: temp vaults, CLI runners, file scanners."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from vsdesk.kdf import TEST_KDF
from vsdesk.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    """A fresh vault with a cheap KDF (the real one is tested on its own)."""
    opened = Vault.create(vault_dir, PASSPHRASE, owner="Test Teacher", kdf=TEST_KDF)
    yield opened
    opened.lock()


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


@dataclass
class Cli:
    """Runs a real console script in a subprocess, as a teacher's shell would."""

    program: str
    env: dict[str, str]

    def __call__(self, *args: str, **extra_env: str) -> CliResult:
        modules = {"vsdesk": "vsdesk.cli.main", "vsdesk-hub": "vsdesk.hub.commands.main"}
        module = modules[self.program]
        done = subprocess.run(
            [sys.executable, "-m", module, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env | extra_env,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        return CliResult(done.returncode, done.stdout, done.stderr)


def cli_env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VSDESK_")}
    return env | {
        "VSDESK_DATA": str(data),
        "VSDESK_PASSPHRASE": PASSPHRASE,
        "PYTHONIOENCODING": "utf-8",
    }


@pytest.fixture
def cli(vault_dir: Path) -> Cli:
    return Cli("vsdesk", cli_env(vault_dir))


def files_under(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.is_file()]


def snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in files_under(directory)}


def encodings_of(marker: str) -> list[bytes]:
    return [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def find_markers(directory: Path, markers: list[str]) -> list[tuple[str, str]]:
    """Every (file, marker) where a marker appears in plain UTF-8 or UTF-16."""
    found = []
    for path in files_under(directory):
        data = path.read_bytes()
        for marker in markers:
            if any(form in data for form in encodings_of(marker)):
                found.append((path.name, marker))
    return found


def make_demo_vault(folder: Path, pupils: int, seed: int) -> Path:
    """A vault of fictional pupils made through the real CLI, to copy into each test."""
    made = Cli("vsdesk", cli_env(folder))
    assert made("init", "--name", "Ms Jones").returncode == 0
    assert made("demo", "--pupils", str(pupils), "--seed", str(seed)).returncode == 0
    return folder
