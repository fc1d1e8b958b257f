"""Opening, creating, refusing and migrating database files (RELIABILITY.md 2, 7, 11)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from observer.storage import database, schema
from observer.storage.database import (
    DatabaseProblem,
    NewerSchema,
    NotAnObserverDatabase,
    open_path,
)
from observer.storage.engine import APPLICATION_ID

FIXTURES = Path(__file__).parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragmas(db: database.OpenedDatabase) -> dict[str, object]:
    with db.engine.connect() as conn:
        return {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "busy_timeout",
                "application_id",
            )
        }


def test_every_connection_has_the_safety_pragmas(db_path: Path) -> None:
    db = open_path(db_path)
    try:
        for _ in range(3):  # fresh pooled connections too
            assert pragmas(db) == {
                "journal_mode": "wal",
                "synchronous": 2,  # FULL
                "foreign_keys": 1,
                "busy_timeout": 5000,
                "application_id": APPLICATION_ID,
            }
            db.engine.dispose()
    finally:
        db.dispose()


def test_new_database_is_private_and_at_the_newest_schema(db_path: Path) -> None:
    db = open_path(db_path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO person (uuid, full_name, name_key, role, email, career_stage, subjects,"
            " notes, created_at, updated_at) VALUES ('u', 'A', 'a', 'mentee', '', '', '', '',"
            " '2026-01-01', '2026-01-01')"
        )
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == schema.HEAD
    for path in (db_path, Path(f"{db_path}-wal")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    db.dispose()


def test_current_schema_opens_without_running_alembic(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_path(db_path).dispose()

    def no_migration(url: str) -> None:
        raise AssertionError("Alembic ran on a current database")

    monkeypatch.setattr(database, "_migrate", no_migration)
    open_path(db_path).dispose()


def test_revision_list_matches_the_migration_scripts() -> None:
    from observer.storage.migrate import known_revisions

    assert tuple(known_revisions()) == schema.REVISIONS


def test_migrations_build_exactly_the_mapped_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from observer.storage.migrate import include_object
    from observer.storage.tables import Base

    db = open_path(tmp_path / "m.sqlite")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()


def test_newer_schema_is_refused_and_left_byte_identical(db_path: Path) -> None:
    open_path(db_path).dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerSchema, match="newer version of Observer"):
        open_path(db_path)
    assert digest(db_path) == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"this is a lesson plan, not a database\n" * 20, NotAnObserverDatabase),
        (b"\x00" * 8192, NotAnObserverDatabase),
    ],
)
def test_foreign_files_are_refused_unchanged(
    db_path: Path, content: bytes, problem: type[DatabaseProblem]
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    with pytest.raises(problem, match=str(db_path)):
        open_path(db_path)
    assert db_path.read_bytes() == content
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_another_programs_sqlite_file_is_refused_unchanged(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NotAnObserverDatabase, match="another program"):
        open_path(db_path)
    assert digest(db_path) == before


def test_older_schema_is_backed_up_then_migrated_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    db = open_path(path)
    assert db.migrated_from == "0001"
    assert db.pre_migration_backup is not None
    with sqlite3.connect(db.pre_migration_backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT count(*) FROM note").fetchone() == (3,)
    assert stat.S_IMODE(db.pre_migration_backup.stat().st_mode) == 0o600
    with db.engine.connect() as conn:
        notes = [r[0] for r in conn.execute(text("SELECT text FROM note ORDER BY id"))]
        person = conn.execute(text("SELECT full_name, notes FROM person WHERE id = 1")).one()
        draft = conn.execute(text("SELECT draft_text FROM observation")).scalar()
        found = conn.execute(
            text("SELECT rowid FROM note_search WHERE note_search MATCH :q"), {"q": "анық"}
        ).fetchall()
    db.dispose()
    assert notes == [
        "Сабақтың мақсаты анық айтылды.",
        "Цель урока сформулирована чётко.",
        "Cold calling: 6 pupils <answered> & all correct 👍",
    ]
    assert tuple(person) == ("Әсел Қайратқызы", "<b>&amp; 👩‍🏫")
    assert draft == "unfinished…"
    assert found == [(1,)]  # the new search index covers notes written before it existed


def test_failed_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from observer.storage import migrate

    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    real_upgrade = migrate.command.upgrade

    def failing_upgrade(config: object, target: str) -> None:
        real_upgrade(config, target)  # type: ignore[arg-type]
        raise RuntimeError("power cut during migration")

    monkeypatch.setattr(migrate.command, "upgrade", failing_upgrade)
    before = digest(path)
    with pytest.raises(RuntimeError, match="power cut"):
        open_path(path)
    assert digest(path) == before


def test_note_search_follows_inserts_edits_and_deletes(db_path: Path) -> None:
    from observer.services.context import Services
    from observer.services.demo import generate_demo

    services = Services.open_path(db_path)
    generate_demo(services, seed=3, mentees=2, observations=3)
    engine = services.database.engine

    def hits(word: str) -> int:
        with engine.connect() as conn:
            return len(
                conn.execute(
                    text("SELECT rowid FROM note_search WHERE note_search MATCH :q"), {"q": word}
                ).fetchall()
            )

    with engine.connect() as conn:
        demo_notes = conn.execute(text("SELECT count(*) FROM note")).scalar()
    assert hits("the OR сабақтың OR урока") > 0  # the bulk-written notes were indexed
    assert hits("ұлттық") == 0
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO note (uuid, observation_id, offset_seconds, text, kind, created_at,"
                " updated_at) SELECT 'n-new', observation_id, 1, 'Ұлттық ойын', 'general',"
                " created_at, updated_at FROM note LIMIT 1"
            )
        )
    assert hits("ұлттық") == 1  # the insert trigger is back after the bulk write
    assert demo_notes
    with engine.begin() as conn:
        conn.execute(text("UPDATE note SET text = 'Жаттығу орындалды' WHERE id = 1"))
    assert hits("жаттығу") == 1
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM note WHERE id = 1"))
    assert hits("жаттығу") == 0
    services.close()


def test_write_transactions_take_the_write_lock_at_once(db_path: Path) -> None:
    """A reader-then-writer could otherwise fail with 'database is locked' mid-save."""
    from observer.storage.engine import writer

    db = open_path(db_path)
    other = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)
    try:
        with db.engine.begin() as reading:
            reading.execute(text("SELECT count(*) FROM person")).scalar()
            other.execute("BEGIN IMMEDIATE")  # a plain read leaves writing free
            other.execute("ROLLBACK")
        with writer(db.engine).begin() as writing:
            writing.execute(text("SELECT count(*) FROM person")).scalar()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
        db.dispose()


def test_an_empty_file_is_refused_not_filled(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with pytest.raises(DatabaseProblem, match="empty"):
        open_path(db_path)
    assert db_path.stat().st_size == 0
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
