"""Each envelope module's ``__all__`` names exactly what it defines publicly (httpx habit)."""

from __future__ import annotations

import importlib
import inspect
import os
import subprocess
import sys

import pytest

MODULES = [
    "vsdesk.sync.crypto",
    "vsdesk.sync.bundle_errors",
    "vsdesk.sync.bundle_format",
    "vsdesk.sync.bundle_reader",
    "vsdesk.sync.bundle_writer",
    "vsdesk.sync.rights",
]


@pytest.mark.parametrize("name", MODULES)
def test_all_matches_public_definitions(name: str) -> None:
    module = importlib.import_module(name)
    exported = set(module.__all__)
    assert all(hasattr(module, item) for item in exported)
    defined = {
        item
        for item, value in vars(module).items()
        if not item.startswith("_")
        and (inspect.isclass(value) or inspect.isfunction(value))
        and value.__module__ == name
    }
    assert defined <= exported


def test_envelope_does_not_import_qt() -> None:
    """In a fresh interpreter: pytest-qt has already loaded PySide6 into this one."""
    imports = "; ".join(f"import {name}" for name in MODULES)
    check = f"import sys; {imports}; sys.exit('PySide6' in sys.modules)"
    env = os.environ | {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    assert subprocess.run([sys.executable, "-c", check], env=env, check=False).returncode == 0
