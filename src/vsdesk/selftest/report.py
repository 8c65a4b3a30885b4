"""The self-test's outcome and its one line (what IT reads in a deployment log)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SelfTestReport:
    steps_run: int
    seconds: float
    failed_step: str | None = None
    message: str = ""

    @property
    def passed(self) -> bool:
        return self.failed_step is None

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1

    def line(self) -> str:
        if self.passed:
            noun = "step" if self.steps_run == 1 else "steps"
            return f"vsdesk self-test passed: {self.steps_run} {noun} in {self.seconds:.1f} s"
        return f"vsdesk self-test failed at step '{self.failed_step}': {self.message}"
