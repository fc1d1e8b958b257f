"""A damaged database at start-up: explained, kept unchanged, and a backup restored on request."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from observer.domain.people import PersonDraft
from observer.gui.app import run_gui
from observer.gui.main_window import MainWindow
from observer.gui.recovery_dialog import RecoveryDialog
from observer.services.backups import counts, examine
from observer.services.context import Services, sqlite_url

pytestmark = pytest.mark.gui

W = TypeVar("W", bound=QWidget)


def when_shown(kind: type[W], action: Callable[[W], None], timeout: float = 15) -> None:
    """Once a visible top-level `kind` appears, call `action` on it (from the event loop).

    If it never appears, every open dialog is rejected and the application told to
    stop, so a test fails instead of hanging.
    """
    deadline = time.monotonic() + timeout

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                action(widget)
                return
        if time.monotonic() < deadline:
            QTimer.singleShot(20, poll)
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        app = QApplication.instance()
        assert app is not None
        app.exit(99)

    QTimer.singleShot(0, poll)


def close_window(seen: dict[str, Any]) -> Callable[[MainWindow], None]:
    """Record what the window shows, then close it (which ends run_gui)."""

    def act(window: MainWindow) -> None:
        seen["people"] = window.ctx.services.people.count()
        seen["counts"] = window.counts_label.text()
        seen["status"] = window.statusBar().currentMessage()
        window.close()

    return act


def make_database(path: Path, names: list[str], backup_after: list[int]) -> list[Path]:
    """A database with `names`; a backup after each count of people in `backup_after`."""
    services = Services.open_path(path)
    taken = []
    try:
        assert services.backups is not None
        for number, name in enumerate(names, start=1):
            services.people.create(PersonDraft(name))
            if number in backup_after:
                taken.append(services.backups.backup_now("manual").path)
                time.sleep(0.002)  # distinct times in the names
    finally:
        services.close()
    return taken


def truncate_to_half(path: Path) -> bytes:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    for companion in ("-wal", "-shm"):
        path.with_name(path.name + companion).unlink(missing_ok=True)
    return path.read_bytes()


def set_aside_copies(db_path: Path, name: str) -> list[Path]:
    return sorted((db_path.parent / "set-aside").rglob(name))


def test_restore_newest_backup_from_the_start_up_dialog(qapp: Any, db_path: Path) -> None:
    make_database(db_path, ["Sam Lee", "Айгүл Нұрланқызы"], backup_after=[2])
    damaged = truncate_to_half(db_path)
    assert examine(db_path).state.value == "damaged"
    seen: dict[str, Any] = {}

    def restore(dialog: RecoveryDialog) -> None:
        seen["file"] = dialog.file_label.text()
        seen["problem"] = dialog.problem_label.text()
        seen["safe"] = dialog.safe_label.text()
        seen["button"] = dialog.restore_button.text()
        assert not dialog.new_button.isVisible()
        dialog.restore_button.click()
        when_shown(MainWindow, close_window(seen))

    when_shown(RecoveryDialog, restore)
    assert run_gui(sqlite_url(db_path), ["observer"]) == 0

    assert seen["file"] == str(db_path)
    assert "damaged" in seen["problem"]
    assert "exactly as it is" in seen["safe"]
    assert seen["button"].startswith("Restore newest backup (")
    assert "0 observations)" in seen["button"]
    assert seen["people"] == 2 and "2 people" in seen["counts"]
    assert "kept unchanged in" in seen["status"]
    [kept] = set_aside_copies(db_path, db_path.name)
    assert kept.read_bytes() == damaged  # byte for byte as it was found
    assert str(kept.parent) in seen["status"]
    assert counts(db_path)["people"] == 2
    assert examine(db_path).state.value == "healthy"


def test_choose_another_backup(qapp: Any, db_path: Path) -> None:
    make_database(db_path, ["Sam Lee", "Ava Evans", "Li Wei"], backup_after=[1, 3])
    db_path.write_bytes(b"\0" * 4096)  # header and all wiped
    seen: dict[str, Any] = {}

    def choose_older(dialog: RecoveryDialog) -> None:
        assert not dialog.backup_list.isVisible()
        dialog.choose_button.click()
        assert dialog.backup_list.isVisible() and dialog.backup_list.count() == 2
        dialog.backup_list.setCurrentRow(1)  # newest first: row 1 is the older copy
        dialog.restore_chosen_button.click()
        when_shown(MainWindow, close_window(seen))

    when_shown(RecoveryDialog, choose_older)
    assert run_gui(sqlite_url(db_path), ["observer"]) == 0
    assert seen["people"] == 1
    [kept] = set_aside_copies(db_path, db_path.name)
    assert kept.read_bytes() == b"\0" * 4096


def test_no_backup_and_quit_leaves_everything_untouched(qapp: Any, db_path: Path) -> None:
    make_database(db_path, ["Sam Lee"], backup_after=[])
    damaged = truncate_to_half(db_path)
    before = sorted(db_path.parent.rglob("*"))
    seen: dict[str, Any] = {}

    def quit_(dialog: RecoveryDialog) -> None:
        seen["advice"] = dialog.advice_label.text()
        seen["restore visible"] = dialog.restore_button.isVisible()
        seen["new visible"] = dialog.new_button.isVisible()
        dialog.quit_button.click()

    when_shown(RecoveryDialog, quit_)
    assert run_gui(sqlite_url(db_path), ["observer"]) == 1
    assert "No backup" in seen["advice"]
    assert seen["restore visible"] is False and seen["new visible"] is True
    assert sorted(db_path.parent.rglob("*")) == before  # nothing moved, nothing created
    assert db_path.read_bytes() == damaged


def test_no_backup_start_a_new_database_only_when_asked(qapp: Any, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")  # empty: what a crash during creation leaves
    seen: dict[str, Any] = {}

    def start_empty(dialog: RecoveryDialog) -> None:
        seen["problem"] = dialog.problem_label.text()
        dialog.new_button.click()
        when_shown(MainWindow, close_window(seen))

    when_shown(RecoveryDialog, start_empty)
    assert run_gui(sqlite_url(db_path), ["observer"]) == 0
    assert "empty" in seen["problem"]
    assert seen["people"] == 0
    assert "kept unchanged" in seen["status"]
    [kept] = set_aside_copies(db_path, db_path.name)
    assert kept.read_bytes() == b""


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        ("truncated", "damaged"),
        ("zeroed header", "damaged"),
        ("empty", "empty"),
        ("not sqlite", "not an Observer database"),
        ("another program", "another program"),
    ],
)
def test_each_kind_of_damage_is_named_in_plain_words(
    qtbot: Any, db_path: Path, damage: str, words: str
) -> None:
    db_path.parent.mkdir(parents=True)
    if damage == "another program":
        conn = sqlite3.connect(db_path)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
    elif damage == "not sqlite":
        db_path.write_bytes(b"Dear parents, the school trip is on Friday.\n" * 50)
    elif damage == "empty":
        db_path.write_bytes(b"")
    else:
        db_path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x01" * 4000)
        if damage == "zeroed header":
            db_path.write_bytes(b"\0" * 100 + db_path.read_bytes()[100:])
    before = db_path.read_bytes()
    dialog = RecoveryDialog(db_path, examine(db_path), [])
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.file_label.text() == str(db_path)
    assert words in dialog.problem_label.text()
    assert dialog.new_button.isVisible() and not dialog.restore_button.isVisible()
    dialog.reject()
    assert db_path.read_bytes() == before


def test_busy_database_is_not_treated_as_damage(
    qapp: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_database(db_path, ["Sam Lee"], backup_after=[])
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(30)\n",
            str(db_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = db_path.read_bytes()
        shown: list[tuple[str, str]] = []
        monkeypatch.setattr(
            QMessageBox, "critical", lambda _p, title, text, *_a: shown.append((title, text))
        )
        assert run_gui(sqlite_url(db_path), ["observer"]) == 1
    finally:
        holder.kill()
        holder.wait(10)
    [(_title, text)] = shown
    assert "in use by another program" in text and str(db_path) in text
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "set-aside").exists()


def test_a_database_from_a_newer_observer_is_refused_unchanged(
    qapp: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_database(db_path, ["Sam Lee"], backup_after=[])
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *_a: shown.append((title, text))
    )
    assert run_gui(sqlite_url(db_path), ["observer"]) == 1
    [(_title, text)] = shown
    assert "newer version of Observer" in text
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("kind", ["letter", "another program"])
def test_someone_elses_file_without_backups_is_refused_untouched(
    qapp: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    db_path.parent.mkdir(parents=True)
    if kind == "letter":
        db_path.write_bytes(b"Dear parents, the school trip is on Friday.\n" * 50)
    else:
        conn = sqlite3.connect(db_path)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
    before_bytes = db_path.read_bytes()
    before = sorted(db_path.parent.rglob("*"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *_a: shown.append((title, text))
    )
    assert run_gui(sqlite_url(db_path), ["observer"]) == 1
    [(title, text)] = shown
    assert "cannot open" in title
    assert str(db_path) in text and "another program's file" in text
    assert sorted(db_path.parent.rglob("*")) == before
    assert db_path.read_bytes() == before_bytes


def test_an_overwritten_observer_database_with_backups_gets_the_dialog(
    qapp: Any, db_path: Path
) -> None:
    make_database(db_path, ["Sam Lee"], backup_after=[1])
    db_path.write_bytes(b"Dear parents, the school trip is on Friday.\n" * 50)
    seen: dict[str, Any] = {}

    def quit_(dialog: RecoveryDialog) -> None:
        seen["problem"] = dialog.problem_label.text()
        seen["restore visible"] = dialog.restore_button.isVisible()
        dialog.reject()  # Escape or the close button: the same as Quit

    when_shown(RecoveryDialog, quit_)
    assert run_gui(sqlite_url(db_path), ["observer"]) == 1
    assert "not an Observer database" in seen["problem"]
    assert seen["restore visible"] is True
    assert db_path.read_bytes() == b"Dear parents, the school trip is on Friday.\n" * 50
    assert not (db_path.parent / "set-aside").exists()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_a_second_start_during_recovery_hands_over_and_touches_nothing(
    qapp: Any, db_path: Path
) -> None:
    from test_gui_single_instance import SECOND_START, _env

    make_database(db_path, ["Sam Lee"], backup_after=[1])
    damaged = truncate_to_half(db_path)
    seen: dict[str, Any] = {}

    def second_start(dialog: RecoveryDialog) -> None:
        second = subprocess.Popen(
            [sys.executable, "-c", SECOND_START, str(db_path)], env=_env(), text=True
        )
        deadline = time.monotonic() + 20

        def check() -> None:
            if second.poll() is None and time.monotonic() < deadline:
                QTimer.singleShot(50, check)
                return
            if second.poll() is None:
                second.kill()
            seen["exit"] = second.wait(10)
            seen["still asking"] = dialog.isVisible()
            dialog.reject()

        QTimer.singleShot(50, check)

    when_shown(RecoveryDialog, second_start)
    assert run_gui(sqlite_url(db_path), ["observer"]) == 1
    assert seen == {"exit": 0, "still asking": True}
    assert db_path.read_bytes() == damaged
    assert not (db_path.parent / "set-aside").exists()


def test_a_restore_that_fails_puts_the_damaged_file_back(
    qapp: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [copy] = make_database(db_path, ["Sam Lee"], backup_after=[1])
    data = copy.read_bytes()
    copy.write_bytes(data[:100] + b"\0" * (len(data) - 100))  # the backup went bad too
    damaged = truncate_to_half(db_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    when_shown(RecoveryDialog, lambda dialog: dialog.restore_button.click())
    assert run_gui(sqlite_url(db_path), ["observer"]) == 1
    [text] = shown
    assert "could not be restored" in text
    assert db_path.read_bytes() == damaged  # back in its place: the next start explains again
    assert set_aside_copies(db_path, db_path.name) == []
