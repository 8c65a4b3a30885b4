"""The ``vsdesk`` command line: a stable interface over the same services as the window."""
