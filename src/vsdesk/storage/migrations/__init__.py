"""Alembic migrations of the vault, from the very first schema on."""
