"""Template worlds built once per test run and shared by every xdist worker.

Building a world (a hub, an enrolled device, a demo vault) takes many commands; tests copy
a finished one instead. The first worker to ask builds it under an exclusive file lock in
the run's shared temp folder; the others wait on the lock and then reuse it. What the
builder returns (ids, the teacher) is stored beside it as JSON, so every worker sees the
same world. ``fcntl`` locks: the suite runs on Linux, as CI does.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Builder = Callable[[Path], dict[str, Any]]


def run_root(factory: pytest.TempPathFactory) -> Path:
    """The temp folder all workers of this run share (each worker has its own below it)."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def shared_template(factory: pytest.TempPathFactory, name: str, build: Builder) -> tuple[Path, Any]:
    """``(folder, facts)`` of the template ``name``, built by ``build(folder)`` once per run."""
    root = run_root(factory)
    folder = root / f"template-{name}"
    facts_file = folder / "template-facts.json"
    with open(root / f"template-{name}.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not facts_file.exists():
                shutil.rmtree(folder, ignore_errors=True)  # a half-built one from a crash
                folder.mkdir(parents=True)
                facts = build(folder)
                facts_file.write_text(json.dumps(facts), encoding="utf-8")
            return folder, json.loads(facts_file.read_text(encoding="utf-8"))
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
