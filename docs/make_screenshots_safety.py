"""Screenshots of the data-safety dialogs: File → Backups… and the start-up recovery dialog.

Run under a real X server so fonts and styles match a desktop:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshots_safety.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from make_screenshots import OUT, save, settle

from observer.domain.people import PersonDraft
from observer.services.context import Services

NEW_COLLEAGUES = ["Dana Sultanova", "Oliver Hughes", "Madina Akhmetova", "Tom Baker"]


def fill(services: Services) -> None:
    """A demo school with a history of backups, the school growing between them."""
    from observer.services.demo import generate_demo

    generate_demo(services, seed=7, mentees=24, observations=300)
    backups = services.backups
    assert backups is not None
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    history = [
        (timedelta(days=40), "exit"),
        (timedelta(days=19), "exit"),
        (timedelta(days=6, hours=3), "auto"),
        (timedelta(days=1, hours=22), "exit"),
        (timedelta(hours=5, minutes=12), "startup"),
        (timedelta(hours=2, minutes=41), "auto"),
        (timedelta(minutes=8), "manual"),
    ]
    for number, (ago, reason) in enumerate(history):
        if number in (2, 4, 5, 6):
            services.people.create(PersonDraft(NEW_COLLEAGUES[number % len(NEW_COLLEAGUES)]))
        backups.backup_now(reason, now=now - ago)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="observer-shots-"))
    os.environ["OBSERVER_DATA_DIR"] = str(work / "data")
    os.environ["OBSERVER_CONFIG_DIR"] = str(work / "config")  # no saved geometry
    OUT.mkdir(parents=True, exist_ok=True)

    from observer.gui.app import make_application
    from observer.gui.context import AppContext
    from observer.gui.main_window import MainWindow
    from observer.gui.recovery_dialog import RecoveryDialog, observations_in
    from observer.services.backups import examine, list_backups

    make_application(sys.argv[:1])
    db_path = work / "Observer" / "observer.sqlite"
    services = Services.open_path(db_path)
    fill(services)
    ctx = AppContext.build(services)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    settle()

    window.show_backups()
    dialog = window.backups_dialog
    assert dialog is not None
    dialog.resize(960, 500)
    for _ in range(50):  # the counts are read on a worker thread
        if not dialog.model.uncounted():
            break
        settle(50)
    dialog.table.selectRow(0)
    dialog.status_label.setText("")
    save(dialog, "backups.png")
    dialog.close()
    window.close()
    window.backup_runner.wait()
    ctx.close()
    services.close()

    # The same database, cut off in the middle as a failing disk would leave it.
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    for companion in ("-wal", "-shm"):
        db_path.with_name(db_path.name + companion).unlink(missing_ok=True)
    backups = [b for b in list_backups(db_path) if b.verified]
    recovery = RecoveryDialog(
        db_path, examine(db_path), backups, observations_in(backups[0]) if backups else None
    )
    recovery.show()
    recovery.adjustSize()
    save(recovery, "recovery.png")
    recovery.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
