"""Frozen entry point of ``vsdesk-hub`` (the Virtual School's command line and server)."""

import sys

from vsdesk.hub.commands.main import main

sys.exit(main())
