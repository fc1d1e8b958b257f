"""Running Alembic: only when a file is new or older than this version of Observer."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

SCRIPT_LOCATION = "observer.storage:migrations"


class MigrationFailed(RuntimeError):
    pass


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, other: Any) -> bool:
    """Leave the FTS5 note index and its shadow tables to the migrations that made them."""
    return not (type_ == "table" and name is not None and name.startswith("note_search"))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def known_revisions() -> list[str]:
    """Every revision this version knows, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade in one transaction on a connection with foreign keys off."""
    config = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite and connection.exec_driver_sql("PRAGMA foreign_keys").scalar():
            raise MigrationFailed("migrations must run with foreign keys off")
        connection.rollback()
        config.attributes["connection"] = connection
        # One transaction around every step: SQLite DDL is transactional, so a failure
        # anywhere leaves the file as it was.
        with connection.begin():
            command.upgrade(config, target)
            problems = (
                connection.execute(text("PRAGMA foreign_key_check")).fetchall() if sqlite else []
            )
            if problems:
                raise MigrationFailed(f"migration left {len(problems)} broken references")
