"""Shared fixtures. Qt must be told to render offscreen before anything imports it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings
from hypothesis.database import DirectoryBasedExampleDatabase

from vsdesk import kdf

# Secrets made in this process (vaults, hub keys, invitations) use the cheap test KDF. The
# product cannot pick this up: it is a call in the test process, not a setting. Subprocess
# runs of the real console scripts keep the product's KDF.
kdf.use_kdf_for_tests(kdf.TEST_KDF)

# Hypothesis derandomises itself when it sees CI=true, so CI would replay the same examples
# for ever. This profile keeps it random everywhere; `make test` picks a seed, prints it and
# passes it as --hypothesis-seed, so a failing run can be replayed exactly. Examples found
# locally are kept outside the repository.
settings.register_profile(
    "vsdesk",
    derandomize=False,
    print_blob=True,
    database=DirectoryBasedExampleDatabase(Path(tempfile.gettempdir()) / "vsdesk-hypothesis"),
)
settings.load_profile("vsdesk")

pytest_plugins = ["helpers.fixtures", "helpers.hub_fixtures", "helpers.postgres"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every PostgreSQL test on one xdist worker, so a run starts one server, not one each."""
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(pytest.mark.xdist_group("postgres"))
