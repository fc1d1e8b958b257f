"""Alembic environment: always run on a connection handed over by observer.storage.migrate."""

from __future__ import annotations

from alembic import context

from observer.storage.migrate import include_object
from observer.storage.tables import Base


def run() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
