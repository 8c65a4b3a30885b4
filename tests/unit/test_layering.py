"""STYLE lesson 1: only ``vsdesk.ui`` imports Qt; the domain imports no SQL either.

Every module under ``src/vsdesk`` is imported by walking the package, so a module added or
moved later is covered without editing this list, and an import error fails the test
instead of being skipped.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import vsdesk

#: Not imported here: the Qt layer itself, and Alembic's migration scripts, which run only
#: inside a migration context.
EXCLUDED = ("vsdesk.ui", "migrations")


def core_modules() -> list[str]:
    found = [
        info.name
        for info in pkgutil.walk_packages(vsdesk.__path__, "vsdesk.")
        if not info.name.startswith(EXCLUDED[0]) and EXCLUDED[1] not in info.name.split(".")
    ]
    return sorted(found)


def imported_after(modules: list[str]) -> set[str]:
    """The modules loaded by importing ``modules`` in a fresh interpreter (errors fail)."""
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    return set(out.stdout.split())


def test_every_core_module_is_found() -> None:
    modules = core_modules()
    for expected in ("vsdesk.storage.vault", "vsdesk.sync.merge", "vsdesk.packs.render"):
        assert expected in modules
    assert not [m for m in modules if m.startswith("vsdesk.ui")]


def test_core_packages_never_import_pyside6() -> None:
    loaded = imported_after(core_modules())
    assert "vsdesk.storage.vault" in loaded and "vsdesk.cli.main" in loaded
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_domain_imports_no_sql_and_no_qt() -> None:
    domain = [m for m in core_modules() if m.startswith("vsdesk.domain")]
    loaded = imported_after(domain)
    assert not {m for m in loaded if m.startswith(("sqlalchemy", "sqlcipher3", "PySide6"))}


def test_the_check_sees_a_qt_import() -> None:
    assert "PySide6.QtCore" in imported_after(["PySide6.QtCore"])
