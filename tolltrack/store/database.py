"""Where the ledger lives and bringing its schema up to date.

Takes a database URL or a file path (or nothing: ``$TOLLTRACK_DB``, else
``./tolltrack.db``) and gives a SQLAlchemy engine whose schema the shipped
Alembic migrations have brought to the latest revision. SQLite by default;
PostgreSQL by ``postgresql+psycopg://…`` (``postgresql://…`` is read the same).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_PATH = "tolltrack.db"
ENV_VAR = "TOLLTRACK_DB"
MIGRATIONS = Path(__file__).with_name("migrations")
_LOCK_ID = 7_301_544_190  # PostgreSQL advisory lock held while migrating

if TYPE_CHECKING:  # alembic is imported when a ledger is opened, not with the package
    from alembic.config import Config


class LedgerURLError(ValueError):
    """A database URL tolltrack cannot use."""


def resolve_url(url: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from a URL, a SQLite file path, ``$TOLLTRACK_DB`` or the default ``./tolltrack.db``."""
    raw = os.fspath(url) if url else (os.environ.get(ENV_VAR) or DEFAULT_PATH)
    if "://" not in raw:
        return "sqlite:///" + raw if raw != ":memory:" else "sqlite://"
    if raw.startswith(("postgresql://", "postgres://")):
        raw = "postgresql+psycopg://" + raw.split("://", 1)[1]
    try:
        parsed = make_url(raw)
    except ArgumentError as exc:
        raise LedgerURLError(f"not a database URL: {raw!r}") from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise LedgerURLError(f"unsupported database {parsed.get_backend_name()!r}: use SQLite or PostgreSQL")
    return raw


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")  # a killed writer leaves the last committed state
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for a resolved URL, with SQLite set up for one writer and crash safety."""
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise LedgerURLError(f"no such directory for the ledger: {parent}")
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config() -> Config:
    """The Alembic configuration of the shipped migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest migration (a no-op when it is there already)."""
    from alembic import command

    head = head_revision()
    if current_revision(engine) == head:
        return
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def empty_postgres_schema(url: str) -> None:
    """Drop everything in a PostgreSQL database's public schema: a store to start again from nothing (for tests and
    benchmarks, never for a researcher's ledger)."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
