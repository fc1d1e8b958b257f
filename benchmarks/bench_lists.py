"""First page, sort, filter and note search on a school of 20,000 observations.

Budget (DESIGN.md): each ≤ 100 ms, and 10× more data no more than 1.5× slower.
Reported next to a bare baseline in the same run: the same first page read with a
plain sqlite3 query, so machine speed cancels out.
"""

from __future__ import annotations

import sqlite3
import sys

from common import median_seconds, school

from observer.services.context import Services


def main() -> int:
    path = school()
    services = Services.open_path(path)
    raw = sqlite3.connect(path)
    baseline = median_seconds(
        lambda: raw.execute(
            "SELECT * FROM observation ORDER BY starts_at DESC LIMIT 100"
        ).fetchall()
    )
    cases = {
        "observations: first page": lambda: services.observations.page(limit=100),
        "observations: sort by mentee": lambda: services.observations.page(
            sort="mentee", limit=100
        ),
        "observations: sort by note count": lambda: services.observations.page(
            sort="notes", limit=100
        ),
        "observations: filter 'физ'": lambda: services.observations.page(search="физ", limit=100),
        "observations: count for filter": lambda: services.observations.count(search="year 9"),
        "mentees: first page": lambda: services.people.page(limit=100),
        "mentees: sort by observations": lambda: services.people.page(
            sort="observations", limit=100
        ),
        "notes: full-text search": lambda: (
            services.database.engine.connect()
            .exec_driver_sql(
                "SELECT rowid FROM note_search WHERE note_search MATCH 'hinge' LIMIT 100"
            )
            .fetchall()
        ),
    }
    print(f"baseline (raw sqlite3 first page): {baseline * 1000:.2f} ms")
    worst = 0.0
    for name, action in cases.items():
        seconds = median_seconds(action)
        worst = max(worst, seconds)
        print(f"{name}: {seconds * 1000:.1f} ms  ({seconds / baseline:.0f}x baseline)")
    services.close()
    print(f"worst: {worst * 1000:.1f} ms (budget 100 ms)")
    return 0 if worst <= 0.1 else 1


if __name__ == "__main__":
    sys.exit(main())
