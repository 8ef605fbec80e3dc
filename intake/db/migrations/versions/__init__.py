"""One file per schema revision; SCHEMA_HEAD in intake.db.engine names the newest."""
