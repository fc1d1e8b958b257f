"""Is a database file fit to open? A read-only examination, and moving a bad file aside.

examine() looks at a file without changing a single byte of it: the header is read
with a plain read, and SQLite opens the file read-only (``immutable=1`` when no
``-wal`` lies beside it, so not even an empty ``-wal``/``-shm`` is created; ``mode=ro``
otherwise, which reads the ``-wal`` without replaying it into the file). A leftover
``-wal`` with content means the last run did not close cleanly, so the full
``PRAGMA integrity_check`` runs; otherwise the faster ``PRAGMA quick_check``.

States and what the window does with them:

- HEALTHY, MISSING: open it (a missing file is created as a new database).
- DAMAGED, EMPTY, NOT_SQLITE, FOREIGN (``needs_recovery``): the damage dialog naming
  the file; the file is moved aside unchanged with set_aside() and the newest
  verified backup is offered. EMPTY is treated as damage: a 0-byte file is what a
  crash while the database was being created, a failed copy or a full disk leaves,
  never a database Observer closed properly. If there is no backup, the user may
  choose to start a new database after the empty file was set aside; nothing
  creates one by itself.
- NEWER: refused unchanged; updating Observer opens it.
- BUSY, UNREADABLE: not damage. Another program holds the file, or the disk or the
  permissions stop it being read: say so and let the user retry; never move it.

examine() and database_in_use() read the file through their own file descriptors.
POSIX drops all of a process's locks on a file when any descriptor of it closes, so
call them before this process opens the database (start-up, restore), never while
it is open here; while it is open, services.health.check_database is the check.
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from observer.files import sync_directory
from observer.paths import ensure_private_dir
from observer.storage import schema
from observer.storage.database import SQLITE_HEADER, DatabaseProblem
from observer.storage.engine import APPLICATION_ID

# Files SQLite keeps beside a database; all of them belong to it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
SET_ASIDE_DIR = "set-aside"
DEFAULT_TIMEOUT = 2.0  # seconds to wait for a lock before calling the file busy

_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_DAMAGE = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


class DamagedDatabase(DatabaseProblem):
    """The database failed an integrity check; nothing was taken from or written to it."""


class FileHealth(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    HEALTHY = "healthy"
    DAMAGED = "damaged"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    NEWER = "newer"
    BUSY = "busy"
    UNREADABLE = "unreadable"


RECOVERY_STATES = frozenset(
    {FileHealth.DAMAGED, FileHealth.EMPTY, FileHealth.NOT_SQLITE, FileHealth.FOREIGN}
)


@dataclass(frozen=True)
class Examination:
    state: FileHealth
    detail: str  # plain words for a teacher, naming the file

    @property
    def usable(self) -> bool:
        """The file can be opened (a missing one is created)."""
        return self.state in (FileHealth.HEALTHY, FileHealth.MISSING)

    @property
    def needs_recovery(self) -> bool:
        """Set the file aside and offer a backup (see the module notes)."""
        return self.state in RECOVERY_STATES


def companions(db_path: Path) -> list[Path]:
    """The -wal, -shm and -journal files that exist beside a database."""
    found = []
    for suffix in COMPANION_SUFFIXES:
        candidate = db_path.with_name(db_path.name + suffix)
        if candidate.exists():
            found.append(candidate)
    return found


def has_leftover_wal(db_path: Path) -> bool:
    """A -wal with content: the last run did not close the database cleanly."""
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """A URI that opens a file read-only, creating nothing beside it when it can.

    Without a -wal, ``immutable=1``: SQLite then takes no locks and creates no
    -wal/-shm. With one, ``mode=ro`` so the -wal's committed pages are read too
    (a -shm may be created; neither the file nor its -wal is written).
    """
    uri = path.resolve().as_uri()
    if path.with_name(path.name + "-wal").exists():
        return f"{uri}?mode=ro"
    return f"{uri}?immutable=1"


def connect_read_only(path: Path, *, timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)


def check_pages(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """Problems found by integrity_check (full) or quick_check; [] when whole."""
    pragma = "integrity_check" if full else "quick_check"
    rows = conn.execute(f"PRAGMA {pragma}(20)").fetchall()
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    if lines == ["ok"]:
        return []
    return [line for line in lines if not line.startswith("***")] or lines


def examine(db_path: Path, *, timeout: float = DEFAULT_TIMEOUT) -> Examination:
    """What state a database file is in; the file is never changed."""
    path = Path(db_path)
    try:
        if not path.exists():
            return Examination(FileHealth.MISSING, f"There is no database at {path} yet.")
        if not path.is_file():
            return _unreadable(path, "it is a folder, not a file")
        header = _read_header(path)
        size = path.stat().st_size
    except OSError as exc:
        return _unreadable(path, exc.strerror or str(exc))
    if size == 0:
        return Examination(
            FileHealth.EMPTY,
            f"The database file {path} is empty (0 bytes): it holds no data. "
            "This is what a crash while it was being created, or a failed copy, leaves.",
        )
    if database_in_use(path):
        return _busy(path)
    found = _header_problem(path, header, size)
    if found is not None:
        return found
    try:
        return _examine_contents(path, timeout)
    except sqlite3.Error as exc:
        return _from_error(path, exc)


def _examine_contents(path: Path, timeout: float) -> Examination:
    full = has_leftover_wal(path)
    conn = connect_read_only(path, timeout=timeout)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if app_id != APPLICATION_ID:
            if app_id == 0 and not tables:
                return Examination(
                    FileHealth.HEALTHY, f"{path} is an empty database, ready to be set up."
                )
            return Examination(
                FileHealth.FOREIGN,
                f"{path} is a database of another program, not an Observer database.",
            )
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            if revision is not None and revision not in schema.REVISIONS:
                return Examination(
                    FileHealth.NEWER,
                    f"{path} was written by a newer version of Observer (schema {revision}). "
                    "Update Observer to open it; the file has not been changed.",
                )
        problems = check_pages(conn, full=full)
    finally:
        conn.close()
    if problems:
        return _damaged(
            path, f"the integrity check found {len(problems)} problem(s), the first: {problems[0]}"
        )
    how = "a full integrity check" if full else "a quick check"
    return Examination(FileHealth.HEALTHY, f"{path} is whole ({how} found no problems).")


def _read_header(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, 100)
    finally:
        os.close(fd)


def _header_problem(path: Path, header: bytes, size: int) -> Examination | None:
    """What the first 100 bytes alone show; None when they look like a database."""
    if not header.startswith(SQLITE_HEADER):
        if not any(header):
            return _damaged(path, "its first bytes (the file header) have been wiped to zeros")
        if SQLITE_HEADER.startswith(header):
            return _damaged(path, f"it is only {size} bytes long: it was cut off")
        return Examination(
            FileHealth.NOT_SQLITE,
            f"{path} is not an Observer database: it is not a database file at all.",
        )
    if len(header) < 100:
        return _damaged(path, f"it is only {size} bytes long: it was cut off")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        return _damaged(path, "its header is garbled (impossible page size)")
    expected = page_count * page_size
    if valid_for == change_counter and size < expected and not has_leftover_wal(path):
        return _damaged(
            path, f"it is {size:,} bytes but should be {expected:,}: the file was cut off"
        )
    return None


def _damaged(path: Path, what: str) -> Examination:
    return Examination(
        FileHealth.DAMAGED,
        f"The database file {path} is damaged: {what}. Observer has not changed it.",
    )


def _busy(path: Path) -> Examination:
    return Examination(
        FileHealth.BUSY,
        f"{path} is in use by another program (is Observer already open?). "
        "Close it and try again; the file is not damaged by this.",
    )


def _unreadable(path: Path, why: str) -> Examination:
    return Examination(
        FileHealth.UNREADABLE,
        f"{path} cannot be read: {why}. Check the disk and the file's permissions; "
        "the file has not been changed.",
    )


def _from_error(path: Path, exc: sqlite3.Error) -> Examination:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name in _BUSY or "locked" in str(exc) or "busy" in str(exc):
        return _busy(path)
    if name in _DAMAGE:
        return _damaged(path, f"SQLite says “{exc}”")
    # Full disks, I/O and permission errors, out of memory: never called damage.
    return _unreadable(path, str(exc))


# ---- is another process using it? ------------------------------------------------------

_PENDING_BYTE = 0x40000000  # SQLite's lock bytes in the database file
_SHM_LOCKS = (120, 9)  # the -shm's WAL locks and dead-man switch: offset, length


def database_in_use(db_path: Path) -> bool:
    """Another process has the database open (or locked), as far as POSIX locks tell.

    Asks with F_GETLK, which takes no lock. Linux only; elsewhere answers False.
    See the module notes: never call this while this process has the file open.
    """
    if not sys.platform.startswith("linux"):
        return False
    if _lock_held(db_path, _PENDING_BYTE, 512):
        return True
    shm = db_path.with_name(db_path.name + "-shm")
    return shm.exists() and _lock_held(shm, *_SHM_LOCKS)


def _lock_held(path: Path, start: int, length: int) -> bool:
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        query = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
    except OSError:
        return False
    finally:
        os.close(fd)
    return bool(struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK)


# ---- moving a file aside -------------------------------------------------------------------


def utc_stamp(now: datetime | None = None) -> str:
    """A sortable UTC time for file names: 20261123-221031-123456."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")


def slug(text: str, default: str) -> str:
    """Lower-case letters, digits and dashes, for a file name."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or default


def new_set_aside_folder(db_path: Path, why: str, *, now: datetime | None = None) -> Path:
    """A new, empty, user-only folder <db dir>/set-aside/<UTC stamp>-<why>/."""
    parent = ensure_private_dir(db_path.parent / SET_ASIDE_DIR)
    base = f"{utc_stamp(now)}-{slug(why, 'set-aside')}"
    for attempt in range(1000):
        folder = parent / (base if attempt == 0 else f"{base}-{attempt}")
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask
        return folder
    raise FileExistsError(f"cannot make a new folder in {parent}")


def move_database(db_path: Path, folder: Path) -> list[Path]:
    """Rename a database and its companions, unchanged, into a folder; what moved."""
    moved = []
    for source in [db_path, *companions(db_path)]:
        if source.exists():
            target = folder / source.name
            os.rename(source, target)
            moved.append(target)
    sync_directory(folder)
    sync_directory(db_path.parent)
    return moved


def set_aside(db_path: Path, why: str) -> Path:
    """Move a database with its -wal/-shm, unchanged, into a new set-aside folder.

    Afterwards db_path does not exist; nothing creates a database in its place.
    Returns the folder.
    """
    path = Path(db_path)
    if not path.exists():
        raise FileNotFoundError(f"There is no database at {path} to set aside.")
    folder = new_set_aside_folder(path, why)
    move_database(path, folder)
    return folder
