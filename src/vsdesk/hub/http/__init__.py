"""The hub's HTTP service (Starlette): signed requests from devices over the sync services."""
