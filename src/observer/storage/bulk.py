"""Bulk writes: hundreds of thousands of rows in one transaction, quickly."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Table, func, select, text

_INSERT_TRIGGER = "note_search_ai"


@contextmanager
def note_index_rebuilt_after(conn: Connection) -> Iterator[None]:
    """Inside one transaction: skip the per-note search-index trigger, rebuild once at the end.

    Feeding FTS5 row by row costs more than the notes themselves; one rebuild is
    twenty times cheaper. The trigger's own SQL is read back from the schema, so it
    returns exactly as the migrations made it. A failure rolls all of it back.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    sql = conn.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": _INSERT_TRIGGER},
    ).scalar()
    if sql is None:
        yield
        return
    conn.execute(text(f"DROP TRIGGER {_INSERT_TRIGGER}"))
    yield
    conn.execute(text("INSERT INTO note_search(note_search) VALUES ('rebuild')"))
    conn.execute(text(sql))


def next_ids(conn: Connection, tables: list[Table]) -> dict[str, int]:
    """The first free integer key of each table, for rows written with explicit ids."""
    return {
        table.name: int(conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
        for table in tables
        if "id" in table.c
    }


def advance_id_sequences(conn: Connection, tables: list[Table]) -> None:
    """After explicit ids, move PostgreSQL's sequences past them (SQLite needs nothing)."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" in table.c:
            conn.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:name, 'id'),"
                    f" (SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
                ),
                {"name": table.name},
            )
