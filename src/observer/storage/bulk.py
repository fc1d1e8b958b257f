"""Bulk writes: hundreds of thousands of rows in one transaction, quickly."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

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
