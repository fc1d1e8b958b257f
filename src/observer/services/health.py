"""`observer check`: is the database whole, which schema is it on, what does it hold."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from observer.services.context import Services
from observer.storage.tables import Base


@dataclass(frozen=True)
class HealthReport:
    location: str
    schema_revision: str
    integrity: str
    row_counts: dict[str, int]

    @property
    def healthy(self) -> bool:
        return self.integrity == "ok"


def check_database(services: Services) -> HealthReport:
    db = services.database
    with db.engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or "none"
        if db.engine.dialect.name == "sqlite":
            problems = [row[0] for row in conn.execute(text("PRAGMA integrity_check(20)"))]
            fk_problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if fk_problems:
                problems.append(f"{len(fk_problems)} broken references")
            integrity = "ok" if problems == ["ok"] else "; ".join(problems)
        else:
            integrity = "ok"  # a database server keeps its own consistency
        counts = {
            table.name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }
    location = str(db.path) if db.path else db.engine.url.render_as_string(hide_password=True)
    return HealthReport(location, str(revision), integrity, counts)
