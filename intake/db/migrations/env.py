"""Alembic environment: runs against the engine intake opened, never a URL from a file."""

from alembic import context

from intake.db.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
