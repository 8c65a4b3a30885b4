"""The indicator computation is pure: no SQL, no Qt, no PDF library; the package has no Qt."""

from __future__ import annotations

import subprocess
import sys

PURE = [
    "vsdesk.monitoring.compute",
    "vsdesk.monitoring.records",
    "vsdesk.monitoring.suppression",
    "vsdesk.monitoring.csv_output",
    "vsdesk.monitoring.school_facts",
]
WHOLE = ["vsdesk.monitoring.commands", "vsdesk.monitoring.report", "vsdesk.monitoring.compare"]


def loaded_by(modules: list[str]) -> set[str]:
    code = f"import importlib, sys\nfor m in {modules!r}: importlib.import_module(m)\n" + (
        "print('\\n'.join(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_computation_imports_no_sql_qt_or_reportlab() -> None:
    loaded = loaded_by(PURE)
    assert "vsdesk.monitoring.suppression" in loaded
    assert not {m for m in loaded if m.startswith(("sqlalchemy", "PySide6", "reportlab"))}


def test_the_package_never_imports_qt() -> None:
    loaded = loaded_by(WHOLE)
    assert "vsdesk.monitoring.commands" in loaded
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}
