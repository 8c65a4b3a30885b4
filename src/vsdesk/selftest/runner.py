"""Run the steps in order, always clean up, and say the outcome in one line.

The line is what IT reads in a deployment log, so it is short, English (like every command
line message in vsdesk), and free of data::

    vsdesk self-test passed: 8 steps in 4.2 s
    vsdesk self-test failed at step 'fonts': The meeting-pack font … cannot be read …

The first failing step stops the run; ``cleanup`` runs whatever happened, and a failure of
its own is reported only when every step before it passed. An unexpected exception (a bug,
or a broken installation) is named by its type only: its message could carry anything.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from vsdesk.domain.text_safety import escape_for_terminal
from vsdesk.errors import VsdeskError
from vsdesk.selftest import steps
from vsdesk.selftest.report import SelfTestReport
from vsdesk.selftest.window_step import STEP as WINDOW
from vsdesk.selftest.window_step import open_main_window
from vsdesk.selftest.workspace import Workspace, isolated_environment

Step = tuple[str, Callable[[Workspace], None]]

STEPS: tuple[Step, ...] = (
    ("fonts", steps.check_fonts),
    ("vault", steps.make_vault),
    ("hub", steps.make_hub),
    ("enrol", steps.enrol),
    ("bundle", steps.round_trip_bundles),
    ("pack", steps.render_pack),
    (WINDOW, open_main_window),
)
CLEANUP = "cleanup"

__all__ = ["CLEANUP", "STEPS", "SelfTestReport", "Step", "main", "run_self_test", "safe_message"]


def run_self_test(
    chosen: Sequence[Step] | None = None, temp_parent: Path | None = None
) -> SelfTestReport:
    """Run ``chosen`` (default: every step) in a new temporary folder, then remove it."""
    started = time.perf_counter()
    workspace = Workspace.make(temp_parent)
    try:
        with isolated_environment(workspace):
            done, failed = _run_steps(workspace, STEPS if chosen is None else chosen)
    except BaseException:  # interrupted (Ctrl+C): still leave nothing behind
        workspace.remove_quietly()
        raise
    if failed is None:
        try:
            workspace.remove()
        except Exception as error:
            failed = (CLEANUP, safe_message(error))
    else:
        workspace.remove_quietly()
    seconds = time.perf_counter() - started
    if failed is not None:
        return SelfTestReport(done, seconds, failed[0], failed[1])
    return SelfTestReport(done + 1, seconds)


def _run_steps(
    workspace: Workspace, chosen: Sequence[Step]
) -> tuple[int, tuple[str, str] | None]:
    """How many steps passed, and the first failure (step name, message) if any."""
    for done, (name, step) in enumerate(chosen):
        try:
            step(workspace)
        except Exception as error:
            return done, (name, safe_message(error))
    return len(chosen), None


def safe_message(error: BaseException) -> str:
    """A VsdeskError's own words (written for teachers, data-free); else only the type."""
    if isinstance(error, VsdeskError):
        text = str(error)
    elif isinstance(error, ImportError):  # a module name is no data, and tells IT what
        text = f"part of vsdesk is missing ({error.name or 'a module'}); reinstall vsdesk."
    elif isinstance(error, OSError):
        text = f"the system refused a file operation ({type(error).__name__})."
    else:
        text = f"internal error ({type(error).__name__}); please report it."
    return escape_for_terminal(" ".join(text.split()))


def main() -> int:
    """Run the self-test, print its line (where there is a console) and return the code."""
    report = run_self_test()
    if sys.stdout is not None:  # a Windows GUI executable has none: the exit code tells
        print(report.line(), flush=True)
    return report.exit_code
