"""Open the case database: SQLite in the user's private data folder by default, PostgreSQL by plain URL."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from intake.db.where import data_dir, resolve_url  # noqa: F401 - where they have always been imported from
from intake.errors import DatabaseError, IntakeError

log = logging.getLogger(__name__)
_ENGINES: dict[str, Engine] = {}


def after_fork() -> None:
    """In a forked child: pooled connections opened before the fork stay the parent's."""
    for engine in _ENGINES.values():
        engine.dispose(close=False)


def close_all() -> None:
    """Pooled connections closed properly, so PostgreSQL sees a goodbye and not a dropped socket."""
    for engine in _ENGINES.values():
        engine.dispose()


def safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparseable database URL)"


def _sqlite_file(url) -> None:
    """Create the SQLite file ourselves so it is private (0600) from its first byte."""
    path = url.database
    if not path or path == ":memory:":
        return
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(p, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(p, 0o600)


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=60000")  # first: the WAL switch below may have to wait for a lock
        cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer, writers queue
        cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: safe against crashes, one fsync per checkpoint
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()


def open_db(url: str | None = None, upgrade: bool = True) -> Engine:
    """One engine per URL per process; the schema is created or migrated on first use."""
    full = resolve_url(url)
    if full in _ENGINES:
        return _ENGINES[full]
    try:
        parsed = make_url(full)
        if parsed.get_backend_name() == "sqlite":
            _sqlite_file(parsed)
            engine = create_engine(full, connect_args={"timeout": 60})
            _sqlite_pragmas(engine)
        else:
            engine = create_engine(full, pool_pre_ping=True)
        if upgrade:
            _upgrade_with_retry(engine)
    except IntakeError:
        raise
    except (ArgumentError, OperationalError, SQLAlchemyError, OSError, ImportError) as exc:
        raise DatabaseError(f"cannot open database {safe(full)} ({type(exc).__name__})") from None
    _ENGINES[full] = engine
    log.debug("database open: %s", safe(full))
    return engine


def _upgrade_with_retry(engine: Engine, tries: int = 4) -> None:
    """Another process creating the same new SQLite file can make a first look fail with a lock
    conflict that SQLite reports at once instead of waiting; a moment later the schema is there."""
    import time

    for attempt in range(tries):
        try:
            upgrade_schema(engine)
            return
        except OperationalError:
            if attempt == tries - 1:
                raise
            log.debug("database busy while checking the schema; trying again")
            time.sleep(0.5 * (attempt + 1))


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


SCHEMA_HEAD = "0006"  # the newest migration in migrations/versions (a test keeps them in step)


def schema_current(engine: Engine) -> bool:
    """A cheap look at alembic_version, so a database already at head costs no Alembic start-up."""
    from sqlalchemy import text

    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    except SQLAlchemyError:
        return False


MIGRATION_LOCK = 7_406_117  # PostgreSQL advisory lock key: one migrating process at a time


def upgrade_schema(engine: Engine, force: bool = False) -> None:
    """Create or migrate the schema; processes starting together take turns, then look again."""
    if not force and schema_current(engine):
        return
    with _migration_lock(engine):
        if not force and schema_current(engine):
            return
        if not force and _empty(engine):
            _create_at_head(engine)
            return
        from alembic import command

        command.upgrade(alembic_config(engine), "head")


def _empty(engine: Engine) -> bool:
    from sqlalchemy import inspect

    return not inspect(engine).get_table_names()


def _create_at_head(engine: Engine) -> None:
    """A new database gets the models' tables and the head revision in one transaction: the same schema
    the migrations build (a test compares them), without Alembic's two seconds of start-up."""
    from sqlalchemy import text

    from intake.db.models import Base

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD})


class _migration_lock:
    """An advisory lock on PostgreSQL, a file lock beside an SQLite file (held for the migration only)."""

    def __init__(self, engine: Engine):
        self.engine, self.conn, self.fd = engine, None, None

    def __enter__(self):
        from sqlalchemy import text

        if self.engine.dialect.name == "postgresql":
            self.conn = self.engine.connect()
            self.conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
        elif self.engine.url.database and self.engine.url.database != ":memory:":
            import fcntl

            self.fd = os.open(f"{self.engine.url.database}.migrate-lock", os.O_CREAT | os.O_RDWR, 0o600)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        from sqlalchemy import text

        if self.conn is not None:
            self.conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
            self.conn.close()
        if self.fd is not None:
            os.close(self.fd)
        return False
