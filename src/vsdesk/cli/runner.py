"""The one place a command's failure becomes what the person at the terminal sees.

Both ``vsdesk`` and ``vsdesk-hub`` run their handlers through :func:`run_handler`: errors
print as ``error: …`` on stderr with exit 1 (2 for usage), never a traceback, because a
traceback can carry a pupil's data in its local values. An unexpected exception (a bug)
prints only its type, so it can be reported without data.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Protocol

from vsdesk.errors import UsageError, VsdeskError


class Closable(Protocol):
    def close(self) -> None: ...


def run_handler(handler: Callable[[Any, Any], int], args: Any, context: Closable) -> int:
    try:
        return int(handler(args, context))
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except VsdeskError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head`: not an error for the user
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("error: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: say what kind, never what data
        print(
            f"error: internal error ({type(error).__name__}); nothing was changed. "
            "Please report it.",
            file=sys.stderr,
        )
        return 1
    finally:
        context.close()
