"""Use-cases: what the CLI and the window ask of vsdesk (DESIGN §2)."""
