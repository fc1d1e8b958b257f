"""File → Backups…: the list, Back up now, Restore into the open window, and automatic backups."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QUndoCommand
from PySide6.QtWidgets import QMessageBox

from observer.domain.people import PersonDraft
from observer.gui.backups_dialog import BackupsDialog, BackupsModel, reason_text
from observer.gui.main_window import MainWindow
from observer.gui.settings import Preferences
from observer.services.context import Services
from test_gui_helpers import open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    yield from open_window(qtbot, services)


def _backup(services: Services, reason: str = "manual") -> Path:
    assert services.backups is not None
    path = services.backups.backup_now(reason).path
    time.sleep(0.002)  # distinct times in the names
    return path


def _open_dialog(qtbot: Any, window: MainWindow) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.backups_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _cell(dialog: BackupsDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_the_model_passes_qt_model_tests(qtmodeltester: Any, services: Services) -> None:
    services.people.create(PersonDraft("Sam Lee"))
    _backup(services)
    _backup(services, "startup")
    assert services.backups is not None
    model = BackupsModel()
    model.set_backups(services.backups.list())
    qtmodeltester.check(model, force_py=True)
    model.set_counts(model.backups()[0].path, {"people": 1, "observations": 0, "notes": 0})
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2 and model.columnCount() == 7


def test_the_dialog_lists_backups_newest_first_with_counts(
    qtbot: Any, services: Services, window: MainWindow
) -> None:
    services.people.create(PersonDraft("Sam Lee"))
    _backup(services, "startup")
    services.people.create(PersonDraft("Айгүл Нұрланқызы"))
    _backup(services)
    dialog = _open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Backups"
    assert dialog.model.rowCount() == 2
    assert _cell(dialog, 0, BackupsModel.REASON) == reason_text("manual")
    assert _cell(dialog, 1, BackupsModel.REASON) == "At start-up"
    assert _cell(dialog, 0, BackupsModel.VERIFIED) == "✓ Verified"
    assert _cell(dialog, 0, BackupsModel.SIZE).split()[-1] in ("KiB", "KB", "MiB", "MB")
    qtbot.waitUntil(lambda: _cell(dialog, 1, BackupsModel.PEOPLE) == "1")
    assert _cell(dialog, 0, BackupsModel.PEOPLE) == "2"
    assert _cell(dialog, 0, BackupsModel.OBSERVATIONS) == "0"
    assert dialog.table.isVisible() and not dialog.empty_label.isVisible()
    assert dialog.restore_button.isEnabled()  # the newest is selected


def test_back_up_now_adds_one(qtbot: Any, services: Services, window: MainWindow) -> None:
    dialog = _open_dialog(qtbot, window)
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert "Backup saved at" in dialog.status_label.text()
    assert _cell(dialog, 0, BackupsModel.REASON) == reason_text("manual")
    assert services.backups is not None and len(services.backups.list()) == 1
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)


def test_restore_brings_older_data_back_into_the_open_window(
    qtbot: Any, services: Services, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.people.create(PersonDraft("Sam Lee"))
    _backup(services)
    services.people.create(PersonDraft("Ava Evans"))
    window.show_page(1)
    qtbot.waitUntil(lambda: window.mentees.model.rowCount() == 2)
    assert "2 people" in window.counts_label.text()
    window.ctx.undo.push(
        QUndoCommand("marker")
    )  # anything on the undo stack refers to the old data

    dialog = _open_dialog(qtbot, window)
    asked: list[str] = []

    def yes(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.table.selectRow(0)
    dialog.restore_button.click()

    assert asked and "Replace everything" in asked[0]
    assert services.people.count() == 1
    qtbot.waitUntil(lambda: window.mentees.model.rowCount() == 1)
    assert "1 people" in window.counts_label.text()
    assert window.ctx.undo.count() == 0
    assert "kept in" in window.statusBar().currentMessage()
    assert services.db_path is not None
    [kept] = list((services.db_path.parent / "set-aside").glob("*before-restore*"))
    assert (kept / services.db_path.name).exists()  # the two-person database, kept
    # The window goes on working with the restored database.
    services.people.create(PersonDraft("Li Wei"))
    qtbot.waitUntil(lambda: "2 people" in window.counts_label.text())


def test_cancelled_restore_changes_nothing(
    qtbot: Any, services: Services, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backup(services)
    services.people.create(PersonDraft("Sam Lee"))
    dialog = _open_dialog(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    dialog.restore_button.click()
    assert services.people.count() == 1
    assert services.db_path is not None
    assert not (services.db_path.parent / "set-aside").exists()


def test_retention_preferences_feed_the_policy(
    qtbot: Any, services: Services, window: MainWindow
) -> None:
    dialog = _open_dialog(qtbot, window)
    assert dialog.keep_daily.value() == 14
    dialog.keep_daily.setValue(5)
    dialog.keep_weekly.setValue(3)
    dialog.keep_monthly.setValue(24)
    assert services.backups is not None
    policy = services.backups.policy
    assert (policy.keep_all_hours, policy.daily, policy.weekly, policy.monthly) == (48, 5, 3, 24)
    prefs = Preferences()
    assert prefs.get(Preferences.BACKUP_KEEP_DAILY) == 5
    assert prefs.get(Preferences.BACKUP_KEEP_MONTHLY) == 24


def test_open_backups_folder(
    qtbot: Any, services: Services, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _open_dialog(qtbot, window)
    dialog.folder_button.click()
    assert services.db_path is not None
    [url] = opened
    assert Path(url.toLocalFile()) == services.db_path.parent / "backups"
    assert Path(url.toLocalFile()).is_dir()


def test_automatic_backups_at_start_while_changing_and_at_exit(
    qtbot: Any, services: Services
) -> None:
    assert services.backups is not None
    backups = services.backups
    window = next(opened := open_window(qtbot, services))
    window.start_automatic_backups(interval_ms=100)
    qtbot.waitUntil(lambda: [b.reason for b in backups.list()] == ["startup"])
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Backed up"))
    qtbot.wait(300)  # nothing changed: no automatic copy
    assert len(backups.list()) == 1

    services.people.create(PersonDraft("Sam Lee"))
    qtbot.waitUntil(lambda: "auto" in [b.reason for b in backups.list()])
    services.people.create(PersonDraft("Ava Evans"))
    assert window.auto_backup is not None
    window.auto_backup.timer.stop()  # the next copy is the one taken on closing
    qtbot.waitUntil(lambda: not window.backup_runner.busy)
    opened.close()
    assert backups.list()[0].reason == "exit"
    assert not window.auto_backup.timer.isActive()


def test_a_bad_backup_is_refused_and_the_open_data_stays(
    qtbot: Any, services: Services, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.people.create(PersonDraft("Sam Lee"))
    copy = _backup(services)
    services.people.create(PersonDraft("Ava Evans"))
    data = copy.read_bytes()
    copy.write_bytes(data[:100] + b"\0" * (len(data) - 100))  # the copy went bad on disk
    dialog = _open_dialog(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: errors.append(text))
    dialog.restore_button.click()
    [text] = errors
    assert "could not restore" in text and "close" not in text
    assert services.people.count() == 2  # the open database is untouched and still works
    assert window.isVisible()


def test_a_restore_that_fails_halfway_closes_rather_than_make_an_empty_database(
    qtbot: Any, services: Services, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from observer.gui import backups_dialog
    from observer.services.backups import BackupFailed

    services.people.create(PersonDraft("Sam Lee"))
    _backup(services)
    assert services.db_path is not None
    db_path = services.db_path
    aside = db_path.parent / "moved-away"
    aside.mkdir()

    def fail_halfway(path: Path, _backup_path: Path) -> Path:
        path.rename(aside / path.name)  # moved aside, then the copy could not be put in place
        raise BackupFailed("disk full")

    monkeypatch.setattr(backups_dialog, "restore_backup", fail_halfway)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: errors.append(text))
    dialog = _open_dialog(qtbot, window)
    dialog.restore_button.click()
    [text] = errors
    assert "disk full" in text and "will now close" in text
    assert not window.isVisible()
    assert not db_path.exists()  # no empty database made in its place


def test_a_failing_automatic_backup_is_shown_not_hidden(
    qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from observer.services.backups import BackupFailed

    assert services.backups is not None

    def disk_full(_reason: str) -> None:
        raise BackupFailed("the disk is full")

    monkeypatch.setattr(services.backups, "backup_if_changed", disk_full)
    window = next(opened := open_window(qtbot, services))
    window.start_automatic_backups()
    qtbot.waitUntil(lambda: window.backup_label.text() == "⚠ Backup failed")
    assert "the disk is full" in window.statusBar().currentMessage()
    assert "the disk is full" in window.backup_label.toolTip()
    opened.close()  # closing still works; the exit backup fails the same way, quietly
    assert not window.isVisible()


def test_the_end_of_a_live_observation_is_backed_up_at_once(qtbot: Any, services: Services) -> None:
    from datetime import UTC, datetime

    from observer.domain.enums import ObservationState
    from test_gui_helpers import add_template

    assert services.backups is not None
    backups = services.backups
    mentee = services.people.create(PersonDraft("Әсел Қайратқызы"))
    lesson = services.observations.plan(
        mentee_id=mentee.id, template_id=add_template(services), starts_at=datetime.now(UTC)
    )
    window = next(opened := open_window(qtbot, services))
    window.start_automatic_backups(interval_ms=3_600_000)  # the timer plays no part here
    qtbot.waitUntil(lambda: [b.reason for b in backups.list()] == ["startup"])

    services.observations.move_to(lesson.id, ObservationState.LIVE)
    qtbot.wait(100)
    assert [b.reason for b in backups.list()] == ["startup"]  # starting is no moment to copy
    services.observations.move_to(lesson.id, ObservationState.IN_REVIEW)
    qtbot.waitUntil(lambda: backups.list()[0].reason == "live-ended")
    assert reason_text("live-ended") == "After a live observation"
    opened.close()
