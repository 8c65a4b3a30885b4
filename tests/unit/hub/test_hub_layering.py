"""The hub is layered like the client: commands → services → storage, downward only.

Each check imports a module in a fresh interpreter and looks at what came with it, so an
import added anywhere below (even a lazy one at module level) is caught.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


def loaded_by(module: str) -> set[str]:
    code = f"import importlib, sys\nimportlib.import_module({module!r})\n"
    code += "print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def under(modules: set[str], package: str) -> set[str]:
    return {m for m in modules if m == package or m.startswith(package + ".")}


def test_hub_command_line_borrows_nothing_from_the_client_or_the_demo() -> None:
    loaded = loaded_by("vsdesk.hub.commands.main")
    assert "vsdesk.commandline.runner" in loaded
    assert not under(loaded, "vsdesk.cli")
    assert not under(loaded, "vsdesk.demo")


def test_client_command_line_loads_no_hub() -> None:
    loaded = loaded_by("vsdesk.cli.main")
    assert "vsdesk.commandline.runner" in loaded
    assert not under(loaded, "vsdesk.hub")


@pytest.mark.parametrize(
    "module",
    ["vsdesk.hub.services.sync", "vsdesk.hub.services.pupils", "vsdesk.hub.services.invitations"],
)
def test_hub_services_never_load_commands(module: str) -> None:
    loaded = loaded_by(module)
    assert not under(loaded, "vsdesk.hub.commands")
    assert not under(loaded, "vsdesk.commandline")


def test_hub_storage_loads_no_services() -> None:
    loaded = loaded_by("vsdesk.hub.storage.keys")
    assert not under(loaded, "vsdesk.hub.services")
    assert not under(loaded, "vsdesk.hub.commands")


def test_one_kdf_below_storage_and_sync() -> None:
    """Key files and enrolment codes share vsdesk.kdf; neither side imports the other for it."""
    assert not under(loaded_by("vsdesk.sync.enrolment_codes"), "vsdesk.storage")
    keywrap = loaded_by("vsdesk.storage.keywrap")
    assert "vsdesk.kdf" in keywrap
    assert not under(keywrap, "vsdesk.sync")
