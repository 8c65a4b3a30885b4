"""The hub's use-cases; the command line (and later the HTTP service) call only these."""
