from __future__ import annotations

import importlib.util
from pathlib import Path

DOCS = Path(__file__).parents[3] / "docs"


def test_field_paths_reference_is_current() -> None:
    spec = importlib.util.spec_from_file_location("make_field_paths", DOCS / "make_field_paths.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (DOCS / "field-paths.md").read_text(encoding="utf-8") == module.render(), (
        "docs/field-paths.md is stale: run docs/make_field_paths.py"
    )
