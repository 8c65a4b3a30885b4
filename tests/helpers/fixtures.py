"""Fixtures shared by every test folder: temp vaults, CLI runners, file scanners."""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.templates import shared_template
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


#: The console scripts, by program name: ``module:function`` of each ``main(argv)``.
ENTRY_POINTS = {"vsdesk": "vsdesk.cli.main:main", "vsdesk-hub": "vsdesk.hub.commands.main:main"}


@dataclass
class Cli:
    """Runs a command line as a teacher's shell would, in this process by default.

    In-process runs call the program's ``main(argv)`` with the environment, standard input
    (empty, not a terminal) and output swapped for the call's duration, so they test the same
    parsing, messages and exit codes without paying for a fresh interpreter (about 1.2 s of
    imports) on each of hundreds of commands. ``subprocess=True`` runs the real console
    script in a child process, for the few tests that need a real process (signals, the
    script's own start-up, the product's default KDF).
    """

    program: str
    env: dict[str, str]
    subprocess: bool = False

    def __call__(self, *args: str, **extra_env: str) -> CliResult:
        env = self.env | extra_env
        if self.subprocess:
            return self._in_child(args, env)
        return run_in_process(ENTRY_POINTS[self.program], args, env)

    def _in_child(self, args: tuple[str, ...], env: dict[str, str]) -> CliResult:
        module = ENTRY_POINTS[self.program].split(":")[0]
        done = subprocess.run(
            [sys.executable, "-m", module, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        return CliResult(done.returncode, done.stdout, done.stderr)


def run_in_process(entry_point: str, args: Sequence[str], env: dict[str, str]) -> CliResult:
    """``main(args)`` with ``env`` as the whole environment and captured output."""
    module_name, function = entry_point.split(":")
    main = getattr(importlib.import_module(module_name), function)
    saved_env, saved_stdin = dict(os.environ), sys.stdin
    out, err = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(env)
    sys.stdin = io.StringIO("")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as done:  # argparse's --help, --version and usage errors
                code = done.code if isinstance(done.code, int) else (0 if done.code is None else 2)
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        sys.stdin = saved_stdin
    return CliResult(int(code or 0), out.getvalue(), err.getvalue())


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


def shared_demo_vault(factory: pytest.TempPathFactory, pupils: int, seed: int) -> Path:
    """A demo vault built once per run (see helpers.templates), to copy into each test."""

    def build(folder: Path) -> dict[str, str]:
        make_demo_vault(folder / "data", pupils, seed)
        return {}

    return shared_template(factory, f"demo-{pupils}-{seed}", build)[0] / "data"


def make_demo_vault(folder: Path, pupils: int, seed: int) -> Path:
    """A vault of fictional pupils made through the real CLI, to copy into each test."""
    made = Cli("vsdesk", cli_env(folder))
    assert made("init", "--name", "Ms Jones").returncode == 0
    assert made("demo", "--pupils", str(pupils), "--seed", str(seed)).returncode == 0
    return folder
