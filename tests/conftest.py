"""Shared fixtures. Qt must be told to render offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["helpers.fixtures", "helpers.hub_fixtures", "helpers.postgres"]
