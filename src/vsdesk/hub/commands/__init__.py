"""The ``vsdesk-hub`` command line: parsing, one context per run, a module per group."""
