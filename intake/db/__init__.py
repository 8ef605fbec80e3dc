"""The case database: SQLAlchemy models, engine set-up and the operations the mail room needs."""
