"""One Observer per database: a second start hands over to the running window and leaves.

The first instance takes a `QLockFile` beside the database (keyed to its absolute
path) and listens on a `QLocalServer` whose name is derived from the path and the
user. A second start finds the lock taken, connects to that server, says "show"
and exits without opening the database. A lock left behind by a killed process
names a dead PID, which `QLockFile` recognises as stale and removes.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from observer.paths import config_dir, ensure_private_dir

SHOW = b"show"
ACK = b"ok"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no entry in the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def instance_key(db_path: Path) -> str:
    """A short, stable key for (user, absolute database path)."""
    text = f"{_user()}\0{Path(db_path).expanduser().absolute()}"
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:24]


def server_name(db_path: Path) -> str:
    return f"observer-{instance_key(db_path)}"


def lock_path(db_path: Path) -> Path:
    """The lock file: hidden beside the database, or in the config folder if that is read-only."""
    folder = Path(db_path).expanduser().absolute().parent
    with contextlib.suppress(OSError):
        ensure_private_dir(folder)
    if folder.is_dir() and os.access(folder, os.W_OK | os.X_OK):
        return folder / f".{Path(db_path).name}.lock"
    return ensure_private_dir(config_dir() / "locks") / f"{instance_key(db_path)}.lock"


def hand_over(db_path: Path, timeout_ms: int = 5000) -> bool:
    """Ask the running instance for `db_path` to show its window; True once it answered.

    Retries while the first instance is still starting (lock taken, server not yet
    listening). Never touches the database.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    name = server_name(db_path)
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(SHOW + b"\n")
            socket.waitForBytesWritten(1000)
            answered = False
            while not answered and socket.waitForReadyRead(2000):
                answered = bytes(socket.readAll().data()).strip() == ACK
            socket.disconnectFromServer()
            if answered:
                return True
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def bring_to_front(window: QWidget) -> None:
    """Un-minimise, raise and activate a top-level window."""
    if window.isMinimized():
        window.showNormal()
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def _holder_gone(lock: QLockFile) -> bool:
    info = lock.getLockInfo()
    if not isinstance(info, tuple) or len(info) < 2:
        return False
    pid, host = int(info[0] or 0), str(info[1] or "")
    if pid <= 0 or (host and host != QSysInfo.machineHostName()) or os.name != "posix":
        return False  # (on Windows os.kill(pid, 0) would send Ctrl+C; QLockFile checks there)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, owned by someone else
    return False


def bring_forward() -> None:
    """Raise the dialog the user must answer first, if one is open (e.g. at start-up)."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        bring_to_front(modal)


class SingleInstance(QObject):
    """The lock and the listening server of the instance that owns a database."""

    show_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path).expanduser().absolute()
        self.lock_file_path = lock_path(self.db_path)
        self.name = server_name(self.db_path)
        self._lock = QLockFile(str(self.lock_file_path))
        # Never stale by age (a window may stay open for weeks): only a dead PID frees it.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock; False while another live process holds it."""
        taken = self._lock.tryLock(0)
        # tryLock already frees a lock whose process is gone; this also covers a
        # lock file written by a process that died before it finished writing it.
        if (
            not taken
            and self._lock.error() == QLockFile.LockError.LockFailedError
            and _holder_gone(self._lock)
        ):
            taken = self._lock.removeStaleLockFile() and self._lock.tryLock(0)
        if taken:  # like every file Observer writes, readable by the user alone
            with contextlib.suppress(OSError):
                os.chmod(self.lock_file_path, 0o600)
        return taken

    def listen(self) -> bool:
        """Start answering "show" from later starts (call after `acquire`)."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file left here belongs to a dead instance.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data()).strip()
        if message == SHOW:
            socket.write(ACK + b"\n")
            socket.flush()
            self.show_requested.emit()
        socket.disconnectFromServer()


class AlreadyRunning(Exception):
    """Another live Observer holds the database but did not answer in time."""


def claim(db_path: Path, timeout_ms: int = 5000) -> SingleInstance | None:
    """Become the instance for `db_path`, or hand over to the one already running.

    Returns the listening owner, or None when the running instance was asked to show
    its window (the caller then exits without opening the database).
    """
    guard = SingleInstance(db_path)
    if guard.acquire():
        guard.listen()
        return guard
    if hand_over(db_path, timeout_ms):
        return None
    raise AlreadyRunning(str(db_path))
