"""Writing a demo school in bulk, against raw sqlite3 executemany of the same rows.

The issue's bar: `demo --mentees 200 --observations 20000` (about 600,000 notes)
in under a minute. Reported as rows per second and as a ratio to the bare insert.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from observer.services import demo
from observer.services.context import Services
from observer.storage import tables


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open_path(Path(folder) / "demo.sqlite")
        started = time.perf_counter()
        summary = demo.generate_demo(services, seed=1, mentees=200, observations=20000)
        observer_seconds = time.perf_counter() - started
        services.close()

        # Bare baseline: the same note rows through sqlite3 into a plain table with the
        # same PRAGMAs, no ORM, no indexes beyond the primary key.
        school = demo._School(random.Random(1))
        now = datetime.now(UTC)
        demo._build(school, 200, 20000, now.date(), now)
        notes = school.rows[tables.Note.__table__]
        raw = sqlite3.connect(Path(folder) / "raw.sqlite", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute(
            "CREATE TABLE note (id INTEGER PRIMARY KEY, uuid TEXT, observation_id INT,"
            " offset_seconds INT, text TEXT, kind TEXT)"
        )
        started = time.perf_counter()
        raw.execute("BEGIN")
        raw.executemany(
            "INSERT INTO note VALUES (?, ?, ?, ?, ?, ?)",
            [
                (n["id"], n["uuid"], n["observation_id"], n["offset_seconds"], n["text"], n["kind"])
                for n in notes
            ],
        )
        raw.execute("COMMIT")
        raw_seconds = time.perf_counter() - started
        raw.close()

    print(
        f"demo: {summary.observations} observations, {summary.notes} notes "
        f"in {observer_seconds:.1f} s"
    )
    print(f"bare sqlite3 insert of the notes alone: {raw_seconds:.2f} s")
    print(
        f"ratio: {observer_seconds / raw_seconds:.1f}x (the demo writes 23 tables, "
        "indexes and the search index besides)"
    )
    return 0 if observer_seconds < 60 else 1


if __name__ == "__main__":
    sys.exit(main())
