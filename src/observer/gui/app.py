"""Start the window: application object, services, context, main window."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import observer
from observer.gui.context import AppContext
from observer.gui.icons import app_icon
from observer.gui.main_window import MainWindow
from observer.gui.recovery_dialog import StartVerdict, check_before_opening
from observer.gui.single_instance import (
    AlreadyRunning,
    SingleInstance,
    bring_forward,
    bring_to_front,
    claim,
)
from observer.gui.translations import install_translation
from observer.services.context import DatabaseProblem, Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def describe_database(db_url: str) -> str:
    """The file a user would recognise, or a server address without any password."""
    if db_url.startswith("sqlite:///"):
        return db_url.removeprefix("sqlite:///")
    return db_url.rsplit("@", 1)[-1]


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(observer.APP_ORG)
    app.setApplicationName(observer.APP_NAME)
    app.setApplicationDisplayName(observer.APP_NAME)
    app.setApplicationVersion(observer.__version__)
    app.setDesktopFileName("observer")
    app.setWindowIcon(app_icon())
    return app


def run_gui(db_url: str, argv: list[str]) -> int:
    app = make_application(argv)
    with install_translation():  # $OBSERVER_LANG, else the system's language
        return _open_and_run(app, db_url)


def sqlite_file(db_url: str) -> Path | None:
    """The database file behind a SQLite URL; None for a server or an in-memory database."""
    rest = db_url.removeprefix("sqlite:///") if db_url.startswith("sqlite:///") else ""
    return Path(rest) if rest and rest != ":memory:" else None


def _open_and_run(app: QApplication, db_url: str) -> int:
    # One Observer per database file: a second start brings the open window forward.
    path = sqlite_file(db_url)
    guard: SingleInstance | None = None
    if path is not None:
        try:
            guard = claim(path)
        except AlreadyRunning:
            QMessageBox.warning(
                None,
                _tr("Observer is already open"),
                _tr(
                    "Observer is already open with the database\n{where}\n\n"
                    "It did not come to the front. Look for its window, or wait a "
                    "moment and try again."
                ).format(where=path),
            )
            return 1
        if guard is None:
            return 0  # the running window was asked to come to the front
        guard.show_requested.connect(bring_forward)  # e.g. the recovery dialog, at start-up
    try:
        return _open_checked(app, db_url, guard)
    finally:
        if guard is not None:
            guard.release()


def _open_checked(app: QApplication, db_url: str, guard: SingleInstance | None) -> int:
    # A damaged file is explained and set aside only on the user's word; never replaced.
    path = sqlite_file(db_url)
    verdict = check_before_opening(path) if path is not None else StartVerdict()
    if verdict.exit_code is not None:
        return verdict.exit_code
    try:
        services = Services.open(db_url)
    except DatabaseProblem as problem:
        QMessageBox.critical(
            None,
            _tr("Observer cannot open its database"),
            _tr("Observer could not open the database\n{where}\n\n{problem}").format(
                where=describe_database(db_url), problem=problem
            ),
        )
        return 1
    ctx = AppContext.build(services)
    window = MainWindow(ctx)
    window.show()
    if guard is not None:
        guard.show_requested.connect(partial(bring_to_front, window))
    if verdict.notice:
        window.statusBar().showMessage(verdict.notice)
    window.start_automatic_backups()
    try:
        return app.exec()
    finally:
        window.deleteLater()
        ctx.close()
        services.close()
