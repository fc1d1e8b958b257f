"""Engines with the connection settings RELIABILITY.md asks of every connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from observer.storage.functions import register_sqlite_functions

# "OBSR" in ASCII: written into the SQLite header so a foreign file is recognised.
APPLICATION_ID = 0x4F425352
BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "observer_write"


def writer(engine: Engine) -> Engine:
    """The same engine, for transactions that will write (BEGIN IMMEDIATE on SQLite)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str, *, foreign_keys: bool = True, wal: bool = True) -> Engine:
    """An engine whose every connection is WAL + synchronous=FULL + foreign keys + busy timeout.

    foreign_keys=False is only for migrations: batch mode rebuilds tables, and dropping
    a parent table with foreign keys on would cascade-delete its children.
    wal=False is for migrations too: the file keeps its journal mode until the upgrade
    has committed, so a failed upgrade rolls back to the very same bytes.
    """
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)

    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so
        # DDL is transactional too and PRAGMAs run outside any transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()
        register_sqlite_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write transaction takes the write lock at once: a deferred one that read
        # first could fail with "database is locked" when another writer got in between,
        # which the busy timeout cannot wait out.
        immediate = connection.get_execution_options().get(WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
