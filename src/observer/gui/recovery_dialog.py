"""Start-up check of the database file, and the dialog shown when it is damaged.

Before the database opens, its file is examined. A healthy or missing file opens as
before. A busy file or one from a newer Observer is explained and left alone. A
damaged one gets a dialog that names the file, says what is wrong in plain words,
promises to keep it unchanged, and offers the newest verified backup. Nothing is
moved or created until the user clicks; an empty database never silently replaces
a damaged one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from observer.gui.formatting import display_locale, local_datetime
from observer.services.backups import (
    BackupInfo,
    DatabaseProblem,
    Examination,
    FileHealth,
    counts,
    examine,
    list_backups,
    restore_backup,
    set_aside,
)

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


class _Finished(QObject):
    finished = Signal()


class _Work(QRunnable):
    def __init__(self, work: Callable[[], Any], outcome: dict[str, Any], done: _Finished) -> None:
        super().__init__()
        self._work, self._outcome, self._done = work, outcome, done

    def run(self) -> None:
        try:
            self._outcome["result"] = self._work()
        except BaseException as error:  # handed back to the GUI thread, raised there
            self._outcome["error"] = error
        finally:
            self._done.finished.emit()


def run_with_progress(
    parent: QWidget | None, label: str, work: Callable[[], T], pool: QThreadPool | None = None
) -> T:
    """Run `work` on a worker thread behind a modal busy indicator; its result or its error.

    The window keeps painting (a restore of a large file takes seconds) while the user
    cannot start anything else. Give the backups' one-thread `pool` to queue behind them.
    """
    outcome: dict[str, Any] = {}
    done = _Finished()
    loop = QEventLoop()
    done.finished.connect(loop.quit)  # queued: emitted on the worker, runs here
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowTitle(_tr("Observer"))
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(400)
    progress.setValue(0)
    (pool or QThreadPool.globalInstance()).start(_Work(work, outcome, done))
    loop.exec()
    progress.reset()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result


def count_of(found: object, *names: str) -> int | None:
    """One count from whatever `counts()` returned (a mapping or an object), by any name."""
    for name in names:
        value = found.get(name) if isinstance(found, Mapping) else getattr(found, name, None)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def observations_in(backup: BackupInfo) -> int | None:
    try:
        return count_of(counts(backup.path), "observations", "observation")
    except Exception:  # a backup that cannot be counted is still listed
        return None


def problem_text(health: FileHealth) -> str:
    """What is wrong with the file, in words a teacher understands."""
    texts = {
        FileHealth.DAMAGED: _tr(
            "The file is damaged: parts of it can no longer be read. This can happen "
            "after a power cut, a full disk or a failing drive."
        ),
        FileHealth.EMPTY: _tr(
            "The file is empty: it holds no data at all. It may have been cut short "
            "while it was being copied or saved."
        ),
        FileHealth.NOT_SQLITE: _tr(
            "The file is not an Observer database: its beginning has been overwritten, "
            "or it is another kind of file."
        ),
        FileHealth.FOREIGN: _tr(
            "The file is a database of another program, not Observer's own database."
        ),
    }
    return texts.get(health, _tr("Observer cannot use the file."))


class Action(Enum):
    QUIT = "quit"
    RESTORE = "restore"
    START_EMPTY = "start empty"


class RecoveryDialog(QDialog):
    """Explains what is wrong with the database file and offers a way out.

    The dialog only records the choice (`action`, `backup`); the caller acts on it.
    """

    def __init__(
        self,
        db_path: Path,
        examination: Examination,
        backups: list[BackupInfo],
        newest_observations: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.backups = backups  # verified ones, newest first
        self.action = Action.QUIT
        self.backup: BackupInfo | None = None
        self.setWindowTitle(_tr("Observer: the database needs attention"))
        self.setMinimumWidth(620)

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(_tr("Observer cannot open your database"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)

        self.file_label = QLabel(str(db_path))
        self.file_label.setObjectName("file")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.file_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.file_label.setStyleSheet(
            "QLabel#file { padding: 6px 8px; background: palette(base); }"
        )
        self.problem_label = QLabel(problem_text(examination.state))
        self.problem_label.setWordWrap(True)
        self.detail_label = QLabel(
            _tr("What Observer found: {detail}").format(detail=examination.detail)
        )
        self.detail_label.setWordWrap(True)
        self.detail_label.setStyleSheet("color: palette(placeholder-text);")
        self.detail_label.setVisible(bool(examination.detail))
        self.safe_label = QLabel(
            _tr(
                "Observer keeps this file exactly as it is. Before a backup is restored "
                "or a new database started, it is moved, unchanged, into the folder "
                "“set-aside” beside it, so nothing in it is lost."
            )
        )
        self.safe_label.setWordWrap(True)

        newest = backups[0] if backups else None
        if newest is not None:
            advice = _tr(
                "The newest good backup was taken on {when}. Restoring it brings back "
                "everything up to that moment."
            ).format(when=local_datetime(newest.created_at))
        else:
            advice = _tr(
                "No backup of this database was found. You can start again with a new, "
                "empty database; the damaged file stays in the “set-aside” folder, where "
                "a specialist may be able to rescue what it holds."
            )
        self.advice_label = QLabel(advice)
        self.advice_label.setWordWrap(True)

        self.backup_list = QListWidget()
        self.backup_list.setVisible(False)
        for backup in backups:
            item = QListWidgetItem(
                _tr("{when} · {reason} · {size}").format(
                    when=local_datetime(backup.created_at),
                    reason=backup.reason,
                    size=display_locale().formattedDataSize(backup.size),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backup_list.addItem(item)
        self.backup_list.currentRowChanged.connect(self._on_chosen)

        text_column = QVBoxLayout()
        text_column.setSpacing(10)
        for widget in (
            heading,
            self.file_label,
            self.problem_label,
            self.detail_label,
            self.safe_label,
            self.advice_label,
            self.backup_list,
        ):
            text_column.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(text_column, 1)

        self.restore_button = QPushButton()
        self.choose_button = QPushButton(_tr("Choose another backup…"))
        self.restore_chosen_button = QPushButton(_tr("Restore the chosen backup"))
        self.new_button = QPushButton(_tr("Start a new empty database"))
        self.quit_button = QPushButton(_tr("Quit"))
        if newest is not None:
            found = newest_observations
            self.restore_button.setText(
                _tr("Restore newest backup ({when}, {count} observations)").format(
                    when=local_datetime(newest.created_at),
                    count="?" if found is None else found,
                )
            )
            self.restore_button.setDefault(True)
        self.restore_button.setVisible(newest is not None)
        self.choose_button.setVisible(len(backups) > 0)
        self.restore_chosen_button.setVisible(False)
        self.restore_chosen_button.setEnabled(False)
        self.new_button.setVisible(newest is None)
        if newest is None:
            self.quit_button.setDefault(True)

        # Bound methods, not lambdas holding `self`: PySide then frees the dialog cleanly.
        self.restore_button.clicked.connect(self._restore_newest)
        self.choose_button.clicked.connect(self._show_list)
        self.restore_chosen_button.clicked.connect(self._restore_chosen)
        self.new_button.clicked.connect(self._start_empty)
        self.quit_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        for button in (
            self.quit_button,
            self.new_button,
            self.restore_chosen_button,
            self.restore_button,
        ):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addLayout(buttons)

    def _restore_newest(self) -> None:
        if self.backups:
            self._finish(Action.RESTORE, self.backups[0])

    def _start_empty(self) -> None:
        self._finish(Action.START_EMPTY, None)

    def _show_list(self) -> None:
        self.backup_list.setVisible(True)
        self.choose_button.setEnabled(False)
        self.restore_chosen_button.setVisible(True)
        self.backup_list.setCurrentRow(0)
        self.backup_list.setFocus()

    def _on_chosen(self, row: int) -> None:
        self.restore_chosen_button.setEnabled(0 <= row < len(self.backups))

    def _restore_chosen(self) -> None:
        row = self.backup_list.currentRow()
        if 0 <= row < len(self.backups):
            self._finish(Action.RESTORE, self.backups[row])

    def _finish(self, action: Action, backup: BackupInfo | None) -> None:
        self.action = action
        self.backup = backup
        if action is Action.QUIT:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Escape and the window's close button mean Quit
        self.action = Action.QUIT
        self.backup = None
        super().reject()


@dataclass(frozen=True)
class StartVerdict:
    """What the start-up check decided: stop with `exit_code`, or open and show `notice`."""

    exit_code: int | None = None
    notice: str = ""


def _refuse(title: str, text: str) -> StartVerdict:
    QMessageBox.critical(None, title, text)
    return StartVerdict(exit_code=1)


def check_before_opening(db_path: Path) -> StartVerdict:
    """Examine the file and, if it is damaged, let the user choose how to go on."""
    examination = examine(db_path)
    state = examination.state
    if state in (FileHealth.HEALTHY, FileHealth.MISSING):
        return StartVerdict()
    title = _tr("Observer cannot open its database")
    if state is FileHealth.BUSY:
        return _refuse(
            title,
            _tr(
                "The database\n{path}\n\nis in use by another program. Close that program "
                "(or wait until it has finished) and start Observer again.\n\n"
                "The file is fine and has not been changed."
            ).format(path=db_path),
        )
    if state is FileHealth.UNREADABLE:  # permissions or the disk: not damage, never moved
        return _refuse(
            title,
            _tr(
                "Observer cannot read the database\n{path}\n\n{detail}\n\n"
                "The file has not been changed."
            ).format(path=db_path, detail=examination.detail),
        )
    if state is FileHealth.NEWER:
        return _refuse(
            title,
            _tr(
                "The database\n{path}\n\nwas written by a newer version of Observer. "
                "Update Observer to open it.\n\nThe file has not been changed."
            ).format(path=db_path),
        )
    backups = [b for b in list_backups(db_path) if b.verified]
    backups.sort(key=lambda b: b.created_at, reverse=True)
    if not backups and state in (FileHealth.NOT_SQLITE, FileHealth.FOREIGN):
        # Nothing shows Observer ever kept a database here: most likely --db names someone
        # else's file (a letter, another program's database). Never move that aside.
        return _refuse(
            title,
            _tr(
                "The file\n{path}\n\n{problem}\n\nObserver has never backed up a "
                "database at this place, so this may be another program's file. Observer "
                "leaves it exactly as it is. Choose another database file, or move this "
                "one away and start Observer again."
            ).format(path=db_path, problem=problem_text(state)),
        )
    newest = observations_in(backups[0]) if backups else None
    dialog = RecoveryDialog(db_path, examination, backups, newest)
    dialog.exec()
    return carry_out(db_path, dialog.action, dialog.backup)


def put_back(db_path: Path, folder: Path) -> bool:
    """Move a set-aside database (and its -wal/-shm) back to its place; False if it cannot."""
    if db_path.exists() or not (folder / db_path.name).exists():
        return False
    try:
        for moved in sorted(folder.iterdir()):
            target = db_path.parent / moved.name
            if not target.exists():
                os.rename(moved, target)
        folder.rmdir()
    except OSError:
        return db_path.exists()
    return True


def carry_out(db_path: Path, action: Action, backup: BackupInfo | None) -> StartVerdict:
    """Act on the user's choice: set the damaged file aside, then restore or start empty."""
    if action is Action.QUIT:
        return StartVerdict(exit_code=1)
    try:
        kept = set_aside(db_path, "damaged")
    except OSError as error:
        return _refuse(
            _tr("Observer cannot move the damaged file"),
            _tr(
                "The damaged database\n{path}\n\ncould not be moved aside: {error}\n\n"
                "Nothing has been changed."
            ).format(path=db_path, error=error.strerror or error),
        )
    if action is Action.START_EMPTY or backup is None:
        return StartVerdict(
            notice=_tr(
                "Started a new, empty database. The damaged file was kept unchanged in {kept}."
            ).format(kept=kept)
        )
    try:
        run_with_progress(
            None,
            _tr("Restoring the backup from {when}…").format(when=local_datetime(backup.created_at)),
            partial(restore_backup, db_path, backup.path),
        )
    except (DatabaseProblem, OSError) as error:
        # Put the damaged file back, so the next start explains it again instead of
        # finding no database and making an empty one.
        back = put_back(db_path, kept)
        return _refuse(
            _tr("Observer could not restore the backup"),
            _tr(
                "The backup\n{backup}\n\ncould not be restored: {error}\n\n"
                "The damaged database is unchanged, in\n{kept}"
            ).format(backup=backup.path, error=error, kept=db_path if back else kept),
        )
    return StartVerdict(
        notice=_tr(
            "Restored the backup from {when}. The damaged file was kept unchanged in {kept}."
        ).format(when=local_datetime(backup.created_at), kept=kept)
    )
