"""The committed negative test vectors each produce exactly the error their sidecar names.

The vectors are files, not code, so they pin the format: a change to the reader that makes
an old vector pass, or fail differently, shows up here even if every unit test was updated
along with the code. ``make_vectors.py`` explains how they were made.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bundle_testkit import run_vector

from vsdesk.errors import BundleError
from vsdesk.sync import bundle_errors
from vsdesk.sync.bundle_errors import BundleGapError

VECTORS = Path(__file__).resolve().parent / "vectors"
SIDECARS = sorted(VECTORS.glob("*.json"))


def _load(sidecar_path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(sidecar_path.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("sidecar_path", SIDECARS, ids=[p.stem for p in SIDECARS])
def test_vector_gives_its_expected_result(sidecar_path: Path) -> None:
    sidecar = _load(sidecar_path)
    bundle_path = sidecar_path.with_suffix(".bundle")
    if sidecar["expect"] == "ok":
        assert run_vector(bundle_path, sidecar).payload == sidecar["payload"]
        return
    with pytest.raises(BundleError) as caught:
        run_vector(bundle_path, sidecar)
    assert caught.value.code == sidecar["expect"]
    if isinstance(caught.value, BundleGapError):
        assert caught.value.missing == sidecar["missing"]
    if "field" in sidecar:
        assert getattr(caught.value, "field", None) == sidecar["field"]


def test_every_bundle_error_code_has_a_vector() -> None:
    expected = {_load(path)["expect"] for path in SIDECARS}
    codes = {getattr(bundle_errors, name).code for name in bundle_errors.__all__}
    assert codes <= expected


def test_every_vector_has_both_files() -> None:
    bundles = {p.stem for p in VECTORS.glob("*.bundle")}
    assert bundles == {p.stem for p in SIDECARS}
    assert len(bundles) >= 60
