"""A hub and an enrolled teacher's device, built through the real command lines."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from helpers.fixtures import Cli, cli_env
from helpers.hub_fixtures import hub_env
from helpers.templates import shared_template


@dataclass
class World:
    hub: Cli
    device: Cli
    files: Path
    teacher: str
    assigned: list[str]
    others: list[str]
    device_id: str

    def facts(self) -> dict[str, Any]:
        """What a shared template stores about this world (helpers.templates)."""
        return {
            "teacher": self.teacher,
            "assigned": self.assigned,
            "others": self.others,
            "device_id": self.device_id,
        }

    @classmethod
    def from_facts(cls, facts: dict[str, Any], root: Path) -> World:
        return cls(
            Cli("vsdesk-hub", hub_env(root / "hub")),
            Cli("vsdesk", cli_env(root / "data")),
            root / "files",
            facts["teacher"],
            facts["assigned"],
            facts["others"],
            facts["device_id"],
        )

    def run(self, cli: Cli, *args: str) -> str:
        result = cli(*args)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def hub_to_device(self, name: str) -> Path:
        bundle = self.files / name
        self.run(self.hub, "sync", "export", "--teacher", self.teacher, "--out", str(bundle))
        return bundle

    def device_to_hub(self, name: str) -> Path:
        bundle = self.files / name
        self.run(self.device, "sync", "export", "--out", str(bundle))
        return bundle

    def hub_view(self, pupil_id: str) -> dict:  # type: ignore[type-arg]
        return json.loads(self.run(self.hub, "pupils", "show", pupil_id, "--json"))

    def device_view(self, pupil_id: str) -> dict:  # type: ignore[type-arg]
        return json.loads(self.run(self.device, "pupils", "show", pupil_id, "--json"))

    def device_ids(self) -> set[str]:
        return {p["id"] for p in json.loads(self.run(self.device, "pupils", "--json"))}


def build_world(hub: Cli, device: Cli, files: Path, pupils: int = 30, assign: int = 10) -> World:
    files.mkdir(parents=True, exist_ok=True)
    run = World(hub, device, files, "", [], [], "").run
    run(hub, "init", "--name", "Cardiff", "--id", "cardiff")
    run(hub, "pupils", "generate", "--count", str(pupils), "--seed", "7")
    teacher = run(hub, "teachers", "add", "--name", "Ms Siân Llŷr", "--school", "Ysgol y Dŵr")
    teacher = teacher.strip().splitlines()[-1]
    listed = json.loads(run(hub, "pupils", "--json"))
    # the tests edit school attendance and attainment, which only school-age plans have
    ids = sorted(p["id"] for p in listed if p["phase"] == "school-age")
    ids += sorted(p["id"] for p in listed if p["phase"] != "school-age")
    assert len([p for p in listed if p["phase"] == "school-age"]) >= assign
    for pupil_id in ids[:assign]:
        run(hub, "assign", pupil_id, teacher)
    invite = files / "invite.vsdesk"
    code = run(hub, "enrol", teacher, "--out", str(invite)).strip().splitlines()[-1]
    run(device, "init", "--name", "Ms Siân Llŷr")
    request = files / "request.vsdesk"
    enrolled = run(device, "enrol", str(invite), "--code", code, "--out", str(request))
    device_id = enrolled.split("This device: ")[1].split(",")[0]
    run(hub, "devices", "add", str(request))
    return World(hub, device, files, teacher, ids[:assign], ids[assign:], device_id)


def synced_template(tmp_path_factory: Any) -> tuple[Path, World]:
    """One enrolled world per run (about 20 CLI runs) whose device has imported the hub's
    first bundle; shared by every test module that asks (``sync-world``)."""
    def build(root: Path) -> dict[str, Any]:
        built = build_world(
            Cli("vsdesk-hub", hub_env(root / "hub")),
            Cli("vsdesk", cli_env(root / "data")),
            root / "files",
        )
        built.run(built.device, "sync", "import", str(built.hub_to_device("h1.bundle")))
        return built.facts()

    root, facts = shared_template(tmp_path_factory, "sync-world", build)
    return root, World.from_facts(facts, root)


def copy_of(template: tuple[Path, World], hub_dir: Path, vault_dir: Path, files: Path) -> World:
    """A test's own copy of the template world, its CLIs pointed at the copy."""
    root, built = template
    shutil.copytree(root / "hub", hub_dir)
    shutil.copytree(root / "data", vault_dir)
    shutil.copytree(root / "files", files)
    return replace(
        built,
        hub=Cli("vsdesk-hub", hub_env(hub_dir)),
        device=Cli("vsdesk", cli_env(vault_dir)),
        files=files,
    )
