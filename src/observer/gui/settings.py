"""Typed settings over QSettings: preferences in one INI file, window layout in another.

Window geometry is machine-specific and disposable; preferences are the user's
choices. Keeping them apart means "reset window layout" never loses a choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from observer.paths import config_dir, ensure_private_dir

T = TypeVar("T", int, bool, str)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One named preference with its type and default."""

    key: str
    default: T


class Preferences:
    """The registry of preferences; read and write them only through `get`/`set`."""

    LAST_PAGE = Setting[int]("navigation/last_page", 0)
    # Backups: everything from the last 48 hours, then this many daily, weekly, monthly copies.
    BACKUP_KEEP_DAILY = Setting[int]("backups/keep_daily", 14)
    BACKUP_KEEP_WEEKLY = Setting[int]("backups/keep_weekly", 8)
    BACKUP_KEEP_MONTHLY = Setting[int]("backups/keep_monthly", 12)

    def __init__(self, folder: Path | None = None) -> None:
        folder = ensure_private_dir(folder or config_dir())
        self._qs = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        raw: Any = self._qs.value(setting.key, setting.default)
        default = setting.default
        value: Any
        if isinstance(default, bool):  # INI files store booleans as text
            value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        elif isinstance(default, int):
            try:
                value = int(raw)
            except (TypeError, ValueError):
                value = default
        else:
            value = str(raw)
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        self._qs.setValue(setting.key, value)

    def sync(self) -> None:
        self._qs.sync()


class WindowLayout:
    """Geometry and dock/toolbar state of top-level windows, kept in window.ini."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = ensure_private_dir(folder or config_dir())
        self._qs = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)

    def load(self, name: str) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._qs.value(f"{name}/geometry")
        state = self._qs.value(f"{name}/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save(self, name: str, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue(f"{name}/geometry", geometry)
        self._qs.setValue(f"{name}/state", state)
        self._qs.sync()
