"""Damage detection (RELIABILITY.md scenario 4): every kind of bad file is named and kept unchanged.

examine() must tell damage from a busy or unreadable file, and must not change a
byte; set_aside() moves a file with its -wal unchanged; a verified backup then
restores a healthy database with the backup's exact row counts.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from crash_helpers import kill_a_writer_after_commits
from observer.services.backups import (
    FileHealth,
    counts,
    examine,
    list_backups,
    newest_verified_backup,
    restore_backup,
    set_aside,
)
from observer.services.context import Services
from observer.services.demo import generate_demo
from observer.storage import health

PYTHON = sys.executable


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in folder.iterdir() if p.is_file()}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo school, closed cleanly (no -wal), with one verified backup beside it."""
    path = tmp_path_factory.mktemp("demo") / "observer.sqlite"
    services = Services.open_path(path)
    generate_demo(services, mentees=4, observations=25, today=date(2026, 11, 23))
    assert services.backups is not None
    services.backups.backup_now("manual")
    services.close()
    return path


@pytest.fixture
def school(demo_file: Path, db_path: Path) -> Path:
    """A fresh copy of the demo school and its backups at db_path."""
    shutil.copytree(demo_file.parent, db_path.parent)
    return db_path


# ---- each kind of damage ----------------------------------------------------------------


def truncate_to_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def overwrite_a_page(path: Path) -> None:
    """Garbage over the root page of the note table (never a free page)."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    garbage = bytes((i * 131 + 7) % 256 for i in range(page_size))
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(garbage)


def zero_the_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(bytes(100))


def empty(path: Path) -> None:
    path.write_bytes(b"")


def a_text_file(path: Path) -> None:
    path.write_text("Lesson notes, 3B: Әсел — good questions 👍\n", encoding="utf-8")


def another_programs_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('plov')")
    conn.commit()
    conn.close()


def a_newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


DAMAGE: list[tuple[Callable[[Path], None], FileHealth, str]] = [
    (truncate_to_half, FileHealth.DAMAGED, "cut off"),
    (overwrite_a_page, FileHealth.DAMAGED, "integrity check"),
    (zero_the_header, FileHealth.DAMAGED, "wiped"),
    (empty, FileHealth.EMPTY, "empty"),
    (a_text_file, FileHealth.NOT_SQLITE, "not a database file"),
    (another_programs_database, FileHealth.FOREIGN, "another program"),
    (a_newer_schema, FileHealth.NEWER, "newer version"),
]


@pytest.mark.parametrize(("damage", "state", "words"), DAMAGE, ids=[d[0].__name__ for d in DAMAGE])
def test_each_kind_of_damage_is_named_kept_unchanged_and_restorable(
    school: Path, damage: Callable[[Path], None], state: FileHealth, words: str
) -> None:
    backup = newest_verified_backup(school)
    assert backup is not None
    expected = counts(backup.path)
    damage(school)
    before = folder_state(school.parent)

    found = examine(school)

    assert found.state is state, found.detail
    assert str(school) in found.detail
    assert words in found.detail
    assert found.needs_recovery is (state is not FileHealth.NEWER)
    assert not found.usable
    assert folder_state(school.parent) == before  # not a byte written, nothing created

    original = school.read_bytes()
    folder = set_aside(school, found.state.value)
    assert not school.exists()
    assert (folder / school.name).read_bytes() == original
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    assert folder.parent == school.parent / "set-aside"
    assert examine(school).state is FileHealth.MISSING  # nothing made a new file

    restore_backup(school, backup.path)
    assert examine(school).state is FileHealth.HEALTHY
    assert counts(school) == expected
    assert stat.S_IMODE(school.stat().st_mode) == 0o600


def test_a_healthy_file_is_healthy_and_untouched(school: Path) -> None:
    before = folder_state(school.parent)
    found = examine(school)
    assert found.state is FileHealth.HEALTHY
    assert found.usable and not found.needs_recovery
    assert "quick check" in found.detail
    assert folder_state(school.parent) == before
    assert sorted(p.name for p in school.parent.iterdir()) == ["backups", "observer.sqlite"]


def test_a_missing_file_is_missing_and_not_created(db_path: Path) -> None:
    found = examine(db_path)
    assert found.state is FileHealth.MISSING
    assert str(db_path) in found.detail
    assert not db_path.exists()
    assert not db_path.parent.exists()


def test_a_leftover_wal_means_a_full_check_and_nothing_is_replayed(school: Path) -> None:
    kill_a_writer_after_commits(school)
    wal = school.with_name(school.name + "-wal")
    main_before, wal_before = digest(school), digest(wal)

    found = examine(school)

    assert found.state is FileHealth.HEALTHY, found.detail
    assert "full integrity check" in found.detail
    assert digest(school) == main_before
    assert digest(wal) == wal_before

    folder = set_aside(school, "kept")
    assert digest(folder / school.name) == main_before
    assert digest(folder / wal.name) == wal_before
    assert not school.exists() and not wal.exists()
    assert not school.with_name(school.name + "-shm").exists()


def test_a_damaged_file_with_its_wal_is_set_aside_with_it(school: Path) -> None:
    kill_a_writer_after_commits(school)
    overwrite_a_page(school)
    wal = school.with_name(school.name + "-wal")
    main_before, wal_before = digest(school), digest(wal)
    found = examine(school)
    assert found.state is FileHealth.DAMAGED, found.detail
    assert digest(school) == main_before and digest(wal) == wal_before
    folder = set_aside(school, "damaged")
    assert digest(folder / school.name) == main_before
    assert digest(folder / wal.name) == wal_before


# ---- busy or unreadable is not damage ------------------------------------------------------


@pytest.mark.parametrize("ask_locks_first", [True, False], ids=["lock-query", "sqlite-busy"])
def test_an_exclusive_lock_is_busy_not_damage(
    school: Path, monkeypatch: pytest.MonkeyPatch, ask_locks_first: bool
) -> None:
    if not ask_locks_first:  # as on a system without F_GETLK: SQLite itself says busy
        monkeypatch.setattr(health, "database_in_use", lambda _path: False)
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute('UPDATE person SET notes = notes')\n"
        "c.execute('COMMIT')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    holder = subprocess.Popen(
        [PYTHON, "-c", code, str(school)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        found = examine(school, timeout=0.1)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert found.state is FileHealth.BUSY, found.detail
    assert str(school) in found.detail
    assert not found.needs_recovery


def test_a_file_that_cannot_be_opened_is_unreadable_not_damage(
    school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(health, "_read_header", refuse)
    found = examine(school)
    assert found.state is FileHealth.UNREADABLE
    assert "Permission denied" in found.detail and str(school) in found.detail
    assert not found.needs_recovery


def test_a_full_disk_is_unreadable_not_damage(
    school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, *, timeout: float) -> sqlite3.Connection:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error

    monkeypatch.setattr(health, "connect_read_only", full)
    found = examine(school)
    assert found.state is FileHealth.UNREADABLE
    assert "disk is full" in found.detail


def test_a_folder_in_the_databases_place_is_unreadable(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    assert examine(db_path).state is FileHealth.UNREADABLE


def test_the_newest_verified_backup_skips_a_broken_one(school: Path) -> None:
    good = list_backups(school)[0]
    broken = good.path.with_name("observer-29991231-000000-000000-automatic.sqlite")
    shutil.copyfile(good.path, broken)
    overwrite_a_page(broken)  # rot inside a file that still looks whole at a glance
    assert list_backups(school)[0].path == broken
    assert list_backups(school)[0].verified
    chosen = newest_verified_backup(school)
    assert chosen is not None and chosen.path == good.path
