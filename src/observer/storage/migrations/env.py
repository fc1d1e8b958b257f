"""Alembic environment: always run on a connection handed over by observer.storage.migrate."""

from __future__ import annotations

from typing import Any

from alembic import context

from observer.storage.tables import Base


def _include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # The FTS5 index and its shadow tables are managed by hand in migrations.
    return not (type_ == "table" and name is not None and name.startswith("note_search"))


def run() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=_include,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
