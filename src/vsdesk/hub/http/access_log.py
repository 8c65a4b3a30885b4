"""Structured access logs: one JSON line per request, with nothing personal in it.

A line names the route (never the query string or body), the device's random party id
(never a teacher or pupil), the status, an outcome word, sizes and the time taken. Client
addresses are left out: behind a reverse proxy they are the proxy's, and the proxy keeps
its own log.
"""

from __future__ import annotations

import json
import logging
from typing import Any

LOGGER = logging.getLogger("vsdesk.hub.access")


def log_request(**fields: Any) -> None:
    LOGGER.info(json.dumps(fields, sort_keys=True, separators=(",", ":")))
