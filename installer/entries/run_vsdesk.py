"""Frozen entry point of ``vsdesk`` (the teacher's command line)."""

import sys

from vsdesk.cli.main import main

sys.exit(main())
