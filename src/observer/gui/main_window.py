"""The main window: navigation, pages, menus, toolbar and status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

import observer
from observer.gui.backups_dialog import (
    AUTO_INTERVAL_MS,
    AutoBackup,
    BackupRunner,
    BackupsDialog,
    apply_retention,
)
from observer.gui.changes import concerns
from observer.gui.context import AppContext
from observer.gui.formatting import local_datetime
from observer.gui.home_page import HomePage
from observer.gui.icons import app_icon
from observer.gui.mentee_editor import MenteeEditor
from observer.gui.mentees_page import MenteesPage
from observer.gui.pages import ObservationsPage, TargetsPage, TemplatesPage
from observer.gui.settings import Preferences
from observer.services.changes import Change, Topic

HOME, MENTEES, OBSERVATIONS, TEMPLATES, TARGETS = range(5)

STYLE = """
QListWidget#navigation { border: none; background: palette(window); padding: 12px 8px;
    font-size: 11pt; }
QListWidget#navigation::item { padding: 9px 14px; border-radius: 6px; margin: 1px 0; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QFrame#card, QFrame#panel { background: palette(base); border: 1px solid palette(mid);
    border-radius: 8px; }
QTableView { border: 1px solid palette(mid); border-radius: 4px; }
QTableView::item { padding-left: 6px; padding-right: 10px; }
QHeaderView::section { padding: 6px 8px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(_tr("Observer"))
        self.setWindowIcon(app_icon())
        self.setStyleSheet(STYLE)
        self.editor = MenteeEditor(ctx, self)

        self.home = HomePage(ctx)
        self.mentees = MenteesPage(ctx, self.editor)
        self.observations = ObservationsPage(ctx)
        self.templates = TemplatesPage(ctx)
        self.targets = TargetsPage(ctx)
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._page_names = [
            _tr("Home"),
            _tr("Mentees"),
            _tr("Observations"),
            _tr("Templates"),
            _tr("Targets"),
        ]
        for name, page in zip(
            self._page_names,
            (self.home, self.mentees, self.observations, self.templates, self.targets),
            strict=True,
        ):
            self.navigation.addItem(name)
            self.pages.addWidget(page)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._fit_navigation()  # now the window's style sheet (larger font) applies

        self.backup_runner = BackupRunner(ctx.services, self)
        self.auto_backup: AutoBackup | None = None
        self.backups_dialog: BackupsDialog | None = None
        self._exit_backup_done = False
        self._backup_text = ""  # what the status bar says about the last backup
        apply_retention(ctx)

        self._make_actions()
        self._make_toolbar()
        self._make_menus()
        self._make_status_bar()

        self.navigation.currentRowChanged.connect(self.show_page)
        self.home.demo_requested.connect(self.load_demo_data)
        self.home.add_requested.connect(lambda: self.editor.add())
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.mentees.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.mentees.model.modelReset.connect(self._update_actions)
        ctx.changes.changed.connect(self._on_change)

        self._restore_layout()
        empty = ctx.services.people.count() == 0
        self.show_page(HOME if empty else self._saved_page())
        self._update_counts()
        self._update_actions()

    # -- building ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(
            _tr("&New mentee…"), lambda: self.editor.add(), QKeySequence.StandardKey.New
        )
        self.new_action.setToolTip(_tr("Add a mentee (Ctrl+N)"))
        self.demo_action = self._action(_tr("Start with &demo data"), self.load_demo_data)
        self.backups_action = self._action(_tr("&Backups…"), self.show_backups)
        self.backups_action.setEnabled(self.backup_runner.available)
        self.quit_action = self._action(_tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.ctx.undo.createUndoAction(self, _tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.ctx.undo.createRedoAction(self, _tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.edit_action = self._action(_tr("&Edit mentee…"), self.mentees.edit_current)
        self.delete_action = self._action(
            _tr("&Delete mentee"), self.mentees.delete_current, QKeySequence.StandardKey.Delete
        )
        self.page_actions: list[QAction] = []
        group = QActionGroup(self)
        for number, name in enumerate(self._page_names):
            action = self._action(name, partial(self.show_page, number), f"Ctrl+{number + 1}")
            action.setCheckable(True)
            group.addAction(action)
            self.page_actions.append(action)
        self.about_action = self._action(_tr("&About Observer"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(_tr("&File"))
        file_menu.addActions([self.new_action, self.demo_action])
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(_tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.delete_action])
        view_menu = bar.addMenu(_tr("&View"))
        view_menu.addActions(self.page_actions)
        view_menu.addSeparator()
        self.toolbar_action = self.toolbar.toggleViewAction()
        self.toolbar_action.setText(_tr("Show &toolbar"))
        view_menu.addAction(self.toolbar_action)
        help_menu = bar.addMenu(_tr("&Help"))
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        toolbar = self.addToolBar(_tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.edit_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar = toolbar

    def _make_status_bar(self) -> None:
        self.counts_label = QLabel()
        where = self.ctx.services.db_path
        self.db_label = QLabel(
            _tr("Database: {path}").format(path=where) if where else _tr("Database: server")
        )
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_label = QLabel()
        self.backup_label.setContentsMargins(0, 0, 14, 0)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.db_label)

    # -- behaviour --------------------------------------------------------------------------

    def _fit_navigation(self) -> None:
        """Wide enough for the longest page name in the user's language (Kazakh runs long)."""
        self.navigation.ensurePolished()
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name in self._page_names)
        self.navigation.setFixedWidth(max(176, widest + 2 * 14 + 2 * 8 + 16))

    def show_page(self, number: int) -> None:
        number = max(0, min(number, self.pages.count() - 1))
        self.pages.setCurrentIndex(number)
        if self.navigation.currentRow() != number:
            self.navigation.setCurrentRow(number)
        self.page_actions[number].setChecked(True)
        self.ctx.preferences.set(Preferences.LAST_PAGE, number)
        self._update_actions()

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def load_demo_data(self) -> None:
        from observer.services.demo import DemoRefused, generate_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.ctx.changes.batch():
                summary = generate_demo(self.ctx.services)
        except DemoRefused as refused:
            QApplication.restoreOverrideCursor()
            QMessageBox.information(self, _tr("Demo data"), str(refused))
            return
        QApplication.restoreOverrideCursor()
        self.ctx.undo.clear()
        self.show_page(HOME)
        self.statusBar().showMessage(
            _tr("Demo school ready: {people} people, {observations} observations.").format(
                people=summary.people, observations=summary.observations
            ),
            8000,
        )

    def about_text(self) -> str:
        where = self.ctx.services.db_path or _tr("a database server")
        return _tr(
            "<h3>Observer {version}</h3>"
            "<p>Lesson observation and teacher mentoring, offline.</p>"
            "<p>Database: {path}</p>"
            "<p>Free software under the MIT licence.</p>"
        ).format(version=observer.__version__, path=escape(str(where)))

    def show_about(self) -> None:
        QMessageBox.about(self, _tr("About Observer"), self.about_text())

    def _on_change(self, change: Change) -> None:
        if concerns(change, Topic.PEOPLE, Topic.OBSERVATIONS):
            self._update_counts()

    def _update_counts(self) -> None:
        services = self.ctx.services
        self.counts_label.setText(
            _tr("{people} people · {observations} observations").format(
                people=services.people.count(), observations=services.observations.count()
            )
        )

    def _update_actions(self, *_: object) -> None:
        # Edit and Delete act on the selected mentee, and only where the user can see it.
        on_mentees = self.pages.currentWidget() is self.mentees
        selected = on_mentees and self.mentees.current_id() is not None
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)

    def _saved_page(self) -> int:
        return self.ctx.preferences.get(Preferences.LAST_PAGE)

    def _restore_layout(self) -> None:
        geometry, state = self.ctx.layout.load("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        if state is not None:
            self.restoreState(state)

    # -- backups ----------------------------------------------------------------------------

    def show_backups(self) -> None:
        if self.backups_dialog is None:
            self.backups_dialog = BackupsDialog(self.ctx, self.backup_runner, self)
            self.backups_dialog.restored.connect(self.statusBar().showMessage)
        else:
            self.backups_dialog.refresh()
        self.backups_dialog.open()

    def start_automatic_backups(self, interval_ms: int = AUTO_INTERVAL_MS) -> None:
        """Back up now (if anything changed), every `interval_ms` while it changes, and at exit."""
        if not self.backup_runner.available or self.auto_backup is not None:
            return
        runner = self.backup_runner
        runner.started.connect(self._on_backup_started)
        runner.finished.connect(self._on_backup_finished)
        runner.failed.connect(self._on_backup_failed)
        self.auto_backup = AutoBackup(runner, interval_ms, self)
        self.ctx.changes.changed.connect(self.auto_backup.on_change)
        app = QApplication.instance()
        if app is not None:  # also when the session ends without closing the window
            app.aboutToQuit.connect(self._backup_at_exit)
        self.auto_backup.start()

    def _on_backup_started(self, _reason: str) -> None:
        self.backup_label.setText(_tr("Backing up…"))

    def _on_backup_finished(self, info: object, _reason: str) -> None:
        when = getattr(info, "created_at", None)
        if when is not None:
            self._backup_text = _tr("Backed up {when}").format(when=local_datetime(when))
            if when.astimezone().date() == datetime.now().astimezone().date():
                self._backup_text = _tr("Backed up at {time}").format(
                    time=local_datetime(when).rsplit(", ", 1)[-1]
                )
        elif not self._backup_text:  # nothing changed since the last backup
            self._backup_text = _tr("Backup up to date")
        self.backup_label.setText(self._backup_text)
        self.backup_label.setToolTip(
            _tr(
                "Observer backs up by itself when it starts, every 30 minutes while you work, "
                "and when it closes. File → Backups… lists the copies."
            )
        )

    def _on_backup_failed(self, problem: str, reason: str) -> None:
        self.backup_label.setText(_tr("⚠ Backup failed"))
        self.backup_label.setToolTip(problem)
        message = (
            _tr("The backup failed: {problem}")
            if reason == "manual"
            else _tr("The automatic backup failed: {problem}")
        )
        self.statusBar().showMessage(message.format(problem=problem), 30000)

    def _backup_at_exit(self) -> None:
        if self.auto_backup is None or self._exit_backup_done:
            self.backup_runner.wait()
            return
        self._exit_backup_done = True
        self.statusBar().showMessage(_tr("Saving a backup before closing…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.auto_backup.at_exit()
        except Exception as error:  # closing must go on; the notes are in the database
            self._on_backup_failed(str(error), "exit")
        finally:
            QApplication.restoreOverrideCursor()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.layout.save("main", self.saveGeometry(), self.saveState())
        self.ctx.preferences.sync()
        self._backup_at_exit()
        super().closeEvent(event)
