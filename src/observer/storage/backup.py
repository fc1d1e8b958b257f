"""Verified backups of a database file: take, list, rotate and restore.

A backup is copied with SQLite's backup API from a read-only connection into a
user-only (0600) ``*.partial`` file in the backups folder (0700), synced to disk,
verified (``PRAGMA integrity_check`` and the application id), and only then renamed
atomically to its final name, so a file with a backup's name is always a whole,
checked copy. A process killed mid-copy leaves only a ``*.partial``: never listed,
and removed by the next create_backup. No backup is taken of a damaged file.

Names sort by time: ``<db stem>-YYYYMMDD-HHMMSS-ffffff-<reason>.sqlite`` in UTC
(``observer-20261123-221031-123456-manual.sqlite`` for the default database), so
two databases in one folder never mix their backups. Pre-migration copies written
by earlier versions (``<stem>-before-schema-B-from-A-YYYYMMDD-HHMMSS.sqlite``) are
listed too, as unverified. Backups are single files in rollback-journal mode: no
``-wal`` ever belongs to them.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from observer.files import sync_directory
from observer.paths import backups_dir, ensure_private_dir
from observer.storage import schema
from observer.storage.database import SQLITE_HEADER, DatabaseProblem
from observer.storage.engine import APPLICATION_ID
from observer.storage.health import (
    DamagedDatabase,
    check_pages,
    database_in_use,
    move_database,
    new_set_aside_folder,
    slug,
    utc_stamp,
)

__all__ = [
    "BackupFailed",
    "BackupInfo",
    "DamagedDatabase",
    "RetentionPolicy",
    "counts",
    "create_backup",
    "list_backups",
    "newest_verified_backup",
    "restore_backup",
    "rotate_backups",
    "verify_backup",
]

PARTIAL = ".partial"
LOCK_FILE = ".backup.lock"
Progress = Callable[[int, int], None]  # pages copied, pages in all
_COUNTED = {"people": "person", "observations": "observation", "notes": "note"}


class BackupFailed(DatabaseProblem):
    """A backup could not be taken, checked or restored; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC, from the file name
    reason: str
    size: int  # bytes
    verified: bool  # written by create_backup (checked before it got its name) and intact


@dataclass
class RetentionPolicy:
    """How many backups rotation keeps; the counts are user preferences."""

    keep_all_hours: int = 48
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


# ---- names -----------------------------------------------------------------------------


def backup_name(db_path: Path, created_at: datetime, reason: str) -> str:
    return f"{db_path.stem}-{utc_stamp(created_at)}-{slug(reason, 'backup')}.sqlite"


def _parse(db_path: Path, name: str) -> tuple[datetime, str, bool] | None:
    """(created_at, reason, current scheme) from a backup's file name, or None."""
    stem = re.escape(db_path.stem)
    found = re.fullmatch(stem + r"-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite", name)
    if found:
        stamp = datetime.strptime(found[1], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        return stamp, found[2], True
    legacy = re.fullmatch(stem + r"-(before-schema-\w+-from-\w+)-(\d{8}-\d{6})\.sqlite", name)
    if legacy:
        stamp = datetime.strptime(legacy[2], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        return stamp, legacy[1], False
    return None


def _looks_whole(path: Path) -> bool:
    """A cheap look at the header: an SQLite file carrying Observer's application id."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(SQLITE_HEADER)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The database's backups, newest first; partial copies and other files are left out."""
    folder = backups_dir(Path(db_path))
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    found = []
    for entry in entries:
        parsed = _parse(Path(db_path), entry.name)
        if parsed is None or not entry.is_file(follow_symlinks=False):
            continue
        created_at, reason, current = parsed
        path = Path(entry.path)
        found.append(
            BackupInfo(
                path=path,
                created_at=created_at,
                reason=reason,
                size=entry.stat().st_size,
                verified=current and _looks_whole(path),
            )
        )
    found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return found


# ---- checking a copy -----------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    """Read-only; a backup has no -wal, so immutable creates nothing beside it."""
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    return sqlite3.connect(f"{uri}?{'mode=ro' if wal.exists() else 'immutable=1'}", uri=True)


def verify_backup(path: Path) -> None:
    """Raise BackupFailed unless a file is a whole Observer database this version can open."""
    if not _looks_whole(path):
        raise BackupFailed(f"{path} is not a whole Observer backup.")
    try:
        conn = _connect(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            problems = check_pages(conn, full=True)
            revision = None
            if (
                not problems
                and conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'"
                ).fetchone()
            ):
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupFailed(f"{path} cannot be read as a database: {exc}.") from exc
    if app_id != APPLICATION_ID:
        raise BackupFailed(f"{path} is not an Observer database.")
    if problems:
        raise BackupFailed(f"{path} is damaged: {problems[0]}.")
    if revision is not None and revision not in schema.REVISIONS:
        raise BackupFailed(f"{path} was written by a newer version of Observer.")


def newest_verified_backup(db_path: Path, *, check: bool = True) -> BackupInfo | None:
    """The newest backup that is whole; with check, each candidate is checked in full."""
    for info in list_backups(db_path):
        if not info.verified:
            continue
        if not check:
            return info
        try:
            verify_backup(info.path)
        except BackupFailed:
            continue
        return info
    return None


def counts(path: Path) -> dict[str, int]:
    """People, observations and notes in a database file, read through a read-only connection."""
    result = dict.fromkeys(_COUNTED, 0)
    try:
        conn = _connect(Path(path))
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            for key, table in _COUNTED.items():
                if table in tables:
                    result[key] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseProblem(f"{path} cannot be read: {exc}.") from exc
    return result


# ---- taking a backup -------------------------------------------------------------------


@contextmanager
def _backup_lock(folder: Path) -> Iterator[None]:
    """One backup at a time per folder, across processes; a killed holder frees it."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no cross-process lock
        yield
        return
    fd = os.open(folder / LOCK_FILE, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the flock


def _remove_partials(folder: Path) -> list[Path]:
    """Copies a killed process left half-written (called with the backup lock held)."""
    removed = []
    for entry in os.scandir(folder):
        name = entry.name
        if PARTIAL in name and name.rsplit(PARTIAL, 1)[1] in ("", "-journal", "-wal", "-shm"):
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return removed


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)  # in case the umask was stricter than needed: exactly 0600


def _copy_database(
    source: sqlite3.Connection, target_path: Path, pages: int, progress: Progress | None
) -> None:
    """Copy through the backup API into a new file, left in rollback-journal mode."""
    target = sqlite3.connect(target_path)
    try:

        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        source.backup(target, pages=pages, progress=report)
        # A copy of a WAL database says "WAL" in its header; a backup is one self-contained
        # file, so switch it to a rollback journal (this rewrites only the header bytes).
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def create_backup(
    db_path: Path,
    reason: str,
    *,
    now: datetime | None = None,
    pages: int = -1,
    progress: Progress | None = None,
) -> BackupInfo:
    """Take a verified backup of a database file; raises DamagedDatabase or BackupFailed.

    pages=-1 copies everything in one step (one consistent snapshot even while the
    app writes); a positive count copies in steps and calls progress after each, but
    restarts whenever another connection writes meanwhile.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupFailed(f"There is no database at {db_path} to back up.")
    if db_path.stat().st_size == 0:
        raise DamagedDatabase(f"The database file {db_path} is empty; no backup was taken of it.")
    folder = ensure_private_dir(backups_dir(db_path))
    created_at = (now or datetime.now(UTC)).astimezone(UTC)
    with _backup_lock(folder):
        _remove_partials(folder)
        while True:
            final = folder / backup_name(db_path, created_at, reason)
            if not final.exists():
                break
            created_at += timedelta(microseconds=1)
        partial = final.with_name(final.name + PARTIAL)
        try:
            _take(db_path, partial, pages, progress)
            os.replace(partial, final)
        except BaseException:
            for leftover in (partial, partial.with_name(partial.name + "-journal")):
                leftover.unlink(missing_ok=True)
            raise
        sync_directory(folder)
    return BackupInfo(final, created_at, slug(reason, "backup"), final.stat().st_size, True)


def _take(db_path: Path, partial: Path, pages: int, progress: Progress | None) -> None:
    try:
        _new_private_file(partial)
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            problems = check_pages(source, full=False)
            if problems:
                raise DamagedDatabase(
                    f"The database file {db_path} is damaged ({problems[0]}); "
                    "no backup was taken of it."
                )
            _copy_database(source, partial, pages, progress)
        finally:
            source.close()
        _fsync_file(partial)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            raise DamagedDatabase(
                f"The database file {db_path} is damaged ({exc}); no backup was taken of it."
            ) from exc
        raise BackupFailed(f"A backup of {db_path} could not be taken: {exc}.") from exc
    except OSError as exc:
        raise BackupFailed(
            f"A backup of {db_path} could not be written to {partial.parent}: "
            f"{exc.strerror or exc}."
        ) from exc
    try:
        verify_backup(partial)
    except BackupFailed as exc:
        raise BackupFailed(f"The new backup of {db_path} failed its check: {exc}") from exc


# ---- rotation --------------------------------------------------------------------------


def _keepers(backups: list[BackupInfo], policy: RetentionPolicy, now: datetime) -> set[Path]:
    """Which backups a policy keeps (backups newest first)."""
    keep: set[Path] = set()
    cutoff = now - timedelta(hours=policy.keep_all_hours)
    today = now.date()

    def week(day: date) -> tuple[int, int]:
        iso = day.isocalendar()
        return iso.year, iso.week

    def months_back(day: date) -> int:
        return (today.year - day.year) * 12 + today.month - day.month

    days = {today - timedelta(days=n) for n in range(policy.daily)}
    weeks = {week(today - timedelta(weeks=n)) for n in range(policy.weekly)}
    seen: set[object] = set()
    for info in backups:  # newest first: the first of each bucket is its newest
        day = info.created_at.astimezone(UTC).date()
        if info.created_at >= cutoff:
            keep.add(info.path)
        if info.reason.startswith("before-schema"):
            keep.add(info.path)  # one per upgrade: the only copy in the old schema
        buckets: list[object] = []
        if day in days:
            buckets.append(("day", day))
        if week(day) in weeks:
            buckets.append(("week", week(day)))
        if 0 <= months_back(day) < policy.monthly:
            buckets.append(("month", day.year, day.month))
        for bucket in buckets:
            if bucket not in seen:
                seen.add(bucket)
                keep.add(info.path)
    newest_verified = next((b for b in backups if b.verified), None)
    if newest_verified is not None:
        keep.add(newest_verified.path)
    return keep


def rotate_backups(
    db_path: Path, policy: RetentionPolicy, *, now: datetime | None = None
) -> list[Path]:
    """Delete the backups the policy does not keep; returns what was deleted.

    Keeps everything from the last keep_all_hours, then the newest backup of each
    of the last ``daily`` calendar days, ``weekly`` ISO weeks and ``monthly`` months
    (counted back from now, in UTC), every pre-migration copy, and always the
    newest verified backup, whatever the counts.
    """
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    backups = list_backups(db_path)
    keep = _keepers(backups, policy, moment)
    deleted = []
    for info in backups:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            deleted.append(info.path)
    if deleted:
        sync_directory(backups_dir(Path(db_path)))
    return deleted


# ---- restore ---------------------------------------------------------------------------


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Put a backup in the database's place; returns the folder holding the pre-restore copy.

    The backup is checked first (a bad one is refused and nothing changes). The
    current database and its -wal/-shm move, unchanged, into
    ``<db dir>/set-aside/<UTC stamp>-before-restore/`` (so a stale -wal can never be
    replayed into the restored file); the copy goes into a 0600 temporary file beside
    the database, is synced and checked, and renamed into place. The caller makes sure
    the database is not open in this process.
    """
    db_path = Path(db_path)
    backup = Path(backup)
    if not backup.is_file():
        raise BackupFailed(f"There is no backup at {backup}.")
    verify_backup(backup)
    if db_path.exists() and database_in_use(db_path):
        raise BackupFailed(
            f"{db_path} is in use by another program (is Observer open?). Close it, then restore."
        )
    ensure_private_dir(db_path.parent)
    for leftover in db_path.parent.glob(f".{db_path.name}.restore-*{PARTIAL}*"):
        leftover.unlink(missing_ok=True)  # from a restore that was killed half-way
    temporary = db_path.with_name(f".{db_path.name}.restore-{utc_stamp()}{PARTIAL}")
    try:
        _new_private_file(temporary)
        source = _connect(backup)
        try:
            _copy_database(source, temporary, -1, None)
        finally:
            source.close()
        _fsync_file(temporary)
        verify_backup(temporary)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        temporary.with_name(temporary.name + "-journal").unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlite3.Error):
            raise BackupFailed(f"{backup} could not be copied beside {db_path}: {exc}") from exc
        raise
    folder = new_set_aside_folder(db_path, "before-restore")
    try:
        move_database(db_path, folder)
        os.replace(temporary, db_path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise BackupFailed(
            f"The backup could not be put in place of {db_path}: {exc.strerror or exc}. "
            f"The previous database is in {folder}."
        ) from exc
    sync_directory(db_path.parent)
    verify_backup(db_path)
    return folder
