"""Alembic migrations of the hub database (both SQLite and PostgreSQL)."""
