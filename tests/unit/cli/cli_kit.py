"""Run ``vsdesk`` in-process (``main(argv)``) against a copy of a small demo vault.

In-process calls take milliseconds where a subprocess takes a second or more on a loaded
machine; the environment is set with ``monkeypatch`` exactly as a shell would set it, and
the vault uses the cheap test KDF (the real one has its own tests).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.fixtures import PASSPHRASE
from vsdesk.cli.main import main
from vsdesk.kdf import TEST_KDF
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault

OWNER = "Ms Siân Jones"


@dataclass
class Ran:
    code: int
    out: str
    err: str


Run = Callable[..., Ran]


def make_demo_vault(folder: Path, pupils: int = 8, seed: int = 3) -> Path:
    vault = Vault.create(folder, PASSPHRASE, owner=OWNER, kdf=TEST_KDF)
    try:
        PupilService(vault, OWNER).add_demo(pupils, seed)
    finally:
        vault.lock()
    return folder


def runner(data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``run("pupils", "--json")`` → exit code, stdout, stderr; SystemExit is caught."""
    monkeypatch.setenv("VSDESK_DATA", str(data))
    monkeypatch.setenv("VSDESK_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> Ran:
        capsys.readouterr()
        try:
            code = main(list(argv))
        except SystemExit as stop:
            code = int(stop.code or 0)
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_vault(tmp_path_factory.mktemp("cli-demo") / "data")


@pytest.fixture
def data_dir(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    return runner(data_dir, monkeypatch, capsys)


class Terminal:
    """A stand-in for a terminal on stdin: ``isatty`` true, lines to read."""

    def __init__(self, *lines: str) -> None:
        self.lines = list(lines)

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        return self.lines.pop(0) + "\n" if self.lines else ""
