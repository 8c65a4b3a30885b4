"""Frozen entry point of ``vsdesk-app`` (the window)."""

import sys

from vsdesk.ui.app import main

sys.exit(main())
