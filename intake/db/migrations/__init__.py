"""Alembic migrations of the case database (run by intake.db.engine, never from a config file)."""
