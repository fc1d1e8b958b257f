"""Helpers that stage crashes for the reliability tests (this module holds no tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PYTHON = sys.executable


def kill_a_writer_after_commits(db: Path, rows: int = 40) -> None:
    """Leave a -wal with committed frames, as a crash does (no checkpoint at close)."""
    code = (
        "import os, signal, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')  # every commit stays in the -wal\n"
        "for i in range(int(sys.argv[2])):\n"
        '    c.execute("INSERT INTO person (uuid, full_name, name_key, role, email,'
        " career_stage, subjects, notes, created_at, updated_at) VALUES (lower(hex("
        "randomblob(16))), 'Killed ' || ?, 'killed', 'mentee', '', '', '', '',"
        " '2026-11-23 10:00:00', '2026-11-23 10:00:00')\", (i,))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([PYTHON, "-c", code, str(db), str(rows)], check=False, timeout=60)
    assert db.with_name(db.name + "-wal").stat().st_size > 0
