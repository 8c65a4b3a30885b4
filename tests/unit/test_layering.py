"""STYLE lesson 1: the core never imports Qt; the domain imports no SQL either."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "vsdesk.domain.model",
    "vsdesk.domain.fields",
    "vsdesk.domain.rules",
    "vsdesk.domain.timescales",
    "vsdesk.storage.vault",
    "vsdesk.services.pupils",
    "vsdesk.cli.main",
    "vsdesk.services.synthetic",
]
OPTIONAL_CORE = ["vsdesk.sync", "vsdesk.packs", "vsdesk.hub"]


def imported_after(modules: list[str]) -> set[str]:
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    try: importlib.import_module(m)\n"
        "    except ModuleNotFoundError as e:\n"
        "        if not e.name.startswith('vsdesk'): raise\n"
        "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_core_packages_never_import_pyside6() -> None:
    loaded = imported_after(CORE + OPTIONAL_CORE)
    assert "vsdesk.storage.vault" in loaded
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_domain_imports_no_sql_and_no_qt() -> None:
    loaded = imported_after(["vsdesk.domain.model", "vsdesk.domain.rules", "vsdesk.domain.fields"])
    assert not {m for m in loaded if m.startswith(("sqlalchemy", "sqlcipher3", "PySide6"))}
