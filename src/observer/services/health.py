"""`observer check`: is the database whole, which schema is it on, what does it hold."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.exc import DatabaseError

from observer.services.context import Services
from observer.storage.tables import Base


@dataclass(frozen=True)
class HealthReport:
    location: str
    schema_revision: str
    integrity: str
    row_counts: dict[str, int | None]  # None: the table could not be read

    @property
    def healthy(self) -> bool:
        return self.integrity == "ok"


def check_database(services: Services) -> HealthReport:
    db = services.database
    with db.engine.connect() as conn:
        try:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DatabaseError:
            revision = None
        integrity = _integrity(conn) if db.engine.dialect.name == "sqlite" else "ok"
        counts = {table.name: _count(conn, table) for table in Base.metadata.sorted_tables}
    location = str(db.path) if db.path else db.engine.url.render_as_string(hide_password=True)
    return HealthReport(location, str(revision or "unknown"), integrity, counts)


def _integrity(conn: Connection) -> str:
    try:
        rows = conn.execute(text("PRAGMA integrity_check(20)"))
        problems = [line for row in rows for line in str(row[0]).splitlines()]
        if problems == ["ok"]:
            broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                problems = [f"{len(broken)} broken references"]
    except DatabaseError as exc:
        return f"damaged ({exc.orig})"
    if problems == ["ok"]:
        return "ok"
    details = [p for p in problems if not p.startswith("***")] or problems
    return f"damaged: {len(details)} problem(s), first: {details[0]}"


def _count(conn: Connection, table: Table) -> int | None:
    try:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)
    except DatabaseError:
        conn.rollback()
        return None
