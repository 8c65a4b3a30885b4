"""What services need of a store: units of work and compaction.

The teacher's encrypted vault and the Virtual School hub's database both provide it, so the
same services (edit, history, purge) serve both sides.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol

from sqlalchemy.orm import Session


class Store(Protocol):
    def session(self) -> AbstractContextManager[Session]:
        """One all-or-nothing unit of work."""
        ...

    def compact(self) -> None:
        """Make deleted data leave the files (checkpoint, vacuum) where the engine can."""
        ...
