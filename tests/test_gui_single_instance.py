"""One Observer per database: a second start hands over and never opens the database."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from observer.gui.single_instance import (
    AlreadyRunning,
    SingleInstance,
    bring_to_front,
    claim,
    lock_path,
    server_name,
)

pytestmark = pytest.mark.gui

SECOND_START = """
import sys
from observer.main import main
sys.exit(main(["--db", sys.argv[1]]))
"""

HOLD_LOCK = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from observer.gui.single_instance import claim
app = QCoreApplication([])
guard = claim(Path(sys.argv[1]))
print("holding" if guard is not None else "handed over", flush=True)
time.sleep(60)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    return env


def _start(code: str, db_path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, str(db_path)],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def owner(db_path: Path) -> Iterator[SingleInstance]:
    guard = claim(db_path)
    assert guard is not None
    yield guard
    guard.release()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
@pytest.mark.parametrize("exists", [True, False], ids=["file exists", "no file yet"])
def test_a_second_start_hands_over_to_the_running_window(
    qtbot: Any, db_path: Path, owner: SingleInstance, exists: bool
) -> None:
    if exists:
        db_path.write_bytes(b"pretend database bytes" * 100)
        os.utime(db_path, (1_000_000_000, 1_000_000_000))
    window = QMainWindow()
    window.setWindowTitle("first instance")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.showMinimized()
    owner.show_requested.connect(lambda: bring_to_front(window))

    started = time.monotonic()
    second = _start(SECOND_START, db_path)
    with qtbot.waitSignal(owner.show_requested, timeout=15000):
        pass
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=15000)
    _out, err = second.communicate()
    assert second.returncode == 0, err
    assert time.monotonic() - started < 15

    assert window.isVisible() and not window.isMinimized()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # The second start never opened the database.
    if exists:
        assert db_path.read_bytes() == b"pretend database bytes" * 100
        assert db_path.stat().st_mtime == 1_000_000_000
    else:
        assert not db_path.exists()
    assert sorted(p.name for p in db_path.parent.iterdir() if p != lock_path(db_path)) == (
        [db_path.name] if exists else []
    )


def test_a_lock_left_by_a_killed_process_does_not_block(qtbot: Any, db_path: Path) -> None:
    holder = _start(HOLD_LOCK, db_path)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        assert lock_path(db_path).exists()
        assert not SingleInstance(db_path).acquire()  # alive: the lock holds
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    assert lock_path(db_path).exists()  # left behind by the killed process

    guard = claim(db_path, timeout_ms=500)
    assert guard is not None
    try:
        assert stat.S_IMODE(lock_path(db_path).stat().st_mode) == 0o600
        assert SingleInstance(db_path).acquire() is False
    finally:
        guard.release()
    assert not lock_path(db_path).exists()


def test_a_silent_owner_is_reported_not_waited_for_forever(
    db_path: Path, owner: SingleInstance
) -> None:
    owner.release()
    silent = SingleInstance(db_path)
    assert silent.acquire()  # holds the lock but never listens
    try:
        started = time.monotonic()
        with pytest.raises(AlreadyRunning):
            claim(db_path, timeout_ms=300)
        assert time.monotonic() - started < 5
    finally:
        silent.release()


def test_names_depend_on_the_database_path(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert server_name(a) == server_name(tmp_path / "." / "a.sqlite")
    assert server_name(a) != server_name(b)
    assert lock_path(a).parent == tmp_path and lock_path(a).name.startswith(".")
