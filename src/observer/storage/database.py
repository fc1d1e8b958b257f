"""Opening a database safely: create, recognise, refuse, back up and migrate.

A file is looked at read-only first. A foreign file or one written by a newer
Observer is refused without a single byte changing; an older one is backed up
and then migrated; a current one opens without touching Alembic at all.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from observer.paths import ensure_private_dir
from observer.storage import schema
from observer.storage.engine import APPLICATION_ID, is_sqlite, make_engine, sqlite_url

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """A database cannot be opened; the message says why in plain words."""


class NotAnObserverDatabase(DatabaseProblem):
    pass


class NewerSchema(DatabaseProblem):
    pass


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a file found."""

    exists: bool
    revision: str | None = None  # None: no Observer tables yet


@dataclass
class OpenedDatabase:
    engine: Engine
    url: str
    path: Path | None
    migrated_from: str | None = None
    pre_migration_backup: Path | None = None

    def dispose(self) -> None:
        self.engine.dispose()


def inspect_file(path: Path) -> FileState:
    """Read a file's identity and schema revision without writing to it."""
    if not path.exists():
        return FileState(exists=False)
    if path.stat().st_size == 0:
        # What a crash during creation (or a failing disk) leaves: never quietly build a
        # fresh, empty database over it, which would then be backed up as "good".
        raise DatabaseProblem(f"{path} is empty (0 bytes); Observer has not changed it.")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise NotAnObserverDatabase(f"{path} is not an Observer database (not an SQLite file).")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(f"{path} cannot be read: {exc}.") from exc
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise NotAnObserverDatabase(f"{path} belongs to another program, not Observer.")
    if revision is not None and revision not in schema.REVISIONS:
        raise NewerSchema(
            f"{path} was written by a newer version of Observer (schema {revision}). "
            "Update Observer to open it; the file has not been changed."
        )
    return FileState(exists=True, revision=revision)


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by the user alone."""
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def open_database(url: str) -> OpenedDatabase:
    """Open (creating or migrating as needed) the database at a SQLAlchemy URL."""
    if not is_sqlite(url):
        return _open_server(url)
    path = Path(url.removeprefix("sqlite:///"))
    state = inspect_file(path)
    if not state.exists:
        create_private_file(path)
    if state.revision == schema.HEAD:
        return OpenedDatabase(make_engine(url), url, path)

    backup: Path | None = None
    if state.revision is not None:
        from observer.storage.backup import create_backup  # it imports this module

        reason = f"before-schema-{schema.HEAD}-from-{state.revision}"
        backup = create_backup(path, reason).path  # verified; refused for a damaged file
    _migrate(url)
    return OpenedDatabase(
        make_engine(url), url, path, migrated_from=state.revision, pre_migration_backup=backup
    )


def open_path(path: Path) -> OpenedDatabase:
    return open_database(sqlite_url(path))


def _migrate(url: str) -> None:
    from observer.storage.migrate import upgrade  # Alembic is imported only when needed

    engine = make_engine(url, foreign_keys=False, wal=False)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def _open_server(url: str) -> OpenedDatabase:
    from sqlalchemy import inspect

    engine = make_engine(url)
    with engine.connect() as conn:
        revision = None
        if inspect(conn).has_table("alembic_version"):
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision is not None and revision not in schema.REVISIONS:
        engine.dispose()
        raise NewerSchema(f"The database at {url} was written by a newer version of Observer.")
    if revision != schema.HEAD:
        from observer.storage.migrate import upgrade

        upgrade(engine)
    return OpenedDatabase(engine, url, None, migrated_from=revision)
