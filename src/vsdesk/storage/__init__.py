"""The encrypted vault: SQLCipher through SQLAlchemy, keys, schema and migrations."""
