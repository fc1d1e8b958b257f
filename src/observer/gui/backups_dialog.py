"""Backups: automatic copies in a worker thread, and the dialog to list, take and restore them.

A backup of a large file takes seconds, so it runs on a one-thread pool; the worker
calls the backup service, which works on the database file with its own connection
(no session crosses threads). Results come back to the window as queued signals.
Restoring closes the database first (every pooled connection is disposed), restores
the file, checks it opens (migrating an older copy), then lets every page reload.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer.gui.context import AppContext
from observer.gui.formatting import display_locale, local_datetime
from observer.gui.recovery_dialog import count_of, run_with_progress
from observer.gui.settings import Preferences, Setting
from observer.paths import backups_dir, ensure_private_dir
from observer.services.backups import (
    BackupFailed,
    BackupInfo,
    counts,
    restore_backup,
)
from observer.services.changes import Change, Topic
from observer.services.context import DatabaseProblem, Services, sqlite_url

AUTO_INTERVAL_MS = 30 * 60 * 1000
ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def reason_text(reason: str) -> str:
    known = {
        "startup": _tr("At start-up"),
        "auto": _tr("Automatic"),
        "automatic": _tr("Automatic"),
        "before-import": _tr("Before an import"),
        "before-restore": _tr("Before a restore"),
        "exit": _tr("On closing"),
        "manual": _tr("Backed up by hand"),
        "live-ended": _tr("After a live observation"),
    }
    if reason.startswith("before-schema"):
        return _tr("Before an upgrade")
    return known.get(reason, reason.replace("-", " ").replace("_", " ").capitalize())


# -- running backups off the GUI thread ---------------------------------------------------


class _Carrier(QObject):
    """Lives in the GUI thread; a worker emits, the callbacks run queued in the GUI thread."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, on_done: Callable[[object], None], on_failed: Callable[[str], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self._on_done(result)

    @Slot(str)
    def _deliver_failed(self, message: str) -> None:
        self._on_failed(message)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], carrier: _Carrier) -> None:
        super().__init__()
        self._work = work
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the window, never lost in a thread
            self._carrier.failed.emit(str(error) or type(error).__name__)
        else:
            self._carrier.done.emit(result)


class BackupRunner(QObject):
    """Takes backups one at a time on a worker thread and reports in queued signals."""

    started = Signal(str)  # reason
    finished = Signal(object, str)  # BackupInfo or None (nothing changed), reason
    failed = Signal(str, str)  # message, reason
    counted = Signal(object, object)  # backup path, counts

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._backing_up = 0
        self._jobs: set[_Carrier] = set()

    @property
    def available(self) -> bool:
        return self.services.backups is not None

    @property
    def busy(self) -> bool:
        """A backup is being taken (counting the records of old copies does not count)."""
        return self._backing_up > 0

    def _submit(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[str], None],
    ) -> None:
        def done(result: object) -> None:
            settle()
            on_done(result)

        def failed(message: str) -> None:
            settle()
            on_failed(message)

        def settle() -> None:
            self._jobs.discard(carrier)

        carrier = _Carrier(done, failed)
        self._jobs.add(carrier)
        self.pool.start(_Job(work, carrier))

    def run(self, reason: str, *, only_if_changed: bool) -> bool:
        """Start one backup; False when backups are not available for this database."""
        service = self.services.backups
        if service is None:
            return False
        take = service.backup_if_changed if only_if_changed else service.backup_now
        self._backing_up += 1
        self.started.emit(reason)
        self._submit(
            partial(take, reason),
            partial(self._finished, reason),
            partial(self._failed, reason),
        )
        return True

    def _finished(self, reason: str, result: object) -> None:
        self._backing_up -= 1
        self.finished.emit(result, reason)

    def _failed(self, reason: str, message: str) -> None:
        self._backing_up -= 1
        self.failed.emit(message, reason)

    def _counted(self, path: Path, found: object) -> None:
        self.counted.emit(path, found)

    def _not_counted(self, path: Path, _problem: str) -> None:
        self.counted.emit(path, None)

    def count(self, backups: list[BackupInfo]) -> None:
        """Count the records in each backup, off the GUI thread; `counted` per backup."""
        for backup in backups:
            self._submit(
                partial(counts, backup.path),
                partial(self._counted, backup.path),
                partial(self._not_counted, backup.path),
            )

    def wait(self) -> None:
        """Block until every started job has finished and reported."""
        self.pool.waitForDone()
        QCoreApplication.sendPostedEvents(None, 0)  # deliver the queued results now

    def backup_blocking(self, reason: str) -> BackupInfo | None:
        """At exit: finish what runs, then take a backup if anything changed (blocking)."""
        self.wait()
        service = self.services.backups
        return service.backup_if_changed(reason) if service is not None else None


class AutoBackup(QObject):
    """At start-up, every 30 minutes while there are changes, and at exit."""

    def __init__(
        self,
        runner: BackupRunner,
        interval_ms: int = AUTO_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.runner.run("startup", only_if_changed=True)
        self.timer.start()

    def on_change(self, change: Change) -> None:
        """The end of a live lesson is worth a copy at once, whatever the timer says."""
        if change.topic is Topic.LIVE_ENDED:
            self.runner.run("live-ended", only_if_changed=False)

    def _tick(self) -> None:
        service = self.runner.services.backups
        if service is not None and service.changed_since_backup and not self.runner.busy:
            self.runner.run("auto", only_if_changed=True)

    def at_exit(self) -> BackupInfo | None:
        self.timer.stop()
        return self.runner.backup_blocking("exit")


def apply_retention(ctx: AppContext) -> None:
    """Feed the retention preferences into the backup service's policy."""
    service = ctx.services.backups
    if service is None:
        return
    prefs = ctx.preferences
    service.policy = dataclasses.replace(
        service.policy,
        daily=prefs.get(Preferences.BACKUP_KEEP_DAILY),
        weekly=prefs.get(Preferences.BACKUP_KEEP_WEEKLY),
        monthly=prefs.get(Preferences.BACKUP_KEEP_MONTHLY),
    )


def restore_open_database(
    ctx: AppContext, runner: BackupRunner, backup: BackupInfo, parent: QWidget | None = None
) -> Path:
    """Close the database, restore `backup` into its file, check it opens, reload every page.

    Returns the folder where the database as it was before is kept.
    """
    services = ctx.services
    path = services.db_path
    if path is None:
        raise BackupFailed(_tr("Only a database file can be restored from a backup."))
    runner.wait()  # no backup may read the file while it is replaced
    services.close()  # every pooled connection closed: nothing holds the file open

    def restore() -> Path:
        kept = restore_backup(path, backup.path)  # on failure the database is as it was
        Services.open(sqlite_url(path)).close()  # recognise it, migrate an older copy
        return kept

    when = local_datetime(_aware(backup.created_at))
    label = _tr("Restoring the backup from {when}…").format(when=when)
    # On the backups' own thread: an automatic backup can never read the file mid-restore.
    kept = run_with_progress(parent, label, restore, runner.pool)
    # The engine reconnects on next use, to the restored file; old ids mean nothing now.
    ctx.undo.clear()
    services.bus.publish(Change(Topic.EVERYTHING))
    return kept


# -- the table -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class BackupRow:
    info: BackupInfo
    people: int | None = None
    observations: int | None = None
    notes: int | None = None
    counted: bool = False  # counts were read (they stay None if the copy could not be read)


class BackupsModel(QAbstractTableModel):
    WHEN, REASON, SIZE, PEOPLE, OBSERVATIONS, NOTES, VERIFIED = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupRow] = []
        self._headers = [
            _tr("Taken"),
            _tr("Why"),
            _tr("Size"),
            _tr("People"),
            _tr("Observations"),
            _tr("Notes"),
            _tr("Checked"),
        ]

    def set_backups(self, backups: list[BackupInfo]) -> None:
        known = {row.info.path: row for row in self._rows}
        ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
        self.beginResetModel()
        self._rows = [
            dataclasses.replace(known[b.path], info=b) if b.path in known else BackupRow(b)
            for b in ordered
        ]
        self.endResetModel()

    def set_counts(self, path: Path, found: object) -> None:
        for number, row in enumerate(self._rows):
            if row.info.path == path:
                self._rows[number] = dataclasses.replace(
                    row,
                    people=count_of(found, "people", "person"),
                    observations=count_of(found, "observations", "observation"),
                    notes=count_of(found, "notes", "note"),
                    counted=True,
                )
                self.dataChanged.emit(
                    self.index(number, self.PEOPLE), self.index(number, self.NOTES)
                )

    def backup_at(self, row: int) -> BackupInfo | None:
        return self._rows[row].info if 0 <= row < len(self._rows) else None

    def backups(self) -> list[BackupInfo]:
        return [row.info for row in self._rows]

    def uncounted(self) -> list[BackupInfo]:
        return [row.info for row in self._rows if not row.counted]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.SIZE,
            self.PEOPLE,
            self.OBSERVATIONS,
            self.NOTES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.info.path)
        return None

    def _text(self, row: BackupRow, column: int) -> str:
        info = row.info
        if column == self.WHEN:
            return local_datetime(_aware(info.created_at))
        if column == self.REASON:
            return reason_text(info.reason)
        if column == self.SIZE:
            return display_locale().formattedDataSize(info.size)
        if column in (self.PEOPLE, self.OBSERVATIONS, self.NOTES):
            value = (row.people, row.observations, row.notes)[column - self.PEOPLE]
            if value is None:
                return "—" if row.counted else "…"
            return display_locale().toString(value)
        if column == self.VERIFIED:
            return _tr("✓ Verified") if info.verified else _tr("Not verified")
        return ""


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# -- the dialog ----------------------------------------------------------------------------


class BackupsDialog(QDialog):
    """File → Backups…: what copies exist, take one now, restore one, retention choices."""

    restored = Signal(str)  # a status message for the window

    def __init__(self, ctx: AppContext, runner: BackupRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.setWindowTitle(_tr("Backups"))
        self.resize(860, 520)

        intro = QLabel(
            _tr(
                "Observer copies your database on its own: when it starts, every 30 minutes "
                "while you work, and when it closes. Each copy is checked before it is kept."
            )
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(_tr("No backups yet. Click “Back up now” to make the first."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: palette(placeholder-text);")

        self.backup_button = QPushButton(_tr("Back up now"))
        self.restore_button = QPushButton(_tr("Restore…"))
        self.folder_button = QPushButton(_tr("Open backups folder"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)

        self.keep_daily = self._spin(Preferences.BACKUP_KEEP_DAILY, 0, 365)
        self.keep_weekly = self._spin(Preferences.BACKUP_KEEP_WEEKLY, 0, 260)
        self.keep_monthly = self._spin(Preferences.BACKUP_KEEP_MONTHLY, 0, 240)
        keep = QGroupBox(_tr("Which copies to keep"))
        keep_row = QHBoxLayout(keep)
        keep_row.addWidget(QLabel(_tr("All from the last 48 hours, then one a day for")))
        keep_row.addWidget(self.keep_daily)
        keep_row.addWidget(QLabel(_tr("days, one a week for")))
        keep_row.addWidget(self.keep_weekly)
        keep_row.addWidget(QLabel(_tr("weeks and one a month for")))
        keep_row.addWidget(self.keep_monthly)
        keep_row.addWidget(QLabel(_tr("months.")))
        keep_row.addStretch(1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(keep)
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(close)
        layout.addLayout(footer)

        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._on_double_click)
        runner.started.connect(self._on_started)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.counted.connect(self.model.set_counts)
        self.refresh()

    def _spin(self, setting: Setting[int], low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(self.ctx.preferences.get(setting))
        spin.valueChanged.connect(self._keep_changed)
        return spin

    def _keep_changed(self, _value: int) -> None:
        prefs = self.ctx.preferences
        prefs.set(Preferences.BACKUP_KEEP_DAILY, self.keep_daily.value())
        prefs.set(Preferences.BACKUP_KEEP_WEEKLY, self.keep_weekly.value())
        prefs.set(Preferences.BACKUP_KEEP_MONTHLY, self.keep_monthly.value())
        apply_retention(self.ctx)

    def _on_double_click(self, _index: QModelIndex) -> None:
        self.restore_selected()

    # -- behaviour ---------------------------------------------------------------------

    def refresh(self) -> None:
        service = self.ctx.services.backups
        backups = service.list() if service is not None else []
        self.model.set_backups(backups)
        missing = self.model.uncounted()  # each backup is counted once, then remembered
        if missing:
            self.runner.count(missing)
        self.table.setVisible(bool(backups))
        self.empty_label.setVisible(not backups)
        if backups and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        available = self.runner.available
        self.backup_button.setEnabled(available and not self.runner.busy)
        self.restore_button.setEnabled(available and self.selected_backup() is not None)
        self.folder_button.setEnabled(self.ctx.services.db_path is not None)

    def back_up_now(self) -> None:
        self.runner.run("manual", only_if_changed=False)

    def _on_started(self, _reason: str) -> None:
        self.status_label.setText(_tr("Backing up…"))
        self._update_buttons()

    def _on_finished(self, info: object, _reason: str) -> None:
        if isinstance(info, BackupInfo):
            self.status_label.setText(
                _tr("Backup saved at {when}.").format(when=local_datetime(_aware(info.created_at)))
            )
        else:
            self.status_label.setText(_tr("Nothing has changed since the last backup."))
        self.refresh()

    def _on_failed(self, message: str, _reason: str) -> None:
        self.status_label.setText(_tr("The backup failed: {problem}").format(problem=message))
        self._update_buttons()

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or not self.runner.available:
            return
        when = local_datetime(_aware(backup.created_at))
        answer = QMessageBox.question(
            self,
            _tr("Restore this backup?"),
            _tr(
                "Replace everything now in Observer with the backup from {when}?\n\n"
                "Anything entered since then will no longer be shown. The database as it "
                "is now is kept in a separate folder first, so this can be undone."
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kept = restore_open_database(self.ctx, self.runner, backup, self)
        except (DatabaseProblem, OSError) as error:
            QApplication.restoreOverrideCursor()
            self._restore_failed(when, error)
            return
        QApplication.restoreOverrideCursor()
        message = _tr(
            "Restored the backup from {when}. The database as it was before is kept in {kept}."
        ).format(when=when, kept=kept)
        self.status_label.setText(message)
        self.restored.emit(message)
        self.refresh()

    def _restore_failed(self, when: str, error: Exception) -> None:
        path = self.ctx.services.db_path
        missing = path is not None and not path.exists()
        text = _tr("Observer could not restore the backup from {when}:\n{problem}").format(
            when=when, problem=error
        )
        if missing:  # the old file was moved aside but the copy could not take its place
            text += "\n\n" + _tr(
                "Observer will now close, so that no new, empty database is made in its "
                "place. Start Observer again to choose a backup."
            )
        QMessageBox.critical(self, _tr("The backup was not restored"), text)
        if missing and isinstance(self.parent(), QWidget):
            self.close()
            cast(QWidget, self.parent()).close()
            return
        self.refresh()

    def open_folder(self) -> None:
        path = self.ctx.services.db_path
        if path is None:
            return
        folder = ensure_private_dir(backups_dir(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
