"""Start the window: application object, services, context, main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import observer
from observer.gui.context import AppContext
from observer.gui.icons import app_icon
from observer.gui.main_window import MainWindow
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
    try:
        return app.exec()
    finally:
        window.deleteLater()
        ctx.close()
        services.close()
