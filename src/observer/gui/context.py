"""The one application context handed to every window, page and dialog."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from observer.gui.changes import ChangeSignals
from observer.gui.settings import Preferences, WindowLayout
from observer.services.context import Services


@dataclass
class AppContext:
    services: Services
    preferences: Preferences
    layout: WindowLayout
    undo: QUndoStack
    changes: ChangeSignals

    @classmethod
    def build(cls, services: Services) -> AppContext:
        return cls(
            services=services,
            preferences=Preferences(),
            layout=WindowLayout(),
            undo=QUndoStack(),
            changes=ChangeSignals(services.bus),
        )

    def close(self) -> None:
        self.undo.clear()
        self.changes.disconnect_bus()
        self.preferences.sync()
