"""A hub and two teachers' enrolled devices, driven through both command lines in-process.

The scenarios of issue 8 parts 3 and 4 (wrong clocks, unassigned pupils, purges, restored
vaults, lost bundles) run on real files through ``vsdesk.cli.main.main`` and the hub's
``main``, called in this process for speed: each call gets its own environment
(``VSDESK_DATA`` …) and its own captured stdout/stderr, as a subprocess would. The vaults
and the hub are made with the test KDF, which is stored with their keys, so every later
unlock is cheap without weakening any product setting.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from helpers.fixtures import PASSPHRASE, CliResult
from helpers.hub_fixtures import HUB_PASSPHRASE
from vsdesk.cli.main import main as vsdesk_main
from vsdesk.hub.commands.main import main as hub_main
from vsdesk.hub.services.authority import initialise
from vsdesk.hub.storage.store import default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.storage.vault import Vault


@dataclass(frozen=True)
class InProcessCli:
    """``vsdesk`` or ``vsdesk-hub`` called in this process, with its own environment."""

    main: Callable[[Sequence[str]], int]
    env: dict[str, str]

    def __call__(self, *args: str, stdin: str = "") -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with pytest.MonkeyPatch.context() as patch:
            for name, value in self.env.items():
                patch.setenv(name, value)
            patch.setattr(sys, "stdin", io.StringIO(stdin))
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = self.main(list(args))
                except SystemExit as exit_:  # argparse usage errors
                    code = int(exit_.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    def ok(self, *args: str, stdin: str = "") -> str:
        result = self(*args, stdin=stdin)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))


def hub_cli(hub_dir: Path) -> InProcessCli:
    env = {"VSDESK_HUB_DATA": str(hub_dir), "VSDESK_HUB_PASSPHRASE": HUB_PASSPHRASE}
    return InProcessCli(hub_main, env)


def device_cli(data: Path) -> InProcessCli:
    return InProcessCli(vsdesk_main, {"VSDESK_DATA": str(data), "VSDESK_PASSPHRASE": PASSPHRASE})


def make_hub(hub_dir: Path) -> InProcessCli:
    initialise(
        default_url(hub_dir),
        name="Cardiff",
        country="wales",
        authority_id="cardiff",
        passphrase=HUB_PASSPHRASE,
        kdf=TEST_KDF,
    ).close()
    return hub_cli(hub_dir)


def make_vault(data: Path) -> InProcessCli:
    Vault.create(data, PASSPHRASE, owner="Ms Siân Llŷr", kdf=TEST_KDF).lock()
    return device_cli(data)


def enrol(hub: InProcessCli, device: InProcessCli, teacher: str, files: Path, name: str) -> str:
    """Invite, enrol and accept; returns the device id the hub registered."""
    invite, request = files / f"{name}.invite", files / f"{name}.request"
    invite.unlink(missing_ok=True)
    code = hub.ok("enrol", teacher, "--out", str(invite)).strip().splitlines()[-1]
    device.ok("enrol", str(invite), "--code", code, "--out", str(request))
    added = hub.json("devices", "add", str(request))
    return str(added["id"])


@dataclass(frozen=True)
class FaultsWorld:
    root: Path
    hub: InProcessCli
    device: InProcessCli  # teacher A's laptop
    other: InProcessCli  # teacher B's laptop
    teacher: str
    other_teacher: str
    device_id: str
    other_id: str
    assigned: list[str]
    other_assigned: list[str]

    @property
    def files(self) -> Path:
        return self.root / "files"

    def path(self, name: str) -> Path:
        return self.files / name

    def hub_export(self, name: str, teacher: str | None = None, *extra: str) -> Path:
        out = self.path(name)
        self.hub.ok(
            "sync", "export", "--teacher", teacher or self.teacher, "--out", str(out), *extra
        )
        return out

    def device_export(self, name: str, *extra: str, device: InProcessCli | None = None) -> Path:
        out = self.path(name)
        (device or self.device).ok("sync", "export", "--out", str(out), *extra)
        return out

    def hub_view(self, pupil: str) -> Any:
        return self.hub.json("pupils", "show", pupil)

    def copied_to(self, root: Path) -> FaultsWorld:
        shutil.copytree(self.root, root)
        return replace(
            self,
            root=root,
            hub=hub_cli(root / "hub"),
            device=device_cli(root / "device"),
            other=device_cli(root / "other"),
        )


def build_world(root: Path) -> FaultsWorld:
    files = root / "files"
    files.mkdir(parents=True)
    hub = make_hub(root / "hub")
    hub.ok("pupils", "generate", "--count", "12", "--seed", "7")
    listed = hub.json("pupils")  # school-age first: the scenarios edit school attendance
    ids = sorted(p["id"] for p in listed if p["phase"] == "school-age")
    ids += sorted(p["id"] for p in listed if p["phase"] != "school-age")
    teachers = []
    for name, school in (("Ms Siân Llŷr", "Ysgol y Dŵr"), ("Mr Rhys Ifan", "Ysgol y Bryn")):
        added = hub.ok("teachers", "add", "--name", name, "--school", school)
        teachers.append(added.strip().splitlines()[-1])
    for pupil in ids[:4]:
        hub.ok("assign", pupil, teachers[0])
    for pupil in ids[4:8]:
        hub.ok("assign", pupil, teachers[1])
    device, other = make_vault(root / "device"), make_vault(root / "other")
    device_id = enrol(hub, device, teachers[0], files, "a")
    other_id = enrol(hub, other, teachers[1], files, "b")
    world = FaultsWorld(
        root, hub, device, other, teachers[0], teachers[1], device_id, other_id, ids[:4], ids[4:8]
    )
    device.ok("sync", "import", str(world.hub_export("a-h1")))
    other.ok("sync", "import", str(world.hub_export("b-h1", teachers[1])))
    return world
