"""The ``--self-test`` option both ``vsdesk`` and ``vsdesk-app`` offer.

Like ``--version``, it acts when parsed: it runs the self-test, prints its line and exits
(0 passed, 1 failed), whatever else the command line says. The runner is imported only then,
so offering the option costs the window's start-up nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

HELP = "check this installation with throwaway data (never your own), print one line, exit"


class SelfTestAction(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from vsdesk.selftest.runner import main

        parser.exit(main())


def add_self_test_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--self-test", action=SelfTestAction, help=HELP)
