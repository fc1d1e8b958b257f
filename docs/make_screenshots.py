"""Make the screenshots in docs/screenshots/ from a temporary demo database.

Run under a real X server so fonts and styles match a desktop:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from observer.services.context import Services

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1280, 800)


def settle(ms: int = 150) -> None:
    """Let layouts, paints and deferred deletes happen before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / name
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(OUT.parent.parent)}")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="observer-shots-"))
    os.environ["OBSERVER_DATA_DIR"] = str(work / "data")
    os.environ["OBSERVER_CONFIG_DIR"] = str(work / "config")  # no saved geometry
    OUT.mkdir(parents=True, exist_ok=True)

    from observer.gui.app import make_application
    from observer.gui.context import AppContext
    from observer.gui.main_window import MENTEES, OBSERVATIONS, TARGETS, TEMPLATES, MainWindow

    make_application(sys.argv[:1])
    services = Services.open_path(work / "school.sqlite")
    ctx = AppContext.build(services)

    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    save(window, "first-run.png")

    try:
        from observer.services.demo import generate_demo
    except ImportError:
        print("observer.services.demo is missing: screenshots show an almost empty school")
        from observer.domain.people import PersonDraft

        services.people.create(PersonDraft("Айгүл Нұрланқызы", subjects="Mathematics"))
    else:
        with ctx.changes.batch():
            generate_demo(services, seed=7, mentees=24, observations=300)
    window.show_page(0)
    save(window, "home.png")

    window.show_page(MENTEES)
    window.mentees.table.selectRow(1)
    save(window, "mentees.png")

    person_id = window.mentees.current_id()
    if person_id is not None:
        dialog = window.editor.edit(person_id)
        if dialog is not None:
            save(dialog, "mentee-dialog.png")
            dialog.reject()

    for page, name in (
        (OBSERVATIONS, "observations.png"),
        (TEMPLATES, "templates.png"),
        (TARGETS, "targets.png"),
    ):
        window.show_page(page)
        save(window, name)

    window.close()
    ctx.close()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
